import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BoundaryTopology } from '../../data/boundaries';
import { buildMapGeometry } from './geometry';
import { forKeeping, isPackedGeometry, packGeometry, unpackGeometry, type PackedGeometry } from './geometryPacking';
import { previewShapes } from './previewShapes';

const read = (path: string) => JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as BoundaryTopology;

/** What the page gets from the worker: the packed geometry through structured clone with transfer. */
function throughWorker(built: ReturnType<typeof buildMapGeometry>) {
  const { packed, transfer } = packGeometry(built);
  return unpackGeometry(structuredClone(packed, { transfer }));
}

describe('packGeometry / unpackGeometry', () => {
  // The real shapes: polygons, multipolygons, holes, and Fiji's outline cut at the antimeridian (lines).
  const cases: [string, () => ReturnType<typeof buildMapGeometry>][] = [
    ['the countries', () => buildMapGeometry(read('public/geo/countries.topo.json'))],
    ['the NUTS-3 regions', () => buildMapGeometry(read('public/geo/nuts3.topo.json'), 'units', 'nuts3')],
    ['the US states', () => buildMapGeometry(read('public/geo/us-state.topo.json'), 'units', 'us-state')],
  ];

  it.each(cases)('gives the page the same map of %s as building it there', (_, build) => {
    const built = build();
    const kinds = new Set(built.features.features.map((f) => f.geometry.type));
    const received = throughWorker(build());
    expect(received.features).toEqual(built.features);
    expect(received.shapes).toEqual(built.shapes);
    expect(received.bounds).toEqual(built.bounds);
    expect(kinds.has('Polygon')).toBe(true);
  });

  it('has every kind of feature among the countries (so the round trip above covers them)', () => {
    const built = buildMapGeometry(read('public/geo/countries.topo.json'));
    expect(new Set(built.features.features.map((f) => f.geometry.type))).toEqual(new Set(['Polygon', 'MultiPolygon', 'MultiLineString']));
  });

  it('hands the first frame the shapes the worker projected, the same as projecting on the page', () => {
    const built = buildMapGeometry(read('public/geo/countries.topo.json'));
    const expected = previewShapes(built);
    const received = throughWorker(buildMapGeometry(read('public/geo/countries.topo.json')));
    const shapes = previewShapes(received);
    expect(shapes).toHaveLength(expected.length);
    shapes.forEach((shape, i) => {
      const want = expected[i]!;
      expect({ ...shape, paths: shape.paths.map((p) => [...p]) }).toEqual({ ...want, paths: want.paths.map((p) => [...p]) });
    });
  });

  it('builds the GeoJSON features only when they are read, and once', () => {
    const received = throughWorker(buildMapGeometry(read('public/geo/us-state.topo.json'), 'units', 'us-state'));
    const reads = vi.spyOn(received, 'features', 'get');
    expect(previewShapes(received)).toHaveLength(51);
    expect(reads).not.toHaveBeenCalled(); // the first frame needs none of them
    const first = received.features;
    expect(received.features).toBe(first);
    expect(first.features).toHaveLength(51);
  });
});

describe('forKeeping (the copy kept in the browser between visits)', () => {
  it('takes half the bytes and reads back as the same map to within 2 m', () => {
    const built = buildMapGeometry(read('public/geo/countries.topo.json'));
    const { packed } = packGeometry(buildMapGeometry(read('public/geo/countries.topo.json')));
    const kept = structuredClone(forKeeping(packed));
    expect(kept.coords.byteLength + kept.xy.byteLength).toBe((packed.coords.byteLength + packed.xy.byteLength) / 2);
    expect(isPackedGeometry(kept)).toBe(true);
    const back = unpackGeometry(kept);
    expect(back.shapes).toEqual(built.shapes);
    const flat = (g: typeof built) => g.features.features.flatMap((f) => (f.geometry.coordinates as unknown[]).flat(Infinity) as number[]);
    const want = flat(built);
    const got = flat(back);
    expect(got).toHaveLength(want.length);
    const furthest = got.reduce((most, v, i) => Math.max(most, Math.abs(v - (want[i] as number))), 0);
    expect(furthest).toBeGreaterThan(0); // 32-bit: not the same numbers,
    expect(furthest).toBeLessThan(2e-5); // but within 2e-5 degrees (2 m)
    expect(back.features.features.map((f) => f.properties)).toEqual(built.features.features.map((f) => f.properties));
  });
});

describe("isPackedGeometry (shapes read back from the browser's storage)", () => {
  const packed = () => structuredClone(packGeometry(buildMapGeometry(read('public/geo/countries.topo.json'))).packed);

  it('accepts what the worker packed, once stored and read back', () => {
    expect(isPackedGeometry(packed())).toBe(true);
  });

  it('refuses an entry that would draw wrong shapes or read past its arrays', () => {
    const broken: [string, (p: PackedGeometry) => unknown][] = [
      ['nothing', () => undefined],
      ['a string', () => 'shapes'],
      ['points as plain arrays', (p) => ({ ...p, coords: Array.from(p.coords) })],
      ['a structure cut short', (p) => ({ ...p, structure: p.structure.slice(0, -1) })],
      ['a structure with a trailing count', (p) => ({ ...p, structure: Int32Array.from([...p.structure, 1]) })],
      ['a negative ring count', (p) => ({ ...p, structure: Int32Array.from(p.structure, (n, i) => (i === 0 ? -1 : n)) })],
      ['a point missing', (p) => ({ ...p, coords: p.coords.slice(0, -2), xy: p.xy.slice(0, -2) })],
      ['projected points of another length', (p) => ({ ...p, xy: p.xy.slice(0, -2) })],
      ['a feature of another kind', (p) => ({ ...p, features: p.features.map((f, i) => (i === 0 ? { ...f, kind: 'Point' } : f)) })],
      ['a feature without its code', (p) => ({ ...p, features: p.features.map((f, i) => (i === 0 ? { ...f, iso: 4 } : f)) })],
      ['extents for fewer features', (p) => ({ ...p, extents: p.extents.slice(0, -2) })],
      ['places as a plain object', (p) => ({ ...p, shapes: Object.fromEntries(p.shapes) })],
      ['bounds of three numbers', (p) => ({ ...p, bounds: p.bounds.slice(0, 3) })],
    ];
    for (const [what, breakIt] of broken) expect(isPackedGeometry(breakIt(packed())), what).toBe(false);
  });
});
