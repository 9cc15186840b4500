import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregatesFiles } from '../../../mocks/fixtures/aggregates';
import { renderAppAt, serveOverFixture } from '../../app/renderAppAt.test-utils';
import { resetViewStore } from '../../state/store';

const countriesTable = () => screen.getByRole('table', { name: /International migrant stock/ });
const aggregatesTable = () => screen.findByRole('table', { name: /Groups of countries as Census & registers \(demo\) publishes them, 2020/ });

beforeEach(() => {
  resetViewStore();
  serveOverFixture(aggregatesFiles);
});

describe('Table: aggregates', () => {
  it('shows World and the EU as marked rows of their own, below the countries, never ranked or counted among them', async () => {
    renderAppAt('?panel=table&year=2020');
    const aggregates = await aggregatesTable();
    const rows = within(aggregates).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-aggregate'))).toEqual(['WLD', 'EU27_2020']);
    const world = rows[0]!;
    expect(within(world).getByRole('rowheader').textContent).toBe('World aggregate');
    expect(world.textContent).toContain('280,600,000');
    expect(within(rows[1]!).getByText('provisional')).toBeTruthy();
    expect(within(world).queryByRole('checkbox')).toBeNull(); // not selectable as a country

    // The countries' table: the same five countries, World the largest of no ranking, and counted as no country.
    const countryRows = within(countriesTable()).getAllByRole('row').slice(1);
    expect(countryRows.map((r) => r.getAttribute('data-geo'))).toEqual(['USA', 'DEU', 'FRA', 'IND', 'ETH', 'CIV']);
    expect(screen.getByText('5 countries with a value, 1 without')).toBeTruthy();
    // Below the countries in the document.
    expect(countriesTable().compareDocumentPosition(aggregates) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('with several periods as columns, shows the aggregates across the same columns, with their change', async () => {
    renderAppAt('?panel=table&tperiods=2015~2020');
    const aggregates = await screen.findByRole('table', { name: /Groups of countries as Census & registers \(demo\) publishes them, 2015 to 2020/ });
    const headers = within(aggregates)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Aggregate', 'Kind', '2015', '2020', 'Change', '% change']);
    const world = within(aggregates).getAllByRole('row')[1]!;
    expect(world.getAttribute('data-aggregate')).toBe('WLD');
    expect(
      within(world)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['World', '248,000,000', '280,600,000', '+32,600,000', '+13.1%']);
    expect(within(world).queryByRole('checkbox')).toBeNull();
  });

  it('shows no aggregates for a source that publishes none', async () => {
    renderAppAt('?panel=table&year=2020&source=social-audience');
    await screen.findByRole('table', { name: /International migrant stock/ });
    expect(screen.queryByRole('heading', { name: 'Aggregates' })).toBeNull();
    expect(document.querySelector('[data-aggregate]')).toBeNull();
  });

  it('names the aggregates in the language of the page', async () => {
    renderAppAt('?panel=table&year=2020&lang=fr');
    const aggregates = await screen.findByRole('table', { name: /Groupes de pays/ });
    expect(within(aggregates).getByText('Union européenne (27)')).toBeTruthy();
  });
});
