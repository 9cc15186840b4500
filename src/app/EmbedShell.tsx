import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';
import { fullSearch, shareLink } from '../lib/viewLinks';
import { SinglePanel } from './SinglePanel';

/**
 * Embed mode (?embed=1): the view's panel alone, for an iframe: no header, filter bar or tabs;
 * its title, a short source line and a link back to the full view (a new tab, never the host
 * page: nothing here touches window.top).
 */
export function EmbedShell() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const full = shareLink(fullSearch(view));
  return (
    <main className="embed" id="main">
      <SinglePanel
        mode="embed"
        headingLevel={1}
        className="embed__body"
        footer={() => (
          <a className="embed__back" href={full} target="_blank" rel="noopener noreferrer">
            {t('embed.open')} <span aria-hidden="true">↗</span>
            <span className="visually-hidden"> {t('embed.newTab')}</span>
          </a>
        )}
      />
    </main>
  );
}
