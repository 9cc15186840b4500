import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApiClient } from './data/client';
import { dataBaseUrl } from './data/config';
import { browserPersistence } from './data/localPersistence';
import { createLocalSourceStore, withLocalSources } from './data/localSources';
import { createQueryClient } from './data/queryClient';
import { syncStoreFromLocation } from './state/useUrlSync';
import { takeBriefingFromLocation } from './features/briefing/BriefingNotices';
import { languageFromBrowser } from './i18n/initialLanguage';
import './app/app.css';

async function startMocks(): Promise<void> {
  // Development only: `VITE_MOCK_SCENARIO=server-error npm start`. The condition is false at build
  // time in a production build, so neither msw nor its worker is in the bundle.
  const scenario = import.meta.env.VITE_MOCK_SCENARIO as string | undefined;
  if (!import.meta.env.DEV || !scenario) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker(scenario, dataBaseUrl());
}

void startMocks().then(() => {
  const browserLanguage = languageFromBrowser(window.location.search, navigator.languages ?? [navigator.language]);
  if (browserLanguage && browserLanguage !== 'en') {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', browserLanguage);
    window.history.replaceState(window.history.state, '', url);
  }
  takeBriefingFromLocation();
  syncStoreFromLocation();
  // Sources the user added from files, kept in this browser (IndexedDB) and merged into the catalog.
  const localSources = createLocalSourceStore(browserPersistence());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} api={withLocalSources(createApiClient(dataBaseUrl()), localSources)} localSources={localSources} />
    </StrictMode>,
  );
});
