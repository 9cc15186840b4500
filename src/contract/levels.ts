/**
 * The geographic levels of the contract: what a unit's code looks like at each level, and the
 * level it sits in. A series declares its level (absent: country); a bilateral series' focus may
 * be of another level (people born in Mexico, by US state). The code systems never overlap, so a
 * code names one unit whatever its level.
 *
 * Adding a level: an entry here (its code pattern and parent level), its boundaries file built by
 * the pipeline (pipeline/geo/levels.ts), and its units and entry in the catalog
 * (geographies.levels, geographies.units). README: "Geographic levels".
 */
export const LEVEL_IDS = ['country', 'nuts2', 'nuts3', 'us-state'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export interface LevelRule {
  /** A unit's code at this level. */
  pattern: RegExp;
  /** The validation message for a code that does not fit. */
  message: string;
  /** The level its units sit in; null for countries. */
  parent: LevelId | null;
}

export const LEVEL_RULES: Readonly<Record<LevelId, LevelRule>> = {
  country: { pattern: /^[A-Z]{3}$/, message: 'must be an ISO 3166-1 alpha-3 code', parent: null },
  // NUTS codes start with the country's two letters (EL for Greece), then one character per level,
  // at least one a digit (extra-regio codes such as DEZZ have no territory, so no place on a map).
  nuts2: {
    pattern: /^[A-Z]{2}(?=[0-9A-Z]*[0-9])[0-9A-Z]{2}$/,
    message: 'must be a NUTS-2 code (two letters and two characters, e.g. DE11)',
    parent: 'country',
  },
  nuts3: {
    pattern: /^[A-Z]{2}(?=[0-9A-Z]*[0-9])[0-9A-Z]{3}$/,
    message: 'must be a NUTS-3 code (two letters and three characters, e.g. DE111)',
    parent: 'country',
  },
  'us-state': { pattern: /^[0-9]{2}$/, message: 'must be a two-digit US state FIPS code, e.g. 06', parent: 'country' },
};

export const DEFAULT_LEVEL: LevelId = 'country';

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}

/** Whether a code is a unit's code at a level. */
export function isCodeOf(level: LevelId, code: unknown): code is string {
  return typeof code === 'string' && LEVEL_RULES[level].pattern.test(code);
}

/** The level whose code system a code belongs to, or null (the patterns are disjoint). */
export function levelOfCode(code: unknown): LevelId | null {
  return LEVEL_IDS.find((level) => isCodeOf(level, code)) ?? null;
}
