import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/server';
import { resetViewStore, useViewStore } from '../state/store';
import { FakeMap } from '../features/map/maplibreMock.test-utils';
import { mapReady } from '../features/map/mapReady.test-utils';
import { testTopology } from '../features/map/topologyFixture.test-utils';
import { renderAppAt } from './renderAppAt.test-utils';

// The machine may be busy (other suites, a browser): give async assertions room.
configure({ asyncUtilTimeout: 5000 });

vi.mock('maplibre-gl', async () => (await import('../features/map/maplibreMock.test-utils')).maplibreModule);
vi.mock('../features/map/webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => true }));

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  server.use(http.get('*/geo/countries.topo.json', () => HttpResponse.json(testTopology)));
});

const card = (name: string) => screen.findByRole('dialog', { name: `Profile of ${name}` });

/** The fixture (mocks/fixtures/dataset.ts): census 2015 and 2020, the audience 2020 and 2021. */
async function expectGermanyProfile() {
  const dialog = await card('Germany');
  await waitFor(() => expect(dialog).toHaveFocus());
  const box = within(dialog);
  // The figure for the view's indicator and period, with its source.
  expect(await box.findByTestId('profile-figure')).toHaveTextContent('15,800,000 persons');
  expect(dialog).toHaveTextContent('International migrant stock, 2020');
  expect(dialog).toHaveTextContent('Source: Census & registers (demo)');
  // Ranked among the five peopled countries with a value in 2020 (USA first; the uninhabited territory never counted).
  expect(box.getByTestId('profile-rank')).toHaveTextContent('2nd of 5');
  // 12,000,000 in 2015 → 15,800,000 in 2020.
  expect(box.getByText('Since 2015 (earliest)').nextElementSibling).toHaveTextContent('+3,800,000 (+31.7%)');
  // Every source's latest figure, with its period, release date and kind.
  const sources = box.getByTestId('profile-sources');
  const census = within(sources).getByText('Census & registers (demo)').closest('tr') as HTMLElement;
  expect(census).toHaveTextContent('official');
  expect(census).toHaveTextContent('15,800,000 (2020)');
  expect(census).toHaveTextContent('Jan 15, 2025');
  const audience = await waitFor(() => {
    const row = within(sources).getByText('Social-media advertising audience (demo)').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('11,600,000 (2021)');
    return row;
  });
  expect(audience).toHaveTextContent('digital trace');
  expect(audience).toHaveTextContent('Oct 20, 2026');
  // The audience of 2021 against the census of 2020: 11.6 / 15.8 = 0.73, above Ethiopia's 0.38 only
  // (France 0.74, the United States 1.25; India has no audience).
  const agreement = box.getByText('Social-media advertising audience (demo)', { selector: 'li strong' }).closest('li') as HTMLElement;
  expect(agreement).toHaveTextContent('0.73 × the official figure (11,600,000, 2021, against 15,800,000, 2020).');
  expect(agreement).toHaveTextContent('Higher than 33.3% of the other countries with both figures (3).');
  return dialog;
}

describe('the country profile card', () => {
  it('opens from a row of the Table with the figures, takes the focus, and Esc closes it and gives the focus back', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    const row = await screen.findByRole('button', { name: 'Germany' });
    await user.click(row);
    await expectGermanyProfile();
    await waitFor(() => expect(window.location.search).toContain('profile=DEU'));
    // The one-sentence summary names the country.
    expect(document.querySelector('.view-summary')).toHaveTextContent('Germany: 15,800,000 persons, 2020.');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row).toHaveFocus();
    await waitFor(() => expect(window.location.search).not.toContain('profile='));
    expect(document.querySelector('.view-summary')).not.toHaveTextContent('Germany:');
  });

  it('opens from Enter in the map’s list of countries, and its close button closes it', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020');
    await mapReady();
    const search = screen.getByRole('combobox', { name: 'Find a country on the map' });
    await user.type(search, 'germ{ArrowDown}{Enter}');
    const dialog = await expectGermanyProfile();
    expect(useViewStore.getState().view.countries).toEqual(['DEU']);
    await user.click(within(dialog).getByRole('button', { name: 'Close the profile' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useViewStore.getState().view.profile).toBeNull();
  });

  it('opens from the Countries box, leaving the focus there so that the next country can be typed', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    const search = await screen.findByRole('combobox', { name: 'Countries' });
    await user.type(search, 'ger{ArrowDown}{Enter}');
    expect(await card('Germany')).toBeInTheDocument();
    expect(search).toHaveFocus();
    await user.type(search, 'fra{ArrowDown}{Enter}');
    expect(await card('France')).toBeInTheDocument();
    expect(useViewStore.getState().view.countries).toEqual(['DEU', 'FRA']);
    await waitFor(() => expect(window.location.search).toContain('profile=FRA'));
  });

  it('opens from a link, which reopens exactly the card; the indicator changing keeps it', async () => {
    renderAppAt('?panel=table&profile=deu');
    await expectGermanyProfile();
    expect(useViewStore.getState().view.profile).toBe('DEU');
    useViewStore.getState().setIndicator('net-migration');
    await waitFor(() => expect(window.location.search).toContain('indicator=net-migration'));
    expect(window.location.search).toContain('profile=DEU');
    const dialog = await card('Germany');
    // The model's figure for Germany, 2021; its only source is neither official nor a digital trace.
    expect(await within(dialog).findByTestId('profile-figure')).toHaveTextContent('329,000 persons');
    expect(dialog).toHaveTextContent('No digital trace gives this indicator.');
  });

  it('reports an unknown country in the link as ignored and opens no card', async () => {
    renderAppAt('?panel=table&profile=XYZ');
    expect(await screen.findByText(/XYZ/)).toBeInTheDocument();
    await waitFor(() => expect(useViewStore.getState().view.profile).toBeNull());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says a country without a value so, and ranks nothing', async () => {
    renderAppAt('?panel=table&year=2020&profile=CIV');
    const dialog = await card("Côte d'Ivoire");
    await waitFor(() => expect(dialog).toHaveTextContent("No value for Côte d'Ivoire in Census & registers (demo) up to 2020."));
    expect(within(dialog).queryByTestId('profile-rank')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('No figure to set against the official one for this country.');
  });
});
