/**
 * Metadata of the demo dataset: its sources and indicators. Names are neutral on purpose: the demo
 * data imitates kinds of sources, never a real publisher.
 */
import { CONTRACT_VERSION, type Catalog, type Country, type GeoUnit, type Indicator, type Region, type Source } from '../../src/contract/schema';
import { sliceId } from '../../src/contract/paths';
import { AGE_BANDS } from './world';
import { withTranslations } from './translations';
import { LEVELS } from './levels';
import { LOCAL_REFS, LOCAL_SOURCE_IDS, LOCAL_SOURCES } from './localCatalog';

export const GENERATED = '2026-11-10';
export const TITLE = 'Migration Lens demo dataset (synthetic)';

const PUBLISHER = 'Migration Lens demo generator';
const LICENCE = 'CC0 1.0 (synthetic demo data)';
const SYNTHETIC = 'Synthetic demo data: every figure is generated from a random seed and describes no real country, source or period.';

export const SOURCE_IDS = ['census', 'social-audience', 'search-interest', 'protection', 'payments', 'demographic-model'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const CENSUS_PERIODS = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024];
export const SOCIAL_YEARS = range(2015, 2026);
/** The year the advertising platform changed its estimation method. */
export const SOCIAL_BREAK_YEAR = 2019;
export const SEARCH_FIRST = { year: 2015, month: 1 };
export const SEARCH_LAST = { year: 2026, month: 10 };
export const PROTECTION_YEARS = range(2000, 2025);
export const PAYMENTS_YEARS = range(2000, 2025);
export const MODEL_YEARS = range(1990, 2025);

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const source = (s: Omit<Source, 'publisher' | 'url' | 'licence' | 'demo'>): Source => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  publisher: PUBLISHER,
  url: null,
  licence: LICENCE,
  counts: s.counts,
  definition: s.definition,
  cadence: s.cadence,
  releaseDate: s.releaseDate,
  latestPeriod: s.latestPeriod,
  caveats: s.caveats,
  demo: true,
});

export const SOURCES: Record<SourceId, Source> = {
  census: source({
    id: 'census',
    name: 'Census & registers (demo)',
    kind: 'official',
    counts: 'country-of-birth',
    definition:
      'Residents born in another country, as counted by population censuses and population registers and brought to a common reference year.',
    cadence: '5-yearly',
    releaseDate: '2025-01-15',
    latestPeriod: '2024',
    caveats: [
      SYNTHETIC,
      'Values flagged "imputed" fill a census round a country did not hold; values flagged "estimate" come from registers or surveys rather than a full count.',
      'The 2024 values are provisional.',
      'Origin-by-destination figures leave out a small "unknown or unlisted origin" remainder, so origins add up to slightly less than the destination total.',
    ],
  }),
  'social-audience': source({
    id: 'social-audience',
    name: 'Social-media advertising audience (demo)',
    kind: 'digital-trace',
    counts: 'lived-in',
    definition:
      'Adult users of an advertising platform whom the platform classifies as having lived in another country before, as shown by its audience-size tool.',
    cadence: 'yearly',
    releaseDate: '2026-10-20',
    latestPeriod: '2026',
    caveats: [
      SYNTHETIC,
      "Audience sizes are ranges: the value is rounded to the platform's thousands (hundreds for small audiences) and lower and upper give the range it reports; audiences under 100 are not shown.",
      `In ${SOCIAL_BREAK_YEAR} the platform changed how it estimates audiences (values flagged "break"): values before and after are not comparable.`,
      'Platform use differs by region, age and sex: users aged 65 and over and users in much of Africa and Asia are under-represented, and coverage grows as more people go online.',
      'The platform is unavailable in some countries, which have no values; some other country-years are missing.',
    ],
  }),
  'search-interest': source({
    id: 'search-interest',
    name: 'Online search interest (demo)',
    kind: 'digital-trace',
    counts: 'search-activity',
    definition: "Monthly volume of web searches about moving abroad made from the country, as an index where the country's busiest month is 100.",
    cadence: 'monthly',
    releaseDate: '2026-11-05',
    latestPeriod: `${SEARCH_LAST.year}-${String(SEARCH_LAST.month).padStart(2, '0')}`,
    caveats: [
      SYNTHETIC,
      'Each country is scaled to its own busiest month, so the index compares months within a country, not levels between countries.',
      'Searches show interest, not moves: a spike can follow news, a crisis or a policy change.',
      'Countries with too little search volume have no values, and months with very little volume show 0.',
    ],
  }),
  protection: source({
    id: 'protection',
    name: 'Protection registers (demo)',
    kind: 'official',
    counts: 'protection-status',
    definition: 'Refugees and asylum seekers registered in the country of asylum at the end of the year.',
    cadence: 'yearly',
    releaseDate: '2026-06-18',
    latestPeriod: '2025',
    caveats: [SYNTHETIC, 'The latest year is provisional.'],
  }),
  payments: source({
    id: 'payments',
    name: 'Balance-of-payments statistics (demo)',
    kind: 'official',
    counts: 'money',
    definition: 'Personal transfers and compensation of employees received by residents from abroad, in current US dollars.',
    cadence: 'yearly',
    releaseDate: '2026-04-30',
    latestPeriod: '2025',
    caveats: [
      SYNTHETIC,
      'Transfers through informal channels are missed, so remittances are under-counted.',
      'Values for small territories are estimates; the latest year is provisional.',
    ],
  }),
  'demographic-model': source({
    id: 'demographic-model',
    name: 'Demographic accounts (demo)',
    kind: 'model',
    counts: 'residents',
    definition:
      'Mid-year resident population and annual net migration from a demographic accounting model that keeps births, deaths and migration consistent.',
    cadence: 'yearly',
    releaseDate: '2025-07-11',
    latestPeriod: '2025',
    caveats: [
      SYNTHETIC,
      'Net migration is immigrants minus emigrants, derived as the part of population change that births and deaths do not explain.',
      'Values for the latest year are projections.',
    ],
  }),
};

const SEX = {
  id: 'sex',
  label: 'Sex',
  values: [
    { id: 'female', label: 'Female' },
    { id: 'male', label: 'Male' },
  ],
};
const AGE_LABELS: Record<string, string> = { '18-29': '18–29', '30-44': '30–44', '45-64': '45–64', '65-plus': '65 and over' };
const AGE = { id: 'age', label: 'Age', values: AGE_BANDS.map((id) => ({ id, label: AGE_LABELS[id] ?? id })) };
export const STOCK_BREAKDOWNS = [...SEX.values.map((v) => sliceId('sex', v.id)), ...AGE.values.map((v) => sliceId('age', v.id))];

const indicator = (i: Omit<Indicator, 'signed' | 'bilateral' | 'grain' | 'dimensions'> & Partial<Indicator>): Indicator => ({
  id: i.id,
  label: i.label,
  unit: i.unit,
  description: i.description,
  topic: i.topic,
  signed: i.signed ?? false,
  bilateral: i.bilateral ?? false,
  grain: i.grain ?? 'year',
  dimensions: i.dimensions ?? [],
  sources: i.sources,
});

export const INDICATORS: Indicator[] = [
  indicator({
    id: 'migrant-stock',
    label: 'International migrant stock',
    unit: 'persons',
    description:
      'People living in a country other than the one they were born in (for the platform audience: users who lived in another country before).',
    topic: 'Migrant stock',
    bilateral: true,
    dimensions: [SEX, AGE],
    sources: [
      { id: 'census', breakdowns: STOCK_BREAKDOWNS },
      { id: 'social-audience', breakdowns: STOCK_BREAKDOWNS },
    ],
  }),
  indicator({
    id: 'migrant-share',
    label: 'Migrants as a share of population',
    unit: 'percent',
    description: 'International migrants as a percentage of the resident population, using the modelled population as denominator.',
    topic: 'Migrant stock',
    sources: [
      { id: 'census', breakdowns: [] },
      { id: 'social-audience', breakdowns: [] },
    ],
  }),
  indicator({
    id: 'refugees',
    label: 'Refugees and asylum seekers',
    unit: 'persons',
    description: 'Refugees and asylum seekers hosted at the end of the year, counted by country of asylum.',
    topic: 'Forced displacement',
    sources: [{ id: 'protection', breakdowns: [] }],
  }),
  indicator({
    id: 'net-migration',
    label: 'Net migration',
    unit: 'persons',
    description: 'People who moved into the country minus people who left it during the year; negative when more left than arrived.',
    topic: 'Migration flows',
    signed: true,
    sources: [{ id: 'demographic-model', breakdowns: [] }],
  }),
  indicator({
    id: 'remittances',
    label: 'Remittance inflows',
    unit: 'usd',
    description: 'Money sent home by migrants working abroad and received in the country during the year, in current US dollars.',
    topic: 'Remittances',
    sources: [{ id: 'payments', breakdowns: [] }],
  }),
  indicator({
    id: 'population',
    label: 'Population',
    unit: 'persons',
    description: 'Total resident population at mid-year, the denominator of migrant shares.',
    topic: 'Population',
    sources: [{ id: 'demographic-model', breakdowns: [] }],
  }),
  indicator({
    id: 'search-interest',
    label: 'Search interest in emigration',
    unit: 'index',
    description: "How much people in the country search online about moving abroad, as a monthly index where the country's busiest month is 100.",
    topic: 'Migration intentions',
    grain: 'month',
    sources: [{ id: 'search-interest', breakdowns: [] }],
  }),
];

/** The catalog; `units` are the regions and states of the levels below the country (levels.ts). */
export function buildCatalog(countries: Country[], regions: Region[], units: GeoUnit[]): Catalog {
  return withTranslations({
    contract: CONTRACT_VERSION,
    title: TITLE,
    generated: GENERATED,
    sources: [...SOURCE_IDS.map((id) => SOURCES[id]), ...LOCAL_SOURCE_IDS.map((id) => LOCAL_SOURCES[id])],
    indicators: INDICATORS.map((i) => ({ ...i, sources: [...i.sources, ...(LOCAL_REFS[i.id] ?? [])] })),
    geographies: { countries, regions, levels: LEVELS, units },
  });
}
