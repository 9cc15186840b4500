/**
 * What a file says for a country (ISO3, ISO2 or numeric code, or a name in English, French or
 * Spanish, any case, with or without accents), as the upload sees it: a catalog country, a group
 * of countries, a name of several countries, or unknown, with the closest names to suggest. The
 * work is the one country resolver's (lib/countries), over the catalog's countries.
 */
import { createCountryResolver as createResolver, type CountryTable } from '../../lib/countries';

export type { CountryKeys, CountryTable } from '../../lib/countries';

export type GeoResolution = { kind: 'country'; id: string } | { kind: 'aggregate' } | { kind: 'ambiguous'; ids: string[] } | { kind: 'unknown' };

export interface CountryResolver {
  resolve(raw: string): GeoResolution;
  /** Up to `limit` catalog countries whose names are closest to raw, closest first. */
  suggest(raw: string, limit?: number): { id: string; name: string }[];
  nameOf(id: string): string;
}

export function createCountryResolver(table: CountryTable): CountryResolver {
  const resolver = createResolver(table);
  const cache = new Map<string, GeoResolution>();

  function resolveUncached(raw: string): GeoResolution {
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

  return {
    resolve(raw) {
      let hit = cache.get(raw);
      if (!hit) {
        hit = resolveUncached(raw);
        if (cache.size < 20_000) cache.set(raw, hit);
      }
      return hit;
    },
    suggest: (raw, limit) => resolver.suggest(raw, limit),
    nameOf: (id) => resolver.nameOf(id),
  };
}
