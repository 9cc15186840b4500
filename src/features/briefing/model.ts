/**
 * Saved views and briefings: what they are, their limits, and how a view is kept (its canonical
 * query string, without the language and embed mode, which belong to whoever opens it).
 */
import { parseView, serializeView } from '../../state/urlCodec';
import type { ViewState } from '../../state/viewState';

export interface SavedView {
  id: string;
  title: string;
  /** The canonical query string of the view ('' for the default view), without lang and embed. */
  query: string;
  /** ISO timestamps; null when unknown (migrated from an older format). */
  created: string | null;
  updated: string | null;
}

export interface BriefingStep {
  id: string;
  title: string;
  query: string;
}

export interface Briefing {
  id: string;
  title: string;
  steps: BriefingStep[];
  created: string | null;
  updated: string | null;
}

export const MAX_TITLE_LENGTH = 200;
/** Longest stored query string (the codec reads at most 50 parameters of 200 characters). */
export const MAX_QUERY_LENGTH = 4000;
export const MAX_SAVED_VIEWS = 200;
export const MAX_BRIEFINGS = 50;
export const MAX_STEPS = 60;

/** Trims, flattens line breaks and bounds a title; '' stays ''. */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
}

/** The stored form of a view: canonical, without lang and embed. */
export function viewQuery(view: ViewState): string {
  return serializeView({ ...view, lang: 'en', embed: false });
}

/**
 * Reads a stored or linked query into its canonical stored form; what the codec does not
 * understand is left out and counted. Never throws.
 */
export function normalizeQuery(query: string): { query: string; ignored: number } {
  const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '';
  const { view, ignored } = parseView(text.startsWith('?') || text === '' ? text : `?${text}`);
  return { query: viewQuery(view), ignored: ignored.length };
}

/** The view a stored query stands for, in the given language, never in embed mode. */
export function viewOfQuery(query: string, lang: ViewState['lang']): ViewState {
  return { ...parseView(query).view, lang, embed: false };
}

let counter = 0;

/** A short unique id (random where the browser offers it). */
export function newId(prefix: string): string {
  counter += 1;
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().replace(/-/g, '').slice(0, 12)
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${prefix}-${random}${counter.toString(36)}`;
}
