/**
 * The comparison's exports: the picture of the scatter (with the agreement statistics, a legend
 * of the plot's own marks and both sources' caveats in its notes) and "Data shown (CSV)", the
 * pairs in the table's order with the statistics in the header block (compareCsv.ts).
 */
import type { Indicator, Source } from '../../contract/schema';
import { unitKey } from '../../data/ties';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { exportFileName } from '../../lib/export/exportData';
import { useSvgChartExport } from '../../lib/export/usePanelExports';
import { useViewStore } from '../../state/store';
import { buildCompareCsv } from './compareCsv';
import type { PairModel } from './compareModel';
import { pairSortOf } from './disagreement';
import type { FocusChoice } from './focus';
import { formatPercent, formatRatio, formatStat } from './format';
import '../../i18n/enCompare';

interface Input {
  indicator: Indicator;
  a: Source;
  b: Source;
  /** null: nothing compared yet (nothing to export). */
  model: PairModel | null;
  tolerance: number;
  names: ReadonlyMap<string, string>;
  /** The slice compared ("total", or the view's breakdown for a focus place) and its words ("Age: 25–29"; null for the total). */
  slice: string;
  breakdown: string | null;
  /** The focus place of a pair compared for one place at a time. */
  focus: FocusChoice | null;
}

export function useCompareExports({ indicator, a, b, model, tolerance, names, slice, breakdown, focus }: Input): void {
  const { t, lang } = useT();
  const view = useViewStore((s) => s.view);
  const g = model?.agreement;
  const withBreakdown = (text: string) => (breakdown ? t('map.withBreakdown', { text, breakdown }) : text);
  const notes = g
    ? [
        t('compare.figure.stats', {
          n: g.n,
          r: formatStat(g.pearsonLog, lang),
          rho: formatStat(g.spearman, lang),
          mdape: formatPercent(g.medianApe, lang),
          bias: formatStat(g.meanLogRatio, lang),
          ratio: formatRatio(g.typicalRatio, lang),
          sd: formatStat(g.sdLogRatio, lang),
        }),
        ...[a, b].filter((s) => s.caveats.length > 0).map((s) => t('compare.figure.caveats', { source: s.name, caveats: s.caveats.join(' ') })),
      ]
    : [];
  useSvgChartExport('compare', {
    title: model ? withBreakdown(t('compare.scatter.title', { a: a.name, b: b.name, period: formatPeriod(model.period, lang) })) : null,
    subtitle: `A: ${a.name} (${t(`kind.${a.kind}`)}) · B: ${b.name} (${t(`kind.${b.kind}`)})`,
    svgSelector: '.compare-scatter > svg',
    legendSelector: '.compare-scatter .compare-legend',
    notes,
    sourceIds: [a.id, b.id],
    csv: model
      ? ({ link, today }) => ({
          name: exportFileName({
            panel: 'compare',
            indicator: indicator.id,
            source: `${a.id}-vs-${b.id}`,
            slice,
            focus: focus && { role: focus.role, geo: focus.focus },
            period: model.period,
            extension: 'csv',
          }),
          text: buildCompareCsv({
            indicator,
            breakdown,
            a,
            b,
            model,
            names,
            sort: pairSortOf(view.compareOptions.sort),
            selected: view.countries,
            tolerance,
            unitLabel: t(unitKey(indicator, a)),
            link,
            today,
            lang,
          }),
        })
      : undefined,
  });
}
