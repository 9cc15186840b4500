/**
 * Joins the world-atlas 1:50m country shapes (TopoJSON, ids = UN M49 numeric codes) to
 * ISO 3166-1 alpha-3 codes and the region / subregion classification of the world-countries
 * package. Pure: the inputs are JSON modules, the output is plain data.
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-50m.json';
import worldCountriesJson from 'world-countries/countries.json';
import type { Country, Region } from '../../src/contract/schema';

/** The fields of a world-countries record that the join reads. */
export interface WorldCountry {
  cca3: string;
  ccn3: string;
  name: { common: string };
  region: string;
  subregion: string;
  independent: boolean | null;
  area: number;
  latlng: number[];
  borders?: string[];
}

interface ShapeProperties {
  name: string;
}
type Shape = (Polygon<ShapeProperties> | MultiPolygon<ShapeProperties>) & { id?: string | number };
export type AtlasTopology = Topology<{ countries: GeometryCollection<ShapeProperties> }>;

/** Facts about a matched country that the demo generator uses (size, position, neighbours). */
export interface CountryFacts {
  id: string;
  area: number;
  lat: number;
  lng: number;
  independent: boolean;
  borders: string[];
}

export interface Unmatched {
  name: string;
  reason: string;
}

export interface Uninhabited {
  id: string;
  name: string;
  reason: string;
}

export interface Boundaries {
  /** The country shapes: matched ones carry id = ISO3 and properties {name}; unmatched ones no id. */
  topology: AtlasTopology;
  countries: Country[];
  regions: Region[];
  facts: Map<string, CountryFacts>;
  unmatched: Unmatched[];
  /** Matched countries with no permanent population: in the catalog, but given no values. */
  uninhabited: Uninhabited[];
}

/** Shapes with no M49 id that are joined by name instead. */
const NAME_JOINS: Record<string, string> = { Kosovo: 'UNK' };

/** world-countries codes that differ from the code the contract uses. */
const CODE_OVERRIDES: Record<string, string> = {
  UNK: 'XKX', // Kosovo: user-assigned code, XKX is the one used by most international statistics
};

/** Why the remaining shapes have no ISO 3166-1 country. Keyed by the atlas name. */
export const UNMATCHED_REASONS: Record<string, string> = {
  Somaliland: 'not an ISO 3166-1 country: disputed/unrecognised territory (within Somalia, SOM)',
  'N. Cyprus': 'not an ISO 3166-1 country: disputed/unrecognised territory (within Cyprus, CYP)',
  'Siachen Glacier': 'not an ISO 3166-1 country: disputed area between India and Pakistan',
  'Indian Ocean Ter.': 'Australian external territories with no single ISO code (Christmas Island CXR and Cocos (Keeling) Islands CCK in one shape)',
};

/** Territories with no permanent population. Listed if the atlas has a shape for them. */
export const UNINHABITED_REASONS: Record<string, string> = {
  ATA: 'no permanent population (research stations only)',
  ATF: 'no permanent population (research and weather stations only)',
  BVT: 'no permanent population (uninhabited island)',
  HMD: 'no permanent population (uninhabited islands)',
  SGS: 'no permanent population (research stations only)',
  IOT: 'no permanent civilian population (military facility only)',
};

const REGION_ORDER = ['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctic'];
/** world-countries gives the Antarctic region no subregion; the contract needs one. */
const ANTARCTIC_SUBREGION = { id: 'antarctic-territories', name: 'Antarctic territories' };

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function joinBoundaries(
  atlas: AtlasTopology = atlasJson as unknown as AtlasTopology,
  worldCountries: readonly WorldCountry[] = worldCountriesJson as unknown as WorldCountry[],
): Boundaries {
  const byNumeric = new Map<string, WorldCountry>();
  const byCode = new Map<string, WorldCountry>();
  for (const c of worldCountries) {
    if (c.ccn3) byNumeric.set(c.ccn3, c);
    byCode.set(c.cca3, c);
  }

  const shapesByCountry = new Map<string, { country: WorldCountry; shapes: Shape[] }>();
  const unmatchedShapes: Shape[] = [];
  const unmatched: Unmatched[] = [];
  for (const shape of atlas.objects.countries.geometries as Shape[]) {
    const name = shape.properties?.name ?? '';
    const numeric = shape.id === undefined ? undefined : String(shape.id);
    const joinedByName = NAME_JOINS[name];
    const country = numeric !== undefined ? byNumeric.get(numeric) : joinedByName !== undefined ? byCode.get(joinedByName) : undefined;
    if (country === undefined) {
      unmatchedShapes.push(shape);
      unmatched.push({
        name,
        reason: UNMATCHED_REASONS[name] ?? `no ISO 3166-1 country for UN M49 code ${numeric ?? '(none)'}`,
      });
      continue;
    }
    const id = CODE_OVERRIDES[country.cca3] ?? country.cca3;
    const entry = shapesByCountry.get(id) ?? { country, shapes: [] };
    entry.shapes.push(shape);
    shapesByCountry.set(id, entry);
  }

  const ids = [...shapesByCountry.keys()].sort(byText);
  const countries: Country[] = [];
  const facts = new Map<string, CountryFacts>();
  const subregions = new Map<string, { id: string; name: string; parent: string }>();
  const regionNames = new Map<string, string>();
  const geometries: Shape[] = [];

  for (const id of ids) {
    const { country, shapes } = shapesByCountry.get(id)!;
    const name = country.name.common;
    const region = slugify(country.region);
    const sub = country.subregion ? { id: slugify(country.subregion), name: country.subregion } : ANTARCTIC_SUBREGION;
    regionNames.set(region, country.region);
    subregions.set(sub.id, { ...sub, parent: region });
    const record: Country = { id, name, region, subregion: sub.id };
    countries.push(UNINHABITED_REASONS[id] === undefined ? record : { ...record, uninhabited: true });
    facts.set(id, {
      id,
      area: country.area,
      lat: country.latlng[0] ?? 0,
      lng: country.latlng[1] ?? 0,
      independent: country.independent === true,
      borders: (country.borders ?? []).map((b) => CODE_OVERRIDES[b] ?? b).sort(byText),
    });

    // Australia comes as two shapes with M49 036 (the mainland and Ashmore & Cartier Is.): merge them.
    const merged: Shape = shapes.length === 1 ? shapes[0]! : (mergeArcs(atlas as Topology, shapes as (Polygon | MultiPolygon)[]) as Shape);
    geometries.push({ type: merged.type, arcs: merged.arcs, id, properties: { name } } as Shape);
  }

  for (const shape of [...unmatchedShapes].sort((a, b) => byText(a.properties?.name ?? '', b.properties?.name ?? ''))) {
    geometries.push({ type: shape.type, arcs: shape.arcs, properties: { name: shape.properties?.name ?? '' } } as Shape);
  }

  for (const region of regionNames.keys()) {
    if (!REGION_ORDER.includes(region)) throw new Error(`unexpected region "${region}" in world-countries`);
  }
  const regions: Region[] = [
    ...REGION_ORDER.filter((r) => regionNames.has(r)).map((r) => ({ id: r, name: regionNames.get(r)!, parent: null })),
    ...[...subregions.values()]
      .sort((a, b) => REGION_ORDER.indexOf(a.parent) - REGION_ORDER.indexOf(b.parent) || byText(a.id, b.id))
      .map((s) => ({ id: s.id, name: s.name, parent: s.parent })),
  ];

  const uninhabited = countries
    .filter((c) => UNINHABITED_REASONS[c.id] !== undefined)
    .map((c) => ({ id: c.id, name: c.name, reason: UNINHABITED_REASONS[c.id]! }));

  const topology: AtlasTopology = {
    type: 'Topology',
    bbox: atlas.bbox,
    transform: atlas.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: atlas.arcs,
  } as AtlasTopology;

  return {
    topology,
    countries,
    regions,
    facts,
    unmatched: unmatched.sort((a, b) => byText(a.name, b.name)),
    uninhabited,
  };
}
