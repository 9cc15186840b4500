/**
 * JSON-stat reader (version 2.0 datasets, as the Eurostat dissemination API returns them; also the
 * datasets of a 1.x bundle). Values may be an array or a sparse object keyed by the flat index;
 * status (the observation flags) an array, an object or one string for all. Every dimension other
 * than geography and time becomes a dimension of the observation, by category code.
 */
import * as v from 'valibot';
import { baseName, isoDay, parseJson, ReadError, readerOptions, type RawObservation, type Reader } from './types';

const Category = v.object({
  index: v.optional(v.union([v.array(v.string()), v.record(v.string(), v.number())])),
  label: v.optional(v.record(v.string(), v.string())),
});
const Dimension = v.looseObject({ label: v.optional(v.string()), category: Category });
const Dataset = v.looseObject({
  id: v.array(v.string()),
  size: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  dimension: v.record(v.string(), v.unknown()),
  value: v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())]),
  status: v.optional(v.union([v.array(v.unknown()), v.record(v.string(), v.unknown()), v.string(), v.null()])),
  updated: v.optional(v.string()),
  role: v.optional(v.record(v.string(), v.array(v.string()))),
});
type Dataset = v.InferOutput<typeof Dataset>;

const JsonStatOptions = v.object({
  /** The geography dimension (default: role.geo, else "geo"). */
  geo: v.optional(v.string()),
  /** The time dimension (default: role.time, else "time"). */
  time: v.optional(v.string()),
  /** A dimension holding the partner country (e.g. "citizen", "c_birth") for origin–destination use. */
  counterpart: v.optional(v.string()),
  /** The measure of the observations (default: the file's base name). */
  measure: v.optional(v.string()),
});

/** More cells than this are not read; the sizes are multiplied with a zero counting as one, so no dimension escapes. */
export const MAX_JSONSTAT_CELLS = 20_000_000;

/** Category codes of a dimension in index order (positions outside 0…size-1 or left empty leave the list short). */
function categoryCodes(dimension: v.InferOutput<typeof Dimension>, size: number): string[] {
  const { index, label } = dimension.category;
  if (Array.isArray(index)) return index;
  if (index) {
    const codes: string[] = [];
    for (const [code, position] of Object.entries(index)) if (Number.isInteger(position) && position >= 0 && position < size) codes[position] = code;
    return codes.filter((code) => code !== undefined);
  }
  return Object.keys(label ?? {});
}

/** The datasets of a payload: a 2.0 dataset, a 2.0 collection of datasets, or a 1.x bundle. */
function datasetsOf(payload: unknown, file: string): Dataset[] {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new ReadError(file, 'is not a JSON-stat object');
  const p = payload as Record<string, unknown>;
  if (p.error !== undefined) throw new ReadError(file, `holds an error, not data: ${JSON.stringify(p.error).slice(0, 200)}`);
  const candidates: unknown[] = [];
  if (p.class === 'dataset' || (p.version !== undefined && p.id !== undefined)) candidates.push(p);
  else if (p.class === 'collection') {
    const items = (p.link as { item?: unknown[] } | undefined)?.item ?? [];
    candidates.push(...items.filter((i) => (i as { class?: string }).class === 'dataset'));
  } else {
    // 1.x bundle: { name: { dimension: { id, size, … }, value } }
    for (const value of Object.values(p)) {
      const d = value as { dimension?: { id?: unknown; size?: unknown } } | null;
      if (d && typeof d === 'object' && d.dimension && Array.isArray(d.dimension.id)) {
        candidates.push({ ...d, id: d.dimension.id, size: d.dimension.size });
      }
    }
  }
  if (candidates.length === 0) throw new ReadError(file, 'is not a JSON-stat dataset (no class "dataset", no id and size)');
  return candidates.map((c) => {
    const result = v.safeParse(Dataset, c);
    if (!result.success) {
      const issue = result.issues[0];
      throw new ReadError(file, `not a JSON-stat dataset: ${v.getDotPath(issue) ?? '(root)'} ${issue.message}`);
    }
    return result.output;
  });
}

export const readJsonStat: Reader = ({ file, options, emit }) => {
  const opts = readerOptions(JsonStatOptions, options, file.name);
  let releaseDate: string | undefined;
  for (const dataset of datasetsOf(parseJson(file), file.name)) {
    const { id: ids, size } = dataset;
    if (ids.length !== size.length) throw new ReadError(file.name, `id has ${ids.length} dimensions but size ${size.length}`);
    if (size.reduce((a, b) => a * Math.max(b, 1), 1) > MAX_JSONSTAT_CELLS) {
      throw new ReadError(file.name, `declares ${size.join(' × ')} cells: more than ${MAX_JSONSTAT_CELLS}`);
    }
    const codes = ids.map((id, i) => {
      const result = v.safeParse(Dimension, dataset.dimension[id]);
      if (!result.success) throw new ReadError(file.name, `dimension "${id}" has no category`);
      return categoryCodes(result.output, size[i]!);
    });
    ids.forEach((id, i) => {
      if (codes[i]!.length !== size[i]) throw new ReadError(file.name, `dimension "${id}" has ${codes[i]!.length} categories but size ${size[i]}`);
    });
    const geoId = opts.geo ?? dataset.role?.geo?.[0] ?? 'geo';
    const timeId = opts.time ?? dataset.role?.time?.[0] ?? 'time';
    const geoAt = ids.indexOf(geoId);
    const timeAt = ids.indexOf(timeId);
    if (geoAt === -1) throw new ReadError(file.name, `has no geography dimension "${geoId}" (dimensions: ${ids.join(', ')})`);
    if (timeAt === -1) throw new ReadError(file.name, `has no time dimension "${timeId}" (dimensions: ${ids.join(', ')})`);
    const counterpartAt = opts.counterpart !== undefined ? ids.indexOf(opts.counterpart) : -1;
    if (opts.counterpart !== undefined && counterpartAt === -1) throw new ReadError(file.name, `has no dimension "${opts.counterpart}"`);
    const geoLabels = (dataset.dimension[geoId] as { category: { label?: Record<string, string> } }).category.label ?? {};
    const unitAt = ids.indexOf('unit');
    const total = size.reduce((a, b) => a * b, 1);
    const statusOf = (i: number): unknown => {
      const s = dataset.status;
      if (s === undefined || s === null) return null;
      if (typeof s === 'string') return s;
      return (Array.isArray(s) ? s[i] : s[String(i)]) ?? null;
    };
    const measure = opts.measure ?? baseName(file.name);
    const entries: [number, unknown][] = Array.isArray(dataset.value)
      ? dataset.value.map((value, i) => [i, value] as [number, unknown])
      : Object.entries(dataset.value).map(([k, value]) => [Number(k), value] as [number, unknown]);
    for (const [flat, value] of entries) {
      if (!Number.isInteger(flat) || flat < 0 || flat >= total) throw new ReadError(file.name, `value index ${flat} is outside the cube`);
      // Row-major: the last dimension varies fastest.
      const position: number[] = new Array<number>(ids.length);
      let rest = flat;
      for (let d = ids.length - 1; d >= 0; d -= 1) {
        position[d] = rest % size[d]!;
        rest = Math.floor(rest / size[d]!);
      }
      const dims: Record<string, string> = {};
      ids.forEach((id, d) => {
        if (d !== geoAt && d !== timeAt && d !== counterpartAt) dims[id] = codes[d]![position[d]!]!;
      });
      const geo = codes[geoAt]![position[geoAt]!]!;
      const observation: RawObservation = {
        measure,
        dims,
        geo,
        geoName: geoLabels[geo],
        period: codes[timeAt]![position[timeAt]!],
        value,
        flag: statusOf(flat),
      };
      if (counterpartAt !== -1) observation.counterpart = codes[counterpartAt]![position[counterpartAt]!];
      if (unitAt !== -1) observation.unit = codes[unitAt]![position[unitAt]!];
      emit(observation);
    }
    releaseDate = isoDay(dataset.updated) ?? releaseDate;
  }
  return { releaseDate };
};
