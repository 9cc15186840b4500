/**
 * The map's shapes as the first-frame preview draws them (preview.ts): each feature's rings or
 * lines in Web Mercator units (0..1 across the world), projected once per geometry, either here on
 * the page or by the boundaries worker along with the geometry (geometryPacking.ts). Pure: no DOM.
 */
import type { MapGeometry } from './geometry';

const MAX_LAT = 85.051129;

export const mercatorX = (lng: number): number => (180 + lng) / 360;
export function mercatorY(lat: number): number {
  const l = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}

/**
 * Points as x, y pairs: 64-bit as built, 32-bit as kept in the browser between visits
 * (keptGeometry.ts).
 */
export type Points = Float64Array | Float32Array;

/** A feature's lines in Web Mercator units (x, y pairs). */
export interface PreviewShape {
  iso: string;
  outline: boolean;
  /** Lines to stroke (a border cut at the antimeridian) rather than rings to fill. */
  lines: boolean;
  paths: Points[];
  minX: number;
  maxX: number;
}

const cache = new WeakMap<MapGeometry, PreviewShape[]>();

/** Projects a geometry's features (or returns them as projected before, or as the worker projected them). */
export function previewShapes(geometry: MapGeometry): PreviewShape[] {
  const cached = cache.get(geometry);
  if (cached) return cached;
  const out: PreviewShape[] = geometry.features.features.map((feature) => {
    const g = feature.geometry;
    const lines = g.type === 'MultiLineString' ? g.coordinates : (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
    let minX = Infinity;
    let maxX = -Infinity;
    const paths = lines.map((line) => {
      const xy = new Float64Array(line.length * 2);
      line.forEach(([lng, lat], i) => {
        const x = mercatorX(lng as number);
        xy[2 * i] = x;
        xy[2 * i + 1] = mercatorY(lat as number);
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
      });
      return xy;
    });
    return { iso: feature.properties.iso, outline: feature.properties.outline, lines: g.type === 'MultiLineString', paths, minX, maxX };
  });
  cache.set(geometry, out);
  return out;
}

/** Gives a geometry the shapes projected for it elsewhere (by the boundaries worker). */
export function adoptPreviewShapes(geometry: MapGeometry, shapes: PreviewShape[]): void {
  cache.set(geometry, shapes);
}
