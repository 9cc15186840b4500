/**
 * One-line registrations of the existing panels with the image-export registry, so that the
 * panels' own files only call a hook:
 *
 *   MapPanel:    useMapExport({ … })               title, legend and notes of the map
 *   MapCanvas:   useMapSnapshotExport(readyMap)    the picture (a WebGL snapshot)
 *   SeriesPanel: useSeriesExport({ … })            title, line legend and the chart's SVG
 *   ComparePanel: useSvgChartExport('compare', …)  the scatter plot's SVG, its legend read from the page
 */
import type { Unit } from '../../contract/schema';
import { formatCompact } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { Classification, Panel } from '../../state/viewState';
import type { ColorScale } from '../scales';
import type { snapshotWebGlCanvas } from './imageExport';
import { lineLegendEntries, mapLegendEntries } from './panelLegends';
import { useRegisterExport, type ExportGraphic, type LegendEntry, type PanelCsv } from './registry';

interface MapExportInput {
  title: string;
  source: string;
  unit: Unit;
  /** The unit in words, as the map's legend says it. */
  unitLabel: string;
  /** The map's model (src/features/map/mapModel.ts): its colour scale and how many countries have no value. */
  model: { scale: ColorScale; noData: number } | null;
  classification: Classification;
  /** The focus drawn on the map, as the legend says it ("Focus region: Stuttgart, Germany"); null: none. */
  focusText: string | null;
  selectedCount: number;
  /** How many places, below the country level ("12 regions"); absent: countries. */
  countText?: (count: number) => string;
  /** The boundaries' credit line; absent: the countries'. */
  credit?: string;
}

export function useMapExport({
  title,
  source,
  unit,
  unitLabel,
  model,
  classification,
  focusText,
  selectedCount,
  countText,
  credit,
}: MapExportInput): void {
  const { t, lang } = useT();
  const log = model ? model.scale.transform !== 'linear' : false;
  useRegisterExport('map', {
    title,
    subtitle: source,
    legendTitle: t('map.legend', { unit: unitLabel }),
    legend: mapLegendEntries({
      scale: model?.scale ?? null,
      noData: model?.noData ?? 0,
      format: (value) => formatCompact(value, unit, lang),
      countries: countText ?? ((count) => (count === 1 ? t('map.legend.oneCountry') : t('map.legend.countries', { count }))),
      labels: {
        noData: t('map.legend.noData'),
        focus: focusText,
        selected: selectedCount > 0 ? t('map.legend.selected') : null,
      },
    }),
    notes: [
      `${t('map.legend.classes', { method: t(`map.class.${classification}`) })}${log ? ` · ${t('map.legend.log')}` : ''}`,
      credit ?? t('map.credit'),
    ],
  });
}

type SnapshotTarget = Parameters<typeof snapshotWebGlCanvas>[0];

/** Registers the map's picture while the map is ready (null: not yet, or gone). The export code loads when a picture is asked for. */
export function useMapSnapshotExport(map: SnapshotTarget | null): void {
  useRegisterExport('map', map ? { graphic: async () => (await import('./imageExport')).snapshotWebGlCanvas(map) } : null);
}

interface SeriesExportInput {
  title: string;
  /** The lines drawn, in legend order. */
  lines: readonly { name: string; color: string; sparse?: boolean }[];
  /** Whether a chart is on screen. */
  drawn: boolean;
  notes?: readonly string[];
  /** "Data shown (CSV)": the lines drawn. */
  csv?: PanelCsv;
  /** The sources of the lines drawn (for the picture's source lines and the caveats under the panel). */
  sourceIds?: readonly string[];
}

/** The time-series chart's SVG (the plot, not the overview under it). */
function seriesSvg(): ExportGraphic | null {
  const svg = document.querySelector<SVGSVGElement>('.series-figure .series-chart__plot svg');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  return { kind: 'svg', svg, width: box.width, height: box.height };
}

export function useSeriesExport({ title, lines, drawn, notes, csv, sourceIds }: SeriesExportInput): void {
  const { t } = useT();
  useRegisterExport('series', {
    title,
    sourceIds: sourceIds && sourceIds.length > 0 ? sourceIds : undefined,
    legendTitle: t('series.legend'),
    legend: lineLegendEntries(lines),
    notes: notes ?? [],
    graphic: drawn ? seriesSvg : undefined,
    csv,
  });
}

/** The first <svg> matching a selector, as an export graphic. */
function svgGraphic(selector: string): ExportGraphic | null {
  const svg = document.querySelector<SVGSVGElement>(selector);
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  return { kind: 'svg', svg, width: box.width, height: box.height };
}

/**
 * A legend read from a list next to a chart: each item's text, with the first shape in it: a line
 * sample, or a filled mark drawn as the same path (a region's triangle stays a triangle).
 */
export function legendFromList(selector: string): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const item of document.querySelectorAll<HTMLElement>(`${selector} > li`)) {
    const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!label) continue;
    const shape = item.querySelector('path, circle, rect, line, polyline');
    if (!shape) {
      entries.push({ kind: 'text', label });
      continue;
    }
    const style = window.getComputedStyle(shape);
    const fill = style.fill && style.fill !== 'none' && !/rgba\(0, 0, 0, 0\)/.test(style.fill) ? style.fill : null;
    const path = shape.tagName.toLowerCase() === 'path' ? shape.getAttribute('d') : null;
    if (shape.tagName.toLowerCase() === 'line' || !fill) {
      entries.push({ kind: 'line', color: style.stroke || '#545d68', dash: style.strokeDasharray !== 'none' && style.strokeDasharray !== '', label });
    } else if (path) entries.push({ kind: 'symbol', path, color: fill, label });
    else entries.push({ kind: 'swatch', color: fill, label });
  }
  return entries;
}

interface SvgChartInput {
  /** null: nothing drawn, nothing to export. */
  title: string | null;
  /** Where the chart's <svg> is, e.g. '.compare-scatter > svg'. */
  svgSelector: string;
  /** The list (ul/ol) of the chart's legend, if it has one. */
  legendSelector?: string;
  legendTitle?: string;
  notes?: readonly string[];
  /** The sources the chart shows, for the source line (default: the view's source). */
  sourceIds?: readonly string[];
  subtitle?: string;
  /** The panel's own "Data shown (CSV)" (see PanelExportPart.csv). */
  csv?: PanelCsv;
}

/** Registers an SVG chart found in the page as the panel's picture. */
export function useSvgChartExport(
  panel: Panel,
  { title, svgSelector, legendSelector, legendTitle, notes, sourceIds, subtitle, csv }: SvgChartInput,
): void {
  useRegisterExport(
    panel,
    title === null
      ? null
      : {
          title,
          subtitle,
          legendTitle,
          legend: legendSelector ? () => legendFromList(legendSelector) : [],
          notes: notes ?? [],
          sourceIds,
          csv,
          graphic: () => svgGraphic(svgSelector),
        },
  );
}
