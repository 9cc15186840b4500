import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { resetViewStore, useViewStore } from '../../state/store';

beforeEach(() => {
  resetViewStore();
});

const countries = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const columnNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent?.replace(/[▲▼]/g, '').trim());
const cellsOf = (country: string) =>
  within(screen.getByRole('rowheader', { name: country }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .slice(1)
    .map((cell) => cell.textContent);

describe('the Table across periods', () => {
  it('shows a chosen range as columns with change and % change, and writes it to the link', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    expect(columnNames()).toContain('Region');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Periods' }), 'A range of periods');
    expect(useViewStore.getState().view.tablePeriods).toEqual({ from: '2015', to: '2020' });
    expect(window.location.search).toContain('tperiods=2015~2020');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2015');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2020');
    expect(screen.getByRole('table')).toHaveAccessibleName(/International migrant stock \(persons\) from Census & registers \(demo\), 2015 to 2020/);
    expect(columnNames()).toEqual(['Selected countries', 'Country', '2015', '2020', 'Change (2015 to 2020)', '% change (2015 to 2020)']);
    // The last period, largest first, by default; a country without values last, with no change.
    expect(countries()).toEqual(['United States', 'Germany', 'France', 'India', 'Ethiopia', "Côte d'Ivoire"]);
    expect(cellsOf('Germany')).toEqual(['12,000,000', '15,800,000', '+3,800,000', '+31.7%']);
    expect(cellsOf('India')).toEqual(['5,200,000', '4,900,000', '-300,000', '-5.8%']);
    expect(cellsOf("Côte d'Ivoire")).toEqual(['No data', 'No data', '', '']);

    // Narrowing the range to one period leaves no change to show.
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2020');
    expect(window.location.search).toContain('tperiods=2020~2020');
    expect(columnNames()).toEqual(['Selected countries', 'Country', '2020']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Periods' }), 'One period (2020)');
    expect(window.location.search).not.toContain('tperiods');
    expect(columnNames()).toContain('Region');
  });

  it('sorts by every column with the mouse and the keyboard, saying so with aria-sort', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&tperiods=all');
    await screen.findByRole('table');
    const header = (name: RegExp) => screen.getByRole('button', { name }).closest('th') as HTMLElement;
    expect(header(/^2020/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/^Change/)).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: /^Change/ }));
    expect(header(/^Change/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/^2020/)).toHaveAttribute('aria-sort', 'none');
    expect(countries()).toEqual(['Germany', 'United States', 'France', 'Ethiopia', 'India', "Côte d'Ivoire"]);

    screen.getByRole('button', { name: /^Change/ }).focus();
    await user.keyboard('{Enter}');
    expect(header(/^Change/)).toHaveAttribute('aria-sort', 'ascending');
    expect(countries()).toEqual(['India', 'Ethiopia', 'France', 'United States', 'Germany', "Côte d'Ivoire"]);

    await user.tab();
    expect(screen.getByRole('button', { name: /^% change/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(countries()).toEqual(['Germany', 'France', 'United States', 'Ethiopia', 'India', "Côte d'Ivoire"]);

    await user.click(screen.getByRole('button', { name: /^2015/ }));
    expect(countries()).toEqual(['United States', 'Germany', 'France', 'India', 'Ethiopia', "Côte d'Ivoire"]);
    await user.click(screen.getByRole('button', { name: /^Country/ }));
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'ascending');
    expect(countries()[0]).toBe("Côte d'Ivoire");
  });

  it('selects countries from the multi-period table too', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&tperiods=all');
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Select France' }));
    expect(useViewStore.getState().view.countries).toEqual(['FRA']);
  });

  it('says so when the range holds no period of the source, and keeps the choice at hand', async () => {
    renderAppAt('?panel=table&tperiods=1990~2000');
    expect(
      await screen.findByText('Census & registers (demo) has no values for International migrant stock between 1990 and 2000.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('1990');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('reports an invalid range in the link as ignored and shows the single-period table', async () => {
    renderAppAt('?panel=table&year=2020&tperiods=2015~');
    const notice = await screen.findByText(/were not understood/);
    expect(notice.closest('[role="status"]')).toHaveTextContent('tperiods=2015~');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(columnNames()).toContain('Region');
  });
});
