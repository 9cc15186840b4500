import type { Catalog, Series } from '../contract/schema';
import type { ResolvedView } from '../data/resolveView';
import { useResolvedView, useViewSeries } from '../data/useViewData';
import { FilterBar } from '../features/filters/FilterBar';
import { Header } from '../features/header/Header';
import { IgnoredParamsNotice } from '../features/notices/IgnoredParamsNotice';
import { ErrorState, LoadingState, QueryBoundary, EmptyState } from '../features/panels/PanelStatus';
import { PanelTabs, panelLabelKey, tabId, tabPanelId } from '../features/panels/PanelTabs';
import { ShareButton } from '../features/share/ShareButton';
import { SourceLine } from '../features/source/SourceLine';
import { TablePanel } from '../features/table/TablePanel';
import { ViewSummary } from '../features/summary/ViewSummary';
import { useT } from '../i18n/useT';
import { useCatalogReconcile } from '../state/useCatalogReconcile';
import { useViewStore } from '../state/store';
import type { Panel } from '../state/viewState';
import type { UseQueryResult } from '@tanstack/react-query';

export function AppShell() {
  const { t } = useT();
  const { catalogQuery, resolved } = useResolvedView();
  useCatalogReconcile(catalogQuery.data);
  const { seriesQuery, periods, period } = useViewSeries(resolved);
  const panel = useViewStore((s) => s.view.panel);
  const catalog = catalogQuery.data;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header demo={resolved?.source.demo ?? false} />
      <IgnoredParamsNotice />
      {catalogQuery.isPending && <LoadingState />}
      {catalogQuery.isError && (
        <ErrorState what={t('what.catalog')} error={catalogQuery.error} onRetry={() => void catalogQuery.refetch()} />
      )}
      {catalog && !resolved && <EmptyState>{t('state.catalogError')}</EmptyState>}
      {catalog && resolved && (
        <>
          <FilterBar catalog={catalog} resolved={resolved} periods={periods} />
          <div className="panel-bar">
            <PanelTabs />
            <ShareButton />
          </div>
          <main id="main" className="panel-area">
            <div role="tabpanel" id={tabPanelId(panel)} aria-labelledby={tabId(panel)} className="panel" tabIndex={-1}>
              <h2 className="visually-hidden">{t(panelLabelKey(panel))}</h2>
              <PanelContent panel={panel} catalog={catalog} resolved={resolved} seriesQuery={seriesQuery} period={period} />
            </div>
          </main>
          <SourceLine source={resolved.source} indicator={resolved.indicator} />
        </>
      )}
    </div>
  );
}

interface PanelProps {
  panel: Panel;
  catalog: Catalog;
  resolved: ResolvedView;
  seriesQuery: UseQueryResult<Series>;
  period: string | null;
}

function PanelContent({ panel, catalog, resolved, seriesQuery, period }: PanelProps) {
  const { t } = useT();
  const what = t('what.series', { indicator: resolved.indicator.label, source: resolved.source.name });
  switch (panel) {
    case 'table':
      return (
        <QueryBoundary query={seriesQuery} what={what}>
          {(series) => (
            <>
              <ViewSummary catalog={catalog} resolved={resolved} series={series} period={period} />
              <TablePanel catalog={catalog} resolved={resolved} series={series} period={period} />
            </>
          )}
        </QueryBoundary>
      );
    default:
      return <EmptyState>{t('panel.comingSoon')}</EmptyState>;
  }
}
