import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useCatalog } from '../data/queries';
import { LOADING_TEXT, languageStatus, loadLanguage, subscribeLanguages } from '../i18n/languages';
import { useViewStore } from '../state/store';

/**
 * Loads the view's language whenever it changes. Before the first one has arrived (a link with
 * lang=fr, a browser in Spanish), shows a loading line in that language instead of the app, so
 * that no English shows first; the data catalog starts loading meanwhile.
 */
export function LanguageGate({ children }: { children: ReactNode }) {
  const lang = useViewStore((s) => s.view.lang);
  const [first] = useState(lang);
  const settled = useSyncExternalStore(subscribeLanguages, () => languageStatus(first) === 'ready' || languageStatus(first) === 'failed');
  useEffect(() => {
    void loadLanguage(lang);
  }, [lang]);
  useCatalog();

  if (settled) return children;
  return (
    <div className="panel-state" role="status" aria-live="polite" lang={first}>
      <span className="spinner" aria-hidden="true" />
      {LOADING_TEXT[first]}
    </div>
  );
}
