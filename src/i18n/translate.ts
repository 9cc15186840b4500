import { en, type MessageKey, type Messages } from './en';
import { messagesOf } from './languages';
import type { Language } from '../state/viewState';

export type MessageParams = Record<string, string | number>;

/**
 * `{count, plural, one {# view} other {# views}}`: the branch of Intl.PluralRules' category for the
 * language (or `=0`, `=1`… for an exact number), `#` standing for the value as passed. A value that
 * is not a number (or a numeric text) takes `other`.
 */
const PLURAL_START = /\{(\w+),\s*plural,/g;
const BRANCH = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, value: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(value);
}

/** The index just after the brace that closes the one opened before `from` (depth 1 at `from`), or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The branches of a plural argument's body (`one {…} other {…}`), or null when it is not well formed. */
function pluralBranches(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let at = 0;
  while (body.slice(at).trim() !== '') {
    BRANCH.lastIndex = at;
    const match = BRANCH.exec(body);
    if (!match) return null;
    const end = closingBrace(body, BRANCH.lastIndex);
    if (end < 0) return null;
    branches.set(match[1] as string, body.slice(BRANCH.lastIndex, end - 1));
    at = end;
  }
  return branches;
}

function numberOf(value: string | number | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

/** Replaces each plural argument by its branch for the value given, `#` becoming `{name}`. */
export function selectPlurals(template: string, params: MessageParams, lang: string): string {
  let out = '';
  let last = 0;
  PLURAL_START.lastIndex = 0;
  for (let match = PLURAL_START.exec(template); match; match = PLURAL_START.exec(template)) {
    const name = match[1] as string;
    const end = closingBrace(template, PLURAL_START.lastIndex);
    const branches = end < 0 ? null : pluralBranches(template.slice(PLURAL_START.lastIndex, end - 1));
    if (!branches) continue;
    const n = numberOf(params[name]);
    const fitting = n === null ? undefined : (branches.get(`=${n}`) ?? branches.get(pluralCategory(lang, n)));
    const chosen = fitting ?? branches.get('other') ?? '';
    out += template.slice(last, match.index) + chosen.replace(/#/g, `{${name}}`);
    last = end;
    PLURAL_START.lastIndex = end;
  }
  return out + template.slice(last);
}

/** French elision where a value is inserted after "de" or "que": "d’Allemagne", "qu’Eurostat" (never before a digit or an h). */
const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;
function elide(template: string, params: MessageParams): string {
  return template.replace(/\b(de|De|que|Que) \{(\w+)\}/g, (whole, word: string, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' || !VOWEL_START.test(value.trim())) return whole;
    return `${word.slice(0, -1)}’{${name}}`;
  });
}

/** Fills a template: plural arguments, French elision, then {placeholders} (unknown ones stay visible). */
export function fillTemplate(template: string, params: MessageParams, lang: string): string {
  let text = selectPlurals(template, params, lang);
  if (lang === 'fr') text = elide(text, params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

// English: the first load's texts, and those a panel brings with its code (addEnglish).
const english: Partial<Messages> = { ...en };

/** Adds English texts that arrive with a panel's code (enCompare.ts). */
export function addEnglish(texts: Partial<Messages>): void {
  Object.assign(english, texts);
}

/** Looks a key up in a catalog (English where missing) and fills {placeholders}; `lang` picks plural forms and French elision. */
export function translateWith(messages: Partial<Messages> | undefined, key: MessageKey, params?: MessageParams, lang: Language = 'en'): string {
  const own = messages?.[key];
  // A key whose English has not arrived shows as itself: visible in tests, never blank.
  const template = own ?? english[key] ?? key;
  if (!params) return template;
  return fillTemplate(template, params, own === undefined ? 'en' : lang);
}

/** Looks a key up in the language's catalog (English where missing, or while the language loads) and fills {placeholders}. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  return translateWith(messagesOf(lang), key, params, lang);
}
