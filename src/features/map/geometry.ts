/**
 * Country shapes for the map, from the boundaries TopoJSON (public/geo/countries.topo.json: the
 * world-atlas 1:50m shapes, each geometry's id its ISO3 code). Pure: no DOM, no map engine.
 *
 * Shapes that cross the antimeridian (Russia, Fiji, Kiribati, New Zealand's Chatham Islands, the
 * Aleutians) come as rings whose longitudes jump from +180 to -180, or as parts on both sides. A
 * map engine draws such a jump as a streak across the whole world, so each ring is "unwrapped"
 * (no segment spans more than 180° of longitude; longitudes may then leave -180..180) and each part
 * is moved by whole turns next to the country's largest part. The map renders world copies, so a
 * part at longitude 185 is drawn where 185 - 360 = -175 is, too.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { levelOfCode } from '../../contract/levels';
import type { BoundaryTopology } from '../../data/boundaries';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [west, south, east, north] in degrees; west < east, and east may exceed 180. */
export type Bbox = [number, number, number, number];

export interface FillProperties {
  /** The ISO3 code, or "~n" for a shape that is not a country of the data (Somaliland, N. Cyprus). */
  iso: string;
  name: string;
  /** Whether the shape is a country of the data (hoverable, selectable). */
  country: boolean;
  /**
   * Whether line layers draw this feature's outline. False for a polygon cut at the antimeridian,
   * whose outline comes from a separate line feature (same iso) without the cut.
   */
  outline: boolean;
}

export interface CountryShape {
  id: string;
  name: string;
  bbox: Bbox;
  /** A point inside the country's largest part, for tooltips and tests. */
  anchor: [number, number];
}

export interface MapGeometry {
  /**
   * One feature collection for one map source: the country polygons, plus, for the few shapes cut
   * at the antimeridian (Fiji), their outline as lines without the cut. All features of a country
   * share its iso, so one feature-state per country reaches fills and outlines.
   */
  features: FeatureCollection<Polygon | MultiPolygon | MultiLineString, FillProperties>;
  /** The countries, by ISO3 code. */
  shapes: Map<string, CountryShape>;
  bounds: Bbox;
}

/**
 * Shapes left off the map: Antarctica has no permanent population (so no values) and on a Web
 * Mercator map it would take up the bottom third of the world view.
 */
export const HIDDEN_SHAPES: ReadonlySet<string> = new Set(['ATA']);

type Ring = Position[];
type PolygonRings = Ring[];

/** Makes a ring continuous in longitude: no segment spans more than 180°. Returns the ring itself when it already is. */
export function unwrapRing(ring: readonly Position[]): Ring {
  let jumps = false;
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]![0] as number) - (ring[i - 1]![0] as number)) > 180) {
      jumps = true;
      break;
    }
  }
  if (!jumps) return ring as Ring;
  const out: Ring = [];
  let offset = 0;
  let previous: number | null = null;
  for (const point of ring) {
    const lng = point[0] as number;
    if (previous !== null) {
      const delta = lng + offset - previous;
      if (delta > 180) offset -= 360 * Math.ceil((delta - 180) / 360);
      else if (delta < -180) offset += 360 * Math.ceil((-180 - delta) / 360);
    }
    const x = lng + offset;
    out.push([x, point[1] as number]);
    previous = x;
  }
  return out;
}

function shiftRing(ring: Ring, by: number): Ring {
  return by === 0 ? ring : ring.map((point) => [(point[0] as number) + by, point[1] as number]);
}

// The loops below index points rather than destructure them: they run over ~100,000 points.
function ringBbox(ring: readonly Position[]): Bbox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i] as Position;
    const x = point[0] as number;
    const y = point[1] as number;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Planar area (square degrees, unsigned) of a ring: enough to tell a country's largest part. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    sum += (b[0] as number) * (a[1] as number) - (a[0] as number) * (b[1] as number);
  }
  return Math.abs(sum / 2);
}

const centreLng = (ring: readonly Position[]) => {
  const [w, , e] = ringBbox(ring);
  return (w + e) / 2;
};

/** The multiple of 360 that brings x within 180 of the target. */
function turnsTowards(x: number, target: number): number {
  return 360 * Math.round((target - x) / 360);
}

/**
 * Unwraps every ring, then moves parts (and holes) by whole turns next to the largest part, and
 * the whole shape so that its largest part is centred within -180..180.
 */
export function unwrapPolygons(polygons: readonly (readonly (readonly Position[])[])[]): PolygonRings[] {
  const unwrapped: PolygonRings[] = polygons.map((polygon) => {
    const rings = polygon.map((ring) => unwrapRing(ring));
    const outer = rings[0];
    if (!outer) return [];
    if (rings.length === 1) return rings;
    const centre = centreLng(outer);
    return [outer, ...rings.slice(1).map((hole) => shiftRing(hole, turnsTowards(centreLng(hole), centre)))];
  });
  if (unwrapped.length === 1) {
    const only = unwrapped[0] as PolygonRings;
    const by = only[0] ? turnsTowards(centreLng(only[0]), 0) : 0;
    return by === 0 ? unwrapped : [only.map((ring) => shiftRing(ring, by))];
  }
  const centres = unwrapped.map((polygon) => (polygon[0] ? centreLng(polygon[0]) : 0));
  let largest = -1;
  let largestArea = -1;
  unwrapped.forEach((polygon, i) => {
    const area = polygon[0] ? ringArea(polygon[0]) : 0;
    if (area > largestArea) {
      largestArea = area;
      largest = i;
    }
  });
  if (largest < 0) return unwrapped;
  const refCentre = centres[largest] as number;
  const normalise = turnsTowards(refCentre, 0);
  return unwrapped.map((polygon, i) => {
    const by = turnsTowards(centres[i] as number, refCentre) + normalise;
    return by === 0 ? polygon : polygon.map((ring) => shiftRing(ring, by));
  });
}

/** Whether a longitude lies on the antimeridian (±180, or ±180 plus whole turns). */
function onAntimeridian(lng: number): boolean {
  const r = (((lng + 180) % 360) + 360) % 360;
  return r < 1e-9 || 360 - r < 1e-9;
}

function isSeam(a: Position, b: Position): boolean {
  return a[0] === b[0] && onAntimeridian(a[0] as number) && a[1] !== b[1];
}

/**
 * A ring as lines, leaving out segments that run along the antimeridian (where a shape was cut).
 * Returns [ring] (the ring itself) when it has no such segment.
 */
export function ringLines(ring: readonly Position[]): Position[][] {
  let seams = false;
  for (let i = 1; i < ring.length && !seams; i++) seams = isSeam(ring[i - 1] as Position, ring[i] as Position);
  if (!seams) return [ring as Position[]];
  const lines: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i] as Position;
    if (i > 0 && isSeam(ring[i - 1] as Position, point)) {
      if (current.length > 1) lines.push(current);
      current = [];
    }
    current.push(point);
  }
  if (current.length > 1) lines.push(current);
  return lines;
}

/** Calls `visit` with each edge of a closed ring, from point i back to point j (the one before it). */
function forEachEdge(ring: readonly Position[], visit: (xi: number, yi: number, xj: number, yj: number) => void): void {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    visit(ring[i]![0] as number, ring[i]![1] as number, ring[j]![0] as number, ring[j]![1] as number);
  }
}

/** Where the horizontal line at `y` crosses the edges of all rings of a polygon (x values, unsorted). */
function crossingsAt(polygon: readonly (readonly Position[])[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    forEachEdge(ring, (xi, yi, xj, yj) => {
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    });
  }
  return xs;
}

/** Even-odd point-in-polygon test over all rings of a polygon. */
export function pointInPolygon(point: readonly [number, number], polygon: readonly (readonly Position[])[]): boolean {
  const [x, y] = point;
  return crossingsAt(polygon, y).filter((cx) => x < cx).length % 2 === 1;
}

/**
 * A point inside a polygon: its centroid when that is inside, else the middle of the widest
 * inside stretch of the horizontal line through the centroid (or through the bbox middle).
 */
export function interiorPoint(polygon: readonly (readonly Position[])[]): [number, number] {
  const outer = polygon[0] ?? [];
  let a = 0;
  let cx = 0;
  let cy = 0;
  forEachEdge(outer, (xi, yi, xj, yj) => {
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  });
  const [w, s, e, n] = ringBbox(outer);
  const centroid: [number, number] = a !== 0 ? [cx / (3 * a), cy / (3 * a)] : [(w + e) / 2, (s + n) / 2];
  if (pointInPolygon(centroid, polygon)) return centroid;
  for (const y of [centroid[1], (s + n) / 2, s + (n - s) * 0.25, s + (n - s) * 0.75]) {
    const xs = crossingsAt(polygon, y).sort((p, q) => p - q);
    let best: [number, number] | null = null;
    let widest = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = (xs[i + 1] as number) - (xs[i] as number);
      if (width > widest) {
        widest = width;
        best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
      }
    }
    if (best) return best;
  }
  return centroid;
}

const unite = (u: Bbox, b: Bbox): Bbox => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])];

/** The smallest box around boxes, taking the shorter way around the antimeridian. */
export function unionBounds(boxes: readonly Bbox[]): Bbox | null {
  if (boxes.length === 0) return null;
  const union = (list: readonly Bbox[]): Bbox => list.reduce<Bbox>(unite, [Infinity, Infinity, -Infinity, -Infinity]);
  const asIs = union(boxes);
  // The same boxes with the western hemisphere moved one turn east (Pacific views).
  const shifted = union(boxes.map((b) => ((b[0] + b[2]) / 2 < 0 ? [b[0] + 360, b[1], b[2] + 360, b[3]] : b)));
  return shifted[2] - shifted[0] < asIs[2] - asIs[0] - 1e-9 ? shifted : asIs;
}

type AnyTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** Whether a parsed JSON value looks like the boundaries topology. */
export function isCountriesTopology(value: unknown): value is AnyTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } }; arcs?: unknown };
  return v.type === 'Topology' && Array.isArray(v.arcs) && v.objects?.countries?.type === 'GeometryCollection';
}

/** Builds the map's shapes from a boundaries topology's object (countries, or a level's units). */
export function buildMapGeometry(topology: BoundaryTopology, object: 'countries' | 'units' = 'countries'): MapGeometry {
  const collection = feature(topology, topology.objects[object]!) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
  const features: Feature<Polygon | MultiPolygon | MultiLineString, FillProperties>[] = [];
  const shapes = new Map<string, CountryShape>();
  const boxes: Bbox[] = [];
  let other = 0;

  for (const f of collection.features) {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const rawId = f.id;
    const isCountry = typeof rawId === 'string' && levelOfCode(rawId) !== null;
    if (isCountry && HIDDEN_SHAPES.has(rawId)) continue;
    const name = f.properties?.name ?? (isCountry ? rawId : '');
    const iso = isCountry ? rawId : `~${other++}`;
    const polygons = unwrapPolygons(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).filter(
      (p) => p.length > 0 && (p[0]?.length ?? 0) >= 4,
    );
    if (polygons.length === 0) continue;
    const rings = new Set<Position[]>(polygons.flat());
    const lines = polygons.flatMap((polygon) => polygon.flatMap((ring) => ringLines(ring)));
    const cut = lines.some((line) => !rings.has(line));
    features.push({
      type: 'Feature',
      properties: { iso, name, country: isCountry, outline: !cut },
      geometry:
        polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as PolygonRings } : { type: 'MultiPolygon', coordinates: polygons },
    });
    if (cut)
      features.push({
        type: 'Feature',
        properties: { iso, name, country: isCountry, outline: true },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
    // The parts are next to each other after unwrapping, so the plain union is the country's box.
    const box = polygons.map((p) => ringBbox(p[0] as Ring)).reduce<Bbox>(unite, [Infinity, Infinity, -Infinity, -Infinity]);
    boxes.push(box);
    if (isCountry) {
      let largest = polygons[0] as PolygonRings;
      let largestArea = -1;
      for (const p of polygons) {
        const area = ringArea(p[0] as Ring);
        if (area > largestArea) {
          largestArea = area;
          largest = p;
        }
      }
      shapes.set(iso, { id: iso, name, bbox: box, anchor: interiorPoint(largest) });
    }
  }
  const all = boxes.reduce<Bbox>(unite, [Infinity, Infinity, -Infinity, -Infinity]);
  return { features: { type: 'FeatureCollection', features }, shapes, bounds: all };
}
