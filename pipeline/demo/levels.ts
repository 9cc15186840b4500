/**
 * The levels below the country in the demo catalog and their units (codes, names, country), read
 * from the same open boundaries the pipeline builds the level maps from: NUTS 2024 NUTS-2 and NUTS
 * 2021 NUTS-3 (../shared/data/boundaries/) and us-atlas's states (FIPS ids). Only the units are real:
 * every figure the demo gives for them is synthetic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { GeoUnit, Level } from '../../src/contract/schema';
import { LEVEL_RULES, type LevelId } from '../../src/contract/levels';

export type SubLevelId = Exclude<LevelId, 'country'>;

const SHARED_BOUNDARIES = fileURLToPath(new URL('../../../shared/data/boundaries/', import.meta.url));
export const NUTS2_FILE = `${SHARED_BOUNDARIES}nuts2-2024/nuts2_2024.geojson`;
export const NUTS3_FILE = `${SHARED_BOUNDARIES}nuts2021-60m/NUTS_RG_60M_2021_4326_LEVL_3.geojson`;
export const US_STATES_FILE = createRequire(import.meta.url).resolve('us-atlas/states-10m.json');

const EUROGEOGRAPHICS = '© EuroGeographics for the administrative boundaries';

export const LEVELS: Level[] = [
  {
    id: 'nuts2',
    name: 'NUTS-2 regions',
    codes: 'NUTS 2024',
    boundaries: 'nuts2.topo.json',
    attribution: EUROGEOGRAPHICS,
    i18n: { fr: { name: 'Régions NUTS 2' }, es: { name: 'Regiones NUTS 2' } },
  },
  {
    id: 'nuts3',
    name: 'NUTS-3 regions',
    codes: 'NUTS 2021',
    boundaries: 'nuts3.topo.json',
    attribution: EUROGEOGRAPHICS,
    i18n: { fr: { name: 'Régions NUTS 3' }, es: { name: 'Regiones NUTS 3' } },
  },
  {
    id: 'us-state',
    name: 'US states',
    codes: 'US Census FIPS state codes',
    boundaries: 'us-state.topo.json',
    attribution: 'US Census Bureau (us-atlas, public domain)',
    i18n: { fr: { name: 'États des États-Unis' }, es: { name: 'Estados de EE. UU.' } },
  },
];

/** NUTS country codes that are not ISO 3166-1 alpha-2 (Greece, the United Kingdom, Kosovo). */
const NUTS_COUNTRY: Record<string, string> = { EL: 'GRC', UK: 'GBR', XK: 'XKX' };
/** FIPS codes of the US territories in us-atlas, which are countries of their own in the catalog. */
const US_TERRITORIES: Record<string, string> = { '60': 'ASM', '66': 'GUM', '69': 'MNP', '72': 'PRI', '78': 'VIR' };

function iso3OfNuts(cntr: string): string {
  const iso3 = NUTS_COUNTRY[cntr] ?? countries.alpha2ToAlpha3(cntr);
  if (!iso3) throw new Error(`NUTS country code ${cntr} has no ISO3 code`);
  return iso3;
}

interface NutsFeature {
  properties: { NUTS_ID: string; NAME_LATN: string; CNTR_CODE: string };
}
interface StatesTopology {
  objects: { states: { geometries: { id: string; properties: { name: string } }[] } };
}

export function nutsUnits(level: 'nuts2' | 'nuts3', geojson: { features: NutsFeature[] }): GeoUnit[] {
  return geojson.features
    .map((f) => f.properties)
    .filter((p) => !p.NUTS_ID.endsWith('ZZ') && LEVEL_RULES[level].pattern.test(p.NUTS_ID))
    .map((p) => ({ id: p.NUTS_ID, level, name: p.NAME_LATN, country: iso3OfNuts(p.CNTR_CODE) }));
}

export function stateUnits(topology: StatesTopology): GeoUnit[] {
  return topology.objects.states.geometries.map((g) => ({
    id: g.id,
    level: 'us-state' as const,
    name: g.properties.name,
    country: US_TERRITORIES[g.id] ?? 'USA',
  }));
}

const byLevelThenId = (a: GeoUnit, b: GeoUnit): number =>
  LEVELS.findIndex((l) => l.id === a.level) - LEVELS.findIndex((l) => l.id === b.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every unit of the demo levels, by level then code. */
export function readLevelUnits(): GeoUnit[] {
  const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  return [
    ...nutsUnits('nuts2', json(NUTS2_FILE) as { features: NutsFeature[] }),
    ...nutsUnits('nuts3', json(NUTS3_FILE) as { features: NutsFeature[] }),
    ...stateUnits(json(US_STATES_FILE) as StatesTopology),
  ].sort(byLevelThenId);
}
