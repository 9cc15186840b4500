import { useState, useSyncExternalStore } from 'react';
import { useLocalSourceStore, type LocalSourceStore } from '../../data/localSources';
import { useT } from '../../i18n/useT';

/** Tells the user when sources kept in this browser could not all be read, or are not available in this tab. */
export function StoredSourcesNotice() {
  const store = useLocalSourceStore();
  return store ? <Notice store={store} /> : null;
}

function Notice({ store }: { store: LocalSourceStore }) {
  const { t } = useT();
  const { leftOut, problem } = useSyncExternalStore(store.subscribe, store.status);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || (leftOut === 0 && problem === null)) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {leftOut > 0 && <li>{t('upload.stored.leftOut', { count: leftOut })}</li>}
        {problem && <li>{t(`upload.stored.${problem}`)}</li>}
      </ul>
      <button type="button" className="button-quiet" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
