/**
 * The sources config (pipeline/real/sources.config.json): every source declared once, with the
 * metadata the catalog shows (publisher, URL, licence, what it counts, definition, cadence,
 * caveats), how to pull it (`pull`) and how to read it (`read`: which cached files, in which
 * format, mapped to which indicators). Indicators are declared in the same file. Documented in
 * README.md, "Real data: refresh, add a source, deploy".
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  CADENCES,
  COUNTING_BASES,
  DimensionSchema,
  FLAGS,
  GRAINS,
  IndicatorSchema,
  SOURCE_KINDS,
  SourceSchema,
  UNITS,
} from '../../src/contract/schema';
import { LEVEL_IDS } from '../../src/contract/levels';
import { READER_FORMATS } from './readers';

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'), v.maxLength(64));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));
const HttpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
/** A cache file name: no directories, nothing hidden. */
const FileName = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plain file name'), v.maxLength(200));
const Params = v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]));

export const PullSchema = v.variant('type', [
  v.object({
    type: v.literal('worldbank'),
    /** Indicator codes, e.g. SM.POP.TOTL. */
    indicators: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._]+$/, 'must be a World Bank indicator code'))), v.minLength(1)),
    /** A year range such as "1990:2025" (default: every year). */
    date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(:\d{4})?$/, 'must be YYYY or YYYY:YYYY'))),
    perPage: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32500)), 20000),
    base: v.optional(HttpUrl, 'https://api.worldbank.org/v2'),
  }),
  v.object({
    type: v.literal('unhcr'),
    endpoint: v.optional(v.pipe(v.string(), v.regex(/^[a-z_]+$/)), 'population'),
    /** One cached query each: its name (the file prefix) and its query parameters. */
    queries: v.pipe(v.array(v.object({ name: Slug, params: Params })), v.minLength(1)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10000)), 1000),
    base: v.optional(HttpUrl, 'https://api.unhcr.org/population/v1'),
  }),
  v.object({
    type: v.literal('eurostat'),
    datasets: v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/i, 'must be a Eurostat dataset code')),
          filters: v.optional(v.record(v.string(), v.union([v.string(), v.array(v.string())])), {}),
        }),
      ),
      v.minLength(1),
    ),
    lang: v.optional(v.picklist(['EN', 'FR', 'DE']), 'EN'),
    base: v.optional(HttpUrl, 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data'),
  }),
  /** Any file on the web, cached as it is (an xlsx workbook, a CSV, SDMX or JSON-stat from any API). */
  v.object({ type: v.literal('http'), files: v.pipe(v.array(v.object({ name: FileName, url: HttpUrl })), v.minLength(1)) }),
  /** A local file (path relative to the config file), cached as it is. */
  v.object({
    type: v.literal('file'),
    files: v.pipe(v.array(v.object({ name: FileName, path: v.pipe(v.string(), v.minLength(1)) })), v.minLength(1)),
  }),
]);
export type Pull = v.InferOutput<typeof PullSchema>;

export const SeriesMapSchema = v.object({
  indicator: Slug,
  /** "total", or a breakdown "{dimension}-{value}" declared on the indicator. */
  slice: v.optional(Slug, 'total'),
  /** Keep observations whose measure and dimensions have these codes (a list: any of them). */
  where: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.array(v.union([v.string(), v.number()]))])), {}),
  /** Whose figure it is: the reporting country ("geo", the destination) or the partner ("counterpart", the origin). */
  by: v.optional(v.picklist(['geo', 'counterpart']), 'geo'),
  /** Write origin–destination files under bilateral/ (geo = destination, counterpart = origin) instead of a series; of `slice` when it is a breakdown. */
  bilateral: v.optional(v.boolean(), false),
  /**
   * Several observations for one country and period: "unique" (the default) fails the source, naming
   * the rows, since a reader cannot tell which row is the figure; "sum" adds them up; "first" keeps
   * the first and reports the rest.
   */
  combine: v.optional(v.picklist(['unique', 'sum', 'first']), 'unique'),
  /** Multiply values by this (e.g. 1000 for thousands); by default the unit code or multiplier of the file. */
  scale: v.optional(v.pipe(v.number(), v.finite())),
  /** Extra flag codes of this source, mapped to a contract flag or null. */
  flags: v.optional(v.record(v.string(), v.nullable(v.picklist(FLAGS))), {}),
  /** The grain of this mapping's periods when it is not the indicator's: a monthly digital trace beside yearly official figures. */
  grain: v.optional(v.picklist(GRAINS)),
  /**
   * What a 0 of the file means. "zero" (the default): a published zero. "missing": an empty cell or
   * an absent row that the file wrote as 0, left out and counted in the build report (zeroNoRow).
   * Only for files that cannot tell the two apart: UN DESA's origin–destination tables leave a cell
   * empty both when no migrant was counted and when there is no estimate; the 2019 tidy CSV writes
   * those cells as 0 (its ".." and "-" only mark years before a country existed), and the 2020 JSON
   * holds numbers only, 0 for every empty cell, for the diagonal and for the totals of countries
   * that did not exist yet. Leaving them out hides the few true zeros; keeping them would show about
   * 300,000 cells of each edition without an estimate as "no migrants", and a destination with no
   * origin figures as a country without migrants. Files that mark missing values themselves keep
   * their zeros: dinput.csv and the Facebook audiences ("NA"), the UNHCR tables (absent rows).
   */
  zeros: v.optional(v.picklist(['zero', 'missing']), 'zero'),
});
export type SeriesMap = v.InferOutput<typeof SeriesMapSchema>;

export const ReadSchema = v.object({
  /** Which cached files: a name, or a pattern with * and ?. */
  files: v.pipe(v.string(), v.minLength(1)),
  format: v.picklist(READER_FORMATS),
  options: v.optional(v.unknown()),
  /** When no cached file matches, skip this entry (with a note) instead of failing the source. */
  optional: v.optional(v.boolean(), false),
  series: v.pipe(v.array(SeriesMapSchema), v.minLength(1)),
});
export type ReadEntry = v.InferOutput<typeof ReadSchema>;

export const SourceConfigSchema = v.object({
  id: Slug,
  name: SourceSchema.entries.name,
  kind: v.picklist(SOURCE_KINDS),
  publisher: SourceSchema.entries.publisher,
  url: SourceSchema.entries.url,
  licence: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  counts: v.picklist(COUNTING_BASES),
  definition: SourceSchema.entries.definition,
  cadence: v.picklist(CADENCES),
  /** Used when the data state no release date of their own. */
  releaseDate: v.optional(IsoDate),
  caveats: v.optional(SourceSchema.entries.caveats, []),
  coverage: SourceSchema.entries.coverage,
  referenceDate: SourceSchema.entries.referenceDate,
  comparesWith: SourceSchema.entries.comparesWith,
  i18n: SourceSchema.entries.i18n,
  /** The level of the units its figures are for (default: country): the geography of its rows, the destination of its bilateral rows. */
  level: v.optional(v.picklist(LEVEL_IDS)),
  /** Bilateral: the level of its counterparts, the origins (default: level), e.g. countries of birth of figures by US state. */
  focusLevel: v.optional(v.picklist(LEVEL_IDS)),
  /** Bilateral: the focus roles it writes files for (default: both), e.g. origin only for figures by US state of people born in a country. */
  roles: v.optional(v.pipe(v.array(v.picklist(['origin', 'destination'])), v.minLength(1))),
  pull: PullSchema,
  read: v.pipe(v.array(ReadSchema), v.minLength(1)),
});
export type SourceConfig = v.InferOutput<typeof SourceConfigSchema>;

export const IndicatorConfigSchema = v.object({
  id: Slug,
  label: IndicatorSchema.entries.label,
  unit: v.picklist(UNITS),
  description: IndicatorSchema.entries.description,
  topic: IndicatorSchema.entries.topic,
  signed: v.optional(v.boolean(), false),
  grain: v.optional(v.picklist(GRAINS), 'year'),
  dimensions: v.optional(v.array(DimensionSchema), []),
  /** The order of the sources in the app (the first is the default); others follow in config order. */
  sources: v.optional(v.array(Slug), []),
  i18n: IndicatorSchema.entries.i18n,
});
export type IndicatorConfig = v.InferOutput<typeof IndicatorConfigSchema>;

export const ConfigSchema = v.object({
  $comment: v.optional(v.union([v.string(), v.array(v.string())])),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  indicators: v.pipe(v.array(IndicatorConfigSchema), v.minLength(1)),
  sources: v.pipe(v.array(SourceConfigSchema), v.minLength(1)),
});
export type Config = v.InferOutput<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Validate a config object: the schema, unique ids, and that every mapping names a declared indicator and breakdown. */
export function parseConfig(payload: unknown, file = 'sources.config.json'): Config {
  const result = v.safeParse(ConfigSchema, payload);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ConfigError(file, `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  const config = result.output;
  const seen = new Set<string>();
  for (const s of config.sources) {
    if (seen.has(s.id)) throw new ConfigError(file, `source "${s.id}" is declared twice`);
    seen.add(s.id);
  }
  const indicators = new Map(config.indicators.map((i) => [i.id, i]));
  if (indicators.size !== config.indicators.length) throw new ConfigError(file, 'an indicator is declared twice');
  config.sources.forEach((source, i) =>
    source.read.forEach((entry, j) =>
      entry.series.forEach((map, k) => {
        const at = `sources.${i}.read.${j}.series.${k}`;
        const indicator = indicators.get(map.indicator);
        if (!indicator) throw new ConfigError(file, `${at}: unknown indicator "${map.indicator}"`);
        if (map.slice !== 'total') {
          const ok = indicator.dimensions.some((d) => d.values.some((value) => `${d.id}-${value.id}` === map.slice));
          if (!ok) throw new ConfigError(file, `${at}: "${map.slice}" is not a breakdown of indicator "${indicator.id}"`);
        }
      }),
    ),
  );
  for (const indicator of config.indicators) {
    for (const id of indicator.sources) if (!seen.has(id)) throw new ConfigError(file, `indicator "${indicator.id}" lists unknown source "${id}"`);
  }
  return config;
}

/**
 * JSON with comments (JSONC, as in the README's examples): `//` and `/* … *\/` comments outside
 * strings become spaces, so positions in error messages stay where they were. Trailing commas are
 * not accepted.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i;
      i += 1;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i += 1;
      out += text.slice(start, i);
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i += 1;
      }
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** "line 3, column 7" for a character offset of a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1}`;
}

export function loadConfig(path: string): Config {
  const text = readFileSync(path, 'utf8');
  let payload: unknown;
  try {
    payload = JSON.parse(stripJsonComments(text));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? ` at ${lineAndColumn(text, Number(at[1]))}` : '';
    throw new ConfigError(
      path,
      `cannot be read as JSON${where}: ${message}. Comments (// and /* */) are accepted; trailing commas and unquoted keys are not.`,
    );
  }
  return parseConfig(payload, path);
}

/** Does a cached file name match a `files` pattern (* and ? wildcards)? */
export function matchesFiles(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(name);
}
