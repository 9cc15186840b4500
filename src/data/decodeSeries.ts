/**
 * A series file's bytes to a validated series and its index: JSON, then the contract, then the
 * index. The same code runs in the series worker and, for small files or where there are no
 * workers, on the page. Pure.
 */
import { ContractError } from '../contract/errors';
import type { Series } from '../contract/schema';
import { parseSeries } from '../contract/validate';
import { buildIndex, type SeriesIndex } from './seriesIndex';

export function decodeSeries(bytes: ArrayBuffer, file: string): { series: Series; index: SeriesIndex } {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ContractError(file, '', 'is not valid JSON');
  }
  const series = parseSeries(payload, file);
  return { series, index: buildIndex(series) };
}
