// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs, DEFAULTS } from './cli';
import { ConfigError, loadConfig, matchesFiles, parseConfig, stripJsonComments } from './config';

const source = (extra: Record<string, unknown> = {}) => ({
  id: 'fb',
  name: 'Facebook audience',
  kind: 'digital-trace',
  publisher: 'Meta',
  url: 'https://example.org/fb',
  licence: 'research use',
  counts: 'lived-in',
  definition: 'Users who lived abroad.',
  cadence: 'irregular',
  pull: { type: 'http', files: [{ name: 'fb.csv', url: 'https://example.org/fb.csv' }] },
  read: [{ files: 'fb.csv', format: 'csv', series: [{ indicator: 'migrant-stock' }] }],
  ...extra,
});
const config = (sources: unknown[], indicators?: unknown[]) => ({
  title: 'test',
  indicators: indicators ?? [
    {
      id: 'migrant-stock',
      label: 'Migrant stock',
      unit: 'persons',
      description: 'd',
      topic: 't',
      dimensions: [{ id: 'sex', label: 'Sex', values: [{ id: 'female', label: 'Female' }] }],
    },
  ],
  sources,
});

describe('the sources config', () => {
  it('accepts the real config and the samples config', () => {
    const real = loadConfig(fileURLToPath(new URL('./sources.config.json', import.meta.url)));
    expect(real.sources.map((s) => s.id)).toEqual([
      'undesa-ims',
      'wb-migrant-stock',
      'wb-refugees',
      'wb-net-migration',
      'wb-remittances',
      'wb-population',
      'unhcr',
      'eurostat-foreign-born',
      'eurostat-foreign-citizens',
      'eurostat-immigration',
    ]);
    const worldBank = real.sources.flatMap((s) => (s.pull.type === 'worldbank' ? s.pull.indicators : []));
    expect(worldBank.sort()).toEqual([
      'BX.TRF.PWKR.CD.DT',
      'SM.POP.NETM',
      'SM.POP.REFG',
      'SM.POP.REFG.OR',
      'SM.POP.TOTL',
      'SM.POP.TOTL.ZS',
      'SP.POP.TOTL',
    ]);
    expect(real.sources.find((s) => s.id === 'undesa-ims')!.licence).toBe('CC BY 3.0 IGO');
    expect(real.sources.filter((s) => s.id.startsWith('wb-')).every((s) => s.licence === 'CC BY 4.0')).toBe(true);
    expect(real.sources.filter((s) => s.id.startsWith('eurostat-')).every((s) => /acknowledgement/.test(s.licence))).toBe(true);
    expect(loadConfig(fileURLToPath(new URL('./samples.config.json', import.meta.url))).sources).toHaveLength(25);
  });

  it('fills in defaults: slice total, by geo, combine unique, no filter', () => {
    const parsed = parseConfig(config([source()]));
    expect(parsed.sources[0]!.read[0]!.series[0]).toEqual({
      indicator: 'migrant-stock',
      slice: 'total',
      where: {},
      by: 'geo',
      bilateral: false,
      combine: 'unique',
      flags: {},
      zeros: 'zero',
    });
    expect(parsed.sources[0]!.caveats).toEqual([]);
    expect(parsed.indicators[0]).toMatchObject({ signed: false, grain: 'year', sources: [] });
  });

  it('accepts bilateral figures of a declared breakdown', () => {
    const parsed = parseConfig(
      config([
        source({ read: [{ files: 'fb.csv', format: 'csv', series: [{ indicator: 'migrant-stock', slice: 'sex-female', bilateral: true }] }] }),
      ]),
    );
    expect(parsed.sources[0]!.read[0]!.series[0]).toMatchObject({ slice: 'sex-female', bilateral: true });
  });

  it('says which field is wrong', () => {
    const err = (payload: unknown) => {
      try {
        parseConfig(payload, 'my.config.json');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(err(config([source({ counts: 'vibes' })]))).toMatch(/^my.config.json: sources.0.counts: /);
    expect(err(config([source({ pull: { type: 'ftp' } })]))).toMatch(/sources.0.pull.type/);
    expect(err(config([source({ pull: { type: 'http', files: [{ name: '../evil.csv', url: 'https://x.org/a' }] } })]))).toMatch(
      /must be a plain file name/,
    );
    expect(err(config([source({ read: [{ files: 'fb.csv', format: 'excel', series: [{ indicator: 'migrant-stock' }] }] })]))).toMatch(
      /sources.0.read.0.format/,
    );
    expect(err(config([source({ read: [{ files: 'fb.csv', format: 'csv', series: [{ indicator: 'nope' }] }] })]))).toBe(
      'my.config.json: sources.0.read.0.series.0: unknown indicator "nope"',
    );
    expect(err(config([source({ read: [{ files: 'fb.csv', format: 'csv', series: [{ indicator: 'migrant-stock', slice: 'age-old' }] }] })]))).toMatch(
      /"age-old" is not a breakdown of indicator "migrant-stock"/,
    );
    expect(
      err(
        config([
          source({ read: [{ files: 'fb.csv', format: 'csv', series: [{ indicator: 'migrant-stock', slice: 'sex-male', bilateral: true }] }] }),
        ]),
      ),
    ).toMatch(/"sex-male" is not a breakdown of indicator "migrant-stock"/);
    expect(err(config([source(), source()]))).toBe('my.config.json: source "fb" is declared twice');
    expect(
      err({
        ...config([source()]),
        indicators: [{ id: 'migrant-stock', label: 'M', unit: 'persons', description: '', topic: 't', sources: ['nobody'] }],
      }),
    ).toMatch(/indicator "migrant-stock" lists unknown source "nobody"/);
  });

  it('matches cached file names with * and ?', () => {
    expect(matchesFiles('*.json', 'SM.POP.TOTL.p1.json')).toBe(true);
    expect(matchesFiles('asylum.p*.json', 'asylum.p12.json')).toBe(true);
    expect(matchesFiles('asylum.p*.json', 'origin.p1.json')).toBe(false);
    expect(matchesFiles('API_?M.*.csv', 'API_SM.POP.NETM_DS2.csv')).toBe(true);
    expect(matchesFiles('a.json', 'a_json')).toBe(false);
  });
});

describe('command line', () => {
  it('defaults to the real config, a gitignored cache and dist-data/', () => {
    expect(parseArgs(['build'])).toEqual({ command: 'build', ...DEFAULTS, only: [], partial: false, replaceSnapshot: false });
    expect(DEFAULTS.out).toMatch(/[\\/]dist-data$/);
    expect(DEFAULTS.cache).toMatch(/[\\/]\.cache[\\/]real-data$/);
  });

  it('resolves paths from the working directory and reads the switches', () => {
    const args = parseArgs(['pull', '--cache', 'c', '--only', 'wb-population, unhcr', '--config', '/abs/x.json'], '/work');
    expect(args).toMatchObject({ command: 'pull', cache: '/work/c', only: ['wb-population', 'unhcr'], config: '/abs/x.json' });
    expect(parseArgs(['build', '--out', 'public/data', '--replace-snapshot', '--partial'], '/r')).toMatchObject({
      out: '/r/public/data',
      replaceSnapshot: true,
      partial: true,
    });
  });

  it('refuses unknown commands, unknown options and options without a value', () => {
    expect(() => parseArgs(['push'])).toThrow(/usage: cli.ts pull\|build/);
    expect(() => parseArgs(['build', '--outdir', 'x'])).toThrow(/unknown option --outdir/);
    expect(() => parseArgs(['build', '--out'])).toThrow('--out needs a value');
    expect(() => parseArgs(['build', '--out', '--partial'])).toThrow('--out needs a value');
  });
});

describe('config files with comments (JSONC)', () => {
  it('reads // and /* */ comments outside strings, and keeps // inside strings', () => {
    const text = '{\n  // the title\n  "title": "a // b", /* inline */ "n": 1\n}';
    expect(JSON.parse(stripJsonComments(text))).toEqual({ title: 'a // b', n: 1 });
    expect(JSON.parse(stripJsonComments('{"s": "say \\"/* no */\\""}'))).toEqual({ s: 'say "/* no */"' });
  });

  it('reads the README example as it is written, and names the line of a JSON error with a fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-jsonc-'));
    try {
      const path = join(dir, 'config.json');
      const good = readFileSync(fileURLToPath(new URL('./samples.config.json', import.meta.url)), 'utf8').replace(
        '{',
        '{\n  // samples, with a comment as in the README\n',
      );
      writeFileSync(path, good);
      expect(loadConfig(path).sources.length).toBeGreaterThan(0);
      writeFileSync(path, '{\n  "title": "x",\n  "sources": [],\n}\n');
      expect(() => loadConfig(path)).toThrow(/cannot be read as JSON at line 4, column 1: .*trailing commas and unquoted keys are not/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
