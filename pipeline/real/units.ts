/**
 * The pipeline's resolver of units below the country (NUTS regions, US states), over the units of
 * the snapshot's boundaries (pipeline/geo/levels.ts): a file's code or name to the unit's code.
 * Accepted: the code itself (NUTS-2 DE11, FIPS 06, or 6 as a number), a state's name, and the GADM
 * codes of the Social Connectedness Index (USA.5_1).
 */
import { isCodeOf } from '../../src/contract/levels';
import type { GeoUnit } from '../../src/contract/schema';
import type { SubLevel } from '../geo/levels';
import { nameKey, type GeoMatch } from './codes';

export interface UnitResolver {
  resolve(level: SubLevel, raw: string | number | null | undefined): GeoMatch;
}

/**
 * GADM 3.6 numbers the first-level units of the United States 1 to 51 in the alphabetical order of
 * their names, the District of Columbia among them (USA.9_1, between Delaware and Florida).
 */
export function gadmUsStates(states: readonly GeoUnit[]): Map<string, string> {
  const sorted = [...states].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return new Map(sorted.map((s, i) => [`USA.${i + 1}_1`, s.id]));
}

/** GADM country prefixes of US territories: first-level units of their own, no state. */
const US_TERRITORIES: Record<string, string> = {
  PRI: 'Puerto Rico',
  GUM: 'Guam',
  VIR: 'the US Virgin Islands',
  ASM: 'American Samoa',
  MNP: 'the Northern Mariana Islands',
  MHL: 'the Marshall Islands',
};

export function createUnitResolver(units: readonly GeoUnit[]): UnitResolver {
  const byLevel = new Map<SubLevel, { codes: Set<string>; names: Map<string, string> }>();
  for (const u of units) {
    const level = u.level as SubLevel;
    const entry = byLevel.get(level) ?? { codes: new Set<string>(), names: new Map<string, string>() };
    entry.codes.add(u.id);
    entry.names.set(nameKey(u.name), u.id);
    byLevel.set(level, entry);
  }
  const gadm = gadmUsStates(units.filter((u) => u.level === 'us-state'));

  return {
    resolve(level, raw) {
      const entry = byLevel.get(level);
      if (entry === undefined) return { kind: 'unknown', reason: `no units of level ${level} in the catalog` };
      const text = String(raw ?? '').trim();
      if (text === '') return { kind: 'unknown', reason: 'no code' };
      if (level === 'us-state') {
        if (/^\d{1,2}$/.test(text)) {
          const fips = text.padStart(2, '0');
          return entry.codes.has(fips) ? { kind: 'country', id: fips } : { kind: 'unknown', reason: `${text}: no US state has this FIPS code` };
        }
        const state = gadm.get(text);
        if (state !== undefined) return { kind: 'country', id: state };
        const territory = /^([A-Z]{3})\.\d+_1$/.exec(text);
        if (territory !== null && US_TERRITORIES[territory[1]!] !== undefined) {
          return { kind: 'other', id: text, reason: `${text}: a municipality or district of ${US_TERRITORIES[territory[1]!]}, not a US state` };
        }
      }
      if (isCodeOf(level, text)) {
        return entry.codes.has(text)
          ? { kind: 'country', id: text }
          : { kind: 'unknown', reason: `${text}: no ${level} unit with a shape has this code` };
      }
      const byName = entry.names.get(nameKey(text));
      return byName !== undefined ? { kind: 'country', id: byName } : { kind: 'unknown', reason: `${text}: not a ${level} code or name` };
    },
  };
}
