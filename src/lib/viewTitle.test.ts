import { describe, expect, it } from 'vitest';
import { resolveView } from '../data/resolveView';
import { translate } from '../i18n/translate';
import type { TFunction } from '../i18n/useT';
import { catalogFixture } from '../state/catalogFixture.test-utils';
import { DEFAULT_VIEW } from '../state/viewState';
import { viewTitle, titleUnderName } from './viewTitle';

const t: TFunction = (key, params) => translate('en', key, params);
const resolved = resolveView(catalogFixture, DEFAULT_VIEW)!;
const base = `${resolved.indicator.label} — ${resolved.source.name}, 2020`;

describe('the title of a view', () => {
  it('names the indicator, the source and the period', () => {
    expect(viewTitle(t, 'en', resolved, '2020')).toBe(base);
    expect(viewTitle(t, 'en', resolved, '2020', { panel: 'map', title: 'Map title, 2020' })).toBe(base);
  });

  it('of a time series is the chart’s, with its range of years', () => {
    const series = 'Stock (persons), one line per country, from Census, 2000–2024';
    expect(viewTitle(t, 'en', resolved, '2020', { panel: 'series', title: series })).toBe(series);
    // Before the chart has drawn: the view's own title.
    expect(viewTitle(t, 'en', resolved, '2020', { panel: 'series', title: null })).toBe(base);
  });

  it('of a comparison names the indicator, both sources and the period', () => {
    expect(viewTitle(t, 'en', resolved, '2020', { panel: 'compare', title: 'Audiences against Census, 2020' })).toBe(
      `${resolved.indicator.label}: Audiences against Census, 2020`,
    );
  });
});

describe('titleUnderName', () => {
  it('shows the view title under a name that does not say it, and not under one that does', () => {
    const view = 'International migrant stock — Census & registers (demo), 2020';
    expect(titleUnderName('Regional outlook', view)).toBe(view);
    expect(titleUnderName(`${view} · Compare`, view)).toBeNull();
    expect(titleUnderName(view, view)).toBeNull();
    expect(titleUnderName(null, view)).toBeNull();
  });
});
