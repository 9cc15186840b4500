/** Small snapshots made by hand, for the tests of the change report, the carry-over and the checks. */
import { bilateralPath, catalogPath, seriesPath } from '../../src/contract/paths';
import { CONTRACT_VERSION, type Catalog, type Indicator, type Series, type Source } from '../../src/contract/schema';

export type Row = [geo: string, period: string, value: number];

export function series(indicator: string, source: string, rows: Row[], slice = 'total', focus: Series['focus'] = null): Series {
  return {
    contract: CONTRACT_VERSION,
    indicator,
    source,
    slice,
    focus,
    releaseDate: '2026-01-01',
    columns: { geo: rows.map((r) => r[0]), period: rows.map((r) => r[1]), value: rows.map((r) => r[2]) },
  };
}

export const pathOf = (s: Series): string =>
  s.focus === null ? seriesPath(s.indicator, s.source, s.slice) : bilateralPath(s.indicator, s.source, s.focus.role, s.focus.geo, s.slice);

export function sourceEntry(id: string): Source {
  return {
    id,
    name: `Source ${id}`,
    kind: 'official',
    publisher: 'Publisher',
    url: null,
    licence: 'CC BY 4.0',
    counts: 'country-of-birth',
    definition: 'People born abroad.',
    cadence: 'yearly',
    releaseDate: '2026-01-01',
    latestPeriod: '2020',
    caveats: [],
    demo: false,
  };
}

export function indicatorEntry(id: string, sources: Indicator['sources'], dimensions: Indicator['dimensions'] = []): Indicator {
  return { id, label: id, unit: 'persons', description: '', topic: 'Stocks', signed: false, bilateral: false, grain: 'year', dimensions, sources };
}

/** The slices of one source's files: of its series, and of its bilateral files. */
interface Slices {
  series: Set<string>;
  bilateral: Set<string>;
}

/** A source entry: its series' breakdowns, and its bilateral files' when it has any besides the total. */
function sourceRef(id: string, slices: Slices): Indicator['sources'][number] {
  const breakdowns = [...slices.series].filter((x) => x !== 'total');
  const bilateralBreakdowns = [...slices.bilateral].filter((x) => x !== 'total');
  return bilateralBreakdowns.length > 0 ? { id, breakdowns, bilateralBreakdowns } : { id, breakdowns };
}

/** A snapshot (path → payload) of these series, with a catalog listing their sources and countries. */
export function snapshot(items: readonly Series[], catalog: Partial<Catalog> = {}): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const byIndicator = new Map<string, Map<string, Slices>>();
  const countries = new Set<string>();
  for (const s of items) {
    files.set(pathOf(s), s);
    const bySource = byIndicator.get(s.indicator) ?? new Map<string, Slices>();
    const slices = bySource.get(s.source) ?? { series: new Set<string>(), bilateral: new Set<string>() };
    (s.focus === null ? slices.series : slices.bilateral).add(s.slice);
    bySource.set(s.source, slices);
    byIndicator.set(s.indicator, bySource);
    for (const geo of [...s.columns.geo, ...(s.focus ? [s.focus.geo] : [])]) countries.add(geo);
  }
  const sourceIds = [...new Set(items.map((s) => s.source))];
  files.set(catalogPath(), {
    contract: CONTRACT_VERSION,
    title: 'Test',
    generated: '2026-01-01',
    sources: sourceIds.map(sourceEntry),
    indicators: [...byIndicator].map(([id, bySource]) => {
      const sources = [...bySource].map(([source, slices]) => sourceRef(source, slices));
      return { ...indicatorEntry(id, sources), bilateral: sources.some((ref) => ref.bilateralBreakdowns !== undefined) };
    }),
    geographies: { countries: [...countries].sort().map((id) => ({ id, name: id, region: 'europe', subregion: 'western-europe' })), regions: [] },
    ...catalog,
  } satisfies Catalog);
  return files;
}
