import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureHandlers, server } from '../../../mocks/server';
import { resetViewStore, useViewStore } from '../../state/store';
import { FakeMap } from './maplibreMock.test-utils';
import { mapReady } from './mapReady.test-utils';
import { COLORS, COUNTRIES_SOURCE, FILLS_SOURCE, LAYER } from './mapStyle';
import { REGION_BOUNDS } from './regions';
import { testTopology } from './topologyFixture.test-utils';
import { recordRequests, renderAppAt } from '../../app/renderAppAt.test-utils';

// The machine may be busy (other suites, a browser): give async assertions room.
configure({ asyncUtilTimeout: 5000 });

vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule);
const webgl = vi.hoisted(() => ({ available: true }));
vi.mock('./webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => webgl.available }));

const boundaries = (status = 200) =>
  http.get('*/geo/countries.topo.json', () => (status === 200 ? HttpResponse.json(testTopology) : new HttpResponse('boom', { status })));

const requests = recordRequests();

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  webgl.available = true;
  server.use(boundaries());
});

const legend = () => screen.getByRole('region', { name: /^Legend/ });
const fillOf = (map: FakeMap, id: string) => map.getFeatureState({ source: FILLS_SOURCE, id });

describe('the map panel', () => {
  it('shows a legend with the classes, the count of countries in each, "No data" and the unit', async () => {
    renderAppAt('?year=2020');
    await mapReady();
    const box = legend();
    expect(box).toHaveAccessibleName('Legend: persons');
    expect(box).toHaveTextContent('Classes: Quantiles');
    const items = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Five values (DEU, FRA, ETH, USA, IND) in five quantile classes; Côte d'Ivoire has no value.
    expect(items.slice(0, 5)).toEqual([
      '1.1M – 4.9M1 country',
      '4.9M – 8.5M1 country',
      '8.5M – 15.8M1 country',
      '15.8M – 50.6M1 country',
      '50.6M1 country',
    ]);
    expect(items).toContain('No data1 country');
    expect(screen.getByRole('heading', { name: 'International migrant stock, 2020' })).toBeInTheDocument();
  });

  it('draws a territory with no permanent population plain, says so, and never counts it as "No data"', async () => {
    renderAppAt('?year=2020');
    const map = await mapReady();
    expect(fillOf(map, 'ATF')).toMatchObject({ has: true, color: COLORS.uninhabited });
    expect(
      within(legend())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('No data1 country');
    act(() => map.fireOn('mousemove', LAYER.noData, 'ATF', { x: 40, y: 30 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('No permanent population');
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('No data');
    expect(screen.getByText(/of 6 countries/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    expect(await screen.findByRole('rowheader', { name: "Côte d'Ivoire" })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'French Southern Territories' })).not.toBeInTheDocument();
  });

  it('colours countries through feature-state and marks the one without a value as no data', async () => {
    renderAppAt('?year=2020');
    const map = await mapReady();
    // The fills on a source of their own (a colour change updates no outline layer), the outlines on the other.
    expect([...map.sources.keys()]).toEqual([FILLS_SOURCE, COUNTRIES_SOURCE]);
    for (const source of [FILLS_SOURCE, COUNTRIES_SOURCE]) expect((map.sources.get(source) as { promoteId: string }).promoteId).toBe('iso');
    expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'USA' })).not.toHaveProperty('color');
    expect(map.images.size).toBe(1);
    expect(fillOf(map, 'USA')).toMatchObject({ has: true, color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    expect(fillOf(map, 'ETH').color).not.toBe(fillOf(map, 'USA').color);
    expect(fillOf(map, 'CIV')).toEqual({ has: false });
  });

  it('recolours for another period with feature-state only: the sources are not rebuilt', async () => {
    renderAppAt('?source=social-audience&year=2020');
    const map = await mapReady();
    expect(fillOf(map, 'ETH')).toEqual({ has: false });
    act(() => useViewStore.getState().setPeriod('2021', { history: 'replace' }));
    await waitFor(() => expect(document.querySelector<HTMLElement>('.map-canvas')?.dataset.idleKey).toContain('|2021|'));
    // Ethiopia has a value in 2021 only.
    expect(fillOf(map, 'ETH')).toMatchObject({ has: true, color: expect.stringMatching(/^#/) });
    expect(map.sources.size).toBe(2);
    expect(map.layers.length).toBeGreaterThan(0);
    expect(FakeMap.instances).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'International migrant stock, 2021' })).toBeInTheDocument();
  });

  it('the keyboard list focuses a country and shows its tooltip; Enter selects it (store and URL)', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020');
    const map = await mapReady();
    const search = await screen.findByRole('combobox', { name: 'Find a country on the map' });
    await user.type(search, 'germ');
    expect(screen.getAllByRole('option', { name: /Germany/ })).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    const option = screen.getByRole('option', { name: /Germany/ });
    expect(search).toHaveAttribute('aria-activedescendant', option.id);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Germany');
    expect(tooltip).toHaveTextContent('15,800,000 persons');
    expect(tooltip).toHaveTextContent('2020');
    expect(tooltip).toHaveTextContent('Source: Census & registers (demo)');
    expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'DEU' })).toMatchObject({ active: true });

    await user.keyboard('{Enter}');
    expect(useViewStore.getState().view.countries).toEqual(['DEU']);
    await waitFor(() => expect(window.location.search).toContain('countries=DEU'));
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'DEU' })).toMatchObject({ selected: true });
    // Selecting opens the country's profile, which takes the focus; Esc gives it back to the list.
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Profile of Germany' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Selected');
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().view.countries).toEqual([]);
  });

  it('the list of places is in name order as the view’s language sorts names (accents where they belong in French)', async () => {
    renderAppAt('?year=2020&lang=fr');
    await mapReady();
    const list = await screen.findByRole('listbox');
    await within(list).findByRole('option', { name: /Allemagne/ }); // the French names are here
    const names = within(list)
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    const at = (name: string) => names.findIndex((n) => n.startsWith(name));
    const order = ['Allemagne', 'Côte', 'États-Unis', 'Éthiopie', 'France', 'Inde'].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('the tooltip gives flags, bounds and "No data"', async () => {
    const user = userEvent.setup();
    renderAppAt('?source=social-audience&year=2021');
    await mapReady();
    const search = await screen.findByRole('combobox', { name: 'Find a country on the map' });
    await user.type(search, 'ethiopia{ArrowDown}');
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('410,000 persons');
    expect(tooltip).toHaveTextContent('Range: 330,000 persons – 510,000 persons');
    expect(tooltip).toHaveTextContent('Note: estimate');
    await user.clear(search);
    await user.type(search, 'india{ArrowDown}');
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('India'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('No data');
  });

  it('a click on a country selects it, shared through the store and the URL, and a second click deselects it', async () => {
    renderAppAt('?year=2020');
    const map = await mapReady();
    act(() => map.fireOn('click', LAYER.noData, 'FRA'));
    expect(useViewStore.getState().view.countries).toEqual(['FRA']);
    await waitFor(() => expect(window.location.search).toContain('countries=FRA'));
    await waitFor(() => expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'FRA' })).toMatchObject({ selected: true }));
    expect(screen.getByRole('button', { name: 'Remove France' })).toBeInTheDocument();
    // A shape that is not a country of the data is not selectable.
    act(() => map.fireOn('click', LAYER.noData, '~0'));
    expect(useViewStore.getState().view.countries).toEqual(['FRA']);
    act(() => map.fireOn('click', LAYER.noData, 'FRA'));
    expect(useViewStore.getState().view.countries).toEqual([]);
    await waitFor(() => expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'FRA' })).toMatchObject({ selected: false }));
  });

  it('hovering shows the tooltip at the pointer; leaving hides it', async () => {
    renderAppAt('?year=2020');
    const map = await mapReady();
    act(() => map.fireOn('mousemove', LAYER.noData, 'IND', { x: 40, y: 30 }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('India');
    expect(tooltip).toHaveTextContent('4,900,000 persons');
    expect(tooltip.style.left).toBe('40px');
    expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'IND' })).toMatchObject({ hover: true });
    act(() => map.fireOn('mouseleave', LAYER.noData, null));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('origin–destination mode loads the bilateral file and highlights the focus country', async () => {
    renderAppAt('?year=2020&od=destination~DEU');
    const map = await mapReady();
    expect(requests).toContain('/data/bilateral/migrant-stock/census/destination/DEU.json');
    expect(screen.getByRole('heading', { name: 'Migrants in Germany by country of origin, 2020' })).toBeInTheDocument();
    expect(fillOf(map, 'DEU')).toMatchObject({ focus: true });
    expect(map.getFeatureState({ source: COUNTRIES_SOURCE, id: 'DEU' })).toMatchObject({ focus: true });
    expect(fillOf(map, 'FRA')).toMatchObject({ has: true });
    expect(fillOf(map, 'ETH')).toMatchObject({ has: false });
    expect(legend()).toHaveTextContent('Focus country: Germany');
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('destination');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('DEU');
    act(() => map.fireOn('mousemove', LAYER.noData, 'FRA'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Migrants from here living in Germany');
    expect(screen.getByRole('tooltip')).toHaveTextContent('190,000 persons');
  });

  it('enters and leaves origin–destination mode from its controls, kept in the URL', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020&countries=DEU');
    await mapReady();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'destination');
    await waitFor(() => expect(window.location.search).toContain('od=destination~DEU'));
    expect(await screen.findByRole('heading', { name: 'Migrants in Germany by country of origin, 2020' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'totals');
    await waitFor(() => expect(window.location.search).not.toContain('od='));
  });

  it('says so when the source has no origin–destination file for the focus country, and offers a way back', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020&od=origin~ETH');
    expect(await screen.findByText('Census & registers (demo) has no origin–destination figures for Ethiopia.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to totals by country' }));
    await waitFor(() => expect(window.location.search).not.toContain('od='));
    await mapReady();
  });

  it('time tolerance: the nearest period within ±N is shown and marked in the legend and the tooltip', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2019&tol=1');
    await mapReady();
    expect(legend()).toHaveTextContent('≈ 5 countries show the nearest period within ±1 yr');
    await user.type(await screen.findByRole('combobox', { name: 'Find a country on the map' }), 'france{ArrowDown}');
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('8,500,000 persons');
    expect(tooltip).toHaveTextContent('≈ nearest value: 2020 (none for 2019)');
    expect(screen.getByRole('option', { name: /France/ })).toHaveTextContent('≈');
  });

  it('classification, log scale, tolerance and region are map options kept in the URL', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020');
    const map = await mapReady();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Classes' }), 'ckmeans');
    await user.click(screen.getByRole('checkbox', { name: 'Log scale' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Missing period' }), '2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zoom to' }), 'europe');
    await waitFor(() => expect(window.location.search).toContain('class=ckmeans&log=1&tol=2&region=europe'));
    expect(legend()).toHaveTextContent('Classes: Natural breaks (ckmeans) · log scale');
    await waitFor(() => expect(map.fits.at(-1)?.bounds).toEqual([REGION_BOUNDS.europe.slice(0, 2), REGION_BOUNDS.europe.slice(2)]));
  });

  it('continuous classification gets a gradient legend with the range and the count of countries', async () => {
    renderAppAt('?year=2020&class=continuous');
    await mapReady();
    expect(legend()).toHaveTextContent('1.1M');
    expect(legend()).toHaveTextContent('50.6M');
    expect(legend()).toHaveTextContent('5 countries with a value');
    expect(document.querySelector<HTMLElement>('.map-legend__bar')?.style.background).toContain('linear-gradient');
  });

  it('a signed indicator (net migration) gets a diverging scale around 0', async () => {
    renderAppAt('?indicator=net-migration&year=2021');
    const map = await mapReady();
    expect(legend()).toHaveTextContent('Below 0: red; above: blue');
    const red = fillOf(map, 'IND').color as string;
    const blue = fillOf(map, 'DEU').color as string;
    expect(parseInt(red.slice(1, 3), 16)).toBeGreaterThan(parseInt(red.slice(5, 7), 16));
    expect(parseInt(blue.slice(5, 7), 16)).toBeGreaterThan(parseInt(blue.slice(1, 3), 16));
  });

  it('zooms to the selection', async () => {
    renderAppAt('?year=2020&countries=DEU~ETH');
    const map = await mapReady();
    act(() => useViewStore.getState().setMapOptions({ region: 'selection' }));
    await waitFor(() =>
      expect(map.fits.at(-1)?.bounds).toEqual([
        [6, 3],
        [48, 55],
      ]),
    );
  });

  it('says WebGL is missing and points to the Table panel; the legend and list still work', async () => {
    webgl.available = false;
    const user = userEvent.setup();
    renderAppAt('?year=2020');
    expect(await screen.findByText(/WebGL is not available/)).toBeInTheDocument();
    expect(FakeMap.instances).toHaveLength(0);
    expect(requests.some((path) => path.endsWith('countries.topo.json'))).toBe(false);
    await waitFor(() => expect(legend()).toHaveTextContent('50.6M1 country'));
    expect(await screen.findByRole('option', { name: /Germany/ })).toHaveTextContent('15,800,000 persons');
    await user.click(screen.getByRole('button', { name: 'Open the Table panel' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('a map that fails to start stays inside its box: the rest of the app keeps working', async () => {
    FakeMap.failNext = new Error('Failed to initialize WebGL');
    renderAppAt('?year=2020');
    expect(await screen.findByText(/The map could not be drawn/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toBeInTheDocument();
    expect(legend()).toBeInTheDocument();
  });

  it('shows an error with a retry when the boundaries cannot be loaded', async () => {
    server.use(boundaries(500));
    renderAppAt('?year=2020');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the country boundaries.');
    expect(alert).toHaveTextContent('geo/countries.topo.json: HTTP 500');
  });

  it('shows the series error over the map without losing the map', async () => {
    server.use(...fixtureHandlers({ scenario: 'server-error', target: 'series/migrant-stock/census.json' }), boundaries());
    renderAppAt('?year=2020');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('series/migrant-stock/census.json: HTTP 500');
    await waitFor(() => expect(FakeMap.instances).toHaveLength(1));
  });
});
