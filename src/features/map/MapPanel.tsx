import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { Catalog, Series } from '../../contract/schema';
import type { ResolvedView } from '../../data/resolveView';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { EmptyState, ErrorState, LoadingState } from '../../components/PanelStatus';
import { FocusPrompt } from '../../components/FocusPrompt';
import { ViewSummary } from '../../components/ViewSummary';
import { TOTAL_SLICE } from '../../contract/paths';
import { MapControls } from './MapControls';
import { MapCountryList } from './MapCountryList';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapLegend } from './MapLegend';
import { OdNotice } from './OdNotice';
import { useMapPanelModel } from './useMapPanelModel';
import { useReducedMotion } from '../../lib/useReducedMotion';
import { useMapExport } from '../../lib/export/usePanelExports';
import './map.css';

const MapCanvas = lazy(() => import('./maplibre'));

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  seriesQuery: UseQueryResult<Series>;
  /** The period on screen (the chosen one, or the latest of the series). */
  period: string | null;
}

function MapUnavailable({ message, onTable }: { message: string; onTable: () => void }) {
  const { t } = useT();
  return (
    <div className="panel-state map-unavailable" role="status">
      <p>{message}</p>
      <button type="button" onClick={onTable}>
        {t('map.openTable')}
      </button>
    </div>
  );
}

/**
 * The map panel: a choropleth of the view's indicator, source and period (or, for bilateral
 * indicators, of migrants from or in one focus country), with its options, legend and a keyboard
 * list of the countries. A failure of the map itself stays in the map's box.
 */
export function MapPanel({ catalog, resolved, seriesQuery, period }: Props) {
  const { t } = useT();
  const titleId = useId();
  const pickCountry = useViewStore((s) => s.pickCountry);
  const setPanel = useViewStore((s) => s.setPanel);
  const setMapOptions = useViewStore((s) => s.setMapOptions);
  const setSlice = useViewStore((s) => s.setSlice);
  const reducedMotion = useReducedMotion();
  const [activeId, setActiveId] = useState<string | null>(null);
  const m = useMapPanelModel(catalog, resolved, seriesQuery, period);
  const { options, selected, model, title, focus, focusName } = m;
  const { indicator, source, perCountry } = resolved;

  // PNG/SVG export: the map's title, legend and notes (MapCanvas registers the picture).
  useMapExport({
    title,
    source: source.name,
    unit: indicator.unit,
    unitLabel: m.unitLabel,
    model,
    classification: options.classification,
    focusName,
    selectedCount: selected.length,
  });

  const openTable = () => setPanel('table');
  let stage: ReactNode;
  if (!m.webgl) stage = <MapUnavailable message={t('map.noWebgl')} onTable={openTable} />;
  else if (m.failure) stage = <MapUnavailable message={t('map.failed')} onTable={openTable} />;
  else
    stage = (
      <MapErrorBoundary fallback={() => <MapUnavailable message={t('map.failed')} onTable={openTable} />}>
        <Suspense fallback={<LoadingState />}>
          <MapCanvas
            geometry={m.geometryQuery.data ?? null}
            fills={m.fills}
            fillKey={m.fillKey}
            selected={selected}
            focus={focus}
            region={options.region}
            activeId={activeId}
            describe={m.describe}
            onToggle={pickCountry}
            onFailure={m.setFailure}
            label={t('map.canvas', { title })}
            locale={{ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
            reducedMotion={reducedMotion}
          />
        </Suspense>
      </MapErrorBoundary>
    );

  const leave = () => setMapOptions({ od: null });
  const overlays: Record<NonNullable<typeof m.overlay>, () => ReactNode> = {
    boundariesFailed: () => (
      <ErrorState what={t('map.what.boundaries')} error={m.geometryQuery.error} onRetry={() => void m.geometryQuery.refetch()} />
    ),
    pickFocus: () => <FocusPrompt catalog={catalog} resolved={resolved} />,
    loading: () => <LoadingState />,
    focusMissing: () => <FocusPrompt catalog={catalog} resolved={resolved} missing={focus} picker={false} />,
    odMissing: () => <OdNotice message={t('map.odMissing', { source: source.name, country: focusName ?? '' })} onLeave={leave} />,
    odNoSlice: () => (
      <OdNotice
        message={t('map.odNoSlice', { source: source.name, breakdown: m.breakdown ?? m.missingSlice ?? '' })}
        onTotal={() => setSlice(TOTAL_SLICE)}
        onLeave={leave}
      />
    ),
    failed: () => <ErrorState what={m.what} error={m.dataQuery.error} onRetry={() => void m.dataQuery.refetch()} />,
    empty: () => (
      <EmptyState>
        {t('state.empty', { indicator: m.originDestination ? title : indicator.label, source: source.name, period: m.periodText })}
      </EmptyState>
    ),
  };
  const overlay = m.overlay === null ? null : overlays[m.overlay]();

  return (
    <div className="map-panel">
      {m.series && <ViewSummary catalog={catalog} resolved={resolved} series={m.series} period={period} subject={m.texts.subject} />}
      <MapControls
        options={options}
        grain={m.grain}
        bilateral={indicator.bilateral}
        perCountry={perCountry}
        ties={m.ties}
        countries={m.shown}
        defaultFocus={m.defaultFocus}
      />
      <div className="map-layout">
        <div className="map-stage" aria-labelledby={titleId} role="group">
          <h3 className="map-title" id={titleId}>
            {title}
          </h3>
          {stage}
          {overlay && <div className="map-stage__overlay">{overlay}</div>}
        </div>
        <div className="map-side">
          <MapLegend
            model={model}
            unit={indicator.unit}
            unitLabel={m.unitLabel}
            method={options.classification}
            log={options.log}
            within={m.within}
            focusName={focusName}
            selectedCount={selected.length}
          />
          <MapCountryList rows={m.rows} activeId={activeId} onActive={setActiveId} onToggle={pickCountry} />
        </div>
      </div>
      <p className="map-credit muted">{t('map.credit')}</p>
    </div>
  );
}
