import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../contract/schema';
import { formatPeriod } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import { periodRangeText } from '../../lib/viewTitle';
import type { TFunction } from '../../i18n/useT';
import { buildChart, type LineInput, type MeasureOptions } from './buildSeries';
import { lineSpecs, summarize } from './lines';
import { audienceSeries, censusSeries, seriesCatalog } from './seriesFixture.test-utils';
import {
  breakNotes,
  drawnMeasure,
  hasFlaggedValue,
  lineStatuses,
  lineStyles,
  readoutRows,
  seriesBody,
  seriesNotes,
  seriesTitle,
  sourcesWithSlice,
  yAxisLabel,
  type BodyInput,
  type NotesInput,
} from './seriesPanelModel';

const t: TFunction = (key, params) => translate('en', key, params);
const words = { t, lang: 'en' as const, formatPeriod: (p: string) => formatPeriod(p, 'en') };
const plain: MeasureOptions = { scale: 'linear', measure: 'absolute', base: null, from: null, to: null };
const [census, audience] = seriesCatalog.sources as [(typeof seriesCatalog.sources)[number], (typeof seriesCatalog.sources)[number]];
const stock = seriesCatalog.indicators[0] as Indicator;
const names = new Map([
  ['DEU', 'Germany'],
  ['FRA', 'France'],
]);

/** Germany and France from both sources, one line per country and source. */
function chart(options: MeasureOptions = plain) {
  const specs = lineSpecs(
    'source',
    ['DEU', 'FRA'],
    [census, audience],
    (g) => names.get(g) ?? g,
    (country, source) => `${country}, ${source}`,
  );
  const series = { census: censusSeries, audience: audienceSeries } as const;
  const inputs: LineInput[] = specs.map((s) => ({ key: s.key, geo: s.geo, sourceId: s.sourceId, series: series[s.sourceId as keyof typeof series] }));
  return { specs, model: buildChart(inputs, options) };
}

describe('the sources and measure drawn', () => {
  it('draws every source with one line per source, else the view source, and sets apart those without the breakdown', () => {
    const sliced: Indicator = {
      ...stock,
      sources: [
        { id: 'census', breakdowns: ['sex-female'] },
        { id: 'audience', breakdowns: [] },
      ],
    };
    expect(sourcesWithSlice(true, sliced, 'sex-female', [census, audience], census)).toEqual({ drawn: [census], noSlice: [audience] });
    expect(sourcesWithSlice(false, sliced, 'sex-female', [census, audience], audience)).toEqual({ drawn: [], noSlice: [audience] });
    expect(sourcesWithSlice(true, sliced, 'total', [census, audience], census)).toEqual({ drawn: [census, audience], noSlice: [] });
  });

  it('falls back from per 1,000 population to the published values where it does not apply', () => {
    expect(drawnMeasure('per1000', false)).toBe('absolute');
    expect(drawnMeasure('per1000', true)).toBe('per1000');
    expect(drawnMeasure('index', false)).toBe('index');
  });
});

describe('the axis and the title', () => {
  it('name the measure, the base of an index and a log scale', () => {
    expect(yAxisLabel(words, 'persons', 'absolute', 'linear', null)).toBe('persons');
    expect(yAxisLabel(words, 'persons', 'per1000', 'log', null)).toBe('persons per 1,000 population, log scale');
    expect(yAxisLabel(words, 'persons', 'index', 'linear', '2015')).toBe('index, 2015 = 100');
    expect(yAxisLabel(words, 'persons', 'index', 'linear', null)).toBe('index, — = 100');
  });

  it('say the source with one line per country, the countries with one line per source, and the breakdown', () => {
    expect(seriesTitle(t, true, 'Migrant stock', null, 'persons', 'Census (demo)', ['Germany'])).toBe(
      'Migrant stock (persons), one line per country, from Census (demo)',
    );
    expect(seriesTitle(t, false, 'Migrant stock', 'Sex: Female', 'persons', 'Census (demo)', ['Germany', 'France'])).toBe(
      'Migrant stock (Sex: Female) (persons), one line per source, for Germany, France',
    );
  });

  it('say the range of years drawn', () => {
    expect(seriesTitle(t, true, 'Migrant stock', null, 'persons', 'Census (demo)', ['Germany'], '2000–2024')).toBe(
      'Migrant stock (persons), one line per country, from Census (demo), 2000–2024',
    );
    expect(periodRangeText('2000', '2024', 'en')).toBe('2000–2024');
    expect(periodRangeText('2020', '2020', 'en')).toBe('2020');
    expect(periodRangeText(undefined, '2020', 'en')).toBe('');
    // Drawn from a chart: the window's first and last periods.
    const { model } = chart();
    const range = periodRangeText(model.periods[0]?.period, model.periods.at(-1)?.period, 'en');
    expect(range).toMatch(/^\d{4}–\d{4}$/);
  });
});

describe('the tooltip rows', () => {
  it('list each line largest first, with its range, flag and the yearly value standing in for a missing period', () => {
    const { specs, model } = chart();
    const rows = readoutRows('2018', model, specs, words, 'persons', 'absolute');
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['Germany, Audience (demo)', '11,000,000'],
      ['France, Audience (demo)', '6,500,000'],
      ['Germany, Census (demo)', 'no value'],
      ['France, Census (demo)', 'no value'],
    ]);
    expect(rows[0]?.details).toEqual(['range 9,900,000 – 12,100,000', 'break in series']);
    expect(rows[0]?.flagged).toBe(true);
    expect(rows[2]?.flagged).toBe(false);
  });

  it('give the published value beside an index, and say why a value is left out', () => {
    const { specs, model } = chart({ ...plain, measure: 'index', base: '2016' });
    const rows = readoutRows('2016', model, specs, words, 'persons', 'index');
    const germany = rows.find((r) => r.name === 'Germany, Audience (demo)');
    expect(germany?.value).toBe('100.0');
    expect(germany?.details).toContain('published: 9,000,000');
    const census2010 = readoutRows('2010', model, specs, words, 'persons', 'index').find((r) => r.name === 'Germany, Census (demo)');
    expect(census2010?.value).toBe('no value');
    expect(census2010?.details.at(-1)).toBe('published: 10,000,000');
  });
});

describe('the notes and the key', () => {
  it('tell the source caveat at a break, and fall back to a generic sentence', () => {
    const { model } = chart();
    const notes = breakNotes(model, seriesCatalog, words);
    expect(notes.map((n) => n.mark.key)).toEqual(['audience|2018']);
    expect(notes[0]?.mark.label).toBe('Break: In 2018 the platform changed how it counts users');
    const bare = { ...seriesCatalog, sources: seriesCatalog.sources.map((s) => ({ ...s, caveats: [] })) };
    expect(breakNotes(model, bare, words)[0]?.note).toBe('2018, Audience (demo): Method change: values before and after are not comparable.');
  });

  it('give each line not drawn as usual a status', () => {
    const { specs, model } = chart();
    const loaded = { pending: false, failed: false };
    const statuses = lineStatuses(specs, model, new Map([['census', loaded]]), t);
    expect(statuses.get('DEU|audience')).toBe('loading…');
    expect(statuses.has('DEU|census')).toBe(false);
    const failed = lineStatuses(
      specs,
      model,
      new Map([
        ['census', loaded],
        ['audience', { pending: false, failed: true }],
      ]),
      t,
    );
    expect(failed.get('FRA|audience')).toBe('could not be loaded');
  });

  it('list the notes in reading order, shortening long lists of names', () => {
    const { specs, model } = chart();
    const input: NotesInput = {
      defaultPeriod: '2020',
      geoCount: 2,
      measureUnavailable: true,
      noSlice: [census],
      breaks: breakNotes(model, seriesCatalog, words),
      measure: 'absolute',
      loadedAny: true,
      model,
      summary: summarize(model, new Map(specs.map((s) => [s.key, s.name]))),
    };
    expect(seriesNotes(words, input)).toEqual([
      'No country selected: showing the 2 countries with the largest values in 2020. Pick countries in the Countries box to draw others.',
      'Per 1,000 population is not offered for this indicator: values are shown as published.',
      'Census (demo) has no figures for this breakdown.',
      input.breaks[0]?.note,
      'Missing periods are left as gaps, not filled in (2: France, Census (demo), France, Audience (demo)).',
    ]);
    const many = { ...input.summary, gaps: { count: 5, names: ['A', 'B', 'C', 'D', 'E'] } };
    expect(seriesNotes(words, { ...input, defaultPeriod: null, measureUnavailable: false, noSlice: [], breaks: [], summary: many })).toEqual([
      'Missing periods are left as gaps, not filled in (5: A, B, C and 2 more).',
    ]);
  });

  it('key the line styles the drawn lines use, and say when a drawn value is flagged', () => {
    const { specs, model } = chart();
    expect(lineStyles(specs, model, t).map((s) => s.key)).toEqual(['sparse', 'solid', 'band']);
    expect(
      lineStyles(
        specs.filter((s) => s.sourceId === 'census'),
        chart().model,
        t,
      ).map((s) => s.key),
    ).toEqual(['sparse', 'band']);
    expect(hasFlaggedValue(model)).toBe(true); // Germany's provisional census figure of 2020
  });
});

describe('what stands in the chart', () => {
  const drawn: BodyInput = {
    geoCount: 2,
    selectedCount: 2,
    nothingYet: false,
    anyFailed: false,
    waitingForPopulation: false,
    drawnAny: true,
    loadedAny: true,
  };

  it('asks for countries when there are none to draw, and waits for the series and the population', () => {
    expect(seriesBody({ ...drawn, geoCount: 0, selectedCount: 0, drawnAny: false })).toBe('pick');
    expect(seriesBody({ ...drawn, geoCount: 0, selectedCount: 0, drawnAny: false, loadedAny: false, anyFailed: true })).toBe('none');
    expect(seriesBody({ ...drawn, nothingYet: true })).toBe('loading');
    expect(seriesBody({ ...drawn, waitingForPopulation: true })).toBe('loading');
  });

  it('says nothing can be drawn only once something has loaded', () => {
    expect(seriesBody({ ...drawn, drawnAny: false })).toBe('empty');
    expect(seriesBody({ ...drawn, drawnAny: false, loadedAny: false })).toBe('none');
    expect(seriesBody(drawn)).toBe('chart');
  });
});
