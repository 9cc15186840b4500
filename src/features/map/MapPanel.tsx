import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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
import { markFirstMapSettled } from './firstMapSettled';
import { useReducedMotion } from '../../lib/useReducedMotion';
import { useMapExport } from '../../lib/export/usePanelExports';
import type { MapGeometry } from './geometry';
import type { CountryFill } from './join';
import { REGION_BOUNDS } from './regions';
import type { Bbox } from './geometry';
import { MAP_REGIONS } from '../../state/viewState';
import './map.css';

type MapCanvasComponent = (typeof import('./maplibre'))['default'];
let engine: MapCanvasComponent | null = null;
let engineLoad: Promise<MapCanvasComponent> | null = null;

/** The map engine's chunk (the entry may have started it: src/startup/earlyStart.ts), loaded once. */
function loadEngine(): Promise<MapCanvasComponent> {
  engineLoad ??= import('./maplibre').then((module) => (engine = module.default));
  engineLoad.catch(() => {
    engineLoad = null; // the next map panel tries again
  });
  return engineLoad;
}

/**
 * The map component once its chunk is here. Not React.lazy: a Suspense boundary that has shown its
 * fallback reveals the content no sooner than 300 ms later (React's throttle), a wait the first map
 * paid even when the chunk had already arrived.
 */
function useMapEngine(wanted: boolean): { Canvas: MapCanvasComponent | null; error: unknown } {
  const [state, setState] = useState<{ Canvas: MapCanvasComponent | null; error: unknown }>(() => ({ Canvas: engine, error: null }));
  useEffect(() => {
    if (!wanted || state.Canvas) return;
    let live = true;
    loadEngine().then(
      (Canvas) => live && setState({ Canvas, error: null }),
      (error: unknown) => live && setState({ Canvas: null, error }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.Canvas]);
  return state;
}

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

type PreviewModule = typeof import('./preview');
let previewModule: PreviewModule | null = null;
/** The preview's drawing is a chunk of its own (off the first load); the entry starts it for a map link. */
const loadPreview = () => import('./preview').then((module) => (previewModule = module));

interface PreviewProps {
  geometry: MapGeometry;
  fills: ReadonlyMap<string, CountryFill>;
  fillKey: string;
  /** The box the map opens on. */
  box: Bbox;
  selected: readonly string[];
  /** Called with true (a state setter: stable across renders). */
  onDone: (done: true) => void;
}

/**
 * The map's first frame on a 2D canvas (preview.ts) while the map engine starts; marks
 * performance.mark('ml:map-preview', { detail: { key } }) once drawn. `onDone` is called once the
 * frame with it has been painted, or at once when it cannot be drawn. The panel removes it when
 * the map is idle with its colours.
 */
function MapPreview({ geometry, fills, fillKey, box: bounds, selected, onDone }: PreviewProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    let live = true;
    const draw = ({ drawPreview, fitCamera }: PreviewModule) => {
      const canvas = ref.current;
      const box = canvas?.parentElement;
      if (!live) return;
      if (!canvas || !box || box.clientWidth === 0 || box.clientHeight === 0) return onDone(true);
      const camera = fitCamera(bounds, box.clientWidth, box.clientHeight, 12, -2, 9);
      if (!drawPreview(canvas, geometry, fills, camera, new Set(selected))) return onDone(true);
      canvas.dataset.key = fillKey;
      performance.mark('ml:map-preview', { detail: { key: fillKey } });
      requestAnimationFrame(() => setTimeout(() => onDone(true)));
    };
    if (previewModule) draw(previewModule);
    else loadPreview().then(draw, () => onDone(true)); // no preview: the map draws as it would have
    return () => {
      live = false;
    };
  }, [geometry, fills, fillKey, bounds, selected, onDone]);
  return <canvas ref={ref} className="map-preview" aria-hidden="true" />;
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
  const setLevel = useViewStore((s) => s.setLevel);
  const reducedMotion = useReducedMotion();
  const [activeId, setActiveId] = useState<string | null>(null);
  // Set once the map engine has been asked for: after the first frame, or at once when none is coming.
  const [engineAsked, setEngineAsked] = useState(false);
  const m = useMapPanelModel(catalog, resolved, seriesQuery, period, engineAsked);
  // The list of every place (hundreds of rows) follows the figures in a render of its own, after their frame.
  const listRows = useDeferredValue(m.rows);
  const { kit, level, index } = m;
  // The country the map is zoomed in on (at the country level), and the one whose regions were asked for.
  const [viewCountry, setViewCountry] = useState<string | null>(null);
  const [fitCountry, setFitCountry] = useState<string | null>(null);
  const offer = kit?.levelOffer({
    level,
    indicatorLevels: m.indicatorLevels,
    candidates: [viewCountry, ...m.selected.filter((id) => index.placeLevel(id) === 'country').reverse()],
    levelsIn: index.levelsIn,
  });
  const below = level !== 'country';
  const geometryData = m.geometryQuery.data;
  const fit =
    below && kit && geometryData
      ? kit.levelFit({ region: m.options.region, geometry: geometryData, selected: m.selected, country: fitCountry, countryOf: index.placeCountry })
      : null;
  const countText = below && kit ? (count: number) => kit.placesCount(t, level, count) : undefined;
  const { options, selected, model, title, focus, focusName, focusLegend } = m;
  const { indicator, source, perCountry } = resolved;
  // The first-frame preview shows until the map has once been idle with figures.
  const [mapDrawn, setMapDrawn] = useState(false);
  const geometry = m.geometryQuery.data;
  const previewBox = fit ? fit.box : options.region === 'selection' ? null : REGION_BOUNDS[options.region];
  const previewFits = m.webgl && !m.failure && !mapDrawn && previewBox !== null && focus === null && (!below || fit !== null || !geometry);
  const [previewDone, setPreviewDone] = useState(false);
  // The engine's start (its script's evaluation, worker and style) would hold the main thread that
  // the preview needs, so it waits for the preview, when one is coming, to be painted (issue #20).
  const previewPending = !previewDone && previewFits && (m.overlay === 'loading' || (geometry !== undefined && m.model !== null));
  const engineWanted = m.webgl && !previewPending;
  if (engineWanted && !engineAsked) setEngineAsked(true);
  const { Canvas: MapCanvas, error: engineError } = useMapEngine(engineWanted);
  const onIdle = (key: string) => {
    if (key.endsWith('|data')) setMapDrawn(true);
  };
  const settled = mapDrawn || !m.webgl || Boolean(m.failure) || Boolean(engineError);
  useEffect(() => {
    if (settled) markFirstMapSettled();
  }, [settled]);
  useEffect(() => markFirstMapSettled, []);

  // A focus of another level (origin countries of figures by state): the catalog does not list the ones with files,
  // only whom the source covers, said under the picker and when a focus has none.
  const focusHint = below && m.kit && m.focusLevel !== level && source.coverage ? t('level.focus.coverage', { coverage: source.coverage }) : null;

  // PNG/SVG export: the map's title, legend and notes (MapCanvas registers the picture).
  const credit =
    below && m.levelEntry ? t('level.attribution', { level: t(`level.name.${level}`), attribution: m.levelEntry.attribution }) : t('map.credit');
  useMapExport({
    title,
    source: source.name,
    unit: indicator.unit,
    unitLabel: m.unitLabel,
    model,
    classification: options.classification,
    focusText: focusLegend,
    selectedCount: selected.length,
    countText,
    credit,
  });

  const openTable = () => setPanel('table');
  let stage: ReactNode;
  if (!m.webgl) stage = <MapUnavailable message={t('map.noWebgl')} onTable={openTable} />;
  else if (m.failure || engineError) stage = <MapUnavailable message={t('map.failed')} onTable={openTable} />;
  else if (!MapCanvas) stage = <LoadingState />;
  else
    stage = (
      <MapErrorBoundary fallback={() => <MapUnavailable message={t('map.failed')} onTable={openTable} />}>
        <MapCanvas
          geometry={m.geometryQuery.data ?? null}
          base={m.base}
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
          onIdle={mapDrawn ? undefined : onIdle}
          fit={fit}
          onViewPlace={below || m.indicatorLevels.length < 2 ? undefined : setViewCountry}
        />
      </MapErrorBoundary>
    );
  const preview =
    previewFits && !engineError && geometry && m.model && previewBox ? (
      <MapPreview geometry={geometry} fills={m.fills} fillKey={m.fillKey} box={previewBox} selected={selected} onDone={setPreviewDone} />
    ) : null;

  const leave = () => setMapOptions({ od: null });
  const overlays: Record<NonNullable<typeof m.overlay>, () => ReactNode> = {
    boundariesFailed: () => (
      <ErrorState what={t('map.what.boundaries')} error={m.geometryQuery.error} onRetry={() => void m.geometryQuery.refetch()} />
    ),
    pickFocus: () => (
      <FocusPrompt
        catalog={catalog}
        resolved={resolved}
        choices={m.focusChoices}
        role={m.roles.at(-1)}
        hint={focusHint}
        message={
          below && kit
            ? t('level.focus.needed', { source: source.name, place: t(`level.one.${level}`), focus: t(`level.one.${m.focusLevel}`) })
            : undefined
        }
      />
    ),
    loading: () => <LoadingState />,
    focusMissing: () => (
      <FocusPrompt catalog={catalog} resolved={resolved} missing={focus} picker={false} choices={m.focusChoices} hint={focusHint} />
    ),
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
      {m.series && (
        <ViewSummary
          catalog={catalog}
          resolved={resolved}
          series={m.series}
          period={period}
          subject={m.texts.subject}
          places={below && kit ? { list: m.shown, words: t(`level.places.${level}`) } : undefined}
        />
      )}
      <MapControls
        options={options}
        grain={m.grain}
        bilateral={indicator.bilateral}
        perCountry={perCountry}
        ties={m.ties}
        countries={m.focusChoices}
        defaultFocus={m.defaultFocus}
        roles={m.roles}
        level={
          kit && m.indicatorLevels.length > 1 ? (
            <kit.LevelControl
              levels={m.indicatorLevels}
              value={level}
              onChange={(next) => {
                setFitCountry(null);
                setLevel(next);
              }}
            />
          ) : null
        }
        regions={
          below && kit
            ? kit.levelRegions(MAP_REGIONS, geometryData).map((value) => ({
                value,
                label: value === 'world' ? t('level.region.all') : value === 'selection' ? t('level.region.selection') : t(`map.region.${value}`),
              }))
            : undefined
        }
      />
      {kit && offer && (
        <kit.LevelOfferButton
          offer={offer}
          countryName={index.countryName(offer.country)}
          onTake={(taken) => {
            setFitCountry(taken.country);
            setViewCountry(null);
            setLevel(taken.level);
          }}
        />
      )}
      <div className="map-layout">
        <div className="map-stage" aria-labelledby={titleId} role="group">
          <h3 className="map-title" id={titleId}>
            {title}
          </h3>
          {stage}
          {preview}
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
            focusText={focusLegend}
            selectedCount={selected.length}
            countText={countText}
          />
          <MapCountryList rows={listRows} activeId={activeId} onActive={setActiveId} onToggle={pickCountry} places={below} />
        </div>
      </div>
      <p className="map-credit muted">{credit}</p>
    </div>
  );
}
