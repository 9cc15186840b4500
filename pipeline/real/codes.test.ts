// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGeoResolver, nameKey } from './codes';
import { csvRecords, parseCsv } from '../../src/lib/csv';
import { samplePath } from './testing';

const resolver = createGeoResolver();
const country = (raw: string | number, kind?: Parameters<typeof resolver.resolve>[1], name?: string) => resolver.resolve(raw, kind, name);

describe('the geography code normaliser', { timeout: 30_000 }, () => {
  it('reads ISO3, ISO2 and UN M49 codes', () => {
    expect(country('DEU')).toEqual({ kind: 'country', id: 'DEU' });
    expect(country('de')).toEqual({ kind: 'country', id: 'DEU' });
    expect(country('276')).toEqual({ kind: 'country', id: 'DEU' });
    expect(country(4)).toEqual({ kind: 'country', id: 'AFG' });
    expect(country('004', 'm49')).toEqual({ kind: 'country', id: 'AFG' });
    expect(country('840', 'm49')).toEqual({ kind: 'country', id: 'USA' });
  });

  it("reads Eurostat's EL and UK, and Kosovo's codes", () => {
    expect(country('EL')).toEqual({ kind: 'country', id: 'GRC' });
    expect(country('UK')).toEqual({ kind: 'country', id: 'GBR' });
    expect(country('GR')).toEqual({ kind: 'country', id: 'GRC' });
    expect(country('XK')).toEqual({ kind: 'country', id: 'XKX' });
    expect(country('XKX')).toEqual({ kind: 'country', id: 'XKX' });
    expect(resolver.country('XKX')).toMatchObject({ name: 'Kosovo', region: 'europe' });
  });

  it('reads names in their many spellings', () => {
    const names: [string, string][] = [
      ['Congo - Kinshasa', 'COD'],
      ['Congo - Brazzaville', 'COG'],
      ['Congo, Dem. Rep.', 'COD'],
      ['Democratic Republic of the Congo', 'COD'],
      ['Congo', 'COG'],
      ['Myanmar (Burma)', 'MMR'],
      ['Côte d’Ivoire', 'CIV'],
      ["Cote d'Ivoire", 'CIV'],
      ['Korea, Rep.', 'KOR'],
      ['South Korea', 'KOR'],
      ["Dem. People's Republic of Korea", 'PRK'],
      ['Türkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Micronesia (Fed. States of)', 'FSM'],
      ['Hong Kong SAR China', 'HKG'],
      ['China, Hong Kong SAR', 'HKG'],
      ['Palestinian Territories', 'PSE'],
      ['West Bank and Gaza', 'PSE'],
      ['St. Vincent & Grenadines', 'VCT'],
      ['São Tomé & Príncipe', 'STP'],
      ['U.S. Virgin Islands', 'VIR'],
      ['Gambia, The', 'GMB'],
      ['Iran (Islamic Republic of)', 'IRN'],
      ['Venezuela, RB', 'VEN'],
      ['Cabo Verde', 'CPV'],
      ['Cape Verde', 'CPV'],
      ['United Republic of Tanzania', 'TZA'],
      ['Republic of Moldova*', 'MDA'],
      ['Curaçao', 'CUW'],
      ['Réunion', 'REU'],
    ];
    for (const [name, id] of names) expect(country(name, 'name'), name).toEqual({ kind: 'country', id });
  });

  it('keeps aggregates as groups, never as countries', () => {
    for (const code of ['WLD', 'AFE', 'EUU', 'EMU', 'HIC', 'XD', '1W', 'ZH', 'EU27_2020', 'EU28', 'EA20', 'EU', 'EFTA', 'OECD', 'W']) {
      expect(country(code).kind, code).toBe('group');
    }
    expect(country('900', 'm49')).toEqual({ kind: 'group', id: 'M49:900', name: 'UN M49 group 900' });
    expect(country('1834', 'm49').kind).toBe('group');
    expect(country('927', 'm49').kind).toBe('group'); // UN DESA's Australia/New Zealand
    expect(country('150', 'm49')).toEqual({ kind: 'group', id: 'M49:150', name: 'Europe' });
    for (const name of ['World', 'Sub-Saharan Africa', 'High income', 'Micronesia', 'Caribbean', 'Latin America & Caribbean', 'European Union']) {
      expect(country(name, 'name').kind, name).toBe('group');
    }
  });

  it('tells former countries, "unknown" and stateless apart from both', () => {
    expect(country('CHI')).toMatchObject({ kind: 'other', reason: expect.stringContaining('Channel Islands') });
    expect(country('830', 'm49')).toMatchObject({ kind: 'other' });
    expect(country('Channel Islands', 'name')).toMatchObject({ kind: 'other' });
    expect(country('UKN')).toMatchObject({ kind: 'other', reason: expect.stringContaining('unknown') });
    expect(country('STA')).toMatchObject({ kind: 'other', reason: expect.stringContaining('stateless') });
    expect(country('ANT')).toMatchObject({ kind: 'other', reason: expect.stringContaining('former') });
    expect(country('SUN')).toMatchObject({ kind: 'other' });
  });

  it('says why a code or name is unknown, and falls back on the name the file gives', () => {
    expect(country('QQQ')).toEqual({ kind: 'unknown', reason: 'unknown code "QQQ"' });
    expect(country('Atlantis', 'name')).toEqual({ kind: 'unknown', reason: 'unknown country name "Atlantis"' });
    expect(country('999', 'm49').kind).toBe('group');
    expect(country('GFR', 'iso3', 'Germany')).toEqual({ kind: 'country', id: 'DEU' }); // a UNHCR code, with its name
    expect(country('', 'auto')).toEqual({ kind: 'unknown', reason: 'no geography given' });
  });

  it('compares names without accents, punctuation, case or "the"', () => {
    expect(nameKey('  The Gambia ')).toBe('gambia');
    expect(nameKey('Côte d’Ivoire')).toBe('cote divoire');
    expect(nameKey('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
  });

  it('resolves every Facebook/UN row of FB_UN_totals.csv by M49 code and by its odd name to the same country', () => {
    const { records } = csvRecords(parseCsv(readFileSync(samplePath('facebook-vs-undesa/FB_UN_totals.csv'), 'utf8')));
    expect(records).toHaveLength(192);
    for (const r of records) {
      const byCode = country(r.country_code!, 'm49');
      const byName = country(r.country_name!, 'name');
      expect(byCode.kind, `${r.country_code} ${r.country_name}`).toBe('country');
      expect(byName, `${r.country_code} ${r.country_name}`).toEqual(byCode);
    }
  });

  it('resolves every name of the UN DESA origin–destination table to a country or a group', () => {
    const rows = parseCsv(readFileSync(samplePath('undesa/UN_MigrantStockByOriginAndDestination_2019_clean.csv'), 'utf8'));
    const names = new Set([...rows[0]!.slice(2), ...rows.slice(1).map((r) => r[1]!)]);
    const unknown = [...names].filter((n) => country(n, 'name').kind === 'unknown');
    expect(unknown).toEqual([]);
    expect(country('Micronesia (Fed. States of)', 'name')).toEqual({ kind: 'country', id: 'FSM' });
  });
});
