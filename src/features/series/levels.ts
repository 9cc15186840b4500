/**
 * Which lines the Time series panel can draw when the places chosen are of different levels
 * (countries, NUTS regions, US states): a source's figures are for units of one level, so a line
 * joins a place only to the sources of its level; the others are left out and said so, never
 * drawn for a place they have no figures for. Pure.
 */
import type { LevelId } from '../../contract/levels';
import type { Source } from '../../contract/schema';

export interface LevelLines {
  /** The sources with a line for at least one place, in the order given. */
  sources: Source[];
  /** Whether a place has a line from a source. */
  drawn: (geo: string, sourceId: string) => boolean;
  /** By level of the sources left out: the sources and the places they have no line for. */
  absent: { level: LevelId; sources: Source[]; places: string[] }[];
}

export function linesAtLevels(
  places: readonly string[],
  sources: readonly Source[],
  placeLevel: (geo: string) => LevelId,
  sourceLevel: (source: Source) => LevelId,
): LevelLines {
  const levelOf = new Map(sources.map((s) => [s.id, sourceLevel(s)]));
  const drawn = (geo: string, sourceId: string) => levelOf.get(sourceId) === placeLevel(geo);
  const kept = sources.filter((s) => places.some((geo) => drawn(geo, s.id)));
  const absent = new Map<LevelId, { level: LevelId; sources: Source[]; places: string[] }>();
  for (const source of sources) {
    const missing = places.filter((geo) => !drawn(geo, source.id));
    if (missing.length === 0) continue;
    const level = levelOf.get(source.id) as LevelId;
    const entry = absent.get(level) ?? { level, sources: [], places: [] };
    entry.sources.push(source);
    for (const geo of missing) if (!entry.places.includes(geo)) entry.places.push(geo);
    absent.set(level, entry);
  }
  return { sources: kept, drawn, absent: [...absent.values()] };
}
