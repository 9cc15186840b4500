import { describe, expect, it } from 'vitest';
import { joinBoundaries } from '../geo/boundaries';
import { buildCatalog } from './catalog';
import { readLevelUnits } from './levels';

describe('demo catalog translations', () => {
  const { countries, regions } = joinBoundaries();
  const catalog = buildCatalog(countries, regions, readLevelUnits());
  const untranslated = (entries: { id: string; i18n?: { fr?: object; es?: object } }[]) =>
    entries.filter((e) => !e.i18n?.fr || !e.i18n?.es).map((e) => e.id);

  it('gives every source, indicator and region a French and a Spanish text', () => {
    expect(untranslated(catalog.sources)).toEqual([]);
    expect(untranslated(catalog.indicators)).toEqual([]);
    expect(untranslated(catalog.geographies.regions)).toEqual([]);
  });

  it('translates every dimension and dimension value', () => {
    const dimensions = catalog.indicators.flatMap((i) => i.dimensions);
    expect(untranslated(dimensions)).toEqual([]);
    expect(untranslated(dimensions.flatMap((d) => d.values))).toEqual([]);
  });

  it('keeps as many caveats in each language as in English', () => {
    for (const source of catalog.sources) {
      expect(source.i18n?.fr?.caveats, source.id).toHaveLength(source.caveats.length);
      expect(source.i18n?.es?.caveats, source.id).toHaveLength(source.caveats.length);
    }
  });
});
