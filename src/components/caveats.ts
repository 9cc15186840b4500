import type { Source } from '../contract/schema';

/**
 * The caveats to list under a panel: the view's source's, then those of every other source the
 * panel shows (ids, among `sources`), each once. With more than one source, each caveat is
 * prefixed with its source's name, so that none reads as another's. Pure.
 */
export function caveatsOf(source: Source, shownIds: readonly string[], sources: readonly Source[]): string[] {
  const listed = [source];
  for (const id of shownIds) {
    const shown = sources.find((s) => s.id === id);
    if (shown && !listed.some((s) => s.id === id)) listed.push(shown);
  }
  const named = listed.filter((s) => s.caveats.length > 0).length > 1;
  return listed.flatMap((s) => s.caveats.map((caveat) => (named ? `${s.name}: ${caveat}` : caveat)));
}
