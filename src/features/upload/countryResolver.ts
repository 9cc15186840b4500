/**
 * Resolves what a file says for a country (ISO3, ISO2 or numeric code, or a name in English, French
 * or Spanish, case- and accent-insensitive) to the ISO3 id of a catalog country, and suggests the
 * closest names (by edit distance) for one it does not know.
 *
 * Pure and serialisable: the table is built on the main thread (which already has the country
 * names) and sent to the parse worker, so the worker bundle carries no name lists of its own.
 */

/** One catalog country and every key a file may use for it (folded names and codes). */
export interface CountryKeys {
  id: string;
  /** Its name in the interface language, for suggestions. */
  name: string;
  /** Folded names (see foldKey) in any language. */
  names: string[];
  /** Upper-case codes: ISO3, ISO2, numeric and common aliases. */
  codes: string[];
}

export interface CountryTable {
  countries: CountryKeys[];
}

export type GeoResolution =
  | { kind: 'country'; id: string }
  | { kind: 'aggregate' }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'unknown' };

/** Folds case, accents, punctuation and a leading article so that "Côte d’Ivoire" = "cote d'ivoire". */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|la|le|les|el|los|las|l) /, '');
}

/** Names and codes of aggregates: never a country (folded for names, upper-case for codes). */
const AGGREGATE_NAMES = [
  'world', 'monde', 'mundo', 'total', 'all countries', 'other', 'others', 'unknown', 'europe', 'africa', 'afrique',
  'africa', 'asia', 'asie', 'americas', 'ameriques', 'america', 'oceania', 'oceanie', 'european union', 'union europeenne',
  'union europea', 'eu', 'eu27', 'eu 27', 'eu28', 'euro area', 'oecd', 'ocde', 'high income', 'low income',
  'middle income', 'sub saharan africa', 'latin america and caribbean', 'latin america and the caribbean',
].map(foldKey);
const AGGREGATE_CODE_PATTERN = /^(?:WLD|W|W0|W1|WORLD|TOTAL|_T|T|EU|EUU|EU\d\d(?:_\d{4})?|EA|EA\d\d|EMU|OECD|OED|EEA|EFTA|HIC|LIC|LMC|UMC|MIC|LMY|SSF|SSA|LCN|EAS|ECS|MEA|NAC|SAS|ARB|EXT_\w+|00[1-9])$/;

export interface CountryResolver {
  resolve(raw: string): GeoResolution;
  /** Up to `limit` catalog countries whose names are closest to raw, closest first. */
  suggest(raw: string, limit?: number): { id: string; name: string }[];
  nameOf(id: string): string;
}

const AMBIGUOUS = '?';

export function createCountryResolver(table: CountryTable): CountryResolver {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  const aggregateNames = new Set(AGGREGATE_NAMES);
  for (const country of table.countries) {
    names.set(country.id, country.name);
    for (const code of country.codes) {
      const key = code.toUpperCase();
      if (!byCode.has(key)) byCode.set(key, country.id);
    }
    for (const name of country.names) {
      const key = foldKey(name);
      if (key === '') continue;
      const known = byName.get(key);
      byName.set(key, known === undefined || known === country.id ? country.id : AMBIGUOUS);
    }
  }
  const nameKeys = [...byName.entries()].filter(([, id]) => id !== AMBIGUOUS);
  const cache = new Map<string, GeoResolution>();

  function resolveUncached(raw: string): GeoResolution {
    const text = raw.trim();
    if (text === '') return { kind: 'unknown' };
    const code = text.toUpperCase();
    if (/^[A-Z0-9_]{1,12}$/.test(code.replace(/\s/g, ''))) {
      const hit = byCode.get(code) ?? (/^\d{1,3}$/.test(code) ? byCode.get(code.padStart(3, '0')) : undefined);
      if (hit) return { kind: 'country', id: hit };
      if (AGGREGATE_CODE_PATTERN.test(code)) return { kind: 'aggregate' };
    }
    const key = foldKey(text);
    const byKey = byName.get(key);
    if (byKey === AMBIGUOUS) {
      const ids = table.countries.filter((c) => c.names.some((n) => foldKey(n) === key)).map((c) => c.id);
      return { kind: 'ambiguous', ids };
    }
    if (byKey) return { kind: 'country', id: byKey };
    if (aggregateNames.has(key)) return { kind: 'aggregate' };
    return { kind: 'unknown' };
  }

  return {
    resolve(raw) {
      let hit = cache.get(raw);
      if (!hit) {
        hit = resolveUncached(raw);
        if (cache.size < 20_000) cache.set(raw, hit);
      }
      return hit;
    },
    suggest(raw, limit = 3) {
      const key = foldKey(raw).slice(0, 60);
      if (key === '') return [];
      const budget = Math.max(2, Math.ceil(key.length / 3));
      const best = new Map<string, number>();
      for (const [name, id] of nameKeys) {
        if (Math.abs(name.length - key.length) > budget) continue;
        const distance = editDistance(key, name, budget);
        if (distance <= budget && distance < (best.get(id) ?? Infinity)) best.set(id, distance);
      }
      return [...best.entries()]
        .sort((a, b) => a[1] - b[1] || (names.get(a[0]) ?? a[0]).localeCompare(names.get(b[0]) ?? b[0]))
        .slice(0, limit)
        .map(([id]) => ({ id, name: names.get(id) ?? id }));
    },
    nameOf(id) {
      return names.get(id) ?? id;
    },
  };
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once every cell of a row exceeds `max` (then returns max + 1).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0) return Math.min(b.length, max + 1);
  if (b.length === 0) return Math.min(a.length, max + 1);
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}
