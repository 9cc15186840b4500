/**
 * Browser side of the peer bench (plotly.html, driven by plotly-bench.mjs): the same choropleth
 * as map.html drawn with plotly.js (plotly.js-dist-min, served from this harness, no CDN), what
 * many data teams reach for. Same shapes (the app's boundaries converted to GeoJSON with
 * topojson-client, or the same generated grid), same values and classes (the app's buildMapModel,
 * timed inside the period change as in map.html), same size. A no-data layer of every shape under
 * the classed values, as the app draws. ?set=world|grid&w=&h= as in map.html.
 * window.benchPage.setPeriod(period) restyles the values trace and resolves after
 * 'plotly_afterplot' and the next frame.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import plotlyUrl from 'plotly.js-dist-min/plotly.min.js?url';
import { feature } from 'topojson-client';
import type { Series } from '../../src/contract/schema';
import { HIDDEN_SHAPES } from '../../src/features/map/geometry';
import { COLORS } from '../../src/features/map/mapStyle';
import { buildMapModel } from '../../src/features/map/mapModel';
import { REGION_BOUNDS } from '../../src/features/map/regions';
import type { Bbox } from '../../src/features/map/geometry';
import { afterNextFrame, countPositions, expose } from './bench-page';
import { generateGrid, hoverIds } from './grid';
import { loadWorld, WORLD_PERIODS } from './world';

/** The part of plotly's API the page uses. */
interface PlotlyDiv extends HTMLDivElement {
  on(event: string, handler: () => void): void;
  removeListener(event: string, handler: () => void): void;
  _fullLayout?: { geo?: { _subplot?: { projection: (lonLat: [number, number]) => [number, number] } }; _size?: { l: number; t: number } };
}
interface PlotlyApi {
  newPlot(div: HTMLElement, data: object[], layout: object, config: object): Promise<PlotlyDiv>;
  restyle(div: HTMLElement, update: object, traces: number[]): Promise<PlotlyDiv>;
}

interface Data {
  set: 'world' | 'grid';
  geojson: FeatureCollection<Geometry>;
  ids: string[];
  series: Series;
  periods: string[];
  bounds: Bbox;
  hover: string[];
  /** A point inside each shape to hover ([lon, lat]). */
  anchors: Map<string, [number, number]>;
  vertices: number;
}

const params = new URLSearchParams(window.location.search);
const width = Number(params.get('w') ?? 1000);
const height = Number(params.get('h') ?? 560);

function loadPlotly(): Promise<PlotlyApi> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = plotlyUrl;
    script.onload = () => {
      const api = (window as unknown as { Plotly?: PlotlyApi }).Plotly;
      // The base layers (coastlines, land…) are all off, so plotly's own world outline is never
      // drawn; an empty one stands in for the file plotly would otherwise fetch from its CDN.
      const assets = (window as unknown as { PlotlyGeoAssets?: { topojson: Record<string, object> } }).PlotlyGeoAssets;
      if (assets) assets.topojson['world_110m'] = { type: 'Topology', objects: {}, arcs: [] };
      if (api) resolve(api);
      else reject(new Error('plotly did not load'));
    };
    script.onerror = () => reject(new Error('plotly did not load'));
    document.head.append(script);
  });
}

async function loadData(set: string): Promise<Data> {
  if (set === 'grid') {
    const grid = generateGrid();
    const anchors = new Map([...grid.geometry.shapes].map(([id, shape]) => [id, shape.anchor]));
    return {
      set: 'grid',
      geojson: grid.collection,
      ids: grid.ids,
      series: grid.series,
      periods: grid.periods,
      bounds: REGION_BOUNDS.europe,
      hover: hoverIds(grid, 40),
      anchors,
      vertices: grid.vertices,
    };
  }
  const { topology, series } = await loadWorld();
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  // The shapes the app's map shows: every country of the data but Antarctica.
  const features = collection.features.filter((f) => typeof f.id === 'string' && /^[A-Z]{3}$/.test(f.id) && !HIDDEN_SHAPES.has(f.id));
  const geojson: FeatureCollection<Geometry> = { type: 'FeatureCollection', features };
  const vertices = features.reduce((n, f) => n + ('coordinates' in f.geometry ? countPositions(f.geometry.coordinates) : 0), 0);
  return {
    set: 'world',
    geojson,
    ids: features.map((f) => f.id as string),
    series,
    periods: WORLD_PERIODS,
    bounds: REGION_BOUNDS.world,
    hover: [],
    anchors: new Map(),
    vertices,
  };
}

/** The values trace for a period: the app's transform, then its classes as a stepped colour scale. */
function valuesTrace(data: Data, period: string) {
  const model = buildMapModel({
    series: data.series,
    period,
    tolerance: 0,
    ids: data.ids,
    mode: { kind: 'sequential' },
    method: 'quantile',
    log: false,
  });
  const locations: string[] = [];
  const z: number[] = [];
  for (const [id, fill] of model.fills) {
    if (fill.color === null || fill.classIndex < 0) continue;
    locations.push(id);
    z.push(fill.classIndex);
  }
  const classes = model.scale.classes;
  const k = Math.max(1, classes.length);
  const colorscale: [number, string][] = [];
  classes.forEach((c, i) => colorscale.push([i / k, c.color], [(i + 1) / k, c.color]));
  if (colorscale.length === 0) colorscale.push([0, COLORS.noDataBase], [1, COLORS.noDataBase]);
  return { locations, z, colorscale, zmax: k - 0.5 };
}

async function start() {
  const set = params.get('set') ?? 'world';
  const div = document.getElementById('plot') as PlotlyDiv;
  const [Plotly, data] = await Promise.all([loadPlotly(), loadData(set)]);
  const first = data.periods[data.periods.length - 1] as string;
  const line = { color: COLORS.border, width: 0.5 };
  const values = valuesTrace(data, first);
  const [w, s, e, n] = data.bounds;
  await Plotly.newPlot(
    div,
    [
      {
        type: 'choropleth',
        geojson: data.geojson,
        featureidkey: 'id',
        locations: data.ids,
        z: data.ids.map(() => 0),
        colorscale: [
          [0, COLORS.noDataBase],
          [1, COLORS.noDataBase],
        ],
        showscale: false,
        marker: { line },
        hoverinfo: 'skip',
      },
      {
        type: 'choropleth',
        geojson: data.geojson,
        featureidkey: 'id',
        ...values,
        zmin: -0.5,
        showscale: false,
        marker: { line },
        hovertemplate: '%{location}: class %{z}<extra></extra>',
      },
    ],
    {
      width,
      height,
      margin: { l: 0, r: 0, t: 0, b: 0 },
      paper_bgcolor: COLORS.water,
      geo: {
        projection: { type: 'mercator' },
        lonaxis: { range: [w, e] },
        lataxis: { range: [s, n] },
        showframe: false,
        showcoastlines: false,
        showland: false,
        showocean: false,
        showlakes: false,
        showrivers: false,
        showcountries: false,
        showsubunits: false,
        bgcolor: COLORS.water,
      },
    },
    { displayModeBar: false, responsive: false },
  );
  const drawnAt = await afterNextFrame();
  performance.mark('bench:drawn');

  const afterPlot = () =>
    new Promise<number>((resolve) => {
      const handler = () => {
        div.removeListener('plotly_afterplot', handler);
        resolve(performance.now());
      };
      div.on('plotly_afterplot', handler);
    });

  expose({
    info: {
      set,
      units: data.ids.length,
      features: data.geojson.features.length,
      vertices: data.vertices,
      rows: data.series.columns.geo.length,
      periods: data.periods,
      hover: data.hover,
      firstDrawnMs: drawnAt,
    },
    async setPeriod(period: string) {
      const t0 = performance.now();
      const plotted = afterPlot();
      const next = valuesTrace(data, period);
      const transformed = performance.now();
      await Plotly.restyle(div, { locations: [next.locations], z: [next.z], colorscale: [next.colorscale], zmax: [next.zmax] }, [1]);
      const t1 = await plotted;
      const t2 = await afterNextFrame();
      return { idle: t1 - t0, drawn: t2 - t0, transform: transformed - t0 };
    },
    /** Viewport points of shapes (for hovering). */
    pointsOf(ids: string[]) {
      const subplot = div._fullLayout?.geo?._subplot;
      const size = div._fullLayout?._size ?? { l: 0, t: 0 };
      const box = div.getBoundingClientRect();
      return ids.map((id) => {
        const anchor = data.anchors.get(id);
        if (!subplot || !anchor) return null;
        const [x, y] = subplot.projection(anchor);
        return { x: Math.round(box.left + size.l + x), y: Math.round(box.top + size.t + y) };
      });
    },
  });
}

start().catch((error: unknown) => {
  console.error(error);
  document.title = `failed: ${String(error)}`;
});
