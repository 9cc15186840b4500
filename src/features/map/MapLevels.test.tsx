import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { recordRequests, renderAppAt } from '../../app/renderAppAt.test-utils';
import { FakeMap } from './maplibreMock.test-utils';
import { mapReady } from './mapReady.test-utils';
import { BASE_SOURCE, COUNTRIES_SOURCE, FILLS_SOURCE, LAYER } from './mapStyle';
import { serveLevels } from './levelFixture.test-utils';
import type { MapGeometry } from './geometry';

configure({ asyncUtilTimeout: 5000 });

vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule);
vi.mock('./webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => true }));

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  serveLevels();
});

const requests = recordRequests();

const legend = () => screen.getByRole('region', { name: /^Legend/ });
const legendItems = () =>
  within(legend())
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const levelControl = () => screen.getByRole('combobox', { name: 'Level' });
const drawnIds = (map: FakeMap) =>
  (map.sources.get(COUNTRIES_SOURCE) as { data: MapGeometry['features'] }).data.features
    .filter((f) => f.properties.country)
    .map((f) => f.properties.iso);

describe('the map below the country level', () => {
  it('opens a NUTS-2 map by link: the regions’ boundaries, their colours among regions only, and the level’s credit', async () => {
    renderAppAt('?indicator=migrant-stock&level=nuts2&year=2020');
    const map = await mapReady();
    // The extra-regio shape (DEZZ, no digit) is drawn but is no place of the data.
    expect(drawnIds(map).sort()).toEqual(['DE11', 'DE21', 'FR10']);
    expect(map.getFeatureState({ source: FILLS_SOURCE, id: 'DE11' })).toMatchObject({ has: true });
    expect(map.getFeatureState({ source: FILLS_SOURCE, id: 'DE21' })).toMatchObject({ has: true });
    expect(map.getFeatureState({ source: FILLS_SOURCE, id: 'FR10' })).toMatchObject({ has: false });
    expect(levelControl()).toHaveValue('nuts2');
    expect(
      within(levelControl())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Countries', 'NUTS-2 regions', 'US states']);
    expect(legendItems()).toContain('No data1 region');
    expect(screen.getByText('Boundaries (NUTS-2 regions): © EuroGeographics for the administrative boundaries')).toBeInTheDocument();
    expect(
      screen.getByText(
        'International migrant stock, 2020: highest in Oberbayern, Germany (1,120,000 persons), lowest in Stuttgart, Germany (760,000 persons); 2 of 3 NUTS-2 regions with a value.',
      ),
    ).toBeInTheDocument();
    // Fitted to the regions, not to the world.
    expect(map.fits.at(-1)?.bounds).toEqual([
      [1.5, 47.5],
      [13, 49.5],
    ]);
  });

  it('draws the countries plain under the units at a level, once the units are in, and not at the country level', async () => {
    renderAppAt('?indicator=migrant-stock&level=nuts2&year=2020');
    const map = await mapReady();
    await waitFor(() => expect(map.sources.has(BASE_SOURCE)).toBe(true));
    const base = map.sources.get(BASE_SOURCE) as { data: MapGeometry['features'] };
    expect(base.data.features.map((f) => f.properties.iso)).toEqual(expect.arrayContaining(['DEU', 'FRA']));
    // Under every layer of the units: the land, then its borders, then the units' no-data hatch.
    const order = map.layers.map((layer) => layer.id);
    expect(order.indexOf(LAYER.baseLand)).toBeLessThan(order.indexOf(LAYER.baseBorders));
    expect(order.indexOf(LAYER.baseBorders)).toBeLessThan(order.indexOf(LAYER.noData));
    // The units stay the map's places: the countries under them are not among them.
    expect(drawnIds(map).sort()).toEqual(['DE11', 'DE21', 'FR10']);
    await userEvent.selectOptions(levelControl(), 'country');
    await waitFor(() => expect(map.sources.has(BASE_SOURCE)).toBe(false));
    expect(map.layers.map((layer) => layer.id)).not.toContain(LAYER.baseLand);
  });

  it('names each region with its country in the tooltip and in the list, and the list finds a country’s regions', async () => {
    renderAppAt('?indicator=migrant-stock&level=nuts2&year=2020');
    const map = await mapReady();
    act(() => map.fireOn('mousemove', LAYER.noData, 'DE11', { x: 40, y: 30 }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Stuttgart, Germany');
    expect(tip).toHaveTextContent('760,000 persons');
    const list = screen.getByRole('listbox', { name: 'Places on the map' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.querySelector('.map-list__name')?.textContent),
    ).toEqual(['Ile-de-France, France', 'Oberbayern, Germany', 'Stuttgart, Germany']);
    await userEvent.type(screen.getByRole('combobox', { name: 'Find a place on the map' }), 'germany');
    expect(within(list).getAllByRole('option')).toHaveLength(2);
  });

  it('the level control switches the map to another level (and back), in the link', async () => {
    renderAppAt('?indicator=migrant-stock&year=2020');
    await mapReady();
    await waitFor(() => expect(levelControl()).toHaveValue('country'));
    await userEvent.selectOptions(levelControl(), 'nuts2');
    expect(useViewStore.getState().view.level).toBe('nuts2');
    await waitFor(() => expect(window.location.search).toContain('level=nuts2'));
    await waitFor(() => expect(screen.getByRole('option', { name: /Stuttgart, Germany/ })).toBeInTheDocument());
    await userEvent.selectOptions(levelControl(), 'country');
    await waitFor(() => expect(screen.getByRole('option', { name: /^Germany/ })).toBeInTheDocument());
    expect(window.location.search).not.toContain('level=');
  });

  it('offers a selected country’s regions, and the offer switches the level and fits to that country', async () => {
    renderAppAt('?indicator=migrant-stock&year=2020&countries=FRA~DEU');
    await mapReady();
    const offer = await screen.findByRole('button', { name: 'See Germany’s NUTS-2 regions' });
    await userEvent.click(offer);
    expect(useViewStore.getState().view.level).toBe('nuts2');
    await waitFor(() =>
      expect(FakeMap.last().fits.at(-1)?.bounds).toEqual([
        [8, 47.5],
        [13, 49.5],
      ]),
    );
    expect(screen.queryByRole('button', { name: /See .* regions/ })).not.toBeInTheDocument();
  });

  it('offers the regions of the country the map is zoomed in on', async () => {
    renderAppAt('?indicator=migrant-stock&year=2020');
    const map = await mapReady();
    expect(screen.queryByRole('button', { name: /regions/ })).not.toBeInTheDocument();
    map.zoom = 5;
    map.rendered = [{ properties: { iso: 'FRA', name: 'France', country: true } }];
    act(() => map.fire('moveend'));
    expect(await screen.findByRole('button', { name: 'See France’s NUTS-2 regions' })).toBeInTheDocument();
    map.zoom = 1;
    act(() => map.fire('moveend'));
    await waitFor(() => expect(screen.queryByRole('button', { name: /regions/ })).not.toBeInTheDocument());
  });

  it('people born in a country, by US state: the focus picker lists countries, the map shows states, no Destination choice', async () => {
    renderAppAt('?indicator=migrant-stock&level=us-state&source=fb-states&od=origin~MEX&year=2022');
    const map = await mapReady();
    expect(drawnIds(map).sort()).toEqual(['04', '06', '12', '17', '36', '48']);
    const focus = screen.getByRole('combobox', { name: 'Country' });
    expect(focus).toHaveValue('MEX');
    expect(within(focus).getByRole('option', { name: 'Germany' })).toBeInTheDocument();
    expect(within(focus).queryByRole('option', { name: /California/ })).not.toBeInTheDocument();
    const view = screen.getByRole('combobox', { name: 'Show' });
    expect(
      within(view)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['origin']);
    expect(screen.getByRole('heading', { name: 'Migrants from Mexico, by US state, 2022' })).toBeInTheDocument();
    act(() => map.fireOn('mousemove', LAYER.noData, '06', { x: 40, y: 30 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('California, United States');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Migrants from Mexico living here');
    expect(legendItems()).toContain('No data1 state');
    // Mexico is no state: the legend has no swatch for a focus the map does not draw.
    expect(legend()).not.toHaveTextContent('Focus country');
    expect(screen.getByText('Boundaries (US states): US Census Bureau (public domain)')).toBeInTheDocument();
  });

  it('a US-state link asks for the state source’s file of its focus first, never the country source’s file of that focus', async () => {
    renderAppAt('?indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022');
    await mapReady();
    const data = requests.filter((path) => path.includes('/bilateral/') || path.includes('/series/'));
    expect(data[0]).toMatch(/\/bilateral\/migrant-stock\/acs-states\/origin\/MEX\.json$/);
    expect(data.filter((path) => !path.includes('/acs-states/'))).toEqual([]);
  });

  it('ties from a region: the legend, the tooltip and the list call the focus a region, not a country', async () => {
    renderAppAt('?indicator=migrant-stock&level=nuts2&source=region-ties&od=origin~DE11&year=2020');
    const map = await mapReady();
    expect(legendItems()).toContain('Focus region: Stuttgart, Germany');
    expect(legend()).not.toHaveTextContent('Focus country');
    act(() => map.fireOn('mousemove', LAYER.noData, 'DE11', { x: 40, y: 30 }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Focus region');
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('Focus country');
  });

  it('the filter box and its selection at a level are named with its places and find them, named with their country; at the country level it finds countries', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=migrant-stock&level=nuts2&year=2020');
    await mapReady();
    expect(screen.queryByRole('combobox', { name: 'Countries' })).toBeNull();
    const box = screen.getByRole('combobox', { name: 'Regions' });
    expect(box).toHaveAttribute('placeholder', 'Type a region name');
    await user.type(box, 'stutt');
    await user.click(within(screen.getByRole('listbox', { name: 'Regions' })).getByRole('option', { name: /Stuttgart, Germany/ }));
    expect(useViewStore.getState().view.countries).toEqual(['DE11']);
    // The selection is named with the level's places too (for a screen reader: the chips' list).
    expect(screen.getByRole('list', { name: 'Selected regions' })).toHaveTextContent(/^Stuttgart, Germany×$/);
    act(() => useViewStore.getState().setLevel('us-state'));
    expect(await screen.findByRole('combobox', { name: 'States' })).toHaveAttribute('placeholder', 'Type a state name');
    // Stuttgart is kept at the state level: the selection is named with neither level's word.
    expect(screen.getByRole('list', { name: 'Selected places' })).toHaveTextContent(/^Stuttgart, Germany×$/);
    act(() => useViewStore.getState().setLevel('country'));
    const countries = await screen.findByRole('combobox', { name: 'Countries' });
    // The region chosen at its level keeps its name in the selection.
    expect(screen.getByRole('list', { name: 'Selected places' })).toHaveTextContent(/^Stuttgart, Germany×$/);
    await user.type(countries, 'germ');
    expect(within(screen.getByRole('listbox', { name: 'Countries' })).getByRole('option', { name: /Germany/ })).toBeInTheDocument();
  });

  it('a country the state source has no file for: says so, with whom the source covers', async () => {
    renderAppAt('?indicator=migrant-stock&level=us-state&od=origin~DEU&year=2022');
    expect(await screen.findByText('Community survey by state (demo) has no origin–destination figures for Germany.')).toBeInTheDocument();
    expect(screen.getByText('Not every place has figures here: people in 6 states, born in Mexico.')).toBeInTheDocument();
  });

  it('a source of origins only, without a focus: the prompt lists countries and opens the origin files', async () => {
    renderAppAt('?indicator=migrant-stock&level=us-state&year=2020');
    expect(
      await screen.findByText('Community survey by state (demo) gives its figures by US state for one country at a time. Choose one to see them.'),
    ).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Country' });
    // The catalog does not list the countries with files: the picker says whom the source covers.
    expect(picker).toHaveAccessibleDescription('Not every place has figures here: people in 6 states, born in Mexico.');
    await userEvent.selectOptions(picker, 'MEX');
    expect(useViewStore.getState().view.map.od).toEqual({ role: 'origin', focus: 'MEX' });
    await mapReady();
  });
});
