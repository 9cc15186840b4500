import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { TEST_DATA_BASE } from '../../../mocks/server';
import { App } from '../../app/App';
import { createApiClient } from '../../data/client';
import { createQueryClient } from '../../data/queryClient';
import { resolveView } from '../../data/resolveView';
import { loadLanguage } from '../../i18n/languages';
import { resetViewStore, useViewStore } from '../../state/store';
import { resetBriefingStore, useBriefingStore } from './briefingStore';
import { BriefingsPanel } from './BriefingsPanel';
import { presentBriefing } from './present';
import { STORAGE_KEY } from './storageKeys';

beforeEach(() => {
  localStorage.clear();
  resetViewStore();
  resetBriefingStore(localStorage);
  window.history.replaceState(null, '', '/');
});

function renderPanel() {
  const view = useViewStore.getState().view;
  const resolved = resolveView(fixtureCatalog, view);
  if (!resolved) throw new Error('fixture view does not resolve');
  return render(<BriefingsPanel catalog={fixtureCatalog} resolved={resolved} period="2020" />);
}

const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    version: number;
    views: { title: string; query: string }[];
    briefings: { steps: { title: string }[] }[];
  };

describe('saved views', () => {
  it('saves the view on screen under a name, keeps it in localStorage and reads it back after a reload', async () => {
    const user = userEvent.setup();
    useViewStore.getState().setCountries(['DEU', 'FRA']);
    useViewStore.getState().setPanel('table');
    useViewStore.getState().setLang('fr');
    // The app loads a language before showing it (LanguageGate); this test renders the panel alone.
    await loadLanguage('fr');
    renderPanel();
    const name = screen.getByRole('textbox', { name: 'Nom de cette vue' });
    expect(name).toHaveValue('International migrant stock — Census & registers (demo), 2020 · Tableau · Germany, France');
    await user.clear(name);
    await user.type(name, 'Germany and France');
    await user.click(screen.getByRole('button', { name: 'Enregistrer cette vue' }));
    expect(screen.getByRole('status')).toHaveTextContent('« Germany and France » enregistrée');
    const list = screen.getByRole('list', { name: 'Vues enregistrées (1)' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Germany and France');
    // Stored without the language: whoever opens it sees it in theirs.
    expect(stored()).toMatchObject({ version: 1, views: [{ title: 'Germany and France', query: '?countries=DEU~FRA&panel=table' }] });

    act(() => useBriefingStore.getState().reload());
    expect(useBriefingStore.getState().views.map((v) => v.title)).toEqual(['Germany and France']);

    useViewStore.getState().setPanel('map');
    await user.click(screen.getByRole('button', { name: 'Ouvrir « Germany and France »' }));
    expect(useViewStore.getState().view).toMatchObject({ panel: 'table', countries: ['DEU', 'FRA'], lang: 'fr' });
  });
});

describe('briefings', () => {
  it('builds a briefing from the current view and saved views, and reorders its steps', async () => {
    const user = userEvent.setup();
    useBriefingStore.getState().saveView('Saved table', { ...useViewStore.getState().view, panel: 'table' });
    renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Name of a new briefing' }), 'Board');
    await user.click(screen.getByRole('button', { name: 'Create briefing' }));
    const card = screen.getByRole('article', { name: /Board/ });
    await user.click(within(card).getByRole('button', { name: 'Add the current view' }));
    await user.click(within(card).getByRole('button', { name: 'Add a saved view' }));
    const steps = () =>
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/[↑↓×]/g, '').trim());
    expect(steps()).toEqual([expect.stringMatching(/^International migrant stock/), 'Saved table']);

    await user.click(within(card).getByRole('button', { name: 'Move “Saved table” up' }));
    expect(steps()).toEqual(['Saved table', expect.stringMatching(/^International migrant stock/)]);
    expect(within(card).getByRole('button', { name: 'Move “Saved table” up' })).toBeDisabled();
    expect(stored().briefings[0]?.steps.map((s) => s.title)).toEqual(['Saved table', expect.stringMatching(/^International/)]);

    await user.click(within(card).getAllByRole('button', { name: /from the briefing/ })[0] as HTMLElement);
    expect(steps()).toEqual([expect.stringMatching(/^International migrant stock/)]);
  });

  it('imports a briefing file and reports one that is not', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderPanel();
    const input = screen.getByLabelText('Import a briefing file');
    const good = JSON.stringify({
      format: 'migration-lens/briefing',
      version: 1,
      title: '<img src=x onerror=alert(1)>',
      steps: [{ title: 'A', query: '?year=2020' }],
    });
    await user.upload(input, new File([good], 'board.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported “<img src=x onerror=alert(1)>” (1 view).')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await user.upload(input, new File(['{"nope":true}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText('Could not import other.json: it is not a Migration Lens briefing.')).toBeInTheDocument();
  });
});

describe('presenter mode', () => {
  it('steps through a briefing with the keyboard and gives the view back on Esc', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?panel=table&year=2020');
    render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);
    await screen.findByRole('table');
    const briefing = useBriefingStore.getState().createBriefing('Board', [
      { title: 'Germany, table', query: '?countries=DEU&panel=table&year=2020' },
      { title: 'Social audience', query: '?source=social-audience&panel=table&year=2021' },
      { title: 'Net migration', query: '?indicator=net-migration&panel=table' },
    ]);
    if (!briefing) throw new Error('no briefing');
    act(() => presentBriefing(briefing));

    const region = await screen.findByRole('region', { name: 'Presentation: Board' });
    expect(region).toHaveTextContent('View 1 of 3 · Germany, table');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Indicator' })).toBeNull();
    expect(document.documentElement).toHaveClass('ml-presenting');
    expect(useViewStore.getState().view).toMatchObject({ countries: ['DEU'], panel: 'table', period: '2020' });
    // The step is titled with its saved view's name, the view's own title under it.
    expect(await screen.findByRole('heading', { level: 2, name: 'Germany, table' })).toBeInTheDocument();
    expect(region).toHaveTextContent('International migrant stock — Census & registers (demo), 2020');

    await user.keyboard('{ArrowRight}');
    expect(region).toHaveTextContent('View 2 of 3 · Social audience');
    expect(await screen.findByRole('heading', { level: 2, name: 'Social audience' })).toBeInTheDocument();
    expect(useViewStore.getState().view).toMatchObject({ source: 'social-audience', countries: [], period: '2021' });
    await user.keyboard('{PageDown}');
    expect(region).toHaveTextContent('View 3 of 3 · Net migration');
    await user.keyboard('{ArrowRight}');
    expect(region).toHaveTextContent('View 3 of 3');
    await user.keyboard('{PageUp}');
    expect(region).toHaveTextContent('View 2 of 3');
    await user.keyboard('{Home}');
    expect(region).toHaveTextContent('View 1 of 3');
    await user.keyboard('{End}');
    expect(region).toHaveTextContent('View 3 of 3');
    await user.click(screen.getByRole('button', { name: 'Previous view' }));
    expect(region).toHaveTextContent('View 2 of 3');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Presentation: Board' })).toBeNull();
    expect(document.documentElement).not.toHaveClass('ml-presenting');
    expect(useViewStore.getState().view).toMatchObject({ panel: 'table', period: '2020', source: null, countries: [] });
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
  });
});
