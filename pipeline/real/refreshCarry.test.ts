import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/contract/schema';
import { carryOver } from './refreshCarry';
import { indicatorEntry, series, snapshot } from './snapshotFixture.test-utils';
import { checkSnapshot } from './snapshotChecks';

const sex = (...values: string[]) => [{ id: 'sex', label: 'Sex', values: values.map((id) => ({ id, label: id })) }];
const catalogOf = (files: ReadonlyMap<string, unknown>) => files.get('catalog.json') as Catalog;

describe('carryOver', () => {
  const committedFb = series('migrant-stock', 'fb', [['SOM', '2020', 3]]);
  const committedFbFemale = series('migrant-stock', 'fb', [['SOM', '2020', 1]], 'sex-female');
  const committedOd = series('migrant-stock', 'od', [['TUR', '2019', 10]], 'total', { geo: 'DEU', role: 'destination' });
  const committedOdOrigin = series('migrant-stock', 'od', [['DEU', '2019', 10]], 'total', { geo: 'TUR', role: 'origin' });
  const committed = snapshot([
    series('migrant-stock', 'wb', [['DEU', '2020', 1]]),
    committedFb,
    committedFbFemale,
    committedOd,
    committedOdOrigin,
    series('population', 'wb', [['DEU', '2020', 80]]),
  ]);
  const committedCatalog = catalogOf(committed);
  committed.set('catalog.json', {
    ...committedCatalog,
    indicators: committedCatalog.indicators.map((i) =>
      i.id === 'migrant-stock'
        ? {
            ...i,
            dimensions: sex('female'),
            sources: [
              { id: 'fb', breakdowns: ['sex-female'] },
              { id: 'wb', breakdowns: [] },
              { id: 'od', breakdowns: [], total: false },
            ],
          }
        : i,
    ),
  } satisfies Catalog);

  it('adds the committed files and catalog entries of the sources not pulled, in their committed places', () => {
    const fresh = snapshot([
      series('migrant-stock', 'wb', [
        ['DEU', '2020', 2],
        ['FRA', '2020', 5],
      ]),
      series('migrant-stock', 'wb', [['FRA', '2020', 2]], 'sex-male'),
    ]);
    const freshCatalog = catalogOf(fresh);
    fresh.set('catalog.json', {
      ...freshCatalog,
      indicators: [indicatorEntry('migrant-stock', [{ id: 'wb', breakdowns: ['sex-male'] }], sex('male'))],
    } satisfies Catalog);

    const { files, carried } = carryOver(fresh, committed, new Set(['wb']));
    expect(carried).toEqual(['fb', 'od']);
    expect(files.get('series/migrant-stock/fb.json')).toBe(committedFb);
    expect(files.get('series/migrant-stock/fb/sex-female.json')).toBe(committedFbFemale);
    expect(files.get('bilateral/migrant-stock/od/destination/DEU.json')).toBe(committedOd);
    expect(files.get('series/migrant-stock/wb.json')).toBe(fresh.get('series/migrant-stock/wb.json'));

    const catalog = catalogOf(files);
    expect(catalog.sources.map((s) => s.id)).toEqual(['wb', 'fb', 'od']);
    const stock = catalog.indicators.find((i) => i.id === 'migrant-stock')!;
    expect(stock.sources).toEqual([
      { id: 'fb', breakdowns: ['sex-female'] },
      { id: 'wb', breakdowns: ['sex-male'] },
      { id: 'od', breakdowns: [], total: false },
    ]);
    expect(stock.dimensions[0]!.values.map((v) => v.id)).toEqual(['male', 'female']);
    expect(stock.bilateral).toBe(true);
    // wb no longer gives population: the indicator goes with it.
    expect(catalog.indicators.map((i) => i.id)).toEqual(['migrant-stock']);
    expect(catalog.geographies.countries.map((c) => c.id)).toEqual(['DEU', 'FRA', 'SOM', 'TUR']);
    expect(checkSnapshot(files)).toEqual([]);
  });

  it('changes nothing when every committed source is pulled, or when there is no committed snapshot', () => {
    const fresh = snapshot([series('migrant-stock', 'wb', [['DEU', '2020', 2]])]);
    expect(carryOver(fresh, committed, new Set(['wb', 'fb', 'od']))).toEqual({ files: fresh, carried: [] });
    expect(carryOver(fresh, null, new Set(['wb']))).toEqual({ files: fresh, carried: [] });
  });
});
