import type { MapRegion } from '../../state/viewState';
import type { MapGeometry } from './geometry';
import { unionBounds, type Bbox } from './mapShapes';

/**
 * What each region button shows, [west, south, east, north]. Hand-set rather than computed from the
 * shapes: Europe would otherwise stretch to Russia's Pacific coast and Oceania across French
 * Polynesia. Longitudes beyond 180 are fine (the map draws world copies).
 */
export const REGION_BOUNDS: Record<Exclude<MapRegion, 'selection'>, Bbox> = {
  world: [-180, -57, 180, 80],
  africa: [-26, -35.5, 58, 38],
  americas: [-170, -56, -25, 72],
  asia: [25, -11, 150, 56],
  europe: [-25, 34, 45, 71.5],
  oceania: [110, -48, 200, 2],
};

/** The box to show for a region; 'selection' fits the selected countries (the world if none is on the map). */
export function regionBounds(region: MapRegion, geometry: MapGeometry, selected: readonly string[]): Bbox {
  if (region !== 'selection') return REGION_BOUNDS[region];
  const boxes = selected.map((id) => geometry.shapes.get(id)?.bbox).filter((b): b is Bbox => b !== undefined);
  return unionBounds(boxes) ?? REGION_BOUNDS.world;
}
