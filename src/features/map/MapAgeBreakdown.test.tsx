/**
 * A breakdown of figures by US state for one country of birth: the user picks an age group in the
 * Breakdown control, and the map loads that group's bilateral files and names it (issue #18, the
 * Facebook–ACS file's five-year age groups). Sources without the age groups do not offer them.
 */
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BORN_IN_MEXICO_25_29, levelsFixtureFiles, usStateTopology } from '../../../mocks/fixtures/levels';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { recordRequests, renderAppAt } from '../../app/renderAppAt.test-utils';
import { exportRegistry } from '../../lib/export/registry';
import { resetViewStore } from '../../state/store';
import { FakeMap } from './maplibreMock.test-utils';
import { mapReady } from './mapReady.test-utils';
import { LAYER } from './mapStyle';
import { testTopology } from './topologyFixture.test-utils';

configure({ asyncUtilTimeout: 5000 });
vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule);
vi.mock('./webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => true }));

const requests = recordRequests();

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  server.use(
    http.get('*/geo/countries.topo.json', () => HttpResponse.json(testTopology)),
    http.get('*/geo/us-state.topo.json', () => HttpResponse.json(usStateTopology)),
    ...contractHandlers({ base: TEST_DATA_BASE, files: levelsFixtureFiles }),
  );
});

const breakdown = (name = 'Breakdown') => screen.getByRole('combobox', { name });
const options = (name?: string) =>
  within(breakdown(name))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('an age group of people born in a country, by US state', () => {
  it('a user picks “Age: 25–29” and sees that group’s figures, named in the title, the summary, the tooltip and the link', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022');
    await mapReady();
    expect(options()).toEqual(['Total', 'Age: 25–29', 'Age: 30–34']);
    expect(document.querySelector('.view-summary')).toHaveTextContent('highest in California, United States (3,850,000 persons)');

    await user.selectOptions(breakdown(), 'Age: 25–29');
    await waitFor(() => expect(window.location.search).toContain('slice=age-25-29'));
    const map = await mapReady();
    expect(requests).toContain('/data/bilateral/migrant-stock/acs-states/age-25-29/origin/MEX.json');
    const california = BORN_IN_MEXICO_25_29.acs['2022']['06'].toLocaleString('en');
    await waitFor(() =>
      expect(document.querySelector('.view-summary')).toHaveTextContent(`highest in California, United States (${california} persons)`),
    );
    expect(document.querySelector('.view-summary')).toHaveTextContent(
      `Migrants from Mexico, by US state (Age: 25–29), 2022: highest in California, United States (${california} persons), lowest in Florida, United States (30,000 persons); 5 of 6 US states with a value.`,
    );
    expect(screen.getByRole('heading', { name: 'Migrants from Mexico, by US state (Age: 25–29), 2022' })).toBeInTheDocument();
    // The picture's export carries the same title (the legend sits under it, as for a breakdown by sex).
    expect(exportRegistry.title('map')).toBe('Migrants from Mexico, by US state (Age: 25–29), 2022');
    act(() => map.fireOn('mousemove', LAYER.noData, '06'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('(Age: 25–29)');
    expect(screen.getByRole('tooltip')).toHaveTextContent(`${california} persons`);
  });

  it('names the age group, and the legend, in French with the narrow no-break space before the colon', async () => {
    renderAppAt('?indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022&slice=age-25-29&lang=fr');
    await mapReady();
    await waitFor(() => expect(options('Ventilation')).toEqual(['Total', 'Âge\u202f: 25–29 ans', 'Âge\u202f: 30–34 ans']));
    expect(breakdown('Ventilation')).toHaveValue('age-25-29');
    expect(screen.getByRole('heading', { name: /\(Âge\u202f: 25–29 ans\), 2022$/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Légende\u202f: personnes' })).toBeInTheDocument();
  });

  it('a source by country offers its own breakdowns only: by sex, never the age groups of the sources by state', async () => {
    renderAppAt('?indicator=migrant-stock&year=2020');
    await mapReady();
    expect(options()).toEqual(['Total', 'Sex: Female', 'Sex: Male']);
  });
});
