/** The element id of a source's entry on the About page: its anchor. */
export const entryId = (sourceId: string): string => `about-${sourceId}`;

/** Scrolls to a source's entry and moves the focus there, as following an anchor would; false when the page is not shown. */
export function showEntry(sourceId: string): boolean {
  const entry = document.getElementById(entryId(sourceId));
  if (!entry) return false;
  // jsdom has no scrollIntoView.
  entry.scrollIntoView?.({ block: 'start' });
  entry.focus({ preventScroll: true });
  return true;
}
