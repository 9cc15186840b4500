import { useState } from 'react';
import type { Catalog, Series, Source } from '../../contract/schema';
import { bilateralRefOf } from '../../data/bilateralChoice';
import { useBilateral } from '../../data/queries';
import type { ResolvedView } from '../../data/resolveView';
import { unitKey } from '../../data/ties';
import { catalogIndex } from '../../data/catalogIndex';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { fullSearch, shareLink } from '../../lib/viewLinks';
import { buildCsv, exportFileName, isoDay, shownFilePeriod, type CsvKind, type ExportContext } from '../../lib/export/exportData';
import { downloadBlob, renderPanelImage, type ImageFormat } from '../../lib/export/imageExport';
import { useExportAvailable, useExportRegistry } from '../../lib/export/registry';
import './export.css';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  /** The series of the view's indicator, source and breakdown (null while it loads). */
  series: Series | null;
  period: string | null;
}

type Status = { kind: 'working' | 'done' | 'failed'; text: string } | null;

/** The Download section of the Share menu: CSV of the data shown and of the full series; PNG and SVG of the panel. */
export function ExportPanel({ catalog, resolved, series, period }: Props) {
  const { t, lang } = useT();
  const view = useViewStore((s) => s.view);
  const registry = useExportRegistry();
  const imageAvailable = useExportAvailable(view.panel);
  const [status, setStatus] = useState<Status>(null);
  const { indicator, source } = resolved;

  // In origin–destination mode the map shows a bilateral slice: that is the data shown (on every
  // panel, for a source with figures between pairs of countries only).
  const od = (view.panel === 'map' || !resolved.perCountry) && indicator.bilateral ? view.map.od : null;
  const bilateralQuery = useBilateral(bilateralRefOf(resolved, od));
  const shown = od ? (bilateralQuery.data ?? null) : series;
  const focusName = od ? catalogIndex(catalog).countryName(od.focus) : null;

  const link = shareLink(fullSearch(view));
  const today = isoDay(new Date());
  const baseName = { indicator: indicator.id, source: source.id, slice: resolved.slice, focus: od ? { role: od.role, geo: od.focus } : null };

  function csvFile(kind: CsvKind): { name: string; text: string } | null {
    // A panel that draws more than the view's table (the time series' lines) gives its own.
    const panelCsv = kind === 'shown' ? registry.csv(view.panel) : null;
    if (panelCsv) return panelCsv({ link, today });
    if (!shown) return null;
    const context: ExportContext = {
      catalog,
      indicator,
      source,
      slice: resolved.slice,
      series: shown,
      period,
      selected: view.countries,
      link,
      today,
      unitLabel: t(unitKey(indicator, source)),
      lang,
      focus: od && focusName ? { role: od.role, geo: od.focus, name: focusName } : null,
      tablePeriods: view.panel === 'table' ? view.tablePeriods : null,
    };
    const name = exportFileName({
      ...baseName,
      period: kind === 'shown' ? shownFilePeriod(period, context.tablePeriods) : 'all-periods',
      extension: 'csv',
    });
    return { name, text: buildCsv(context, kind) };
  }

  function saveCsv(kind: CsvKind) {
    const file = csvFile(kind);
    if (!file) {
      setStatus({ kind: 'failed', text: t('export.failed', { reason: t('export.noData') }) });
      return;
    }
    downloadBlob(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.name);
    setStatus({ kind: 'done', text: t('export.done', { file: file.name }) });
  }

  async function saveImage(format: ImageFormat) {
    const panelExport = registry.get(view.panel);
    const windowText =
      view.panel === 'series'
        ? view.series.from || view.series.to
          ? `${view.series.from ?? 'start'}-${view.series.to ?? 'end'}`
          : 'all-periods'
        : period;
    const name = exportFileName({ ...baseName, panel: view.panel, period: windowText, extension: format });
    if (!panelExport) {
      setStatus({ kind: 'failed', text: t('export.failed', { reason: t('export.imageUnavailable') }) });
      return;
    }
    setStatus({ kind: 'working', text: t('export.working', { file: name }) });
    try {
      // The view's source, or every source the picture shows (a comparison shows two).
      const pictured = (panelExport.sourceIds ?? [source.id])
        .map((id) => catalogIndex(catalog).source(id))
        .filter((s): s is Source => s !== undefined);
      const lines = (pictured.length > 0 ? pictured : [source]).map((s) =>
        t('export.sourceLine', {
          source: s.name,
          publisher: s.publisher,
          date: formatDate(s.id === source.id ? (shown?.releaseDate ?? s.releaseDate) : s.releaseDate, lang),
          licence: s.licence,
        }),
      );
      const sourceLine = lines.join(' ');
      const demo = pictured.some((s) => s.demo) || source.demo;
      const blob = await renderPanelImage(
        panelExport,
        {
          source: demo ? `${sourceLine} ${t('demo.badge')}: ${t('demo.explanation')}` : sourceLine,
          footer: t('export.footer', { date: formatDate(today, lang), link }),
          description: `${panelExport.title}. ${sourceLine}`,
          watermark: demo ? t('export.demoMark') : null,
        },
        format,
      );
      downloadBlob(blob, name);
      setStatus({ kind: 'done', text: t('export.done', { file: name }) });
    } catch (error) {
      setStatus({ kind: 'failed', text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  const imageHint = view.panel === 'table' ? t('export.tableCsvOnly') : t('export.imageUnavailable');

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <ul className="export-panel__actions">
        <li>
          <button type="button" onClick={() => saveCsv('shown')} disabled={!shown}>
            {t('export.csvShown')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => saveCsv('full')} disabled={!shown}>
            {t('export.csvFull')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void saveImage('png')} disabled={!imageAvailable}>
            {t('export.png')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void saveImage('svg')} disabled={!imageAvailable}>
            {t('export.svg')}
          </button>
        </li>
      </ul>
      {!imageAvailable && <p className="hint">{imageHint}</p>}
      <p className="hint">{t('export.csvHint')}</p>
      <p role="status" className={`export-panel__status${status?.kind === 'failed' ? ' export-panel__status--failed' : ''}`}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
