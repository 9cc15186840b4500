/**
 * Pure steps after parsing: taking a suggested country for a name the file used, and turning the
 * kept rows plus what the user said about them into a source of the catalog.
 */
import { CONTRACT_VERSION, type CountingBasis, type Indicator, type Series, type Source, type SourceKind } from '../../contract/schema';
import { parseSeries } from '../../contract/validate';
import { LOCAL_PREFIX, type LocalSource } from '../../data/localSources';
import { en, type Messages } from '../../i18n/en';
import { enUpload } from '../../i18n/enUpload';
import { es } from '../../i18n/es';
import { fr } from '../../i18n/fr';
import { translateWith } from '../../i18n/translate';
import type { Language } from '../../state/viewState';
import type { ParseResult } from './types';

/** The source keeps its texts in every language (only the one on screen is loaded up front, so all are imported here). */
const SOURCE_TEXTS: Record<Language, Partial<Messages>> = { en: { ...en, ...enUpload }, fr, es };

/**
 * The result with the rows of an unrecognised country name assigned to `iso3`: they join the kept
 * rows (unless they repeat a country and period already there), and their issues are withdrawn.
 */
export function applyCountryChoice(result: ParseResult, raw: string, iso3: string): ParseResult {
  const entry = result.unknownCountries.find((u) => u.raw === raw);
  if (!entry) return result;
  const columns = {
    geo: [...result.columns.geo],
    period: [...result.columns.period],
    value: [...result.columns.value],
    lower: [...result.columns.lower],
    upper: [...result.columns.upper],
    flag: [...result.columns.flag],
    line: [...result.columns.line],
  };
  const taken = new Set<string>();
  columns.geo.forEach((geo, i) => {
    if (geo === iso3) taken.add(columns.period[i]!);
  });
  let added = 0;
  for (const row of entry.rows) {
    if (taken.has(row.period)) continue;
    taken.add(row.period);
    columns.geo.push(iso3);
    columns.period.push(row.period);
    columns.value.push(row.value);
    columns.lower.push(row.lower);
    columns.upper.push(row.upper);
    columns.flag.push(row.flag);
    columns.line.push(row.line);
    added += 1;
  }
  const issues = result.issues.filter((issue) => issue.key !== raw);
  // Issues past the stored list are withdrawn too: every row set aside under this name had one.
  const withdrawnTotal = Math.max(result.issues.length - issues.length, entry.rows.length);
  return {
    ...result,
    columns,
    kept: result.kept + added,
    dropped: result.dropped - added,
    issues,
    issueCount: Math.max(0, result.issueCount - withdrawnTotal),
    unknownCountries: result.unknownCountries.filter((u) => u !== entry),
  };
}

export interface SourceForm {
  name: string;
  indicator: Indicator;
  counts: CountingBasis;
  kind: SourceKind;
  definition: string;
}

export interface BuiltSource {
  entry: LocalSource;
  /** Rows left out because their period has another grain than the indicator (months for a yearly one). */
  otherGrain: number;
}

/** A lower-case slug of a name, for the source id. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}

function cadenceOf(periods: readonly string[], grain: Indicator['grain']): Source['cadence'] {
  if (grain === 'month') return 'monthly';
  const years = [...new Set(periods)].map(Number).sort((a, b) => a - b);
  if (years.length < 2) return 'irregular';
  const gaps = new Set(years.slice(1).map((year, i) => year - years[i]!));
  if (gaps.size === 1 && gaps.has(1)) return 'yearly';
  if (gaps.size === 1 && gaps.has(5)) return '5-yearly';
  return 'irregular';
}

/** The kept rows as a source of the catalog and its series (validated against the contract). */
export function buildLocalSource(
  result: ParseResult,
  form: SourceForm,
  file: { name: string; bytes: number },
  now: Date = new Date(),
  random: () => number = Math.random,
): BuiltSource {
  const { indicator } = form;
  const monthly = indicator.grain === 'month';
  const keep: number[] = [];
  const { columns } = result;
  for (let i = 0; i < columns.geo.length; i += 1) {
    if (columns.period[i]!.length === (monthly ? 7 : 4)) keep.push(i);
  }
  const pick = <T>(column: readonly T[]) => keep.map((i) => column[i]!);
  const lower = pick(columns.lower);
  const upper = pick(columns.upper);
  const flag = pick(columns.flag);
  const date = now.toISOString().slice(0, 10);
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  const id = `${LOCAL_PREFIX}${slugify(form.name) || 'data'}-${suffix}`;
  const periods = pick(columns.period);
  const latestPeriod = periods.reduce((a, b) => (b > a ? b : a), periods[0] ?? (monthly ? `${date.slice(0, 7)}` : date.slice(0, 4)));
  const name = form.name.trim().slice(0, 120) || file.name.slice(0, 120);
  const texts = (lang: Language) => ({
    definition:
      form.definition.trim() !== ''
        ? form.definition.trim().slice(0, 2000)
        : translateWith(SOURCE_TEXTS[lang], 'upload.source.definition', { file: file.name.slice(0, 200) }),
    caveats: [translateWith(SOURCE_TEXTS[lang], 'upload.source.caveat')],
  });
  const source: Source = {
    id,
    name,
    kind: form.kind,
    publisher: translateWith(SOURCE_TEXTS.en, 'upload.source.publisher').slice(0, 200),
    url: null,
    licence: '',
    counts: form.counts,
    ...texts('en'),
    cadence: cadenceOf(periods, indicator.grain),
    releaseDate: date,
    latestPeriod,
    demo: false,
    i18n: { fr: { name, ...texts('fr') }, es: { name, ...texts('es') } },
  };
  const series: Series = parseSeries(
    {
      contract: CONTRACT_VERSION,
      indicator: indicator.id,
      source: id,
      slice: 'total',
      // The map shows the source at its places' level (the catalog's ref says it too: data/localSources.ts).
      ...(result.level !== 'country' ? { level: result.level } : {}),
      focus: null,
      releaseDate: date,
      columns: {
        geo: pick(columns.geo),
        period: periods,
        value: pick(columns.value),
        ...(lower.some((x) => x !== null) ? { lower } : {}),
        ...(upper.some((x) => x !== null) ? { upper } : {}),
        ...(flag.some((x) => x !== null) ? { flag } : {}),
      },
    },
    file.name,
  );
  return {
    entry: { source, indicator: indicator.id, series, file: { name: file.name.slice(0, 300), bytes: file.bytes }, added: now.toISOString() },
    otherGrain: columns.geo.length - keep.length,
  };
}
