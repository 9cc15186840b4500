import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogFixture as catalog } from './catalogFixture.test-utils';
import { resetViewStore, transitions, useViewStore } from './store';
import { cloneView, isValidView } from './viewParams';
import { DEFAULT_VIEW, MAX_COUNTRIES, MAX_TOLERANCE, type ViewState } from './viewState';

const state = () => useViewStore.getState();
const view = (partial: Partial<ViewState>, map: Partial<ViewState['map']> = {}): ViewState => ({
  ...cloneView(DEFAULT_VIEW),
  ...partial,
  map: { ...DEFAULT_VIEW.map, ...map },
});

beforeEach(() => resetViewStore());

describe('view store', () => {
  it('starts with the default view and no notices', () => {
    expect(state().view).toEqual(DEFAULT_VIEW);
    expect(state().view).not.toBe(DEFAULT_VIEW);
    expect(state().notices).toEqual([]);
    expect(state().catalogIndex).toBeNull();
  });

  it('setIndicator resets what depends on the indicator, and only when it changes', () => {
    state().replaceView(
      view(
        { source: 'census', period: '2020', slice: 'sex-female', countries: ['DEU'], panel: 'table', compare: { a: 'census', b: null } },
        { od: { role: 'origin', focus: 'SYR' }, log: true },
      ),
    );
    const before = state().view;
    state().setIndicator(before.indicator);
    expect(state().view).toBe(before);
    state().setIndicator('net-migration');
    expect(state().view).toEqual(view({ indicator: 'net-migration', countries: ['DEU'], panel: 'table' }, { log: true }));
  });

  it('is a no-op (same object, no listener call) when a change changes nothing', () => {
    const listener = vi.fn();
    const unsubscribe = useViewStore.subscribe(listener);
    const s = state();
    s.setSource(null);
    s.setPeriod(null);
    s.setSlice('total');
    s.setCountries([]);
    s.setPanel('map');
    s.setMapOptions({ log: false, tolerance: 0 });
    s.setCompare({ a: null });
    s.setLang('en');
    s.replaceView(view({}));
    s.dismissNotices();
    s.setNotices([]);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('ignores invalid arguments', () => {
    const s = state();
    s.setIndicator('Not A Slug');
    s.setSource('bad source');
    s.setPeriod('2020-13');
    s.setSlice('');
    s.toggleCountry('DE');
    s.setPanel('nope' as never);
    s.setLang('de' as never);
    s.setMapOptions({ classification: 'x' as never, region: 'mars' as never, tolerance: Number.NaN, od: { role: 'x' as never, focus: 'SYR' } });
    s.setCompare({ a: 'A B' });
    expect(state().view).toEqual(DEFAULT_VIEW);
  });

  it('toggles countries in selection order, normalising case, up to MAX_COUNTRIES', () => {
    state().toggleCountry('deu');
    state().toggleCountry('FRA');
    expect(state().view.countries).toEqual(['DEU', 'FRA']);
    state().toggleCountry('DEU');
    expect(state().view.countries).toEqual(['FRA']);
    const many = Array.from(
      { length: MAX_COUNTRIES + 3 },
      (_, i) => `A${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    );
    state().setCountries(['fra', 'FRA', 'ba', 'DEUX', ...many]);
    expect(state().view.countries).toEqual(['FRA', ...many.slice(0, MAX_COUNTRIES - 1)]);
    const full = state().view;
    state().toggleCountry('USA');
    expect(state().view).toBe(full);
  });

  it('picks a country: selects it and opens its profile; picking it again deselects it and closes its profile', () => {
    state().pickCountry('deu');
    expect(state().view.countries).toEqual(['DEU']);
    expect(state().view.profile).toBe('DEU');
    state().pickCountry('FRA');
    expect(state().view.profile).toBe('FRA');
    state().pickCountry('DEU');
    expect(state().view.countries).toEqual(['FRA']);
    expect(state().view.profile).toBe('FRA');
    state().pickCountry('FRA');
    expect(state().view).toEqual(DEFAULT_VIEW);
    state().pickCountry('D-U');
    expect(state().view).toEqual(DEFAULT_VIEW);
  });

  it('opens and closes a profile, which the indicator changing keeps', () => {
    state().openProfile('deu');
    expect(state().view.profile).toBe('DEU');
    state().setIndicator('refugees');
    expect(state().view.profile).toBe('DEU');
    state().openProfile('junk');
    expect(state().view.profile).toBe('DEU');
    state().closeProfile();
    expect(state().view.profile).toBeNull();
  });

  it('merges map options and the comparison pair', () => {
    state().setMapOptions({ log: true, tolerance: 99.6 });
    state().setMapOptions({ region: 'europe', od: { role: 'destination', focus: 'syr' } });
    expect(state().view.map).toEqual({
      ...DEFAULT_VIEW.map,
      log: true,
      tolerance: MAX_TOLERANCE,
      region: 'europe',
      od: { role: 'destination', focus: 'SYR' },
    });
    state().setMapOptions({ tolerance: -3, od: null });
    expect(state().view.map).toMatchObject({ tolerance: 0, od: null, log: true });
    state().setCompare({ b: 'census' });
    state().setCompare({ a: 'un-desa' });
    state().setCompare({ b: null });
    expect(state().view.compare).toEqual({ a: 'un-desa', b: null });
  });

  it('records how each change should enter the history', () => {
    state().setPeriod('2020', { history: 'replace' });
    expect(state().historyMode).toBe('replace');
    state().setPanel('table');
    expect(state().historyMode).toBe('push');
    state().setMapOptions({ tolerance: 1 }, { history: 'replace' });
    expect(state().historyMode).toBe('replace');
  });

  it('replaceView copies its argument and sanitises an invalid view', () => {
    const given = view({ countries: ['DEU'] });
    state().replaceView(given);
    given.countries.push('FRA');
    expect(state().view.countries).toEqual(['DEU']);
    state().replaceView(view({ countries: ['DEU', 'DEU', 'xx'], period: '1066' }, { tolerance: 50 }));
    expect(state().view).toEqual(view({ countries: ['DEU'] }));
  });

  it('manages notices: set, add without repeats, dismiss', () => {
    const a = { key: 'x', value: '1', reason: 'unknown-parameter' } as const;
    const b = { key: 'year', value: '3000', reason: 'invalid-value' } as const;
    state().setNotices([a]);
    state().addNotices([a, b, b]);
    expect(state().notices).toEqual([a, b]);
    const before = state().notices;
    state().addNotices([b]);
    expect(state().notices).toBe(before);
    state().dismissNotices();
    expect(state().notices).toEqual([]);
  });

  it('merges time-series options, ignoring invalid ones and swapping a reversed window', () => {
    state().setSeriesOptions({ scale: 'log', measure: 'index', base: '2015' });
    state().setSeriesOptions({ from: '2024', to: '2000', lines: 'bogus' as never, measure: 'x' as never });
    expect(state().view.series).toEqual({ lines: 'auto', scale: 'log', measure: 'index', base: '2015', from: '2000', to: '2024', aggregates: [] });
    state().setSeriesOptions({ base: null, from: '1066', to: null }, { history: 'replace' });
    expect(state().view.series).toEqual({ lines: 'auto', scale: 'log', measure: 'index', base: null, from: '2000', to: null, aggregates: [] });
    expect(state().historyMode).toBe('replace');
    const before = state().view;
    state().setSeriesOptions({ scale: 'log' });
    expect(state().view).toBe(before);
    expect(isValidView(state().view)).toBe(true);
  });

  it('merges comparison options, ignoring invalid ones, clamping the tolerance and clearing with null', () => {
    state().setCompareOptions({ tolerance: 3.6, breakdown: 'age', country: 'eth', nowcast: true });
    expect(state().view.compareOptions).toEqual({ tolerance: 4, breakdown: 'age', country: 'ETH', nowcast: true, sort: 'gap-desc' });
    state().setCompareOptions({ tolerance: 99, breakdown: 'Not a slug', country: 'XX', nowcast: 'yes' as never, sort: 'bogus-up' as never });
    expect(state().view.compareOptions).toEqual({ tolerance: 10, breakdown: 'age', country: 'ETH', nowcast: true, sort: 'gap-desc' });
    state().setCompareOptions({ tolerance: -1, breakdown: null, country: null, sort: 'ratio-asc' });
    expect(state().view.compareOptions).toEqual({ tolerance: 0, breakdown: null, country: null, nowcast: true, sort: 'ratio-asc' });
    const before = state().view;
    state().setCompareOptions({ nowcast: true });
    expect(state().view).toBe(before);
    expect(isValidView(state().view)).toBe(true);
  });

  describe('with a catalog', () => {
    it('reconciles the view when the catalog arrives, replacing the history entry, and reports it', () => {
      state().replaceView(view({ indicator: 'nope', countries: ['DEU', 'XXX'] }));
      state().setCatalog(catalog);
      expect(state().view).toEqual(view({ countries: ['DEU'] }));
      expect(state().historyMode).toBe('replace');
      expect(state().notices).toEqual([
        { key: 'indicator', value: 'nope', reason: 'not-in-catalog' },
        { key: 'countries', value: 'XXX', reason: 'not-in-catalog' },
      ]);
    });

    it('keeps later views reconciled: replaceView reports, actions fix silently', () => {
      state().setCatalog(catalog);
      state().replaceView(view({ source: 'nope' }));
      expect(state().view.source).toBeNull();
      expect(state().notices).toEqual([{ key: 'source', value: 'nope', reason: 'not-in-catalog' }]);
      state().dismissNotices();
      state().setSource('census');
      state().setSlice('sex-female'); // census has no sex breakdown
      state().toggleCountry('XXX');
      expect(state().view).toEqual(view({ source: 'census' }));
      expect(state().notices).toEqual([]);
    });

    it('keeps every view valid through any sequence of actions', () => {
      state().setCatalog(catalog);
      const s = state();
      s.setIndicator('net-migration');
      s.setCompare({ a: 'un-desa', b: 'census' });
      s.setMapOptions({ od: { role: 'origin', focus: 'SYR' } });
      expect(state().view.compare).toEqual({ a: 'un-desa', b: null });
      expect(state().view.map.od).toBeNull();
      expect(isValidView(state().view)).toBe(true);
    });
  });

  it('exposes the transitions as pure functions', () => {
    const v = view({});
    const next = transitions.toggleCountry(v, 'DEU');
    expect(v.countries).toEqual([]);
    expect(next.countries).toEqual(['DEU']);
    expect(transitions.setPanel(v, 'bad' as never)).toBe(v);
  });

  it('opens the About page at a source, and forgets the source on leaving the page', () => {
    const about = transitions.openAbout(view({}), 'unhcr');
    expect(about).toMatchObject({ panel: 'about', about: 'unhcr' });
    expect(transitions.setPanel(about, 'about').about).toBe('unhcr');
    expect(transitions.setPanel(about, 'map')).toMatchObject({ panel: 'map', about: null });
    expect(transitions.openAbout(about, 'Not a slug')).toBe(about);
  });
});
