/**
 * A small seeded pseudo-random number generator for the demo dataset. Never use Math.random() in the
 * pipeline: the same seed must give byte-identical files.
 *
 * Streams are keyed: `stream(seed, 'population', 'DEU')` always gives the same sequence whatever else
 * the generator draws, so adding a new quantity does not shift every other number in the dataset.
 */

/** 32-bit FNV-1a over a string, finished with the murmur3 avalanche so nearby keys diverge. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a tiny, fast generator with a 2^32 period, plenty for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Normal with mean mu and standard deviation sigma (Box-Muller). */
  normal(mu?: number, sigma?: number): number;
  /** exp(normal(mu, sigma)): median exp(mu). */
  lognormal(mu?: number, sigma?: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    chance: (p) => next() < p,
    normal: (mu = 0, sigma = 1) => {
      const u = 1 - next(); // (0, 1]: log(0) never happens
      const w = next();
      return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    },
    lognormal: (mu = 0, sigma = 1) => Math.exp(random.normal(mu, sigma)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
  };
  return random;
}

/** A generator for one named purpose, independent of every other stream of the same seed. */
export function stream(seed: number, ...keys: (string | number)[]): Random {
  return createRandom(hash32(`${seed}|${keys.join('|')}`));
}
