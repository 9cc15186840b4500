/**
 * `data:build`: the static indicators API from the raw cache alone. Every source's cached files go
 * through its readers; each raw observation is selected by the config's series mappings, its
 * geography normalised to ISO3 (aggregates kept out as groups), its period, value, unit and flag
 * normalised, and anything left out is counted with its reason. The files are checked with the
 * app's own validators (parseCatalog, parseSeries) before the output directory is replaced as a
 * whole (written aside, then swapped), so a failed build never leaves a half-written dataset.
 */
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bilateralPath, catalogPath, seriesPath, TOTAL_SLICE } from '../../src/contract/paths';
import { CONTRACT_VERSION, type Catalog, type Country, type Flag, type Indicator, type Region, type Series, type Source } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { withDimensionTexts, withRegionTexts } from '../shared/catalogTexts';
import { joinBoundaries, type Boundaries } from '../geo/boundaries';
import { writeDatasetAtomically } from '../write';
import { CacheError, readSourceCache } from './cache';
import { createGeoResolver, type GeoMatch, type GeoResolver } from './codes';
import { matchesFiles, type Config, type IndicatorConfig, type ReadEntry, type SeriesMap, type SourceConfig } from './config';
import { mapFlag, normalisePeriod, parseValue, tidyNumber, unitOf } from './normalise';
import { READERS } from './readers';
import type { CachedFile, RawObservation } from './readers/types';
import { withRetrievalCaveat } from './retrievalCaveat';
import { DropLog, type BuildReport, type DropReason, type GroupReport, type SourceReport } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The demo dataset: never replaced by a real build unless asked to. */
export const SNAPSHOT_DATA_DIR = resolve(ROOT, 'public/data');
export const REPORT_FILE = 'build-report.json';

export class BuildError extends Error {
  constructor(
    message: string,
    readonly report?: BuildReport,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

export interface ReadSourceResult {
  observations: number;
  releaseDate?: string;
  notes: string[];
}

/**
 * Run a source's read entries over its cached files, passing every raw observation to `sink`
 * with the entry that read it. Throws (ReadError) when a file does not parse or an entry matches
 * no file. Used by the build, and by the pull to check a payload before it replaces the cache.
 */
export async function readSource(
  source: SourceConfig,
  files: readonly CachedFile[],
  sink: (entry: ReadEntry, observation: RawObservation) => void,
): Promise<ReadSourceResult> {
  let observations = 0;
  let releaseDate: string | undefined;
  const notes: string[] = [];
  let read = 0;
  for (const entry of source.read) {
    const matched = files.filter((f) => matchesFiles(entry.files, f.name));
    if (matched.length === 0) {
      const message = `no cached file matches "${entry.files}" (cached: ${files.map((f) => f.name).join(', ') || 'none'})`;
      if (!entry.optional) throw new CacheError(`source "${source.id}": ${message}`);
      notes.push(`${message}: entry skipped`);
      continue;
    }
    read += 1;
    for (const file of matched) {
      const result = await READERS[entry.format]({
        file,
        files,
        options: entry.options,
        emit: (observation) => {
          observations += 1;
          sink(entry, observation);
        },
        note: (message) => notes.push(`${file.name}: ${message}`),
      });
      if (result.releaseDate !== undefined && (releaseDate === undefined || result.releaseDate > releaseDate)) releaseDate = result.releaseDate;
    }
  }
  if (read === 0) throw new CacheError(`source "${source.id}": no read entry matches any cached file`);
  return { observations, releaseDate, notes };
}

interface Cell {
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
}

const FLAG_RANK: Record<Flag, number> = { break: 4, provisional: 3, estimate: 2, imputed: 1 };
const higherFlag = (a: Flag | null, b: Flag | null): Flag | null => (a === null ? b : b === null ? a : FLAG_RANK[a] >= FLAG_RANK[b] ? a : b);

/** Aggregates met in the data, for the report. */
class GroupTracker {
  readonly groups = new Map<string, { name: string; sources: Set<string>; observations: number }>();
  add(id: string, name: string, source: string): void {
    const entry = this.groups.get(id) ?? { name, sources: new Set<string>(), observations: 0 };
    entry.observations += 1;
    entry.sources.add(source);
    this.groups.set(id, entry);
  }
  toJSON(): GroupReport[] {
    return [...this.groups.entries()]
      .map(([id, g]) => ({ id, name: g.name, sources: [...g.sources].sort(), observations: g.observations }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function describe(observation: RawObservation): string {
  const dims = Object.entries(observation.dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `${observation.measure}${dims ? ` ${dims}` : ''}`;
}

function matches(where: SeriesMap['where'], observation: RawObservation): boolean {
  for (const [key, wanted] of Object.entries(where)) {
    const actual = key === 'measure' ? observation.measure : observation.dims[key];
    if (actual === undefined) return false;
    const list = Array.isArray(wanted) ? wanted : [wanted];
    if (!list.some((w) => String(w) === actual)) return false;
  }
  return true;
}

/** The figures of one source, as they are accumulated from its observations. */
class SourceAccumulator {
  readonly drops = new DropLog();
  /** Rows that share a country and period under `combine: "unique"`: the source cannot be built. */
  readonly ambiguous: string[] = [];
  /** "indicator|slice" → "geo|period" → cell. */
  readonly series = new Map<string, Map<string, Cell>>();
  /** "indicator|slice" → "destination|origin|period" → cell. */
  readonly bilateral = new Map<string, Map<string, Cell>>();
  readonly flagNotes = new Set<string>();
  /** How many observations each series mapping selected: a mapping that selects none is reported. */
  readonly selectedBy = new Map<SeriesMap, number>();
  /** Resolved codes: a file repeats the same few hundred codes and names many times. */
  private readonly memo = new Map<string, GeoMatch>();
  private readonly periods = new Map<string, ReturnType<typeof normalisePeriod>>();
  /** Why the observation being added was left out, by reason: it counts once per reason, however many mappings select it. */
  private readonly pending = new Map<DropReason, string>();

  constructor(
    private readonly source: SourceConfig,
    private readonly indicators: ReadonlyMap<string, IndicatorConfig>,
    private readonly resolver: GeoResolver,
    private readonly groups: GroupTracker,
  ) {}

  add(entry: ReadEntry, observation: RawObservation): void {
    this.pending.clear();
    let selected = false;
    for (const map of entry.series) {
      if (!matches(map.where, observation)) continue;
      const hasGeo = observation.geo !== null && observation.geo !== undefined && observation.geo !== '';
      const hasCounterpart = observation.counterpart !== null && observation.counterpart !== undefined && observation.counterpart !== '';
      if (map.bilateral ? !(hasGeo && hasCounterpart) : map.by === 'geo' ? !hasGeo : !hasCounterpart) continue;
      selected = true;
      this.selectedBy.set(map, (this.selectedBy.get(map) ?? 0) + 1);
      this.addTo(map, observation);
    }
    if (!selected) this.drops.add('unmapped', describe(observation));
    for (const [reason, example] of this.pending) this.drops.add(reason, example);
  }

  private drop(reason: DropReason, example: string): void {
    if (!this.pending.has(reason)) this.pending.set(reason, example);
  }

  /** The ISO3 of one side of an observation, or undefined after logging why it is left out. */
  private country(side: 'geo' | 'counterpart', observation: RawObservation): string | undefined {
    const raw = side === 'geo' ? observation.geo : observation.counterpart;
    const name = side === 'geo' ? observation.geoName : observation.counterpartName;
    const kind = side === 'geo' ? observation.geoCodes : observation.counterpartCodes;
    const saysGroup = side === 'geo' ? observation.geoGroup : observation.counterpartGroup;
    const memoKey = `${kind ?? 'auto'}\u0000${String(raw)}\u0000${name ?? ''}`;
    let match = this.memo.get(memoKey);
    if (match === undefined) {
      match = this.resolver.resolve(raw, kind ?? 'auto', name);
      this.memo.set(memoKey, match);
    }
    if (saysGroup === true) match = { kind: 'group', id: String(raw), name: name ?? String(raw) };
    switch (match.kind) {
      case 'country':
        return match.id;
      case 'group': {
        const label = name !== undefined && name.trim() !== '' && (match.name === String(raw) || match.name.startsWith('UN M49 group')) ? name.trim() : match.name;
        this.groups.add(match.id, label, this.source.id);
        this.drop('group', String(raw) === label ? label : `${String(raw)} ${label}`);
        return undefined;
      }
      case 'other':
        this.drop('other', match.reason.startsWith(String(raw)) ? match.reason : `${String(raw)}: ${match.reason}`);
        return undefined;
      case 'unknown':
        this.drop('unknownGeo', `${match.reason}${name && name !== raw ? ` (${name})` : ''}`);
        return undefined;
    }
  }

  private addTo(map: SeriesMap, observation: RawObservation): void {
    const indicator = this.indicators.get(map.indicator)!;
    let geo: string | undefined;
    let origin: string | undefined;
    if (map.bilateral) {
      geo = this.country('geo', observation);
      if (geo === undefined) return;
      origin = this.country('counterpart', observation);
      if (origin === undefined) return;
    } else {
      geo = this.country(map.by, observation);
      if (geo === undefined) return;
    }
    const where = (): string => `${geo}${origin ? `←${origin}` : ''} ${String(observation.period)}`;
    const grain = map.grain ?? indicator.grain;
    const periodKey = `${grain}\u0000${String(observation.period)}`;
    let period = this.periods.get(periodKey);
    if (period === undefined) {
      period = normalisePeriod(observation.period, grain);
      this.periods.set(periodKey, period);
    }
    if (!period.ok) {
      this.drop('period', period.reason);
      return;
    }
    const parsed = parseValue(observation.value);
    if (!parsed.ok) {
      this.drop('noValue', parsed.reason);
      return;
    }
    if (parsed.value === 0 && map.zeros === 'missing') {
      this.drop('zeroNoRow', where());
      return;
    }
    const unit = unitOf(observation.unit);
    if (unit !== undefined && unit.unit !== indicator.unit) {
      this.drop('unit', `${where()}: unit ${observation.unit} (${unit.unit}) for an indicator in ${indicator.unit}`);
      return;
    }
    const factor = map.scale ?? (unit?.factor ?? 1) * (observation.multiplier ?? 1);
    const scaled = (x: number): number => (factor === 1 ? x + 0 : tidyNumber(x * factor));
    const value = scaled(parsed.value);
    if (value < 0 && !indicator.signed) {
      this.drop('negative', `${where()}: ${value}`);
      return;
    }
    const bound = (raw: unknown): number | null => {
      if (raw === undefined) return null;
      const b = parseValue(raw);
      return b.ok ? scaled(b.value) : null;
    };
    const flag = mapFlag(observation.flag, map.flags);
    if (!flag.ok) this.flagNotes.add(flag.reason);
    const cell: Cell = { value, lower: bound(observation.lower), upper: bound(observation.upper), flag: flag.ok ? flag.value : null };

    const cells = this.cellsOf(map.bilateral ? this.bilateral : this.series, `${indicator.id}|${map.slice}`);
    const key = map.bilateral ? `${geo}|${origin}|${period.value}` : `${geo}|${period.value}`;
    const existing = cells.get(key);
    if (existing === undefined) {
      cells.set(key, cell);
    } else if (map.combine === 'sum') {
      existing.value = tidyNumber(existing.value + cell.value);
      existing.lower = null;
      existing.upper = null;
      existing.flag = higherFlag(existing.flag, cell.flag);
    } else if (map.combine === 'first') {
      this.drop('duplicate', `${indicator.id}/${map.slice} ${where()}: ${cell.value} ${cell.value === existing.value ? '(same value)' : `(kept ${existing.value})`}`);
    } else {
      this.ambiguous.push(`${indicator.id}/${map.slice} ${where()}: ${existing.value} and ${cell.value}`);
    }
  }

  private cellsOf(maps: Map<string, Map<string, Cell>>, key: string): Map<string, Cell> {
    let cells = maps.get(key);
    if (!cells) {
      cells = new Map();
      maps.set(key, cells);
    }
    return cells;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Parallel columns from rows; lower, upper and flag only when some row has one. */
function columnsOf(rows: { geo: string; period: string; cell: Cell }[]): Series['columns'] {
  rows.sort((a, b) => byText(a.geo, b.geo) || byText(a.period, b.period));
  const columns: Series['columns'] = {
    geo: rows.map((r) => r.geo),
    period: rows.map((r) => r.period),
    value: rows.map((r) => r.cell.value),
  };
  if (rows.some((r) => r.cell.lower !== null)) columns.lower = rows.map((r) => r.cell.lower);
  if (rows.some((r) => r.cell.upper !== null)) columns.upper = rows.map((r) => r.cell.upper);
  if (rows.some((r) => r.cell.flag !== null)) columns.flag = rows.map((r) => r.cell.flag);
  return columns;
}

export interface BuildOptions {
  config: Config;
  /** For the report. */
  configPath?: string;
  cacheDir: string;
  /** Where to write; without it nothing is written (the files and report are returned). */
  outDir?: string;
  /** The catalog's "generated" date (default: today, UTC). */
  generated?: string;
  /** Build from the sources that are cached and readable, leaving the others out (default: all or nothing). */
  partial?: boolean;
  /** Allow writing over public/data, the committed real snapshot. */
  replaceSnapshot?: boolean;
  boundaries?: Boundaries;
  resolver?: GeoResolver;
}

export interface BuildResult {
  files: Map<string, unknown>;
  report: BuildReport;
}

export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const { config } = options;
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir);
  if (outDir !== undefined && outDir === SNAPSHOT_DATA_DIR && options.replaceSnapshot !== true) {
    throw new BuildError(`refusing to replace the committed snapshot in ${SNAPSHOT_DATA_DIR} (npm run data:snapshot builds it): pass --replace-snapshot to do that on purpose`);
  }
  const generated = options.generated ?? new Date().toISOString().slice(0, 10);
  const resolver = options.resolver ?? createGeoResolver();
  const boundaries = options.boundaries ?? joinBoundaries();
  const indicatorConfigs = new Map(config.indicators.map((i) => [i.id, i]));
  const groups = new GroupTracker();
  const warnings: string[] = [];
  const sourceReports: SourceReport[] = [];
  const built: { source: SourceConfig; acc: SourceAccumulator; releaseDate: string; releaseFrom: 'data' | 'config' | 'retrieval'; report: SourceReport }[] = [];

  // First every cache, so that a missing or damaged one fails the build before any parsing.
  const caches = new Map<string, NonNullable<ReturnType<typeof readSourceCache>>>();
  for (const source of config.sources) {
    const report: SourceReport = { id: source.id, status: 'built', observations: 0, rows: 0, bilateralRows: 0, series: [], countries: 0, dropped: {}, notes: [] };
    sourceReports.push(report);
    try {
      const cache = readSourceCache(options.cacheDir, source.id);
      if (cache === undefined) {
        report.status = 'missing';
        report.error = `not in the cache ${reportPath(options.cacheDir)}: run npm run data:pull`;
      } else {
        caches.set(source.id, cache);
        report.retrieved = cache.manifest.retrieved;
        report.files = cache.files.length;
      }
    } catch (error) {
      report.status = 'failed';
      report.error = (error as Error).message;
    }
  }
  // After `data:pull --only …`, some caches are older than others: the build uses them, and says so.
  const retrievals = sourceReports.filter((r) => r.retrieved !== undefined).map((r) => ({ id: r.id, at: Date.parse(r.retrieved!) }));
  const newest = Math.max(...retrievals.map((r) => r.at));
  for (const { id, at } of retrievals) {
    const days = Math.floor((newest - at) / 86_400_000);
    if (days >= 1) warnings.push(`${id}: built from an older pull, retrieved ${new Date(at).toISOString().slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} before the newest (npm run data:pull -- --only ${id} refreshes it)`);
  }
  const partialReport = (): BuildReport => emptyReport(options, generated, sourceReports, warnings, groups);
  const failFast = (): void => {
    const problems = sourceReports.filter((r) => r.status !== 'built');
    if (problems.length > 0 && options.partial !== true) {
      throw new BuildError(
        `${problems.length} of ${config.sources.length} sources cannot be built (nothing written; use --partial to build the others):\n` +
          problems.map((p) => `  ✗ ${p.id}: ${p.status}: ${p.error ?? ''}`).join('\n'),
        partialReport(),
      );
    }
  };
  failFast();

  for (const source of config.sources) {
    const report = sourceReports.find((r) => r.id === source.id)!;
    const cache = caches.get(source.id);
    if (cache === undefined) continue;
    const acc = new SourceAccumulator(source, indicatorConfigs, resolver, groups);
    let read: ReadSourceResult;
    try {
      read = await readSource(source, cache.files, (entry, observation) => acc.add(entry, observation));
    } catch (error) {
      report.status = 'failed';
      report.error = (error as Error).message;
      failFast(); // without --partial, there is no point in reading the others
      continue;
    }
    if (acc.ambiguous.length > 0) {
      report.status = 'failed';
      report.error =
        `${acc.ambiguous.length} observations share a country and period with another, so which one is the figure cannot be told ` +
        `(${acc.ambiguous.slice(0, 5).join('; ')}${acc.ambiguous.length > 5 ? '; …' : ''}). ` +
        'Narrow the mapping with "where" (a breakdown such as age or sex left unfiltered?), or say how to combine them: "combine": "sum" or "first".';
      failFast();
      continue;
    }
    for (const entry of source.read) {
      if (!cache.files.some((file) => matchesFiles(entry.files, file.name))) continue; // an optional entry, skipped with a note
      for (const map of entry.series) {
        if ((acc.selectedBy.get(map) ?? 0) > 0 || read.observations === 0) continue;
        const where = Object.entries(map.where).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`);
        warnings.push(
          `${source.id}: the mapping to ${map.indicator}/${map.slice}${where.length ? ` where ${where.join(', ')}` : ''} (files "${entry.files}") matched no observation: ` +
            'check its codes against the "not selected" examples of the report',
        );
      }
    }
    report.observations = read.observations;
    report.notes.push(...read.notes, ...[...acc.flagNotes].map((f) => `${f}: kept without a flag`));
    report.dropped = acc.drops.toJSON();
    let releaseDate = read.releaseDate;
    let releaseFrom: 'data' | 'config' | 'retrieval' = 'data';
    if (releaseDate === undefined && source.releaseDate !== undefined) {
      releaseDate = source.releaseDate;
      releaseFrom = 'config';
    }
    if (releaseDate === undefined) {
      releaseDate = cache.manifest.retrieved.slice(0, 10);
      releaseFrom = 'retrieval';
      warnings.push(`${source.id}: no release date in the data or the config; the retrieval date ${releaseDate} is shown instead`);
    }
    report.releaseDate = releaseDate;
    report.releaseDateFrom = releaseFrom;
    built.push({ source, acc, releaseDate, releaseFrom, report });
  }
  failFast();

  // Series and bilateral files.
  const files = new Map<string, unknown>();
  const produced = new Map<string, Map<string, Set<string>>>(); // indicator → source → slices
  const bilateralBy = new Map<string, Map<string, Set<string>>>(); // indicator → source → slices with bilateral files
  const countriesWithData = new Set<string>();
  let seriesFiles = 0;
  let bilateralFiles = 0;
  for (const { source, acc, releaseDate, report } of built) {
    const countries = new Set<string>();
    let latest: string | undefined;
    let first: string | undefined;
    for (const [key, cells] of acc.series) {
      if (cells.size === 0) continue;
      const [indicator, slice] = key.split('|') as [string, string];
      const rows = [...cells].map(([k, cell]) => {
        const [geo, period] = k.split('|') as [string, string];
        return { geo, period, cell };
      });
      const payload: Series = {
        contract: CONTRACT_VERSION,
        indicator,
        source: source.id,
        slice,
        focus: null,
        releaseDate,
        columns: columnsOf(rows),
      };
      files.set(seriesPath(indicator, source.id, slice), payload);
      seriesFiles += 1;
      report.rows += rows.length;
      report.series.push(slice === TOTAL_SLICE ? indicator : `${indicator}/${slice}`);
      for (const r of rows) {
        countries.add(r.geo);
        if (latest === undefined || r.period > latest) latest = r.period;
        if (first === undefined || r.period < first) first = r.period;
      }
      const bySource = produced.get(indicator) ?? new Map<string, Set<string>>();
      bySource.set(source.id, (bySource.get(source.id) ?? new Set<string>()).add(slice));
      produced.set(indicator, bySource);
    }
    for (const [key, cells] of acc.bilateral) {
      const [indicator, slice] = key.split('|') as [string, string];
      const byFocus = new Map<string, { geo: string; period: string; cell: Cell }[]>();
      for (const [k, cell] of cells) {
        const [destination, origin, period] = k.split('|') as [string, string, string];
        const push = (focus: string, geo: string): void => {
          const list = byFocus.get(focus) ?? [];
          list.push({ geo, period, cell });
          byFocus.set(focus, list);
        };
        push(`destination|${destination}`, origin);
        push(`origin|${origin}`, destination);
        countries.add(destination);
        countries.add(origin);
        if (latest === undefined || period > latest) latest = period;
        if (first === undefined || period < first) first = period;
      }
      for (const [focusKey, rows] of byFocus) {
        const [role, geo] = focusKey.split('|') as ['origin' | 'destination', string];
        files.set(bilateralPath(indicator, source.id, role, geo, slice), {
          contract: CONTRACT_VERSION,
          indicator,
          source: source.id,
          slice,
          focus: { geo, role },
          releaseDate,
          columns: columnsOf(rows),
        } satisfies Series);
        bilateralFiles += 1;
      }
      report.bilateralRows += cells.size;
      if (cells.size > 0) {
        const bySource = bilateralBy.get(indicator) ?? new Map<string, Set<string>>();
        bySource.set(source.id, (bySource.get(source.id) ?? new Set<string>()).add(slice));
        bilateralBy.set(indicator, bySource);
      }
    }
    report.countries = countries.size;
    report.latestPeriod = latest;
    report.firstPeriod = first;
    for (const c of countries) countriesWithData.add(c);
    if (report.rows === 0 && report.bilateralRows === 0) {
      report.status = 'empty';
      warnings.push(`${source.id}: no rows after mapping and normalisation; left out of the catalog`);
    }
  }

  // The catalog.
  const catalogSources: Source[] = [];
  for (const { source, releaseFrom, report } of built) {
    if (report.status !== 'built' || report.latestPeriod === undefined) continue;
    const { caveats, i18n } = releaseFrom === 'retrieval' ? withRetrievalCaveat(source.caveats, source.i18n, report.releaseDate!) : { caveats: [...source.caveats], i18n: source.i18n };
    catalogSources.push({
      id: source.id,
      name: source.name,
      kind: source.kind,
      publisher: source.publisher,
      url: source.url,
      licence: source.licence,
      counts: source.counts,
      definition: source.definition,
      cadence: source.cadence,
      releaseDate: report.releaseDate!,
      latestPeriod: report.latestPeriod,
      ...(report.firstPeriod ? { firstPeriod: report.firstPeriod } : {}),
      countriesWithData: report.countries,
      caveats,
      demo: false,
      ...(source.coverage ? { coverage: source.coverage } : {}),
      ...(source.referenceDate ? { referenceDate: source.referenceDate } : {}),
      ...(source.comparesWith ? { comparesWith: source.comparesWith } : {}),
      ...(i18n ? { i18n } : {}),
    });
  }
  const indicators: Indicator[] = [];
  const indicatorReports: BuildReport['indicators'] = [];
  for (const config of [...indicatorConfigs.values()]) {
    const bySource = produced.get(config.id);
    const withBilateral = bilateralBy.get(config.id) ?? new Map<string, Set<string>>();
    const order = [...config.sources, ...built.map((b) => b.source.id).filter((id) => !config.sources.includes(id))];
    const declared = config.dimensions.flatMap((d) => d.values.map((value) => `${d.id}-${value.id}`));
    const refs: Indicator['sources'] = [];
    for (const id of order) {
      const slices = bySource?.get(id);
      const bilateralBreakdowns = declared.filter((s) => withBilateral.get(id)?.has(s));
      const bilateralRef = bilateralBreakdowns.length > 0 ? { bilateralBreakdowns } : {};
      if (!slices) {
        if (withBilateral.has(id)) refs.push({ id, breakdowns: [], total: false, ...bilateralRef });
        continue;
      }
      if (!slices.has(TOTAL_SLICE)) {
        warnings.push(`${config.id}: source ${id} has breakdowns but no total; left out of this indicator`);
        continue;
      }
      const breakdowns = declared.filter((s) => slices.has(s));
      const unreachable = bilateralBreakdowns.filter((s) => !slices.has(s));
      if (unreachable.length > 0) warnings.push(`${config.id}: source ${id} has bilateral figures by ${unreachable.join(', ')} but no series by ${unreachable.length === 1 ? 'it' : 'them'}: the app offers only the breakdowns of a source's series`);
      refs.push({ id, breakdowns, ...bilateralRef });
    }
    if (refs.length === 0) {
      warnings.push(`${config.id}: no source has figures for this indicator; left out of the catalog`);
      continue;
    }
    const bilateral = withBilateral.size > 0;
    if (bilateral) {
      const without = refs.filter((r) => !withBilateral.has(r.id)).map((r) => r.id);
      if (without.length > 0) warnings.push(`${config.id}: bilateral figures come from ${[...withBilateral.keys()].join(', ')} only; ${without.join(', ')} ha${without.length === 1 ? 's' : 've'} no bilateral/ files`);
    }
    indicators.push({
      id: config.id,
      label: config.label,
      unit: config.unit,
      description: config.description,
      topic: config.topic,
      signed: config.signed,
      bilateral,
      grain: config.grain,
      dimensions: config.dimensions.map(withDimensionTexts),
      sources: refs,
      ...(config.i18n ? { i18n: config.i18n } : {}),
    });
    indicatorReports.push({ id: config.id, sources: refs.map((r) => r.id), bilateral });
  }
  if (indicators.length === 0) throw new BuildError('no indicator has any figures: nothing to write', partialReport());
  const usedSources = new Set(indicators.flatMap((i) => i.sources.map((s) => s.id)));
  const sources = catalogSources.filter((s) => usedSources.has(s.id));

  const { countries, regions } = geographies(boundaries, resolver, countriesWithData);
  const catalog: Catalog = { contract: CONTRACT_VERSION, title: config.title, generated, sources, indicators, geographies: { countries, regions } };

  // Drop files of sources or indicators that did not make it into the catalog.
  const listed = new Set(indicators.flatMap((i) => i.sources.map((s) => `${i.id}|${s.id}`)));
  for (const [path, payload] of files) {
    const s = payload as Series;
    if (!listed.has(`${s.indicator}|${s.source}`)) {
      files.delete(path);
      if (s.focus === null) seriesFiles -= 1;
      else bilateralFiles -= 1;
    }
  }

  // Check everything with the app's validators.
  parseCatalog(catalog);
  const known = new Set(countries.map((c) => c.id));
  let rows = 0;
  let bilateralRows = 0;
  for (const [path, payload] of files) {
    const series = parseSeries(payload, path);
    for (const geo of series.columns.geo) if (!known.has(geo)) throw new BuildError(`${path}: country ${geo} is not in the catalog`);
    if (series.focus === null) rows += series.columns.geo.length;
    else if (series.focus.role === 'destination') bilateralRows += series.columns.geo.length;
  }
  files.set(catalogPath(), catalog);

  const report: BuildReport = {
    ...emptyReport(options, generated, sourceReports, warnings, groups),
    totals: {
      sources: sources.length,
      indicators: indicators.length,
      countries: countries.length,
      countriesWithData: countriesWithData.size,
      seriesFiles,
      bilateralFiles,
      rows,
      bilateralRows,
      dropped: sourceReports.reduce((n, s) => n + Object.entries(s.dropped).reduce((m, [k, e]) => m + (k === 'unmapped' || k === 'group' ? 0 : e.count), 0), 0),
      groups: groups.groups.size,
    },
    indicators: indicatorReports,
  };

  if (outDir !== undefined) {
    const out = new Map(files);
    out.set(REPORT_FILE, report);
    writeDatasetAtomically(outDir, out);
  }
  return { files, report };
}

/** A path for the report, which may be published with the data: relative to the repository when inside it. */
function reportPath(path: string): string {
  const rel = relative(ROOT, resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? basename(path) : rel;
}

function emptyReport(options: BuildOptions, generated: string, sources: SourceReport[], warnings: string[], groups: GroupTracker): BuildReport {
  return {
    generated,
    config: options.configPath === undefined ? '(in memory)' : reportPath(options.configPath),
    cache: reportPath(options.cacheDir),
    out: options.outDir === undefined ? null : reportPath(options.outDir),
    totals: { sources: 0, indicators: 0, countries: 0, countriesWithData: 0, seriesFiles: 0, bilateralFiles: 0, rows: 0, bilateralRows: 0, dropped: 0, groups: groups.groups.size },
    sources,
    indicators: [],
    groups: groups.toJSON(),
    warnings,
  };
}

/** The map's countries, plus any country with data that has no shape, with their regions. */
function geographies(boundaries: Boundaries, resolver: GeoResolver, withData: ReadonlySet<string>): { countries: Country[]; regions: Region[] } {
  const countries = [...boundaries.countries];
  const regions = [...boundaries.regions];
  const regionIds = new Set(regions.map((r) => r.id));
  const present = new Set(countries.map((c) => c.id));
  for (const id of [...withData].sort()) {
    if (present.has(id)) continue;
    const info = resolver.country(id);
    if (!info) throw new BuildError(`country ${id} has data but no entry in the country table`);
    countries.push({ id, name: info.name, region: info.region, subregion: info.subregion });
    if (!regionIds.has(info.region)) {
      regions.push({ id: info.region, name: info.regionName, parent: null });
      regionIds.add(info.region);
    }
    if (!regionIds.has(info.subregion)) {
      regions.push({ id: info.subregion, name: info.subregionName, parent: info.region });
      regionIds.add(info.subregion);
    }
  }
  countries.sort((a, b) => byText(a.id, b.id));
  return {
    countries,
    regions: regions.map(withRegionTexts),
  };
}
