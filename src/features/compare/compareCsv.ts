/**
 * "Data shown (CSV)" of the comparison: the pairs on screen, in the pairs table's order, with
 * their ratios and differences; the header block names both sources (with their caveats) and
 * gives the agreement statistics. Pure: the CSV writing and its formula guard are lib/export/csv.
 */
import type { Indicator, Source } from '../../contract/schema';
import { csvDocument, type Cell } from '../../lib/export/csv';
import type { PairModel } from './compareModel';
import { differenceOf, directionOf, logRatioOf, percentDifferenceOf, sortPairs, type PairSort } from './disagreement';

export const COMPARE_COLUMNS = [
  'iso3',
  'country',
  'period_a',
  'value_a',
  'period_b',
  'value_b',
  'ratio_b_over_a',
  'difference_b_minus_a',
  'percent_difference',
  'log_ratio',
  'direction',
  'outlier',
  'selected',
] as const;

export interface CompareCsvInput {
  indicator: Indicator;
  /** The breakdown compared ("Age: 25–29"); null or absent for the total. */
  breakdown?: string | null;
  a: Source;
  b: Source;
  model: PairModel;
  /** Country names in the view's language. */
  names: ReadonlyMap<string, string>;
  sort: PairSort;
  selected: readonly string[];
  /** Years either side within which A's value is paired with B's. */
  tolerance: number;
  unitLabel: string;
  link: string;
  /** YYYY-MM-DD. */
  today: string;
  lang: string;
}

/** A statistic as written in the header: plain digits, 'none' when there is none. */
const stat = (value: number | null, digits = 4): string =>
  value === null || !Number.isFinite(value) ? 'none' : String(Number(value.toFixed(digits)));

function sourceLines(role: 'a' | 'b', source: Source): [string, string][] {
  const lines: [string, string][] = [
    [`source-${role}`, `${source.name} (${source.id})`],
    [`source-${role}-kind`, source.kind],
    [`source-${role}-publisher`, source.publisher],
    [`source-${role}-definition`, source.definition],
    [`source-${role}-licence`, source.licence],
    [`source-${role}-release-date`, source.releaseDate],
  ];
  if (source.coverage) lines.push([`source-${role}-coverage`, source.coverage]);
  if (source.referenceDate) lines.push([`source-${role}-reference-date`, source.referenceDate]);
  if (source.url) lines.push([`source-${role}-url`, source.url]);
  source.caveats.forEach((caveat) => lines.push([`caveat-${role}`, caveat]));
  return lines;
}

/** The `# key: value` lines: what is compared, both sources, the agreement. */
export function compareCsvHeader(input: CompareCsvInput): [string, string][] {
  const { indicator, breakdown, a, b, model, tolerance, unitLabel, link, today, sort } = input;
  const g = model.agreement;
  const label = breakdown ? `${indicator.label} (${breakdown})` : indicator.label;
  const lines: [string, string][] = [
    ['title', `${label}: ${b.name} (B) against ${a.name} (A), ${model.period}`],
    ['indicator', `${indicator.label} (${indicator.id})`],
    ...(breakdown ? ([['breakdown', breakdown]] as [string, string][]) : []),
    ['unit', `${unitLabel} (${indicator.unit})`],
    ['period', model.period],
    [
      'pairing',
      `each value of B at the period with A's nearest period within ${tolerance} year(s); ${model.pairing.shifted} pair(s) from another period of A`,
    ],
    ...sourceLines('a', a),
    ...sourceLines('b', b),
    ['n', String(g.n)],
    ['excluded', `${g.excluded} pair(s) without a logarithm (a value of zero or below), left out of the statistics`],
    ['pearson-r-log', stat(g.pearsonLog)],
    ['spearman-rho', stat(g.spearman)],
    ['median-abs-percent-difference', stat(g.medianApe, 2)],
    ['bias-mean-log-ratio', stat(g.meanLogRatio)],
    ['typical-ratio-b-over-a', stat(g.typicalRatio)],
    ['sd-log-ratio', stat(g.sdLogRatio)],
    ['retrieved', today],
    ['view', link],
  ];
  if (a.demo || b.demo) lines.push(['note', 'Demo data: synthetic figures generated for demonstration, not real statistics.']);
  lines.push([
    'rows',
    `one per country with both values, in the table's order (${sort.key} ${sort.direction === 'asc' ? 'ascending' : 'descending'}); direction says whether B is above A (over) or below (under)`,
  ]);
  return lines;
}

/** The rows, in the table's order. */
export function compareCsvRows(input: CompareCsvInput): Cell[][] {
  const nameOf = (geo: string) => input.names.get(geo) ?? geo;
  return sortPairs(input.model.pairs, input.sort, nameOf, input.lang).map((pair) => [
    pair.geo,
    nameOf(pair.geo),
    pair.a.period,
    pair.a.value,
    pair.b.period,
    pair.b.value,
    Number.isFinite(pair.ratio) ? pair.ratio : null,
    differenceOf(pair),
    percentDifferenceOf(pair),
    logRatioOf(pair),
    directionOf(pair),
    pair.outlier,
    input.selected.includes(pair.geo),
  ]);
}

export function buildCompareCsv(input: CompareCsvInput): string {
  return csvDocument(compareCsvHeader(input), COMPARE_COLUMNS, compareCsvRows(input));
}
