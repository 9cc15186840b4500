/**
 * The codes publishers use for geographies besides ISO 3166-1 (which the country table gives):
 * aliases of countries, aggregates (World Bank, OECD, Eurostat, UN M49) and codes that are neither.
 * Data, shared by the pipeline and the upload through resolver.ts.
 */

/** Two-letter codes outside ISO 3166-1 that statistical offices use for countries. */
export const ISO2_ALIASES: Record<string, string> = {
  EL: 'GRC', // Eurostat: Greece
  UK: 'GBR', // Eurostat: United Kingdom
  XK: 'XKX', // Kosovo (user-assigned, World Bank and Eurostat)
};

/** Three-letter codes outside ISO 3166-1 that publishers use for countries. */
export const ISO3_ALIASES: Record<string, string> = {
  KOS: 'XKX', // Kosovo (IOC code, used by UNHCR)
  ROM: 'ROU', // Romania, former code still used in some UN files
  ZAR: 'COD', // Zaire, former code of the Democratic Republic of the Congo (World Bank until 2016)
  TMP: 'TLS', // East Timor, former code
};

/** Codes that are neither current ISO countries nor aggregates: dropped with this reason. */
export const OTHER_CODES: Record<string, string> = {
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
export const WORLD_BANK_GROUPS: Record<string, string> = {
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
export const OTHER_GROUPS: Record<string, string> = {
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
  T: 'Total',
  EA: 'Euro area',
  _T: 'Total',
  _Z: 'Not applicable',
};

/** Eurostat aggregates: EU27_2020, EU28, EA19, EA20, EEA30_2007, EU_V… */
export const AGGREGATE_PATTERN = /^(?:(?:EU|EA|EEA)(?:\d|_)[A-Z0-9_]*|EFTA|EXT_[A-Z0-9_]+|WXOECD|OECD[A-Z0-9_]*)$/;

/** UN M49 region codes (world, continents, subregions) below 900; codes from 900 up are UN DESA groups. */
export const M49_REGIONS: Record<number, string> = {
  1: 'World', 2: 'Africa', 5: 'South America', 9: 'Oceania', 11: 'Western Africa', 13: 'Central America',
  14: 'Eastern Africa', 15: 'Northern Africa', 17: 'Middle Africa', 18: 'Southern Africa', 19: 'Americas',
  21: 'Northern America', 29: 'Caribbean', 30: 'Eastern Asia', 34: 'Southern Asia', 35: 'South-eastern Asia',
  39: 'Southern Europe', 53: 'Australia and New Zealand', 54: 'Melanesia', 57: 'Micronesia', 61: 'Polynesia',
  142: 'Asia', 143: 'Central Asia', 145: 'Western Asia', 150: 'Europe', 151: 'Eastern Europe',
  154: 'Northern Europe', 155: 'Western Europe', 202: 'Sub-Saharan Africa', 419: 'Latin America and the Caribbean',
};
