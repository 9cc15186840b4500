/**
 * What every reader produces: raw observations, as close to the file as possible. The build maps
 * them to indicators (by measure and dimensions) and normalises codes, periods, values and flags.
 */
import * as v from 'valibot';
import type { CodeKind } from '../codes';

export interface RawObservation {
  /** What is measured: a World Bank indicator code, a CSV column, a sheet, or the file's base name. */
  measure: string;
  /** The other dimensions of the observation (sex, age, citizen, …) by id, as codes. */
  dims: Readonly<Record<string, string>>;
  /** The reporting country (the destination, or the country of asylum), as found in the file. */
  geo: string | null;
  geoName?: string;
  geoCodes?: CodeKind;
  /** True when the file itself says this geography is an aggregate. */
  geoGroup?: boolean;
  /** The partner country of an origin–destination record (the origin), as found in the file. */
  counterpart?: string | null;
  counterpartName?: string;
  counterpartCodes?: CodeKind;
  counterpartGroup?: boolean;
  period: unknown;
  value: unknown;
  lower?: unknown;
  upper?: unknown;
  flag?: unknown;
  /** A unit code the file gives (NR, THS, PC …). */
  unit?: string;
  /** A multiplier the file gives (SDMX UNIT_MULT as a factor). */
  multiplier?: number;
}

/** One raw file of a source's cache. */
export interface CachedFile {
  name: string;
  bytes: Uint8Array;
  /** The file's text, decoded as UTF-8. */
  text(): string;
  /** When it was retrieved (ISO date-time) and from where. */
  retrieved: string;
  url: string;
}

export interface ReadContext {
  file: CachedFile;
  /** Every file of the source's cache (for metadata files beside the data file). */
  files: readonly CachedFile[];
  options: unknown;
  emit(observation: RawObservation): void;
  /** Something worth knowing about the file, for the build report. */
  note(message: string): void;
}

export interface ReaderResult {
  /** A release date the file states (YYYY-MM-DD). */
  releaseDate?: string;
}

export type Reader = (ctx: ReadContext) => ReaderResult | Promise<ReaderResult>;

/** A reader's problem with its input: the build reports it against the source and file. */
export class ReadError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ReadError';
  }
}

/** Parse a reader's options with its schema; a mistake in the config names the field. */
export function readerOptions<T>(schema: v.GenericSchema<unknown, T>, options: unknown, file: string): T {
  const result = v.safeParse(schema, options ?? {});
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ReadError(file, `options.${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

/** The part of a file name before its last dot. */
export const baseName = (name: string): string => name.replace(/\.[^.]*$/, '');

/** Parse a file's JSON, or say which file is not JSON. */
export function parseJson(file: CachedFile): unknown {
  try {
    return JSON.parse(file.text());
  } catch (error) {
    throw new ReadError(file.name, `not valid JSON (${(error as Error).message})`);
  }
}

/** YYYY-MM-DD from a date or date-time string, or undefined. */
export function isoDay(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
  return m ? m[1] : undefined;
}

export const CODE_KINDS = ['auto', 'iso3', 'iso2', 'm49', 'name'] as const;
