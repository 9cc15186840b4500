// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheError, MANIFEST, readSourceCache, writeDirAtomically, writeSourceCache } from './cache';

const file = (name: string, text: string) => ({
  name,
  url: `https://example.org/${name}`,
  bytes: new TextEncoder().encode(text),
  retrieved: '2026-11-20T10:00:00.000Z',
});

describe('the raw cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ml-cache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the files as they came, with a manifest, and reads them back', () => {
    writeSourceCache(root, 'src', 'http', [file('a.csv', 'geo,period,value\n'), file('b.json', '{}')], '2026-11-20T10:00:01.000Z');
    expect(readdirSync(join(root, 'src')).sort()).toEqual(['a.csv', 'b.json', MANIFEST]);
    expect(readFileSync(join(root, 'src', 'a.csv'), 'utf8')).toBe('geo,period,value\n');
    const cache = readSourceCache(root, 'src')!;
    expect(cache.manifest).toMatchObject({ source: 'src', pull: 'http', retrieved: '2026-11-20T10:00:01.000Z' });
    expect(cache.files.map((f) => [f.name, f.text(), f.url, f.retrieved])).toEqual([
      ['a.csv', 'geo,period,value\n', 'https://example.org/a.csv', '2026-11-20T10:00:00.000Z'],
      ['b.json', '{}', 'https://example.org/b.json', '2026-11-20T10:00:00.000Z'],
    ]);
    expect(readSourceCache(root, 'never-pulled')).toBeUndefined();
  });

  it('replaces a source as a whole: files of the previous pull do not linger', () => {
    writeSourceCache(root, 'src', 'http', [file('old.csv', '1')], '2026-11-19T00:00:00Z');
    writeSourceCache(root, 'src', 'http', [file('new.csv', '2')], '2026-11-20T00:00:00Z');
    expect(readdirSync(join(root, 'src')).sort()).toEqual([MANIFEST, 'new.csv']);
    expect(readdirSync(root)).toEqual(['src']);
  });

  it('leaves the previous cache when writing fails', () => {
    writeSourceCache(root, 'src', 'http', [file('a.csv', '1')], '2026-11-19T00:00:00Z');
    expect(() =>
      writeDirAtomically(
        join(root, 'src'),
        new Map([
          ['ok.csv', '1'],
          ['../escape.csv', '2'],
        ]),
      ),
    ).toThrow(/refusing to write a cache file named/);
    expect(() => writeSourceCache(root, 'src', 'http', [file('a.csv', '1'), file('a.csv', '2')], 'x')).toThrow(/same name/);
    expect(readSourceCache(root, 'src')!.files.map((f) => f.text())).toEqual(['1']);
    expect(readdirSync(root)).toEqual(['src']);
    expect(existsSync(join(root, 'escape.csv'))).toBe(false);
  });

  it('refuses a cache that does not match its manifest', () => {
    writeSourceCache(root, 'src', 'http', [file('a.csv', '1'), file('b.csv', '2')], 'x');
    writeFileSync(join(root, 'src', 'a.csv'), 'changed');
    expect(() => readSourceCache(root, 'src')).toThrow(CacheError);
    expect(() => readSourceCache(root, 'src')).toThrow(/a.csv does not match its manifest checksum/);
    unlinkSync(join(root, 'src', 'b.csv'));
    writeFileSync(join(root, 'src', 'a.csv'), '1');
    expect(() => readSourceCache(root, 'src')).toThrow(/b.csv is listed in the manifest but missing/);
    writeFileSync(join(root, 'src', MANIFEST), '{"source":1}');
    expect(() => readSourceCache(root, 'src')).toThrow(/is not a valid manifest/);
  });
});
