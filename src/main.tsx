import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApiClient } from './data/client';
import { dataBaseUrl } from './data/config';
import { browserPersistence } from './data/localPersistence';
import { createLocalSourceStore, withLocalSources } from './data/localSources';
import { createQueryClient } from './data/queryClient';
import { syncStoreFromLocation } from './state/useUrlSync';
import { startBriefings, takeBriefingFromLocation } from './features/briefing/briefingsOnDemand';
import { languageFromBrowser } from './i18n/initialLanguage';
import { useViewStore } from './state/store';
import { startEarly } from './startup/earlyStart';
import { whenDataSettled } from './startup/whenDataSettled';
import { renderWhenPanelReady } from './startup/renderWhenPanelReady';
import { boundariesQuery } from './features/map/useMapGeometry';
import { loadLevelKit } from './features/map/useLevelKit';
import { hasWebGL } from './features/map/webgl';
import { firstMapSettled } from './features/map/firstMapSettled';
import { keptGeometryOpen } from './features/map/keptGeometry';
import { PANEL_REGISTRY } from './app/panels';
import { preloadFilterDrawer } from './app/AppShell';
import { PHONE_QUERY } from './lib/useMediaQuery';
import './app/app.css';

/** The longest the first render waits for the code of the lazily loaded panel a link opens (src/startup/renderWhenPanelReady.ts). */
const PANEL_CODE_WAIT_CAP_MS = 1_500;

/** The longest a return visit's first render waits for the map's kept shapes (src/features/map/keptGeometry.ts). */
const KEPT_SHAPES_CAP_MS = 300;

/** The longest a return visit's first render (not a map's) waits for its panel's code and first files. */
const RETURN_FIRST_FILES_CAP_MS = 400;

/** The longest the service worker's install waits for the view's files (src/startup/whenDataSettled.ts). */
const SERVICE_WORKER_WAIT_CAP_MS = 10_000;

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
  startBriefings();
  syncStoreFromLocation();
  // Sources the user added from files, kept in this browser (IndexedDB) and merged into the catalog.
  const localSources = createLocalSourceStore(browserPersistence());
  const queryClient = createQueryClient();
  const api = withLocalSources(createApiClient(dataBaseUrl()), localSources);
  // The view's data, and for a map its boundaries and first frame, start now rather than once React has mounted and asked.
  const view = useViewStore.getState().view;
  const panelCode = PANEL_REGISTRY[view.panel].preload?.();
  if (PANEL_REGISTRY[view.panel].ofTheView && window.matchMedia?.(PHONE_QUERY).matches) preloadFilterDrawer();
  let countryShapes: Promise<void> | null = null; // a country map's shapes in the query client (or failed)
  const compareFiles = view.panel === 'compare' ? import('./features/compare/compareFirstFiles') : null;
  const early = startEarly({
    queryClient,
    api,
    view,
    panelFiles: compareFiles ? (catalog) => compareFiles.then((m) => m.compareFirstFiles(catalog, view)) : undefined,
    startMap: (countries) => {
      if (!hasWebGL()) return;
      if (countries) countryShapes = queryClient.prefetchQuery(boundariesQuery());
      // The first frame's drawing (MapPanel). The engine itself waits for that frame to be painted:
      // evaluating its script and starting it would hold the main thread the first frame needs.
      void import('./features/map/preview').catch(() => undefined);
    },
    startLevel: (level) => {
      if (!hasWebGL()) return;
      void queryClient.prefetchQuery(boundariesQuery(level));
      void loadLevelKit().catch(() => undefined); // the map's code below the country level (MapPanel)
    },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} api={api} localSources={localSources} />
      </StrictMode>,
    );
  const mapFirst = view.panel === 'map' && hasWebGL();
  const returnVisit = navigator.serviceWorker?.controller != null; // this page came from the service worker
  // A return visit to a map: the shapes kept from the last visit are read first. A country map renders
  // once they and the view's figures are in, so that its first render draws the first frame (one
  // render, not a second once they arrive); a map below the country level once their database is
  // open, which React's first render would otherwise hold back, and with it the read.
  if (mapFirst && returnVisit)
    renderWhenPanelReady(countryShapes ? Promise.all([countryShapes, early]) : keptGeometryOpen(), render, KEPT_SHAPES_CAP_MS);
  // A return visit to another panel: its files come from the worker's cache within tens of milliseconds,
  // and a first render with them is one render, not one without them and another once they arrive.
  else if (returnVisit) renderWhenPanelReady(Promise.all([panelCode, early]), render, RETURN_FIRST_FILES_CAP_MS);
  else renderWhenPanelReady(panelCode, render, PANEL_CODE_WAIT_CAP_MS);
  // The service worker (return visits, offline; src/sw/): production builds only, unless built with
  // VITE_SERVICE_WORKER=off, once the page has loaded, the view's files are in and a map has been
  // drawn by its engine (or has failed, or left), then painted.
  if (import.meta.env.PROD && import.meta.env.VITE_SERVICE_WORKER !== 'off' && 'serviceWorker' in navigator) {
    const loaded =
      document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    void whenDataSettled(queryClient, Promise.all([loaded, mapFirst ? firstMapSettled : null]), SERVICE_WORKER_WAIT_CAP_MS).then(() =>
      requestAnimationFrame(() => setTimeout(() => void import('./sw/register').then((sw) => sw.registerServiceWorker()).catch(() => undefined))),
    );
  }
});
