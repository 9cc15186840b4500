import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { serializeView } from '../../state/urlCodec';
import { shareLink } from '../../lib/viewLinks';

type Status = 'idle' | 'copied' | 'manual';

/** Copies the link of the exact view on screen; where the clipboard is refused, shows it to copy by hand. */
export function ShareButton() {
  const { t } = useT();
  const view = useViewStore((s) => s.view);
  const [outcome, setOutcome] = useState<{ link: string; status: Status }>({ link: '', status: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const link = shareLink(serializeView(view));
  // What happened to an earlier link says nothing about this one.
  const status: Status = outcome.link === link ? outcome.status : 'idle';
  useEffect(() => {
    if (status === 'manual') fieldRef.current?.select();
  }, [status]);

  async function share() {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome({ link, status: 'copied' });
    } catch {
      setOutcome({ link, status: 'manual' });
    }
  }

  return (
    <div className="share">
      <button type="button" className="share__button" onClick={() => void share()} aria-describedby={statusId}>
        {t('share.button')}
      </button>
      <span id={statusId} role="status" className="share__status">
        {status === 'copied' && t('share.copied')}
      </span>
      {status === 'manual' && (
        <label className="share__manual">
          {t('share.manual')}
          <input ref={fieldRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
