import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractHandlers } from '../../../mocks/handlers';
import type { ScenarioOptions } from '../../../mocks/scenarios';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { resetViewStore, useViewStore } from '../../state/store';
import { seriesFixtureFiles } from './seriesFixture.test-utils';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { FixedWidthObserver } from './fixedWidthObserver.test-utils';
import { captureDownloads } from '../../../test/downloads';
import { readCsvDocument } from '../../lib/export/readCsvDocument.test-utils';

const downloads = captureDownloads();

/** Downloads "Data shown (CSV)" from the Embed & export menu and reads it back: its header lines (in order), columns and rows. */
async function downloadShownCsv(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Embed & export' }));
  await user.click(await screen.findByRole('button', { name: 'Data shown (CSV)' }));
  const file = downloads.at(-1);
  if (!file) throw new Error('nothing downloaded');
  const text = await file.blob.text();
  const headerLines = text.split('\r\n').filter((line) => line.startsWith('# '));
  return { name: file.name, headerLines, ...readCsvDocument(text) };
}

function useFixture(scenario?: ScenarioOptions) {
  server.use(...contractHandlers({ base: TEST_DATA_BASE, files: seriesFixtureFiles, scenario }));
}

const legend = () => screen.getByRole('region', { name: 'Lines' });
const chartLines = (container: HTMLElement) => [...container.querySelectorAll('.series-chart__lines > g')].map((g) => g.getAttribute('data-line'));
const tooltip = () => screen.getByTestId('series-tooltip');
// The tooltip is aria-hidden (the slider's value text says the same): query it by markup.
const tooltipRow = (name: string) =>
  [...tooltip().querySelectorAll('li')].find((li) => li.querySelector('.series-tooltip__name')?.textContent === name) as HTMLElement;
const tooltipPeriod = () => tooltip().querySelector('.series-tooltip__period')?.textContent;
const notes = (container: HTMLElement) => [...container.querySelectorAll('.series-notes__list li')].map((li) => li.textContent);

beforeEach(() => {
  resetViewStore();
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
  useFixture();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the time-series panel', () => {
  it('draws one line per selected country, with a legend, direct labels and a title', async () => {
    const { container } = renderAppAt('?countries=DEU~FRA&panel=series');
    expect(await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'Germany' })).toBeInTheDocument();
    expect(within(legend()).getByRole('button', { name: 'France' })).toHaveAttribute('aria-pressed', 'false');
    expect(chartLines(container)).toEqual(['DEU|census', 'FRA|census']);
    expect(screen.getByText('Migrant stock (persons), one line per country, from Census (demo), 2010–2020')).toBeInTheDocument();
    const labels = [...container.querySelectorAll('.series-chart__label text')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['France', 'Germany']);
    // Census rounds are dots joined by dashes.
    expect(container.querySelector('[data-line="DEU|census"] .series-chart__line')).toHaveAttribute('stroke-dasharray', '7 5');
    expect(container.querySelectorAll('[data-line="DEU|census"] .series-chart__marker')).toHaveLength(3);
  });

  it('leaves a missing period as a gap and says so', async () => {
    const { container } = renderAppAt('?countries=DEU~FRA&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    // France has 2010 and 2020 but no 2015: two separate points, no segment between them.
    const d = container.querySelector('[data-line="FRA|census"] .series-chart__line')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toContain('L');
    expect(notes(container)).toContain('Missing periods are left as gaps, not filled in (1: France).');
  });

  it('for one country draws one line per source, bands for bounds, and annotates the break with the caveat', async () => {
    const { container } = renderAppAt('?countries=DEU&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'Audience (demo)' });
    expect(await screen.findByText('Migrant stock (persons), one line per source, for Germany, 2010–2020')).toBeInTheDocument();
    await waitFor(() => expect(chartLines(container)).toEqual(['DEU|census', 'DEU|audience']));
    expect(container.querySelector('[data-line="DEU|audience"] .series-chart__line')).not.toHaveAttribute('stroke-dasharray');
    expect(container.querySelectorAll('.series-chart__band')).toHaveLength(1);
    expect(container.querySelector('.series-chart__break text')).toHaveTextContent('Break: In 2018 the platform changed how it counts users');
    expect(notes(container)).toContain(
      '2018, Audience (demo): In 2018 the platform changed how it counts users (values flagged "break"): values before and after are not comparable.',
    );
  });

  it('moves a crosshair with the keyboard and lists every series, with bounds and flags, in the tooltip', async () => {
    const user = userEvent.setup();
    renderAppAt('?countries=DEU&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'Audience (demo)' });
    const chart = await screen.findByRole('slider', { name: /Migrant stock .* arrow keys/ });
    await waitFor(() => expect(chart).toHaveAttribute('aria-valuemax', '6'));
    act(() => chart.focus());
    await user.keyboard('{End}');
    expect(tooltipPeriod()).toBe('2020');
    expect(tooltipRow('Census (demo)')).toHaveTextContent('15,000,000');
    expect(tooltipRow('Census (demo)')).toHaveTextContent('provisional');
    expect(tooltipRow('Audience (demo)')).toHaveTextContent('12,000,000');
    expect(tooltipRow('Audience (demo)')).toHaveTextContent('range 10,800,000 – 13,200,000');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(tooltipPeriod()).toBe('2018');
    expect(tooltipRow('Census (demo)')).toHaveTextContent('no value');
    expect(tooltipRow('Audience (demo)')).toHaveTextContent('break in series');
    expect(chart).toHaveAttribute('aria-valuetext', '2018: Audience (demo) 11,000,000; Census (demo) no value');
    await user.keyboard('{Home}');
    expect(tooltipPeriod()).toBe('2010');
    expect(chart).toHaveAttribute('aria-valuenow', '0');
    await user.keyboard('{ArrowLeft}');
    expect(chart).toHaveAttribute('aria-valuenow', '0');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('series-tooltip')).not.toBeInTheDocument();
  });

  it('starts the keyboard crosshair at the chosen year', async () => {
    const user = userEvent.setup();
    renderAppAt('?countries=DEU&year=2015&panel=series');
    const chart = await screen.findByRole('slider');
    await waitFor(() => expect(chart).toHaveAttribute('aria-valuemax', '6'));
    act(() => chart.focus());
    expect(tooltipPeriod()).toBe('2015');
    await user.keyboard('{ArrowRight}');
    expect(tooltipPeriod()).toBe('2016');
  });

  it('focuses a line from its legend entry, dimming the others, and back', async () => {
    const user = userEvent.setup();
    const { container } = renderAppAt('?countries=DEU~FRA&panel=series');
    const france = await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    await user.click(france);
    expect(france).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('[data-line="DEU|census"]')).toHaveClass('dim');
    expect(container.querySelector('[data-line="FRA|census"]')).toHaveClass('focused');
    await user.click(france);
    expect(france).toHaveAttribute('aria-pressed', 'false');
    expect(container.querySelector('[data-line="DEU|census"]')).not.toHaveClass('dim');
  });

  it('focuses a line when it is clicked', async () => {
    const user = userEvent.setup();
    const { container } = renderAppAt('?countries=DEU~FRA&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    await user.click(container.querySelector('[data-line="DEU|census"] .series-chart__hit') as Element);
    expect(within(legend()).getByRole('button', { name: 'Germany' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows an error for the source that fails while the other source still draws', async () => {
    useFixture({ scenario: 'server-error', target: 'series/migrant-stock/audience.json' });
    const { container } = renderAppAt('?countries=DEU&panel=series');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load Migrant stock from Audience (demo).');
    expect(alert).toHaveTextContent('series/migrant-stock/audience.json: HTTP 500');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(chartLines(container)).toEqual(['DEU|census']);
    expect(within(legend()).getByRole('button', { name: /Audience \(demo\)/ })).toHaveTextContent('(could not be loaded)');
  });

  it('says what the log scale leaves out', async () => {
    const { container } = renderAppAt('?indicator=net-migration&countries=DEU~ETH&panel=series&scale=log');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: /Ethiopia/ });
    await waitFor(() => expect(notes(container)).toContain('Log scale: values at or below zero are left out (2: Ethiopia).'));
    expect(within(legend()).getByRole('button', { name: /Ethiopia/ })).toHaveTextContent('(not drawn)');
    expect(chartLines(container)).toEqual(['DEU|model']);
    expect(screen.getByText('persons, log scale')).toBeInTheDocument();
  });

  it('draws values per 1,000 population and says which lack a population', async () => {
    const user = userEvent.setup();
    const { container } = renderAppAt('?source=audience&countries=DEU~FRA&panel=series&measure=per1000');
    await waitFor(() =>
      expect(notes(container)).toContain('Per 1,000 population: values without a population figure for their year are left out (1: France).'),
    );
    expect(screen.getByText('persons per 1,000 population')).toBeInTheDocument();
    act(() => screen.getByRole('slider').focus());
    await user.keyboard('{Home}');
    expect(tooltipRow('Germany')).toHaveTextContent('112.5');
    expect(tooltipRow('Germany')).toHaveTextContent('published: 9,000,000');
  });

  it('indexes to a base period, and says which lines have no value there', async () => {
    const { container } = renderAppAt('?source=audience&countries=DEU~FRA&panel=series&measure=index&base=2017');
    await waitFor(() => expect(notes(container)).toContain('Not drawn as an index, having no value above zero in 2017: France.'));
    expect(screen.getByText('index, 2017 = 100')).toBeInTheDocument();
    expect(chartLines(container)).toEqual(['DEU|audience']);
    expect(screen.getByRole('combobox', { name: 'Base period' })).toHaveValue('2017');
  });

  it('shows the largest countries when none is selected, and says so', async () => {
    const { container } = renderAppAt('?panel=series');
    await waitFor(() =>
      expect(notes(container)).toContain(
        'No country selected: showing the 4 countries with the largest values in 2020. Pick countries in the Countries box to draw others.',
      ),
    );
    expect(
      within(legend())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['United States', 'Germany', 'France', 'Ethiopia']);
  });

  it('aligns monthly values and reads them by month', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=search-interest&countries=DEU~FRA&panel=series');
    const chart = await screen.findByRole('slider');
    await waitFor(() => expect(chart).toHaveAttribute('aria-valuemax', '2'));
    act(() => chart.focus());
    await user.keyboard('{Home}{ArrowRight}');
    expect(tooltipPeriod()).toBe('Feb 2020');
    expect(tooltipRow('Germany')).toHaveTextContent('55');
    expect(tooltipRow('France')).toHaveTextContent('no value');
  });

  it('puts every option in the URL', async () => {
    const user = userEvent.setup();
    renderAppAt('?countries=DEU~FRA&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scale' }), 'log');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Measure' }), 'index');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Base period' }), '2010');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2015');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lines' }), 'source');
    expect(window.location.search).toBe('?countries=DEU~FRA&panel=series&lines=source&scale=log&measure=index&base=2010&from=2015');
    expect(useViewStore.getState().view.series).toEqual({
      lines: 'source',
      scale: 'log',
      measure: 'index',
      base: '2010',
      from: '2015',
      to: null,
      aggregates: [],
    });
    await user.click(screen.getByRole('button', { name: 'Whole period' }));
    expect(window.location.search).not.toContain('from=');
  });

  it('does not offer per 1,000 population for an index', async () => {
    renderAppAt('?indicator=search-interest&countries=DEU&panel=series&measure=per1000');
    const option = await screen.findByRole('option', { name: 'Per 1,000 population (not for this indicator)' });
    expect(option).toBeDisabled();
    expect(await screen.findByText('Per 1,000 population is not offered for this indicator: values are shown as published.')).toBeInTheDocument();
  });
});

describe('"Data shown (CSV)" of the time series', () => {
  it('holds every country × source × period drawn, and names every source with its caveats', async () => {
    const user = userEvent.setup();
    renderAppAt('?countries=DEU&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'Audience (demo)' });
    const csv = await downloadShownCsv(user);
    expect(csv.name).toBe('migration-lens_series_migrant-stock_sources_2010-2020.csv');
    expect(csv.columns).toEqual(['iso3', 'country', 'source', 'period', 'measure', 'value', 'lower', 'upper', 'published', 'flag', 'left-out']);
    expect(csv.rows.map((r) => `${r[0]} ${r[2]} ${r[3]}`)).toEqual([
      'DEU census 2010',
      'DEU census 2015',
      'DEU census 2020',
      'DEU audience 2016',
      'DEU audience 2017',
      'DEU audience 2018',
      'DEU audience 2019',
      'DEU audience 2020',
    ]);
    expect(csv.rows[3]).toEqual(['DEU', 'Germany', 'audience', '2016', 'absolute', '9000000', '8000000', '10000000', '9000000', '', '']);
    expect(csv.header.get('title')).toBe('Migrant stock (persons), one line per source, for Germany, 2010–2020');
    expect(csv.header.get('period')).toBe('2010/2020');
    // Both sources, each with its caveats (not only the first source's).
    expect(csv.headerLines.filter((l) => l.startsWith('# source: '))).toEqual([
      '# source: Census (demo) (census)',
      '# source: Audience (demo) (audience)',
    ]);
    expect(csv.headerLines.filter((l) => l.startsWith('# caveat: '))).toEqual([
      '# caveat: Census (demo): Synthetic.',
      '# caveat: Audience (demo): Synthetic.',
      '# caveat: Audience (demo): In 2018 the platform changed how it counts users (values flagged "break"): values before and after are not comparable.',
    ]);
  });

  it('is in the measure shown: an index, with its base, and the published value beside it', async () => {
    const user = userEvent.setup();
    renderAppAt('?countries=DEU~FRA&panel=series&measure=index&base=2010');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    const csv = await downloadShownCsv(user);
    expect(csv.name).toBe('migration-lens_series_migrant-stock_census_2010-2020.csv');
    expect(csv.header.get('measure')).toBe('index, 2010 = 100 (index)');
    expect(csv.header.get('index-base')).toBe('2010');
    expect(csv.rows.find((r) => r[0] === 'DEU' && r[3] === '2020')).toEqual([
      'DEU',
      'Germany',
      'census',
      '2020',
      'index',
      '150',
      '',
      '',
      '15000000',
      'provisional',
      '',
    ]);
    // France has no 2015: a gap is not a row.
    expect(csv.rows.filter((r) => r[0] === 'FRA').map((r) => r[3])).toEqual(['2010', '2020']);
  });
});
