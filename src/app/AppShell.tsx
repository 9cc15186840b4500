import { Suspense } from 'react';
import { useResolvedView, useViewSeries } from '../data/useViewData';
import { FilterBar } from '../features/filters/FilterBar';
import { Header } from '../components/Header';
import { IgnoredParamsNotice } from '../components/IgnoredParamsNotice';
import { ErrorState, LoadingState, EmptyState } from '../components/PanelStatus';
import { PANEL_REGISTRY, PanelContent } from './panels';
import { PanelTabs, tabId, tabPanelId } from './PanelTabs';
import { panelLabelKey } from '../i18n/panelLabels';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import { StatusNotices } from '../features/status/StatusNotices';
import { YourDataButton } from '../features/upload/YourDataButton';
import { ShareButton } from '../features/share/ShareButton';
import { ShareTools } from './ShareTools';
import { BriefingNoticesSlot } from '../features/briefing/BriefingNoticesSlot';
import { StoredSourcesNotice } from '../features/upload/StoredSourcesNotice';
import { SourceLine } from '../components/SourceLine';
import { useT } from '../i18n/useT';
import { lazyPanel } from '../components/lazyPanel';
import { useCatalogReconcile } from '../state/useCatalogReconcile';
import { useViewStore } from '../state/store';
import { usePhone } from '../lib/useMediaQuery';
import { PanelModeContext } from '../components/panelMode';
import { PanelOptionsButton, usePanelOptions } from '../components/PanelOptions';
import { ProfileSlot } from './ProfileSlot';

// A phone's filter drawer loads only on a phone: a wider screen never needs it in its first load.
const FilterDrawer = lazyPanel(() => import('../features/filters/FilterDrawer').then((m) => m.FilterDrawer));
/** For the entry on a phone: the drawer's code (with the view's one-line summary) loads with the panel's, not after it. */
export const preloadFilterDrawer = FilterDrawer.preload;

export function AppShell() {
  const { t } = useT();
  const { catalogQuery, resolved } = useResolvedView();
  useCatalogReconcile(catalogQuery.data);
  const { seriesQuery, periods, period } = useViewSeries(resolved);
  const panel = useViewStore((s) => s.view.panel);
  const catalog = catalogQuery.data;
  // On a phone the figure comes first: the filters wait in a drawer behind a one-line summary.
  const phone = usePhone();
  const [optionsOpen, toggleOptions] = usePanelOptions(panel);
  const showOptions = !phone || optionsOpen;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header demo={resolved?.source.demo ?? false} />
      <IgnoredParamsNotice />
      <BriefingNoticesSlot />
      <StoredSourcesNotice />
      <StatusNotices />
      {catalogQuery.isPending && <LoadingState />}
      {catalogQuery.isError && !catalog && (
        <ErrorState what={t('what.catalog')} error={catalogQuery.error} onRetry={() => void catalogQuery.refetch()} />
      )}
      {catalog && !resolved && <EmptyState>{t('state.catalogError')}</EmptyState>}
      {catalog && resolved && (
        <>
          {PANEL_REGISTRY[panel].ofTheView &&
            (phone ? (
              <PanelErrorBoundary resetKeys={[phone]}>
                <Suspense fallback={null}>
                  <FilterDrawer
                    catalog={catalog}
                    resolved={resolved}
                    periods={periods}
                    period={period}
                    extra={
                      <PanelOptionsButton open={optionsOpen} onToggle={toggleOptions} controls={tabPanelId(panel)} className="filter-line__options" />
                    }
                  />
                </Suspense>
              </PanelErrorBoundary>
            ) : (
              <FilterBar catalog={catalog} resolved={resolved} periods={periods} period={period} />
            ))}
          <div className="panel-bar">
            <PanelTabs />
            <ShareButton />
            <ShareTools catalog={catalog} resolved={resolved} series={seriesQuery.data ?? null} period={period} />
            <YourDataButton catalog={catalog} indicator={resolved.indicator.id} />
          </div>
          <main id="main" className="panel-area">
            <div
              role="tabpanel"
              id={tabPanelId(panel)}
              aria-labelledby={tabId(panel)}
              className="panel"
              tabIndex={-1}
              data-options={showOptions ? 'open' : 'collapsed'}
            >
              <h2 className="visually-hidden">{t(panelLabelKey(panel))}</h2>
              <PanelModeContext.Provider value={{ mode: phone ? 'phone' : 'full', optionsOpen: showOptions }}>
                <PanelErrorBoundary resetKeys={[panel, resolved.indicator.id, resolved.source.id]}>
                  <PanelContent panel={panel} catalog={catalog} resolved={resolved} seriesQuery={seriesQuery} period={period} />
                </PanelErrorBoundary>
              </PanelModeContext.Provider>
            </div>
          </main>
          <ProfileSlot catalog={catalog} resolved={resolved} period={period} />
          {PANEL_REGISTRY[panel].ofTheView && <SourceLine source={resolved.source} indicator={resolved.indicator} sources={resolved.sources} />}
        </>
      )}
    </div>
  );
}
