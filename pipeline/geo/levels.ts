/**
 * The boundaries of the levels below the country (src/contract/levels.ts), built from open sources:
 * NUTS-2 2024 and NUTS-3 2021 (1:60 million) from Eurostat GISCO as GeoJSON, US states from the
 * us-atlas package (Census Bureau cartographic boundaries, 1:10 million). Each level becomes one
 * TopoJSON file with one object "units", each geometry's id the unit's code and its properties
 * { name }, and a list of units (code, name, country) for the catalog. Pure: inputs in, data out.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isCodeOf, type LevelId } from '../../src/contract/levels';
import type { GeoUnit, Level } from '../../src/contract/schema';

export type SubLevel = Exclude<LevelId, 'country'>;
export type UnitShape = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };
export type LevelTopology = Topology<{ units: GeometryCollection<{ name: string }> }>;

/** A feature of the input left out, and why. */
export interface DroppedUnit {
  id: string;
  name: string;
  reason: string;
}

export interface LevelShapes {
  level: SubLevel;
  shapes: UnitShape[];
  units: GeoUnit[];
  dropped: DroppedUnit[];
}

export interface LevelBoundaries extends LevelShapes {
  /** The catalog's entry for the level. */
  entry: Level;
  topology: LevelTopology;
}

/** How a level's shapes are stored: the grid of the quantized coordinates, and the share of points kept by simplification (null: all). */
export interface Resolution {
  quantization: number;
  keep: number | null;
}

/** NUTS country codes that are not the ISO 3166-1 alpha-2 code of the country. */
const NUTS_COUNTRY_CODES: Record<string, string> = { EL: 'GRC', UK: 'GBR', XK: 'XKX' };

/** The ISO3 of a NUTS country code (CNTR_CODE), given a resolver of ISO 3166-1 alpha-2 codes. */
export function nutsCountry(code: string, iso2ToIso3: (iso2: string) => string | undefined): string | undefined {
  return NUTS_COUNTRY_CODES[code] ?? iso2ToIso3(code);
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface NutsProperties {
  NUTS_ID?: unknown;
  NAME_LATN?: unknown;
  CNTR_CODE?: unknown;
}

/**
 * The units of a GISCO NUTS file at one level: code NUTS_ID, name NAME_LATN (the Latin-script
 * name), country CNTR_CODE as ISO3. Extra-regio codes (…ZZ, no territory), features without a
 * shape and codes of another level are left out, each with its reason.
 */
export function nutsShapes(collection: FeatureCollection, level: 'nuts2' | 'nuts3', iso2ToIso3: (iso2: string) => string | undefined): LevelShapes {
  const shapes: UnitShape[] = [];
  const units: GeoUnit[] = [];
  const dropped: DroppedUnit[] = [];
  const seen = new Set<string>();
  for (const f of collection.features) {
    const props = (f.properties ?? {}) as NutsProperties;
    const id = String(props.NUTS_ID ?? '');
    const name = String(props.NAME_LATN ?? '').trim();
    if (/ZZ+$/.test(id)) {
      dropped.push({ id, name, reason: 'extra-regio code: no territory' });
      continue;
    }
    if (!isCodeOf(level, id)) {
      dropped.push({ id, name, reason: `not a ${level} code` });
      continue;
    }
    if (f.geometry === null || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      dropped.push({ id, name, reason: 'no polygon shape' });
      continue;
    }
    if (seen.has(id)) throw new Error(`${level}: the code ${id} has two features`);
    const country = nutsCountry(String(props.CNTR_CODE ?? ''), iso2ToIso3);
    if (country === undefined) throw new Error(`${level}: ${id} has an unknown country code "${String(props.CNTR_CODE)}"`);
    if (name === '') throw new Error(`${level}: ${id} has no NAME_LATN`);
    seen.add(id);
    shapes.push({ type: 'Feature', id, properties: { name }, geometry: f.geometry });
    units.push({ id, level, name, country });
  }
  return { level, shapes: shapes.sort(byId), units: units.sort(byId), dropped: dropped.sort(byId) };
}

/** The 50 states and the District of Columbia: the FIPS codes of us-atlas that are no state are the territories. */
export const US_STATE_FIPS = new Set(
  '01 02 04 05 06 08 09 10 11 12 13 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 44 45 46 47 48 49 50 51 53 54 55 56'.split(
    ' ',
  ),
);

export type AtlasStates = Topology<{ states: GeometryCollection<{ name: string }> }>;

/**
 * The states of us-atlas (object "states", ids FIPS state codes): the 50 states and DC. The
 * territories (Puerto Rico, Guam, the Virgin Islands, American Samoa, the Northern Mariana Islands)
 * are left out: no source of the snapshot gives figures for them as a state.
 */
export function usStateShapes(atlas: AtlasStates): LevelShapes {
  const collection = feature(atlas, atlas.objects.states) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const shapes: UnitShape[] = [];
  const units: GeoUnit[] = [];
  const dropped: DroppedUnit[] = [];
  for (const f of collection.features) {
    const id = String(f.id ?? '');
    const name = f.properties.name;
    if (!US_STATE_FIPS.has(id)) {
      dropped.push({ id, name, reason: 'a territory, not a state: no source gives state figures for it' });
      continue;
    }
    shapes.push({ type: 'Feature', id, properties: { name }, geometry: f.geometry });
    units.push({ id, level: 'us-state', name, country: 'USA' });
  }
  return { level: 'us-state', shapes: shapes.sort(byId), units: units.sort(byId), dropped: dropped.sort(byId) };
}

/** Shapes as one TopoJSON object "units", simplified (Visvalingam, keeping the `keep` share of points) and quantized. */
export function levelTopology(shapes: readonly UnitShape[], { quantization, keep }: Resolution): LevelTopology {
  const input: FeatureCollection = { type: 'FeatureCollection', features: [...shapes] };
  let topo = topology({ units: input }) as LevelTopology;
  if (keep !== null) {
    const weighted = presimplify(topo);
    topo = simplify(weighted, quantile(weighted, keep));
    // presimplify adds each point's weight as a third coordinate: not part of the file.
    topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  }
  return quantize(topo, quantization);
}

export interface LevelInputs {
  nuts2: FeatureCollection;
  nuts3: FeatureCollection;
  usAtlas: AtlasStates;
}

const EUROGEOGRAPHICS = '© EuroGeographics for the administrative boundaries';

/**
 * Each level's catalog entry and how its shapes are stored. The NUTS files are already generalised
 * (1:60 million, and the NUTS-2 2024 file as coarse), so they are only quantized; the us-atlas states
 * (1:10 million) keep about half their points, enough for a national map.
 */
export const LEVEL_SPECS: Readonly<Record<SubLevel, { entry: Level; resolution: Resolution }>> = {
  nuts2: {
    entry: {
      id: 'nuts2',
      name: 'NUTS-2 regions',
      codes: 'NUTS 2024',
      boundaries: 'nuts2.topo.json',
      attribution: `${EUROGEOGRAPHICS} (Eurostat GISCO, NUTS 2024)`,
      i18n: { fr: { name: 'Régions NUTS 2' }, es: { name: 'Regiones NUTS 2' } },
    },
    resolution: { quantization: 10_000, keep: null },
  },
  nuts3: {
    entry: {
      id: 'nuts3',
      name: 'NUTS-3 regions',
      codes: 'NUTS 2021',
      boundaries: 'nuts3.topo.json',
      attribution: `${EUROGEOGRAPHICS} (Eurostat GISCO, NUTS 2021, 1:60 million)`,
      i18n: { fr: { name: 'Régions NUTS 3' }, es: { name: 'Regiones NUTS 3' } },
    },
    resolution: { quantization: 10_000, keep: null },
  },
  'us-state': {
    entry: {
      id: 'us-state',
      name: 'US states',
      codes: 'US Census FIPS state codes',
      boundaries: 'us-state.topo.json',
      attribution: 'US Census Bureau cartographic boundaries (public domain), via us-atlas',
      i18n: { fr: { name: 'États des États-Unis' }, es: { name: 'Estados de EE. UU.' } },
    },
    resolution: { quantization: 10_000, keep: 0.5 },
  },
};

/** Every level's shapes, units, catalog entry and topology, in the order of the contract's levels. */
export function buildLevels(inputs: LevelInputs, iso2ToIso3: (iso2: string) => string | undefined): LevelBoundaries[] {
  const shapes: LevelShapes[] = [
    nutsShapes(inputs.nuts2, 'nuts2', iso2ToIso3),
    nutsShapes(inputs.nuts3, 'nuts3', iso2ToIso3),
    usStateShapes(inputs.usAtlas),
  ];
  return shapes.map((s) => ({ ...s, entry: LEVEL_SPECS[s.level].entry, topology: levelTopology(s.shapes, LEVEL_SPECS[s.level].resolution) }));
}
