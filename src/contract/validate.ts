import * as v from 'valibot';
import { CatalogSchema, SeriesSchema, type Catalog, type Series } from './schema';
import { ContractError } from './errors';

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
  return catalog;
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
  if (series.aggregates) checkLengths(series.aggregates, 'aggregates', file);
  return series;
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
