/**
 * The map's geometry as the boundaries worker sends it to the page: the coordinates in one
 * transferable array (and the preview's projection of them in another) rather than ~100,000 small
 * arrays, which cost the page as much to receive as to build. The page's copy builds its GeoJSON
 * features only when they are first read (by the map engine, after the first frame), and hands the
 * preview its projected shapes at once. Pure: no DOM.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bbox, CountryShape, FillProperties, MapGeometry } from './geometry';
import { adoptPreviewShapes, previewShapes, type Points, type PreviewShape } from './previewShapes';

type Kind = 'Polygon' | 'MultiPolygon' | 'MultiLineString';

export interface PackedGeometry {
  features: (FillProperties & { kind: Kind })[];
  /**
   * Each feature's nesting, in order: a Polygon's ring count then each ring's point count; a
   * MultiPolygon's polygon count, then per polygon its ring count and each ring's point count; a
   * MultiLineString's line count then each line's point count.
   */
  structure: Int32Array;
  /** Longitude, latitude of every point, in the order of `structure`. */
  coords: Points;
  /** The same points in Web Mercator units (previewShapes.ts). */
  xy: Points;
  /** Each feature's least and greatest Mercator x. */
  extents: Float64Array;
  shapes: Map<string, CountryShape>;
  bounds: Bbox;
}

type Rings = Position[][];

/** Packs a geometry with its preview shapes (projected here); returns the arrays to transfer. */
export function packGeometry(geometry: MapGeometry): { packed: PackedGeometry; transfer: ArrayBuffer[] } {
  const preview = previewShapes(geometry);
  const structure: number[] = [];
  let points = 0;
  const rings = (list: Rings) => {
    structure.push(list.length);
    for (const ring of list) {
      structure.push(ring.length);
      points += ring.length;
    }
  };
  const features = geometry.features.features.map(({ geometry: g, properties }) => {
    if (g.type === 'MultiPolygon') {
      structure.push(g.coordinates.length);
      g.coordinates.forEach(rings);
    } else rings(g.coordinates);
    return { ...properties, kind: g.type };
  });
  const coords = new Float64Array(points * 2);
  const xy = new Float64Array(points * 2);
  const extents = new Float64Array(features.length * 2);
  let at = 0;
  geometry.features.features.forEach(({ geometry: g }, f) => {
    const lines = g.type === 'MultiPolygon' ? g.coordinates.flat() : g.coordinates;
    for (const line of lines)
      for (const point of line) {
        coords[at++] = point[0] as number;
        coords[at++] = point[1] as number;
      }
    const shape = preview[f] as PreviewShape;
    extents[2 * f] = shape.minX;
    extents[2 * f + 1] = shape.maxX;
  });
  at = 0;
  for (const shape of preview)
    for (const path of shape.paths) {
      xy.set(path, at);
      at += path.length;
    }
  const packed: PackedGeometry = {
    features,
    structure: Int32Array.from(structure),
    coords,
    xy,
    extents,
    shapes: geometry.shapes,
    bounds: geometry.bounds,
  };
  return { packed, transfer: [packed.structure.buffer, coords.buffer, xy.buffer, extents.buffer] as ArrayBuffer[] };
}

interface Layout {
  /** Each path (ring or line) as its first point and point count. */
  paths: [number, number][];
  /** The ring count of each polygon (one polygon for a Polygon; none for lines). */
  polygons: number[];
}

/**
 * Walks `structure` once: where each feature's paths are in the point arrays, and how many points
 * they take; null where `structure` runs out, holds a negative count or is longer than its features.
 */
function layoutOf(structure: Int32Array, features: readonly { kind: Kind }[]): { layouts: Layout[]; points: number } | null {
  let s = 0;
  let points = 0;
  const next = () => (s < structure.length ? (structure[s++] as number) : -1);
  const rings = (layout: Layout) => {
    const count = next();
    for (let r = 0; r < count; r++) {
      const n = next();
      if (n < 0) return -1;
      layout.paths.push([points, n]);
      points += n;
    }
    return count;
  };
  const layouts: Layout[] = [];
  for (const { kind } of features) {
    const layout: Layout = { paths: [], polygons: [] };
    const parts = kind === 'MultiPolygon' ? next() : 1;
    if (parts < 0) return null;
    for (let p = 0; p < parts; p++) {
      const count = rings(layout);
      if (count < 0) return null;
      if (kind !== 'MultiLineString') layout.polygons.push(count);
    }
    layouts.push(layout);
  }
  return s === structure.length ? { layouts, points } : null;
}

function featureOf(
  { kind, ...properties }: PackedGeometry['features'][number],
  layout: Layout,
  coords: Points,
): Feature<Polygon | MultiPolygon | MultiLineString, FillProperties> {
  const paths = layout.paths.map(([start, n]) => {
    const line: Position[] = new Array(n);
    for (let i = 0; i < n; i++) line[i] = [coords[2 * (start + i)] as number, coords[2 * (start + i) + 1] as number];
    return line;
  });
  if (kind !== 'MultiPolygon') return { type: 'Feature', properties, geometry: { type: kind, coordinates: paths } as Polygon | MultiLineString };
  let r = 0;
  const polygons = layout.polygons.map((rings) => paths.slice(r, (r += rings)));
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * The copy kept in the browser between visits (keptGeometry.ts): its points as 32-bit numbers, half
 * the bytes for a return visit to read back and clone. 32 bits hold a longitude to within 2 m
 * (1.5e-5°) and a Mercator point to within 1e-4 px of the world map: no drawn pixel changes.
 */
export function forKeeping(packed: PackedGeometry): PackedGeometry {
  return { ...packed, coords: Float32Array.from(packed.coords), xy: Float32Array.from(packed.xy) };
}

const isPoints = (value: unknown): value is Points => value instanceof Float64Array || value instanceof Float32Array;

const KINDS = new Set<unknown>(['Polygon', 'MultiPolygon', 'MultiLineString']);

/**
 * Whether a value read back from storage (keptGeometry.ts) is a whole packed geometry: its arrays
 * of the right types and lengths, and `structure` accounting for every point, so that reading it
 * never runs past an array.
 */
export function isPackedGeometry(value: unknown): value is PackedGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<Record<keyof PackedGeometry, unknown>>;
  if (!(p.structure instanceof Int32Array) || !isPoints(p.coords) || !isPoints(p.xy)) return false;
  if (!(p.extents instanceof Float64Array) || !(p.shapes instanceof Map) || !Array.isArray(p.features) || !Array.isArray(p.bounds)) return false;
  const features = p.features as unknown[];
  if (
    !features.every(
      (f) => typeof f === 'object' && f !== null && typeof (f as { iso?: unknown }).iso === 'string' && KINDS.has((f as { kind?: unknown }).kind),
    )
  )
    return false;
  if (p.bounds.length !== 4 || !p.bounds.every((n) => typeof n === 'number') || p.extents.length !== 2 * features.length) return false;
  if (p.xy.length !== p.coords.length) return false;
  const layout = layoutOf(p.structure, features as { kind: Kind }[]);
  return layout !== null && 2 * layout.points === p.coords.length;
}

/** Reads a packed geometry: its features are built when first read; the preview's shapes are views of `xy`. */
export function unpackGeometry(packed: PackedGeometry): MapGeometry {
  const layouts = layoutOf(packed.structure, packed.features)?.layouts;
  if (!layouts) throw new Error("The map's packed shapes do not match their structure.");
  const preview: PreviewShape[] = packed.features.map((feature, f) => ({
    iso: feature.iso,
    outline: feature.outline,
    lines: feature.kind === 'MultiLineString',
    paths: (layouts[f] as Layout).paths.map(([start, n]) => packed.xy.subarray(2 * start, 2 * (start + n))),
    minX: packed.extents[2 * f] as number,
    maxX: packed.extents[2 * f + 1] as number,
  }));
  let features: MapGeometry['features'] | null = null;
  const geometry: MapGeometry = {
    get features() {
      features ??= {
        type: 'FeatureCollection',
        features: packed.features.map((feature, f) => featureOf(feature, layouts[f] as Layout, packed.coords)),
      } satisfies FeatureCollection<Polygon | MultiPolygon | MultiLineString, FillProperties>;
      return features;
    },
    shapes: packed.shapes,
    bounds: packed.bounds,
  };
  adoptPreviewShapes(geometry, preview);
  return geometry;
}
