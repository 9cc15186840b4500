/**
 * The deterministic demo dataset: every file of the static indicators API, as relative path →
 * JSON payload. Pure (no fs, no clock, no Math.random): the same seed gives the same payloads.
 * pipeline/demo/cli.ts writes them under mocks/demo-data/.
 */
import { bilateralPath, catalogPath, seriesPath, sliceId } from '../../src/contract/paths';
import type { Flag, Series } from '../../src/contract/schema';
import { joinBoundaries, type Boundaries } from '../geo/boundaries';
import { buildBilateral, type BilateralModel } from './bilateral';
import {
  buildCatalog,
  CENSUS_PERIODS,
  MODEL_YEARS,
  PAYMENTS_YEARS,
  PROTECTION_YEARS,
  SEARCH_FIRST,
  SEARCH_LAST,
  SOCIAL_BREAK_YEAR,
  SOCIAL_YEARS,
  SOURCES,
  type SourceId,
} from './catalog';
import { stream } from './random';
import { buildSeries, significant, apportion, type Row } from './series';
import { AGE_BANDS, buildWorld, type CountryModel, type World } from './world';
import { addLocalFigures } from './local';
import { readLevelUnits } from './levels';
import { platformRange, type PlatformRange } from './platform';
import type { GeoUnit } from '../../src/contract/schema';

export { platformRange };

export const DEFAULT_SEED = 20261128;

/** How the advertising platform's audience relates to the migrant stock, by region. */
export const SOCIAL_REGION_BIAS: Record<string, number> = {
  europe: 0.75,
  americas: 1.15,
  africa: 0.45,
  asia: 0.6,
  oceania: 0.95,
};
/** Yearly growth of platform penetration, by region (faster where fewer people were online). */
const SOCIAL_PENETRATION_GROWTH: Record<string, number> = { africa: 0.05, asia: 0.035 };
/** Spread (log sd) of platform use between countries of a region. */
const SOCIAL_COUNTRY_SIGMA = 0.8;
/** The platform over-represents the young and badly under-represents older people. */
const SOCIAL_AGE_BIAS = [1.45, 1.2, 0.75, 0.2];
/** Before the method change the platform counted fewer people. */
const SOCIAL_BEFORE_BREAK = 0.85;
const SOCIAL_UNCOVERED = 0.06;
const SOCIAL_MISSING = 0.05;
const SOCIAL_TOP_ORIGINS = 25;
/** The platform lists audiences by previous country only from this size. */
const SOCIAL_MIN_ORIGIN = 1000;
/** Search interest is shown only for countries with enough search volume. */
const SEARCH_MIN_POPULATION = 20000;

/** Math.round without negative zero. */
const int = (x: number): number => Math.round(x) + 0;

interface Context {
  seed: number;
  world: World;
  bilateral: BilateralModel;
}

const release = (source: SourceId): string => SOURCES[source].releaseDate;

// --- census ---------------------------------------------------------------------------------

const IMPUTED_CHANCE: Record<number, number> = { 1990: 0.12, 1995: 0.1, 2000: 0.06, 2005: 0.03 };

function censusFlag(seed: number, id: string, year: number): Flag | null {
  if (year === 2024) return 'provisional';
  if (stream(seed, 'census-imputed', id, year).chance(IMPUTED_CHANCE[year] ?? 0)) return 'imputed';
  if (year >= 2010 && stream(seed, 'census-registers', id).chance(0.12)) return 'estimate';
  return null;
}

interface CensusCell {
  total: number;
  female: number;
  male: number;
  ages: number[];
  flag: Flag | null;
}

function censusCell({ seed, world }: Context, c: CountryModel, year: number): CensusCell {
  const total = Math.max(1, int(world.migrantStock(c.id, year)));
  const r = stream(seed, 'census-breakdown', c.id, year);
  const femaleShare = Math.min(0.9, Math.max(0.1, c.femaleShare + r.normal(0, 0.01)));
  const female = int(total * femaleShare);
  const adults = int(total * c.adultShare);
  const ages = apportion(
    adults,
    c.ageShares.map((s) => s * r.lognormal(0, 0.05)),
  );
  return { total, female, male: total - female, ages, flag: censusFlag(seed, c.id, year) };
}

// --- social-media audience ------------------------------------------------------------------

function socialCovered(seed: number, id: string): boolean {
  return !stream(seed, 'social-coverage', id).chance(SOCIAL_UNCOVERED);
}

/** The platform's (unrounded) audience of people who lived abroad, or null when it has none. */
function socialRaw({ seed, world }: Context, c: CountryModel, year: number): number | null {
  if (!socialCovered(seed, c.id)) return null;
  if (stream(seed, 'social-missing', c.id, year).chance(SOCIAL_MISSING)) return null;
  const penetration = stream(seed, 'social-country', c.id).lognormal(0, SOCIAL_COUNTRY_SIGMA);
  const growth = SOCIAL_PENETRATION_GROWTH[c.region] ?? 0.015;
  const method = year < SOCIAL_BREAK_YEAR ? SOCIAL_BEFORE_BREAK : 1;
  const noise = stream(seed, 'social-year', c.id, year).lognormal(0, 0.05);
  const bias = SOCIAL_REGION_BIAS[c.region] ?? 1;
  return world.migrantStock(c.id, year) * bias * penetration * Math.exp(growth * (year - 2020)) * method * noise;
}

const socialFlag = (year: number): Flag | null => (year === SOCIAL_BREAK_YEAR ? 'break' : null);

function socialRow(geo: string, year: number, range: PlatformRange): Row {
  return { geo, period: String(year), value: range.value, lower: range.lower, upper: range.upper, flag: socialFlag(year) };
}

// --- search interest ------------------------------------------------------------------------

function months(): { period: string; year: number; month: number }[] {
  const out = [];
  for (let year = SEARCH_FIRST.year; year <= SEARCH_LAST.year; year++) {
    for (let month = 1; month <= 12; month++) {
      if (year === SEARCH_FIRST.year && month < SEARCH_FIRST.month) continue;
      if (year === SEARCH_LAST.year && month > SEARCH_LAST.month) break;
      out.push({ period: `${year}-${String(month).padStart(2, '0')}`, year, month });
    }
  }
  return out;
}

function searchIndex({ seed, world }: Context, c: CountryModel): Row[] {
  const r = stream(seed, 'search', c.id);
  const slope = r.normal(0.03, 0.05);
  const amplitude = r.uniform(0.05, 0.25);
  const phase = r.uniform(0, 12);
  const small = c.pop2020 < 1e6;
  const sigma = small ? 0.25 : 0.1;
  const calendar = months();
  const spikes: { at: number; height: number; decay: number }[] = [];
  const crisis = world.crises.find((k) => k.origin === c.id);
  if (crisis) {
    const at = calendar.findIndex((m) => m.year === crisis.year && m.month === crisis.month);
    spikes.push({ at, height: r.uniform(2.5, 4), decay: 2.5 });
    if (r.chance(0.5)) spikes.push({ at: at + r.int(6, 30), height: r.uniform(0.8, 1.6), decay: 1.5 });
  } else if (r.chance(0.12)) {
    spikes.push({ at: r.int(0, calendar.length - 1), height: r.uniform(0.6, 1.5), decay: 1.5 });
  }
  const noise = stream(seed, 'search-noise', c.id);
  const raw = calendar.map((m, i) => {
    const t = m.year - 2015 + (m.month - 1) / 12;
    const trend = Math.exp(slope * t + amplitude * Math.sin((2 * Math.PI * (m.month + phase)) / 12));
    // Travel collapsed for a few months in 2020: so did searches about moving abroad.
    const dip = m.year === 2020 && m.month >= 3 && m.month <= 7 ? 0.65 : 1;
    let value = trend * dip * noise.lognormal(0, sigma);
    for (const s of spikes) if (s.at >= 0 && i >= s.at) value += trend * s.height * Math.exp(-(i - s.at) / s.decay);
    if (small && noise.chance(0.12)) value = 0; // too little volume that month
    return value;
  });
  const max = Math.max(...raw);
  return calendar.map((m, i) => ({ geo: c.id, period: m.period, value: int((100 * (raw[i] ?? 0)) / max) }));
}

// --- the dataset ----------------------------------------------------------------------------

function addSeries(files: Map<string, unknown>, series: Series): void {
  files.set(seriesPath(series.indicator, series.source, series.slice), series);
}

export function generateDemo(
  seed: number = DEFAULT_SEED,
  boundaries: Boundaries = joinBoundaries(),
  units: GeoUnit[] = readLevelUnits(),
): Map<string, unknown> {
  const world = buildWorld(seed, boundaries);
  const ctx: Context = { seed, world, bilateral: buildBilateral(world) };
  const { countries } = world;
  const files = new Map<string, unknown>();
  files.set(catalogPath(), buildCatalog(boundaries.countries, boundaries.regions, units));

  const population = (id: string, year: number): number => Math.max(1, int(world.population(id, year)));

  // migrant-stock and migrant-share from the census.
  const stockRows = new Map<string, Row[]>([['total', []]]);
  const shareRows: Row[] = [];
  const breakdowns = [['sex', 'female'], ['sex', 'male'], ...AGE_BANDS.map((band) => ['age', band])] as const;
  for (const [dim, value] of breakdowns) stockRows.set(sliceId(dim, value), []);
  const census = new Map<string, CensusCell>();
  for (const c of countries) {
    for (const year of CENSUS_PERIODS) {
      const cell = censusCell(ctx, c, year);
      census.set(`${c.id}|${year}`, cell);
      const period = String(year);
      const row = (value: number): Row => ({ geo: c.id, period, value, flag: cell.flag });
      stockRows.get('total')!.push(row(cell.total));
      stockRows.get('sex-female')!.push(row(cell.female));
      stockRows.get('sex-male')!.push(row(cell.male));
      AGE_BANDS.forEach((band, i) => stockRows.get(sliceId('age', band))!.push(row(cell.ages[i] ?? 0)));
      shareRows.push(row(significant((100 * cell.total) / population(c.id, year))));
    }
  }
  for (const [slice, rows] of stockRows) {
    addSeries(files, buildSeries({ indicator: 'migrant-stock', source: 'census', slice, releaseDate: release('census') }, rows));
  }

  // migrant-stock and migrant-share from the social-media audience.
  const socialRows = new Map<string, Row[]>([...stockRows.keys()].map((k) => [k, []]));
  const socialShare: Row[] = [];
  const socialTotals = new Map<string, number>();
  for (const c of countries) {
    for (const year of SOCIAL_YEARS) {
      const raw = socialRaw(ctx, c, year);
      if (raw === null) continue;
      const total = platformRange(raw);
      if (!total) continue;
      socialTotals.set(`${c.id}|${year}`, raw);
      socialRows.get('total')!.push(socialRow(c.id, year, total));
      const pop = population(c.id, year);
      socialShare.push({
        ...socialRow(c.id, year, total),
        value: significant((100 * total.value) / pop),
        lower: significant((100 * total.lower) / pop),
        upper: significant((100 * total.upper) / pop),
      });
      const r = stream(seed, 'social-breakdown', c.id, year);
      const female = Math.min(0.9, c.femaleShare * r.lognormal(-0.05, 0.05));
      const ageWeights = c.ageShares.map((s, i) => s * (SOCIAL_AGE_BIAS[i] ?? 1));
      const ageSum = ageWeights.reduce((a, b) => a + b, 0);
      const parts: [string, number][] = [
        ['sex-female', raw * female],
        ['sex-male', raw * (1 - female)],
        ...AGE_BANDS.map((band, i): [string, number] => [sliceId('age', band), (raw * (ageWeights[i] ?? 0)) / ageSum]),
      ];
      for (const [slice, value] of parts) {
        const range = platformRange(value);
        if (range) socialRows.get(slice)!.push(socialRow(c.id, year, range));
      }
    }
  }
  for (const [slice, rows] of socialRows) {
    addSeries(
      files,
      buildSeries({ indicator: 'migrant-stock', source: 'social-audience', slice, releaseDate: release('social-audience'), bounds: true }, rows),
    );
  }
  addSeries(files, buildSeries({ indicator: 'migrant-share', source: 'census', releaseDate: release('census') }, shareRows));
  addSeries(
    files,
    buildSeries({ indicator: 'migrant-share', source: 'social-audience', releaseDate: release('social-audience'), bounds: true }, socialShare),
  );

  // Refugees, net migration, remittances, population, search interest.
  const refugees: Row[] = [];
  const payments: Row[] = [];
  const net: Row[] = [];
  const pop: Row[] = [];
  const search: Row[] = [];
  for (const c of countries) {
    for (const year of PROTECTION_YEARS) {
      const flag = year === 2025 ? 'provisional' : null;
      refugees.push({ geo: c.id, period: String(year), value: int(world.refugees(c.id, year)), flag });
    }
    for (const year of PAYMENTS_YEARS) {
      const flag = year === 2025 ? 'provisional' : c.pop2020 < 150000 ? 'estimate' : null;
      payments.push({ geo: c.id, period: String(year), value: int(world.remittances(c.id, year) / 1000) * 1000, flag });
    }
    for (const year of MODEL_YEARS) {
      const flag = year === 2025 ? 'estimate' : null;
      net.push({ geo: c.id, period: String(year), value: int(world.netMigration(c.id, year)), flag });
      pop.push({ geo: c.id, period: String(year), value: population(c.id, year), flag });
    }
    if (c.pop2020 >= SEARCH_MIN_POPULATION) search.push(...searchIndex(ctx, c));
  }
  addSeries(files, buildSeries({ indicator: 'refugees', source: 'protection', releaseDate: release('protection') }, refugees));
  addSeries(files, buildSeries({ indicator: 'net-migration', source: 'demographic-model', releaseDate: release('demographic-model') }, net));
  addSeries(files, buildSeries({ indicator: 'remittances', source: 'payments', releaseDate: release('payments') }, payments));
  addSeries(files, buildSeries({ indicator: 'population', source: 'demographic-model', releaseDate: release('demographic-model') }, pop));
  addSeries(files, buildSeries({ indicator: 'search-interest', source: 'search-interest', releaseDate: release('search-interest') }, search));

  // Bilateral migrant stock: census (every census period) and platform audience (every year).
  const censusBilateral: { origin: string; destination: string; row: Row }[] = [];
  for (const d of countries) {
    for (const year of CENSUS_PERIODS) {
      const cell = census.get(`${d.id}|${year}`)!;
      for (const { origin, value } of ctx.bilateral.allocate(d.id, year, cell.total)) {
        censusBilateral.push({ origin, destination: d.id, row: { geo: '', period: String(year), value, flag: cell.flag } });
      }
    }
  }
  const socialBilateral: { origin: string; destination: string; row: Row }[] = [];
  for (const d of countries) {
    for (const year of SOCIAL_YEARS) {
      const raw = socialTotals.get(`${d.id}|${year}`);
      if (raw === undefined) continue;
      const stock = Math.max(1, int(world.migrantStock(d.id, year)));
      const candidates = ctx.bilateral
        .allocate(d.id, year, stock)
        .map(({ origin, value }) => ({
          origin,
          raw: ((raw * value) / stock) * stream(seed, 'social-pair', origin, d.id, year).lognormal(0, 0.2),
        }))
        .sort((a, b) => b.raw - a.raw || (a.origin < b.origin ? -1 : 1))
        .slice(0, SOCIAL_TOP_ORIGINS);
      for (const { origin, raw: value } of candidates) {
        const range = platformRange(value, SOCIAL_MIN_ORIGIN);
        if (range) socialBilateral.push({ origin, destination: d.id, row: socialRow('', year, range) });
      }
    }
  }
  addBilateral(files, 'census', censusBilateral, false);
  addBilateral(files, 'social-audience', socialBilateral, true);
  addLocalFigures(files, seed, world, ctx.bilateral, units);
  return files;
}

function addBilateral(
  files: Map<string, unknown>,
  source: SourceId,
  cells: { origin: string; destination: string; row: Row }[],
  bounds: boolean,
): void {
  for (const role of ['destination', 'origin'] as const) {
    const byFocus = new Map<string, Row[]>();
    for (const { origin, destination, row } of cells) {
      const focus = role === 'destination' ? destination : origin;
      const counterpart = role === 'destination' ? origin : destination;
      const rows = byFocus.get(focus) ?? [];
      rows.push({ ...row, geo: counterpart });
      byFocus.set(focus, rows);
    }
    for (const focus of [...byFocus.keys()].sort()) {
      const rows = byFocus.get(focus)!;
      if (rows.length === 0) continue;
      files.set(
        bilateralPath('migrant-stock', source, role, focus),
        buildSeries({ indicator: 'migrant-stock', source, releaseDate: release(source), focus: { geo: focus, role }, bounds }, rows),
      );
    }
  }
}
