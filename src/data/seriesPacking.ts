/**
 * A validated series and its index in a form that crosses from the series worker to the page
 * cheaply: text columns as a dictionary of distinct values plus codes, number columns as typed
 * arrays, all of whose buffers are transferred, not copied. Rebuilding the page's plain arrays is
 * then one pass of array writes; structured-cloning the series itself would allocate every string
 * of every row again on the page's thread. Pure.
 */
import type { Series } from '../contract/schema';
import type { GeoRows, SeriesIndex } from './seriesIndex';

type PackedColumn =
  { kind: 'text'; dict: (string | null)[]; codes: Uint32Array } | { kind: 'number'; values: Float64Array; nulls: Uint8Array | null };

export interface PackedSeries {
  meta: Omit<Series, 'columns'>;
  rows: number;
  columns: Record<string, PackedColumn>;
  index: Pick<SeriesIndex, 'grain'> & { geos: string[]; offsets: Uint32Array; ordinals: Float64Array; rows: Uint32Array };
}

function packColumn(values: readonly (string | number | null)[]): PackedColumn {
  if (values.every((v) => typeof v !== 'string')) {
    const out = new Float64Array(values.length);
    let nulls: Uint8Array | null = null;
    values.forEach((v, i) => {
      if (v === null) (nulls ??= new Uint8Array(values.length))[i] = 1;
      else out[i] = v as number;
    });
    return { kind: 'number', values: out, nulls };
  }
  const dict: (string | null)[] = [];
  const codeOf = new Map<string | null, number>();
  const codes = new Uint32Array(values.length);
  values.forEach((v, i) => {
    const key = v as string | null;
    let code = codeOf.get(key);
    if (code === undefined) {
      code = dict.push(key) - 1;
      codeOf.set(key, code);
    }
    codes[i] = code;
  });
  return { kind: 'text', dict, codes };
}

/** Writes rows [from, to) of a packed column into out. */
function unpackRows(column: PackedColumn, out: (string | number | null)[], from: number, to: number): void {
  if (column.kind === 'text') {
    const { dict, codes } = column;
    for (let i = from; i < to; i++) out[i] = dict[codes[i] as number] as string | null;
  } else {
    const { values, nulls } = column;
    for (let i = from; i < to; i++) out[i] = nulls?.[i] ? null : (values[i] as number);
  }
}

function packIndex(index: SeriesIndex): PackedSeries['index'] {
  const geos = [...index.byGeo.keys()];
  const offsets = new Uint32Array(geos.length + 1);
  let total = 0;
  geos.forEach((geo, i) => {
    offsets[i] = total;
    total += (index.byGeo.get(geo) as GeoRows).ordinals.length;
  });
  offsets[geos.length] = total;
  const ordinals = new Float64Array(total);
  const rows = new Uint32Array(total);
  geos.forEach((geo, i) => {
    const entry = index.byGeo.get(geo) as GeoRows;
    ordinals.set(entry.ordinals, offsets[i]);
    rows.set(entry.rows, offsets[i]);
  });
  return { grain: index.grain, geos, offsets, ordinals, rows };
}

/** The packed series and the buffers to transfer with it. */
export function packSeries(series: Series, index: SeriesIndex): { packed: PackedSeries; transfer: ArrayBuffer[] } {
  const { columns, ...meta } = series;
  const packedColumns: Record<string, PackedColumn> = {};
  const transfer: ArrayBuffer[] = [];
  for (const [name, values] of Object.entries(columns) as [string, (string | number | null)[] | undefined][]) {
    if (values === undefined) continue;
    const column = packColumn(values);
    packedColumns[name] = column;
    if (column.kind === 'text') transfer.push(column.codes.buffer as ArrayBuffer);
    else {
      transfer.push(column.values.buffer as ArrayBuffer);
      if (column.nulls) transfer.push(column.nulls.buffer as ArrayBuffer);
    }
  }
  const packedIndex = packIndex(index);
  transfer.push(packedIndex.offsets.buffer as ArrayBuffer, packedIndex.ordinals.buffer as ArrayBuffer, packedIndex.rows.buffer as ArrayBuffer);
  return { packed: { meta, rows: columns.geo.length, columns: packedColumns, index: packedIndex }, transfer };
}

/**
 * The series and its index again, as plain arrays (the index as views on the transferred buffers).
 * With `pause`, the rows are rebuilt `rowsPerSlice` at a time with a pause between slices, so that
 * rebuilding a large series never holds the page's thread for long.
 */
export async function unpackSeries(
  packed: PackedSeries,
  options: { rowsPerSlice?: number; pause?: () => Promise<void> } = {},
): Promise<{ series: Series; index: SeriesIndex }> {
  const { rowsPerSlice = Infinity, pause } = options;
  const entries = Object.entries(packed.columns);
  const columns: Record<string, (string | number | null)[]> = {};
  for (const [name] of entries) columns[name] = new Array<string | number | null>(packed.rows);
  for (let from = 0; from < packed.rows; from += rowsPerSlice) {
    if (from > 0 && pause) await pause();
    const to = Math.min(packed.rows, from + rowsPerSlice);
    for (const [name, column] of entries) unpackRows(column, columns[name] as (string | number | null)[], from, to);
  }
  // The worker validated the series against the contract before packing it.
  const series = { ...packed.meta, columns } as unknown as Series;
  const { grain, geos, offsets, ordinals, rows } = packed.index;
  const byGeo = new Map<string, GeoRows>();
  geos.forEach((geo, i) => {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    byGeo.set(geo, { ordinals: ordinals.subarray(from, to), rows: rows.subarray(from, to) });
  });
  return { series, index: { grain, byGeo } };
}
