import { describe, expect, it } from 'vitest';
import type { LevelId } from '../../contract/levels';
import { catalogIndex } from '../../data/catalogIndex';
import { translate } from '../../i18n/translate';
import { levelsCatalog } from '../../../mocks/fixtures/levels';
import { buildMapGeometry } from './geometry';
import { levelFit, levelOffer, levelRegions, mainBox, unitPlaces } from './mapLevel';
import { nuts2Topology, unitTopology } from './levelFixture.test-utils';
import type { BoundaryTopology } from '../../data/boundaries';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const geometryOf = (topology: unknown, level: LevelId = 'nuts2') => buildMapGeometry(topology as BoundaryTopology, 'units', level);
const levelsIn = (country: string): LevelId[] => (country === 'DEU' ? ['nuts2', 'nuts3'] : country === 'USA' ? ['us-state'] : []);

describe('levelOffer', () => {
  it('offers the first country looked at that has units at a level of the indicator, the zoomed-in one before the selection', () => {
    const input = { level: 'country' as const, indicatorLevels: ['country', 'nuts2'] as LevelId[], levelsIn };
    expect(levelOffer({ ...input, candidates: [null, 'FRA', 'DEU'] })).toEqual({ country: 'DEU', level: 'nuts2' });
    expect(levelOffer({ ...input, candidates: ['USA', 'DEU'] })).toEqual({ country: 'DEU', level: 'nuts2' });
    expect(levelOffer({ ...input, indicatorLevels: ['country', 'nuts3'], candidates: ['DEU'] })).toEqual({ country: 'DEU', level: 'nuts3' });
  });

  it('offers nothing for a country without units at the indicator’s levels, nor below the country level', () => {
    expect(levelOffer({ level: 'country', indicatorLevels: ['country'], candidates: ['DEU'], levelsIn })).toBeNull();
    expect(levelOffer({ level: 'nuts2', indicatorLevels: ['country', 'nuts2'], candidates: ['DEU'], levelsIn })).toBeNull();
  });
});

describe('unitPlaces', () => {
  it('names each unit with its country, in the language’s order', () => {
    const places = unitPlaces(catalogIndex(levelsCatalog), 'us-state', t, 'en');
    expect(places.map((p) => p.name)).toEqual(
      ['Arizona', 'California', 'Florida', 'Illinois', 'New York', 'Texas'].map((state) => `${state}, United States`),
    );
    expect(places.map((p) => p.id)).toEqual(['04', '06', '12', '17', '36', '48']);
  });
});

describe('levelFit and mainBox', () => {
  const geometry = geometryOf(nuts2Topology);
  const countryOf = (id: string) => (id.startsWith('DE') ? 'DEU' : id.startsWith('FR') ? 'FRA' : undefined);

  it('the whole map is the units’ box (a shape that is no unit of the level is left out), a continent its box', () => {
    expect(levelFit({ region: 'world', geometry, selected: [], country: null, countryOf })).toMatchObject({ box: [1.5, 47.5, 13, 49.5] });
    expect(levelFit({ region: 'europe', geometry, selected: [], country: null, countryOf }).box).toEqual([-25, 34, 45, 71.5]);
  });

  it('fits the units of the country asked for, and the selection’s units and the units of its countries', () => {
    expect(levelFit({ region: 'world', geometry, selected: [], country: 'DEU', countryOf }).box).toEqual([8, 47.5, 13, 49.5]);
    expect(levelFit({ region: 'selection', geometry, selected: ['FR10'], country: null, countryOf }).box).toEqual([1.5, 48, 3.5, 49.2]);
    expect(levelFit({ region: 'selection', geometry, selected: ['DEU'], country: null, countryOf }).box).toEqual([8, 47.5, 13, 49.5]);
  });

  it('leaves the few far-away units out of the main box (outermost regions, Alaska and Hawaii) but keeps the rest', () => {
    const boxes: [string, string, [number, number, number, number]][] = Array.from({ length: 40 }, (_, i) => [
      String(i + 10),
      `S${i}`,
      [-120 + i, 30, -119 + i, 31 + (i % 10)],
    ]);
    boxes.push(['02', 'Alaska', [-179, 51, -130, 71]], ['15', 'Hawaii', [-160, 19, -155, 22]]);
    const box = mainBox(geometryOf(unitTopology(boxes), 'us-state'));
    expect(box).toEqual([-120, 30, -80, 40]);
    expect(mainBox(geometryOf(unitTopology(boxes.slice(0, 40)), 'us-state'))).toEqual([-120, 30, -80, 40]);
  });

  it('offers only the region presets that meet the units', () => {
    expect(levelRegions(['world', 'africa', 'americas', 'asia', 'europe', 'oceania', 'selection'], geometry)).toEqual([
      'world',
      'europe',
      'selection',
    ]);
  });
});
