import type { MouseEvent, ReactNode } from 'react';
import { useViewStore } from '../state/store';
import { serializeView } from '../state/urlCodec';
import { showEntry } from './entryAnchor';

/**
 * A link to a source's entry on the About page: a real link (it can be copied or opened in a new
 * tab) that, on a plain click, switches the view in place and brings the entry into view.
 */
export function AboutLink({ sourceId, children }: { sourceId: string; children: ReactNode }) {
  const view = useViewStore((s) => s.view);
  const openAbout = useViewStore((s) => s.openAbout);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openAbout(sourceId);
    showEntry(sourceId);
  }

  return (
    <a href={serializeView({ ...view, panel: 'about', about: sourceId })} onClick={onClick}>
      {children}
    </a>
  );
}
