/** The links to a view: the canonical link shared, and the query strings of its full and embed forms. Pure. */
import { serializeView } from '../state/urlCodec';
import type { ViewState } from '../state/viewState';

/** The canonical link of a view: this page's address with the view's query string. */
export function shareLink(search: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}${search}`;
}

/** The query string of a view in embed mode, and of the same view in the full app. */
export function embedSearch(view: ViewState): string {
  return serializeView({ ...view, embed: true });
}

export function fullSearch(view: ViewState): string {
  return serializeView({ ...view, embed: false });
}
