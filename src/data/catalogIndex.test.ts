import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../contract/schema';
import { levelsCatalog } from '../../mocks/fixtures/levels';
import { catalogFixture as catalog } from '../state/catalogFixture.test-utils';
import { reconcileView } from '../state/reconcile';
import { parseView } from '../state/urlCodec';
import { catalogIndex } from './catalogIndex';
import { resolveView } from './resolveView';

describe('catalogIndex', () => {
  it('is built once per catalog object', () => {
    expect(catalogIndex(catalog)).toBe(catalogIndex(catalog));
    expect(catalogIndex({ ...catalog })).not.toBe(catalogIndex(catalog));
  });

  it('looks up indicators, sources and countries by id', () => {
    const index = catalogIndex(catalog);
    expect(index.indicator('net-migration')?.id).toBe('net-migration');
    expect(index.indicator('nope')).toBeUndefined();
    expect(index.indicator(null)).toBeUndefined();
    expect(index.source('census')?.id).toBe('census');
    expect(index.source('nope')).toBeUndefined();
    expect(index.country('DEU')?.id).toBe('DEU');
    expect(index.countryName('DEU')).toBe(index.country('DEU')?.name);
    expect(index.countryName('XXX')).toBe('XXX');
  });

  it("gives an indicator's source entries, its default source first", () => {
    const index = catalogIndex(catalog);
    const indicator = index.indicator('migrant-stock')!;
    expect(index.sourceRef(indicator, null)).toBe(indicator.sources[0]);
    expect(index.sourceRef(indicator, 'census')?.id).toBe('census');
    expect(index.sourceRef(indicator, 'nope')).toBeUndefined();
    expect(index.sourcesOf(indicator).map((s) => s.id)).toEqual(indicator.sources.map((ref) => ref.id));
  });

  it('falls back to the default indicator, then to the first one', () => {
    expect(catalogIndex(catalog).indicatorOrFallback('nope')?.id).toBe('migrant-stock');
    const reversed: Catalog = { ...catalog, indicators: [...catalog.indicators].reverse() };
    expect(catalogIndex(reversed).indicatorOrFallback('nope')?.id).toBe('migrant-stock');
    const withoutDefault: Catalog = { ...catalog, indicators: catalog.indicators.filter((i) => i.id !== 'migrant-stock') };
    expect(catalogIndex(withoutDefault).indicatorOrFallback('nope')?.id).toBe(withoutDefault.indicators[0]?.id);
    expect(catalogIndex({ ...catalog, indicators: [] }).indicatorOrFallback('nope')).toBeUndefined();
  });
});

describe('resolveView and reconcileView agree', () => {
  // The default indicator last, so that "the first indicator" and "the default one" differ.
  const reordered: Catalog = { ...catalog, indicators: [...catalog.indicators].reverse() };
  const sourceIds = [...new Set([...catalog.sources, ...levelsCatalog.sources].map((s) => s.id))];
  const words = ['migrant-stock', 'net-migration', ...sourceIds, 'nope', 'sex-female', 'age-0-14', 'total'];
  const searchArb = fc
    .record({
      indicator: fc.constantFrom(...words),
      source: fc.constantFrom(...words),
      slice: fc.constantFrom(...words),
      level: fc.constantFrom('country', 'nuts2', 'nuts3', 'us-state'),
    })
    .chain((params) => fc.subarray(Object.entries(params)))
    .map((entries) => `?${entries.map(([k, v]) => `${k}=${v}`).join('&')}`);

  it.each([
    ['the fixture catalog', catalog],
    ['a catalog whose first indicator is not the default', reordered],
    ['a catalog with levels below the country', levelsCatalog],
  ])('on the indicator, source and breakdown shown, before and after reconciling (%s)', (_, cat) => {
    fc.assert(
      fc.property(searchArb, (search) => {
        const { view } = parseView(search);
        const reconciled = reconcileView(view, cat).view;
        const before = resolveView(cat, view);
        const after = resolveView(cat, reconciled);
        expect(before).not.toBeNull();
        expect(after).toEqual(before);
        const indicator = catalogIndex(cat).indicator(reconciled.indicator)!;
        expect(before?.indicator).toBe(indicator);
        expect(before?.source.id).toBe(reconciled.source ?? indicator.sources[0]?.id);
        expect(before?.slice).toBe(reconciled.slice);
        expect(catalogIndex(cat).sourceRef(indicator, before!.source.id)?.level ?? 'country').toBe(reconciled.level);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveView at a level', () => {
  it('takes the first source at the view’s level when the link names none, so that its first request is for that level’s files', () => {
    const resolve = (search: string) => resolveView(levelsCatalog, parseView(search).view)?.source.id;
    expect(resolve('?level=nuts2')).toBe('regional-census');
    expect(resolve('?level=nuts2&source=region-ties&od=origin~DE11')).toBe('region-ties');
    expect(resolve('?level=us-state&od=origin~MEX')).toBe('acs-states');
    expect(resolve('?level=us-state&source=fb-states')).toBe('fb-states');
    expect(resolve('?level=country')).toBe('census');
    // A level the indicator has no source at: its default source, as reconciling shows countries.
    expect(resolve('?indicator=net-migration&level=nuts2')).toBe('model');
  });
});
