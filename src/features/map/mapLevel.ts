/**
 * The map below the country level (issue #18): the units a level lists, the level a country's
 * regions can be seen at, and what the map fits to. Pure. Loaded with the level kit
 * (levelKit.tsx), never in the first load.
 */
import type { LevelId } from '../../contract/levels';
import type { CatalogIndex } from '../../data/catalogIndex';
import type { TFunction } from '../../i18n/useT';
import type { MapRegion } from '../../state/viewState';
import '../../i18n/enLevels';
import type { MapGeometry } from './geometry';
import { unionBounds, type Bbox } from './mapShapes';
import { REGION_BOUNDS } from './regions';

export interface LevelPlace {
  id: string;
  /** The unit's name with its country's ("Stuttgart, Germany"): units of two countries may share a name. */
  name: string;
}

/** The units of a level as the map names and lists them, in the language's order. */
export function unitPlaces(index: CatalogIndex, level: LevelId, t: TFunction, lang: string): LevelPlace[] {
  return index
    .unitsAt(level)
    .map((unit) => {
      const country = index.countryName(unit.country);
      // A territory listed as a state and as a country (American Samoa) is named once.
      return { id: unit.id, name: country === unit.name ? unit.name : t('level.placeIn', { place: unit.name, country }) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

export interface LevelOffer {
  /** The country whose units the map offers (ISO3). */
  country: string;
  level: LevelId;
}

export interface OfferInput {
  /** The level on screen. */
  level: LevelId;
  /** The levels the indicator has sources at. */
  indicatorLevels: readonly LevelId[];
  /** The countries the user looks at, nearest first: the one the map is zoomed in on, then the selected ones (latest first). */
  candidates: readonly (string | null)[];
  levelsIn: (country: string) => readonly LevelId[];
}

/**
 * The regions to offer at the country level: the first country looked at that has units at a
 * level the indicator has figures for. None below the country (the level control goes back up).
 */
export function levelOffer({ level, indicatorLevels, candidates, levelsIn }: OfferInput): LevelOffer | null {
  if (level !== 'country') return null;
  for (const country of candidates) {
    if (country === null) continue;
    const below = levelsIn(country).find((l) => l !== 'country' && indicatorLevels.includes(l));
    if (below) return { country, level: below };
  }
  return null;
}

const intersects = (a: Bbox, b: Bbox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The region presets worth offering at a level: those whose box meets its units (always the whole map and the selection). */
export function levelRegions(regions: readonly MapRegion[], geometry: MapGeometry | undefined): MapRegion[] {
  const box = geometry ? mainBox(geometry) : null;
  if (!box) return [...regions];
  return regions.filter((r) => r === 'world' || r === 'selection' || intersects(REGION_BOUNDS[r], box));
}

export interface LevelFitInput {
  region: MapRegion;
  geometry: MapGeometry;
  /** The selected places (countries or units). */
  selected: readonly string[];
  /** The country whose units were asked for ("See Germany's NUTS-2 regions"), or null. */
  country: string | null;
  /** The country a unit lies in. */
  countryOf: (unit: string) => string | undefined;
}

export interface MapFit {
  /** Changes whenever the box should be fitted again. */
  key: string;
  box: Bbox;
  maxZoom: number;
}

/**
 * The box of a level's units, leaving out the few far from the rest (the outermost regions of
 * France, Portugal and Spain; Alaska and Hawaii), which are drawn but would shrink the main part
 * to a corner: the units whose centre lies within the 3rd–97th percentiles of longitude and latitude
 * widened by half their span on each side.
 */
export function mainBox(geometry: MapGeometry): Bbox | null {
  const shapes = [...geometry.shapes.values()];
  if (shapes.length === 0) return null;
  const centre = (b: Bbox, axis: 0 | 1) => (b[axis] + b[axis + 2]!) / 2;
  const range = (axis: 0 | 1) => {
    const values = shapes.map((shape) => centre(shape.bbox, axis)).sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
    const [low, high] = [at(0.03), at(0.97)];
    return [low - (high - low) / 2, high + (high - low) / 2] as const;
  };
  const [[w, e], [s, n]] = [range(0), range(1)];
  const inside = shapes.filter((shape) => {
    const x = centre(shape.bbox, 0);
    const y = centre(shape.bbox, 1);
    return x >= w && x <= e && y >= s && y <= n;
  });
  return unionBounds(inside.map((shape) => shape.bbox));
}

function unitsBox(geometry: MapGeometry, keep: (id: string) => boolean): Bbox | null {
  return unionBounds([...geometry.shapes.values()].filter((shape) => keep(shape.id)).map((shape) => shape.bbox));
}

/**
 * What a map below the country level shows: the units of the country asked for; for the selection,
 * the selected units and the units of the selected countries; the whole map is the units' bounds
 * (not the world); a continent is its box.
 */
export function levelFit({ region, geometry, selected, country, countryOf }: LevelFitInput): MapFit {
  const all = mainBox(geometry) ?? REGION_BOUNDS.world;
  if (country !== null) {
    const box = unitsBox(geometry, (id) => countryOf(id) === country);
    if (box) return { key: `country|${country}`, box, maxZoom: 7 };
  }
  if (region === 'selection') {
    const chosen = new Set(selected);
    const box = unitsBox(geometry, (id) => chosen.has(id) || chosen.has(countryOf(id) ?? ''));
    return { key: `selection|${selected.join('~')}`, box: box ?? all, maxZoom: 7 };
  }
  return { key: region, box: region === 'world' ? all : REGION_BOUNDS[region], maxZoom: 9 };
}

/** "12 regions", "1 state": a count of a level's places. */
export const placesCount = (t: TFunction, level: LevelId, count: number): string => t(`level.count.${level}`, { count });
