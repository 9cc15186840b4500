/**
 * Legends of the exported pictures, built from the same models the panels draw from, so that a
 * panel registers its export with one call. Pure.
 */
import type { ColorScale } from '../scales';
import type { LegendEntry } from './registry';

/** The no-data fill of the map (a flat grey in pictures; the map hatches it). */
export const NO_DATA_COLOR = '#e6e8ec';
export const FOCUS_COLOR = '#4d4d4d';
export const SELECTED_COLOR = '#111111';

export interface MapLegendInput {
  scale: ColorScale | null;
  /** Countries without a colour. */
  noData: number;
  format: (value: number) => string;
  countries: (count: number) => string;
  labels: { noData: string; focus: string | null; selected: string | null };
}

/** The map key: classes with their ranges and counts (or the colour bar), no data, focus, selection. */
export function mapLegendEntries({ scale, noData, format, countries, labels }: MapLegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (scale && scale.classes.length > 0) {
    for (const c of scale.classes) {
      const range = c.lower === c.upper ? format(c.lower) : `${format(c.lower)} – ${format(c.upper)}`;
      entries.push({ kind: 'swatch', color: c.color, label: `${range} (${countries(c.count)})` });
    }
  } else if (scale && scale.domain) {
    entries.push({ kind: 'gradient', label: '', stops: scale.gradient, ends: [format(scale.domain[0]), format(scale.domain[1])] });
  }
  entries.push({ kind: 'swatch', color: NO_DATA_COLOR, label: `${labels.noData} (${countries(noData)})` });
  if (labels.focus) entries.push({ kind: 'swatch', color: FOCUS_COLOR, label: labels.focus });
  if (labels.selected) entries.push({ kind: 'outline', color: SELECTED_COLOR, label: labels.selected });
  return entries;
}

/** The lines of a chart: colour, name, dashed when sparse. */
export function lineLegendEntries(lines: readonly { name: string; color: string; sparse?: boolean }[]): LegendEntry[] {
  return lines.map((line) => ({ kind: 'line', color: line.color, dash: line.sparse ?? false, label: line.name }));
}
