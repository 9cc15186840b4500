/**
 * The languages whose messages are in memory. English is part of the main bundle; French and
 * Spanish (their messages and country names) are chunks of their own, loaded the first time a
 * view is in that language. Until then, translate() falls back to English key by key.
 */
import type { LocaleData } from 'i18n-iso-countries';
import type { Language } from '../state/viewState';
import { registerCountryNames } from './countryNames';
import { en, type Messages } from './en';

interface LanguagePack {
  messages: Partial<Messages>;
  countryNames: LocaleData;
}

const packs: Record<Exclude<Language, 'en'>, () => Promise<LanguagePack>> = {
  fr: () => import('./packs/fr'),
  es: () => import('./packs/es'),
};

/** "Loading…" in each language, shown while that language loads; i18n.test.ts checks it against the catalogs. */
export const LOADING_TEXT: Record<Language, string> = { en: en['state.loading'], fr: 'Chargement…', es: 'Cargando…' };

/** idle: never asked for; loading: the first attempt is under way; ready; failed: the first attempt failed (English shows). */
export type LanguageStatus = 'idle' | 'loading' | 'ready' | 'failed';

const messages = new Map<Language, Partial<Messages>>([['en', en]]);
const statuses = new Map<Language, LanguageStatus>([['en', 'ready']]);
const pending = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();

function setStatus(lang: Language, status: LanguageStatus): void {
  statuses.set(lang, status);
  for (const listener of [...listeners]) listener();
}

/** The language's messages, or undefined while they are not loaded. */
export function messagesOf(lang: Language): Partial<Messages> | undefined {
  return messages.get(lang);
}

export function languageStatus(lang: Language): LanguageStatus {
  return statuses.get(lang) ?? 'idle';
}

/** Loads a language's messages and country names once; never rejects (a failure leaves English showing; a later call tries again). */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' || messages.has(lang)) return Promise.resolve();
  const running = pending.get(lang);
  if (running) return running;
  if (languageStatus(lang) === 'idle') setStatus(lang, 'loading');
  const load = packs[lang]()
    .then(
      (pack) => {
        registerCountryNames(pack.countryNames);
        messages.set(lang, pack.messages);
        setStatus(lang, 'ready');
      },
      () => {
        if (languageStatus(lang) === 'loading') setStatus(lang, 'failed');
      },
    )
    .finally(() => pending.delete(lang));
  pending.set(lang, load);
  return load;
}

/** Calls the listener whenever a language's status changes (for useSyncExternalStore). */
export function subscribeLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
