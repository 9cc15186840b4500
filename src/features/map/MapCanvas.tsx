/**
 * The maplibre-gl map. Loaded lazily (MapPanel imports it through ./maplibre with React.lazy) so
 * the map engine downloads in parallel and never delays the filter bar. The map starts (engine,
 * worker, style) while the country shapes are still loading, and gets its source once they arrive.
 *
 * The source is added once; everything that changes with the view (colours, selection, OD focus,
 * hover) is feature-state, so a new period recolours without rebuilding anything. After each
 * recolouring the map marks performance.mark('ml:map-idle', { detail: { key } }) once it is idle
 * (read by the benchmark) and writes the key to data-idle-key (read by the browser tests).
 */
import { Map as MapLibre, NavigationControl, setWorkerUrl, type LngLatBoundsLike, type MapGeoJSONFeature } from 'maplibre-gl';
import './maplibre-used.generated.css'; // maplibre-gl's stylesheet, the rules the map uses (maplibreCss.ts)
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { MapRegion } from '../../state/viewState';
import type { Bbox, FillProperties, MapGeometry } from './geometry';
import { forgetWebGL } from './webgl';
import type { CountryFill } from './join';
import { BASE_SOURCE, BASE_STYLE, COUNTRIES_SOURCE, FILLS_SOURCE, HATCH_IMAGE, LAYER, baseLayers, countryLayers, hatchImage } from './mapStyle';
import { MapTooltip, type TooltipInfo, type TooltipPlacement } from './MapTooltip';
import { useMapSnapshotExport } from '../../lib/export/usePanelExports';
import { REGION_BOUNDS, regionBounds } from './regions';

setWorkerUrl(workerUrl);

export interface MapCanvasProps {
  /** The country shapes; null while they load (the map starts anyway). */
  geometry: MapGeometry | null;
  /** Below the country level: the countries, drawn plain under the units once loaded (after the units: never in the way of the first view). */
  base?: MapGeometry | null;
  fills: ReadonlyMap<string, CountryFill>;
  /** Identifies what the fills show (indicator, source, period…); changes whenever they do. */
  fillKey: string;
  selected: readonly string[];
  /** The focus country of origin–destination mode. */
  focus: string | null;
  region: MapRegion;
  /** The country focused from the keyboard list: shown on the map with its tooltip. */
  activeId: string | null;
  describe: (id: string) => TooltipInfo | null;
  onToggle: (id: string) => void;
  onFailure: (error: unknown) => void;
  /** The canvas' accessible name. */
  label: string;
  locale: { zoomIn: string; zoomOut: string };
  reducedMotion: boolean;
  /** Called with the fill key each time the map is idle after drawing it (the panel's first-frame preview gives way then). */
  onIdle?: (fillKey: string) => void;
  /** Below the country level: the box to show (instead of the region's), fitted again when its key changes. */
  fit?: { key: string; box: Bbox; maxZoom: number } | null;
  /** Told, after each move, the place the map is zoomed in on (under its centre), or null when it shows more than one country's worth. */
  onViewPlace?: (id: string | null) => void;
}

/** The zoom from which the map counts as zoomed in on the place under its centre. */
const PLACE_ZOOM = 3.5;

/** What the browser tests and the benchmark reach through the container element (not for the app). */
export interface MapTestHook {
  /** A viewport point (whole CSS pixels, as for page.mouse) inside the country as drawn now, or null if it is not in view. */
  pointOf: (id: string) => { x: number; y: number } | null;
}

const toBounds = (b: Bbox): LngLatBoundsLike => [
  [b[0], b[1]],
  [b[2], b[3]],
];

function featureIso(feature: MapGeoJSONFeature | undefined): string | null {
  const properties = feature?.properties as Partial<FillProperties> | undefined;
  return properties?.country && typeof properties.iso === 'string' ? properties.iso : null;
}

const TOOLTIP_WIDTH = 290;
const TOOLTIP_HEIGHT = 190;

function placement(container: HTMLElement, x: number, y: number): TooltipPlacement {
  return { x, y, flipX: x > container.clientWidth - TOOLTIP_WIDTH, flipY: y > container.clientHeight - TOOLTIP_HEIGHT };
}

export default function MapCanvas(props: MapCanvasProps) {
  const { geometry, fills, fillKey, selected, focus, region, activeId, describe, label, reducedMotion } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibre | null>(null);
  /** The map once its style has loaded. */
  const [loadedMap, setLoadedMap] = useState<MapLibre | null>(null);
  const [hover, setHover] = useState<{ id: string; at: TooltipPlacement } | null>(null);
  const [activeAt, setActiveAt] = useState<{ id: string; at: TooltipPlacement } | null>(null);
  const latest = useRef(props);
  const sourceFor = useRef<MapGeometry | null>(null);
  const applied = useRef(new Map<string, string>());
  const selectedApplied = useRef(new Set<string>());
  const focusApplied = useRef<string | null>(null);
  const regionShown = useRef<string>('');
  /** Whether the map has been fitted once (the first fit is not animated). */
  const fitted = useRef(false);

  useEffect(() => {
    latest.current = props;
  });

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    const wrapper = wrapperRef.current;
    if (!container || !wrapper) return;
    const initial = latest.current;
    let map: MapLibre;
    try {
      map = new MapLibre({
        container,
        style: BASE_STYLE,
        bounds: toBounds(REGION_BOUNDS[initial.region === 'selection' ? 'world' : initial.region]),
        fitBoundsOptions: { padding: 12 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        renderWorldCopies: true,
        fadeDuration: 0,
        // Below 0 so that a narrow (phone) map can still show the whole world.
        minZoom: -2,
        maxZoom: 9,
        reduceMotion: initial.reducedMotion,
        locale: { 'NavigationControl.ZoomIn': initial.locale.zoomIn, 'NavigationControl.ZoomOut': initial.locale.zoomOut },
      });
    } catch (error) {
      forgetWebGL(); // most often no WebGL context after all: the next visit asks the browser again
      initial.onFailure(error);
      return;
    }
    mapRef.current = map;
    sourceFor.current = null;
    regionShown.current = initial.region === 'selection' ? '' : `${initial.region}|`;
    fitted.current = false;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('load', () => {
      map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 2 });
      setLoadedMap(map);
    });

    let hovered: string | null = null;
    const setHovered = (id: string | null) => {
      if (hovered === id) return;
      if (hovered) map.setFeatureState({ source: COUNTRIES_SOURCE, id: hovered }, { hover: false });
      hovered = id;
      if (id) map.setFeatureState({ source: COUNTRIES_SOURCE, id }, { hover: true });
    };
    map.on('mousemove', LAYER.noData, (event) => {
      const id = featureIso(event.features?.[0]);
      setHovered(id);
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      setHover(id ? { id, at: placement(container, event.point.x, event.point.y) } : null);
    });
    map.on('mouseleave', LAYER.noData, () => {
      setHovered(null);
      map.getCanvas().style.cursor = '';
      setHover(null);
    });
    map.on('moveend', () => {
      const report = latest.current.onViewPlace;
      if (!report) return;
      if (map.getZoom() < PLACE_ZOOM) return report(null);
      const centre: [number, number] = [container.clientWidth / 2, container.clientHeight / 2];
      report(featureIso(map.queryRenderedFeatures(centre, { layers: [LAYER.noData] })[0]));
    });
    map.on('click', LAYER.noData, (event) => {
      const id = featureIso(event.features?.[0]);
      if (!id) return;
      latest.current.onToggle(id);
      // Touch screens have no hover: a tap also shows the tooltip.
      setHover({ id, at: placement(container, event.point.x, event.point.y) });
    });

    const hook: MapTestHook = {
      pointOf(id) {
        const shape = latest.current.geometry?.shapes.get(id);
        if (!shape) return null;
        const [w, s, e, n] = shape.bbox;
        const candidates: [number, number][] = [shape.anchor];
        for (let i = 1; i < 8; i++) for (let j = 1; j < 8; j++) candidates.push([w + ((e - w) * i) / 8, s + ((n - s) * j) / 8]);
        const rect = container.getBoundingClientRect();
        const hits = (clientX: number, clientY: number) =>
          map.queryRenderedFeatures([clientX - rect.left, clientY - rect.top], { layers: [LAYER.noData] }).some((f) => featureIso(f) === id);
        // Whole viewport pixels (what a pointer can hit), preferring one whose neighbours are inside
        // too: small islands are only a few pixels wide.
        let best: { x: number; y: number; score: number } | null = null;
        for (const [lng, lat] of candidates) {
          for (const turn of [0, -360, 360]) {
            const p = map.project([lng + turn, lat]);
            const x = Math.round(rect.left + p.x);
            const y = Math.round(rect.top + p.y);
            if (x < rect.left + 4 || y < rect.top + 4 || x > rect.right - 4 || y > rect.bottom - 4 || !hits(x, y)) continue;
            let score = 0;
            for (const dx of [-2, 0, 2]) for (const dy of [-2, 0, 2]) if (hits(x + dx, y + dy)) score += 1;
            if (score === 9) return { x, y };
            if (!best || score > best.score) best = { x, y, score };
          }
        }
        return best ? { x: best.x, y: best.y } : null;
      },
    };
    (wrapper as HTMLElement & { mlTest?: MapTestHook }).mlTest = hook;

    return () => {
      delete (wrapper as HTMLElement & { mlTest?: MapTestHook }).mlTest;
      map.remove();
      if (mapRef.current === map) mapRef.current = null;
    };
  }, []);

  // The country source and layers, once both the style and the shapes are there. The effects
  // below run after this one in the same commit, so they can rely on the source.
  useEffect(() => {
    const map = loadedMap;
    if (!map || map !== mapRef.current || !geometry || sourceFor.current === geometry) return;
    if (sourceFor.current) {
      for (const layer of countryLayers()) map.removeLayer(layer.id);
      map.removeSource(COUNTRIES_SOURCE);
      map.removeSource(FILLS_SOURCE);
    }
    map.addSource(FILLS_SOURCE, { type: 'geojson', data: geometry.features, promoteId: 'iso' });
    map.addSource(COUNTRIES_SOURCE, { type: 'geojson', data: geometry.features, promoteId: 'iso' });
    for (const layer of countryLayers()) map.addLayer(layer);
    sourceFor.current = geometry;
    applied.current = new Map();
    selectedApplied.current = new Set();
    focusApplied.current = null;
  }, [loadedMap, geometry]);

  // The countries under a level's units: their own source and layers, below the units' (added after them or before).
  const base = props.base ?? null;
  const baseFor = useRef<MapGeometry | null>(null);
  useEffect(() => {
    const map = loadedMap;
    if (!map || map !== mapRef.current || baseFor.current === base) return;
    if (baseFor.current) {
      for (const layer of baseLayers()) map.removeLayer(layer.id);
      map.removeSource(BASE_SOURCE);
    }
    baseFor.current = base;
    if (!base) return;
    map.addSource(BASE_SOURCE, { type: 'geojson', data: base.features });
    const below = map.getLayer(LAYER.noData) ? LAYER.noData : undefined;
    for (const layer of baseLayers()) map.addLayer(layer, below);
  }, [loadedMap, base]);

  const ready = loadedMap !== null && geometry !== null;

  // Colours: only the countries whose colour changed get a new feature-state.
  useEffect(() => {
    const map = loadedMap;
    const wrapper = wrapperRef.current;
    if (!map || map !== mapRef.current || !wrapper || !geometry) return;
    const done = applied.current;
    for (const id of geometry.shapes.keys()) {
      const color = fills.get(id)?.color ?? '';
      if (done.get(id) === color) continue;
      done.set(id, color);
      map.setFeatureState({ source: FILLS_SOURCE, id }, color ? { color, has: true } : { has: false });
    }
    wrapper.dataset.fillKey = fillKey;
    map.triggerRepaint();
    const onIdle = () => {
      performance.mark('ml:map-idle', { detail: { key: fillKey } });
      wrapper.dataset.idleKey = fillKey;
      latest.current.onIdle?.(fillKey);
    };
    map.once('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [loadedMap, geometry, fills, fillKey]);

  // Selected countries are outlined.
  useEffect(() => {
    const map = loadedMap;
    if (!map || map !== mapRef.current || !geometry) return;
    const now = new Set(selected.filter((id) => geometry.shapes.has(id)));
    for (const id of selectedApplied.current) if (!now.has(id)) map.setFeatureState({ source: COUNTRIES_SOURCE, id }, { selected: false });
    for (const id of now) if (!selectedApplied.current.has(id)) map.setFeatureState({ source: COUNTRIES_SOURCE, id }, { selected: true });
    selectedApplied.current = now;
  }, [loadedMap, geometry, selected]);

  // The focus country of origin–destination mode is filled dark and outlined.
  useEffect(() => {
    const map = loadedMap;
    if (!map || map !== mapRef.current || !geometry) return;
    const previous = focusApplied.current;
    const next = focus && geometry.shapes.has(focus) ? focus : null;
    if (previous === next) return;
    for (const source of [FILLS_SOURCE, COUNTRIES_SOURCE]) {
      if (previous) map.setFeatureState({ source, id: previous }, { focus: false });
      if (next) map.setFeatureState({ source, id: next }, { focus: true });
    }
    focusApplied.current = next;
  }, [loadedMap, geometry, focus]);

  // Region zoom (and fit to the selection), or the level's box; a new level's shapes are fitted anew.
  const selectionKey = region === 'selection' ? selected.join('~') : '';
  const fit = props.fit ?? null;
  const fitKey = fit ? `fit|${fit.key}` : null;
  useEffect(() => {
    const map = loadedMap;
    if (!map || map !== mapRef.current || !geometry) return;
    const key = fitKey ? `${geometry.bounds.join()}|${fitKey}` : `${region}|${selectionKey}`;
    if (regionShown.current === key) return;
    const first = !fitted.current;
    fitted.current = true;
    regionShown.current = key;
    const ids = selectionKey === '' ? [] : selectionKey.split('~');
    map.fitBounds(toBounds(fit ? fit.box : regionBounds(region, geometry, ids)), {
      padding: 16,
      maxZoom: fit ? fit.maxZoom : region === 'selection' ? 5 : 9,
      animate: !reducedMotion && !first,
      duration: 700,
    });
    // The box is read when its key changes; a new object with the same key is the same box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedMap, geometry, region, selectionKey, fitKey, reducedMotion]);

  // The country focused from the keyboard list: bring it into view, outline it, show its tooltip.
  useEffect(() => {
    const map = loadedMap;
    const container = containerRef.current;
    if (!map || map !== mapRef.current || !container || !activeId || !geometry) return;
    const shape = geometry.shapes.get(activeId);
    if (!shape) return;
    map.setFeatureState({ source: COUNTRIES_SOURCE, id: activeId }, { active: true });
    const view = map.getBounds();
    const [w, s, e, n] = shape.bbox;
    const visible = [0, -360, 360].some(
      (turn) => view.getWest() <= w + turn && view.getEast() >= e + turn && view.getSouth() <= s && view.getNorth() >= n,
    );
    if (!visible) map.fitBounds(toBounds(shape.bbox), { padding: 60, maxZoom: 5, animate: !reducedMotion, duration: 500 });
    const place = () => {
      let p = map.project(shape.anchor);
      // With world copies, prefer the copy of the anchor that is on screen.
      for (const turn of [-360, 360]) {
        if (p.x >= 0 && p.x <= container.clientWidth) break;
        p = map.project([shape.anchor[0] + turn, shape.anchor[1]]);
      }
      setActiveAt({ id: activeId, at: placement(container, p.x, p.y) });
    };
    const timer = window.setTimeout(place, 0);
    map.on('move', place);
    return () => {
      window.clearTimeout(timer);
      map.off('move', place);
      if (mapRef.current === map && sourceFor.current === geometry) {
        map.setFeatureState({ source: COUNTRIES_SOURCE, id: activeId }, { active: false });
      }
    };
  }, [loadedMap, geometry, activeId, reducedMotion]);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [label, loadedMap]);

  // PNG/SVG export (src/features/export): a snapshot of the drawn map, taken in maplibre's 'render' event.
  useMapSnapshotExport(loadedMap);

  const tip = hover ?? (activeId && activeAt?.id === activeId ? activeAt : null);
  const info = tip && ready ? describe(tip.id) : null;

  return (
    <div className="map-canvas" ref={wrapperRef} data-ready={ready ? 'true' : 'false'}>
      <div className="map-canvas__gl" ref={containerRef} />
      {tip && info && <MapTooltip info={info} placement={tip.at} />}
    </div>
  );
}
