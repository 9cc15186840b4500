import { en, type MessageKey, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Language } from '../state/viewState';

export type MessageParams = Record<string, string | number>;

export const catalogs: Record<Language, Partial<Messages>> = { en, fr, es };

/** Looks a key up in the language's catalog (English where missing) and fills {placeholders}. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
