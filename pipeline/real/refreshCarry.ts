/**
 * Sources that a refresh does not pull (no publisher API: a one-off research file, a past census)
 * are carried over from the committed snapshot as they are: their series and bilateral files, their
 * catalog entries and their place in each indicator. Pure: both snapshots are payloads.
 */
import { catalogPath } from '../../src/contract/paths';
import type { Catalog, Indicator, Series } from '../../src/contract/schema';
import type { Payloads } from './changes';

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/** Items of `first`, then those of `second` whose id is not among them. */
function union<T extends { id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const ids = new Set(first.map((item) => item.id));
  return [...first, ...second.filter((item) => !ids.has(item.id))];
}

/** A carried breakdown must stay declared even when the refreshed indicator has fewer values. */
function mergeDimensions(base: Indicator['dimensions'], other: Indicator['dimensions']): Indicator['dimensions'] {
  const others = byId(other);
  const merged = base.map((d) => {
    const extra = others.get(d.id);
    return extra === undefined ? d : { ...d, values: union(d.values, extra.values) };
  });
  return union(merged, other);
}

function mergeIndicator(
  fresh: Indicator | undefined,
  previous: Indicator | undefined,
  carried: ReadonlySet<string>,
  hasBilateral: boolean,
): Indicator | undefined {
  const freshRefs = fresh?.sources ?? [];
  const carriedRefs = (previous?.sources ?? []).filter((ref) => carried.has(ref.id));
  // The committed order, with each refreshed source where it was; new ones after.
  const refs = union(
    (previous?.sources ?? []).flatMap((ref) => (carried.has(ref.id) ? [ref] : freshRefs.filter((f) => f.id === ref.id))),
    freshRefs,
  );
  if (refs.length === 0) return undefined;
  if (carriedRefs.length === 0) return fresh;
  if (fresh === undefined) return { ...previous!, bilateral: hasBilateral, sources: refs };
  return { ...fresh, dimensions: mergeDimensions(fresh.dimensions, previous!.dimensions), bilateral: hasBilateral, sources: refs };
}

export interface Carried {
  files: Map<string, unknown>;
  /** The ids of the sources carried over, in the committed catalog's order. */
  carried: string[];
}

/**
 * The fresh build plus every source of the committed snapshot that `pulled` does not name.
 * The fresh build's catalog wins for what both have (title, date, refreshed sources, indicators).
 */
export function carryOver(fresh: Payloads, previous: Payloads | null, pulled: ReadonlySet<string>): Carried {
  const files = new Map(fresh);
  if (previous === null) return { files, carried: [] };
  const committed = previous.get(catalogPath()) as Catalog;
  const built = fresh.get(catalogPath()) as Catalog;
  const carried = committed.sources.filter((s) => !pulled.has(s.id)).map((s) => s.id);
  if (carried.length === 0) return { files, carried };
  const carriedSet = new Set(carried);

  const bilateral = new Set<string>();
  for (const [path, payload] of previous) {
    if (!path.startsWith('series/') && !path.startsWith('bilateral/')) continue;
    if (carriedSet.has((payload as Series).source)) files.set(path, payload);
  }
  for (const path of files.keys()) if (path.startsWith('bilateral/')) bilateral.add(path.split('/')[1]!);

  const freshSources = byId(built.sources);
  const sources = union(
    committed.sources.flatMap((s) => (carriedSet.has(s.id) ? [s] : freshSources.has(s.id) ? [freshSources.get(s.id)!] : [])),
    built.sources,
  );
  const freshIndicators = byId(built.indicators);
  const committedIndicators = byId(committed.indicators);
  const indicators = union(committed.indicators, built.indicators).flatMap((i) => {
    const merged = mergeIndicator(freshIndicators.get(i.id), committedIndicators.get(i.id), carriedSet, bilateral.has(i.id));
    return merged === undefined ? [] : [merged];
  });
  const countries = union(built.geographies.countries, committed.geographies.countries).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const regions = union(built.geographies.regions, committed.geographies.regions);
  // The levels below the country and their units, for carried sources at those levels.
  const levels = union(built.geographies.levels ?? [], committed.geographies.levels ?? []);
  const units = union(built.geographies.units ?? [], committed.geographies.units ?? []);
  const below = levels.length > 0 ? { levels, units } : {};
  files.set(catalogPath(), { ...built, sources, indicators, geographies: { countries, regions, ...below } } satisfies Catalog);
  return { files, carried };
}
