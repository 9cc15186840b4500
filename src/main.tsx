import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApiClient } from './data/client';
import { dataBaseUrl } from './data/config';
import { createQueryClient } from './data/queryClient';
import { syncStoreFromLocation } from './state/useUrlSync';
import { languageFromBrowser } from './i18n/initialLanguage';
import './app/app.css';

async function startMocks(): Promise<void> {
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
  syncStoreFromLocation();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} api={createApiClient(dataBaseUrl())} />
    </StrictMode>,
  );
});
