import { lazy, Suspense, useCallback, useState } from 'react';
import type { Catalog, Series } from '../contract/schema';
import type { ResolvedView } from '../data/resolveView';
import { useT } from '../i18n/useT';
import { LoadingState } from '../components/PanelStatus';
import { Popover } from '../components/Popover';
import './shareTools.css';

// What the two menus hold loads when one is first opened.
const EmbedCode = lazy(() => import('../features/embed/EmbedCode').then((m) => ({ default: m.EmbedCode })));
const ExportPanel = lazy(() => import('../features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })));
const BriefingsPanel = lazy(() => import('../features/briefing/BriefingsPanel').then((m) => ({ default: m.BriefingsPanel })));

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  series: Series | null;
  period: string | null;
}

type Open = 'export' | 'briefings' | null;

/** Next to the Share button: "Embed & export" (iframe code, CSV, PNG, SVG) and "Views & briefings". */
export function ShareTools({ catalog, resolved, series, period }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState<Open>(null);
  const setExport = useCallback((next: boolean) => setOpen((current) => (next ? 'export' : current === 'export' ? null : current)), []);
  const setBriefings = useCallback((next: boolean) => setOpen((current) => (next ? 'briefings' : current === 'briefings' ? null : current)), []);

  return (
    <div className="share-tools">
      <Popover label={t('share.more')} title={t('share.more')} closeLabel={t('share.close')} open={open === 'export'} onOpenChange={setExport}>
        <Suspense fallback={<LoadingState />}>
          <EmbedCode resolved={resolved} period={period} />
          <ExportPanel catalog={catalog} resolved={resolved} series={series} period={period} />
        </Suspense>
      </Popover>
      <Popover
        label={t('briefing.button')}
        title={t('briefing.heading')}
        closeLabel={t('share.close')}
        open={open === 'briefings'}
        onOpenChange={setBriefings}
        className="popover--wide"
      >
        <Suspense fallback={<LoadingState />}>
          <BriefingsPanel catalog={catalog} resolved={resolved} period={period} />
        </Suspense>
      </Popover>
    </div>
  );
}
