import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import usAtlas from 'us-atlas/states-10m.json';
import { describe, expect, it } from 'vitest';
import { isCodeOf } from '../../src/contract/levels';
import { createGeoResolver } from '../real/codes';
import { samplePath } from '../real/testing';
import { buildLevels, nutsCountry, nutsShapes, type AtlasStates, type LevelInputs } from './levels';

const resolver = createGeoResolver();
const iso2ToIso3 = (code: string): string | undefined => {
  const match = resolver.resolve(code, 'iso2');
  return match.kind === 'country' ? match.id : undefined;
};
const geojson = (path: string) => JSON.parse(readFileSync(samplePath(path), 'utf8')) as FeatureCollection;
const inputs: LevelInputs = {
  nuts2: geojson('boundaries/nuts2-2024/nuts2_2024.geojson'),
  nuts3: geojson('boundaries/nuts2021-60m/NUTS_RG_60M_2021_4326_LEVL_3.geojson'),
  usAtlas: usAtlas as unknown as AtlasStates,
};
const levels = buildLevels(inputs, iso2ToIso3);
const byLevel = new Map(levels.map((l) => [l.level, l]));
const unit = (id: string) => levels.flatMap((l) => l.units).find((u) => u.id === id);

describe('the boundaries of the levels below the country', () => {
  it('has every NUTS-2 2024 region (299, all with a shape), 1,514 NUTS-3 2021 regions and the 50 US states with DC', () => {
    expect(byLevel.get('nuts2')!.units).toHaveLength(299);
    expect(byLevel.get('nuts3')!.units).toHaveLength(1514);
    expect(byLevel.get('us-state')!.units).toHaveLength(51);
    for (const l of levels) for (const u of l.units) expect(isCodeOf(l.level, u.id), `${l.level} ${u.id}`).toBe(true);
  });

  it('names units by their Latin-script name and places them in their ISO3 country (EL is Greece, UK the United Kingdom)', () => {
    expect(unit('EL30')).toEqual({ id: 'EL30', level: 'nuts2', name: 'Attiki', country: 'GRC' });
    expect(unit('UKI31')).toMatchObject({ level: 'nuts3', country: 'GBR' });
    expect(unit('FR101')).toEqual({ id: 'FR101', level: 'nuts3', name: 'Paris', country: 'FRA' });
    expect(unit('06')).toEqual({ id: '06', level: 'us-state', name: 'California', country: 'USA' });
    expect(unit('11')).toMatchObject({ name: 'District of Columbia', country: 'USA' });
    expect(nutsCountry('XK', iso2ToIso3)).toBe('XKX');
    expect(nutsCountry('DE', iso2ToIso3)).toBe('DEU');
  });

  it('leaves out the US territories, each with its reason, and extra-regio NUTS codes', () => {
    expect(byLevel.get('us-state')!.dropped.map((d) => d.id)).toEqual(['60', '66', '69', '72', '78']);
    const withExtraRegio: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ...inputs.nuts2.features.slice(0, 2),
        { type: 'Feature', properties: { NUTS_ID: 'DEZZ', NAME_LATN: 'Extra-Regio NUTS 2', CNTR_CODE: 'DE' }, geometry: null as never },
      ],
    };
    const { units, dropped } = nutsShapes(withExtraRegio, 'nuts2', iso2ToIso3);
    expect(units).toHaveLength(2);
    expect(dropped).toEqual([{ id: 'DEZZ', name: 'Extra-Regio NUTS 2', reason: 'extra-regio code: no territory' }]);
  });

  it('writes one object "units" whose geometries carry the unit codes and names, and that decodes to every unit', () => {
    for (const l of levels) {
      expect(Object.keys(l.topology.objects)).toEqual(['units']);
      const decoded = feature(l.topology, l.topology.objects.units);
      expect(decoded.features.map((f) => String(f.id))).toEqual(l.units.map((u) => u.id));
      expect(decoded.features.map((f) => f.properties.name)).toEqual(l.units.map((u) => u.name));
      for (const f of decoded.features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('keeps each file small: at most 150 kB gzipped for NUTS-3, 60 kB for the others', () => {
    const gzip = (level: string) => gzipSync(JSON.stringify(byLevel.get(level as never)!.topology)).length;
    expect(gzip('nuts3')).toBeLessThan(150_000);
    expect(gzip('nuts2')).toBeLessThan(60_000);
    expect(gzip('us-state')).toBeLessThan(60_000);
  });

  it('keeps California where it is after simplification (its box within half a degree of the Census one)', () => {
    const states = feature(byLevel.get('us-state')!.topology, byLevel.get('us-state')!.topology.objects.units);
    const ca = states.features.find((f) => f.id === '06')!;
    const geometry = ca.geometry as Polygon | MultiPolygon;
    const points: number[][] = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeCloseTo(-124.41, 0);
    expect(Math.max(...lons)).toBeCloseTo(-114.13, 0);
    expect(Math.min(...lats)).toBeCloseTo(32.53, 0);
    expect(Math.max(...lats)).toBeCloseTo(42.01, 0);
  });
});
