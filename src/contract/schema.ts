import * as v from 'valibot';
import { isPeriod } from '../lib/period';
import { LEVEL_IDS, LEVEL_RULES, type LevelId } from './levels';

/**
 * The Migration Lens indicators API. Version 2 adds geographic levels below the country
 * (levels.ts); version 1 payloads, which have none, stay readable.
 * Documented for implementers in README.md ("The indicators API contract").
 */
export const CONTRACT_VERSION = 'migration-lens/2';
export const CONTRACT_VERSIONS = ['migration-lens/1', CONTRACT_VERSION] as const;
const Contract = v.picklist(CONTRACT_VERSIONS, 'must be migration-lens/1 or migration-lens/2');

export const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'), v.maxLength(64));
const Iso3 = v.pipe(v.string(), v.regex(LEVEL_RULES.country.pattern, LEVEL_RULES.country.message));
const Level = v.picklist(LEVEL_IDS, `must be a geographic level: ${LEVEL_IDS.join(', ')}`);
/** A unit's code at any level; the code's fit to its series' or unit's level is checked in validate.ts. */
const GeoCode = v.pipe(v.string(), v.regex(/^[A-Z0-9]{2,5}$/, 'must be a country (ISO3) or region code'));
export const IsoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));
const Text = v.pipe(v.string(), v.maxLength(2000));
const Year = v.pipe(
  v.string(),
  v.check((s) => isPeriod(s, 'year'), 'must be a year as YYYY'),
);
const Month = v.pipe(
  v.string(),
  v.check((s) => isPeriod(s, 'month'), 'must be a month as YYYY-MM'),
);
export const Period = v.union([Year, Month], 'must be a period as YYYY or YYYY-MM');
export const FiniteNumber = v.pipe(v.number(), v.finite('must be a finite number'));

/** Translations of an entry's texts, by language; English is the entry itself. */
function translations<T extends v.ObjectEntries>(entries: T) {
  const texts = v.partial(v.object(entries));
  return v.optional(v.object({ fr: v.optional(texts), es: v.optional(texts) }));
}
const Label = v.pipe(v.string(), v.minLength(1), v.maxLength(120));

export const SOURCE_KINDS = ['official', 'survey', 'digital-trace', 'model'] as const;
/**
 * What a source counts as a migrant: comparisons across different bases carry a warning.
 * 'ties' counts no people at all: a relative index of ties between two places (social connectedness).
 */
export const COUNTING_BASES = [
  'country-of-birth',
  'citizenship',
  'lived-in',
  'protection-status',
  'flow',
  'money',
  'search-activity',
  'residents',
  'ties',
] as const;
export const CADENCES = ['5-yearly', 'yearly', 'monthly', 'irregular'] as const;
export const GRAINS = ['year', 'month'] as const;
export const UNITS = ['persons', 'percent', 'usd', 'index'] as const;
export const FLAGS = ['estimate', 'provisional', 'break', 'imputed'] as const;

export const SourceSchema = v.object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  kind: v.picklist(SOURCE_KINDS),
  publisher: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  url: v.nullable(v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL'))),
  licence: v.pipe(v.string(), v.maxLength(200)),
  counts: v.picklist(COUNTING_BASES),
  definition: Text,
  cadence: v.picklist(CADENCES),
  releaseDate: IsoDate,
  latestPeriod: Period,
  /** Optional: the earliest period with a value; with latestPeriod, the span the source covers. */
  firstPeriod: v.optional(Period),
  /** Optional: how many countries have at least one value. */
  countriesWithData: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  caveats: v.array(Text),
  demo: v.boolean(),
  /** Whom its figures cover, e.g. "all ages", "ages 15–64", "Facebook users aged 13 and over". */
  coverage: v.optional(Label),
  /** The moment its figures refer to, e.g. "1 January", "mid-year", "end of year". */
  referenceDate: v.optional(Label),
  /**
   * The source this one is best compared to (a digital trace's official reference), usually of the
   * same indicator. It may give another indicator (an index of ties is compared with bilateral
   * migrant stocks): the Compare panel pairs sources of one indicator only, so it then opens on
   * its own defaults.
   */
  comparesWith: v.optional(Slug),
  i18n: translations({ name: Label, definition: Text, caveats: v.array(Text), coverage: Label, referenceDate: Label }),
});

export const DimensionSchema = v.object({
  id: Slug,
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  values: v.pipe(
    v.array(v.object({ id: Slug, label: v.pipe(v.string(), v.minLength(1), v.maxLength(80)), i18n: translations({ label: Label }) })),
    v.minLength(1),
  ),
  i18n: translations({ label: Label }),
});

export const IndicatorSchema = v.object({
  id: Slug,
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  unit: v.picklist(UNITS),
  description: Text,
  topic: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  /** A signed indicator (net migration) is drawn on a diverging scale around zero. */
  signed: v.boolean(),
  /** Bilateral indicators also have origin-by-destination slices under bilateral/. */
  bilateral: v.boolean(),
  grain: v.picklist(GRAINS),
  dimensions: v.array(DimensionSchema),
  /** The sources that give this indicator, the first being the default, and the breakdowns each one has. */
  sources: v.pipe(
    v.array(
      v.object({
        id: Slug,
        breakdowns: v.array(Slug),
        /**
         * false: the source has no figure per country (no series/ file), only bilateral/ slices by
         * focus country, e.g. an index of ties between two countries. Absent: true.
         */
        total: v.optional(v.boolean()),
        /**
         * The breakdowns that also have bilateral/ files (`breakdowns` are those of its series/
         * files). Absent: none, the bilateral figures are totals only.
         */
        bilateralBreakdowns: v.optional(v.array(Slug)),
        /** Version 2: the level of the units its figures are for (absent: country); one source, one level. */
        level: v.optional(Level),
        /** Version 2, bilateral only: the level of its focus units (absent: the same as level), e.g. origin countries of figures by US state. */
        focusLevel: v.optional(Level),
        /** Version 2, bilateral only: the focus roles its bilateral/ files exist for (absent: both), e.g. origin only for figures of people born in a country by US state. */
        roles: v.optional(v.pipe(v.array(v.picklist(['origin', 'destination'])), v.minLength(1))),
      }),
    ),
    v.minLength(1),
  ),
  i18n: translations({ label: Label, description: Text, topic: Label }),
});

export const CountrySchema = v.object({
  id: Iso3,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  region: Slug,
  subregion: Slug,
  /** True for a territory with no permanent population: no figures are expected, so it never counts as a country without data. */
  uninhabited: v.optional(v.boolean()),
});

export const RegionSchema = v.object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  /** Present for subregions: the region they belong to. */
  parent: v.nullable(Slug),
  i18n: translations({ name: Label }),
});

/** Version 2: a geographic level below the country that some sources give figures for. */
export const LevelSchema = v.object({
  id: Level,
  name: Label,
  /** Its code system with its version, e.g. "NUTS 2024", "US Census FIPS state codes". */
  codes: Label,
  /** The boundaries file (TopoJSON, one object "units", each geometry's id its code), relative to the app's geo/ directory. */
  boundaries: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.topo\.json$/, 'must be a file name such as nuts2.topo.json')),
  /** Who the boundaries are from, shown under the map, e.g. "© EuroGeographics for the administrative boundaries". */
  attribution: v.pipe(v.string(), v.maxLength(300)),
  i18n: translations({ name: Label }),
});

/** Version 2: a region or state, with the country it lies in. */
export const GeoUnitSchema = v.object({
  id: GeoCode,
  level: Level,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  country: Iso3,
});

export const AGGREGATE_KINDS = ['world', 'region', 'income', 'union'] as const;
/** An aggregate's code as its publisher gives it, or a stable one of ours: WLD, EU27_2020, HIC, M49_903. */
const AggregateId = v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'must be an aggregate code (capitals, digits and _)'));

/**
 * A group of countries a publisher gives its own figures for (World, a region, an income group, the
 * EU). Never a country: its rows are the series' `aggregates`, apart from the countries' columns.
 */
export const AggregateSchema = v.object({
  id: AggregateId,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  kind: v.picklist(AGGREGATE_KINDS),
  /** Optional: the countries it groups, where the publisher lists them. */
  members: v.optional(v.array(Iso3)),
  i18n: translations({ name: Label }),
});

export const CatalogSchema = v.object({
  contract: Contract,
  title: v.pipe(v.string(), v.maxLength(200)),
  generated: IsoDate,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1)),
  geographies: v.object({
    countries: v.pipe(v.array(CountrySchema), v.minLength(1)),
    regions: v.array(RegionSchema),
    /** Optional: the aggregates some series have rows for. */
    aggregates: v.optional(v.array(AggregateSchema)),
    /** Version 2: the levels below the country, and their units. */
    levels: v.optional(v.array(LevelSchema)),
    units: v.optional(v.array(GeoUnitSchema)),
  }),
});

/** Parallel columns of rows: row i is (geo[i], period[i], value[i], ...). */
function columnsOf(geo: typeof GeoCode | typeof AggregateId) {
  return v.object({
    geo: v.array(geo),
    period: v.array(Period),
    value: v.array(FiniteNumber),
    lower: v.optional(v.array(v.nullable(FiniteNumber))),
    upper: v.optional(v.array(v.nullable(FiniteNumber))),
    flag: v.optional(v.array(v.nullable(v.picklist(FLAGS)))),
  });
}

/**
 * One indicator from one source (optionally one breakdown, or one focus country of a bilateral
 * indicator), as parallel columns: row i is (geo[i], period[i], value[i], ...).
 */
export const SeriesSchema = v.object({
  contract: Contract,
  indicator: Slug,
  source: Slug,
  /** "total" or "{dimension}-{value}", e.g. "sex-female". */
  slice: Slug,
  /** Version 2: the level of the units in geo (absent: country). */
  level: v.optional(Level),
  /** For bilateral slices: the focus unit and its role, and (version 2) its level when it differs from the series' (absent: the same); geo then holds the counterparts. */
  focus: v.nullable(v.object({ geo: GeoCode, role: v.picklist(['origin', 'destination']), level: v.optional(Level) })),
  releaseDate: IsoDate,
  columns: columnsOf(GeoCode),
  /** Optional: the publisher's own figures for aggregates (catalog.geographies.aggregates), in the same columns, never mixed with the countries'. */
  aggregates: v.optional(columnsOf(AggregateId)),
});

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CountingBasis = (typeof COUNTING_BASES)[number];
export type Unit = (typeof UNITS)[number];
export type Flag = (typeof FLAGS)[number];
export type Grain = (typeof GRAINS)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type Aggregate = v.InferOutput<typeof AggregateSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type GeoUnit = v.InferOutput<typeof GeoUnitSchema>;
export type { LevelId };
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];
export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type Series = v.InferOutput<typeof SeriesSchema>;
export type SeriesColumns = Series['columns'];
