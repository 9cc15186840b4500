import { describe, expect, it } from 'vitest';
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
});
