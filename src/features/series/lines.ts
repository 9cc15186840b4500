/**
 * Which lines the chart draws and how each looks. Pure.
 */
import type { Source } from '../../contract/schema';
import type { SeriesLines } from '../../state/viewState';
import type { ChartModel } from './buildSeries';
import { colorAt } from './palette';

/** One line per country (from one source), or one per source (for each country). */
export type LineMode = 'country' | 'source';

/** auto: one line per source when exactly one country is selected, else one per country. */
export function resolveMode(lines: SeriesLines, selectedCount: number): LineMode {
  if (lines === 'auto') return selectedCount === 1 ? 'source' : 'country';
  return lines;
}

export interface LineSpec {
  key: string;
  geo: string;
  sourceId: string;
  /** The line's name in the legend and the tooltip. */
  name: string;
  /** The text at the line's end; null: no direct label (another line of the same colour has it). */
  label: string | null;
  color: string;
  /**
   * Sparse figures (5-yearly or irregular, e.g. census rounds) are drawn as dots joined by
   * dashed segments, saying that nothing was measured in between; yearly and monthly ones as
   * solid lines.
   */
  sparse: boolean;
  /** True for an aggregate's line (World, a region, the EU): its name says so. */
  aggregate?: true;
}

/** A name without its trailing parenthesis ("Census & registers (demo)" → "Census & registers"), for labels at line ends. */
export function shortName(name: string): string {
  const short = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return short.length > 0 ? short : name;
}

export const lineKey = (geo: string, sourceId: string): string => `${geo}|${sourceId}`;

export const isSparse = (source: Pick<Source, 'cadence'>): boolean => source.cadence === '5-yearly' || source.cadence === 'irregular';

/**
 * The lines: in country mode one per country from the first source, coloured by country; in
 * source mode, for one country, one per source coloured by source; for several countries, one
 * per country and source, coloured by country (the source told apart by its style and name),
 * the country's name at the end of its first source's line only.
 */
export function lineSpecs(
  mode: LineMode,
  geos: readonly string[],
  sources: readonly Source[],
  countryName: (geo: string) => string,
  pairName: (country: string, source: string) => string,
): LineSpec[] {
  const out: LineSpec[] = [];
  if (mode === 'country') {
    const source = sources[0];
    if (!source) return out;
    geos.forEach((geo, i) => {
      const name = countryName(geo);
      out.push({ key: lineKey(geo, source.id), geo, sourceId: source.id, name, label: name, color: colorAt(i), sparse: isSparse(source) });
    });
    return out;
  }
  if (geos.length === 1) {
    const geo = geos[0] as string;
    sources.forEach((source, i) => {
      out.push({
        key: lineKey(geo, source.id),
        geo,
        sourceId: source.id,
        name: source.name,
        label: shortName(source.name),
        color: colorAt(i),
        sparse: isSparse(source),
      });
    });
    return out;
  }
  geos.forEach((geo, i) => {
    const country = countryName(geo);
    sources.forEach((source, j) => {
      out.push({
        key: lineKey(geo, source.id),
        geo,
        sourceId: source.id,
        name: pairName(country, source.name),
        label: j === 0 ? country : null,
        color: colorAt(i),
        sparse: isSparse(source),
      });
    });
  });
  return out;
}

/**
 * The lines of the chosen aggregates, after the countries' (`after` lines already drawn, for the
 * colours): one per aggregate from the first source in country mode, else one per aggregate and
 * source. Each is named as an aggregate by `aggregateName`.
 */
export function aggregateLineSpecs(
  mode: LineMode,
  aggregates: readonly { id: string; name: string }[],
  sources: readonly Source[],
  after: number,
  aggregateName: (name: string) => string,
  pairName: (aggregate: string, source: string) => string,
): LineSpec[] {
  const drawn = mode === 'country' ? sources.slice(0, 1) : sources;
  return aggregates.flatMap((aggregate, i) =>
    drawn.map((source, j) => {
      const name = aggregateName(aggregate.name);
      return {
        key: lineKey(aggregate.id, source.id),
        geo: aggregate.id,
        sourceId: source.id,
        name: drawn.length > 1 ? pairName(name, source.name) : name,
        label: j === 0 ? name : null,
        color: colorAt(after + i),
        sparse: isSparse(source),
        aggregate: true as const,
      };
    }),
  );
}

export interface ExclusionSummary {
  count: number;
  /** Names of the lines concerned, in line order. */
  names: string[];
}

/** What the chart leaves out, by reason, with the lines concerned (for the notes under the chart). */
export function summarize(model: ChartModel, names: ReadonlyMap<string, string>) {
  const make = (): ExclusionSummary => ({ count: 0, names: [] });
  const summary = { gaps: make(), nonPositive: make(), noPopulation: make(), noBase: make() };
  for (const line of model.lines) {
    const name = names.get(line.key) ?? line.key;
    const add = (entry: ExclusionSummary, count: number) => {
      if (count <= 0) return;
      entry.count += count;
      entry.names.push(name);
    };
    add(summary.gaps, line.missing);
    add(summary.nonPositive, line.excluded.nonPositive);
    add(summary.noPopulation, line.excluded.noPopulation);
    add(summary.noBase, line.excluded.noBase);
  }
  return summary;
}
