import { useCallback } from 'react';
import { useViewStore } from '../state/store';
import type { MessageKey } from './en';
import { translate, type MessageParams } from './translate';
import type { Language } from '../state/viewState';

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

/** The current language and a translate function bound to it. */
export function useT(): { t: TFunction; lang: Language } {
  const lang = useViewStore((s) => s.view.lang);
  const t = useCallback<TFunction>((key, params) => translate(lang, key, params), [lang]);
  return { t, lang };
}
