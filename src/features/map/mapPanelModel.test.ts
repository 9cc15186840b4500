import { describe, expect, it } from 'vitest';
import { fixtureSeries } from '../../../mocks/fixtures/dataset';
import type { Series } from '../../contract/schema';
import { translate } from '../../i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { buildMapModel } from './mapModel';
import { countryRows, defaultFocus, mapOverlay, mapValueText, tooltipInfo, type OverlayInput, type TooltipContext } from './mapPanelModel';

const t: TFunction = (key, params) => translate('en', key, params);

// Germany in 2020 with bounds and a flag, France only in 2018, Ethiopia in 2020.
const series: Series = {
  ...(fixtureSeries[0] as Series),
  columns: {
    geo: ['DEU', 'FRA', 'ETH'],
    period: ['2020', '2018', '2020'],
    value: [15_000_000, 8_000_000, 1_200_000],
    lower: [14_000_000, null, null],
    upper: [16_000_000, null, null],
    flag: ['provisional', null, null],
  },
};
const ids = ['DEU', 'FRA', 'ETH', 'USA', 'ATA'];
const model = buildMapModel({ series, period: '2020', tolerance: 2, ids, mode: { kind: 'sequential' }, method: 'quantile', log: false });
const names = new Map([
  ['DEU', 'Germany'],
  ['FRA', 'France'],
  ['ETH', 'Ethiopia'],
  ['USA', 'United States'],
  ['ATA', 'Antarctica'],
]);
const context: TooltipContext = {
  names,
  fills: model.fills,
  period: '2020',
  focus: null,
  within: '2 years',
  context: null,
  sourceName: 'Census',
  selected: ['FRA'],
  uninhabited: new Set(['ATA']),
  valueText: (value) => mapValueText(value, 'persons', 'persons', false, 'en'),
};

describe('a value on the map', () => {
  it('carries its unit, except money and an index of ties', () => {
    expect(mapValueText(1_500, 'persons', 'persons', false, 'en')).toBe('1,500 persons');
    expect(mapValueText(1_500, 'persons', 'persons', true, 'en')).toBe('1,500');
    expect(mapValueText(1_500, 'usd', 'US dollars', false, 'en')).not.toContain('US dollars');
  });
});

describe('the tooltip', () => {
  it('gives the value, its range, its flag and the source', () => {
    expect(tooltipInfo('DEU', context, t, 'en')).toEqual({
      id: 'DEU',
      name: 'Germany',
      value: '15,000,000 persons',
      period: '2020',
      nearest: null,
      noData: null,
      context: null,
      source: 'Source: Census',
      flag: 'Note: provisional',
      range: 'Range: 14,000,000 persons – 16,000,000 persons',
      focus: null,
      selected: null,
    });
  });

  it('says when the value is from the nearest period, and that a country is selected', () => {
    expect(tooltipInfo('FRA', context, t, 'en')).toMatchObject({
      value: '8,000,000 persons',
      nearest: '≈ nearest value: 2018 (none for 2020)',
      selected: 'Selected',
    });
  });

  it('says how far it looked for a value, and that nobody lives in an uninhabited place', () => {
    expect(tooltipInfo('USA', context, t, 'en')?.noData).toBe('No data within 2 years of 2020');
    expect(tooltipInfo('USA', { ...context, within: null }, t, 'en')?.noData).toBe('No data');
    expect(tooltipInfo('ATA', context, t, 'en')?.noData).toBe('No permanent population');
    expect(tooltipInfo('XXX', context, t, 'en')).toBeNull();
  });

  it('in origin–destination mode names the focus country, and gives every other country the context line', () => {
    const od = { ...context, focus: 'USA', context: 'Migrants from here living in United States' };
    expect(tooltipInfo('USA', od, t, 'en')).toMatchObject({ focus: 'Focus country', noData: null, context: null });
    expect(tooltipInfo('DEU', od, t, 'en')).toMatchObject({ focus: null, context: 'Migrants from here living in United States' });
  });
});

describe('the list of countries', () => {
  it('shows each value as on the map, marks nearest values and the selection, and names the focus', () => {
    const rows = countryRows(
      [...names].map(([id, name]) => ({ id, name })),
      { ...context, focus: 'ETH' },
      t,
    );
    expect(rows.map((r) => [r.id, r.valueText, r.nearest, r.selected])).toEqual([
      ['DEU', '15,000,000 persons', false, false],
      ['FRA', '8,000,000 persons', true, true],
      ['ETH', 'Focus country', false, false],
      ['USA', 'No data', false, false],
      ['ATA', 'No data', false, false],
    ]);
  });
});

describe('the focus offered first', () => {
  it('is the first selected country the catalog knows, else the one with the largest value, else none', () => {
    expect(defaultFocus(['ZZZ', 'ETH', 'FRA'], names, model.fills)).toBe('ETH');
    expect(defaultFocus(['ZZZ'], names, model.fills)).toBe('DEU');
    expect(defaultFocus([], names, undefined)).toBeNull();
  });
});

describe('what stands over the map', () => {
  const ready: OverlayInput = {
    mapShown: true,
    boundaries: { pending: false, failed: false },
    perCountry: true,
    originDestination: false,
    loading: false,
    odMissing: false,
    missingSlice: false,
    failed: false,
    empty: false,
  };

  it('is nothing once the map has figures', () => {
    expect(mapOverlay(ready)).toBeNull();
    expect(mapOverlay({ ...ready, empty: true })).toBe('empty');
    expect(mapOverlay({ ...ready, failed: true, empty: true })).toBe('failed');
  });

  it('puts the boundaries first while the map is drawn, and waits for them', () => {
    expect(mapOverlay({ ...ready, boundaries: { pending: false, failed: true }, loading: true })).toBe('boundariesFailed');
    expect(mapOverlay({ ...ready, mapShown: false, boundaries: { pending: false, failed: true } })).toBeNull();
    expect(mapOverlay({ ...ready, boundaries: { pending: true, failed: false } })).toBe('loading');
    expect(mapOverlay({ ...ready, mapShown: false, boundaries: { pending: true, failed: false } })).toBeNull();
  });

  it('asks for a focus country for figures only between countries, and says what is missing in origin–destination mode', () => {
    expect(mapOverlay({ ...ready, perCountry: false })).toBe('pickFocus');
    const od = { ...ready, originDestination: true };
    expect(mapOverlay({ ...od, loading: true })).toBe('loading');
    expect(mapOverlay({ ...od, odMissing: true, failed: true })).toBe('odMissing');
    expect(mapOverlay({ ...od, perCountry: false, odMissing: true })).toBe('focusMissing');
    expect(mapOverlay({ ...od, missingSlice: true })).toBe('odNoSlice');
  });
});
