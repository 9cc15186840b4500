import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiContext } from '../data/ApiContext';
import type { ApiClient } from '../data/client';
import { useViewStore } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { AppShell } from './AppShell';

function DocumentLanguage() {
  const lang = useViewStore((s) => s.view.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

function UrlSync() {
  useUrlSync();
  return null;
}

export function App({ queryClient, api }: { queryClient: QueryClient; api: ApiClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={api}>
        <UrlSync />
        <DocumentLanguage />
        <AppShell />
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
