/**
 * A generated grid of sub-national demo units for the scale bench (map.html and plotly.html): a
 * lattice of jagged polygons over Europe whose neighbours share their borders exactly (each edge
 * is drawn from its own seed, so both cells on either side get the same points), and a monthly
 * series of every unit over 20 years. Deterministic: the same arguments give the same grid.
 */
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { CONTRACT_VERSION, type Series } from '../../src/contract/schema';
import type { Bbox, CountryShape, FillProperties, MapGeometry } from '../../src/features/map/geometry';

export interface GridOptions {
  cols: number;
  rows: number;
  /** [west, south, east, north] the lattice spans. */
  bounds: Bbox;
  /** Points added along each edge (so a cell has 4 × (edgePoints + 1) vertices). */
  edgePoints: number;
  /** Monthly periods, from January of firstYear. */
  months: number;
  firstYear: number;
}

export const GRID_DEFAULTS: GridOptions = {
  cols: 60,
  rows: 36,
  bounds: [-25, 34, 45, 71.5],
  edgePoints: 7,
  months: 240,
  firstYear: 2005,
};

export interface Grid {
  geometry: MapGeometry;
  collection: FeatureCollection<Polygon, FillProperties>;
  ids: string[];
  periods: string[];
  series: Series;
  /** Vertices over all polygons. */
  vertices: number;
}

/** A deterministic hash of integers to [0, 1). */
function hash01(...ns: number[]): number {
  let h = 0x9e3779b9;
  for (const n of ns) {
    h = Math.imul(h ^ (n | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return (h >>> 0) / 4294967296;
}

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A unit's code: three letters (the contract's geo codes are ISO 3166-1 alpha-3 shaped, so a
 * sub-national unit has to pass as one), AAA, AAB… for 0, 1…
 */
export const unitId = (i: number) => [Math.floor(i / 676) % 26, Math.floor(i / 26) % 26, i % 26].map((n) => String.fromCharCode(65 + n)).join('');

export function monthPeriods(firstYear: number, months: number): string[] {
  return Array.from({ length: months }, (_, m) => `${firstYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
}

export function generateGrid(options: GridOptions = GRID_DEFAULTS): Grid {
  const { cols, rows, bounds, edgePoints, months, firstYear } = options;
  const [west, south, east, north] = bounds;
  const dx = (east - west) / cols;
  const dy = (north - south) / rows;
  // Lattice corners, moved a little (not on the outer border, so the grid keeps its box).
  const corner = (i: number, j: number): Position => {
    const inner = i > 0 && i < cols && j > 0 && j < rows;
    const jx = inner ? (hash01(1, i, j) - 0.5) * 0.4 * dx : 0;
    const jy = inner ? (hash01(2, i, j) - 0.5) * 0.4 * dy : 0;
    return [west + i * dx + jx, south + j * dy + jy];
  };
  // The points of an edge from corner p to corner q, wiggled across the edge; `kind`, i, j name the edge.
  const edge = (p: Position, q: Position, kind: number, i: number, j: number, border: boolean): Position[] => {
    const out: Position[] = [p];
    const ex = (q[0] as number) - (p[0] as number);
    const ey = (q[1] as number) - (p[1] as number);
    for (let s = 1; s <= edgePoints; s++) {
      const t = s / (edgePoints + 1);
      const wiggle = border ? 0 : (hash01(3, kind, i, j, s) - 0.5) * 0.25;
      // Perpendicular to the edge, scaled to the cell.
      out.push([(p[0] as number) + ex * t - ey * wiggle, (p[1] as number) + ey * t + ex * wiggle]);
    }
    return out;
  };
  const horizontal = (i: number, j: number) => edge(corner(i, j), corner(i + 1, j), 0, i, j, j === 0 || j === rows);
  const vertical = (i: number, j: number) => edge(corner(i, j), corner(i, j + 1), 1, i, j, i === 0 || i === cols);
  const reversed = (points: Position[], end: Position) => [end, ...points.slice(1).reverse()];

  const features: FeatureCollection<Polygon, FillProperties>['features'] = [];
  const shapes = new Map<string, CountryShape>();
  const ids: string[] = [];
  let vertices = 0;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const index = j * cols + i;
      const id = unitId(index);
      const bottom = horizontal(i, j);
      const right = vertical(i + 1, j);
      const top = reversed(horizontal(i, j + 1), corner(i + 1, j + 1));
      const left = reversed(vertical(i, j), corner(i, j + 1));
      // Clockwise, as d3-geo (and so plotly) wants an outer ring and as the app's boundaries come
      // from topojson: the counter-clockwise walk bottom, right, top, left, reversed.
      const ring = [...bottom, ...right, ...top, ...left, bottom[0] as Position].reverse();
      vertices += ring.length;
      const name = `Unit ${index} (${id})`;
      features.push({
        type: 'Feature',
        id,
        properties: { iso: id, name, country: true, outline: true },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
      let w = Infinity;
      let s = Infinity;
      let e = -Infinity;
      let n = -Infinity;
      for (const [x, y] of ring as [number, number][]) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
      shapes.set(id, { id, name, bbox: [w, s, e, n], anchor: [west + (i + 0.5) * dx, south + (j + 0.5) * dy] });
      ids.push(id);
    }
  }
  const collection: FeatureCollection<Polygon, FillProperties> = { type: 'FeatureCollection', features };
  const geometry: MapGeometry = { features: collection, shapes, bounds };

  // Monthly values: a level per unit (smooth over the lattice, log-normal), a random walk in time,
  // and a value missing now and then (2%), so that "no data" shows too.
  const periods = monthPeriods(firstYear, months);
  const rand = random(7);
  const columns: Series['columns'] = { geo: [], period: [], value: [] };
  for (let u = 0; u < ids.length; u++) {
    const i = u % cols;
    const j = Math.floor(u / cols);
    let level = Math.exp(8 + 2.5 * Math.sin(i / 7) * Math.cos(j / 5) + rand() * 1.5);
    for (const period of periods) {
      level *= 0.97 + rand() * 0.065;
      if (rand() < 0.02) continue;
      columns.geo.push(ids[u] as string);
      columns.period.push(period);
      columns.value.push(Math.round(level));
    }
  }
  const series: Series = {
    contract: CONTRACT_VERSION,
    indicator: 'grid',
    source: 'grid',
    slice: 'total',
    focus: null,
    releaseDate: '2026-01-01',
    columns,
  };
  return { geometry, collection, ids, periods, series, vertices };
}

/** A fresh copy of a series (new column arrays), so that no per-series cache of the app helps. */
export function copySeries(series: Series): Series {
  const c = series.columns;
  return { ...series, columns: { ...c, geo: [...c.geo], period: [...c.period], value: [...c.value] } };
}

/** Cells spread over the grid (deterministic), for hovering. */
export function hoverIds(grid: Grid, count: number): string[] {
  const pick = random(11);
  const out: string[] = [];
  while (out.length < count) {
    const id = grid.ids[Math.floor(pick() * grid.ids.length)] as string;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
