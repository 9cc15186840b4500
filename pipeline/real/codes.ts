/**
 * The pipeline's geography resolver: the one resolver of src/lib/countries (codes, names, aggregates
 * as groups, shared with the upload) over the world-countries package (the same one
 * pipeline/geo/boundaries.ts joins the map with), so every ISO3 it returns has a region and
 * subregion for the catalog.
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import worldCountriesJson from 'world-countries/countries.json';
import { createCountryResolver, type CodeKind, type CountryTable, type GeoMatch } from '../../src/lib/countries';
import { slugify, type WorldCountry } from '../geo/boundaries';

export { nameKey } from '../../src/lib/countries';
export type { CodeKind, GeoMatch };

export interface CountryInfo {
  id: string;
  name: string;
  region: string;
  regionName: string;
  subregion: string;
  subregionName: string;
}

export interface GeoResolver {
  /** Resolve a code or a name; `name` (the label the file gives) is tried when the code does not resolve. */
  resolve(raw: string | number | null | undefined, kind?: CodeKind, name?: string): GeoMatch;
  /** The catalog facts of a country id returned by resolve. */
  country(id: string): CountryInfo | undefined;
}

/** world-countries codes that differ from the code the contract uses (as in pipeline/geo/boundaries.ts). */
const CODE_OVERRIDES: Record<string, string> = { UNK: 'XKX' };

export function createGeoResolver(worldCountries: readonly WorldCountry[] = worldCountriesJson as unknown as WorldCountry[]): GeoResolver {
  const infos = new Map<string, CountryInfo>();
  countries.registerLocale(enNames);
  const i18nNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const table: CountryTable = { countries: [] };
  for (const c of worldCountries as (WorldCountry & { cca2: string; name: { common: string; official?: string }; altSpellings?: string[] })[]) {
    const id = CODE_OVERRIDES[c.cca3] ?? c.cca3;
    const sub = c.subregion ? c.subregion : 'Antarctic territories';
    infos.set(id, { id, name: c.name.common, region: slugify(c.region), regionName: c.region, subregion: slugify(sub), subregionName: sub });
    const names = [
      c.name.common,
      ...(c.name.official ? [c.name.official] : []),
      ...(c.altSpellings ?? []).filter((alt) => alt.length > 3),
      ...(i18nNames[c.cca2] ?? []),
    ];
    table.countries.push({ id, name: c.name.common, names, codes: [id, c.cca2, ...(c.ccn3 ? [c.ccn3] : [])] });
  }
  const resolver = createCountryResolver(table);
  return { resolve: (raw, kind, name) => resolver.resolve(raw, kind, name), country: (id) => infos.get(id) };
}
