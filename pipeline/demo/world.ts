/**
 * The synthetic world behind the demo dataset: per-country parameters drawn from a seed, and the
 * "true" quantities (population, migrant stock, refugees, ...) as functions of the year. The
 * sources in generate.ts observe this world, each with its own biases, gaps and rounding.
 *
 * Nothing here describes a real country: sizes come from the country's area and a seeded density,
 * migrant shares from a seeded draw around a subregional level. Only the broad shape is realistic
 * (Gulf states have high migrant shares, Africa and Asia low ones, stocks grow over time).
 */
import type { Boundaries, CountryFacts } from '../geo/boundaries';
import type { Country } from '../../src/contract/schema';
import { stream } from './random';

export const AGE_BANDS = ['18-29', '30-44', '45-64', '65-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The levels around which a subregion's countries are drawn: people per km², annual population
 * growth, and the share of the population born abroad (2020).
 */
const SUBREGION_LEVELS: Record<string, { density: number; growth: number; migrantShare: number }> = {
  'eastern-africa': { density: 60, growth: 0.027, migrantShare: 0.015 },
  'middle-africa': { density: 25, growth: 0.029, migrantShare: 0.02 },
  'northern-africa': { density: 35, growth: 0.019, migrantShare: 0.01 },
  'southern-africa': { density: 25, growth: 0.014, migrantShare: 0.04 },
  'western-africa': { density: 70, growth: 0.026, migrantShare: 0.02 },
  caribbean: { density: 180, growth: 0.006, migrantShare: 0.06 },
  'central-america': { density: 70, growth: 0.016, migrantShare: 0.015 },
  'north-america': { density: 20, growth: 0.009, migrantShare: 0.13 },
  'south-america': { density: 25, growth: 0.011, migrantShare: 0.02 },
  'central-asia': { density: 15, growth: 0.014, migrantShare: 0.07 },
  'eastern-asia': { density: 140, growth: 0.004, migrantShare: 0.01 },
  'south-eastern-asia': { density: 140, growth: 0.012, migrantShare: 0.02 },
  'southern-asia': { density: 220, growth: 0.016, migrantShare: 0.012 },
  'western-asia': { density: 60, growth: 0.02, migrantShare: 0.09 },
  'central-europe': { density: 110, growth: 0.0, migrantShare: 0.07 },
  'eastern-europe': { density: 30, growth: -0.003, migrantShare: 0.07 },
  'northern-europe': { density: 60, growth: 0.005, migrantShare: 0.12 },
  'southeast-europe': { density: 70, growth: -0.005, migrantShare: 0.04 },
  'southern-europe': { density: 110, growth: 0.002, migrantShare: 0.1 },
  'western-europe': { density: 150, growth: 0.004, migrantShare: 0.15 },
  'australia-and-new-zealand': { density: 4, growth: 0.013, migrantShare: 0.26 },
  melanesia: { density: 20, growth: 0.022, migrantShare: 0.012 },
  micronesia: { density: 150, growth: 0.01, migrantShare: 0.06 },
  polynesia: { density: 80, growth: 0.007, migrantShare: 0.07 },
};
/** Large arid or steppe countries whose people live on a small part of the land: density factor. */
const ARID: Record<string, number> = {
  BWA: 0.2,
  DZA: 0.5,
  ESH: 0.05,
  KAZ: 0.4,
  LBY: 0.12,
  MLI: 0.25,
  MNG: 0.015,
  MRT: 0.1,
  NAM: 0.15,
  NER: 0.25,
  OMN: 0.3,
  SAU: 0.3,
  TCD: 0.3,
  TKM: 0.4,
};
/** City-states and dense small territories. */
const CITY_STATES = new Set(['BHR', 'BMU', 'HKG', 'MAC', 'MCO', 'MLT', 'SGP', 'SXM', 'VAT']);
/** Gulf states: migrant shares among the highest anywhere, mostly male labour migrants. */
const GULF_HIGH = new Set(['ARE', 'BHR', 'KWT', 'QAT']);
const GULF = new Set([...GULF_HIGH, 'OMN', 'SAU']);
/** Financial and city hubs with large foreign-born populations. */
const HUBS = new Set(['AND', 'CHE', 'HKG', 'LIE', 'LUX', 'MAC', 'MCO', 'SGP']);

export const MAX_SHARE = 0.6;
export const MIN_SHARE = 0.001;

export interface CountryModel extends Country {
  facts: CountryFacts;
  pop2020: number;
  growth: number;
  share2020: number;
  /** Change of log migrant share per decade. */
  shareTrend: number;
  femaleShare: number;
  adultShare: number;
  /** Shares of the adult migrants in each age band (sum 1). */
  ageShares: number[];
  /** Base net migration rate (per person per year). */
  netRate: number;
  netPhase: number;
  refugeeRate: number;
  refugeeTrend: number;
  remittancePerCapita: number;
  /** Relative propensity to send emigrants abroad (bilateral weights). */
  emigration: number;
}

export interface Crisis {
  origin: string;
  year: number;
  /** 1..12 */
  month: number;
  /** Displaced people (at the peak) as a share of the origin's population. */
  displaced: number;
  /** Hosts and the share of the displaced each receives. */
  hosts: { id: string; share: number }[];
}

export interface World {
  seed: number;
  /** All matched countries, sorted by id (including uninhabited ones). */
  all: Country[];
  /** Inhabited countries with their parameters, sorted by id. */
  countries: CountryModel[];
  byId: Map<string, CountryModel>;
  crises: Crisis[];
  population(id: string, year: number): number;
  /** Foreign-born residents (real-valued; sources round). */
  migrantStock(id: string, year: number): number;
  /** Refugees and asylum seekers hosted, surges from crises included. */
  refugees(id: string, year: number): number;
  /** People displaced into `id` by crises, by origin. */
  displacedInto(id: string, year: number): Map<string, number>;
  netMigration(id: string, year: number): number;
  remittances(id: string, year: number): number;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function drawCountry(seed: number, country: Country, facts: CountryFacts): CountryModel {
  const id = country.id;
  const r = stream(seed, 'country', id);
  const sub = country.subregion;

  // Population: area × density, thinner towards the poles and in deserts, denser in small places.
  const lat = Math.abs(facts.lat);
  let density = (SUBREGION_LEVELS[sub]?.density ?? 50) * r.lognormal(0, 0.4);
  density *= Math.exp(-Math.max(0, lat - 50) / 6 - Math.max(0, lat - 65) / 1.5);
  density *= ARID[id] ?? 1;
  if (facts.area < 1000) density *= 2.5;
  if (CITY_STATES.has(id)) density = r.lognormal(Math.log(6000), 0.4);
  const pop2020 = clamp(Math.max(facts.area, 0.4) * density, 40, 1.5e9);
  const growth = (SUBREGION_LEVELS[sub]?.growth ?? 0.01) + r.normal(0, 0.004);

  // Migrant share.
  let share = (SUBREGION_LEVELS[sub]?.migrantShare ?? 0.03) * r.lognormal(0, 0.55);
  if (pop2020 < 1e6) share *= 1.6;
  if (pop2020 < 1e5) share *= 1.3;
  if (HUBS.has(id)) share = r.uniform(0.25, 0.5);
  if (GULF.has(id)) share = GULF_HIGH.has(id) ? r.uniform(0.45, 0.6) : r.uniform(0.3, 0.45);
  const cap = GULF.has(id) || HUBS.has(id) ? MAX_SHARE : pop2020 < 1e5 ? 0.5 : 0.35;
  const share2020 = clamp(share, MIN_SHARE * 2, cap);
  const shareTrend = GULF.has(id) ? r.uniform(0.3, 0.5) : r.normal(0.3, 0.25);

  // Who the migrants are.
  const femaleShare = GULF.has(id) ? r.uniform(0.25, 0.35) : clamp(r.normal(0.49, 0.035), 0.38, 0.58);
  const adultShare = r.uniform(0.8, 0.92);
  const tilt =
    country.region === 'europe' || sub === 'north-america' || sub === 'australia-and-new-zealand'
      ? [0.9, 1, 1.1, 1.4]
      : GULF.has(id)
        ? [1.2, 1.4, 0.8, 0.25]
        : [1.1, 1.05, 0.95, 0.8];
  const raw = [0.22, 0.3, 0.3, 0.18].map((w, i) => w * (tilt[i] ?? 1) * r.lognormal(0, 0.15));
  const sum = raw.reduce((a, b) => a + b, 0);
  const ageShares = raw.map((w) => w / sum);

  // Big countries have lower migration rates than small ones.
  const size = clamp((1e7 / pop2020) ** 0.2, 0.4, 1.5);
  const netRate = clamp((0.003 * (Math.log(share2020) - Math.log(0.04)) + r.normal(0, 0.0015)) * size, -0.012, 0.025);
  const refugeeRate = clamp(r.lognormal(Math.log(0.0008), 1.1), 0, 0.03);
  const remittancePerCapita = clamp(r.lognormal(Math.log(60), 0.9) * (netRate < 0 ? 2.2 : 0.7) * size, 1, 3000);

  return {
    ...country,
    facts,
    pop2020,
    growth,
    share2020,
    shareTrend,
    femaleShare,
    adultShare,
    ageShares,
    netRate,
    netPhase: r.uniform(0, 2 * Math.PI),
    refugeeRate,
    refugeeTrend: r.normal(0.02, 0.04),
    remittancePerCapita,
    emigration: r.lognormal(0, 0.6) * (netRate < 0 ? 2.5 : 1),
  };
}

/** Great-circle distance in km. */
export function distanceKm(a: CountryFacts, b: CountryFacts): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function drawCrises(seed: number, countries: CountryModel[]): Crisis[] {
  const r = stream(seed, 'crises');
  // Crises strike mid-sized emigration countries outside the richest subregions.
  const calm = new Set(['north-america', 'western-europe', 'northern-europe', 'southern-europe', 'australia-and-new-zealand']);
  const candidates = countries.filter((c) => c.pop2020 > 5e6 && c.pop2020 < 8e7 && c.netRate < 0 && !calm.has(c.subregion));
  const crises: Crisis[] = [];
  const used = new Set<string>();
  while (crises.length < 8 && used.size < candidates.length) {
    const origin = r.pick(candidates);
    if (used.has(origin.id)) continue;
    used.add(origin.id);
    // Hosts: neighbours first, then the most populous countries of the subregion and region.
    const others = countries.filter((c) => c.id !== origin.id);
    const score = (c: CountryModel): number =>
      (origin.facts.borders.includes(c.id) ? 100 : 0) +
      (c.subregion === origin.subregion ? 10 : 0) +
      (c.region === origin.region ? 2 : 0) +
      Math.log10(c.pop2020) / 10;
    const hosts = others
      .filter((c) => c.region === origin.region)
      .sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : 1))
      .slice(0, 3);
    const weights = hosts.map((h, i) => Math.sqrt(h.pop2020) * [1, 0.6, 0.35][i]!);
    const total = weights.reduce((a, b) => a + b, 0);
    crises.push({
      origin: origin.id,
      year: r.int(2015, 2024), // within the search-interest window, so every crisis shows as a spike
      month: r.int(1, 12),
      displaced: r.uniform(0.03, 0.1),
      hosts: hosts.map((h, i) => ({ id: h.id, share: weights[i]! / total })),
    });
  }
  return crises.sort((a, b) => (a.origin < b.origin ? -1 : 1));
}

/** How far a displacement has built up by `year` (0 before the crisis, then towards 1, then fading). */
function surgeProfile(crisis: Crisis, year: number): number {
  if (year < crisis.year) return 0;
  const k = year - crisis.year;
  return (1 - Math.exp(-(k + 1) / 1.5)) * Math.exp(-Math.max(0, k - 6) / 8);
}

export function buildWorld(seed: number, boundaries: Boundaries): World {
  const uninhabited = new Set(boundaries.uninhabited.map((u) => u.id));
  const all = [...boundaries.countries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const countries = all.filter((c) => !uninhabited.has(c.id)).map((c) => drawCountry(seed, c, boundaries.facts.get(c.id)!));
  const byId = new Map(countries.map((c) => [c.id, c]));
  const crises = drawCrises(seed, countries);
  const model = (id: string): CountryModel => {
    const c = byId.get(id);
    if (!c) throw new Error(`no demo model for ${id}`);
    return c;
  };

  const population = (id: string, year: number): number => {
    const c = model(id);
    return c.pop2020 * Math.exp(c.growth * (year - 2020));
  };

  const displacedInto = (id: string, year: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const crisis of crises) {
      const host = crisis.hosts.find((h) => h.id === id);
      if (!host) continue;
      // A host takes in at most 6% of its own population.
      const peak = Math.min(population(crisis.origin, crisis.year) * crisis.displaced * host.share, 0.06 * population(id, crisis.year));
      const amount = peak * surgeProfile(crisis, year);
      if (amount > 0) out.set(crisis.origin, amount);
    }
    return out;
  };
  const displacedTotal = (id: string, year: number): number => {
    let sum = 0;
    for (const v of displacedInto(id, year).values()) sum += v;
    return sum;
  };

  const migrantStock = (id: string, year: number): number => {
    const c = model(id);
    const share = clamp(c.share2020 * Math.exp((c.shareTrend * (year - 2020)) / 10), MIN_SHARE, MAX_SHARE);
    const pop = population(id, year);
    // Recognised refugees are part of the foreign-born population.
    return Math.min(MAX_SHARE * pop, share * pop + 0.7 * displacedTotal(id, year));
  };

  const refugees = (id: string, year: number): number => {
    const c = model(id);
    const noise = stream(seed, 'refugees', id, year).lognormal(0, 0.08);
    const base = population(id, year) * c.refugeeRate * Math.exp(c.refugeeTrend * (year - 2000)) * noise;
    return base + displacedTotal(id, year);
  };

  const netMigration = (id: string, year: number): number => {
    const c = model(id);
    const r = stream(seed, 'net', id, year);
    const rate = c.netRate * (1 + 0.3 * Math.sin((2 * Math.PI * (year - 1990)) / 17 + c.netPhase)) + r.normal(0, 0.0008);
    let extra = displacedTotal(id, year) - displacedTotal(id, year - 1);
    for (const crisis of crises) {
      if (crisis.origin !== id || year < crisis.year) continue;
      const outflow = population(id, crisis.year) * crisis.displaced;
      // More people leave than the hosts register: some go further afield.
      extra -= outflow * (surgeProfile(crisis, year) - surgeProfile(crisis, year - 1)) * 1.2;
    }
    return population(id, year) * rate + extra;
  };

  const remittances = (id: string, year: number): number => {
    const c = model(id);
    const shock: Record<number, number> = { 2009: 0.93, 2010: 0.97, 2020: 0.97, 2021: 1.05 };
    const noise = stream(seed, 'remittances', id, year).lognormal(0, 0.06);
    return population(id, year) * c.remittancePerCapita * Math.exp(0.055 * (year - 2020)) * (shock[year] ?? 1) * noise;
  };

  return { seed, all, countries, byId, crises, population, migrantStock, refugees, displacedInto, netMigration, remittances };
}
