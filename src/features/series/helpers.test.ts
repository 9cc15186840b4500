import { describe, expect, it } from 'vitest';
import { breakCaveat, shortCaveat } from './breaks';
import { buildChart } from './buildSeries';
import { formatMeasured, formatTick, perThousandApplies } from './format';
import { placeLabels } from './layout';
import { lineSpecs, resolveMode, shortName, summarize } from './lines';
import { PALETTE, colorAt, contrast, readableColor } from './palette';
import { audienceSeries, censusSeries, seriesCatalog } from './seriesFixture.test-utils';
import { inWindow, periodAt, periodEnd, periodStart, periodTime, yearOf } from './time';

describe('time', () => {
  it('draws a year at 1 July and a month on the 15th, so a year sits among its months', () => {
    expect(new Date(periodTime('2019')).toISOString()).toBe('2019-07-01T00:00:00.000Z');
    expect(new Date(periodTime('2019-03')).toISOString()).toBe('2019-03-15T00:00:00.000Z');
    expect(periodTime('2019-06')).toBeLessThan(periodTime('2019'));
    expect(periodTime('2019-07')).toBeGreaterThan(periodTime('2019'));
    expect(new Date(periodStart('1900')).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2019-12')).toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(yearOf('2019-12')).toBe('2019');
  });

  it('windows by whole periods', () => {
    expect(inWindow('2000', '2000', '2000')).toBe(true);
    expect(inWindow('2000-01', '2000', null)).toBe(true);
    expect(inWindow('1999-12', '2000', null)).toBe(false);
    expect(inWindow('2024-12', null, '2024')).toBe(true);
    expect(inWindow('2024', null, '2024-06')).toBe(false); // mid-year lies after June
    expect(inWindow('2024', null, '2024-07')).toBe(true);
  });

  it('finds the period an instant falls in', () => {
    expect(periodAt(Date.UTC(2020, 4, 3), true)).toBe('2020-05');
    expect(periodAt(Date.UTC(2020, 4, 3), false)).toBe('2020');
  });
});

describe('placeLabels', () => {
  it('keeps labels at their wanted y when they do not collide', () => {
    const out = placeLabels(
      [
        { key: 'a', y: 10 },
        { key: 'b', y: 50 },
      ],
      12,
      0,
      100,
    );
    expect(out).toEqual(
      new Map([
        ['a', 10],
        ['b', 50],
      ]),
    );
  });

  it('pushes colliding labels apart, in order, within the range', () => {
    const out = placeLabels(
      [
        { key: 'a', y: 50 },
        { key: 'b', y: 51 },
        { key: 'c', y: 52 },
        { key: 'd', y: 99 },
      ],
      12,
      0,
      100,
    );
    const ys = ['a', 'b', 'c', 'd'].map((k) => out.get(k) as number);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    expect(ys[3]).toBe(99); // far enough from the others to stay where it is
  });

  it('squeezes labels evenly when they cannot all fit', () => {
    const out = placeLabels(
      Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, y: 50 })),
      40,
      0,
      100,
    );
    expect([...out.values()]).toEqual([0, 25, 50, 75, 100]);
    expect(placeLabels([], 10, 0, 100).size).toBe(0);
  });
});

describe('palette', () => {
  it('has twelve distinct colours', () => {
    expect(new Set(PALETTE).size).toBe(12);
    expect(colorAt(12)).toBe(colorAt(0));
  });

  it('computes WCAG contrast and darkens label colours to 4.5:1 on white', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    for (const color of PALETTE) expect(contrast(readableColor(color), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableColor('#332288')).toBe('#332288'); // already dark enough
  });
});

describe('breakCaveat', () => {
  const caveats = [
    'Synthetic.',
    'The 2019 values are provisional.',
    'In 2019 the platform changed how it estimates audiences (values flagged "break"): values before and after are not comparable.',
  ];

  it('finds the caveat that mentions both the year and the flag', () => {
    expect(breakCaveat(caveats, '2019', ['break'])).toBe(caveats[2]);
    expect(breakCaveat(caveats, '2019-04', ['break'])).toBe(caveats[2]);
  });

  it('works in the caveats’ language and falls back to the flag alone, else null', () => {
    const fr = ['En 2019, la plateforme a changé sa méthode d’estimation (valeurs marquées « rupture »).'];
    expect(breakCaveat(fr, '2019', ['rupture'])).toBe(fr[0]);
    expect(breakCaveat(caveats, '2021', ['break'])).toBe(caveats[2]);
    expect(breakCaveat(caveats.slice(0, 2), '2019', ['break'])).toBeNull();
    expect(breakCaveat(caveats, '2019', [''])).toBeNull();
  });

  it('shortens a caveat to its first clause', () => {
    expect(shortCaveat(caveats[2] as string)).toBe('In 2019 the platform changed how it estimates audiences');
    expect(shortCaveat('A very long clause without any stop that goes on and on', 20)).toBe('A very long clause…');
  });
});

describe('lines', () => {
  const [census, audience] = seriesCatalog.sources;
  const name = (geo: string) => seriesCatalog.geographies.countries.find((c) => c.id === geo)?.name ?? geo;
  const pair = (country: string, source: string) => `${country}, ${source}`;

  it('resolves the automatic mode from the number of countries', () => {
    expect(resolveMode('auto', 1)).toBe('source');
    expect(resolveMode('auto', 0)).toBe('country');
    expect(resolveMode('auto', 3)).toBe('country');
    expect(resolveMode('source', 3)).toBe('source');
    expect(resolveMode('country', 1)).toBe('country');
  });

  it('draws one line per country from the first source, coloured by country', () => {
    const specs = lineSpecs('country', ['DEU', 'FRA'], [census!, audience!], name, pair);
    expect(specs.map((s) => [s.key, s.name, s.label, s.color, s.sparse])).toEqual([
      ['DEU|census', 'Germany', 'Germany', PALETTE[0], true],
      ['FRA|census', 'France', 'France', PALETTE[1], true],
    ]);
  });

  it('draws one line per source for one country: official 5-yearly sparse, digital solid', () => {
    const specs = lineSpecs('source', ['DEU'], [census!, audience!], name, pair);
    expect(specs.map((s) => [s.key, s.name, s.label, s.color, s.sparse])).toEqual([
      ['DEU|census', 'Census (demo)', 'Census', PALETTE[0], true],
      ['DEU|audience', 'Audience (demo)', 'Audience', PALETTE[1], false],
    ]);
  });

  it('draws country × source for several countries, coloured by country, labelled once per country', () => {
    const specs = lineSpecs('source', ['DEU', 'FRA'], [census!, audience!], name, pair);
    expect(specs.map((s) => [s.name, s.label, s.color])).toEqual([
      ['Germany, Census (demo)', 'Germany', PALETTE[0]],
      ['Germany, Audience (demo)', null, PALETTE[0]],
      ['France, Census (demo)', 'France', PALETTE[1]],
      ['France, Audience (demo)', null, PALETTE[1]],
    ]);
  });

  it('shortens names by their trailing parenthesis only', () => {
    expect(shortName('Census & registers (demo)')).toBe('Census & registers');
    expect(shortName('(demo)')).toBe('(demo)');
    expect(shortName('Plain')).toBe('Plain');
  });

  it('summarizes what is left out, with the lines concerned', () => {
    const model = buildChart(
      [
        { key: 'a', geo: 'FRA', sourceId: 'census', series: censusSeries },
        { key: 'b', geo: 'FRA', sourceId: 'audience', series: audienceSeries },
        { key: 'c', geo: 'DEU', sourceId: 'census', series: censusSeries },
      ],
      { scale: 'linear', measure: 'index', base: '2015', from: null, to: null },
    );
    const summary = summarize(
      model,
      new Map([
        ['a', 'France census'],
        ['b', 'France audience'],
      ]),
    );
    expect(summary.gaps).toEqual({ count: 2, names: ['France census', 'France audience'] });
    expect(summary.noBase).toEqual({ count: 7, names: ['France census', 'France audience'] });
    expect(summary.nonPositive.count).toBe(0);
  });
});

describe('format', () => {
  it('formats measured values with the precision of their measure', () => {
    expect(formatMeasured(1_234_567, 'persons', 'absolute', 'en')).toBe('1,234,567');
    expect(formatMeasured(183.25, 'persons', 'per1000', 'en')).toBe('183.3');
    expect(formatMeasured(54_321, 'usd', 'per1000', 'en')).toBe('$54,321');
    expect(formatMeasured(104.04, 'persons', 'index', 'en')).toBe('104.0');
    expect(formatMeasured(1234.5, 'persons', 'per1000', 'fr')).toMatch(/^1\s234,5$/);
    expect(formatTick(1_500_000, 'persons', 'absolute', 'en')).toBe('1.5M');
    expect(formatTick(150, 'persons', 'index', 'en')).toBe('150');
  });

  it('offers per 1,000 population for counts and money only, not for population itself', () => {
    expect(perThousandApplies({ id: 'migrant-stock', unit: 'persons' }, 'population')).toBe(true);
    expect(perThousandApplies({ id: 'remittances', unit: 'usd' }, 'population')).toBe(true);
    expect(perThousandApplies({ id: 'migrant-share', unit: 'percent' }, 'population')).toBe(false);
    expect(perThousandApplies({ id: 'search-interest', unit: 'index' }, 'population')).toBe(false);
    expect(perThousandApplies({ id: 'population', unit: 'persons' }, 'population')).toBe(false);
  });
});
