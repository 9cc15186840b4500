import { lazy, Suspense, useRef, useState } from 'react';
import type { Catalog } from '../../contract/schema';
import { useLocalSources, useLocalSourceStore } from '../../data/localSources';
import { useT } from '../../i18n/useT';
import './yourData.css';

const UploadDialog = lazy(() => import('./UploadDialog'));

/** "Your data": opens the dialog to add a file as a source, and to show, export or remove those added. */
export function YourDataButton({ catalog, indicator }: { catalog: Catalog; indicator: string }) {
  const { t } = useT();
  const store = useLocalSourceStore();
  const count = useLocalSources().length;
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!store) return null;
  return (
    <>
      <button ref={buttonRef} type="button" className="popover__button your-data-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {count > 0 ? t('upload.openCount', { count }) : t('upload.open')}
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {open && (
        <Suspense fallback={null}>
          <UploadDialog
            catalog={catalog}
            indicator={indicator}
            store={store}
            onClose={(message) => {
              setOpen(false);
              setAnnouncement(message ?? '');
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
