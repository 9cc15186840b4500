/**
 * UN DESA International Migrant Stock by origin and destination as a JSON matrix: the 2020 revision
 * as kept by X80110/migration-visualization (the data of Guy Abel's chord-diagram site), one file
 * per sex (stock.json, stock_male.json, stock_female.json; the config says which is which):
 *
 *   { "names": [243 short English names], "regions": [indices of the region rows],
 *     "matrix": { "1990": [243 rows of 243 numbers], … }, "total_inflow": { "1990": { name: total } } }
 *
 * A row is an origin, a column a destination. Every name of `regions` is a region row and column,
 * an exact sum of the names after it: emitted as a group, never as a country. The cells are emitted
 * under the measure "origin-destination"; `total_inflow`, each destination's published total, under
 * "destination-total". That total also counts the migrants of unknown origin, whom no row holds.
 */
import * as v from 'valibot';
import { parseJson, ReadError, readerOptions, type RawObservation, type Reader } from './types';

export const OD_MEASURE = 'origin-destination';
export const TOTAL_MEASURE = 'destination-total';

const Options = v.object({
  sex: v.optional(v.picklist(['total', 'male', 'female']), 'total'),
});

const Year = v.pipe(v.string(), v.regex(/^\d{4}$/));
const MatrixFile = v.object({
  names: v.pipe(v.array(v.string()), v.minLength(1)),
  regions: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  matrix: v.record(Year, v.array(v.array(v.number()))),
  total_inflow: v.optional(v.record(Year, v.record(v.string(), v.number()))),
});
type MatrixFile = v.InferOutput<typeof MatrixFile>;

function parseMatrixFile(payload: unknown, file: string): MatrixFile {
  const result = v.safeParse(MatrixFile, payload);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ReadError(file, `is not an origin–destination matrix file: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  const data = result.output;
  const n = data.names.length;
  const outside = data.regions.find((i) => i >= n);
  if (outside !== undefined) throw new ReadError(file, `region index ${outside} is outside the ${n} names`);
  for (const [year, rows] of Object.entries(data.matrix)) {
    const wrong = rows.findIndex((row) => row.length !== n);
    if (rows.length !== n || wrong !== -1) throw new ReadError(file, `matrix ${year} is not ${n} × ${n} (the number of names)`);
  }
  for (const [year, totals] of Object.entries(data.total_inflow ?? {})) {
    const stranger = Object.keys(totals).find((name) => !data.names.includes(name));
    if (stranger !== undefined) throw new ReadError(file, `total_inflow ${year} names "${stranger}", which is not in names`);
  }
  return data;
}

const persons = (x: number): string => x.toLocaleString('en-GB');

export const readUndesaMatrix: Reader = ({ file, options, emit, note }) => {
  const { sex } = readerOptions(Options, options, file.name);
  const data = parseMatrixFile(parseJson(file), file.name);
  const regions = new Set(data.regions);
  const side = (i: number) => ({ name: data.names[i]!, group: regions.has(i) });
  const dims = { sex };

  const years = Object.keys(data.matrix).sort();
  for (const period of years) {
    const rows = data.matrix[period]!;
    data.names.forEach((_, d) => {
      const destination = side(d);
      rows.forEach((row, o) => {
        const origin = side(o);
        const observation: RawObservation = {
          measure: OD_MEASURE,
          dims,
          geo: destination.name,
          geoCodes: 'name',
          counterpart: origin.name,
          counterpartCodes: 'name',
          period,
          value: row[d],
        };
        if (destination.group) observation.geoGroup = true;
        if (origin.group) observation.counterpartGroup = true;
        emit(observation);
      });
    });
  }
  for (const [period, totals] of Object.entries(data.total_inflow ?? {})) {
    data.names.forEach((name, d) => {
      if (!(name in totals)) return;
      const observation: RawObservation = { measure: TOTAL_MEASURE, dims, geo: name, geoCodes: 'name', period, value: totals[name] };
      if (regions.has(d)) observation.geoGroup = true;
      emit(observation);
    });
  }

  const latest = years.at(-1);
  const totals = latest === undefined ? undefined : data.total_inflow?.[latest];
  if (latest !== undefined && totals !== undefined) {
    const countries = data.names.flatMap((_, i) => (regions.has(i) ? [] : [i]));
    const rows = data.matrix[latest]!;
    const fromOrigins = countries.reduce((sum, o) => sum + countries.reduce((s, d) => s + rows[o]![d]!, 0), 0);
    const published = countries.reduce((sum, d) => sum + (totals[data.names[d]!] ?? 0), 0);
    note(
      `${latest}, ${sex}: the origins add up to ${persons(fromOrigins)} of the destinations' ${persons(published)} (the rest is of unknown origin, in no row of the matrix)`,
    );
  }
  return {};
};
