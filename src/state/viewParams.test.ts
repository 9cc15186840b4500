import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './urlCodec';
import { URL_KEYS, VIEW_PARAMS, cloneView, isValidView, viewsEqual, withParam } from './viewParams';
import { DEFAULT_VIEW } from './viewState';

/** Texts no parameter accepts (already in query form). */
const JUNK = ['%ZZ', 'Not%20valid!', '__proto__', '-1', '~~~', 'a'.repeat(201)];

describe('the table of view parameters', () => {
  it('has one entry per URL key, in URL order', () => {
    expect(new Set(URL_KEYS).size).toBe(VIEW_PARAMS.length);
    expect(URL_KEYS).toEqual(VIEW_PARAMS.map((p) => p.key));
  });

  describe.each(VIEW_PARAMS.map((p) => [p.key, p] as const))('%s', (key, p) => {
    it('round-trips its example: URL → value → URL → value', () => {
      const { view, ignored } = parseView(`?${key}=${p.example}`);
      expect(ignored).toEqual([]);
      expect(isValidView(view)).toBe(true);
      // Only this parameter differs from the default view.
      expect(viewsEqual(view, DEFAULT_VIEW)).toBe(false);
      expect(VIEW_PARAMS.filter((other) => !other.equal(view, DEFAULT_VIEW)).map((other) => other.key)).toEqual([key]);
      expect(p.write(view)).toBe(p.example);
      expect(serializeView(view)).toBe(`?${key}=${p.example}`);
      expect(parseView(serializeView(view)).view).toEqual(view);
    });

    it('writes nothing for its default', () => {
      expect(p.write(DEFAULT_VIEW)).toBeNull();
    });

    it('is set by the store to the value its URL text reads as', () => {
      const linked = parseView(`?${key}=${p.example}`).view;
      const set = withParam(DEFAULT_VIEW, key, p.value(cloneView(linked)));
      expect(p.equal(set, linked)).toBe(true);
      expect(isValidView(set)).toBe(true);
    });

    it.each(JUNK)('reports %s as ignored, without throwing, and keeps the default', (junk) => {
      const { view, ignored } = parseView(`?${key}=${junk}`);
      expect(view).toEqual(DEFAULT_VIEW);
      expect(ignored.length).toBeGreaterThan(0);
      for (const entry of ignored) {
        expect(entry.key).toBe(key);
        expect(['invalid-value', 'too-long']).toContain(entry.reason);
      }
    });

    it('ignores an invalid setter argument (the very same view)', () => {
      const view = cloneView(DEFAULT_VIEW);
      const next = withParam(view, key, { not: 'a value' });
      // The comparison pair merges the sides it is given: an object without sides keeps both; a list reads it as empty.
      if (key === 'compare' || key === 'countries' || key === 'agg') expect(viewsEqual(next, view)).toBe(true);
      else expect(next).toBe(view);
    });
  });

  it('resets only parameters that exist, to their defaults', () => {
    const full = parseView(`?${VIEW_PARAMS.map((p) => `${p.key}=${p.example}`).join('&')}`).view;
    const changed = withParam(full, 'indicator', 'net-migration');
    expect(changed).toMatchObject({ indicator: 'net-migration', source: null, period: null, slice: 'total', compare: { a: null, b: null } });
    expect(changed.map.od).toBeNull();
    expect(changed.countries).toEqual(full.countries);
    expect(withParam(full, 'indicator', full.indicator)).toEqual(full);
    const leaving = withParam({ ...full, panel: 'about' }, 'panel', 'map');
    expect(leaving).toMatchObject({ panel: 'map', about: null });
  });

  it('clones views deeply and compares them structurally', () => {
    const full = parseView(`?${VIEW_PARAMS.map((p) => `${p.key}=${p.example}`).join('&')}`).view;
    const copy = cloneView(full);
    expect(copy).toEqual(full);
    expect(viewsEqual(copy, full)).toBe(true);
    expect(copy.countries).not.toBe(full.countries);
    expect(copy.map).not.toBe(full.map);
    expect(copy.map.od).not.toBe(full.map.od);
    expect(copy.compare).not.toBe(full.compare);
    expect(copy.series).not.toBe(full.series);
    expect(copy.compareOptions).not.toBe(full.compareOptions);
    expect(viewsEqual(copy, { ...copy, countries: [...copy.countries].reverse() })).toBe(false);
  });
});
