/**
 * The ?briefing= parameter of a link (briefingTransfer.ts reads its value). Apart, so that the entry,
 * which takes it out of the address before the first render, does not carry the reader.
 */
export const LINK_PARAM = 'briefing';
/** Longest ?briefing= value written or read: links longer than a few thousand characters break in mail clients and chat apps. */
export const MAX_LINK_VALUE_LENGTH = 6000;

/**
 * Takes ?briefing= out of a query string: the value (or null) and the query string without it,
 * so that the URL codec never sees it.
 */
export function takeBriefingParam(search: string): { value: string | null; rest: string } {
  if (typeof search !== 'string' || !/(?:^|[?&])briefing=/.test(search)) return { value: null, rest: search };
  const pieces = search.replace(/^\?/, '').split('&');
  let value: string | null = null;
  const rest: string[] = [];
  for (const piece of pieces) {
    if (piece.startsWith(`${LINK_PARAM}=`)) {
      if (value === null) {
        const raw = piece.slice(LINK_PARAM.length + 1);
        try {
          value = decodeURIComponent(raw.slice(0, MAX_LINK_VALUE_LENGTH * 3 + 1));
        } catch {
          value = raw;
        }
      }
    } else if (piece !== '') rest.push(piece);
  }
  return { value, rest: rest.length > 0 ? `?${rest.join('&')}` : '' };
}
