import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { ApiContext } from '../data/ApiContext';
import type { ApiClient } from '../data/client';
import { LocalSourcesContext, type LocalSourceStore } from '../data/localSources';
import { LocalSourcesSync } from '../features/upload/LocalSourcesSync';
import { useViewStore } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { AppShell } from './AppShell';
import { LanguageGate } from './LanguageGate';
import { presentedStepTitle, usePresenting } from '../features/briefing/briefingsOnDemand';
import { LoadingState } from '../components/PanelStatus';

/** Presenter and embed modes load on first use: the full app's first load carries neither. */
const PresenterShell = lazy(() => import('../features/briefing/PresenterShell').then((m) => ({ default: m.PresenterShell })));
const SinglePanel = lazy(() => import('./SinglePanel').then((m) => ({ default: m.SinglePanel })));
const EmbedShell = lazy(() => import('./EmbedShell').then((m) => ({ default: m.EmbedShell })));

function DocumentLanguage() {
  const lang = useViewStore((s) => s.view.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

/** The full app, embed mode (?embed=1: one panel, no chrome) or presenter mode (a briefing, full screen). */
function Shell() {
  const embed = useViewStore((s) => s.view.embed);
  const presenting = usePresenting();
  if (presenting && !embed)
    return (
      <Suspense fallback={<LoadingState />}>
        <PresenterShell>
          <SinglePanel mode="presenter" headingLevel={2} className="presenter__body" title={presentedStepTitle(presenting)} />
        </PresenterShell>
      </Suspense>
    );
  return embed ? (
    <Suspense fallback={<LoadingState />}>
      <EmbedShell />
    </Suspense>
  ) : (
    <AppShell />
  );
}

function UrlSync() {
  useUrlSync();
  return null;
}

export function App({ queryClient, api, localSources = null }: { queryClient: QueryClient; api: ApiClient; localSources?: LocalSourceStore | null }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={api}>
        <LocalSourcesContext.Provider value={localSources}>
          <LocalSourcesSync />
          <UrlSync />
          <DocumentLanguage />
          <LanguageGate>
            <Shell />
          </LanguageGate>
        </LocalSourcesContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
