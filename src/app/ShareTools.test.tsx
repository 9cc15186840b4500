import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads } from '../../test/downloads';
import { resetViewStore } from '../state/store';
import { readCsvDocument } from '../lib/export/readCsvDocument.test-utils';
import { renderAppAt } from './renderAppAt.test-utils';

const downloads = captureDownloads();

beforeEach(() => {
  resetViewStore();
});

describe('Embed & export', () => {
  it('shows the embed code as text to copy, never as a frame', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Embed & export' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed & export' });
    const field = await within(dialog).findByRole('textbox', { name: 'Embed code (HTML)' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLTextAreaElement).value).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/\?year=2020&amp;panel=table&amp;embed=1" title="Migration Lens: International migrant stock/,
    );
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(await navigator.clipboard.readText()).toBe((field as HTMLTextAreaElement).value);
    expect(within(dialog).getByText('Embed code copied')).toBeInTheDocument();
    // The table has no picture to offer.
    expect(within(dialog).getByRole('button', { name: 'Picture (PNG)' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Embed & export' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed & export' })).toHaveFocus();
  });

  it('downloads the data shown and the full series as CSV files named for what they hold', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020&countries=FRA');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Embed & export' }));
    await user.click(await screen.findByRole('button', { name: 'Data shown (CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Full series, all periods (CSV)' }));
    expect(downloads.map((d) => d.name)).toEqual([
      'migration-lens_migrant-stock_census_2020.csv',
      'migration-lens_migrant-stock_census_all-periods.csv',
    ]);
    const shown = readCsvDocument(await (downloads[0] as { blob: Blob }).blob.text());
    expect(shown.header.get('view')).toBe('http://localhost:3000/?year=2020&countries=FRA&panel=table');
    expect(shown.rows.find((r) => r[0] === 'FRA')).toEqual(['FRA', 'France', 'Europe', '2020', '8500000', '', '', 'provisional', 'true']);
    const full = readCsvDocument(await (downloads[1] as { blob: Blob }).blob.text());
    expect(full.rows).toHaveLength(10);
    expect(screen.getByText('Saved migration-lens_migrant-stock_census_all-periods.csv')).toBeInTheDocument();
  });
});
