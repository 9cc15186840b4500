import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads } from '../../../test/downloads';
import { TEST_DATA_BASE } from '../../../mocks/server';
import { App } from '../../app/App';
import { createApiClient } from '../../data/client';
import { createLocalSourceStore, memoryPersistence, withLocalSources } from '../../data/localSources';
import { createQueryClient } from '../../data/queryClient';
import { resetViewStore, useViewStore } from '../../state/store';
import { parseView } from '../../state/urlCodec';
import { readCsvDocument } from '../../lib/export/readCsvDocument.test-utils';

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createLocalSourceStore(memoryPersistence());
  render(
    <App queryClient={createQueryClient({ retryDelayMs: 1 })} api={withLocalSources(createApiClient(TEST_DATA_BASE), store)} localSources={store} />,
  );
  return store;
}

const csv = (lines: string[]) => new File([lines.join('\n')], 'estimates.csv', { type: 'text/csv' });

beforeEach(() => resetViewStore());

describe('the upload dialog', () => {
  it('reads a file, reports bad rows by line and column, takes a suggestion, and adds the source to every panel', async () => {
    const user = userEvent.setup();
    const store = renderApp('?panel=table&year=2020');
    await user.click(await screen.findByRole('button', { name: 'Your data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add your own data' });
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      csv(['country,year,value', 'Germany,2020,100', 'Frnace,2020,200', 'ETH,2020,n/a', 'IND,2020,<script>alert(1)</script>']),
    );
    expect(await within(dialog).findByText(/estimates\.csv: 1 row read, 3 left out/)).toBeInTheDocument();
    const issues = within(dialog).getByRole('table', { name: 'Problems found' });
    const rows = within(issues)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'country', 'Frnace', 'country not recognised'],
      ['4', 'value', 'n/a', 'no value'],
      ['5', 'value', '<script>alert(1)</script>', 'not a number'],
    ]);
    expect(document.querySelector('script:not([src])')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Use France' }));
    expect(within(dialog).getByText(/2 rows read, 2 left out/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Name of the source'));
    await user.type(within(dialog).getByLabelText('Name of the source'), 'Field survey');
    await user.selectOptions(within(dialog).getByLabelText('What it counts'), 'citizenship');
    await user.click(within(dialog).getByRole('button', { name: 'Add as a source' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.list()).toHaveLength(1);
    const id = store.list()[0]!.source.id;
    expect(store.list()[0]!.source).toMatchObject({ name: 'Field survey', counts: 'citizenship' });
    await screen.findByRole('option', { name: 'Field survey' });
    await screen.findByText(/Field survey, 2020/);
    expect(useViewStore.getState().view.source).toBe(id);
    expect(screen.getByRole('button', { name: 'Your data (1)' })).toBeInTheDocument();
  }, 20_000);

  it('says when nothing can be read, and names the missing column', async () => {
    const user = userEvent.setup();
    renderApp('?panel=table');
    await user.click(await screen.findByRole('button', { name: 'Your data' }));
    const dialog = await screen.findByRole('dialog');
    await user.upload(within(dialog).getByLabelText('Choose a file'), csv(['land;jahr;wert', 'DEU;2020;1']));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('A required column is missing (country, year or value).');
    expect(alert).toHaveTextContent('Line 1 · geo, period, value · land;jahr;wert');
    expect(within(dialog).queryByRole('button', { name: 'Add as a source' })).not.toBeInTheDocument();
  }, 20_000);
});

describe('exporting a source you added', () => {
  const downloads = captureDownloads();

  it('writes as `# view:` a link that opens that source, not the view on the page', async () => {
    const user = userEvent.setup();
    const store = renderApp('?panel=table&year=2020');
    await user.click(await screen.findByRole('button', { name: 'Your data' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add your own data' });
    await user.upload(within(dialog).getByLabelText('Choose a file'), csv(['country,year,value', 'Germany,2020,100', 'France,2021,200']));
    await within(dialog).findByText(/2 rows read/);
    await user.click(within(dialog).getByRole('button', { name: 'Add as a source' }));
    const id = store.list()[0]!.source.id;

    // The page moves on to another indicator, panel and selection.
    useViewStore.getState().setIndicator('net-migration');
    useViewStore.getState().setPanel('table');
    useViewStore.getState().setCountries(['ETH']);
    await user.click(await screen.findByRole('button', { name: 'Your data (1)' }));
    dialog = await screen.findByRole('dialog', { name: 'Add your own data' });
    await user.click(within(dialog).getByRole('button', { name: 'Export estimates as CSV' }));

    expect(downloads).toHaveLength(1);
    const link = readCsvDocument(await (downloads[0] as { blob: Blob }).blob.text()).header.get('view') ?? '';
    const { view } = parseView(new URL(link).search);
    expect(view).toMatchObject({ indicator: 'migrant-stock', source: id, countries: [], panel: 'map' });
  }, 20_000);
});
