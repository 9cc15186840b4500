import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureHandlers, server } from '../../mocks/server';
import { resetViewStore, useViewStore } from '../state/store';
import { renderAppAt } from './renderAppAt.test-utils';

const valueCell = (country: string) => {
  const row = screen.getByRole('rowheader', { name: country }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell')[2] as HTMLElement;
};

beforeEach(() => {
  resetViewStore();
});

describe('the app shell', () => {
  it('shows the header, the demo badge and the filter bar once the catalog has loaded', async () => {
    renderAppAt('?panel=table');
    expect(await screen.findByRole('combobox', { name: 'Indicator' })).toHaveValue('migrant-stock');
    expect(screen.getByRole('heading', { name: 'Migration Lens' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Demo data' })).toHaveTextContent(/synthetic figures/i);
    expect(screen.getByRole('combobox', { name: 'Year' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Countries' })).toBeInTheDocument();
    for (const name of ['Map', 'Time series', 'Compare', 'Table']) {
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    }
  });

  it('shows a loading state while a series is slow, then its values', async () => {
    server.use(...fixtureHandlers({ scenario: 'slow', delayMs: 150 }));
    renderAppAt('?panel=table&year=2020');
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(valueCell('Germany')).toHaveTextContent('15,800,000');
  });

  it('fills the table with the values of the chosen indicator, source and period, with flags and periods', async () => {
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    expect(screen.getByRole('table')).toHaveAccessibleName(/International migrant stock \(persons\) from Census & registers \(demo\), 2020/);
    expect(valueCell('France')).toHaveTextContent('8,500,000');
    const france = screen.getByRole('rowheader', { name: 'France' }).closest('tr') as HTMLElement;
    expect(france).toHaveTextContent('provisional');
    expect(france).toHaveTextContent('2020');
    expect(valueCell("Côte d'Ivoire")).toHaveTextContent('No data');
  });

  it('sorts the table by a column, both ways', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    const countries = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(countries().slice(0, 3)).toEqual(['United States', 'Germany', 'France']);
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    expect(countries().slice(0, 3)).toEqual(['Ethiopia', 'India', 'France']);
    expect(countries().at(-1)).toBe("Côte d'Ivoire");
    await user.click(screen.getByRole('button', { name: /^Country/ }));
    expect(countries()[0]).toBe("Côte d'Ivoire");
  });

  it('keeps the app working when one source fails: the error names the file, another source loads', async () => {
    const user = userEvent.setup();
    server.use(...fixtureHandlers({ scenario: 'server-error', target: 'series/migrant-stock/census.json' }));
    renderAppAt('?panel=table&year=2020');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load International migrant stock from Census & registers (demo).');
    expect(alert).toHaveTextContent('series/migrant-stock/census.json: HTTP 500');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'social-audience');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(valueCell('United States')).toHaveTextContent('61,000,000');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries after a failure when asked', async () => {
    const user = userEvent.setup();
    server.use(...fixtureHandlers({ scenario: 'missing-file' }));
    renderAppAt('?panel=table&year=2020');
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 404');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('reports a malformed payload by file and field instead of showing wrong numbers', async () => {
    server.use(...fixtureHandlers({ scenario: 'malformed' }));
    renderAppAt('?panel=table&year=2020');
    expect(await screen.findByRole('alert')).toHaveTextContent('series/migrant-stock/census.json: columns.value.0');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when a series is empty', async () => {
    server.use(...fixtureHandlers({ scenario: 'empty-series' }));
    renderAppAt('?panel=table&year=2020');
    expect(await screen.findByText('No values for International migrant stock from Census & registers (demo) in 2020.')).toBeInTheDocument();
  });

  it('says the catalog failed when nothing can be shown', async () => {
    server.use(...fixtureHandlers({ scenario: 'server-error', target: 'catalog.json' }));
    renderAppAt('');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the data catalog.');
  });

  it('selects countries with the type-ahead search and the keyboard', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    const search = await screen.findByRole('combobox', { name: 'Countries' });
    await user.type(search, 'cote');
    expect(screen.getByRole('option', { name: /Côte d'Ivoire/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await user.type(search, 'ger{ArrowDown}{Enter}');
    expect(useViewStore.getState().view.countries).toEqual(['CIV', 'DEU']);
    expect(window.location.search).toContain('countries=CIV~DEU');
    expect(screen.getByRole('button', { name: 'Remove Germany' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Germany' })).toBeChecked();
  });

  it('tells the user which link parameters it ignored', async () => {
    renderAppAt('?panel=table&bogus=1&countries=DEU~XXX');
    const notice = await screen.findByText(/were not understood/);
    const box = notice.closest('[role="status"]') as HTMLElement;
    expect(box).toHaveTextContent('bogus=1');
    expect(box).toHaveTextContent('unknown parameter');
    expect(await within(box).findByText(/XXX/)).toBeInTheDocument();
  });
});
