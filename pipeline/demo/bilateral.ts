/**
 * Origin-by-destination migrant stocks. Each destination's total is spread across origins with
 * gravity-like weights: origins in the same subregion weigh far more than the rest of the region,
 * which weighs more than the rest of the world; neighbours and nearby countries get more; a few
 * seeded "corridors" are very large; people displaced by a crisis are counted under their origin.
 *
 * Only the top origins are listed and values under MIN_VALUE are dropped. A small share of every
 * destination's total is left as "unknown or unlisted origin", so the listed origins always add up
 * to at most the destination total: sum(origins) = total − unknown, unknown ≥ 0.
 */
import { stream } from './random';
import { apportion } from './series';
import { distanceKm, type CountryModel, type World } from './world';

export const TOP_ORIGINS = 40;
export const MIN_VALUE = 100;

export interface OriginValue {
  origin: string;
  value: number;
}

interface Pair {
  origin: string;
  weight: number;
  /** Change of log weight per decade. */
  drift: number;
}

export interface BilateralModel {
  /** Unknown-origin share of a destination's stock. */
  unknownShare(destination: string): number;
  /** Listed origins of `total` migrants in `destination` in `year`, sorted by origin. */
  allocate(destination: string, year: number, total: number): OriginValue[];
}

function affinity(o: CountryModel, d: CountryModel): number {
  let a = o.subregion === d.subregion ? 25 : o.region === d.region ? 5 : 1;
  if (d.facts.borders.includes(o.id)) a *= 4;
  return a / (1 + distanceKm(o.facts, d.facts) / 2500);
}

export function buildBilateral(world: World): BilateralModel {
  const { seed, countries } = world;
  // A dozen very large corridors from big emigration countries to big destinations.
  const corridors = new Set<string>();
  const r = stream(seed, 'corridors');
  const destinations = [...countries]
    .sort((a, b) => world.migrantStock(b.id, 2020) - world.migrantStock(a.id, 2020) || (a.id < b.id ? -1 : 1))
    .slice(0, 30);
  const origins = countries.filter((c) => c.netRate < 0 && c.pop2020 > 1e7);
  for (let i = 0; i < 14 && origins.length > 0; i++) {
    const o = r.pick(origins);
    const d = r.pick(destinations);
    if (o.id !== d.id) corridors.add(`${o.id}>${d.id}`);
  }

  const pairs = new Map<string, Pair[]>();
  const unknown = new Map<string, number>();
  for (const d of countries) {
    unknown.set(d.id, stream(seed, 'unknown-origin', d.id).uniform(0.01, 0.04));
    const list: Pair[] = [];
    for (const o of countries) {
      if (o.id === d.id) continue;
      const pr = stream(seed, 'pair', o.id, d.id);
      const mass = o.pop2020 ** 0.85 * o.emigration;
      const boost = corridors.has(`${o.id}>${d.id}`) ? 30 : 1;
      list.push({ origin: o.id, weight: mass * affinity(o, d) * boost * pr.lognormal(0, 0.8), drift: pr.normal(0, 0.4) });
    }
    pairs.set(d.id, list);
  }

  return {
    unknownShare: (destination) => unknown.get(destination) ?? 0,
    allocate(destination, year, total) {
      const list = pairs.get(destination);
      if (!list || total <= 0) return [];
      const values = new Map<string, number>();

      // People displaced by a crisis are known by origin.
      const displaced = [...world.displacedInto(destination, year)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const displacedSum = displaced.reduce((s, [, v]) => s + 0.7 * v, 0);
      const displacedParts = apportion(
        Math.min(total, Math.round(displacedSum)),
        displaced.map(([, v]) => v),
      );
      displaced.forEach(([origin], i) => values.set(origin, displacedParts[i] ?? 0));
      const rest = total - displacedParts.reduce((a, b) => a + b, 0);

      // Everyone else: the top origins by weight share the known part of the rest.
      const known = Math.floor(rest * (1 - (unknown.get(destination) ?? 0)));
      const top = list
        .map((p) => ({ origin: p.origin, weight: p.weight * Math.exp((p.drift * (year - 2020)) / 10) }))
        .sort((a, b) => b.weight - a.weight || (a.origin < b.origin ? -1 : 1))
        .slice(0, TOP_ORIGINS);
      // Softened so that no single origin takes most of a destination, as in real corridors.
      const parts = apportion(
        known,
        top.map((t) => t.weight ** 0.55),
      );
      top.forEach((t, i) => values.set(t.origin, (values.get(t.origin) ?? 0) + (parts[i] ?? 0)));

      return [...values]
        .filter(([, value]) => value >= MIN_VALUE)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([origin, value]) => ({ origin, value }));
    },
  };
}
