import * as v from 'valibot';
import { CatalogSchema, SeriesSchema, type Catalog, type Series } from './schema';
import { ContractError } from './errors';
import { DEFAULT_LEVEL, LEVEL_RULES, type LevelId } from './levels';

const LEVELS_NEED = 'needs contract migration-lens/2 (geographic levels)';

/** The payload as the schema's output, or a ContractError naming the file and the first field that does not fit. */
export function check<T>(schema: v.GenericSchema<unknown, T>, payload: unknown, file: string): T {
  const result = v.safeParse(schema, payload);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ContractError(file, v.getDotPath(issue) ?? '', issue.message);
}

export function parseCatalog(payload: unknown, file = 'catalog.json'): Catalog {
  const catalog = check(CatalogSchema, payload, file);
  const sourceIds = new Set(catalog.sources.map((s) => s.id));
  catalog.indicators.forEach((indicator, i) =>
    indicator.sources.forEach((ref, j) => {
      if (!sourceIds.has(ref.id)) {
        throw new ContractError(file, `indicators.${i}.sources.${j}.id`, `names an unknown source "${ref.id}"`);
      }
      if ((ref.bilateralBreakdowns?.length ?? 0) > 0 && !indicator.bilateral) {
        throw new ContractError(
          file,
          `indicators.${i}.sources.${j}.bilateralBreakdowns`,
          'lists bilateral breakdowns of an indicator that is not bilateral',
        );
      }
    }),
  );
  checkAggregates(catalog, file);
  checkLevels(catalog, file);
  return catalog;
}

/** Units fit their level's code system and lie in a catalog country; every level a source names is listed. */
function checkLevels(catalog: Catalog, file: string): void {
  const { levels, units, countries } = catalog.geographies;
  if (catalog.contract === 'migration-lens/1') {
    if (levels !== undefined) throw new ContractError(file, 'geographies.levels', LEVELS_NEED);
    if (units !== undefined) throw new ContractError(file, 'geographies.units', LEVELS_NEED);
    catalog.indicators.forEach((indicator, i) =>
      indicator.sources.forEach((ref, j) => {
        if (ref.level !== undefined) throw new ContractError(file, `indicators.${i}.sources.${j}.level`, LEVELS_NEED);
        if (ref.focusLevel !== undefined) throw new ContractError(file, `indicators.${i}.sources.${j}.focusLevel`, LEVELS_NEED);
        if (ref.roles !== undefined) throw new ContractError(file, `indicators.${i}.sources.${j}.roles`, LEVELS_NEED);
      }),
    );
    return;
  }
  const listed = new Set<LevelId>([DEFAULT_LEVEL]);
  levels?.forEach((level, i) => {
    if (level.id === DEFAULT_LEVEL) throw new ContractError(file, `geographies.levels.${i}.id`, 'lists the country level, which every catalog has');
    if (listed.has(level.id)) throw new ContractError(file, `geographies.levels.${i}.id`, `repeats the level "${level.id}"`);
    listed.add(level.id);
  });
  const countryIds = new Set(countries.map((c) => c.id));
  const seen = new Set<string>(countryIds);
  units?.forEach((unit, i) => {
    const field = `geographies.units.${i}`;
    if (unit.level === DEFAULT_LEVEL) throw new ContractError(file, `${field}.level`, 'is country: countries are listed in geographies.countries');
    if (!listed.has(unit.level))
      throw new ContractError(file, `${field}.level`, `names the level "${unit.level}", which geographies.levels does not list`);
    if (!LEVEL_RULES[unit.level].pattern.test(unit.id)) throw new ContractError(file, `${field}.id`, LEVEL_RULES[unit.level].message);
    if (seen.has(unit.id)) throw new ContractError(file, `${field}.id`, `repeats the code "${unit.id}"`);
    seen.add(unit.id);
    if (!countryIds.has(unit.country)) throw new ContractError(file, `${field}.country`, `names an unknown country "${unit.country}"`);
  });
  catalog.indicators.forEach((indicator, i) =>
    indicator.sources.forEach((ref, j) => {
      for (const key of ['level', 'focusLevel'] as const) {
        const level = ref[key];
        if (level !== undefined && !listed.has(level)) {
          throw new ContractError(file, `indicators.${i}.sources.${j}.${key}`, `names the level "${level}", which geographies.levels does not list`);
        }
      }
      if (ref.roles !== undefined && !indicator.bilateral) {
        throw new ContractError(file, `indicators.${i}.sources.${j}.roles`, 'gives focus roles for an indicator that is not bilateral');
      }
      if (ref.focusLevel !== undefined && !indicator.bilateral) {
        throw new ContractError(file, `indicators.${i}.sources.${j}.focusLevel`, 'gives a focus level for an indicator that is not bilateral');
      }
    }),
  );
}

/** Aggregates are never countries: an id of both, a repeated id or a member that is no country is refused. */
function checkAggregates(catalog: Catalog, file: string): void {
  const countryIds = new Set(catalog.geographies.countries.map((c) => c.id));
  const seen = new Set<string>();
  catalog.geographies.aggregates?.forEach((aggregate, i) => {
    const field = `geographies.aggregates.${i}`;
    if (countryIds.has(aggregate.id)) throw new ContractError(file, `${field}.id`, `"${aggregate.id}" is also a country's id`);
    if (seen.has(aggregate.id)) throw new ContractError(file, `${field}.id`, `repeats the aggregate "${aggregate.id}"`);
    seen.add(aggregate.id);
    aggregate.members?.forEach((member, j) => {
      if (!countryIds.has(member)) throw new ContractError(file, `${field}.members.${j}`, `names an unknown country "${member}"`);
    });
  });
}

export function parseSeries(payload: unknown, file: string): Series {
  const series = check(SeriesSchema, payload, file);
  checkLengths(series.columns, 'columns', file);
  checkSeriesLevel(series, file);
  if (series.aggregates) checkLengths(series.aggregates, 'aggregates', file);
  return series;
}

/** Every geo code fits the series' level, and the focus its own. */
function checkSeriesLevel(series: Series, file: string): void {
  if (series.contract === 'migration-lens/1') {
    if (series.level !== undefined) throw new ContractError(file, 'level', LEVELS_NEED);
    if (series.focus?.level !== undefined) throw new ContractError(file, 'focus.level', LEVELS_NEED);
  }
  const level = series.level ?? DEFAULT_LEVEL;
  const rule = LEVEL_RULES[level];
  const bad = series.columns.geo.findIndex((code) => !rule.pattern.test(code));
  if (bad >= 0) throw new ContractError(file, `columns.geo.${bad}`, `${rule.message} (the series' level is ${level})`);
  if (series.focus) {
    const focusLevel = series.focus.level ?? level;
    if (!LEVEL_RULES[focusLevel].pattern.test(series.focus.geo)) {
      throw new ContractError(file, 'focus.geo', `${LEVEL_RULES[focusLevel].message} (the focus level is ${focusLevel})`);
    }
  }
}

function checkLengths(columns: Series['columns'], block: string, file: string): void {
  const rows = columns.geo.length;
  for (const name of ['period', 'value', 'lower', 'upper', 'flag'] as const) {
    const column = columns[name];
    if (column !== undefined && column.length !== rows) {
      throw new ContractError(file, `${block}.${name}`, `has ${column.length} rows where geo has ${rows}`);
    }
  }
}
