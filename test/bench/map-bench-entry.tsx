/**
 * Browser side of the map bench (map.html, driven by map-bench.mjs): the app's own map component
 * (MapCanvas: maplibre, the app's style, feature-state recolouring) and the app's own transform
 * (buildMapModel: values at the period, quantile classes, fills), on
 *   ?set=world  the app's boundaries and the demo census series, or
 *   ?set=grid   a generated grid of 2,160 sub-national demo units with monthly values over 20 years, or
 *   ?set=nuts3  the real NUTS-3 boundaries (about 1,500 regions) with generated yearly values.
 * &w= and &h= size the map (the bench passes the size of the app's map). The page exposes
 * window.benchPage: setPeriod(period) re-renders with another period (synchronously, as a select
 * change does in the app) and resolves when the map is recoloured and idle, with the parts.
 */
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Series } from '../../src/contract/schema';
import { createSeriesDecoder, decodeHere } from '../../src/data/seriesDecoder';
import MapCanvas from '../../src/features/map/MapCanvas';
import { buildMapGeometry, type MapGeometry } from '../../src/features/map/geometry';
import { buildMapModel, type MapModel } from '../../src/features/map/mapModel';
import type { TooltipInfo } from '../../src/features/map/MapTooltip';
import type { MapRegion } from '../../src/state/viewState';
import { afterNextFrame, afterTask, blockMonitor, countPositions, expose } from './bench-page';
import { copySeries, generateGrid, hoverIds, random } from './grid';
import { loadNuts3, NUTS3_PERIODS } from './nuts3';
import { loadWorld, WORLD_PERIODS } from './world';
import '../../src/app/app.css';
import '../../src/features/map/map.css';

interface Data {
  set: 'world' | 'grid' | 'nuts3';
  geometry: MapGeometry;
  series: Series;
  ids: string[];
  periods: string[];
  region: MapRegion;
  hover: string[];
  vertices: number;
}

const params = new URLSearchParams(window.location.search);
const width = Number(params.get('w') ?? 1000);
const height = Number(params.get('h') ?? 560);
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

const modelOf = (data: Data, series: Series, period: string): MapModel =>
  buildMapModel({ series, period, tolerance: 0, ids: data.ids, mode: { kind: 'sequential' }, method: 'quantile', log: false });

const keyOf = (data: Data, period: string) => `bench|${data.set}|${period}|data`;

/** The map of one period; the model is built by the caller (timed there, as MapPanel's useMemo would run it in the same render). */
function MapView({ data, period, model }: { data: Data; period: string; model: MapModel }) {
  const describe = useCallback(
    (id: string): TooltipInfo | null => {
      const shape = data.geometry.shapes.get(id);
      if (!shape) return null;
      const picked = model.fills.get(id)?.picked ?? null;
      return {
        id,
        name: shape.name,
        value: picked ? `${number.format(picked.observation.value)} persons` : null,
        period: picked ? picked.period : null,
        nearest: null,
        noData: picked ? null : 'No data',
        context: null,
        source: 'Source: bench',
        flag: null,
        range: null,
        focus: null,
        selected: null,
      };
    },
    [data, model],
  );
  return (
    <div className="map-stage" style={{ width, height, blockSize: height }}>
      <MapCanvas
        geometry={data.geometry}
        fills={model.fills}
        fillKey={keyOf(data, period)}
        selected={[]}
        focus={null}
        region={data.region}
        activeId={null}
        describe={describe}
        onToggle={() => undefined}
        onFailure={(error) => console.error('map failed', error)}
        label="Bench map"
        locale={{ zoomIn: 'Zoom in', zoomOut: 'Zoom out' }}
        reducedMotion
      />
    </div>
  );
}

async function loadData(set: string): Promise<Data> {
  if (set === 'grid') {
    const grid = generateGrid();
    return {
      set: 'grid',
      geometry: grid.geometry,
      series: grid.series,
      ids: grid.ids,
      periods: grid.periods,
      region: 'europe',
      hover: hoverIds(grid, 40),
      vertices: grid.vertices,
    };
  }
  if (set === 'nuts3') {
    const nuts3 = await loadNuts3();
    const pick = random(7);
    const hover = Array.from({ length: 40 }, () => nuts3.ids[Math.floor(pick() * nuts3.ids.length)] as string);
    return {
      set: 'nuts3',
      geometry: nuts3.geometry,
      series: nuts3.series,
      ids: nuts3.ids,
      periods: NUTS3_PERIODS,
      region: 'europe',
      hover: [...new Set(hover)],
      vertices: nuts3.geometry.features.features.reduce((n, f) => n + countPositions(f.geometry.coordinates), 0),
    };
  }
  const { topology, series } = await loadWorld();
  const geometry = buildMapGeometry(topology);
  const ids = [...geometry.shapes.keys()];
  const vertices = geometry.features.features.reduce((n, f) => n + countPositions(f.geometry.coordinates), 0);
  return {
    set: 'world',
    geometry,
    series,
    ids,
    periods: WORLD_PERIODS,
    region: 'world',
    hover: ['DEU', 'FRA', 'BRA', 'IND', 'USA', 'NGA', 'AUS', 'CHN'],
    vertices,
  };
}

/** Resolves when the map's idle key becomes `key` (read from data-idle-key: a microtask after the idle event), with the time. */
function idleAt(wrapper: HTMLElement, key: string): Promise<number> {
  return new Promise((resolve) => {
    if (wrapper.dataset.idleKey === key) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (wrapper.dataset.idleKey !== key) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(wrapper, { attributes: true, attributeFilter: ['data-idle-key'] });
  });
}

async function start() {
  const set = params.get('set') ?? 'world';
  const container = document.getElementById('root') as HTMLElement;
  const loadStart = performance.now();
  const data = await loadData(set);
  const loadMs = performance.now() - loadStart;
  const root = createRoot(container);
  const first = data.periods[data.periods.length - 1] as string;
  const render = (period: string) => {
    const t0 = performance.now();
    const model = modelOf(data, data.series, period);
    const transform = performance.now() - t0;
    flushSync(() => root.render(<MapView data={data} period={period} model={model} />));
    return transform;
  };
  render(first);
  const wrapper = container.querySelector('.map-canvas') as HTMLElement;
  await idleAt(wrapper, keyOf(data, first));
  const drawnAt = await afterTask();
  performance.mark('bench:drawn');
  let bytes: ArrayBuffer | undefined;
  const decoder = createSeriesDecoder({ minWorkerBytes: 0 });
  // Start the worker before anything is timed, as the app's first large file would have.
  await decoder(
    new TextEncoder().encode(JSON.stringify({ ...data.series, columns: { geo: [], period: [], value: [] } })).buffer as ArrayBuffer,
    'warm-up.json',
  );

  expose({
    info: {
      set: data.set,
      units: data.ids.length,
      features: data.geometry.features.features.length,
      vertices: data.vertices,
      rows: data.series.columns.geo.length,
      periods: data.periods,
      hover: data.hover,
      firstDrawnMs: drawnAt,
      loadMs,
    },
    async setPeriod(period: string) {
      const t0 = performance.now();
      const idle = idleAt(wrapper, keyOf(data, period));
      const transform = render(period);
      const committed = performance.now();
      const t1 = await idle;
      const t2 = await afterTask();
      return { idle: t1 - t0, drawn: t2 - t0, transform, commit: committed - t0 - transform, engine: t1 - committed };
    },
    /** The transform on a new copy of the series: with the per-series index built again (what a newly loaded series costs). */
    async coldTransform(period: string) {
      const copy = copySeries(data.series);
      const t0 = performance.now();
      modelOf(data, copy, period);
      return performance.now() - t0;
    },
    /**
     * A newly arrived series file (bytes, as the API client reads it) to the map's model: decoded
     * (JSON, contract, index) on the page or in the series worker, as the app's decoder does for
     * files over its threshold. longestBlock: the longest the page's thread was held meanwhile.
     */
    async newSeriesFile({ period, where }: { period: string; where: 'page' | 'worker' }) {
      bytes ??= new TextEncoder().encode(JSON.stringify(data.series)).buffer as ArrayBuffer;
      const copy = bytes.slice(0);
      const blocks = blockMonitor();
      await afterNextFrame();
      const t0 = performance.now();
      const series = where === 'page' ? decodeHere(copy, 'bench.json') : await decoder(copy, 'bench.json');
      const t1 = performance.now();
      modelOf(data, series, period);
      const t2 = performance.now();
      await afterNextFrame();
      return { decode: t1 - t0, transform: t2 - t1, total: t2 - t0, longestBlock: blocks(), bytes: copy.byteLength || bytes.byteLength };
    },
  });
}

start().catch((error: unknown) => {
  console.error(error);
  document.title = `failed: ${String(error)}`;
});
