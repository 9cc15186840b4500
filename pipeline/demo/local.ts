/**
 * The demo figures below the country (sources in localCatalog.ts). Each region's migrant share is
 * its country's share in the synthetic world times a seeded regional factor (a few regions, like
 * capitals, far above it) with a slow drift of its own. The state pair splits the US's migrants
 * from each large origin across the states; the survey observes that with a small error and a
 * margin, the platform with an origin bias, noise and rounding to the thousand.
 */
import { bilateralPath, seriesPath } from '../../src/contract/paths';
import type { GeoUnit, Series } from '../../src/contract/schema';
import type { BilateralModel } from './bilateral';
import { platformRange } from './platform';
import { range } from './catalog';
import {
  LOCAL_SOURCES,
  REGISTER_YEARS,
  STATE_AUDIENCE_YEARS,
  STATE_ORIGINS,
  STATE_SHARE_YEARS,
  STATE_SURVEY_ORIGIN_YEARS,
  type LocalSourceId,
} from './localCatalog';
import { stream } from './random';
import { buildSeries, significant, type Row } from './series';
import type { World } from './world';

const US = 'USA';
/** Share of the US's migrants from an origin whom the platform sees, by the origin's region. */
const AUDIENCE_ORIGIN_BIAS: Record<string, number> = { americas: 1.1, europe: 0.7, asia: 0.55, africa: 0.8, oceania: 0.9 };
/** 90% margin of error of a survey estimate of n people (design effect included). */
const margin = (n: number): number => Math.round(1.645 * 2.2 * Math.sqrt(n));

const release = (id: LocalSourceId): string => LOCAL_SOURCES[id].releaseDate;
const span = (years: { first: number; last: number }): number[] => range(years.first, years.last);

/** The country's migrant share (0–1) in the synthetic world; a small default where the world has no model. */
function countryShare(world: World, country: string, year: number): number {
  if (!world.byId.has(country)) return 0.03;
  return world.migrantStock(country, year) / Math.max(1, world.population(country, year));
}

/** Yearly migrant shares (percent) of every unit, from its country's share. */
function shareRows(seed: number, world: World, units: GeoUnit[], years: number[], key: string): Row[] {
  const rows: Row[] = [];
  for (const u of units) {
    const r = stream(seed, key, u.id);
    const hub = r.chance(0.05) ? r.uniform(1.5, 2.5) : 1;
    const factor = r.lognormal(-0.35, 0.45) * hub;
    const drift = r.normal(0, 0.025);
    const noise = stream(seed, `${key}-year`, u.id);
    for (const year of years) {
      const share = countryShare(world, u.country, year) * factor * Math.exp(drift * (year - 2017)) * noise.lognormal(0, 0.02);
      // Saturates softly: a region's share stays plausible where its country's synthetic share is already high.
      const raw = 100 * share;
      const percent = significant(Math.max(0.05, raw / (1 + raw / 80)), 3);
      rows.push({ geo: u.id, period: String(year), value: percent, flag: year === REGISTER_YEARS.last ? 'provisional' : null });
    }
  }
  return rows;
}

function addSeries(files: Map<string, unknown>, series: Series): void {
  files.set(seriesPath(series.indicator, series.source, series.slice), series);
}

/** The figures of the local sources, added to `files` (relative path → payload). */
export function addLocalFigures(files: Map<string, unknown>, seed: number, world: World, bilateral: BilateralModel, units: GeoUnit[]): void {
  const at = (level: GeoUnit['level']): GeoUnit[] => units.filter((u) => u.level === level);
  const states = at('us-state').filter((u) => u.country === US);

  for (const level of ['nuts2', 'nuts3'] as const) {
    const source = `regional-registers-${level}` as const;
    const rows = shareRows(seed, world, at(level), span(REGISTER_YEARS), source);
    addSeries(files, buildSeries({ indicator: 'migrant-share', source, level, releaseDate: release(source) }, rows));
  }

  // State migrant shares, survey estimates with a margin of error.
  const stateShares = shareRows(seed, world, states, span(STATE_SHARE_YEARS), 'state-survey').map((row) => {
    const m = significant(Math.max(0.1, row.value * 0.06), 2);
    return { ...row, lower: significant(Math.max(0, row.value - m), 3), upper: significant(row.value + m, 3), flag: null };
  });
  addSeries(
    files,
    buildSeries(
      { indicator: 'migrant-share', source: 'state-survey', level: 'us-state', releaseDate: release('state-survey'), bounds: true },
      stateShares,
    ),
  );

  // People born in (survey) or who lived in (platform) each large origin, by state.
  const stock2020 = Math.max(1, Math.round(world.migrantStock(US, 2020)));
  const origins = bilateral
    .allocate(US, 2020, stock2020)
    .sort((a, b) => b.value - a.value || (a.origin < b.origin ? -1 : 1))
    .slice(0, STATE_ORIGINS)
    .map((o) => o.origin);
  const statePull = new Map(states.map((s) => [s.id, stream(seed, 'state-pull', s.id).lognormal(0, 1)]));
  /** Migrants born in `origin` living in each state in `year` (real-valued). */
  const byState = (origin: string, year: number): Map<string, number> => {
    const total = bilateral.allocate(US, year, Math.max(1, Math.round(world.migrantStock(US, year)))).find((o) => o.origin === origin)?.value ?? 0;
    const weights = states.map((s) => (statePull.get(s.id) ?? 1) * stream(seed, 'state-origin', origin, s.id).lognormal(0, 0.9));
    const sum = weights.reduce((a, b) => a + b, 0);
    return new Map(states.map((s, i) => [s.id, (total * (weights[i] ?? 0)) / sum]));
  };
  for (const origin of origins) {
    const focus = { geo: origin, role: 'origin' as const, level: 'country' as const };
    const survey: Row[] = [];
    for (const year of span(STATE_SURVEY_ORIGIN_YEARS)) {
      for (const [state, truth] of byState(origin, year)) {
        const value = Math.round((truth * stream(seed, 'state-survey-error', origin, state, year).lognormal(0, 0.06)) / 10) * 10;
        if (value < 100) continue;
        survey.push({ geo: state, period: String(year), value, lower: Math.max(0, value - margin(value)), upper: value + margin(value) });
      }
    }
    const audience: Row[] = [];
    const bias = (AUDIENCE_ORIGIN_BIAS[world.byId.get(origin)?.region ?? ''] ?? 1) * stream(seed, 'state-audience-origin', origin).lognormal(0, 0.25);
    for (const year of span(STATE_AUDIENCE_YEARS)) {
      for (const [state, truth] of byState(origin, year)) {
        const raw = truth * bias * Math.exp(0.03 * (year - 2023)) * stream(seed, 'state-audience', origin, state, year).lognormal(0, 0.3);
        const range_ = platformRange(raw, 1000);
        if (range_) audience.push({ geo: state, period: String(year), ...range_ });
      }
    }
    const meta = { indicator: 'migrant-stock', level: 'us-state' as const, focus, bounds: true };
    if (survey.length > 0) {
      files.set(
        bilateralPath('migrant-stock', 'state-survey', 'origin', origin),
        buildSeries({ ...meta, source: 'state-survey', releaseDate: release('state-survey') }, survey),
      );
    }
    if (audience.length > 0) {
      files.set(
        bilateralPath('migrant-stock', 'state-social-audience', 'origin', origin),
        buildSeries({ ...meta, source: 'state-social-audience', releaseDate: release('state-social-audience') }, audience),
      );
    }
  }
}
