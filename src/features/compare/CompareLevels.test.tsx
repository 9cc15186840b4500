import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import * as ss from 'simple-statistics';
import { beforeEach, describe, expect, it } from 'vitest';
import { BORN_IN_MEXICO, BORN_IN_MEXICO_25_29, levelsFixtureFiles, STATES, usStateTopology } from '../../../mocks/fixtures/levels';
import { exportRegistry } from '../../lib/export/registry';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { App } from '../../app/App';
import { createApiClient } from '../../data/client';
import { createQueryClient } from '../../data/queryClient';
import { resetViewStore, useViewStore } from '../../state/store';

function useLevelsFixture() {
  server.use(
    http.get('*/geo/us-state.topo.json', () => HttpResponse.json(usStateTopology)),
    ...contractHandlers({ base: TEST_DATA_BASE, files: levelsFixtureFiles }),
  );
}

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);
}

const stat = (key: string) => document.querySelector(`[data-stat="${key}"] .compare-stats__value`)?.textContent;
const stateName = (id: string) => STATES.find((s) => s.id === id)?.name;

/** The fixture's pairs in 2022: the audience's states that the survey has too. */
function pairs2022() {
  const acs: Record<string, number> = BORN_IN_MEXICO.acs['2022'];
  return Object.entries(BORN_IN_MEXICO.fb['2022']).map(([geo, b]) => ({ geo, a: acs[geo] as number, b }));
}

beforeEach(() => resetViewStore());

describe('the comparison by US state', () => {
  it('compares people born in Mexico by state, from the two bilateral files, with the statistics of the pairs', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022');
    await screen.findByRole('heading', { name: 'Agreement, 2022' });
    expect(screen.getByRole('heading', { name: /People born in Mexico, by US state: Platform audience by state \(demo\) against Community survey/ }));
    const pairs = pairs2022();
    expect(pairs).toHaveLength(5);
    expect(stat('n')).toBe('5');
    const r = ss.sampleCorrelation(
      pairs.map((p) => Math.log(p.a)),
      pairs.map((p) => Math.log(p.b)),
    );
    expect(stat('r')).toBe(r.toFixed(2));
    expect(stat('rho')).toBe(
      ss
        .sampleRankCorrelation(
          pairs.map((p) => p.a),
          pairs.map((p) => p.b),
        )
        .toFixed(2),
    );
    expect(stat('bias')).toBe(ss.mean(pairs.map((p) => Math.log(p.b / p.a))).toFixed(2));
    // The pairs are counted by place, New York (survey only) named; the definitions differ and it says so.
    expect(screen.getByText(/5 places paired \(US states\): 5 with a value of the same period/)).toBeInTheDocument();
    expect(screen.getByText(/1 place with a value of Community survey by state \(demo\) has none/)).toHaveTextContent('New York');
    const warning = screen.getByRole('note', { name: 'These sources count different things.' });
    expect(warning).toHaveTextContent('counts by country of birth');
    expect(warning).toHaveTextContent('counts by having lived in another country');

    await userEvent.click(await screen.findByText(/^Table of the pairs \(5, by US state\)/));
    const table = await screen.findByRole('table', {
      name: /Community survey by state \(demo\) and Platform audience by state \(demo\) by US state, 2022/,
    });
    expect(within(table).getByRole('columnheader', { name: /US state/ })).toBeInTheDocument();
    for (const { geo } of pairs) expect(within(table).getByRole('button', { name: new RegExp(stateName(geo) as string) })).toBeInTheDocument();
    expect(within(table).getByText('3,850,000')).toBeInTheDocument();
    expect(within(table).getByText('2,900,000')).toBeInTheDocument();
  });

  it('draws the scatter’s states without world regions: no region in its key, every point of one shape', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022');
    await screen.findByRole('heading', { name: 'Agreement, 2022' });
    const key = screen.getByRole('list', { name: 'Key to the scatter plot' });
    expect(key).not.toHaveTextContent(/Americas|Other/);
    expect(within(key).getAllByRole('listitem')[0]).toHaveTextContent('B = A (full agreement)');
    const points = [...document.querySelectorAll('.compare-scatter path[data-geo]')];
    expect(points).toHaveLength(5);
    expect(new Set(points.map((p) => p.getAttribute('fill'))).size).toBe(1);
  });

  it('draws the ratio map of the states, each paired state coloured and the unpaired one hatched', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&level=us-state&od=origin~MEX&year=2022');
    const map = await screen.findByRole('img', { name: /Map of the ratio of .* by US state in 2022: B is above A in 1 place and below it in 4/ });
    expect(screen.getByRole('heading', { name: 'B / A by US state, 2022' })).toBeInTheDocument();
    const paths = [...map.querySelectorAll('path[data-geo]')].map((p) => p.getAttribute('data-geo'));
    expect(paths.sort()).toEqual(STATES.map((s) => s.id).sort());
    expect(map.querySelector('[data-geo="36"]')).toHaveAttribute('fill', 'url(#compare-nodata)');
    expect(map.querySelector('[data-geo="06"]')?.getAttribute('fill')).toMatch(/^#|^rgb/);
    // No world: the country shapes are not drawn at this level.
    expect(map.querySelector('[data-geo="DEU"]')).toBeNull();
  });

  it('asks for the country of birth when none is chosen, offers only the sources by state, and loads the focus chosen', async () => {
    const user = userEvent.setup();
    useLevelsFixture();
    renderAt('?panel=compare&level=us-state');
    const picker = await screen.findByRole('combobox', { name: 'Born in' });
    expect(screen.getByText(/give figures by US state for one place of origin at a time/)).toBeInTheDocument();
    expect(picker).toHaveAccessibleDescription(/^Not every place has figures here: people in 6 states, born in Mexico \(A\)/);
    const reference = screen.getByRole('combobox', { name: 'Reference (A)' });
    expect(
      within(reference)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Community survey by state (demo) (survey)', 'Platform audience by state (demo) (digital trace)']);
    await user.selectOptions(picker, 'MEX');
    expect(useViewStore.getState().view.map.od).toEqual({ role: 'origin', focus: 'MEX' });
    await screen.findByRole('heading', { name: 'Agreement, 2022' });
    expect(stat('n')).toBe('5');
  });
});

describe('the comparison by US state for one age group', () => {
  it('compares the age group the link names (from the two files of that group), says so, and offers it in the export', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022&slice=age-25-29');
    await screen.findByRole('heading', { name: 'Agreement, 2022' });
    expect(
      screen.getByRole('heading', {
        name: 'People born in Mexico, by US state: Platform audience by state (demo) against Community survey by state (demo) (Age: 25–29)',
      }),
    ).toBeInTheDocument();
    const acs: Record<string, number> = BORN_IN_MEXICO_25_29.acs['2022'];
    const pairs = Object.entries(BORN_IN_MEXICO_25_29.fb['2022']).map(([geo, b]) => ({ geo, a: acs[geo] as number, b }));
    expect(stat('n')).toBe(String(pairs.length));
    expect(stat('r')).toBe(
      ss
        .sampleCorrelation(
          pairs.map((p) => Math.log(p.a)),
          pairs.map((p) => Math.log(p.b)),
        )
        .toFixed(2),
    );
    expect(stat('bias')).toBe(ss.mean(pairs.map((p) => Math.log(p.b / p.a))).toFixed(2));
    await userEvent.click(await screen.findByText(/^Table of the pairs \(\d+, by US state\)/));
    const table = await screen.findByRole('table', { name: /by US state, 2022/ });
    expect(within(table).getByText('318,060')).toBeInTheDocument();
    expect(within(table).queryByText('3,850,000')).toBeNull();
    expect(exportRegistry.title('compare')).toMatch(/\(Age: 25–29\)$/);
    // The group is the view's breakdown (the filters'): no second breakdown control, which would offer none.
    const breakdowns = screen.getAllByRole('combobox', { name: 'Breakdown' });
    expect(breakdowns).toHaveLength(1);
    expect(breakdowns[0]).toHaveDisplayValue('Age: 25–29');
  });

  it('compares the totals when the view’s breakdown is not one both sources have files of', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&year=2022&slice=sex-female');
    await screen.findByRole('heading', { name: 'Agreement, 2022' });
    expect(screen.getByRole('heading', { name: /^People born in Mexico, by US state: .*\(demo\)$/ })).toBeInTheDocument();
    expect(stat('n')).toBe('5');
  });
});

describe('a focus place the sources have no figures for', () => {
  it('says that neither source has figures for it and asks for another, instead of two load errors', async () => {
    useLevelsFixture();
    renderAt('?panel=compare&level=us-state&od=origin~DEU&year=2022');
    expect(
      await screen.findByText(/Community survey by state \(demo\) and Platform audience by state \(demo\) have no figures for Germany\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/give figures by US state for one place of origin at a time: choose it/)).toBeInTheDocument();
    expect(screen.getAllByRole('combobox', { name: 'Born in' })).toHaveLength(1);
    // The catalog does not list the places with files: the panel says whom the sources cover.
    expect(
      screen.getByText('Not every place has figures here: people in 6 states, born in Mexico (A); platform users in 5 states, from Mexico (B).'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: /Agreement/ })).toBeNull();
    // Once found without files, the place says so in the picker; the others do not.
    const picker = screen.getByRole('combobox', { name: 'Born in' });
    expect(within(picker).getByRole('option', { name: 'Germany (no figures)' })).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: 'Mexico' })).toBeInTheDocument();
  });
});
