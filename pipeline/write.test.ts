import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialize, writeDatasetAtomically, writeFileAtomically } from './write';

describe('writeDatasetAtomically', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ml-write-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('replaces the directory with exactly the new files, as compact JSON with a newline', () => {
    const dir = join(root, 'data');
    mkdirSync(join(dir, 'series'), { recursive: true });
    writeFileSync(join(dir, 'series/stale.json'), '{}\n');
    writeDatasetAtomically(
      dir,
      new Map<string, unknown>([
        ['catalog.json', { b: 1, a: [1, 2] }],
        ['series/x/y.json', { v: 2 }],
      ]),
    );
    expect(readFileSync(join(dir, 'catalog.json'), 'utf8')).toBe('{"b":1,"a":[1,2]}\n');
    expect(existsSync(join(dir, 'series/stale.json'))).toBe(false);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('leaves the old dataset in place when writing fails', () => {
    const dir = join(root, 'data');
    writeDatasetAtomically(dir, new Map([['catalog.json', { ok: true }]]));
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() =>
      writeDatasetAtomically(
        dir,
        new Map<string, unknown>([
          ['a.json', { fine: 1 }],
          ['b.json', circular],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'catalog.json'), 'utf8')).toBe(serialize({ ok: true }));
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('refuses paths outside the directory', () => {
    expect(() => writeDatasetAtomically(join(root, 'data'), new Map([['../evil.json', {}]]))).toThrow(/outside/);
    expect(existsSync(join(root, 'evil.json'))).toBe(false);
  });

  it('writes a single file atomically', () => {
    const file = join(root, 'geo/countries.topo.json');
    writeFileAtomically(file, { type: 'Topology' });
    expect(readFileSync(file, 'utf8')).toBe('{"type":"Topology"}\n');
    expect(readdirSync(join(root, 'geo'))).toEqual(['countries.topo.json']);
  });
});
