/**
 * Reads a JSON-stat dataset (2.0; also a 1.x bundle or a 2.0 collection holding one) into rows:
 * one per (country, period) cell of the cube. Dimensions other than country and time must have
 * one category, or a "total" one, which is kept (and said so in notes). Null cells are missing
 * rows, counted as blank. Pure; never throws.
 */
import type { CountryResolver } from './countryResolver';
import { emptyResult } from './csvParser';
import { RowCollector, parseFlag, parsePeriod, shorten } from './rowCollector';
import type { Issue, ParseResult } from './types';

/**
 * More cells than this are not read (a cube this big is not one indicator from one source). The
 * sizes are multiplied with a zero counting as one, so that no dimension escapes the cap.
 */
export const MAX_JSONSTAT_CELLS = 20_000_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const GEO_IDS = /^(?:geo|country|countries|ref_?area|area|location|iso3?|pays|pais|reporter|destination|citizen)$/i;
const TIME_IDS = /^(?:time|year|period|time_?period|date|annee|ano|month)$/i;
const TOTAL_IDS = /^(?:_?t|total|tot|all|_z|totl)$/i;
const TOTAL_LABELS = /^(?:total|all|tous|todos|toutes|todas|both sexes|all ages)\b/i;

/** 1-based line and column of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The offset of the first syntax error in text that JSON.parse refused (engines do not all say
 * where): a small recursive-descent scan, iterative over nesting. -1 if it finds none.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i += 1;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // stack of open containers: '{' or '['
  const stack: string[] = [];
  const scalar = (): boolean => string() || number() || literal('true') || literal('false') || literal('null');
  ws();
  for (;;) {
    // expecting a value
    ws();
    if (text[i] === '{') {
      i += 1;
      ws();
      if (text[i] === '}') i += 1;
      else {
        if (!string()) return i;
        ws();
        if (text[i] !== ':') return i;
        i += 1;
        stack.push('{');
        continue;
      }
    } else if (text[i] === '[') {
      i += 1;
      ws();
      if (text[i] === ']') i += 1;
      else {
        stack.push('[');
        continue;
      }
    } else if (!scalar()) return i;
    // after a value: close containers or go on to the next member
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ',') {
        i += 1;
        if (top === '{') {
          ws();
          if (!string()) return i;
          ws();
          if (text[i] !== ':') return i;
          i += 1;
        }
        break;
      }
      if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
        i += 1;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

function jsonError(text: string, error: unknown): Issue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : jsonErrorOffset(text);
  const where = offset >= 0 ? lineAndColumn(text, offset) : null;
  return {
    severity: 'fatal',
    reason: 'not-json',
    line: where?.line ?? null,
    column: where ? String(where.column) : null,
    value: shorten(message),
  };
}

interface Dimension {
  id: string;
  size: number;
  /** Category ids in index order. */
  ids: string[];
  labels: Map<string, string>;
}

function readDimension(id: string, size: number, raw: Json | undefined): Dimension | null {
  if (!isObject(raw) || !isObject(raw.category)) return null;
  const category = raw.category;
  const labels = new Map<string, string>();
  if (isObject(category.label)) for (const [key, label] of Object.entries(category.label)) if (typeof label === 'string') labels.set(key, label);
  let ids: string[] = [];
  if (Array.isArray(category.index)) ids = category.index.map((entry) => String(entry));
  else if (isObject(category.index)) {
    const entries = Object.entries(category.index);
    // Room for `size` ids is made only once the file holds that many.
    if (entries.length !== size) return null;
    ids = new Array<string>(size).fill('');
    for (const [key, position] of entries) {
      if (typeof position === 'number' && Number.isInteger(position) && position >= 0 && position < size) ids[position] = key;
    }
  } else ids = [...labels.keys()];
  if (ids.length !== size || ids.some((entry) => entry === '')) return null;
  return { id, size, ids, labels };
}

/** The dataset object of a JSON-stat document, or null. */
function findDataset(doc: Json): JsonObject | null {
  if (!isObject(doc)) return null;
  if (doc.class === 'dataset' || (doc.version === undefined && isObject(doc.dimension) && doc.value !== undefined)) return doc;
  if (doc.class === 'collection' && isObject(doc.link) && Array.isArray(doc.link.item)) {
    const item = doc.link.item.find((entry) => isObject(entry) && entry.class === 'dataset' && entry.value !== undefined);
    return isObject(item) ? item : null;
  }
  // JSON-stat 1.x bundle: { "name": { "dimension": …, "value": … } }
  for (const value of Object.values(doc)) if (isObject(value) && isObject(value.dimension) && value.value !== undefined) return value;
  return null;
}

export function parseJsonStat(text: string, resolver: CountryResolver): ParseResult {
  const base = { format: 'json-stat' as const, delimiter: null, encoding: 'utf-8' };
  let doc: Json;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
  } catch (error) {
    return emptyResult({ ...base, fatal: jsonError(text, error) });
  }
  const fatal = (reason: Issue['reason'], column: string | null = null, value: string | null = null) =>
    emptyResult({ ...base, fatal: { severity: 'fatal', reason, line: null, column, value } });

  const dataset = findDataset(doc);
  if (!dataset) return fatal('not-jsonstat');
  const dimension = isObject(dataset.dimension) ? dataset.dimension : null;
  const idList = dataset.id ?? dimension?.id;
  const sizeList = dataset.size ?? dimension?.size;
  if (!dimension || !Array.isArray(idList) || !Array.isArray(sizeList) || idList.length !== sizeList.length || idList.length === 0) {
    return fatal('not-jsonstat');
  }
  const sizes = sizeList.map((n) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : -1));
  if (sizes.some((n) => n < 0)) return fatal('not-jsonstat', 'size');
  if (sizes.reduce((a, b) => a * Math.max(b, 1), 1) > MAX_JSONSTAT_CELLS) return fatal('jsonstat-too-large', 'size', sizes.join(' × '));
  const total = sizes.reduce((a, b) => a * b, 1);

  const dims: Dimension[] = [];
  for (let k = 0; k < idList.length; k += 1) {
    const id = String(idList[k]);
    const dim = readDimension(id, sizes[k]!, dimension[id]);
    if (!dim) return fatal('jsonstat-dimension', shorten(id));
    dims.push(dim);
  }

  const role = isObject(dataset.role) ? dataset.role : isObject(dimension.role) ? dimension.role : {};
  const roleOf = (name: string) => (Array.isArray(role[name]) ? (role[name] as Json[]).map(String) : []);
  const geoDim = dims.find((d) => roleOf('geo').includes(d.id)) ?? dims.find((d) => GEO_IDS.test(d.id));
  const timeDim = dims.find((d) => roleOf('time').includes(d.id)) ?? dims.find((d) => TIME_IDS.test(d.id));
  if (!geoDim) return fatal('missing-column', 'geo', shorten(dims.map((d) => d.id).join(', ')));
  if (!timeDim || timeDim === geoDim) return fatal('missing-column', 'period', shorten(dims.map((d) => d.id).join(', ')));

  // Every other dimension is fixed at one category: its only one, or its total.
  const fixed = new Map<Dimension, number>();
  const notes: string[] = [];
  for (const dim of dims) {
    if (dim === geoDim || dim === timeDim) continue;
    if (dim.size === 1) {
      fixed.set(dim, 0);
      continue;
    }
    const index = dim.ids.findIndex((id) => TOTAL_IDS.test(id) || TOTAL_LABELS.test(dim.labels.get(id) ?? ''));
    if (index < 0) return fatal('jsonstat-dimension', shorten(dim.id), shorten(dim.ids.slice(0, 5).join(', ')));
    fixed.set(dim, index);
    notes.push(`${dim.id}=${dim.ids[index]}`);
  }

  const strides = new Array<number>(dims.length).fill(1);
  for (let k = dims.length - 2; k >= 0; k -= 1) strides[k] = strides[k + 1]! * sizes[k + 1]!;
  let offset = 0;
  for (const [dim, index] of fixed) offset += index * strides[dims.indexOf(dim)]!;
  const geoStride = strides[dims.indexOf(geoDim)]!;
  const timeStride = strides[dims.indexOf(timeDim)]!;

  const values = dataset.value;
  const cellValue = (index: number): Json | undefined =>
    Array.isArray(values) ? values[index] : isObject(values) ? values[String(index)] : undefined;
  if (!Array.isArray(values) && !isObject(values)) return fatal('not-jsonstat', 'value');
  if (Array.isArray(values) && values.length !== total) return fatal('jsonstat-size', 'value', `${values.length} / ${total}`);
  const status = dataset.status;
  const statusOf = (index: number): string | null => {
    const s =
      typeof status === 'string'
        ? status
        : Array.isArray(status)
          ? status.length === 1
            ? status[0]
            : status[index]
          : isObject(status)
            ? status[String(index)]
            : null;
    return typeof s === 'string' ? s : null;
  };

  const names = { geo: geoDim.id, period: timeDim.id, value: 'value', lower: 'lower', upper: 'upper', flag: 'status' };
  const collector = new RowCollector(resolver, names, false);
  let records = 0;
  let blank = 0;
  for (let g = 0; g < geoDim.size; g += 1) {
    const geoId = geoDim.ids[g]!;
    const geoLabel = geoDim.labels.get(geoId);
    const geoKind = resolver.resolve(geoId).kind;
    const geoText = geoKind === 'country' || geoKind === 'unit' || geoKind === 'either' || !geoLabel ? geoId : geoLabel;
    for (let p = 0; p < timeDim.size; p += 1) {
      const index = offset + g * geoStride + p * timeStride;
      const raw = cellValue(index);
      records += 1;
      if (raw === null || raw === undefined) {
        blank += 1;
        continue;
      }
      const timeId = timeDim.ids[p]!;
      const period = parsePeriod(timeId) !== null ? timeId : (timeDim.labels.get(timeId) ?? timeId);
      const statusCode = statusOf(index);
      const flag = statusCode === null ? null : (parseFlag(statusCode === 's' ? 'e' : statusCode) ?? null);
      collector.add({
        line: null,
        where: shorten(`${geoDim.id}=${geoId}, ${timeDim.id}=${timeId}`),
        geo: geoText,
        period,
        value: typeof raw === 'number' ? raw : typeof raw === 'string' ? raw : String(raw),
        flag,
      });
    }
  }
  const level = collector.settle();
  return {
    ...base,
    level,
    header: { geo: geoDim.id, period: timeDim.id },
    columns: collector.columns,
    records,
    kept: collector.columns.geo.length,
    dropped: collector.dropped,
    blank,
    issues: collector.issues,
    issueCount: collector.issueCount,
    warningCount: collector.warningCount,
    fatal: null,
    unknownCountries: collector.unknownCountries(),
    notes,
  };
}
