import { LEVEL_IDS } from '../contract/levels';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IGNORE_REASONS,
  MAX_IGNORED,
  MAX_PARAMS,
  MORE_IGNORED_KEY,
  REPORTED_TEXT_LENGTH,
  URL_KEYS,
  parseView,
  sanitizeView,
  serializeView,
  type IgnoredParam,
  type UrlKey,
} from './urlCodec';
import {
  CLASSIFICATIONS,
  DEFAULT_VIEW,
  LANGUAGES,
  MAP_REGIONS,
  MAX_AGGREGATES,
  MAX_COUNTRIES,
  MAX_TOLERANCE,
  OD_ROLES,
  PANELS,
  SERIES_LINES,
  SERIES_MEASURES,
  PAIR_SORTS,
  SERIES_SCALES,
  type SeriesOptions,
  type ViewState,
} from './viewState';
import { cloneView, isValidView } from './viewParams';

// ---------------------------------------------------------------------------------------------
// Arbitraries

const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}$/);
const iso3Arb = fc.stringMatching(/^[A-Z]{3}$/);
const aggregateArb = fc.stringMatching(/^[A-Z][A-Z0-9_]{1,15}$/);
const yearArb = fc.integer({ min: 1900, max: 2100 }).map(String);
const periodArb = fc.oneof(
  yearArb,
  fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

/** A time window: either end open, and from <= to when both are set. */
const windowArb = fc
  .tuple(fc.option(periodArb), fc.option(periodArb))
  .map(([a, b]) => (a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b }));

const seriesArb = fc
  .tuple(
    fc.record({
      lines: fc.constantFrom(...SERIES_LINES),
      scale: fc.constantFrom(...SERIES_SCALES),
      measure: fc.constantFrom(...SERIES_MEASURES),
      base: fc.option(periodArb),
      aggregates: fc.uniqueArray(aggregateArb, { maxLength: MAX_AGGREGATES }),
    }),
    windowArb,
  )
  .map(([options, window]) => ({ ...options, ...window }));

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  indicator: slugArb,
  level: fc.constantFrom(...LEVEL_IDS),
  source: fc.option(slugArb),
  period: fc.option(periodArb),
  slice: slugArb,
  countries: fc.uniqueArray(iso3Arb, { maxLength: MAX_COUNTRIES }),
  panel: fc.constantFrom(...PANELS),
  map: fc.record({
    classification: fc.constantFrom(...CLASSIFICATIONS),
    log: fc.boolean(),
    tolerance: fc.integer({ min: 0, max: MAX_TOLERANCE }),
    region: fc.constantFrom(...MAP_REGIONS),
    od: fc.option(fc.record({ role: fc.constantFrom(...OD_ROLES), focus: iso3Arb })),
  }),
  compare: fc.record({ a: fc.option(slugArb), b: fc.option(slugArb) }),
  compareOptions: fc.record({
    tolerance: fc.integer({ min: 0, max: MAX_TOLERANCE }),
    breakdown: fc.option(slugArb),
    country: fc.option(iso3Arb),
    nowcast: fc.boolean(),
    sort: fc.constantFrom(...PAIR_SORTS),
  }),
  series: seriesArb,
  tablePeriods: fc.oneof(
    fc.constant(null),
    fc.constant('all' as const),
    fc.tuple(periodArb, periodArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  ),
  about: fc.option(slugArb),
  lang: fc.constantFrom(...LANGUAGES),
  embed: fc.boolean(),
  profile: fc.option(iso3Arb),
});

/** Views that are mostly default, so that single parameters are exercised too. */
const sparseViewArb: fc.Arbitrary<ViewState> = fc.tuple(viewArb, fc.subarray([...URL_KEYS])).map(([view, keys]) => {
  const out = cloneView(DEFAULT_VIEW);
  for (const key of keys) {
    if (key === 'indicator') out.indicator = view.indicator;
    if (key === 'source') out.source = view.source;
    if (key === 'year') out.period = view.period;
    if (key === 'slice') out.slice = view.slice;
    if (key === 'countries') out.countries = view.countries;
    if (key === 'panel') out.panel = view.panel;
    if (key === 'class') out.map.classification = view.map.classification;
    if (key === 'log') out.map.log = view.map.log;
    if (key === 'tol') out.map.tolerance = view.map.tolerance;
    if (key === 'region') out.map.region = view.map.region;
    if (key === 'od') out.map.od = view.map.od;
    if (key === 'compare') out.compare = view.compare;
    if (key === 'ctol') out.compareOptions.tolerance = view.compareOptions.tolerance;
    if (key === 'cby') out.compareOptions.breakdown = view.compareOptions.breakdown;
    if (key === 'cgeo') out.compareOptions.country = view.compareOptions.country;
    if (key === 'nowcast') out.compareOptions.nowcast = view.compareOptions.nowcast;
    if (key === 'lines') out.series.lines = view.series.lines;
    if (key === 'scale') out.series.scale = view.series.scale;
    if (key === 'measure') out.series.measure = view.series.measure;
    if (key === 'base') out.series.base = view.series.base;
    if (key === 'from') out.series.from = view.series.from;
    if (key === 'to') out.series.to = view.series.to;
    if (key === 'tperiods') out.tablePeriods = view.tablePeriods;
    if (key === 'about') out.about = view.about;
    if (key === 'lang') out.lang = view.lang;
    if (key === 'embed') out.embed = view.embed;
    if (key === 'profile') out.profile = view.profile;
  }
  return out;
});

const anyViewArb = fc.oneof(viewArb, sparseViewArb);

/** Raw query-string text that no key accepts as a value (already in query form: may be malformed on purpose). */
const JUNK_VALUES = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%C0%80',
  '<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'a'.repeat(201),
  '%41'.repeat(201),
  '-1',
  '..%2F..%2Fetc',
  '%00',
  '%F0%9F%99%82',
  '+',
  '%20',
  'Null',
  'Undefined',
  '__proto__',
  'DEU;FRA',
  '~~~',
  '1.5',
  'Infinity',
];

/** A query value (raw, encoded) that is valid for the key, with the field it sets. */
function validValueArb(key: UrlKey): fc.Arbitrary<string> {
  const encodings = (value: string) =>
    fc.constantFrom(
      value,
      encodeURIComponent(value),
      new URLSearchParams([['k', value]]).toString().slice(2), // '~' as %7E
    );
  const plain: Record<UrlKey, fc.Arbitrary<string>> = {
    indicator: slugArb,
    level: fc.constantFrom(...LEVEL_IDS),
    source: slugArb,
    year: periodArb,
    slice: slugArb,
    countries: fc
      .uniqueArray(iso3Arb, { maxLength: MAX_COUNTRIES })
      .chain((codes) => fc.constantFrom(codes.join('~'), codes.join('~').toLowerCase())),
    panel: fc.constantFrom(...PANELS),
    class: fc.constantFrom(...CLASSIFICATIONS),
    log: fc.constantFrom('0', '1'),
    tol: fc.integer({ min: 0, max: MAX_TOLERANCE }).map(String),
    region: fc.constantFrom(...MAP_REGIONS),
    od: fc.tuple(fc.constantFrom(...OD_ROLES), iso3Arb).map(([role, focus]) => `${role}~${focus}`),
    compare: fc.tuple(fc.option(slugArb), fc.option(slugArb)).map(([a, b]) => `${a ?? ''}~${b ?? ''}`),
    ctol: fc.integer({ min: 0, max: MAX_TOLERANCE }).map(String),
    cby: slugArb,
    cgeo: iso3Arb.chain((code) => fc.constantFrom(code, code.toLowerCase())),
    nowcast: fc.constantFrom('0', '1'),
    csort: fc.constantFrom(...PAIR_SORTS),
    lines: fc.constantFrom(...SERIES_LINES),
    scale: fc.constantFrom(...SERIES_SCALES),
    measure: fc.constantFrom(...SERIES_MEASURES),
    base: periodArb,
    from: periodArb,
    to: periodArb,
    tperiods: fc.oneof(
      fc.constant('all'),
      fc.tuple(periodArb, periodArb).map(([a, b]) => `${a}~${b}`),
    ),
    agg: fc.uniqueArray(aggregateArb, { maxLength: MAX_AGGREGATES }).map((codes) => codes.join('~')),
    about: slugArb,
    lang: fc.constantFrom(...LANGUAGES),
    embed: fc.constantFrom('1', '0', 'true', 'false'),
    profile: iso3Arb.chain((code) => fc.constantFrom(code, code.toLowerCase())),
  };
  return plain[key].chain(encodings);
}

const formEncode = (text: string) => new URLSearchParams([['k', text]]).toString().slice(2);
const unknownKeyArb = fc.string({ maxLength: 12 }).filter((key) => !(URL_KEYS as readonly string[]).includes(key));

type Pair = { key: string; value: string; kind: 'valid' | 'junk' | 'unknown' };

const pairArb: fc.Arbitrary<Pair> = fc.oneof(
  fc.constantFrom(...URL_KEYS).chain((key) => validValueArb(key).map((value): Pair => ({ key, value, kind: 'valid' }))),
  fc.tuple(fc.constantFrom(...URL_KEYS), fc.constantFrom(...JUNK_VALUES)).map(([key, value]): Pair => ({ key, value, kind: 'junk' })),
  fc
    .tuple(unknownKeyArb, fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...JUNK_VALUES)))
    .map(([key, value]): Pair => ({ key: formEncode(key), value: formEncode(value), kind: 'unknown' })),
);

/** Pairs with distinct known keys (unknown keys may repeat). */
const pairsArb = fc.uniqueArray(pairArb, {
  maxLength: 20,
  selector: (pair) => (pair.kind === 'unknown' ? `?${pair.key}` : pair.key),
});

const toSearch = (pairs: readonly Pair[], question: boolean) => `${question ? '?' : ''}${pairs.map((p) => `${p.key}=${p.value}`).join('&')}`;

// ---------------------------------------------------------------------------------------------

describe('serializeView / parseView round trip', () => {
  it('parses every serialized valid view back to itself, with nothing ignored', () => {
    fc.assert(
      fc.property(anyViewArb, (view) => {
        const search = serializeView(view);
        const { view: parsed, ignored } = parseView(search);
        expect(parsed).toEqual(view);
        expect(ignored).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("is canonical: '' or '?' + known keys in fixed order, readable, and stable", () => {
    fc.assert(
      fc.property(anyViewArb, (view) => {
        const search = serializeView(view);
        if (search === '') {
          expect(view).toEqual(DEFAULT_VIEW);
          return;
        }
        expect(search.startsWith('?')).toBe(true);
        expect(search).toMatch(/^\?[a-z]+=[A-Za-z0-9~_-]+(&[a-z]+=[A-Za-z0-9~_-]+)*$/);
        const keys = search
          .slice(1)
          .split('&')
          .map((pair) => pair.split('=')[0] as UrlKey);
        const positions = keys.map((key) => URL_KEYS.indexOf(key));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(serializeView(parseView(search).view)).toBe(search);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a search with or without the leading ?', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseView(serializeView(view).slice(1)).view).toEqual(view);
      }),
      { numRuns: 100 },
    );
  });

  it('serializes two valid views equally exactly when they are equal', () => {
    fc.assert(
      fc.property(anyViewArb, anyViewArb, (a, b) => {
        expect(serializeView(a) === serializeView(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseView on arbitrary input', () => {
  const checkRobust = (search: string) => {
    const result = parseView(search);
    expect(isValidView(result.view)).toBe(true);
    // Idempotence: what was read survives a round trip unchanged.
    const again = parseView(serializeView(result.view));
    expect(again.view).toEqual(result.view);
    expect(again.ignored).toEqual([]);
    // Reports are bounded and well formed.
    expect(result.ignored.length).toBeLessThanOrEqual(MAX_IGNORED + 1);
    for (const entry of result.ignored) {
      expect(IGNORE_REASONS).toContain(entry.reason);
      expect(entry.key.length).toBeLessThanOrEqual(REPORTED_TEXT_LENGTH);
      expect(entry.value.length).toBeLessThanOrEqual(REPORTED_TEXT_LENGTH);
    }
    return result;
  };

  it('never throws on arbitrary strings and returns a valid, idempotent view', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void checkRobust(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void checkRobust(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => void checkRobust(s)),
      { numRuns: 200 },
    );
  });

  it('never throws on query-like strings built from the real keys, junk and separators', () => {
    const tokenArb = fc.oneof(
      fc.constantFrom(...URL_KEYS),
      fc.constantFrom(...JUNK_VALUES),
      fc.constantFrom('=', '&', '?', '~', '%', '#', '+', '%7E', '%26', '%3D', 'DEU', 'fra', 'origin', '2020', '2020-13'),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(tokenArb, { maxLength: 40 }), (tokens) => void checkRobust(tokens.join(''))),
      { numRuns: 500 },
    );
  });

  it('never throws on lone surrogates and control characters', () => {
    for (const s of ['\uD800', 'indicator=\uDC00', '?countries=\uD83D~DEU', '\u0000=\u0000', 'year=\u202E2020']) {
      checkRobust(s);
    }
  });

  it('reports every unknown or invalid parameter, and junk does not change what valid ones say', () => {
    fc.assert(
      fc.property(pairsArb, fc.boolean(), (pairs, question) => {
        const result = checkRobust(toSearch(pairs, question));
        const countBy = (list: readonly { key: string }[]) => {
          const counts = new Map<string, number>();
          for (const { key } of list) counts.set(key, (counts.get(key) ?? 0) + 1);
          return counts;
        };
        // Every junk or unknown pair is reported, once, under its (decoded) key; valid pairs are not.
        const bad = pairs.filter((p) => p.kind !== 'valid');
        const expected = countBy(
          bad.map((p) => ({ key: p.kind === 'unknown' ? (new URLSearchParams(`${p.key}=`).keys().next().value ?? '') : p.key })),
        );
        const reportedKeys = countBy(result.ignored);
        for (const [key, count] of expected) {
          // A junk list of countries or aggregates may report several codes ("~~~" reports four empty ones).
          if (key === 'countries' || key === 'agg') expect(reportedKeys.get(key) ?? 0).toBeGreaterThanOrEqual(count);
          else expect(reportedKeys.get(key.length > REPORTED_TEXT_LENGTH ? `${key.slice(0, REPORTED_TEXT_LENGTH - 1)}…` : key)).toBe(count);
        }
        for (const key of reportedKeys.keys()) expect(expected.has(key)).toBe(true);
        for (const entry of result.ignored) {
          if ((URL_KEYS as readonly string[]).includes(entry.key)) expect(['invalid-value', 'too-long']).toContain(entry.reason);
          else expect(entry.reason).toBe('unknown-parameter');
        }
        // Metamorphic: dropping the bad pairs gives the same view.
        expect(result.view).toEqual(
          parseView(
            toSearch(
              pairs.filter((p) => p.kind === 'valid'),
              question,
            ),
          ).view,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('reports repeated keys as duplicates and uses the first occurrence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...URL_KEYS), fc.array(fc.constantFrom(...URL_KEYS)), (key, others) =>
        fc.assert(
          fc.property(validValueArb(key), validValueArb(key), (first, second) => {
            const search = `?${key}=${first}&${others.map((k) => `${k}=${JUNK_VALUES[0]}`).join('&')}&${key}=${second}`;
            const result = parseView(search);
            const duplicates = result.ignored.filter((e) => e.reason === 'duplicate' && e.key === key);
            expect(duplicates.length).toBe(1 + others.filter((k) => k === key).length);
            // The junk and the repeats change nothing: the view is what the first occurrence says.
            expect(result.view).toEqual(parseView(`?${key}=${first}`).view);
          }),
          { numRuns: 3 },
        ),
      ),
      { numRuns: 100 },
    );
  });

  it('is bounded on huge input', () => {
    const huge = `?${Array.from({ length: 100_000 }, (_, i) => `k${i}=${'%ZZ'.repeat(3)}`).join('&')}&indicator=${'a'.repeat(1_000_000)}`;
    const result = checkRobust(huge);
    expect(result.view).toEqual(DEFAULT_VIEW);
    expect(result.ignored).toHaveLength(MAX_IGNORED + 1);
    const summary = result.ignored.at(-1) as IgnoredParam;
    expect(summary).toEqual({ key: MORE_IGNORED_KEY, value: String(100_001 - MAX_IGNORED), reason: 'too-many' });
  });

  it('reads at most MAX_PARAMS parameters', () => {
    const filler = Array.from({ length: MAX_PARAMS }, () => 'x=1').join('&');
    const result = parseView(`?${filler}&lang=fr`);
    expect(result.view.lang).toBe('en');
    expect(result.ignored.at(-1)).toEqual({ key: MORE_IGNORED_KEY, value: '1', reason: 'too-many' });
  });
});

describe('examples', () => {
  const view = (partial: Partial<ViewState>, map: Partial<ViewState['map']> = {}): ViewState => ({
    ...cloneView(DEFAULT_VIEW),
    ...partial,
    map: { ...DEFAULT_VIEW.map, ...map },
  });

  it('parses the example link', () => {
    expect(parseView('?indicator=migrant-stock&year=2020&countries=DEU~FRA')).toEqual({
      view: view({ period: '2020', countries: ['DEU', 'FRA'] }),
      ignored: [],
    });
  });

  it('serializes the default view to the empty string', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseView('?')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseView('?&&')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('writes every key in the documented format and order', () => {
    const full = view(
      {
        indicator: 'refugees',
        source: 'census',
        period: '2020-03',
        slice: 'sex-female',
        countries: ['DEU', 'FRA'],
        panel: 'table',
        compare: { a: null, b: 'social-audience' },
        lang: 'fr',
      },
      { classification: 'ckmeans', log: true, tolerance: 2, region: 'europe', od: { role: 'origin', focus: 'SYR' } },
    );
    const search =
      '?indicator=refugees&source=census&year=2020-03&slice=sex-female&countries=DEU~FRA&panel=table' +
      '&class=ckmeans&log=1&tol=2&region=europe&od=origin~SYR&compare=~social-audience&lang=fr';
    expect(serializeView(full)).toBe(search);
    expect(parseView(search)).toEqual({ view: full, ignored: [] });
    expect(serializeView(view({ compare: { a: 'census', b: 'social-audience' } }))).toBe('?compare=census~social-audience');
    expect(serializeView(view({ compare: { a: 'census', b: null } }))).toBe('?compare=census~');
  });

  it('leaves defaults out but reads them when given', () => {
    expect(serializeView(view({ indicator: 'migrant-stock', slice: 'total' }, { tolerance: 0 }))).toBe('');
    expect(parseView('?indicator=migrant-stock&slice=total&tol=0&log=0&panel=map&lang=en&countries=&compare=~')).toEqual({
      view: DEFAULT_VIEW,
      ignored: [],
    });
  });

  it('is lenient where it costs nothing', () => {
    expect(parseView('countries=deu~Fra&od=destination~syr&compare=a%7Eb').view).toEqual(
      view({ countries: ['DEU', 'FRA'], compare: { a: 'a', b: 'b' } }, { od: { role: 'destination', focus: 'SYR' } }),
    );
  });

  it('reports junk with the right reason', () => {
    const { view: parsed, ignored } = parseView(
      '?indicator=Migrant_Stock&year=2020-13&colour=red&tol=11&log=yes&lang=de&panel=map&panel=table' +
        `&slice=${'a'.repeat(201)}&source=%E0%A4%A&countries=DEU~XX~deu~FRA&od=origin&compare=a~b~c&region=mars&class=%3Cscript%3E`,
    );
    expect(parsed).toEqual(view({ countries: ['DEU', 'FRA'] }));
    expect(ignored).toEqual([
      { key: 'indicator', value: 'Migrant_Stock', reason: 'invalid-value' },
      { key: 'year', value: '2020-13', reason: 'invalid-value' },
      { key: 'colour', value: 'red', reason: 'unknown-parameter' },
      { key: 'tol', value: '11', reason: 'invalid-value' },
      { key: 'log', value: 'yes', reason: 'invalid-value' },
      { key: 'lang', value: 'de', reason: 'invalid-value' },
      { key: 'panel', value: 'table', reason: 'duplicate' },
      { key: 'slice', value: `${'a'.repeat(REPORTED_TEXT_LENGTH - 1)}…`, reason: 'too-long' },
      { key: 'source', value: '%E0%A4%A', reason: 'invalid-value' },
      { key: 'countries', value: 'XX', reason: 'invalid-value' },
      { key: 'countries', value: 'deu', reason: 'duplicate' },
      { key: 'od', value: 'origin', reason: 'invalid-value' },
      { key: 'compare', value: 'a~b~c', reason: 'invalid-value' },
      { key: 'region', value: 'mars', reason: 'invalid-value' },
      { key: 'class', value: '<script>', reason: 'invalid-value' },
    ]);
  });

  it('reads and writes the time-series options, defaults left out', () => {
    const series = {
      lines: 'source',
      scale: 'log',
      measure: 'index',
      base: '2015',
      from: '2000',
      to: '2024-06',
      aggregates: ['WLD', 'EU27_2020'],
    } satisfies SeriesOptions;
    const search = '?countries=DEU~FRA&panel=series&lines=source&scale=log&measure=index&base=2015&from=2000&to=2024-06&agg=WLD~EU27_2020';
    const full = { ...view({ countries: ['DEU', 'FRA'], panel: 'series' }), series };
    expect(serializeView(full)).toBe(search);
    expect(parseView(search)).toEqual({ view: full, ignored: [] });
    expect(serializeView({ ...view({}), series: { ...DEFAULT_VIEW.series, measure: 'per1000' } })).toBe('?measure=per1000');
    expect(parseView('?lines=auto&scale=linear&measure=absolute')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('reads and writes the comparison options, defaults left out', () => {
    const compareOptions = { tolerance: 0, breakdown: 'age', country: 'ETH', nowcast: true, sort: 'ratio-asc' as const };
    const search = '?year=2020&panel=compare&compare=census~social-audience&ctol=0&cby=age&cgeo=ETH&nowcast=1&csort=ratio-asc';
    const full = { ...view({ period: '2020', panel: 'compare', compare: { a: 'census', b: 'social-audience' } }), compareOptions };
    expect(serializeView(full)).toBe(search);
    expect(parseView(search)).toEqual({ view: full, ignored: [] });
    expect(parseView('?cgeo=eth&ctol=2&nowcast=0').view).toEqual(view({ compareOptions: { ...DEFAULT_VIEW.compareOptions, country: 'ETH' } }));
    const { view: parsed, ignored } = parseView('?ctol=11&cby=Age&cgeo=ETHI&nowcast=yes&csort=ratio');
    expect(parsed).toEqual(DEFAULT_VIEW);
    expect(ignored.map((e) => `${e.key}=${e.value}:${e.reason}`)).toEqual([
      'ctol=11:invalid-value',
      'cby=Age:invalid-value',
      'cgeo=ETHI:invalid-value',
      'nowcast=yes:invalid-value',
      'csort=ratio:invalid-value',
    ]);
  });

  it('reads and writes the About page and the source it opens at', () => {
    const search = '?panel=about&about=unhcr&lang=fr';
    const full = { ...view({ panel: 'about', lang: 'fr' }), about: 'unhcr' };
    expect(serializeView(full)).toBe(search);
    expect(parseView(search)).toEqual({ view: full, ignored: [] });
    expect(parseView('?panel=about&about=UNHCR%3Cb%3E').ignored).toEqual([{ key: 'about', value: 'UNHCR<b>', reason: 'invalid-value' }]);
  });

  it('swaps a reversed time window and rejects bad series values', () => {
    expect(parseView('?from=2024&to=2000').view.series).toMatchObject({ from: '2000', to: '2024' });
    expect(parseView('?to=2000-03&from=2000').view.series).toMatchObject({ from: '2000', to: '2000-03' });
    const { view: parsed, ignored } = parseView('?scale=ln&measure=per100&lines=both&base=15&from=1899&to=2101-01');
    expect(parsed).toEqual(DEFAULT_VIEW);
    expect(ignored.map((e) => `${e.key}=${e.value}:${e.reason}`)).toEqual([
      'scale=ln:invalid-value',
      'measure=per100:invalid-value',
      'lines=both:invalid-value',
      'base=15:invalid-value',
      'from=1899:invalid-value',
      'to=2101-01:invalid-value',
    ]);
  });

  it('checks the year range', () => {
    expect(parseView('year=1900').view.period).toBe('1900');
    expect(parseView('year=2100-12').view.period).toBe('2100-12');
    for (const bad of ['1899', '2101', '20200', '202', '2020-00', '2020-1', '2020-12-01', ' 2020']) {
      expect(parseView(`year=${encodeURIComponent(bad)}`).ignored).toEqual([{ key: 'year', value: bad, reason: 'invalid-value' }]);
    }
  });

  it('keeps the first MAX_COUNTRIES countries and reports the rest', () => {
    const codes = Array.from(
      { length: MAX_COUNTRIES + 2 },
      (_, i) => `A${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    );
    const result = parseView(`countries=${codes.join('~')}`);
    expect(result.view.countries).toEqual(codes.slice(0, MAX_COUNTRIES));
    expect(result.ignored).toEqual([{ key: 'countries', value: codes.slice(MAX_COUNTRIES).join('~'), reason: 'too-many' }]);
  });

  it('keeps ids within the slug rules', () => {
    expect(parseView(`indicator=${'a'.repeat(64)}`).ignored).toEqual([]);
    expect(parseView(`indicator=${'a'.repeat(65)}`).ignored[0]?.reason).toBe('invalid-value');
    for (const bad of ['-a', 'a-', 'a--b', 'A', 'a_b', 'a.b', 'é']) {
      expect(parseView(`source=${encodeURIComponent(bad)}`).ignored).toEqual([{ key: 'source', value: bad, reason: 'invalid-value' }]);
    }
  });

  it('does not upper-case non-ASCII letters into country codes', () => {
    // 'ß'.toUpperCase() is 'SS': "aß" must not become "ASS".
    expect(parseView('countries=a%C3%9F').ignored).toEqual([{ key: 'countries', value: 'aß', reason: 'invalid-value' }]);
  });

  it('encodes whatever an invalid view holds, and sanitizeView repairs it', () => {
    const bad = view({ indicator: 'a b&c=d', countries: ['DEU', 'DEU', 'x'] });
    expect(serializeView(bad)).toBe('?indicator=a+b%26c%3Dd&countries=DEU~DEU~x');
    expect(sanitizeView(bad)).toEqual(view({ countries: ['DEU'] }));
    expect(sanitizeView(null as unknown as ViewState)).toEqual(DEFAULT_VIEW);
  });

  it('returns views that share nothing with DEFAULT_VIEW', () => {
    const parsed = parseView('').view;
    parsed.countries.push('DEU');
    parsed.map.log = true;
    expect(DEFAULT_VIEW.countries).toEqual([]);
    expect(DEFAULT_VIEW.map.log).toBe(false);
  });
});

describe('embed mode', () => {
  it('reads and writes embed=1 last, leaving embed=0 out', () => {
    const embedded = { ...cloneView(DEFAULT_VIEW), panel: 'table' as const, lang: 'fr' as const, embed: true };
    expect(serializeView(embedded)).toBe('?panel=table&lang=fr&embed=1');
    expect(parseView('?panel=table&lang=fr&embed=1')).toEqual({ view: embedded, ignored: [] });
    expect(parseView('?embed=true').view.embed).toBe(true);
    expect(parseView('?embed=0')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(parseView('?embed=yes').ignored).toEqual([{ key: 'embed', value: 'yes', reason: 'invalid-value' }]);
    expect(serializeView({ ...embedded, embed: false })).toBe('?panel=table&lang=fr');
  });
});
