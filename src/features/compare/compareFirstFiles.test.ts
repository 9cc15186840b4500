import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../contract/schema';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { DEFAULT_VIEW, type ViewState } from '../../state/viewState';
import { compareFirstFiles } from './compareFirstFiles';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, panel: 'compare', ...patch });

describe('compareFirstFiles (what a Compare link shows first)', () => {
  it('the two sources the panel opens on: an official figure and the digital trace, their totals', () => {
    expect(compareFirstFiles(fixtureCatalog, view({}))).toEqual({
      series: [
        { indicator: 'migrant-stock', source: 'census', slice: 'total' },
        { indicator: 'migrant-stock', source: 'social-audience', slice: 'total' },
      ],
      bilateral: [],
    });
  });

  it('the sources the link names, in its order', () => {
    const files = compareFirstFiles(fixtureCatalog, view({ compare: { a: 'social-audience', b: 'census' } }));
    expect(files.series.map((ref) => ref.source)).toEqual(['social-audience', 'census']);
  });

  it('nothing for an indicator with one source (the panel asks for another indicator)', () => {
    const single = fixtureCatalog.indicators[1]?.id ?? '';
    expect(compareFirstFiles(fixtureCatalog, view({ indicator: single }))).toEqual({ series: [], bilateral: [] });
  });

  it('a pair compared for one focus place (the real snapshot: born in Mexico, by US state, ages 25–29): both files of that focus and breakdown', () => {
    const real = JSON.parse(readFileSync(new URL('../../../public/data/catalog.json', import.meta.url), 'utf8')) as Catalog;
    const files = compareFirstFiles(
      real,
      view({
        indicator: 'migrant-stock',
        level: 'us-state',
        slice: 'age-25-29',
        compare: { a: 'acs-foreign-born-states', b: 'facebook-expats-us-states' },
        map: { ...DEFAULT_VIEW.map, od: { role: 'origin', focus: 'MEX' } },
      }),
    );
    expect(files.series).toEqual([]);
    expect(files.bilateral).toEqual(
      ['acs-foreign-born-states', 'facebook-expats-us-states'].map((source) => ({
        indicator: 'migrant-stock',
        source,
        role: 'origin',
        geo: 'MEX',
        slice: 'age-25-29',
      })),
    );
  });
});
