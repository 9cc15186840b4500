/**
 * Reads a file (a Blob) chunk by chunk into a ParseResult: CSV streamed through the CSV parser,
 * JSON-stat read whole then parsed. Runs in the parse worker (parse.worker.ts), and directly in
 * tests. Reports progress after each chunk and stops between chunks when the signal aborts.
 */
import { createCountryResolver, type CountryTable } from './countryResolver';
import { createCsvParser, emptyResult } from './csvParser';
import { parseJsonStat } from './jsonStat';
import type { ParseResult } from './types';

export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Larger files are refused: the rows they hold would not fit a browser tab. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface Progress {
  bytes: number;
  total: number;
  rows: number;
}

export interface ParseOptions {
  chunkSize?: number;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export type FileKind = 'csv' | 'json-stat' | 'binary';

/**
 * UTF-16 without a byte order mark, told by its zero bytes: in text made mostly of Latin letters,
 * digits and punctuation, every other byte is zero (the second of each pair in little-endian, the
 * first in big-endian), and the other byte of the pair never is.
 */
export function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let zeroSecond = 0;
  let zeroFirst = 0;
  for (let i = 0; i < pairs; i += 1) {
    const first = bytes[2 * i] === 0;
    const second = bytes[2 * i + 1] === 0;
    if (first && second) return null;
    if (second) zeroSecond += 1;
    if (first) zeroFirst += 1;
  }
  if (zeroSecond >= pairs / 2 && zeroFirst === 0) return 'utf-16le';
  if (zeroFirst >= pairs / 2 && zeroSecond === 0) return 'utf-16be';
  return null;
}

/** What the first bytes (and the name) say the file is. */
export function sniff(bytes: Uint8Array, name: string): FileKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x25, 0x50, 0x44, 0x46) || starts(0xd0, 0xcf, 0x11, 0xe0) || starts(0x1f, 0x8b)) return 'binary';
  const utf16 = starts(0xff, 0xfe) || starts(0xfe, 0xff) || utf16ByZeros(bytes) !== null;
  let zeros = 0;
  for (let i = 0; i < Math.min(bytes.length, 4096); i += 1) if (bytes[i] === 0) zeros += 1;
  if (!utf16 && zeros > 0) return 'binary';
  if (/\.json$/i.test(name)) return 'json-stat';
  for (let i = 0; i < Math.min(bytes.length, 1024); i += 1) {
    const b = bytes[i]!;
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe || b === 0 || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)
      continue;
    return b === 0x7b /* { */ ? 'json-stat' : 'csv';
  }
  return 'csv';
}

/** The text encoding of the file: its byte order mark, else UTF-16 by its zero bytes, else UTF-8 if the start is valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return utf16;
  try {
    // A multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function aborted(): DOMException {
  return new DOMException('The file was not read: cancelled.', 'AbortError');
}

async function readChunk(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  const part = blob.slice(start, end);
  return new Uint8Array(await part.arrayBuffer());
}

export async function parseBlob(blob: Blob, name: string, table: CountryTable, options: ParseOptions = {}): Promise<ParseResult> {
  const chunkSize = Math.max(1024, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const { signal, onProgress } = options;
  const total = blob.size;
  if (total === 0) return emptyResult({ format: 'csv', fatal: { severity: 'fatal', reason: 'empty-file', line: null, column: null, value: null } });
  if (total > MAX_FILE_BYTES) {
    return emptyResult({
      format: 'csv',
      fatal: { severity: 'fatal', reason: 'too-large', line: null, column: null, value: `${Math.round(total / 1048576)} MB` },
    });
  }
  const first = await readChunk(blob, 0, Math.min(total, chunkSize));
  if (signal?.aborted) throw aborted();
  const kind = sniff(first, name);
  if (kind === 'binary') {
    return emptyResult({ format: 'csv', fatal: { severity: 'fatal', reason: 'binary-file', line: null, column: null, value: null } });
  }
  const encoding = detectEncoding(first.subarray(0, 65_536));
  const decoder = new TextDecoder(encoding);
  const resolver = createCountryResolver(table);

  if (kind === 'json-stat') {
    const parts: string[] = [decoder.decode(first, { stream: true })];
    for (let start = first.length; start < total; start += chunkSize) {
      if (signal?.aborted) throw aborted();
      onProgress?.({ bytes: start, total, rows: 0 });
      parts.push(decoder.decode(await readChunk(blob, start, Math.min(total, start + chunkSize)), { stream: true }));
    }
    parts.push(decoder.decode());
    if (signal?.aborted) throw aborted();
    const result = parseJsonStat(parts.join(''), resolver);
    onProgress?.({ bytes: total, total, rows: result.kept });
    return { ...result, encoding };
  }

  const parser = createCsvParser(resolver, { encoding });
  parser.push(decoder.decode(first, { stream: true }));
  onProgress?.({ bytes: first.length, total, rows: parser.kept });
  for (let start = first.length; start < total; start += chunkSize) {
    if (signal?.aborted) throw aborted();
    const bytes = await readChunk(blob, start, Math.min(total, start + chunkSize));
    if (signal?.aborted) throw aborted();
    parser.push(decoder.decode(bytes, { stream: true }));
    onProgress?.({ bytes: Math.min(total, start + chunkSize), total, rows: parser.kept });
  }
  parser.push(decoder.decode());
  return parser.finish();
}
