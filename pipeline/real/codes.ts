/**
 * Geography code normaliser: turns the codes and names that publishers use (ISO 3166-1 alpha-2,
 * alpha-3 and numeric, UN M49, Eurostat's EL and UK, World Bank and Eurostat aggregate codes,
 * English names in many spellings) into the ISO3 ids of the contract, and tells aggregates (World,
 * EU27, income groups, UN regions) apart from countries so that they are kept as groups and never
 * shown as a country.
 *
 * The country table is the world-countries package (the same one pipeline/geo/boundaries.ts joins
 * the map with), so every ISO3 it returns has a region and subregion for the catalog.
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import worldCountriesJson from 'world-countries/countries.json';
import { slugify, type WorldCountry } from '../geo/boundaries';

export type CodeKind = 'auto' | 'iso3' | 'iso2' | 'm49' | 'name';

export type GeoMatch =
  /** An ISO 3166-1 country or territory, by its contract id (ISO3; Kosovo is XKX). */
  | { kind: 'country'; id: string }
  /** An aggregate of countries (World, a region, an income group, the EU): kept as a group, never a country. */
  | { kind: 'group'; id: string; name: string }
  /** Something that is neither a current ISO country nor an aggregate (former countries, "unknown"). */
  | { kind: 'other'; id: string; reason: string }
  | { kind: 'unknown'; reason: string };

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

/** Two-letter codes outside ISO 3166-1 that statistical offices use for countries. */
const ISO2_ALIASES: Record<string, string> = {
  EL: 'GRC', // Eurostat: Greece
  UK: 'GBR', // Eurostat: United Kingdom
  XK: 'XKX', // Kosovo (user-assigned, World Bank and Eurostat)
};

/** Three-letter codes outside ISO 3166-1 that publishers use for countries. */
const ISO3_ALIASES: Record<string, string> = {
  KOS: 'XKX', // Kosovo (IOC code, used by UNHCR)
  ROM: 'ROU', // Romania, former code still used in some UN files
  ZAR: 'COD', // Zaire, former code of the Democratic Republic of the Congo (World Bank until 2016)
  TMP: 'TLS', // East Timor, former code
};

/** Codes that are neither current ISO countries nor aggregates: dropped with this reason. */
const OTHER_CODES: Record<string, string> = {
  CHI: 'Channel Islands: not an ISO 3166-1 country (Jersey JEY and Guernsey GGY together)',
  JG: 'Channel Islands: not an ISO 3166-1 country (Jersey JEY and Guernsey GGY together)',
  '830': 'Channel Islands: not an ISO 3166-1 country (Jersey JEY and Guernsey GGY together)',
  '680': 'Sark: not an ISO 3166-1 country (part of Guernsey)',
  ANT: 'Netherlands Antilles: a former country (dissolved in 2010)',
  AN: 'Netherlands Antilles: a former country (dissolved in 2010)',
  '530': 'Netherlands Antilles: a former country (dissolved in 2010)',
  SCG: 'Serbia and Montenegro: a former country (dissolved in 2006)',
  '891': 'Serbia and Montenegro: a former country (dissolved in 2006)',
  YUG: 'Yugoslavia: a former country',
  '890': 'Yugoslavia: a former country',
  SUN: 'USSR: a former country',
  SU: 'USSR: a former country',
  '810': 'USSR: a former country',
  CSK: 'Czechoslovakia: a former country',
  '200': 'Czechoslovakia: a former country',
  DDR: 'German Democratic Republic: a former country',
  '278': 'German Democratic Republic: a former country',
  UKN: 'unknown country (UNHCR "various or unknown")',
  UNK: 'ambiguous code: "unknown" in some lists, Kosovo in others (use XKX for Kosovo)',
  STA: 'stateless persons (UNHCR), not a country',
  XXA: 'stateless persons, not a country',
  XXB: 'refugees (ICAO code), not a country',
  XXC: 'refugees (ICAO code), not a country',
  XXX: 'unspecified nationality, not a country',
  '-': 'no country given',
};

/** World Bank aggregate codes (ISO3-like codes and the API's two-character ids). */
const WORLD_BANK_GROUPS: Record<string, string> = {
  AFE: 'Africa Eastern and Southern', ZH: 'Africa Eastern and Southern',
  AFW: 'Africa Western and Central', ZI: 'Africa Western and Central',
  ARB: 'Arab World', '1A': 'Arab World',
  CSS: 'Caribbean small states', S3: 'Caribbean small states',
  CEB: 'Central Europe and the Baltics', B8: 'Central Europe and the Baltics',
  EAR: 'Early-demographic dividend', V2: 'Early-demographic dividend',
  EAS: 'East Asia & Pacific', Z4: 'East Asia & Pacific',
  EAP: 'East Asia & Pacific (excluding high income)', '4E': 'East Asia & Pacific (excluding high income)',
  TEA: 'East Asia & Pacific (IDA & IBRD countries)', T4: 'East Asia & Pacific (IDA & IBRD countries)',
  EMU: 'Euro area', XC: 'Euro area',
  ECS: 'Europe & Central Asia', Z7: 'Europe & Central Asia',
  ECA: 'Europe & Central Asia (excluding high income)', '7E': 'Europe & Central Asia (excluding high income)',
  TEC: 'Europe & Central Asia (IDA & IBRD countries)', T7: 'Europe & Central Asia (IDA & IBRD countries)',
  EUU: 'European Union', EU: 'European Union',
  FCS: 'Fragile and conflict affected situations', F1: 'Fragile and conflict affected situations',
  HPC: 'Heavily indebted poor countries (HIPC)', XE: 'Heavily indebted poor countries (HIPC)',
  HIC: 'High income', XD: 'High income',
  IBD: 'IBRD only', XF: 'IBRD only',
  IBT: 'IDA & IBRD total', ZT: 'IDA & IBRD total',
  IDB: 'IDA blend', XH: 'IDA blend',
  IDX: 'IDA only', XI: 'IDA only',
  IDA: 'IDA total', XG: 'IDA total',
  LTE: 'Late-demographic dividend', V3: 'Late-demographic dividend',
  LCN: 'Latin America & Caribbean', ZJ: 'Latin America & Caribbean',
  LAC: 'Latin America & Caribbean (excluding high income)', XJ: 'Latin America & Caribbean (excluding high income)',
  TLA: 'Latin America & the Caribbean (IDA & IBRD countries)', T2: 'Latin America & the Caribbean (IDA & IBRD countries)',
  LDC: 'Least developed countries: UN classification', XL: 'Least developed countries: UN classification',
  LMY: 'Low & middle income', XO: 'Low & middle income',
  LIC: 'Low income', XM: 'Low income',
  LMC: 'Lower middle income', XN: 'Lower middle income',
  MEA: 'Middle East, North Africa, Afghanistan & Pakistan', ZQ: 'Middle East, North Africa, Afghanistan & Pakistan',
  MNA: 'Middle East, North Africa, Afghanistan & Pakistan (excluding high income)', XQ: 'Middle East, North Africa, Afghanistan & Pakistan (excluding high income)',
  TMN: 'Middle East, North Africa, Afghanistan & Pakistan (IDA & IBRD)', T3: 'Middle East, North Africa, Afghanistan & Pakistan (IDA & IBRD)',
  MIC: 'Middle income', XP: 'Middle income',
  NAC: 'North America', XU: 'North America',
  INX: 'Not classified', XY: 'Not classified',
  OED: 'OECD members', OE: 'OECD members',
  OSS: 'Other small states', S4: 'Other small states',
  PSS: 'Pacific island small states', S2: 'Pacific island small states',
  PST: 'Post-demographic dividend', V4: 'Post-demographic dividend',
  PRE: 'Pre-demographic dividend', V1: 'Pre-demographic dividend',
  SST: 'Small states', S1: 'Small states',
  SAS: 'South Asia', '8S': 'South Asia',
  TSA: 'South Asia (IDA & IBRD)', T5: 'South Asia (IDA & IBRD)',
  SSF: 'Sub-Saharan Africa', ZG: 'Sub-Saharan Africa',
  SSA: 'Sub-Saharan Africa (excluding high income)', ZF: 'Sub-Saharan Africa (excluding high income)',
  TSS: 'Sub-Saharan Africa (IDA & IBRD countries)', T6: 'Sub-Saharan Africa (IDA & IBRD countries)',
  UMC: 'Upper middle income', XT: 'Upper middle income',
  WLD: 'World', '1W': 'World',
};

/** Other agencies' aggregate codes (OECD, SDMX, Eurostat) that the patterns below do not catch. */
const OTHER_GROUPS: Record<string, string> = {
  W: 'World',
  W0: 'World',
  W1: 'World',
  WORLD: 'World',
  OECD: 'OECD',
  G7: 'G7',
  G20: 'G20',
  EFTA: 'European Free Trade Association',
  EEA: 'European Economic Area',
  TOTAL: 'Total',
  _T: 'Total',
  _Z: 'Not applicable',
};

/** Eurostat aggregates: EU27_2020, EU28, EA19, EA20, EEA30_2007, EU_V… */
const AGGREGATE_PATTERN = /^(?:(?:EU|EA|EEA)(?:\d|_)[A-Z0-9_]*|EFTA|EXT_[A-Z0-9_]+|WXOECD|OECD[A-Z0-9_]*)$/;

/** UN M49 region codes (world, continents, subregions) below 900; codes from 900 up are UN DESA groups. */
const M49_REGIONS: Record<number, string> = {
  1: 'World', 2: 'Africa', 5: 'South America', 9: 'Oceania', 11: 'Western Africa', 13: 'Central America',
  14: 'Eastern Africa', 15: 'Northern Africa', 17: 'Middle Africa', 18: 'Southern Africa', 19: 'Americas',
  21: 'Northern America', 29: 'Caribbean', 30: 'Eastern Asia', 34: 'Southern Asia', 35: 'South-eastern Asia',
  39: 'Southern Europe', 53: 'Australia and New Zealand', 54: 'Melanesia', 57: 'Micronesia', 61: 'Polynesia',
  142: 'Asia', 143: 'Central Asia', 145: 'Western Asia', 150: 'Europe', 151: 'Eastern Europe',
  154: 'Northern Europe', 155: 'Western Europe', 202: 'Sub-Saharan Africa', 419: 'Latin America and the Caribbean',
};

/** Names of aggregates as they appear in UN, World Bank and UNHCR files (compared as name keys). */
const GROUP_NAMES = new Set(
  [
    'World', 'Total', 'Other', 'Other North', 'Other South', 'Unknown', 'Various', 'Various/unknown', 'Stateless',
    'Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Latin America and the Caribbean', 'Northern America',
    'Eastern Africa', 'Middle Africa', 'Northern Africa', 'Southern Africa', 'Western Africa', 'Sub-Saharan Africa',
    'Caribbean', 'Central America', 'South America', 'Central Asia', 'Eastern Asia', 'South-Eastern Asia',
    'Southern Asia', 'Western Asia', 'Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe',
    'Australia and New Zealand', 'Australia/New Zealand', 'Melanesia', 'Micronesia', 'Polynesia',
    'Northern Africa and Western Asia', 'Central and Southern Asia', 'Eastern and South-Eastern Asia',
    'Europe and Northern America', 'Oceania (excluding Australia and New Zealand)',
    'More developed regions', 'Less developed regions', 'Least developed countries',
    'Less developed regions, excluding least developed countries', 'Less developed regions, excluding China',
    'Land-locked Developing Countries (LLDC)', 'Small Island Developing States (SIDS)',
    'High-income countries', 'Middle-income countries', 'Upper-middle-income countries', 'Lower-middle-income countries',
    'Low-income countries', 'Low-and-middle-income countries', 'High-and-upper-middle-income countries',
    'Low-and-Lower-middle-income countries', 'No income group available',
    'High income', 'Low income', 'Middle income', 'Upper middle income', 'Lower middle income',
    'European Union', 'Euro area',
    ...Object.values(WORLD_BANK_GROUPS),
    ...Object.values(M49_REGIONS),
  ].map((name) => nameKey(name)),
);

/**
 * English names that world-countries and i18n-iso-countries do not know, or know ambiguously,
 * as normalised keys (see nameKey). Spellings seen in UN DESA, World Bank, UNHCR and Facebook files.
 */
const NAME_ALIASES: Record<string, string> = {
  'congo kinshasa': 'COD',
  'congo dem rep': 'COD',
  'democratic republic of the congo': 'COD',
  'dem rep of the congo': 'COD',
  'congo brazzaville': 'COG',
  'congo rep': 'COG',
  congo: 'COG',
  'republic of the congo': 'COG',
  'myanmar burma': 'MMR',
  burma: 'MMR',
  'korea rep': 'KOR',
  'republic of korea': 'KOR',
  'korea republic of': 'KOR',
  'south korea': 'KOR',
  'korea dem peoples rep': 'PRK',
  'dem peoples republic of korea': 'PRK',
  'democratic peoples republic of korea': 'PRK',
  'north korea': 'PRK',
  'cote divoire': 'CIV',
  'ivory coast': 'CIV',
  turkey: 'TUR',
  turkiye: 'TUR',
  'iran islamic rep': 'IRN',
  'iran islamic republic of': 'IRN',
  'venezuela rb': 'VEN',
  'venezuela bolivarian republic of': 'VEN',
  'bolivia plurinational state of': 'BOL',
  'micronesia fed sts': 'FSM',
  'micronesia fed states of': 'FSM',
  'micronesia federated states of': 'FSM',
  'hong kong sar china': 'HKG',
  'china hong kong sar': 'HKG',
  'hong kong china': 'HKG',
  'macao sar china': 'MAC',
  'china macao sar': 'MAC',
  'macau sar china': 'MAC',
  'china taiwan province of china': 'TWN',
  'taiwan province of china': 'TWN',
  'palestinian territories': 'PSE',
  'state of palestine': 'PSE',
  'west bank and gaza': 'PSE',
  'occupied palestinian territory': 'PSE',
  'united republic of tanzania': 'TZA',
  'lao pdr': 'LAO',
  'lao peoples democratic republic': 'LAO',
  'st lucia': 'LCA',
  'st kitts and nevis': 'KNA',
  'st vincent and the grenadines': 'VCT',
  'st vincent and grenadines': 'VCT',
  'st martin french part': 'MAF',
  'saint martin french part': 'MAF',
  'sint maarten dutch part': 'SXM',
  'us virgin islands': 'VIR',
  'u s virgin islands': 'VIR',
  'virgin islands us': 'VIR',
  'united states virgin islands': 'VIR',
  'cape verde': 'CPV',
  'cabo verde': 'CPV',
  'republic of moldova': 'MDA',
  'syrian arab rep': 'SYR',
  'egypt arab rep': 'EGY',
  'yemen rep': 'YEM',
  'somalia fed rep': 'SOM',
  'gambia the': 'GMB',
  'bahamas the': 'BHS',
  'the former yugoslav republic of macedonia': 'MKD',
  macedonia: 'MKD',
  swaziland: 'SWZ',
  'wallis and futuna islands': 'WLF',
  'falkland islands malvinas': 'FLK',
  'bonaire sint eustatius and saba': 'BES',
  'caribbean netherlands': 'BES',
  'saint helena': 'SHN',
  'saint helena ascension and tristan da cunha': 'SHN',
  'holy see': 'VAT',
  'united states': 'USA',
  'united states of america': 'USA',
  'united kingdom': 'GBR',
  'united kingdom of great britain and northern ireland': 'GBR',
  'russian federation': 'RUS',
  'viet nam': 'VNM',
  'kyrgyz republic': 'KGZ',
  'slovak republic': 'SVK',
  'czech republic': 'CZE',
  kosovo: 'XKX',
  naoero: 'NRU',
  'puerto rico us': 'PRI',
  'micronesia fed states': 'FSM',
  // Short names of the UN DESA 2020 origin–destination JSON (X80110/migration-visualization).
  'fs micronesia': 'FSM',
  'hong kong sar': 'HKG',
  'macao sar': 'MAC',
  'st helena': 'SHN',
  'st pierre and miquelon': 'SPM',
};

/** Names of things that are not ISO countries, with the reason they are dropped. */
const OTHER_NAMES: Record<string, string> = {
  'channel islands': OTHER_CODES.CHI!,
  'netherlands antilles': OTHER_CODES.ANT!,
  'serbia and montenegro': OTHER_CODES.SCG!,
  sark: OTHER_CODES['680']!,
};

/** A name reduced to a comparison key: no accents, no punctuation, no "the", lower case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\*/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ the$/, '');
}

function register(map: Map<string, string | null>, key: string, id: string): void {
  if (key === '') return;
  const existing = map.get(key);
  if (existing === undefined) map.set(key, id);
  else if (existing !== id) map.set(key, null); // ambiguous between two countries: not usable
}

export function createGeoResolver(
  worldCountries: readonly WorldCountry[] = worldCountriesJson as unknown as WorldCountry[],
): GeoResolver {
  const infos = new Map<string, CountryInfo>();
  const byIso2 = new Map<string, string>();
  const byM49 = new Map<number, string>();
  const names = new Map<string, string | null>();

  countries.registerLocale(enNames);
  const i18nNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;

  for (const c of worldCountries as (WorldCountry & { cca2: string; name: { common: string; official?: string }; altSpellings?: string[] })[]) {
    const id = CODE_OVERRIDES[c.cca3] ?? c.cca3;
    const sub = c.subregion ? c.subregion : 'Antarctic territories';
    infos.set(id, {
      id,
      name: c.name.common,
      region: slugify(c.region),
      regionName: c.region,
      subregion: slugify(sub),
      subregionName: sub,
    });
    byIso2.set(c.cca2, id);
    if (c.ccn3) byM49.set(Number(c.ccn3), id);
  }
  // Names: curated aliases first, then the official and common names, then alternative spellings.
  const curated = new Map<string, string>(Object.entries(NAME_ALIASES));
  for (const c of worldCountries as (WorldCountry & { name: { common: string; official?: string } })[]) {
    const id = CODE_OVERRIDES[c.cca3] ?? c.cca3;
    register(names, nameKey(c.name.common), id);
    if (c.name.official) register(names, nameKey(c.name.official), id);
  }
  for (const c of worldCountries as (WorldCountry & { cca2: string; altSpellings?: string[] })[]) {
    const id = CODE_OVERRIDES[c.cca3] ?? c.cca3;
    for (const alt of c.altSpellings ?? []) if (alt.length > 3) register(names, nameKey(alt), id);
    for (const alt of i18nNames[c.cca2] ?? []) register(names, nameKey(alt), id);
  }

  const group = (id: string, name: string): GeoMatch => ({ kind: 'group', id, name });
  const other = (id: string, reason: string): GeoMatch => ({ kind: 'other', id, reason });

  function byName(raw: string): GeoMatch {
    const key = nameKey(raw);
    if (key === '') return { kind: 'unknown', reason: 'empty name' };
    const alias = curated.get(key);
    if (alias !== undefined) return { kind: 'country', id: alias };
    const otherReason = OTHER_NAMES[key];
    if (otherReason !== undefined) return other(raw, otherReason);
    // Before the country names: "Micronesia" in a UN table is the region, the country is "Micronesia (Fed. States of)".
    if (GROUP_NAMES.has(key)) return group(raw, raw);
    const id = names.get(key);
    if (typeof id === 'string') return { kind: 'country', id };
    if (id === null) return { kind: 'unknown', reason: `ambiguous country name "${raw}"` };
    return { kind: 'unknown', reason: `unknown country name "${raw}"` };
  }

  function byCode(code: string, kind: CodeKind): GeoMatch | null {
    const upper = code.toUpperCase();
    const otherReason = OTHER_CODES[upper];
    if (otherReason !== undefined && kind !== 'name') return other(upper, otherReason);
    if ((kind === 'auto' || kind === 'm49') && /^\d{1,4}$/.test(code)) {
      const n = Number(code);
      const id = byM49.get(n);
      if (id !== undefined) return { kind: 'country', id };
      if (M49_REGIONS[n] !== undefined) return group(`M49:${code}`, M49_REGIONS[n]!);
      if (n >= 900) return group(`M49:${code}`, `UN M49 group ${code}`);
      return { kind: 'unknown', reason: `unknown UN M49 code ${code}` };
    }
    if (kind === 'm49') return { kind: 'unknown', reason: `not a UN M49 code: "${code}"` };
    const wbGroup = WORLD_BANK_GROUPS[upper];
    const otherGroup = OTHER_GROUPS[upper];
    if ((kind === 'auto' || kind === 'iso3') && /^[A-Z]{3}$/.test(upper)) {
      if (infos.has(upper)) return { kind: 'country', id: upper };
      if (ISO3_ALIASES[upper] !== undefined) return { kind: 'country', id: ISO3_ALIASES[upper]! };
      if (wbGroup !== undefined) return group(upper, wbGroup);
      if (otherGroup !== undefined) return group(upper, otherGroup);
      return kind === 'iso3' ? { kind: 'unknown', reason: `unknown ISO3 code ${upper}` } : null;
    }
    if ((kind === 'auto' || kind === 'iso2') && /^[A-Z0-9]{2}$/.test(upper)) {
      if (ISO2_ALIASES[upper] !== undefined) return { kind: 'country', id: ISO2_ALIASES[upper]! };
      if (wbGroup !== undefined) return group(upper, wbGroup);
      const id = byIso2.get(upper);
      if (id !== undefined) return { kind: 'country', id };
      if (otherGroup !== undefined) return group(upper, otherGroup);
      return kind === 'iso2' ? { kind: 'unknown', reason: `unknown ISO2 code ${upper}` } : null;
    }
    if (kind !== 'name' && code === upper) {
      if (wbGroup !== undefined) return group(upper, wbGroup);
      if (otherGroup !== undefined) return group(upper, otherGroup);
      if (AGGREGATE_PATTERN.test(upper)) return group(upper, upper);
    }
    return null;
  }

  return {
    resolve(raw, kind = 'auto', name) {
      const code = raw === null || raw === undefined ? '' : String(raw).trim();
      if (code !== '' && kind !== 'name') {
        const match = byCode(code, kind);
        if (match !== null && match.kind !== 'unknown') return match;
        if (name !== undefined && name.trim() !== '') {
          const named = byName(name);
          if (named.kind !== 'unknown') return named;
        }
        if (match !== null) return match;
        if (kind === 'auto' && !/^[A-Z0-9_]{2,}$/.test(code)) return byName(code);
        return { kind: 'unknown', reason: `unknown code "${code}"` };
      }
      if (code !== '') return byName(code);
      if (name !== undefined && name.trim() !== '') return byName(name);
      return { kind: 'unknown', reason: 'no geography given' };
    },
    country: (id) => infos.get(id),
  };
}
