import type { Series } from '../../../src/contract/schema';
import type { Cell } from './cell';

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Parallel columns from rows; lower, upper and flag only when some row has one. */
export function columnsOf(rows: { geo: string; period: string; cell: Cell }[]): Series['columns'] {
  rows.sort((a, b) => byText(a.geo, b.geo) || byText(a.period, b.period));
  const columns: Series['columns'] = {
    geo: rows.map((r) => r.geo),
    period: rows.map((r) => r.period),
    value: rows.map((r) => r.cell.value),
  };
  if (rows.some((r) => r.cell.lower !== null)) columns.lower = rows.map((r) => r.cell.lower);
  if (rows.some((r) => r.cell.upper !== null)) columns.upper = rows.map((r) => r.cell.upper);
  if (rows.some((r) => r.cell.flag !== null)) columns.flag = rows.map((r) => r.cell.flag);
  return columns;
}
