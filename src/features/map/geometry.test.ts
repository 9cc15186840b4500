import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildMapGeometry,
  interiorPoint,
  isCountriesTopology,
  pointInPolygon,
  ringLines,
  unionBounds,
  unwrapPolygons,
  unwrapRing,
  type MapGeometry,
} from './geometry';
import { testTopology } from './topologyFixture.test-utils';

const maxJump = (ring: readonly Position[]) => {
  let max = 0;
  for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs((ring[i]![0] as number) - (ring[i - 1]![0] as number)));
  return max;
};

describe('antimeridian unwrapping', () => {
  it('makes a ring that jumps from +180 to -180 continuous', () => {
    const ring = [
      [178, 0],
      [180, 1],
      [-180, 1],
      [-178, 0],
      [-180, -1],
      [180, -1],
      [178, 0],
    ];
    const out = unwrapRing(ring);
    expect(maxJump(out)).toBeLessThanOrEqual(180);
    expect(out.map((p) => p[0])).toEqual([178, 180, 180, 182, 180, 180, 178]);
  });

  it('moves the small part of a country next to its largest part (Russia-like)', () => {
    const main = [
      [30, 50],
      [170, 50],
      [170, 70],
      [30, 70],
      [30, 50],
    ];
    const east = [
      [-180, 65],
      [-170, 65],
      [-170, 68],
      [-180, 68],
      [-180, 65],
    ];
    const [a, b] = unwrapPolygons([[main], [east]]);
    expect(a![0]).toEqual(main);
    expect(b![0]!.map((p) => p[0])).toEqual([180, 190, 190, 180, 180]);
  });

  it('moves westward when the largest part is in the western hemisphere (Aleutians)', () => {
    const main = [
      [-125, 30],
      [-70, 30],
      [-70, 48],
      [-125, 48],
      [-125, 30],
    ];
    const west = [
      [178, 51],
      [179.5, 51],
      [179.5, 52],
      [178, 52],
      [178, 51],
    ];
    const [, b] = unwrapPolygons([[main], [west]]);
    expect(b![0]![0]![0]).toBe(178 - 360);
  });

  it('keeps the largest part centred within -180..180', () => {
    const ring = [
      [-179, 0],
      [179, 0],
      [179, 2],
      [-179, 2],
      [-179, 0],
    ];
    const [a] = unwrapPolygons([[ring]]);
    const xs = a![0]!.map((p) => p[0] as number);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeGreaterThanOrEqual(-180);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeLessThanOrEqual(180);
    expect(Math.max(...xs) - Math.min(...xs)).toBe(2);
  });

  it('drops outline segments along the cut at the antimeridian, keeps the rest', () => {
    const ring = [
      [178, 0],
      [180, 0],
      [180, 2],
      [178, 2],
      [178, 0],
    ];
    expect(ringLines(ring)).toEqual([
      [
        [178, 0],
        [180, 0],
      ],
      [
        [180, 2],
        [178, 2],
        [178, 0],
      ],
    ]);
    const plain = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(ringLines(plain)).toEqual([plain]);
  });
});

describe('interiorPoint', () => {
  it('is the centroid of a convex shape', () => {
    expect(
      interiorPoint([
        [
          [0, 0],
          [4, 0],
          [4, 2],
          [0, 2],
          [0, 0],
        ],
      ]),
    ).toEqual([2, 1]);
  });

  it('is inside a concave shape whose centroid is outside (a C shape)', () => {
    const c = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const p = interiorPoint(c);
    expect(pointInPolygon(p, c)).toBe(true);
  });
});

describe('unionBounds', () => {
  it('takes the shorter way around the antimeridian', () => {
    expect(
      unionBounds([
        [0, 0, 10, 10],
        [20, -5, 30, 5],
      ]),
    ).toEqual([0, -5, 30, 10]);
    // Australia and Samoa: across the Pacific, not across the Atlantic.
    expect(
      unionBounds([
        [113, -44, 154, -10],
        [-172.8, -14.1, -171.4, -13.4],
      ]),
    ).toEqual([113, -44, 188.6, -10]);
    expect(unionBounds([])).toBeNull();
  });
});

describe('buildMapGeometry', () => {
  it('builds fills, outlines and shapes from a topology, ISO3 ids promoted to properties', () => {
    const geometry = buildMapGeometry(testTopology);
    expect(geometry.features.features.map((f) => f.properties.iso).sort()).toEqual(['ATF', 'CIV', 'DEU', 'ETH', 'FRA', 'IND', 'USA', '~0']);
    expect(geometry.features.features.find((f) => f.properties.iso === '~0')!.properties).toEqual({
      iso: '~0',
      name: 'Nowhere Land',
      country: false,
      outline: true,
    });
    expect([...geometry.shapes.keys()].sort()).toEqual(['ATF', 'CIV', 'DEU', 'ETH', 'FRA', 'IND', 'USA']);
    const deu = geometry.shapes.get('DEU')!;
    expect(deu.name).toBe('Germany');
    expect(deu.bbox).toEqual([6, 47, 15, 55]);
    expect(deu.anchor).toEqual([10.5, 51]);
    expect(geometry.features.features.every((f) => f.geometry.type === 'Polygon')).toBe(true);
  });

  it('rejects what is not the boundaries topology', () => {
    expect(isCountriesTopology(testTopology)).toBe(true);
    expect(isCountriesTopology({ type: 'FeatureCollection' })).toBe(false);
    expect(isCountriesTopology(null)).toBe(false);
  });

  const file = resolve(process.cwd(), 'public/geo/countries.topo.json');
  it.skipIf(!existsSync(file))('the shipped boundaries draw without streaks: no ring segment spans more than 180° of longitude', () => {
    const topology: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(isCountriesTopology(topology)).toBe(true);
    const geometry: MapGeometry = buildMapGeometry(topology as never);
    for (const f of geometry.features.features) {
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.coordinates;
      for (const ring of rings) expect(maxJump(ring), f.properties.iso).toBeLessThanOrEqual(180);
    }
    // A shape cut at the antimeridian (Fiji) gets its outline as a separate line feature without the cut.
    const fiji = geometry.features.features.filter((f) => f.properties.iso === 'FJI');
    expect(fiji.map((f) => [f.geometry.type, f.properties.outline])).toEqual([
      ['MultiPolygon', false],
      ['MultiLineString', true],
    ]);
    const width = (id: string) => {
      const b = geometry.shapes.get(id)!.bbox;
      return b[2] - b[0];
    };
    // Countries across the antimeridian are compact, not stretched around the world.
    expect(width('RUS')).toBeLessThan(200);
    expect(width('FJI')).toBeLessThan(10);
    expect(width('NZL')).toBeLessThan(30);
    expect(width('USA')).toBeLessThan(130);
    expect(width('KIR')).toBeLessThan(60);
    expect(geometry.shapes.has('ATA')).toBe(false);
    // Every country has an anchor inside its box.
    for (const shape of geometry.shapes.values()) {
      expect(shape.anchor[0]).toBeGreaterThanOrEqual(shape.bbox[0]);
      expect(shape.anchor[0]).toBeLessThanOrEqual(shape.bbox[2]);
    }
  });
});

describe('buildMapGeometry below the country level', () => {
  it('makes a place of each shape whose id is a code of the level (an extra-regio shape is drawn, never a place)', async () => {
    const { nuts2Topology } = await import('./levelFixture.test-utils');
    const geometry = buildMapGeometry(nuts2Topology as never, 'units', 'nuts2');
    expect([...geometry.shapes.keys()].sort()).toEqual(['DE11', 'DE21', 'FR10']);
    const extra = geometry.features.features.find((f) => f.properties.name === 'Extra-Regio');
    expect(extra?.properties).toMatchObject({ country: false });
    // Read as countries, the same file has no place at all: NUTS codes are not ISO3 codes.
    expect(buildMapGeometry(nuts2Topology as never, 'units', 'country').shapes.size).toBe(0);
  });
});
