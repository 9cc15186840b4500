/**
 * Places below the country in files: NUTS codes (NUTS-2 and NUTS-3, any case), US state FIPS codes
 * (one or two digits: "6" is "06"), USPS postal codes ("CA") and US state names ("California"),
 * resolved to the catalog's units. Which of a country and a state a cell means when it could be
 * either ("CA", "12", "Georgia") is the caller's to decide (the upload decides by the whole file).
 * Pure and serialisable input, like the country resolver.
 */
import { LEVEL_RULES, type LevelId } from '../../contract/levels';
import { nameKey } from './nameKey';
import { suggestNames, type Suggestion } from './suggest';
import { US_POSTAL_BY_FIPS } from './usStates';

export type UnitLevel = Exclude<LevelId, 'country'>;

/** One unit of a level below the country, as the catalog lists it. */
export interface UnitKeys {
  id: string;
  level: UnitLevel;
  name: string;
  /** ISO3 of the country it lies in. */
  country: string;
}

export interface UnitMatch {
  id: string;
  level: UnitLevel;
}

export interface RegionResolver {
  /** The unit a cell names, or null. */
  resolve(raw: string): UnitMatch | null;
  /** The NUTS level a cell's code has the shape of, known or not ("DE1Z9": nuts3), or null. */
  nutsLevelOf(raw: string): 'nuts2' | 'nuts3' | null;
  /** Up to `limit` units of `level` closest to raw: by name, and for codes by their longest shared start. */
  suggest(raw: string, level: UnitLevel, limit?: number): Suggestion[];
  nameOf(id: string): string | undefined;
  levelOf(id: string): UnitLevel | undefined;
  /** Whether the catalog has units at this level. */
  has(level: UnitLevel): boolean;
}

const FIPS = /^\d{1,2}$/;

export function createRegionResolver(units: readonly UnitKeys[]): RegionResolver {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const levels = new Set(units.map((unit) => unit.level));
  const states = units.filter((unit) => unit.level === 'us-state');
  const byPostal = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const state of states) {
    const postal = US_POSTAL_BY_FIPS[state.id];
    if (postal) byPostal.set(postal, state.id);
    byName.set(nameKey(state.name), state.id);
  }
  const nameKeys = (level: UnitLevel): [string, string][] => units.filter((u) => u.level === level).map((u) => [nameKey(u.name), u.id]);

  const nutsLevelOf = (raw: string): 'nuts2' | 'nuts3' | null => {
    const code = raw.trim().toUpperCase();
    if (LEVEL_RULES.nuts2.pattern.test(code)) return 'nuts2';
    if (LEVEL_RULES.nuts3.pattern.test(code)) return 'nuts3';
    return null;
  };
  const match = (id: string | undefined): UnitMatch | null => {
    const unit = id === undefined ? undefined : byId.get(id);
    return unit ? { id: unit.id, level: unit.level } : null;
  };

  return {
    resolve(raw) {
      const text = raw.trim();
      if (text === '') return null;
      const upper = text.toUpperCase();
      if (nutsLevelOf(upper)) return match(upper);
      if (FIPS.test(text)) return match(text.padStart(2, '0'));
      if (/^[A-Z]{2}$/.test(upper)) return match(byPostal.get(upper));
      return match(byName.get(nameKey(text)));
    },
    nutsLevelOf,
    suggest(raw, level, limit = 3) {
      const code = raw.trim().toUpperCase();
      if (nutsLevelOf(code) === level || (level !== 'us-state' && /^[A-Z]{2}[0-9A-Z]{1,3}$/.test(code))) {
        // A code: the units whose codes share its longest start (at least the country's two letters).
        for (let length = code.length - 1; length >= 2; length -= 1) {
          const start = code.slice(0, length);
          const close = units.filter((u) => u.level === level && u.id.startsWith(start)).slice(0, limit);
          if (close.length > 0) return close.map((u) => ({ id: u.id, name: `${u.name} (${u.id})` }));
        }
        return [];
      }
      return suggestNames(raw, nameKeys(level), (id) => byId.get(id)?.name ?? id, limit);
    },
    nameOf: (id) => byId.get(id)?.name,
    levelOf: (id) => byId.get(id)?.level,
    has: (level) => levels.has(level),
  };
}
