import { Suspense, type ComponentType } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Catalog, Series } from '../contract/schema';
import type { ResolvedView } from '../data/resolveView';
import { MapPanel } from '../features/map/MapPanel';
import { EmptyState, LoadingState, QueryBoundary } from '../components/PanelStatus';
import { FocusPrompt, isMissingFile } from '../components/FocusPrompt';
import { ViewSummary } from '../components/ViewSummary';
import { lazyPanel } from '../components/lazyPanel';
import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';
import type { Panel } from '../state/viewState';

/**
 * The comparison, time-series, table and About panels load on first use (their charts, statistics and d3
 * modules stay out of the first load), and load again after a failure (offline, a server error).
 */
const ComparePanel = lazyPanel(() => import('../features/compare/ComparePanel').then((m) => m.default));
const SeriesPanel = lazyPanel(() => import('../features/series/SeriesPanel').then((m) => m.SeriesPanel));
const AboutPanel = lazyPanel(() => import('../features/about/AboutPanel').then((m) => m.default));
const TablePanel = lazyPanel(() => import('../features/table/TablePanel').then((m) => m.TablePanel));

export interface PanelBodyProps {
  catalog: Catalog;
  resolved: ResolvedView;
  seriesQuery: UseQueryResult<Series>;
  period: string | null;
}

export interface PanelEntry {
  Body: ComponentType<PanelBodyProps>;
  /** false for a panel about every source (About the data): the view's filters and source line are not shown with it. */
  ofTheView: boolean;
  /** Starts the panel's code loading (a lazily loaded panel), for the entry to call for the panel a link opens; settles once it has loaded or failed. */
  preload?: () => Promise<void>;
}

/** A country picked in a panel opens its profile card (the store's action, stable across renders). */
const openProfile = (geo: string) => useViewStore.getState().openProfile(geo);

function SeriesBody({ catalog, resolved }: PanelBodyProps) {
  const { t } = useT();
  // A source with figures between pairs of countries only has no line per country.
  if (!resolved.perCountry)
    return <EmptyState>{t('series.pairsOnly', { indicator: resolved.indicator.label, source: resolved.source.name })}</EmptyState>;
  return (
    <Suspense fallback={<LoadingState />}>
      <SeriesPanel catalog={catalog} resolved={resolved} />
    </Suspense>
  );
}

function TableBody({ catalog, resolved, seriesQuery, period }: PanelBodyProps) {
  const { t } = useT();
  const od = useViewStore((s) => s.view.map.od);
  // A source with figures between pairs of countries only has the focus country's as its series.
  if (!resolved.perCountry && (od === null || isMissingFile(seriesQuery.error)))
    return <FocusPrompt catalog={catalog} resolved={resolved} missing={od?.focus} />;
  return (
    <QueryBoundary query={seriesQuery} what={t('what.series', { indicator: resolved.indicator.label, source: resolved.source.name })}>
      {(series) => (
        <>
          {/* Below the country the Table shows the summary in its level's words, which come with its code. */}
          {(series.level ?? 'country') === 'country' && <ViewSummary catalog={catalog} resolved={resolved} series={series} period={period} />}
          <Suspense fallback={<LoadingState />}>
            <TablePanel catalog={catalog} resolved={resolved} series={series} period={period} />
          </Suspense>
        </>
      )}
    </QueryBoundary>
  );
}

/** Every panel, by its id in the view: adding an id to PANELS makes TypeScript ask for its entry here. */
export const PANEL_REGISTRY: Record<Panel, PanelEntry> = {
  map: { Body: MapPanel, ofTheView: true },
  series: { Body: SeriesBody, ofTheView: true, preload: SeriesPanel.preload },
  compare: {
    Body: ({ catalog, resolved }) => (
      <Suspense fallback={<LoadingState />}>
        <ComparePanel catalog={catalog} resolved={resolved} onCountry={openProfile} />
      </Suspense>
    ),
    ofTheView: true,
    preload: ComparePanel.preload,
  },
  table: { Body: TableBody, ofTheView: true, preload: TablePanel.preload },
  about: {
    Body: ({ catalog }) => (
      <Suspense fallback={<LoadingState />}>
        <AboutPanel catalog={catalog} />
      </Suspense>
    ),
    ofTheView: false,
    preload: AboutPanel.preload,
  },
};

/** The panel's content; also the body of embed and presenter modes (SinglePanel.tsx). */
export function PanelContent({ panel, ...props }: PanelBodyProps & { panel: Panel }) {
  const { Body } = PANEL_REGISTRY[panel];
  return <Body {...props} />;
}
