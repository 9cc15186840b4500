import { describe, expect, it } from 'vitest';
import { levelsCatalog } from '../../../mocks/fixtures/levels';
import { catalogIndex } from '../../data/catalogIndex';
import { chooseSources, comparableIndicators } from './compareModel';
import { focusFile, focusOfView, focusSlice, pairFocus, roleToChoose } from './focus';

const catalog = levelsCatalog;
const index = catalogIndex(catalog);
const stock = index.indicator('migrant-stock')!;

describe('a comparison below the country', () => {
  it('pairs only the sources of the view’s level', () => {
    const states = chooseSources(catalog, stock, { a: null, b: null }, 'us-state');
    expect(states.sources.map((s) => s.id)).toEqual(['acs-states', 'fb-states']);
    expect([states.a?.id, states.b?.id]).toEqual(['acs-states', 'fb-states']);
    const countries = chooseSources(catalog, stock, { a: null, b: null });
    expect(countries.sources.map((s) => s.id)).toEqual(['census', 'social-audience']);
    // One source at a level: nothing to compare there.
    const oneRegional = { ...stock, sources: stock.sources.filter((ref) => ref.id !== 'region-ties') };
    expect(chooseSources(catalog, oneRegional, { a: null, b: null }, 'nuts2').b).toBeNull();
    expect(comparableIndicators(catalog).map((i) => i.id)).toEqual(['migrant-stock']);
  });

  it('compares sources without totals for one focus place of a role both have, and loads each one’s file of it', () => {
    const pair = pairFocus(stock, 'acs-states', 'fb-states');
    expect(pair).toEqual({ kind: 'focus', level: 'country', roles: ['origin'] });
    expect(pairFocus(stock, 'census', 'social-audience')).toEqual({ kind: 'totals' });
    // The focus must be a country, as origin: a state or a destination is not one.
    expect(focusOfView(pair, { role: 'origin', focus: 'MEX' }, index.placeLevel)).toEqual({ role: 'origin', focus: 'MEX' });
    expect(focusOfView(pair, { role: 'destination', focus: 'MEX' }, index.placeLevel)).toBeNull();
    expect(focusOfView(pair, { role: 'origin', focus: '06' }, index.placeLevel)).toBeNull();
    expect(focusOfView(pair, null, index.placeLevel)).toBeNull();
    expect(roleToChoose(['destination', 'origin'])).toBe('origin');
    expect(focusFile('migrant-stock', 'fb-states', { role: 'origin', focus: 'MEX' })).toEqual({
      indicator: 'migrant-stock',
      source: 'fb-states',
      role: 'origin',
      geo: 'MEX',
      slice: 'total',
    });
  });

  it('draws the comparison in the view’s breakdown when both sources have files of it, else in the total', () => {
    const ages = levelsCatalog.indicators.find((i) => i.id === 'migrant-stock')!;
    expect(focusSlice(ages, 'acs-states', 'fb-states', 'age-25-29')).toBe('age-25-29');
    expect(focusSlice(ages, 'acs-states', 'fb-states', 'sex-female')).toBe('total');
    expect(focusSlice(ages, 'acs-states', 'fb-states', 'total')).toBe('total');
    // One side without the age groups: the total of both.
    expect(focusSlice(stock, 'state-census', 'state-audience', 'age-25-29')).toBe('total');
    expect(focusFile('migrant-stock', 'fb-states', { role: 'origin', focus: 'MEX' }, 'age-25-29')).toMatchObject({ slice: 'age-25-29', geo: 'MEX' });
  });

  it('says when two sources’ focus files cannot be paired', () => {
    // Ties between NUTS-2 regions (focus a region, both roles) against people by state (focus a country of origin).
    expect(pairFocus(stock, 'region-ties', 'fb-states')).toEqual({ kind: 'mismatch' });
  });
});
