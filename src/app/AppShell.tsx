import type { Catalog, Series } from '../contract/schema';
import type { ResolvedView } from '../data/resolveView';
import { useResolvedView, useViewSeries } from '../data/useViewData';
import { FilterBar } from '../features/filters/FilterBar';
import { Header } from '../components/Header';
import { MapPanel } from '../features/map/MapPanel';
import { IgnoredParamsNotice } from '../components/IgnoredParamsNotice';
import { ErrorState, LoadingState, QueryBoundary, EmptyState } from '../components/PanelStatus';
import { PanelTabs, tabId, tabPanelId } from './PanelTabs';
import { panelLabelKey } from '../i18n/panelLabels';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import { StatusNotices } from '../features/status/StatusNotices';
import { YourDataButton } from '../features/upload/YourDataButton';
import { ShareButton } from '../features/share/ShareButton';
import { ShareTools } from './ShareTools';
import { BriefingNotices } from '../features/briefing/BriefingNotices';
import { StoredSourcesNotice } from '../features/upload/StoredSourcesNotice';
import { SourceLine } from '../components/SourceLine';
import { FocusPrompt, isMissingFile } from '../components/FocusPrompt';
import { ViewSummary } from '../components/ViewSummary';
import { useT } from '../i18n/useT';
import { useCatalogReconcile } from '../state/useCatalogReconcile';
import { useViewStore } from '../state/store';
import type { Panel } from '../state/viewState';
import type { UseQueryResult } from '@tanstack/react-query';
import { Suspense } from 'react';
import { lazyPanel } from '../components/lazyPanel';

/**
 * The comparison, time-series, table and About panels load on first use (their charts, statistics and d3
 * modules stay out of the first load), and load again after a failure (offline, a server error).
 */
const ComparePanel = lazyPanel(() => import('../features/compare/ComparePanel').then((m) => m.default));
const SeriesPanel = lazyPanel(() => import('../features/series/SeriesPanel').then((m) => m.SeriesPanel));
const AboutPanel = lazyPanel(() => import('../features/about/AboutPanel').then((m) => m.default));
const TablePanel = lazyPanel(() => import('../features/table/TablePanel').then((m) => m.TablePanel));

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
      <BriefingNotices />
      <StoredSourcesNotice />
      <StatusNotices />
      {catalogQuery.isPending && <LoadingState />}
      {catalogQuery.isError && !catalog && (
        <ErrorState what={t('what.catalog')} error={catalogQuery.error} onRetry={() => void catalogQuery.refetch()} />
      )}
      {catalog && !resolved && <EmptyState>{t('state.catalogError')}</EmptyState>}
      {catalog && resolved && (
        <>
          {/* About the data is about every source: the view's filters do not apply to it. */}
          {panel !== 'about' && <FilterBar catalog={catalog} resolved={resolved} periods={periods} period={period} />}
          <div className="panel-bar">
            <PanelTabs />
            <ShareButton />
            <ShareTools catalog={catalog} resolved={resolved} series={seriesQuery.data ?? null} period={period} />
            <YourDataButton catalog={catalog} indicator={resolved.indicator.id} />
          </div>
          <main id="main" className="panel-area">
            <div role="tabpanel" id={tabPanelId(panel)} aria-labelledby={tabId(panel)} className="panel" tabIndex={-1}>
              <h2 className="visually-hidden">{t(panelLabelKey(panel))}</h2>
              <PanelErrorBoundary resetKeys={[panel, resolved.indicator.id, resolved.source.id]}>
                <PanelContent panel={panel} catalog={catalog} resolved={resolved} seriesQuery={seriesQuery} period={period} />
              </PanelErrorBoundary>
            </div>
          </main>
          {panel !== 'about' && <SourceLine source={resolved.source} indicator={resolved.indicator} />}
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

/** The panel's content; also the body of embed and presenter modes (SinglePanel.tsx). */
export function PanelContent({ panel, catalog, resolved, seriesQuery, period }: PanelProps) {
  const { t } = useT();
  const what = t('what.series', { indicator: resolved.indicator.label, source: resolved.source.name });
  const od = useViewStore((s) => s.view.map.od);
  // A source with figures between pairs of countries only has the focus country's as its series.
  const pairsOnly = !resolved.perCountry;
  switch (panel) {
    case 'map':
      return <MapPanel catalog={catalog} resolved={resolved} seriesQuery={seriesQuery} period={period} />;
    case 'series':
      if (pairsOnly) return <EmptyState>{t('series.pairsOnly', { indicator: resolved.indicator.label, source: resolved.source.name })}</EmptyState>;
      return (
        <Suspense fallback={<LoadingState />}>
          <SeriesPanel catalog={catalog} resolved={resolved} />
        </Suspense>
      );
    case 'compare':
      return (
        <Suspense fallback={<LoadingState />}>
          <ComparePanel catalog={catalog} resolved={resolved} />
        </Suspense>
      );
    case 'about':
      return (
        <Suspense fallback={<LoadingState />}>
          <AboutPanel catalog={catalog} />
        </Suspense>
      );
    case 'table':
      if (pairsOnly && (od === null || isMissingFile(seriesQuery.error)))
        return <FocusPrompt catalog={catalog} resolved={resolved} missing={od?.focus} />;
      return (
        <QueryBoundary query={seriesQuery} what={what}>
          {(series) => (
            <>
              <ViewSummary catalog={catalog} resolved={resolved} series={series} period={period} />
              <Suspense fallback={<LoadingState />}>
                <TablePanel catalog={catalog} resolved={resolved} series={series} period={period} />
              </Suspense>
            </>
          )}
        </QueryBoundary>
      );
    default:
      return <EmptyState>{t('panel.comingSoon')}</EmptyState>;
  }
}
