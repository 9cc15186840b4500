/**
 * Property tests of the contract validator: whatever a server sends, parseCatalog and parseSeries
 * either return a payload or throw a ContractError naming the file; nothing else escapes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { ContractError } from './errors';
import { parseCatalog, parseSeries } from './validate';

function outcome(run: () => unknown): 'ok' | 'contract-error' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof ContractError) return 'contract-error';
    throw error;
  }
}

/** Any JSON value, including deep and odd ones (__proto__ keys, huge numbers, unicode). */
const anyJson = fc.jsonValue({ maxDepth: 6 });

type Path = (string | number)[];

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

function setAt(doc: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

/** A valid payload with one value somewhere replaced by arbitrary JSON (or removed). */
function mutated(valid: unknown) {
  const all = paths(valid);
  return fc
    .tuple(fc.integer({ min: 0, max: all.length - 1 }), fc.option(anyJson, { nil: undefined }))
    .map(([i, replacement]) => setAt(valid, all[i]!, replacement));
}

describe('the contract validator under arbitrary input', () => {
  it('parseCatalog throws nothing but ContractError on any JSON', () => {
    fc.assert(
      fc.property(anyJson, (payload) => void outcome(() => parseCatalog(payload))),
      { numRuns: 500 },
    );
  });

  it('parseSeries throws nothing but ContractError on any JSON', () => {
    fc.assert(
      fc.property(anyJson, (payload) => void outcome(() => parseSeries(payload, 'series/x/y.json'))),
      { numRuns: 500 },
    );
  });

  it('parseCatalog: a valid catalog with one value replaced is accepted or refused with the file named', () => {
    fc.assert(
      fc.property(mutated(fixtureCatalog), (payload) => {
        try {
          parseCatalog(payload, 'catalog.json');
        } catch (error) {
          expect(error).toBeInstanceOf(ContractError);
          expect((error as ContractError).file).toBe('catalog.json');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('parseSeries: a valid series with one value replaced is accepted only if its columns still line up', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureSeries), fc.nat(), (series, seed) =>
        fc.assert(
          fc.property(mutated(series), (payload) => {
            if (outcome(() => parseSeries(payload, 'f.json')) === 'ok') {
              const { columns } = parseSeries(payload, 'f.json');
              for (const column of [columns.period, columns.value, columns.lower, columns.upper, columns.flag]) {
                if (column) expect(column.length).toBe(columns.geo.length);
              }
              expect(columns.value.every(Number.isFinite)).toBe(true);
            }
          }),
          { numRuns: 20, seed },
        ),
      ),
      { numRuns: 15 },
    );
  });

  it('refuses non-JSON-shaped values too (undefined, functions, symbols, cycles)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const payload of [undefined, () => 1, Symbol('x'), cyclic, new Date(), new Map(), Object.create(null)]) {
      expect(outcome(() => parseCatalog(payload))).toBe('contract-error');
      expect(outcome(() => parseSeries(payload, 'f.json'))).toBe('contract-error');
    }
  });
});
