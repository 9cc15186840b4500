/**
 * What a file says for a place, as the upload sees it: a catalog country (ISO3, ISO2 or numeric
 * code, or a name in English, French or Spanish, any case, with or without accents), a unit below
 * the country (a NUTS-2 or NUTS-3 code, a US state's FIPS code, postal code or name), a cell that
 * could be either a country or a US state ("CA", "12", "Georgia": the file decides, see
 * rowCollector.ts), a group of countries, a name of several countries, or unknown, with the
 * closest names to suggest. The work is the one resolver's (lib/countries), over the catalog's
 * countries and units.
 */
import type { LevelId } from '../../contract/levels';
import { createCountryResolver as createResolver, createRegionResolver, type CountryTable, type UnitLevel } from '../../lib/countries';

export type { CountryKeys, CountryTable } from '../../lib/countries';

export type GeoResolution =
  | { kind: 'country'; id: string }
  | { kind: 'unit'; id: string; level: UnitLevel }
  /** A country's code or name that is also a US state's: read at the file's level. */
  | { kind: 'either'; country: string; unit: string; level: UnitLevel }
  | { kind: 'aggregate' }
  | { kind: 'ambiguous'; ids: string[] }
  /** `level`: the level whose code system the text has the shape of, when it says (an unknown NUTS code). */
  | { kind: 'unknown'; level?: LevelId };

export interface CountryResolver {
  resolve(raw: string): GeoResolution;
  /** Up to `limit` places of `level` (default: countries) whose names or codes are closest to raw, closest first. */
  suggest(raw: string, limit?: number, level?: LevelId): { id: string; name: string }[];
  nameOf(id: string): string;
  /** The level of a country or unit id. */
  levelOf(id: string): LevelId;
}

export function createCountryResolver(table: CountryTable): CountryResolver {
  const resolver = createResolver(table);
  const regions = createRegionResolver(table.units ?? []);
  const cache = new Map<string, GeoResolution>();

  function country(raw: string): GeoResolution {
    const match = resolver.resolve(raw);
    switch (match.kind) {
      case 'country':
        return match;
      case 'group':
        return { kind: 'aggregate' };
      case 'other':
        return { kind: 'unknown' };
      case 'unknown':
        return match.ids ? { kind: 'ambiguous', ids: match.ids } : { kind: 'unknown' };
    }
  }

  function resolveUncached(raw: string): GeoResolution {
    // NUTS codes are never a country's; some aggregate codes have their shape (EU27, EA20).
    const nuts = regions.nutsLevelOf(raw);
    if (nuts) {
      const unit = regions.resolve(raw);
      if (unit) return { kind: 'unit', ...unit };
      const asCountry = country(raw);
      return asCountry.kind === 'aggregate' ? asCountry : { kind: 'unknown', level: nuts };
    }
    const unit = regions.resolve(raw);
    const asCountry = country(raw);
    if (!unit) return asCountry;
    if (asCountry.kind === 'country') return { kind: 'either', country: asCountry.id, unit: unit.id, level: unit.level };
    return { kind: 'unit', ...unit };
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
    suggest: (raw, limit, level = 'country') => (level === 'country' ? resolver.suggest(raw, limit) : regions.suggest(raw, level, limit)),
    nameOf: (id) => regions.nameOf(id) ?? resolver.nameOf(id),
    levelOf: (id) => regions.levelOf(id) ?? 'country',
  };
}
