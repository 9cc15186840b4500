import type { CountryTable } from './countryResolver';
import type { Progress } from './parseFile';
import type { ParseResult } from './types';

/** Messages to the parse worker. */
export type ToWorker = { type: 'parse'; file: Blob; name: string; table: CountryTable; chunkSize?: number } | { type: 'cancel' };

/** Messages from the parse worker. */
export type FromWorker =
  ({ type: 'progress' } & Progress) | { type: 'done'; result: ParseResult } | { type: 'cancelled' } | { type: 'failed'; message: string };
