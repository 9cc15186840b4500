import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiContext } from '../data/ApiContext';
import type { ApiClient } from '../data/client';
import { LocalSourcesContext, type LocalSourceStore } from '../data/localSources';
import { LocalSourcesSync } from '../features/upload/LocalSourcesSync';
import { useViewStore } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { AppShell } from './AppShell';
import { EmbedShell } from '../features/embed/EmbedShell';
import { PresenterShell } from '../features/briefing/PresenterShell';
import { useBriefingStore } from '../features/briefing/briefingStore';

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
  const presenting = useBriefingStore((s) => s.presenting !== null);
  if (presenting && !embed) return <PresenterShell />;
  return embed ? <EmbedShell /> : <AppShell />;
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
          <Shell />
        </LocalSourcesContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
