import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../mocks/fixtures/dataset';
import type { Catalog } from '../contract/schema';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { bilateralChoice, bilateralRefOf } from './bilateralChoice';
import { resolveView } from './resolveView';

/** The fixture with census's bilateral files by sex: women's only. */
function catalogWith(refs: Catalog['indicators'][number]['sources']): Catalog {
  const [stock, ...others] = fixtureCatalog.indicators;
  return { ...fixtureCatalog, indicators: [{ ...stock!, sources: refs }, ...others] };
}
const withWomen = catalogWith([{ id: 'census', breakdowns: ['sex-female', 'sex-male'], bilateralBreakdowns: ['sex-female'] }]);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, indicator: 'migrant-stock', ...patch });
const resolved = (catalog: Catalog, slice: string) => resolveView(catalog, view({ slice }))!;
const usa = { role: 'destination', focus: 'USA' } as const;

describe('the bilateral file of a view in origin–destination mode', () => {
  it('is the breakdown’s when the source has bilateral files for it, and the total’s for the total', () => {
    expect(bilateralChoice(resolved(withWomen, 'sex-female'), usa)).toEqual({
      ref: { indicator: 'migrant-stock', source: 'census', role: 'destination', geo: 'USA', slice: 'sex-female' },
      missingSlice: null,
      total: null,
    });
    expect(bilateralChoice(resolved(withWomen, 'total'), { role: 'origin', focus: 'MEX' }).ref).toMatchObject({
      role: 'origin',
      geo: 'MEX',
      slice: 'total',
    });
  });

  it('is none, naming the breakdown and the total’s file to offer, when the source has no bilateral files for the breakdown: never the total under the breakdown’s name', () => {
    expect(bilateralChoice(resolved(withWomen, 'sex-male'), usa)).toEqual({
      ref: null,
      missingSlice: 'sex-male',
      total: { indicator: 'migrant-stock', source: 'census', role: 'destination', geo: 'USA', slice: 'total' },
    });
    expect(bilateralChoice(resolved(fixtureCatalog, 'sex-female'), usa)).toMatchObject({ ref: null, missingSlice: 'sex-female' });
    expect(bilateralRefOf(resolved(fixtureCatalog, 'sex-female'), usa)).toBeNull();
  });

  it('loads nothing outside origin–destination mode', () => {
    expect(bilateralRefOf(resolved(withWomen, 'sex-female'), null)).toBeNull();
    expect(bilateralRefOf(null, usa)).toBeNull();
  });

  it('offers a source of figures between pairs only the breakdowns of its bilateral files', () => {
    const pairsOnly = catalogWith([{ id: 'census', breakdowns: [], total: false, bilateralBreakdowns: ['sex-male'] }]);
    expect(resolved(pairsOnly, 'sex-male')).toMatchObject({ slices: ['total', 'sex-male'], slice: 'sex-male', perCountry: false });
    expect(resolved(pairsOnly, 'sex-female').slice).toBe('total');
    expect(bilateralChoice(resolved(pairsOnly, 'sex-male'), usa).ref).toMatchObject({ slice: 'sex-male' });
  });
});
