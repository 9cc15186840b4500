import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../contract/validate';
import { levelsCatalog as catalog } from '../../mocks/fixtures/levels';
import { reconcileView } from './reconcile';
import { parseView, serializeView } from './urlCodec';
import { cloneView } from './viewParams';
import { DEFAULT_VIEW, type ViewState } from './viewState';

const view = (partial: Partial<ViewState>, map: Partial<ViewState['map']> = {}): ViewState => ({
  ...cloneView(DEFAULT_VIEW),
  ...partial,
  map: { ...DEFAULT_VIEW.map, ...map },
});

describe('reconcileView at levels below the country', () => {
  it('is a valid version 2 catalog', () => {
    expect(parseCatalog(structuredClone(catalog)).geographies.units).toHaveLength(9);
  });

  it('opens a level on the indicator’s first source there, named in the view', () => {
    const result = reconcileView(view({ level: 'us-state' }), catalog);
    expect(result.view.source).toBe('acs-states');
    expect(result.ignored).toEqual([]);
    expect(serializeView(result.view)).toContain('level=us-state');
  });

  it('follows a link’s source to its level', () => {
    const result = reconcileView(view({ source: 'region-ties' }), catalog);
    expect(result.view.level).toBe('nuts2');
    expect(result.ignored).toEqual([]);
  });

  it('reports a level the indicator has no source at and shows countries', () => {
    const result = reconcileView(view({ indicator: 'net-migration', level: 'nuts2' }), catalog);
    expect(result.view.level).toBe('country');
    expect(result.view.source).toBeNull();
    expect(result.ignored).toEqual([{ key: 'level', value: 'nuts2', reason: 'not-in-catalog' }]);
  });

  it('keeps regions and states in the selection and profile, and drops codes the catalog lacks', () => {
    const { view: parsed } = parseView('?countries=de11~06~fr99~DEU&profile=48');
    const result = reconcileView(parsed, catalog);
    expect(result.view.countries).toEqual(['DE11', '06', 'DEU']);
    expect(result.view.profile).toBe('48');
    expect(result.ignored).toEqual([{ key: 'countries', value: 'FR99', reason: 'not-in-catalog' }]);
  });

  it('takes an origin country as the focus of a state source, and the first selected country when none is set', () => {
    const focused = reconcileView(view({ level: 'us-state' }, { od: { role: 'origin', focus: 'MEX' } }), catalog);
    expect(focused.view.map.od).toEqual({ role: 'origin', focus: 'MEX' });
    const state = reconcileView(view({ level: 'us-state' }, { od: { role: 'origin', focus: '06' } }), catalog);
    expect(state.view.map.od).toBeNull();
    expect(state.ignored).toEqual([{ key: 'od', value: 'origin~06', reason: 'not-in-catalog' }]);
    const chosen = reconcileView(view({ level: 'us-state', countries: ['06', 'MEX'] }), catalog);
    expect(chosen.view.map.od).toEqual({ role: 'origin', focus: 'MEX' });
    const noSuchRole = reconcileView(view({ level: 'us-state' }, { od: { role: 'destination', focus: 'MEX' } }), catalog);
    expect(noSuchRole.view.map.od).toBeNull();
    expect(noSuchRole.ignored).toEqual([{ key: 'od', value: 'destination~MEX', reason: 'not-in-catalog' }]);
  });

  it('pairs only sources of the view’s level in a comparison', () => {
    const result = reconcileView(view({ level: 'us-state', compare: { a: 'acs-states', b: 'census' } }), catalog);
    expect(result.view.compare).toEqual({ a: 'acs-states', b: null });
    expect(result.ignored).toEqual([{ key: 'compare', value: 'census', reason: 'not-in-catalog' }]);
  });
});
