import { en, type MessageKey, type Messages } from './en';
import { messagesOf } from './languages';
import type { Language } from '../state/viewState';

export type MessageParams = Record<string, string | number>;

/** Looks a key up in a catalog (English where missing) and fills {placeholders}. */
export function translateWith(messages: Partial<Messages> | undefined, key: MessageKey, params?: MessageParams): string {
  const template = messages?.[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** Looks a key up in the language's catalog (English where missing, or while the language loads) and fills {placeholders}. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  return translateWith(messagesOf(lang), key, params);
}
