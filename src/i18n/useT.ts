import { useCallback, useSyncExternalStore } from 'react';
import { useViewStore } from '../state/store';
import type { MessageKey, Messages } from './en';
import { messagesOf, subscribeLanguages } from './languages';
import { translateWith, type MessageParams } from './translate';
import type { Language } from '../state/viewState';

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

/** The language's messages once loaded (re-renders when they arrive); LanguageGate asks for them. */
export function useMessages(lang: Language): Partial<Messages> | undefined {
  const read = () => messagesOf(lang);
  return useSyncExternalStore(subscribeLanguages, read, read);
}

/** The current language and a translate function bound to it (English until the language's messages arrive). */
export function useT(): { t: TFunction; lang: Language } {
  const lang = useViewStore((s) => s.view.lang);
  const messages = useMessages(lang);
  const t = useCallback<TFunction>((key, params) => translateWith(messages, key, params, lang), [messages, lang]);
  return { t, lang };
}
