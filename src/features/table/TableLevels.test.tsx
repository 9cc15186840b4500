import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { levelsFixtureFiles } from '../../../mocks/fixtures/levels';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { resetViewStore } from '../../state/store';

beforeEach(() => {
  resetViewStore();
  server.use(...contractHandlers({ base: TEST_DATA_BASE, files: levelsFixtureFiles }));
});

describe('the Table at the NUTS-2 level', () => {
  it('lists the regions with their country and value, never the countries', async () => {
    renderAppAt('?panel=table&level=nuts2&year=2020');
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent?.replace(/[▲▼]/g, '').trim());
    expect(headers.slice(1, 3)).toEqual(['NUTS-2 region', 'Country']);
    // The regions with a value first, then the one without (Ile-de-France has none in 2020).
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Oberbayern', 'Stuttgart', 'Ile-de-France']);
    const stuttgart = within(table).getByRole('rowheader', { name: 'Stuttgart' }).closest('tr') as HTMLElement;
    expect(stuttgart).toHaveTextContent('Germany');
    expect(stuttgart).toHaveTextContent('760,000');
    // Counted and summed up as regions, never as countries.
    expect(screen.getByText(/^2 regions with a value, 1 without$/)).toBeInTheDocument();
    expect(screen.getByText(/of 3 NUTS-2 regions with a value/)).toBeInTheDocument();
    expect(screen.queryByText(/no country has a value|countries with a value/)).toBeNull();
  });
});
