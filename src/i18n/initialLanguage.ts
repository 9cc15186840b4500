import { LANGUAGES, type Language } from '../state/viewState';

/**
 * The language of a first visit: none when the link names one (the link wins), else the first of
 * the browser's preferred languages that the app speaks.
 */
export function languageFromBrowser(search: string, preferred: readonly string[]): Language | null {
  if (/(?:^|[?&])lang=/.test(search)) return null;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((lang) => lang === base);
    if (match) return match;
  }
  return null;
}
