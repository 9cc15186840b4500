import { useState } from 'react';
import type { Catalog } from '../../contract/schema';
import { useLocalSources, type LocalSource, type LocalSourceStore } from '../../data/localSources';
import { formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { slugify } from './buildSource';
import { buildCsv, exportFileName, isoDay } from '../../lib/export/exportData';
import { downloadBlob } from '../../lib/export/imageExport';
import { shareLink } from '../../lib/viewLinks';
import { sourceViewSearch } from './sourceLink';
import { dropSourceFromView, showSource } from './viewSource';
import { catalogIndex } from '../../data/catalogIndex';
import '../../i18n/enUpload';

/** The sources added before: each can be shown, exported as CSV or removed. */
export function YourSources({ catalog, store, onShow }: { catalog: Catalog; store: LocalSourceStore; onShow: () => void }) {
  const { t, lang } = useT();
  const entries = useLocalSources();
  const [message, setMessage] = useState('');
  if (entries.length === 0 && message === '') return null;
  const labelOf = (entry: LocalSource) => catalogIndex(catalog).indicator(entry.indicator)?.label;

  function show(entry: LocalSource) {
    showSource(entry.indicator, entry.source.id);
    onShow();
  }

  /** The source as the app's "full series" CSV (header block, then every row), which this dialog reads back. */
  function exportSource(entry: LocalSource) {
    const indicator = catalogIndex(catalog).indicator(entry.indicator);
    if (!indicator) return;
    const source = catalogIndex(catalog).source(entry.source.id) ?? entry.source;
    const csv = buildCsv(
      {
        catalog,
        indicator,
        source,
        slice: 'total',
        series: entry.series,
        period: null,
        selected: [],
        link: shareLink(sourceViewSearch(entry.indicator, entry.source.id, lang)),
        today: isoDay(new Date()),
        unitLabel: t(`unit.${indicator.unit}`),
        lang,
      },
      'full',
    );
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName({ indicator: indicator.id, source: slugify(entry.source.name) || entry.source.id, period: 'all-periods', extension: 'csv' }),
    );
  }

  async function remove(entry: LocalSource) {
    dropSourceFromView(entry.source.id);
    await store.remove(entry.source.id);
    setMessage(t('upload.list.removed', { name: entry.source.name }));
  }

  return (
    <section className="your-sources" aria-label={t('upload.list.title')}>
      <h3>{t('upload.list.title')}</h3>
      <ul>
        {entries.map((entry) => {
          const label = labelOf(entry);
          const name = entry.source.name;
          return (
            <li key={entry.source.id}>
              <span>
                <strong>{name}</strong> —{' '}
                {label
                  ? t('upload.list.item', {
                      indicator: label,
                      rows: formatValue(entry.series.columns.geo.length, 'persons', lang),
                      file: entry.file.name,
                    })
                  : t('upload.list.missingIndicator')}
              </span>
              <span className="your-sources__actions">
                {label && (
                  <button type="button" className="button-quiet" aria-label={t('upload.list.showLabel', { name })} onClick={() => show(entry)}>
                    {t('upload.list.show')}
                  </button>
                )}
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('upload.list.exportLabel', { name })}
                  onClick={() => exportSource(entry)}
                >
                  {t('upload.list.export')}
                </button>
                <button type="button" className="button-quiet" aria-label={t('upload.list.removeLabel', { name })} onClick={() => void remove(entry)}>
                  {t('upload.list.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
