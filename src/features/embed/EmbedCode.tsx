import { useId, useRef, useState } from 'react';
import type { ResolvedView } from '../../data/resolveView';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { embedSearch, shareLink } from '../../lib/viewLinks';
import { embedSnippet } from './snippet';
import { useViewTitle } from '../../lib/viewTitle';

/** The embed section of the Share menu: the iframe code as text, to copy (never inserted as HTML). */
export function EmbedCode({ resolved, period }: { resolved: ResolvedView; period: string | null }) {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const title = useViewTitle(resolved, period);
  const src = shareLink(embedSearch(view));
  const snippet = embedSnippet(src, t('embed.frameTitle', { title }));
  const [copied, setCopied] = useState<{ snippet: string; ok: boolean } | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const state = copied?.snippet === snippet ? copied : null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied({ snippet, ok: true });
    } catch {
      fieldRef.current?.select();
      setCopied({ snippet, ok: false });
    }
  }

  return (
    <section className="embed-code" aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>{t('embed.heading')}</h3>
      <p className="hint">{t('embed.hint')}</p>
      <label htmlFor={fieldId}>{t('embed.snippet')}</label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        className="embed-code__field"
        readOnly
        rows={4}
        spellCheck={false}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-code__actions">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <a href={src} target="_blank" rel="noopener noreferrer">
          {t('embed.preview')} <span className="visually-hidden">{t('embed.newTab')}</span>
        </a>
        <span role="status" className="hint">
          {state ? (state.ok ? t('embed.copied') : t('embed.manual')) : ''}
        </span>
      </div>
    </section>
  );
}
