import { useRef, useState } from 'react';
import { useViewStore } from '../state/store';
import type { Language } from '../state/viewState';
import { loadLanguage } from './languages';

/**
 * Switching language: the view changes once the new language's messages are in, so the page goes
 * from one language to the other without English in between. `shown` is the language to show as
 * chosen meanwhile; the last choice wins.
 */
export function useLanguageChoice(): { shown: Language; choose: (lang: Language) => void } {
  const lang = useViewStore((s) => s.view.lang);
  const setLang = useViewStore((s) => s.setLang);
  const [pending, setPending] = useState<Language | null>(null);
  const latest = useRef<Language | null>(null);

  const choose = (next: Language) => {
    latest.current = next;
    setPending(next);
    void loadLanguage(next).then(() => {
      if (latest.current !== next) return;
      latest.current = null;
      setPending(null);
      setLang(next);
    });
  };
  return { shown: pending ?? lang, choose };
}
