import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../contract/schema';
import { createLocalSourceStore, memoryPersistence, mergeCatalog } from '../../data/localSources';
import { resetViewStore } from '../../state/store';
import UploadDialog from './UploadDialog';

/** The demo catalog: it lists NUTS-2, NUTS-3 and US-state units. */
const demo = JSON.parse(readFileSync('mocks/demo-data/catalog.json', 'utf8')) as Catalog;
const csv = (name: string, lines: string[]) => new File([lines.join('\n')], name, { type: 'text/csv' });

function open() {
  const store = createLocalSourceStore(memoryPersistence());
  const onClose = vi.fn();
  render(<UploadDialog catalog={demo} indicator="migrant-share" store={store} onClose={onClose} />);
  return { store, onClose, dialog: screen.getByRole('dialog', { name: 'Add your own data' }) };
}

const problemRows = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table', { name: 'Problems found' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

beforeEach(() => resetViewStore());

describe('the upload dialog with places below the country', () => {
  it('reads a file of US states (postal codes, "CA" among them), names a misspelt state by line, and adds a source of US states', async () => {
    const user = userEvent.setup();
    const { store, dialog } = open();
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      csv('states.csv', ['state,year,value', 'CA,2020,27.1', 'TX,2020,17.2', 'NY,2020,22.6', 'Californa,2021,27.3', 'DE11,2020,9']),
    );
    expect(await within(dialog).findByText(/states\.csv: 3 rows read, 2 left out/)).toBeInTheDocument();
    expect(within(dialog).getByText('The file’s places are US states.')).toBeInTheDocument();
    expect(problemRows(dialog)).toEqual([
      ['5', 'state', 'Californa', 'region or state not recognised'],
      ['6', 'state', 'DE11', 'a NUTS-2 region, while the file’s other rows are US states'],
    ]);
    expect(within(dialog).getByRole('heading', { name: 'Places not recognised' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use California' }));
    expect(within(dialog).getByText(/4 rows read, 1 left out/)).toBeInTheDocument();
    expect(within(dialog).getByText('Rows of “Californa” now count as California.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add as a source' }));
    const entry = store.list()[0]!;
    expect(entry.series.level).toBe('us-state');
    expect(entry.series.columns.geo.map((geo, i) => `${geo} ${entry.series.columns.period[i]}`).sort()).toEqual([
      '06 2020',
      '06 2021',
      '36 2020',
      '48 2020',
    ]);
    const ref = mergeCatalog(demo, store.list())
      .indicators.find((i) => i.id === 'migrant-share')!
      .sources.at(-1);
    expect(ref).toEqual({ id: entry.source.id, breakdowns: [], level: 'us-state' });
  }, 20_000);

  it('reads a file of NUTS-2 regions in any case and says which row is a country', async () => {
    const user = userEvent.setup();
    const { store, dialog } = open();
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      csv('regions.csv', ['nuts_id,year,value', 'de11,2020,12.5', 'EL30,2020,14', 'ITC4,2020,13.1', 'FRA,2020,12']),
    );
    expect(await within(dialog).findByText(/regions\.csv: 3 rows read, 1 left out/)).toBeInTheDocument();
    expect(within(dialog).getByText('The file’s places are NUTS-2 regions.')).toBeInTheDocument();
    expect(problemRows(dialog)).toEqual([['5', 'nuts_id', 'FRA', 'a country, while the file’s other rows are NUTS-2 regions']]);
    await user.click(within(dialog).getByRole('button', { name: 'Add as a source' }));
    const entry = store.list()[0]!;
    expect(entry.series.level).toBe('nuts2');
    expect([...entry.series.columns.geo].sort()).toEqual(['DE11', 'EL30', 'ITC4']);
  }, 20_000);
});
