/**
 * An index of ties between countries (the Social Connectedness Index): a source with figures
 * between pairs of countries only, shown for one focus country, and never worded as people.
 */
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from '../../mocks/fixtures/dataset';
import { bilateralPath } from '../contract/paths';
import { CONTRACT_VERSION, type Catalog, type Series } from '../contract/schema';
import { resetViewStore } from '../state/store';
import type { Language } from '../state/viewState';
import { FakeMap } from '../features/map/maplibreMock.test-utils';
import { LAYER } from '../features/map/mapStyle';
import { mapReady } from '../features/map/mapReady.test-utils';
import { renderAppAt, serveOverFixture } from './renderAppAt.test-utils';

configure({ asyncUtilTimeout: 5000 });
vi.mock('maplibre-gl', async () => (await import('../features/map/maplibreMock.test-utils')).maplibreModule);
vi.mock('../features/map/webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => true }));

const catalog: Catalog = {
  ...fixtureCatalog,
  sources: [
    ...fixtureCatalog.sources,
    {
      id: 'sci',
      name: 'Connectedness index (test)',
      kind: 'digital-trace',
      publisher: 'Test',
      url: null,
      licence: 'CC0 1.0',
      counts: 'ties',
      definition: 'How likely two users in two countries are to be friends.',
      cadence: 'irregular',
      releaseDate: '2026-12-02',
      latestPeriod: '2026',
      caveats: [],
      demo: false,
    },
  ],
  indicators: [
    ...fixtureCatalog.indicators,
    {
      id: 'social-connectedness',
      label: 'Social connectedness',
      unit: 'index',
      description: 'Ties between countries.',
      topic: 'Ties',
      signed: false,
      bilateral: true,
      grain: 'year',
      dimensions: [],
      sources: [{ id: 'sci', breakdowns: [], total: false }],
    },
  ],
};

/** Germany's ties, its own (within the country) among them; France's. */
const ties = (geo: string, columns: Pick<Series['columns'], 'geo' | 'value'>): Series => ({
  contract: CONTRACT_VERSION,
  indicator: 'social-connectedness',
  source: 'sci',
  slice: 'total',
  focus: { geo, role: 'destination' },
  releaseDate: '2026-12-02',
  columns: { ...columns, period: columns.geo.map(() => '2026') },
});
const files = new Map<string, unknown>([
  ['catalog.json', catalog],
  [
    bilateralPath('social-connectedness', 'sci', 'destination', 'DEU'),
    ties('DEU', { geo: ['DEU', 'ETH', 'FRA', 'IND', 'USA'], value: [1_403_220, 9_120, 250_431, 14_002, 30_517] }),
  ],
  [
    bilateralPath('social-connectedness', 'sci', 'destination', 'FRA'),
    ties('FRA', { geo: ['CIV', 'DEU', 'ETH'], value: [180_993, 250_431, 12_600] }),
  ],
]);

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  serveOverFixture(files);
});

/** How each language says "index of ties (relative), not a number of migrants", and its word for persons. */
const WORDING: Record<Language, { ties: string; notMigrants: string; persons: RegExp; title: string; table: string }> = {
  en: {
    ties: 'index of ties (relative), not a number of migrants',
    notMigrants: 'not a number of migrants',
    persons: /person/i,
    title: 'Ties of Germany with other countries, 2026',
    table: 'Table',
  },
  fr: {
    ties: 'indice de liens (relatif), pas un nombre de migrants',
    notMigrants: 'pas un nombre de migrants',
    persons: /personne/i,
    title: 'Liens entre Allemagne et les autres pays, 2026',
    table: 'Tableau',
  },
  es: {
    ties: 'índice de vínculos (relativo), no un número de migrantes',
    notMigrants: 'no un número de migrantes',
    persons: /persona/i,
    title: 'Vínculos de Alemania con los demás países, 2026',
    table: 'Tabla',
  },
};

/** A text about ties: it may say what they are not ("not a number of migrants"), never that they count people or migrants. */
function expectTiesWording(text: string | null, lang: Language) {
  const { persons, notMigrants } = WORDING[lang];
  expect(text).not.toMatch(persons);
  expect((text ?? '').split(notMigrants).join('')).not.toMatch(/migra/i);
}

describe('an index of ties between countries', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`${lang}: a link shows the ties of its focus country, as an index of ties in the legend, tooltip, summary, table and source line, never as people`, async () => {
      const user = userEvent.setup();
      const words = WORDING[lang];
      renderAppAt(`?indicator=social-connectedness&od=destination~DEU&lang=${lang}`);
      const map = await mapReady();

      const title = await screen.findByRole('heading', { name: words.title });
      const legend = screen.getByRole('region', { name: new RegExp(words.ties.replace(/[()]/g, '\\$&')) });
      act(() => map.fireOn('mousemove', LAYER.noData, 'FRA', { x: 40, y: 30 }));
      const tooltip = screen.getByRole('tooltip');
      expect(tooltip).toHaveTextContent(words.ties);
      expect(tooltip).toHaveTextContent(/250[\s,.  ]?431/);
      const summary = document.querySelector('.view-summary');
      expect(summary).toHaveTextContent(words.ties);
      // Ranked among the other countries: Germany's ties within itself are not one of them.
      expect(summary?.textContent).not.toMatch(/1[\s,.  ]?403[\s,.  ]?220/);
      const source = document.querySelector('.source-line');
      expect(source).toHaveTextContent(words.ties);
      expect(source).not.toHaveTextContent(words.persons);
      for (const text of [title.textContent, legend.textContent, tooltip.textContent, summary?.textContent ?? null]) expectTiesWording(text, lang);

      await user.click(screen.getByRole('tab', { name: words.table }));
      const table = await screen.findByRole('table');
      const caption = table.querySelector('caption')?.textContent ?? null;
      expect(caption).toContain(words.ties);
      expectTiesWording(caption, lang);
      expectTiesWording(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent)
          .join(' '),
        lang,
      );
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((th) => th.textContent),
      ).not.toContain(lang === 'en' ? 'Germany' : lang === 'fr' ? 'Allemagne' : 'Alemania');
    });
  }

  it('chosen with no country selected, asks for one (map and table), says there is no time series, then shows the ties of the one chosen', async () => {
    const user = userEvent.setup();
    renderAppAt('?year=2020');
    await mapReady();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Indicator' }), 'social-connectedness');
    expect(await screen.findByText(/is an index of ties between pairs of countries, with no figure per country/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Show' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Time series' }));
    expect(await screen.findByText(/there is no time series to draw/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Ties of' }), 'FRA');
    expect(await screen.findByText(/^Ties of France with each country/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('od=destination~FRA'));

    await user.click(screen.getByRole('tab', { name: 'Map' }));
    expect(await screen.findByRole('heading', { name: 'Ties of France with other countries, 2026' })).toBeInTheDocument();
  });

  it('takes the first selected country as its focus, and says so when a country has no ties in the file', async () => {
    const user = userEvent.setup();
    renderAppAt('?indicator=social-connectedness&countries=FRA');
    expect(await screen.findByRole('heading', { name: 'Ties of France with other countries, 2026' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ties of' }), 'IND');
    expect(await screen.findByText('Connectedness index (test) has no figures of ties for India: choose another country.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to totals by country' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(await screen.findByText('Connectedness index (test) has no figures of ties for India: choose another country.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ties of' }), 'DEU');
    expect(await screen.findByText(/^Ties of Germany with each country/)).toBeInTheDocument();
  });
});
