/**
 * The ratio map's projection for a level, fitted to the units it shows: the world in Equal Earth;
 * US states in Albers USA (Alaska and Hawaii as insets); NUTS regions in a conic fitted to the
 * paired regions of Europe's mainland (the outermost regions, such as the Canaries or Réunion,
 * are drawn when in view but never stretch the frame).
 */
import { geoAlbersUsa, geoArea, geoCentroid, geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from 'd3';
import type { Polygon, Position } from 'geojson';
import type { LevelId } from '../../contract/levels';
import type { CountryFeature } from './useCompareData';

export const MAP_WIDTH = 960;
const WORLD_HEIGHT = 470;
const PAD = 4;

export interface ProjectedShapes {
  height: number;
  shapes: { id: string; d: string }[];
}

/** Europe's mainland, islands near it included (longitude west–east, latitude south–north). */
const MAINLAND = { west: -25, east: 45, south: 34, north: 72 };

function onMainland(f: CountryFeature): boolean {
  const [lon, lat] = geoCentroid(f);
  return lon >= MAINLAND.west && lon <= MAINLAND.east && lat >= MAINLAND.south && lat <= MAINLAND.north;
}

/**
 * d3-geo reads a polygon's interior from its winding: a ring wound the other way than d3 expects
 * stands for the rest of the globe (a simplified shape can come out so). No unit covers half the
 * globe, so such a polygon is turned around.
 */
export function rewound(f: CountryFeature): CountryFeature {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  const g = f.geometry;
  if (g.type === 'Polygon') {
    const coordinates = fix(g.coordinates);
    return coordinates === g.coordinates ? f : { ...f, geometry: { ...g, coordinates } };
  }
  if (g.type === 'MultiPolygon') {
    const coordinates = g.coordinates.map(fix);
    return coordinates.every((c, i) => c === g.coordinates[i]) ? f : { ...f, geometry: { ...g, coordinates } };
  }
  return f;
}

const collection = (features: readonly CountryFeature[]) => ({ type: 'FeatureCollection' as const, features: [...features] });

/** The features the frame is fitted to: for NUTS, the paired ones on the mainland (all mainland ones when none is paired). */
export function framedFeatures(level: LevelId, features: readonly CountryFeature[], paired: ReadonlySet<string>): CountryFeature[] {
  if (level !== 'nuts2' && level !== 'nuts3') return [...features];
  const mainland = features.filter(onMainland);
  const shown = mainland.filter((f) => paired.has(String(f.id)));
  return shown.length > 0 ? shown : mainland;
}

function projectionOf(level: LevelId): GeoProjection {
  if (level === 'us-state') return geoAlbersUsa() as unknown as GeoProjection;
  if (level === 'nuts2' || level === 'nuts3') return geoConicConformal().rotate([-10, 0]).parallels([35, 65]);
  return geoEqualEarth();
}

/** The SVG paths of the shapes and the height of the frame (its width is MAP_WIDTH). */
export function projectShapes(level: LevelId, given: readonly CountryFeature[], paired: ReadonlySet<string>): ProjectedShapes {
  const features = given.map(rewound);
  const projection = projectionOf(level);
  const framed = collection(framedFeatures(level, features, paired));
  let height = WORLD_HEIGHT;
  if (level === 'country') {
    projection.fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, WORLD_HEIGHT - PAD],
      ],
      framed,
    );
  } else {
    // The frame's height follows the units' shape, within bounds that keep the card readable.
    projection.fitWidth(MAP_WIDTH - 2 * PAD, framed);
    const [[, top], [, bottom]] = geoPath(projection).bounds(framed);
    height = Math.min(720, Math.max(320, Math.ceil(bottom - top) + 2 * PAD));
    projection.fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, height - PAD],
      ],
      framed,
    );
  }
  const path = geoPath(projection).digits(1);
  return { height, shapes: features.map((f) => ({ id: String(f.id), d: path(f) ?? '' })).filter((s) => s.d !== '') };
}
