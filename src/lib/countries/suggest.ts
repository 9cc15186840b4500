/**
 * "Did you mean": the known names closest to an unknown one by edit distance, with one more rule:
 * where the two names differ, they differ by typing slips, not by whole words. "US Virgin Isles"
 * shares "Virgin" with "British Virgin Islands", but "US" is not a slip of "British": that name
 * belongs to another country and is never suggested.
 */
import { nameKey } from './nameKey';

export interface Suggestion {
  id: string;
  name: string;
}

/** Words that carry no meaning of their own in a country's name. */
const FILLER = new Set(['and', 'of', 'the', 'de', 'del', 'des', 'du', 'la', 'le', 'y', 'et']);

/** Slips allowed in a word of this length (the longer of two): none in a word of up to 3 letters (US, UK, DR, Rep). */
const slipsFor = (word: string) => (word.length <= 3 ? 0 : Math.floor(word.length / 3));

/**
 * Whether two name keys differ only by slips within words: each word of one matches a word of the
 * other (in any order) within the slips its length allows, filler words aside. Names of one word
 * on either side are left to the edit distance alone.
 */
export function differsBySlipsOnly(a: string, b: string): boolean {
  const wordsA = a.split(' ').filter((w) => !FILLER.has(w));
  const wordsB = b.split(' ').filter((w) => !FILLER.has(w));
  if (wordsA.length <= 1 || wordsB.length <= 1) return true;
  if (wordsA.length !== wordsB.length) return false;
  const unused = [...wordsB];
  for (const word of wordsA) {
    let at = unused.indexOf(word);
    if (at < 0) {
      at = unused.findIndex((other) => {
        const slips = slipsFor(word.length > other.length ? word : other);
        return editDistance(word, other, slips) <= slips;
      });
    }
    if (at < 0) return false;
    unused.splice(at, 1);
  }
  return true;
}

/** Up to `limit` ids whose names (keys) are closest to raw within a third of its length, closest first. */
export function suggestNames(
  raw: string,
  names: readonly (readonly [key: string, id: string])[],
  nameOf: (id: string) => string,
  limit: number,
): Suggestion[] {
  const key = nameKey(raw).slice(0, 60);
  if (key === '') return [];
  const budget = Math.max(2, Math.ceil(key.length / 3));
  const best = new Map<string, number>();
  for (const [name, id] of names) {
    if (Math.abs(name.length - key.length) > budget) continue;
    const distance = editDistance(key, name, budget);
    if (distance <= budget && distance < (best.get(id) ?? Infinity) && differsBySlipsOnly(key, name)) best.set(id, distance);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || nameOf(a[0]).localeCompare(nameOf(b[0])))
    .slice(0, limit)
    .map(([id]) => ({ id, name: nameOf(id) }));
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
