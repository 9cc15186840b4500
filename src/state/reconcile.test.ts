import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../contract/schema';
import { catalogFixture as catalog } from './catalogFixture.test-utils';
import { reconcileView } from './reconcile';
import { parseView, serializeView } from './urlCodec';
import { cloneView, isValidView } from './viewParams';
import { DEFAULT_VIEW, type ViewState } from './viewState';

const view = (partial: Partial<ViewState>, map: Partial<ViewState['map']> = {}): ViewState => ({
  ...cloneView(DEFAULT_VIEW),
  ...partial,
  map: { ...DEFAULT_VIEW.map, ...map },
});

describe('reconcileView', () => {
  it('returns the very same view, with nothing ignored, when everything is in the catalog', () => {
    const ok = view(
      { source: 'census', slice: 'age-0-14', countries: ['DEU', 'SYR'], compare: { a: 'census', b: 'social-audience' } },
      { od: { role: 'origin', focus: 'SYR' } },
    );
    const result = reconcileView(ok, catalog);
    expect(result.view).toBe(ok);
    expect(result.ignored).toEqual([]);
  });

  it('keeps a profile of a country in the catalog and leaves out, reported, one that is not', () => {
    const known = view({ profile: 'SYR' });
    expect(reconcileView(known, catalog)).toEqual({ view: known, ignored: [] });
    const result = reconcileView(view({ profile: 'XYZ', countries: ['DEU'] }), catalog);
    expect(result.view.profile).toBeNull();
    expect(result.view.countries).toEqual(['DEU']);
    expect(result.ignored).toEqual([{ key: 'profile', value: 'XYZ', reason: 'not-in-catalog' }]);
  });

  it('falls back to the default indicator when the indicator is unknown', () => {
    const result = reconcileView(view({ indicator: 'no-such-thing' }), catalog);
    expect(result.view.indicator).toBe('migrant-stock');
    expect(result.ignored).toEqual([{ key: 'indicator', value: 'no-such-thing', reason: 'not-in-catalog' }]);
  });

  it("falls back to the catalog's first indicator when the default is not in it either", () => {
    const other: Catalog = { ...catalog, indicators: catalog.indicators.slice(1) };
    expect(reconcileView(view({ indicator: 'nope' }), other).view.indicator).toBe('net-migration');
    expect(reconcileView(view({}), other).view.indicator).toBe('net-migration');
  });

  it('leaves the view alone when the catalog has no indicators at all', () => {
    const empty = { ...catalog, indicators: [] } as Catalog;
    const v = view({ indicator: 'nope' });
    expect(reconcileView(v, empty)).toEqual({ view: v, ignored: [] });
  });

  it('drops a source that does not give the indicator', () => {
    const result = reconcileView(view({ indicator: 'net-migration', source: 'census' }), catalog);
    expect(result.view.source).toBeNull();
    expect(result.ignored).toEqual([{ key: 'source', value: 'census', reason: 'not-in-catalog' }]);
  });

  it("checks the slice against the chosen source's breakdowns (the default source when none is chosen)", () => {
    expect(reconcileView(view({ slice: 'sex-female' }), catalog).ignored).toEqual([]);
    const result = reconcileView(view({ source: 'census', slice: 'sex-female' }), catalog);
    expect(result.view.slice).toBe('total');
    expect(result.ignored).toEqual([{ key: 'slice', value: 'sex-female', reason: 'not-in-catalog' }]);
    // A dropped source falls back to the default one, whose breakdowns then count.
    const dropped = reconcileView(view({ indicator: 'migrant-stock', source: 'nope', slice: 'sex-male' }), catalog);
    expect(dropped.view).toEqual(view({ slice: 'sex-male' }));
  });

  it('drops unknown countries and keeps the order of the others', () => {
    const result = reconcileView(view({ countries: ['USA', 'XXX', 'DEU', 'ZZZ'] }), catalog);
    expect(result.view.countries).toEqual(['USA', 'DEU']);
    expect(result.ignored).toEqual([
      { key: 'countries', value: 'XXX', reason: 'not-in-catalog' },
      { key: 'countries', value: 'ZZZ', reason: 'not-in-catalog' },
    ]);
  });

  it('drops compare sources that do not give the indicator, side by side', () => {
    const result = reconcileView(view({ compare: { a: 'un-desa', b: 'nope' } }), catalog);
    expect(result.view.compare).toEqual({ a: 'un-desa', b: null });
    expect(result.ignored).toEqual([{ key: 'compare', value: 'nope', reason: 'not-in-catalog' }]);
  });

  it('keeps the About page at any source of the catalog, and drops one it does not have', () => {
    expect(reconcileView(view({ panel: 'about', about: 'un-desa' }), catalog).ignored).toEqual([]);
    const unknown = reconcileView(view({ panel: 'about', about: 'nope' }), catalog);
    expect(unknown.view).toEqual(view({ panel: 'about' }));
    expect(unknown.ignored).toEqual([{ key: 'about', value: 'nope', reason: 'not-in-catalog' }]);
  });

  it('drops origin–destination mode for a non-bilateral indicator or an unknown focus', () => {
    const notBilateral = reconcileView(view({ indicator: 'net-migration' }, { od: { role: 'origin', focus: 'SYR' } }), catalog);
    expect(notBilateral.view.map.od).toBeNull();
    expect(notBilateral.ignored).toEqual([{ key: 'od', value: 'origin~SYR', reason: 'not-in-catalog' }]);
    const unknownFocus = reconcileView(view({}, { od: { role: 'destination', focus: 'XXX' } }), catalog);
    expect(unknownFocus.view.map.od).toBeNull();
    expect(unknownFocus.ignored).toEqual([{ key: 'od', value: 'destination~XXX', reason: 'not-in-catalog' }]);
  });

  describe('a source with figures between pairs of countries only (no total)', () => {
    const withTies: Catalog = {
      ...catalog,
      sources: [...catalog.sources, { ...catalog.sources[0]!, id: 'sci', counts: 'ties' }],
      indicators: [
        ...catalog.indicators,
        { ...catalog.indicators[0]!, id: 'ties', unit: 'index', sources: [{ id: 'sci', breakdowns: [], total: false }] },
      ],
    };

    it('shows the figures of the first selected country, without reporting anything', () => {
      const result = reconcileView(view({ indicator: 'ties', countries: ['FRA', 'DEU'] }), withTies);
      expect(result.view.map.od).toEqual({ role: 'destination', focus: 'FRA' });
      expect(result.ignored).toEqual([]);
    });

    it('keeps the focus a link asks for, and waits for one when no country is selected', () => {
      const asked = view({ indicator: 'ties', countries: ['FRA'] }, { od: { role: 'destination', focus: 'SYR' } });
      expect(reconcileView(asked, withTies).view).toBe(asked);
      const none = view({ indicator: 'ties' });
      expect(reconcileView(none, withTies)).toEqual({ view: none, ignored: [] });
    });

    it('leaves a source with totals in its totals view', () => {
      expect(reconcileView(view({ countries: ['FRA'] }), withTies).view.map.od).toBeNull();
    });
  });

  it('validates everything against the fallback indicator when the indicator is unknown', () => {
    const result = reconcileView(view({ indicator: 'nope', source: 'census', slice: 'age-0-14', countries: ['FRA'] }, { log: true }), catalog);
    expect(result.view).toEqual(view({ source: 'census', slice: 'age-0-14', countries: ['FRA'] }, { log: true }));
    expect(result.ignored.map((i) => i.key)).toEqual(['indicator']);
  });

  it('does not change its input', () => {
    const input = view({ indicator: 'nope', countries: ['XXX'], compare: { a: 'x', b: null } }, { od: { role: 'origin', focus: 'XXX' } });
    const copy = structuredClone(input);
    reconcileView(input, catalog);
    expect(input).toEqual(copy);
  });

  it('is idempotent and keeps views valid (any parsed link)', () => {
    const words = ['migrant-stock', 'net-migration', 'census', 'un-desa', 'social-audience', 'nope', 'sex-female', 'age-0-14'];
    const searchArb = fc
      .record({
        indicator: fc.constantFrom(...words),
        source: fc.constantFrom(...words),
        slice: fc.constantFrom(...words),
        countries: fc.array(fc.constantFrom('DEU', 'FRA', 'SYR', 'USA', 'XXX', 'ZZZ'), { maxLength: 5 }).map((c) => c.join('~')),
        od: fc.tuple(fc.constantFrom('origin', 'destination'), fc.constantFrom('SYR', 'XXX')).map(([r, f]) => `${r}~${f}`),
        compare: fc.tuple(fc.constantFrom('', ...words), fc.constantFrom('', ...words)).map(([a, b]) => `${a}~${b}`),
      })
      .chain((params) => fc.subarray(Object.entries(params)))
      .map((entries) => `?${entries.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(searchArb, (search) => {
        const first = reconcileView(parseView(search).view, catalog);
        expect(isValidView(first.view)).toBe(true);
        const second = reconcileView(first.view, catalog);
        expect(second.view).toBe(first.view);
        expect(second.ignored).toEqual([]);
        for (const entry of first.ignored) expect(entry.reason).toBe('not-in-catalog');
        expect(parseView(serializeView(first.view)).view).toEqual(first.view);
      }),
      { numRuns: 300 },
    );
  });
});
