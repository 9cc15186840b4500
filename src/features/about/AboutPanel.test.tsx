import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CENSUS_2020_SHA256, releaseFixtureFiles } from '../../../mocks/fixtures/release';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { App } from '../../app/App';
import { createApiClient } from '../../data/client';
import { createQueryClient } from '../../data/queryClient';
import { resetViewStore } from '../../state/store';

function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);
}

const withReleaseFiles = () => server.use(...contractHandlers({ base: TEST_DATA_BASE, files: releaseFixtureFiles }));
const entry = (name: string) => screen.getByRole('article', { name });

beforeEach(() => resetViewStore());

describe('About the data', () => {
  it('lists every source by kind with its dates, files and checksums, citation, caveats and demo label', async () => {
    withReleaseFiles();
    renderAppAt('?panel=about');
    const census = await screen.findByRole('article', { name: 'Census & registers (demo)' });
    expect(screen.getByRole('tab', { name: 'About the data' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'What changed in the latest refresh',
      'Official statistics',
      'Models and estimates',
      'Digital traces',
      'Sources on this page',
    ]);
    expect(census).toHaveTextContent('Released Jan 15, 2025; latest period 2020; retrieved Oct 30, 2026 and Nov 1, 2026.');
    expect(census).toHaveTextContent('Demo data');
    expect(census).toHaveTextContent(CENSUS_2020_SHA256);
    expect(within(census).getByRole('link', { name: 'census/census-2020.csv' })).toHaveAttribute('href', 'https://example.org/census');
    expect(census).toHaveTextContent('Test fixture (2025). Census & registers, synthetic extract.');
    expect(census).toHaveTextContent('Synthetic figures for tests.');
    expect(census).toHaveTextContent('people born in another country');
    // The filters do not apply to this page.
    expect(screen.queryByRole('combobox', { name: 'Indicator' })).not.toBeInTheDocument();
  });

  it('renders texts from the release files as text and links only to web pages', async () => {
    withReleaseFiles();
    renderAppAt('?panel=about');
    const audience = await screen.findByRole('article', { name: 'Social-media advertising audience (demo)' });
    expect(audience).toHaveTextContent('Advertising audiences, <b>synthetic</b>.');
    expect(within(audience).queryByRole('link', { name: 'audience/audience.json' })).not.toBeInTheDocument();
    expect(audience).toHaveTextContent('audience/audience.json');
    expect(document.querySelector('b')).toBeNull();
  });

  it('shows what the latest refresh changed: the summary, and per source periods, revisions with before and after, countries', async () => {
    withReleaseFiles();
    renderAppAt('?panel=about');
    const census = await screen.findByRole('article', { name: 'Census & registers (demo)' });
    const release = screen.getByRole('region', { name: 'What changed in the latest refresh' });
    expect(release).toHaveTextContent(
      'Release of Nov 1, 2026 compared with that of Jun 1, 2026. Sources changed: 1; added: 1; removed: 1; unchanged: 1.',
    );
    expect(release).toHaveTextContent('old-survey: removed');
    expect(within(release).getByRole('link', { name: 'Social-media advertising audience (demo)' })).toBeInTheDocument();

    expect(census).toHaveTextContent('Periods added: 2020');
    expect(census).toHaveTextContent('Values revised: 7');
    expect(census).toHaveTextContent('Countries added: Ethiopia');
    expect(census).toHaveTextContent("Countries dropped: Côte d'Ivoire");
    const revisions = within(census).getByRole('table', { name: 'Largest revisions (5 of 7)' });
    expect(within(revisions).getAllByRole('row')).toHaveLength(6);
    const usa = within(revisions).getByRole('rowheader', { name: 'United States' }).closest('tr') as HTMLElement;
    expect(
      within(usa)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['International migrant stock', '2015', '47,000,000', '48,000,000']);
    expect(within(revisions).getAllByRole('rowheader', { name: 'France' })[0]?.closest('tr')).toHaveTextContent(
      'International migrant stock (Sex: Female)',
    );
    expect(within(revisions).getByRole('rowheader', { name: 'Germany, from France' }).closest('tr')).toHaveTextContent('190,000');
    expect(entry('Demographic accounts (demo)')).toHaveTextContent('No change in this release.');
    expect(entry('Social-media advertising audience (demo)')).toHaveTextContent('New in this release.');
  });

  it('still lists the sources when the server has neither manifest nor release notes, and says what is not available', async () => {
    renderAppAt('?panel=about');
    const census = await screen.findByRole('article', { name: 'Census & registers (demo)' });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByText(/The input files and their checksums are not available from this server\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What changed in the latest refresh' })).toHaveTextContent(
      'Release notes are not available from this server.',
    );
    expect(census).toHaveTextContent('Released Jan 15, 2025; latest period 2020.');
    expect(within(census).getAllByText('Not available from this server.')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a release file could not be read, naming it, and lists the sources all the same', async () => {
    server.use(
      ...contractHandlers({
        base: TEST_DATA_BASE,
        files: (path) => (path === 'manifest.json' ? { format: 'migration-lens/snapshot', version: 1 } : releaseFixtureFiles(path)),
      }),
    );
    renderAppAt('?panel=about');
    await screen.findByRole('article', { name: 'Census & registers (demo)' });
    expect(screen.getByText(/The list of input files could not be read \(manifest\.json: date/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What changed in the latest refresh' })).toHaveTextContent('Sources changed: 1');
  });

  it("opens a source's entry from the source line, by keyboard, and puts it in the link", async () => {
    const user = userEvent.setup();
    withReleaseFiles();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    const link = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'About this source' });
    expect(link).toHaveAttribute('href', '?year=2020&panel=about&about=census');
    link.focus();
    await user.keyboard('{Enter}');
    const census = await screen.findByRole('article', { name: 'Census & registers (demo)' });
    expect(census).toHaveFocus();
    expect(window.location.search).toBe('?year=2020&panel=about&about=census');
  });

  it('reopens a shared link at its entry, in its language', async () => {
    withReleaseFiles();
    renderAppAt('?panel=about&about=model&lang=fr');
    const model = await screen.findByRole('article', { name: 'Demographic accounts (demo)' });
    await screen.findByRole('tab', { name: 'À propos des données' });
    expect(model).toHaveFocus();
    expect(model).toHaveTextContent('Fichiers sources');
    expect(model).toHaveTextContent('Aucun fichier source n’est listé pour cette source.');
  });

  it('moves between entries from the list of sources, keeping the address shareable', async () => {
    const user = userEvent.setup();
    withReleaseFiles();
    renderAppAt('?panel=about');
    await screen.findByRole('article', { name: 'Census & registers (demo)' });
    const nav = screen.getByRole('navigation', { name: 'Sources on this page' });
    await user.click(within(nav).getByRole('link', { name: 'Social-media advertising audience (demo)' }));
    expect(entry('Social-media advertising audience (demo)')).toHaveFocus();
    expect(window.location.search).toBe('?panel=about&about=social-audience');
    await user.click(screen.getByRole('tab', { name: 'Map' }));
    expect(window.location.search).toBe('');
  });
});
