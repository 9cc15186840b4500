import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useHoverStore } from '../../state/hoverStore';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import * as ss from 'simple-statistics';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareFixtureFiles, compareFixtureSeries } from '../../../mocks/fixtures/dataset';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { App } from '../../app/App';
import type { Series } from '../../contract/schema';
import { createApiClient } from '../../data/client';
import { createQueryClient } from '../../data/queryClient';
import { resetViewStore, useViewStore } from '../../state/store';

/** Boxes standing in for the fixture's countries, drawn clockwise (the interior, for d3-geo). */
const BOXES: [string, [number, number, number, number]][] = [
  ['DEU', [6, 47, 15, 55]],
  ['FRA', [-5, 42, 5, 51]],
  ['ETH', [33, 3, 48, 15]],
  ['USA', [-125, 25, -67, 49]],
  ['IND', [68, 8, 97, 35]],
  ['CIV', [-8, 4, -2, 10]],
];
const topology: Topology<{ countries: GeometryCollection<{ name: string }> }> = {
  type: 'Topology',
  arcs: BOXES.map(([, [w, s, e, n]]) => [
    [w, s],
    [w, n],
    [e, n],
    [e, s],
    [w, s],
  ]),
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: BOXES.map(([id], i) => ({ type: 'Polygon' as const, arcs: [[i]], id, properties: { name: id } })),
    },
  },
};

function useCompareFixture(options: Parameters<typeof contractHandlers>[0]['scenario'] = undefined) {
  server.use(
    http.get('*/geo/countries.topo.json', () => HttpResponse.json(topology)),
    ...contractHandlers({ base: TEST_DATA_BASE, files: compareFixtureFiles, scenario: options }),
  );
}

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);
}

const seriesOf = (source: string, slice = 'total') => compareFixtureSeries.find((s) => s.source === source && s.slice === slice) as Series;

/** The fixture's (A, B) pairs at one period, as the panel should pair them (same period). */
function pairsAt(period: string, slice = 'total') {
  const a = seriesOf('census', slice).columns;
  const b = seriesOf('social-audience', slice).columns;
  const out: { geo: string; a: number; b: number }[] = [];
  b.geo.forEach((geo, i) => {
    if (b.period[i] !== period) return;
    const j = a.geo.findIndex((g, k) => g === geo && a.period[k] === period);
    if (j >= 0) out.push({ geo, a: a.value[j] as number, b: b.value[i] as number });
  });
  return out;
}

/** The first render loads the panel's code (React.lazy): allow it time. */
/** The back-test's summary line for the fixture: 2015 → 2020 for the four countries with audience values (2010 has none within 2 years). */
function expectedBacktest() {
  const apes = pairsAt('2020').map(({ geo, a }) => {
    const census = seriesOf('census').columns;
    const audience = seriesOf('social-audience').columns;
    const at = (c: Series['columns'], period: string) => c.value[c.geo.findIndex((g, k) => g === geo && c.period[k] === period)] as number;
    return (Math.abs((at(census, '2015') * at(audience, '2020')) / at(audience, '2015') - a) / a) * 100;
  });
  return `4 predictions: mean absolute error ${ss.mean(apes).toFixed(1)}%, median ${ss.median(apes).toFixed(1)}%`;
}

const stat = (key: string) => document.querySelector(`[data-stat="${key}"] .compare-stats__value`)?.textContent;

beforeEach(() => {
  resetViewStore();
});

describe('the comparison panel', () => {
  it('shows the agreement that simple-statistics gives for the pairs, and warns that the sources count different things', async () => {
    useCompareFixture();
    renderAt('?panel=compare');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    const pairs = pairsAt('2020');
    expect(pairs).toHaveLength(4);
    const r = ss.sampleCorrelation(
      pairs.map((p) => Math.log(p.a)),
      pairs.map((p) => Math.log(p.b)),
    );
    const logRatios = pairs.map((p) => Math.log(p.b / p.a));
    expect(stat('n')).toBe('4');
    expect(stat('r')).toBe(r.toFixed(2));
    expect(stat('rho')).toBe(
      ss
        .sampleRankCorrelation(
          pairs.map((p) => p.a),
          pairs.map((p) => p.b),
        )
        .toFixed(2),
    );
    expect(stat('bias')).toBe(ss.mean(logRatios).toFixed(2));
    expect(stat('sd')).toBe(ss.sampleStandardDeviation(logRatios).toFixed(2));
    const medianApe = ss.median(pairs.map((p) => (Math.abs(p.b - p.a) / p.a) * 100));
    expect(stat('mdape')).toBe(`${medianApe.toFixed(1)}%`);

    const warning = screen.getByRole('note', { name: 'These sources count different things.' });
    expect(warning).toHaveTextContent('counts by country of birth');
    expect(warning).toHaveTextContent('People living in a country other than their country of birth.');
    expect(warning).toHaveTextContent('counts by having lived in another country');
    expect(warning).toHaveTextContent('Platform users who lived in another country before.');

    expect(screen.getByText(/Each value of Social-media advertising audience \(demo\) in 2020 is paired/)).toHaveTextContent('within ±2 years');
    expect(screen.getByText(/4 countries paired: 4 with a value of the same period, 0 with the nearest other period/)).toBeInTheDocument();
    expect(screen.getByText(/1 country with a value of Census & registers \(demo\) has none of Social-media/)).toHaveTextContent('India');
  });

  it('pairs each B value with the nearest A period within the tolerance, says so, and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?panel=compare&year=2021');
    await screen.findByRole('heading', { name: 'Agreement, 2021' });
    expect(screen.getByText(/4 countries paired: 0 with a value of the same period, 4 with the nearest other period/)).toHaveTextContent(
      'Other periods used: 2020.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Match A’s period within' }), '0');
    expect(window.location.search).toContain('ctol=0');
    expect(useViewStore.getState().view.compareOptions.tolerance).toBe(0);
    // 2021 has no census: with the same year only, nothing pairs.
    expect(await screen.findByText(/4 countries with a value of Social-media advertising audience \(demo\) have none of Census/)).toHaveTextContent(
      'within the same year only',
    );
    expect(stat('n')).toBe('0');
    expect(stat('r')).toBe('–');
  });

  it('draws the scatter with a tooltip, and a click selects the country for the whole app', async () => {
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    const scatter = await screen.findByRole('img', { name: /Scatter plot of Social-media advertising audience \(demo\) against Census/ });
    expect(scatter).toHaveAccessibleName(/for 4 countries in 2020/);
    const point = scatter.querySelector('[data-geo="USA"]') as SVGPathElement;
    const [x, y] = (/translate\(([\d.]+) ([\d.]+)\)/.exec(point.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
    fireEvent.pointerMove(scatter, { clientX: x, clientY: y });
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('United States');
    expect(tooltip).toHaveTextContent('A (2020): 50,600,000');
    expect(tooltip).toHaveTextContent('B (2020): 61,000,000');
    expect(tooltip).toHaveTextContent('B / A: ×1.2');
    fireEvent.click(scatter, { clientX: x, clientY: y });
    expect(useViewStore.getState().view.countries).toEqual(['USA']);
    await waitFor(() => expect(window.location.search).toContain('countries=USA'));
    // The legend names each region with its symbol, and the two lines.
    const legend = screen.getByRole('list', { name: 'Key to the scatter plot' });
    expect(within(legend).getByText(/Europe \(2\)/)).toBeInTheDocument();
    expect(within(legend).getByText('B = A (full agreement)')).toBeInTheDocument();
    expect(within(legend).getByText(/Fitted line, least squares on the logs/)).toBeInTheDocument();
  });

  it('colours the ratio map B / A on the diverging scale and says which way each side is', async () => {
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    const map = await screen.findByRole('img', { name: /World map of the ratio/ });
    expect(map).toHaveAccessibleName(/B is above A in 1 country and below it in 3/);
    const usa = map.querySelector('[data-geo="USA"]') as SVGPathElement;
    const deu = map.querySelector('[data-geo="DEU"]') as SVGPathElement;
    const ind = map.querySelector('[data-geo="IND"]') as SVGPathElement;
    // RdBu: above 1 blue, below 1 red, no pair hatched.
    const rgb = (el: SVGPathElement) => (el.getAttribute('fill') ?? '').match(/[0-9a-f]{2}/gi)?.map((h) => parseInt(h, 16)) ?? [];
    const [ur, , ub] = rgb(usa);
    const [dr, , db] = rgb(deu);
    expect(ub as number).toBeGreaterThan(ur as number);
    expect(dr as number).toBeGreaterThan(db as number);
    expect(ind.getAttribute('fill')).toBe('url(#compare-nodata)');
    expect(screen.getByText('B under-estimates A (3)')).toBeInTheDocument();
    expect(screen.getByText('B over-estimates A (1)')).toBeInTheDocument();
  });

  it('hovering a country in the scatter outlines it on the ratio map, and back', async () => {
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    const scatter = await screen.findByRole('img', { name: /Scatter plot of/ });
    const map = await screen.findByRole('img', { name: /World map of the ratio/ });
    const point = scatter.querySelector('[data-geo="DEU"]') as SVGPathElement;
    const [x, y] = (/translate\(([\d.]+) ([\d.]+)\)/.exec(point.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
    fireEvent.pointerMove(scatter, { clientX: x, clientY: y });
    await waitFor(() => expect(map.querySelector('[data-geo="DEU"]')).toHaveAttribute('stroke', '#c2410c'));
    expect(map.querySelector('[data-geo="FRA"]')).not.toHaveAttribute('stroke', '#c2410c');
    fireEvent.pointerLeave(scatter);
    await waitFor(() => expect(map.querySelector('[data-geo="DEU"]')).not.toHaveAttribute('stroke', '#c2410c'));
    fireEvent.pointerMove(map.querySelector('[data-geo="USA"]') as SVGPathElement, { clientX: 5, clientY: 5 });
    await waitFor(() => expect(useHoverStore.getState().geo).toBe('USA'));
    // The map's own tooltip, and the scatter's for the same country: the views are linked.
    const tooltips = await screen.findAllByRole('tooltip');
    expect(tooltips).toHaveLength(2);
    for (const tooltip of tooltips) expect(tooltip).toHaveTextContent('United States');
    useHoverStore.getState().setGeo(null);
  });

  it('charts one country over time, with the latest period of each source, and lists coverage and freshness', async () => {
    useCompareFixture();
    renderAt('?panel=compare&cgeo=FRA');
    const chart = await screen.findByRole('img', {
      name: /Chart of Census & registers \(demo\) and Social-media advertising audience \(demo\) in France, from 2010 to 2021/,
    });
    expect(chart).toHaveTextContent('A latest: 2020');
    expect(chart).toHaveTextContent('B latest: 2021');
    expect(chart.querySelector('.compare-gap')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'France: both sources over time' })).toBeInTheDocument();

    const coverage = screen.getByRole('table', { name: 'Coverage and freshness' });
    const row = (fact: string) => coverage.querySelector(`[data-fact="${fact}"]`) as HTMLElement;
    expect(row('periods')).toHaveTextContent('2010–2020 (3 periods)');
    expect(row('periods')).toHaveTextContent('2015–2021 (7 periods)');
    expect(row('countries')).toHaveTextContent('54');
    expect(row('released')).toHaveTextContent('Jan 15, 2025');
    expect(row('released')).toHaveTextContent('Oct 20, 2026');
    expect(screen.getByText(/is 1 year more recent than Census & registers \(demo\) \(2021 against 2020\)/)).toBeInTheDocument();
    expect(screen.getByText(/It was released 643 days after/)).toBeInTheDocument();
    expect(
      screen.getByText(/Countries: 4 covered by both sources, 1 by Census & registers \(demo\) only, 0 by .* only, 1 by neither/),
    ).toBeInTheDocument();
    // The timeline's year labels (10 px, about 24 px wide) are whole, the first and the last too.
    const timeline = screen.getByRole('img', { name: 'Countries with a value in each period, for each source' });
    const width = Number(timeline.getAttribute('width'));
    const ticks = [...timeline.querySelectorAll('.compare-timeline__tick')];
    expect(ticks.map((tick) => tick.textContent)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020']);
    for (const tick of ticks) {
      const x = Number(tick.getAttribute('x'));
      expect(x - 12, tick.textContent ?? '').toBeGreaterThanOrEqual(0);
      expect(x + 12, tick.textContent ?? '').toBeLessThanOrEqual(width);
    }
  });

  it('gives the agreement by sex, showing the group the platform under-covers', async () => {
    useCompareFixture();
    renderAt('?panel=compare&year=2020&cby=sex');
    const table = await screen.findByRole('table', {
      name: /Agreement of Social-media advertising audience \(demo\) with Census & registers \(demo\) by sex, 2020/,
    });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    await waitFor(() => expect(table.querySelector('[data-slice="sex-female"]')).toHaveTextContent('4'));
    const typical = (slice: string) => {
      const pairs = pairsAt('2020', slice);
      return Math.exp(ss.mean(pairs.map((p) => Math.log(p.b / p.a))));
    };
    const female = typical('sex-female');
    const male = typical('sex-male');
    expect(female).toBeLessThan(0.8 * male);
    const two = (v: number) => new Intl.NumberFormat('en', { maximumSignificantDigits: 2 }).format(v);
    expect(table.querySelector('[data-slice="sex-female"]')).toHaveTextContent(`×${two(female)}`);
    expect(table.querySelector('[data-slice="sex-male"]')).toHaveTextContent(`×${two(male)}`);
    expect(screen.getByTestId('breakdown-verdict')).toHaveTextContent(`Lowest coverage: Female, where B is typically ×${two(female)} A`);
    expect(window.location.search).toContain('cby=sex');
  });

  it('shows the nowcast as a model estimate with its inputs, and back-tests it on past releases', async () => {
    useCompareFixture();
    renderAt('?panel=compare&nowcast=1&cgeo=DEU');
    const inputs = await screen.findByTestId('nowcast-inputs', {});
    expect(screen.getByText('Model estimate, not an official statistic.')).toBeInTheDocument();
    // Census 2020 carried forward with the audience's growth 2020 → 2021.
    const estimate = (15_800_000 * 11_600_000) / 11_000_000;
    expect(inputs).toHaveTextContent(`Nowcast for Germany, 2021: ${new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(estimate)}`);
    expect(inputs).toHaveTextContent('Last official figure (Census & registers (demo), 2020)15,800,000');
    expect(inputs).toHaveTextContent('×1.05');
    const chart = screen.getByRole('img', { name: /Chart of .* in Germany/ });
    expect(chart.parentElement).toHaveTextContent('Nowcast (model estimate)');

    const overall = screen.getByTestId('backtest-overall');
    expect(overall).toHaveTextContent(expectedBacktest());
    const byRelease = screen.getByRole('table', { name: 'Errors by release predicted' });
    expect(within(byRelease).getByRole('rowheader', { name: '2015 → 2020' })).toBeInTheDocument();
    expect(byRelease).toHaveTextContent('4 across a break in Social-media advertising audience (demo)');
  });

  it('with large series (grouped and back-tested in slices) shows the same agreement and back-test', async () => {
    // 338 made-up countries × 150 early years added to each source (different countries in each,
    // so nothing new pairs): over the sizes that group and back-test in slices.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const padded = (series: Series, first: number): Series => {
      const columns = { geo: [...series.columns.geo], period: [...series.columns.period], value: [...series.columns.value] };
      for (let i = first; i < first + 13; i++)
        for (const second of letters)
          for (let year = 1700; year < 1850; year++) {
            columns.geo.push(`Q${letters[i]}${second}`);
            columns.period.push(String(year));
            columns.value.push(1000 + year);
          }
      return { ...series, columns };
    };
    const a = padded(seriesOf('census'), 0);
    const b = padded(seriesOf('social-audience'), 13);
    expect(b.columns.geo.length).toBeGreaterThanOrEqual(50_000);
    server.use(
      http.get('*/geo/countries.topo.json', () => HttpResponse.json(topology)),
      ...contractHandlers({
        base: TEST_DATA_BASE,
        files: (path) =>
          path === 'series/migrant-stock/census.json' ? a : path === 'series/migrant-stock/social-audience.json' ? b : compareFixtureFiles(path),
      }),
    );
    renderAt('?panel=compare&nowcast=1&cgeo=DEU');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    expect(stat('n')).toBe('4');
    const pairs = pairsAt('2020');
    const r = ss.sampleCorrelation(
      pairs.map((p) => Math.log(p.a)),
      pairs.map((p) => Math.log(p.b)),
    );
    expect(stat('r')).toBe(r.toFixed(2));
    expect(await screen.findByTestId('backtest-overall', {})).toHaveTextContent(expectedBacktest());
  });

  it('says which source failed and what the rest of the panel shows without it', async () => {
    useCompareFixture({ scenario: 'server-error', target: 'series/migrant-stock/census.json' });
    renderAt('?panel=compare&year=2020');
    const alert = await screen.findByRole('alert', {});
    expect(alert).toHaveTextContent('Could not load International migrant stock from Census & registers (demo).');
    expect(alert).toHaveTextContent('series/migrant-stock/census.json: HTTP 500');
    expect(screen.getByText(/Without Census & registers \(demo\), the reference, there is no agreement/)).toBeInTheDocument();
    expect(screen.getAllByText(/Needs both sources; not loaded: Census & registers \(demo\)/).length).toBeGreaterThan(0);
    // What B gives is still there: its coverage and its series for a country.
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Coverage and freshness' }).querySelector('[data-fact="periods"]')).toHaveTextContent(
        '2015–2021 (7 periods)',
      ),
    );
    // Without pairs, the chart's country is the one with B's largest latest value.
    expect(screen.getByRole('img', { name: /Chart of .* in United States/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Agreement/ })).toBeNull();
  });

  it('says there is nothing to pair when B has no values, and still shows A', async () => {
    useCompareFixture({ scenario: 'empty-series', target: 'series/migrant-stock/social-audience.json' });
    renderAt('?panel=compare&year=2020');
    await waitFor(() => expect(screen.getAllByText('No pair to draw.').length).toBe(2));
    const coverage = screen.getByRole('table', { name: 'Coverage and freshness' });
    expect(coverage.querySelector('[data-fact="periods"]')).toHaveTextContent('2010–2020 (3 periods)');
    expect(coverage.querySelector('[data-fact="periods"]')).toHaveTextContent('no values');
    expect(screen.queryByRole('heading', { name: /Agreement/ })).toBeNull();
    expect(screen.getByRole('img', { name: /Chart of .* in United States/ })).toBeInTheDocument();
  });

  it('offers the indicators that can be compared when this one has a single source', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?panel=compare&indicator=net-migration');
    expect(await screen.findByText(/Net migration has only one source \(Demographic accounts \(demo\)\)/, {})).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'International migrant stock' }));
    expect(useViewStore.getState().view.indicator).toBe('migrant-stock');
    expect(await screen.findByRole('heading', { name: /Agreement/ })).toBeInTheDocument();
  });

  it('lets the keyboard select countries from the table of pairs, and switches the sources through the URL', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    // The table is made when first opened, not with the panel's first figures.
    expect(screen.queryByRole('checkbox', { name: 'Select Ethiopia' })).toBeNull();
    await user.click(await screen.findByText('Table of the pairs (4 countries)'));
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ethiopia' }));
    expect(useViewStore.getState().view.countries).toEqual(['ETH']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reference (A)' }), 'social-audience');
    await waitFor(() => expect(window.location.search).toContain('compare=social-audience~'));
    expect(await screen.findByText(/Each value of Census & registers \(demo\) in 2020 is paired/)).toBeInTheDocument();
  });
});

describe('where the sources disagree', () => {
  /** The fixture's pairs in 2020 with their ln(B/A), largest disagreement first. */
  const byGap = () =>
    pairsAt('2020')
      .map((p) => ({ ...p, log: Math.log(p.b / p.a) }))
      .sort((p, q) => Math.abs(q.log) - Math.abs(p.log));
  const rowGeos = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-geo'));

  it('sorts the table of pairs by every column from buttons in its headers, largest disagreement first, saying which way each goes', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    await user.click(await screen.findByText('Table of the pairs (4 countries)'));
    const table = screen.getByRole('table', { name: /by country, 2020/ });
    const header = (name: RegExp) => within(table).getByRole('button', { name }).closest('th') as HTMLElement;
    expect(header(/Which way, how far/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/^B\/A/)).not.toHaveAttribute('aria-sort');
    expect(rowGeos(table)).toEqual(byGap().map((p) => p.geo));
    for (const p of byGap()) {
      const row = table.querySelector(`tr[data-geo="${p.geo}"]`) as HTMLElement;
      expect(row.querySelector('[data-direction]')).toHaveTextContent(p.b > p.a ? 'over-estimate' : 'under-estimate');
    }
    expect(new Set(byGap().map((p) => p.b > p.a)).size).toBe(2); // both directions occur in the fixture

    await user.click(within(table).getByRole('button', { name: /^B\/A/ }));
    expect(header(/^B\/A/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/Which way, how far/)).not.toHaveAttribute('aria-sort');
    const byRatio = [...pairsAt('2020')].sort((p, q) => q.b / q.a - p.b / p.a).map((p) => p.geo);
    expect(rowGeos(table)).toEqual(byRatio);
    await waitFor(() => expect(window.location.search).toContain('csort=ratio-desc'));

    // The keyboard turns it round.
    within(table).getByRole('button', { name: /^B\/A/ }).focus();
    await user.keyboard('{Enter}');
    expect(header(/^B\/A/)).toHaveAttribute('aria-sort', 'ascending');
    expect(rowGeos(table)).toEqual([...byRatio].reverse());

    await user.click(within(table).getByRole('button', { name: /^Country/ }));
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'ascending');
    expect(rowGeos(table)).toEqual(['CIV', 'ETH', 'FRA', 'DEU', 'IND', 'USA'].filter((g) => byRatio.includes(g)));
    for (const name of [/^A: /, /^B: /, /^B − A/, /^% difference/]) {
      await user.click(within(table).getByRole('button', { name }));
      expect(header(name)).toHaveAttribute('aria-sort', 'descending');
    }
  });

  it('ranks where B over-estimates A most and where it under-estimates most, each country a button that opens it', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    const card = (await screen.findByRole('heading', { name: 'Where the sources disagree most, 2020' })).closest('section') as HTMLElement;
    const over = byGap()
      .filter((p) => p.log > 0)
      .sort((p, q) => q.log - p.log)
      .map((p) => p.geo);
    const under = byGap()
      .filter((p) => p.log < 0)
      .sort((p, q) => p.log - q.log)
      .map((p) => p.geo);
    const listed = (side: string) => [...card.querySelectorAll(`ol[data-side="${side}"] > li`)].map((li) => li.getAttribute('data-geo'));
    expect(listed('over')).toEqual(over);
    expect(listed('under')).toEqual(under);
    expect(within(card).getByRole('heading', { name: 'Over-estimates (B above A)' })).toBeInTheDocument();
    expect(card).toHaveTextContent('A: Census & registers (demo).');
    const first = card.querySelector('ol[data-side="under"] > li button') as HTMLButtonElement;
    await user.click(first);
    expect(useViewStore.getState().view.compareOptions.country).toBe(under[0]);
  });

  it('folds the controls behind the one Options button in embed mode, the statistics and the scatter first', async () => {
    const user = userEvent.setup();
    useCompareFixture();
    renderAt('?embed=1&panel=compare&year=2020');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    expect(screen.getByRole('img', { name: /Scatter plot|against/i })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Options' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Reference (A)' })).toBeNull();
    expect(screen.getAllByRole('button', { name: /Options|Change/ })).toHaveLength(1);
    // The foot names both sides of the comparison, one line each, with release and licence.
    const sourceLines = [...document.querySelectorAll('.single-panel__source')].map((p) => p.textContent);
    expect(sourceLines).toEqual([
      expect.stringMatching(/^Source: Census & registers \(demo\), released .*Licence: /),
      expect.stringMatching(/^Source: Social-media advertising audience \(demo\), released .*Licence: /),
    ]);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Reference (A)' })).toBeVisible();
  });

  it('keeps the controls open in the full app', async () => {
    useCompareFixture();
    renderAt('?panel=compare&year=2020');
    await screen.findByRole('heading', { name: 'Agreement, 2020' });
    expect(screen.getByRole('combobox', { name: 'Reference (A)' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Options' })).toBeNull();
  });
});
