/**
 * SDMX readers.
 *
 * SDMX-JSON data messages, versions 1.0 and 2.0 (the OECD's SDMX API): observations either flat
 * (`observations` keyed "i:j:…:t" over the observation-level dimensions) or in series (`series`
 * keyed over the series-level dimensions, each with its observations keyed over the rest). Time
 * codes are read through the structure, so their order in the message does not matter. UNIT_MULT
 * is applied and OBS_STATUS becomes the flag.
 *
 * SDMX-CSV (Eurostat's and the OECD's CSV downloads): one column per dimension, TIME_PERIOD,
 * OBS_VALUE, and OBS_FLAG or OBS_STATUS.
 */
import * as v from 'valibot';
import { csvRecords, parseCsv } from '../../../src/lib/csv';
import { unitMultiplier } from '../normalise';
import { baseName, parseJson, ReadError, readerOptions, type RawObservation, type Reader } from './types';

const Value = v.looseObject({ id: v.string(), name: v.optional(v.union([v.string(), v.record(v.string(), v.string())])) });
const Component = v.looseObject({ id: v.string(), keyPosition: v.optional(v.number()), values: v.array(Value) });
const Structure = v.looseObject({
  dimensions: v.looseObject({
    dataSet: v.optional(v.array(Component), []),
    series: v.optional(v.array(Component), []),
    observation: v.optional(v.array(Component), []),
  }),
  attributes: v.optional(
    v.looseObject({
      dataSet: v.optional(v.array(Component), []),
      series: v.optional(v.array(Component), []),
      observation: v.optional(v.array(Component), []),
    }),
    {},
  ),
});
const DataSet = v.looseObject({
  observations: v.optional(v.record(v.string(), v.array(v.unknown()))),
  series: v.optional(
    v.record(
      v.string(),
      v.looseObject({ attributes: v.optional(v.array(v.unknown())), observations: v.optional(v.record(v.string(), v.array(v.unknown())), {}) }),
    ),
  ),
  attributes: v.optional(v.array(v.unknown())),
  structure: v.optional(v.number()),
});
type Structure = v.InferOutput<typeof Structure>;
type Component = v.InferOutput<typeof Component>;

const SdmxOptions = v.object({
  geo: v.optional(v.string(), 'REF_AREA'),
  time: v.optional(v.string(), 'TIME_PERIOD'),
  counterpart: v.optional(v.string()),
  measure: v.optional(v.string()),
});

function nameOf(value: v.InferOutput<typeof Value> | undefined): string | undefined {
  if (!value?.name) return undefined;
  return typeof value.name === 'string' ? value.name : (value.name.en ?? Object.values(value.name)[0]);
}

/** The structure(s) and datasets of a 1.0 or 2.0 message. */
function messageParts(payload: unknown, file: string): { structures: Structure[]; dataSets: v.InferOutput<typeof DataSet>[] } {
  if (typeof payload !== 'object' || payload === null) throw new ReadError(file, 'is not an SDMX-JSON message');
  const p = payload as Record<string, unknown>;
  const errors = p.errors ?? p.error;
  if (errors !== undefined && errors !== null && !(Array.isArray(errors) && errors.length === 0)) {
    throw new ReadError(file, `holds an error, not data: ${JSON.stringify(errors).slice(0, 200)}`);
  }
  const data = (typeof p.data === 'object' && p.data !== null ? p.data : p) as Record<string, unknown>;
  const rawStructures = Array.isArray(data.structures)
    ? data.structures
    : data.structure !== undefined
      ? [data.structure]
      : p.structure !== undefined
        ? [p.structure]
        : [];
  const rawDataSets = Array.isArray(data.dataSets) ? data.dataSets : [];
  if (rawStructures.length === 0 || rawDataSets.length === 0)
    throw new ReadError(file, 'is not an SDMX-JSON data message (no structure or no dataSets)');
  const parse = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T => {
    const result = v.safeParse(schema, value);
    if (!result.success) {
      const issue = result.issues[0];
      throw new ReadError(file, `SDMX-JSON ${what}: ${v.getDotPath(issue) ?? '(root)'} ${issue.message}`);
    }
    return result.output;
  };
  return {
    structures: rawStructures.map((s) => parse(Structure, s, 'structure')),
    dataSets: rawDataSets.map((d) => parse(DataSet, d, 'dataSet')),
  };
}

export const readSdmxJson: Reader = ({ file, options, emit }) => {
  const opts = readerOptions(SdmxOptions, options, file.name);
  const { structures, dataSets } = messageParts(parseJson(file), file.name);
  const measure = opts.measure ?? baseName(file.name);
  for (const dataSet of dataSets) {
    const structure = structures[dataSet.structure ?? 0] ?? structures[0]!;
    const { dimensions } = structure;
    const attributes = structure.attributes;
    const seriesDims = dimensions.series;
    const obsDims = dimensions.observation;
    const all = [...(dimensions.dataSet ?? []), ...seriesDims, ...obsDims];
    if (!all.some((d) => d.id === opts.geo))
      throw new ReadError(file.name, `has no dimension ${opts.geo} (dimensions: ${all.map((d) => d.id).join(', ')})`);
    if (!all.some((d) => d.id === opts.time)) throw new ReadError(file.name, `has no dimension ${opts.time}`);

    const pick = (components: Component[], key: string, into: Map<string, v.InferOutput<typeof Value>>): void => {
      if (components.length === 0) return;
      const parts = key.split(':');
      if (parts.length !== components.length)
        throw new ReadError(file.name, `key "${key}" has ${parts.length} parts for ${components.length} dimensions`);
      components.forEach((c, i) => {
        const value = c.values[Number(parts[i])];
        if (value === undefined) throw new ReadError(file.name, `key "${key}" points outside dimension ${c.id}`);
        into.set(c.id, value);
      });
    };
    const attribute = (components: Component[] | undefined, indexes: unknown[] | undefined, into: Map<string, string>): void => {
      (components ?? []).forEach((c, i) => {
        const index = indexes?.[i];
        if (index === null || index === undefined) return;
        const value = c.values[Number(index)];
        if (value !== undefined) into.set(c.id, value.id);
      });
    };
    const datasetDims = new Map<string, v.InferOutput<typeof Value>>();
    for (const d of dimensions.dataSet ?? []) if (d.values[0]) datasetDims.set(d.id, d.values[0]);
    const datasetAttrs = new Map<string, string>();
    attribute(attributes.dataSet, dataSet.attributes, datasetAttrs);

    const emitObservation = (keyValues: Map<string, v.InferOutput<typeof Value>>, attrs: Map<string, string>, raw: unknown[]): void => {
      const dims: Record<string, string> = {};
      for (const [id, value] of keyValues) if (id !== opts.geo && id !== opts.time && id !== opts.counterpart) dims[id] = value.id;
      const geo = keyValues.get(opts.geo);
      const observation: RawObservation = {
        measure,
        dims,
        geo: geo?.id ?? null,
        geoName: nameOf(geo),
        period: keyValues.get(opts.time)?.id,
        value: raw[0],
        flag: attrs.get('OBS_STATUS') ?? null,
        multiplier: unitMultiplier(attrs.get('UNIT_MULT') ?? 0),
      };
      const unit = keyValues.get('UNIT_MEASURE')?.id ?? attrs.get('UNIT_MEASURE');
      if (unit !== undefined) observation.unit = unit;
      if (opts.counterpart !== undefined) {
        const counterpart = keyValues.get(opts.counterpart);
        observation.counterpart = counterpart?.id ?? null;
        observation.counterpartName = nameOf(counterpart);
      }
      emit(observation);
    };

    const observe = (
      base: Map<string, v.InferOutput<typeof Value>>,
      baseAttrs: Map<string, string>,
      observations: Record<string, unknown[]>,
    ): void => {
      for (const [key, raw] of Object.entries(observations)) {
        const keyValues = new Map(base);
        pick(obsDims, key, keyValues);
        const attrs = new Map(baseAttrs);
        attribute(attributes.observation, raw.slice(1), attrs);
        emitObservation(keyValues, attrs, raw);
      }
    };
    if (dataSet.series) {
      for (const [seriesKey, series] of Object.entries(dataSet.series)) {
        const keyValues = new Map(datasetDims);
        pick(seriesDims, seriesKey, keyValues);
        const attrs = new Map(datasetAttrs);
        attribute(attributes.series, series.attributes, attrs);
        observe(keyValues, attrs, series.observations ?? {});
      }
    } else {
      observe(datasetDims, datasetAttrs, dataSet.observations ?? {});
    }
  }
  return {};
};

const SdmxCsvOptions = v.object({
  geo: v.optional(v.string()),
  time: v.optional(v.string(), 'TIME_PERIOD'),
  counterpart: v.optional(v.string()),
  measure: v.optional(v.string()),
  delimiter: v.optional(v.pipe(v.string(), v.length(1)), ','),
});

/** Columns of SDMX-CSV that are not dimensions. */
const NOT_DIMENSIONS = new Set([
  'DATAFLOW',
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'ACTION',
  'LAST UPDATE',
  'TIME_PERIOD',
  'OBS_VALUE',
  'OBS_FLAG',
  'OBS_STATUS',
  'CONF_STATUS',
  'UNIT_MULT',
  'DECIMALS',
]);

/** "29/11/24 11:00:00" (Eurostat's LAST UPDATE) → "2024-11-29". */
function lastUpdate(text: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{2,4})/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]}-${m[1]}`;
}

export const readSdmxCsv: Reader = ({ file, options, emit }) => {
  const opts = readerOptions(SdmxCsvOptions, options, file.name);
  const { header, records } = csvRecords(parseCsv(file.text(), { delimiter: opts.delimiter }));
  const geo = opts.geo ?? (header.includes('geo') ? 'geo' : 'REF_AREA');
  for (const column of [geo, opts.time, 'OBS_VALUE']) {
    if (!header.includes(column)) throw new ReadError(file.name, `is not SDMX-CSV with a "${column}" column (columns: ${header.join(', ')})`);
  }
  const flagColumn = header.includes('OBS_FLAG') ? 'OBS_FLAG' : header.includes('OBS_STATUS') ? 'OBS_STATUS' : undefined;
  const dimensions = header.filter((h) => h !== '' && !NOT_DIMENSIONS.has(h) && h !== geo && h !== opts.counterpart);
  const measure = opts.measure ?? baseName(file.name);
  let releaseDate: string | undefined;
  for (const r of records) {
    const dims: Record<string, string> = {};
    for (const d of dimensions) dims[d] = (r[d] ?? '').trim();
    const observation: RawObservation = {
      measure,
      dims,
      geo: (r[geo] ?? '').trim(),
      period: r[opts.time],
      value: r.OBS_VALUE,
      flag: flagColumn ? r[flagColumn] : null,
      multiplier: unitMultiplier(r.UNIT_MULT ?? 0),
    };
    const unit = r.unit ?? r.UNIT_MEASURE;
    if (unit !== undefined) observation.unit = unit.trim();
    if (opts.counterpart !== undefined) observation.counterpart = (r[opts.counterpart] ?? '').trim();
    emit(observation);
    const updated = lastUpdate(r['LAST UPDATE']);
    if (updated !== undefined && (releaseDate === undefined || updated > releaseDate)) releaseDate = updated;
  }
  return { releaseDate };
};
