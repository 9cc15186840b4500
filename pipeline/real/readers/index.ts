/** The readers a source's `read` entries can name as `format`. */
import { readJsonStat } from './jsonstat';
import { readSdmxCsv, readSdmxJson } from './sdmx';
import { readTabular } from './tabular';
import type { Reader } from './types';
import { readUndesaXlsx } from './undesa';
import { readUndesaMatrix } from './undesaMatrix';
import { readUnhcrApi } from './unhcr';
import { readWorldBankApi, readWorldBankCsv } from './worldbank';

export const READERS = {
  /** Generic tidy or wide CSV (columns geo, period, value, optional lower, upper, flag). */
  csv: readTabular,
  jsonstat: readJsonStat,
  'sdmx-json': readSdmxJson,
  'sdmx-csv': readSdmxCsv,
  'worldbank-api': readWorldBankApi,
  'worldbank-csv': readWorldBankCsv,
  'unhcr-api': readUnhcrApi,
  'undesa-xlsx': readUndesaXlsx,
  /** UN DESA origin × destination as a JSON matrix of short names (the 2020 revision's chord-diagram data). */
  'undesa-od-json': readUndesaMatrix,
} satisfies Record<string, Reader>;

export type ReaderFormat = keyof typeof READERS;
export const READER_FORMATS = Object.keys(READERS) as ReaderFormat[];
