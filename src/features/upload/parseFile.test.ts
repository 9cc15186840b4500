import { describe, expect, it, vi } from 'vitest';
import { detectEncoding, parseBlob, sniff } from './parseFile';
import { parseInWorker } from './parseInWorker';
import { testTable } from './testTable.test-utils';

const csv = (lines: number) => ['geo,period,value', ...Array.from({ length: lines }, (_, i) => `DEU,${1900 + (i % 200)},${i}`)].join('\n');

describe('reading a file in chunks', () => {
  it('reports progress after each chunk and ends at the file size', async () => {
    const text = csv(199);
    const blob = new Blob([text]);
    const progress = vi.fn();
    const result = await parseBlob(blob, 'a.csv', testTable, { chunkSize: 1024, onProgress: progress });
    expect(result.kept).toBe(199);
    const calls = progress.mock.calls.map(([p]) => p as { bytes: number; total: number });
    expect(calls.length).toBe(Math.ceil(blob.size / 1024));
    expect(calls.at(-1)).toMatchObject({ bytes: blob.size, total: blob.size });
    expect(calls.map((c) => c.bytes)).toEqual([...calls.map((c) => c.bytes)].sort((a, b) => a - b));
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = parseBlob(new Blob([csv(5000)]), 'a.csv', testTable, {
      chunkSize: 1024,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.bytes);
        if (seen.length === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBe(3);
  });

  it('reads a UTF-8 character split across chunks, Windows-1252 and UTF-16 files', async () => {
    const text = `geo,period,value\n${'Côte d’Ivoire,2020,1\n'.repeat(200)}`;
    const split = await parseBlob(new Blob([text]), 'a.csv', testTable, { chunkSize: 1025 });
    expect(split.issueCount).toBe(200 - 1); // duplicates, not encoding errors
    expect(split.columns.geo).toEqual(['CIV']);

    const latin1 = new Uint8Array([...new TextEncoder().encode('geo,period,value\nC'), 0xf4, ...new TextEncoder().encode("te d'Ivoire,2020,1\n")]);
    const r1252 = await parseBlob(new Blob([latin1]), 'a.csv', testTable);
    expect(r1252).toMatchObject({ encoding: 'windows-1252', kept: 1 });

    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'geo,period,value\nFRA,2020,3\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const r16 = await parseBlob(new Blob([utf16]), 'a.csv', testTable);
    expect(r16).toMatchObject({ encoding: 'utf-16le', kept: 1 });
  });

  it('reads UTF-16 files without a byte order mark, little- and big-endian, by their zero bytes', async () => {
    const text = 'country;year;value\nCôte d’Ivoire;2020;1\nFrance;2021;2\nДеутсцхланд;2022;3\n';
    const le = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(await parseBlob(new Blob([le]), 'export.csv', testTable)).toMatchObject({ encoding: 'utf-16le', kept: 2, fatal: null });
    expect(await parseBlob(new Blob([be]), 'export.csv', testTable)).toMatchObject({ encoding: 'utf-16be', kept: 2, fatal: null });
    const json = JSON.stringify({
      version: '2.0',
      class: 'dataset',
      id: ['geo', 'time'],
      size: [1, 1],
      dimension: { geo: { category: { index: ['FR'] } }, time: { category: { index: ['2021'] } } },
      value: [7],
    });
    const jsonLe = new Uint8Array([...json].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(await parseBlob(new Blob([jsonLe]), 'data', testTable)).toMatchObject({ format: 'json-stat', encoding: 'utf-16le', kept: 1 });
    // Bytes with zeros in no such pattern are still not text.
    const binary = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256)));
    expect((await parseBlob(new Blob([binary]), 'a.csv', testTable)).fatal?.reason).toBe('binary-file');
  });

  it('refuses spreadsheets and other binary files, and says a file is empty', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
    expect((await parseBlob(new Blob([xlsx]), 'a.xlsx', testTable)).fatal?.reason).toBe('binary-file');
    expect((await parseBlob(new Blob([]), 'a.csv', testTable)).fatal?.reason).toBe('empty-file');
    expect(sniff(new TextEncoder().encode('  {"class":"dataset"}'), 'x.txt')).toBe('json-stat');
    expect(sniff(new TextEncoder().encode('geo,period'), 'x.json')).toBe('json-stat');
    expect(detectEncoding(new Uint8Array([0xc3]))).toBe('utf-8');
  });

  it('reads JSON-stat through the same entry point', async () => {
    const doc = {
      version: '2.0',
      class: 'dataset',
      id: ['geo', 'time'],
      size: [1, 1],
      dimension: { geo: { category: { index: ['FR'] } }, time: { category: { index: ['2021'] } } },
      value: [7],
    };
    const r = await parseBlob(new Blob([JSON.stringify(doc)]), 'data.json', testTable, { chunkSize: 16 });
    expect(r).toMatchObject({ format: 'json-stat', kept: 1 });
  });

  it('accounts for every row of a large file (200,000 rows)', async () => {
    const names = ['DEU', 'France', 'Côte d’Ivoire', 'us', 'Deutschland'];
    const lines = ['country;year;value'];
    for (let i = 0; i < 200_000; i += 1)
      lines.push(`${names[i % 5]};${1900 + (Math.floor(i / 5) % 200)}-${String((i % 12) + 1).padStart(2, '0')};${i},5`);
    const r = await parseBlob(new Blob([lines.join('\n')]), 'big.csv', testTable);
    expect(r.records).toBe(200_000);
    expect(r.kept + r.dropped + r.blank).toBe(200_000);
  });
});

describe('the worker wrapper', () => {
  it('parses on this thread where there are no workers, with progress and cancel', async () => {
    const progress = vi.fn();
    const job = parseInWorker(new Blob([csv(10)]), 'a.csv', testTable, progress, { createWorker: null });
    const outcome = await job.done;
    expect(outcome).toMatchObject({ status: 'done', result: { kept: 10 } });
    expect(progress).toHaveBeenCalled();

    const cancelled = parseInWorker(new Blob([csv(5000)]), 'a.csv', testTable, () => {}, { createWorker: null, chunkSize: 1024 });
    cancelled.cancel();
    expect(await cancelled.done).toEqual({ status: 'cancelled' });
  });

  it('talks to a worker: forwards progress, returns the result, ends the worker on cancel', async () => {
    const posted: unknown[] = [];
    const fake = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      postMessage: (message: unknown) => posted.push(message),
      terminate: vi.fn(),
    };
    const progress = vi.fn();
    const job = parseInWorker(new Blob(['x']), 'a.csv', testTable, progress, { createWorker: () => fake as unknown as Worker });
    expect(posted[0]).toMatchObject({ type: 'parse', name: 'a.csv' });
    fake.onmessage?.({ data: { type: 'progress', bytes: 1, total: 2, rows: 0 } } as MessageEvent);
    expect(progress).toHaveBeenCalledWith({ bytes: 1, total: 2, rows: 0 });
    job.cancel();
    expect(posted[1]).toEqual({ type: 'cancel' });
    expect(fake.terminate).toHaveBeenCalled();
    expect(await job.done).toEqual({ status: 'cancelled' });

    const second = parseInWorker(new Blob(['x']), 'a.csv', testTable, () => {}, { createWorker: () => fake as unknown as Worker });
    fake.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(await second.done).toEqual({ status: 'failed', message: 'boom' });
  });
});
