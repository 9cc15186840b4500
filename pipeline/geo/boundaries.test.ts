import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { joinBoundaries } from './boundaries';

describe('joinBoundaries', () => {
  const b = joinBoundaries();
  const geometries = b.topology.objects.countries.geometries;

  it('matches at least 175 shapes to unique ISO 3166-1 alpha-3 countries', () => {
    const ids = geometries.flatMap((g) => (g.id === undefined ? [] : [String(g.id)]));
    expect(ids.length).toBeGreaterThanOrEqual(175);
    expect(new Set(ids).size).toBe(ids.length);
    const countryIds = b.countries.map((c) => c.id);
    expect(new Set(countryIds).size).toBe(countryIds.length);
    expect([...ids].sort()).toEqual([...countryIds].sort());
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
  });

  it('leaves exactly these shapes unmatched, for these reasons', () => {
    // A new unmatched shape (e.g. after a world-atlas upgrade) fails here, naming it.
    expect(b.unmatched).toEqual([
      {
        name: 'Indian Ocean Ter.',
        reason: 'Australian external territories with no single ISO code (Christmas Island CXR and Cocos (Keeling) Islands CCK in one shape)',
      },
      { name: 'N. Cyprus', reason: 'not an ISO 3166-1 country: disputed/unrecognised territory (within Cyprus, CYP)' },
      { name: 'Siachen Glacier', reason: 'not an ISO 3166-1 country: disputed area between India and Pakistan' },
      { name: 'Somaliland', reason: 'not an ISO 3166-1 country: disputed/unrecognised territory (within Somalia, SOM)' },
    ]);
    // Unmatched shapes stay in the topology (drawn as no data) but carry no id.
    const unnamed = geometries.filter((g) => g.id === undefined).map((g) => (g.properties as { name?: string }).name);
    expect(unnamed).toEqual(b.unmatched.map((u) => u.name));
  });

  it('joins Kosovo by name as XKX and merges the two Australian shapes', () => {
    expect(b.countries.find((c) => c.id === 'XKX')).toEqual({
      id: 'XKX',
      name: 'Kosovo',
      region: 'europe',
      subregion: 'southeast-europe',
    });
    expect(geometries.filter((g) => g.id === 'AUS')).toHaveLength(1);
    expect(geometries.find((g) => g.id === 'AUS')?.type).toBe('MultiPolygon');
    expect(b.countries.some((c) => c.id === 'UNK')).toBe(false);
  });

  it('gives every matched shape its country name and converts to GeoJSON', () => {
    const names = new Map(b.countries.map((c) => [c.id, c.name]));
    for (const g of geometries) {
      if (g.id !== undefined) expect(g.properties).toEqual({ name: names.get(String(g.id)) });
    }
    const collection = feature(b.topology, b.topology.objects.countries);
    expect(collection.features).toHaveLength(geometries.length);
  });

  it('uses the contract region slugs, with subregions under them', () => {
    const regions = b.regions.filter((r) => r.parent === null).map((r) => r.id);
    expect(regions).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctic']);
    const subregions = new Map(b.regions.filter((r) => r.parent !== null).map((r) => [r.id, r.parent]));
    expect(subregions.get('western-europe')).toBe('europe');
    expect(subregions.get('south-eastern-asia')).toBe('asia');
    for (const c of b.countries) {
      expect(regions).toContain(c.region);
      expect(subregions.get(c.subregion)).toBe(c.region);
    }
    for (const parent of subregions.values()) expect(regions).toContain(parent);
  });

  it('lists the uninhabited territories', () => {
    expect(b.uninhabited.map((u) => u.id)).toEqual(['ATA', 'ATF', 'HMD', 'IOT', 'SGS']);
    for (const u of b.uninhabited) expect(u.reason).toMatch(/no permanent/);
  });

  it('keeps facts for every matched country', () => {
    for (const c of b.countries) {
      const facts = b.facts.get(c.id);
      expect(facts, c.id).toBeDefined();
      expect(facts!.area).toBeGreaterThan(0);
    }
  });
});
