/**
 * Origin–destination mode with a breakdown: the map loads the breakdown's bilateral file and names
 * the breakdown, or, where the source has no bilateral file for it, says so and offers the total.
 */
import { act, configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCatalog, fixtureFiles } from '../../../mocks/fixtures/dataset';
import { recordRequests, renderAppAt, serveOverFixture } from '../../app/renderAppAt.test-utils';
import { bilateralPath, seriesPath } from '../../contract/paths';
import type { Catalog, Series } from '../../contract/schema';
import { resetViewStore } from '../../state/store';
import { FakeMap } from './maplibreMock.test-utils';
import { mapReady } from './mapReady.test-utils';
import { LAYER } from './mapStyle';

configure({ asyncUtilTimeout: 5000 });
vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule);
vi.mock('./webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => true }));

/** The fixture, with census's bilateral files by sex for women only. */
const catalog: Catalog = {
  ...fixtureCatalog,
  indicators: fixtureCatalog.indicators.map((indicator) =>
    indicator.id === 'migrant-stock'
      ? { ...indicator, sources: indicator.sources.map((ref) => (ref.id === 'census' ? { ...ref, bilateralBreakdowns: ['sex-female'] } : ref)) }
      : indicator,
  ),
};
const inGermany = fixtureFiles(bilateralPath('migrant-stock', 'census', 'destination', 'DEU')) as Series;
const women: Series = { ...inGermany, slice: 'sex-female', columns: { geo: ['FRA', 'IND'], period: ['2020', '2020'], value: [95_000, 70_000] } };
const byCountry = fixtureFiles(seriesPath('migrant-stock', 'census', 'sex-female')) as Series;
const men: Series = { ...byCountry, slice: 'sex-male', columns: { geo: ['DEU', 'FRA'], period: ['2020', '2020'], value: [7_900_000, 4_100_000] } };
const files = new Map<string, unknown>([
  ['catalog.json', catalog],
  [bilateralPath('migrant-stock', 'census', 'destination', 'DEU', 'sex-female'), women],
  [seriesPath('migrant-stock', 'census', 'sex-male'), men],
]);

const requests = recordRequests();

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  serveOverFixture(files);
});

describe('origin–destination mode with a breakdown', () => {
  it('shows the breakdown’s bilateral figures, naming the breakdown in the title, the summary and the tooltip', async () => {
    renderAppAt('?year=2020&od=destination~DEU&slice=sex-female');
    const map = await mapReady();
    expect(requests).toContain('/data/bilateral/migrant-stock/census/sex-female/destination/DEU.json');
    expect(requests).not.toContain('/data/bilateral/migrant-stock/census/destination/DEU.json');
    expect(screen.getByRole('heading', { name: 'Migrants in Germany by country of origin (Sex: Female), 2020' })).toBeInTheDocument();
    expect(document.querySelector('.view-summary')).toHaveTextContent(
      'Migrants in Germany by country of origin (Sex: Female), 2020: highest in France (95,000 persons), lowest in India (70,000 persons)',
    );
    act(() => map.fireOn('mousemove', LAYER.noData, 'FRA'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Migrants from here living in Germany (Sex: Female)');
    expect(screen.getByRole('tooltip')).toHaveTextContent('95,000 persons');
    expect(screen.getByRole('combobox', { name: 'Breakdown' })).toHaveValue('sex-female');
  });

  it('says plainly that the source has no bilateral file for the breakdown, only the total’s, and shows the total when asked', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020&od=destination~DEU&slice=sex-male');
    expect(
      await screen.findByText('Census & registers (demo) has origin–destination figures for the total only, not for the breakdown Sex: Male.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Migrants in Germany by country of origin (Sex: Male), 2020' })).toBeInTheDocument();
    expect(requests.filter((path) => path.includes('/sex-male/'))).toEqual([]);
    expect(document.querySelector('.view-summary')).toBeNull(); // no figures under the breakdown's name
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the total' }));
    await waitFor(() => expect(window.location.search).not.toContain('slice='));
    expect(window.location.search).toContain('od=destination~DEU');
    expect(await screen.findByRole('heading', { name: 'Migrants in Germany by country of origin, 2020' })).toBeInTheDocument();
    await mapReady();
    expect(document.querySelector('.view-summary')).toHaveTextContent(
      'Migrants in Germany by country of origin, 2020: highest in France (190,000 persons)',
    );
    expect(screen.queryByText(/not for the breakdown/)).not.toBeInTheDocument();
  });

  it('says the source has no figures for the country when it has no bilateral file at all for it, and offers the way back to the breakdown by country', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020&od=origin~ETH&slice=sex-male');
    expect(await screen.findByText('Census & registers (demo) has no origin–destination figures for Ethiopia.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show the total' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to totals by country' }));
    await waitFor(() => expect(window.location.search).not.toContain('od='));
    expect(window.location.search).toContain('slice=sex-male');
    expect(await screen.findByRole('heading', { name: 'International migrant stock (Sex: Male), 2020' })).toBeInTheDocument();
  });
});
