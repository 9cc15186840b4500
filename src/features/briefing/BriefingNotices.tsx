import { useState } from 'react';
import { useT, type TFunction } from '../../i18n/useT';
import { useBriefingStore } from './briefingStore';
import { presentBriefing } from './present';
import type { StorageNotice } from './storage';
import { BACKUP_SLOTS } from './storageKeys';

function noticeText(t: TFunction, notice: StorageNotice): string | null {
  switch (notice.kind) {
    case 'corrupt':
      return t('storage.corrupt');
    case 'unknown-fields':
      return t('storage.unknown-fields', { fields: notice.fields.join(', ') });
    case 'invalid-entries':
      return t('storage.invalid-entries', { count: notice.count });
    case 'newer-version':
      return t('storage.newer-version', { version: notice.version });
    case 'unavailable':
      return t('storage.unavailable');
    case 'write-failed':
      return t('storage.write-failed');
    case 'backup-full':
      return t('storage.backup-full', { slots: BACKUP_SLOTS });
    case 'migrated':
      return null;
  }
}

/** Notices about saved data (read with trouble, not kept) and about a briefing received in a link (briefingsOnDemand.ts loads this with the store). */
export function BriefingNotices() {
  const { t } = useT();
  const notices = useBriefingStore((s) => s.notices);
  const incoming = useBriefingStore((s) => s.incoming);
  const dismissNotices = useBriefingStore((s) => s.dismissNotices);
  const setIncoming = useBriefingStore((s) => s.setIncoming);
  const keepBriefing = useBriefingStore((s) => s.keepBriefing);
  const backups = useBriefingStore((s) => s.backups);
  const [kept, setKept] = useState<string | null>(null);

  const texts = notices.map((notice) => noticeText(t, notice)).filter((text): text is string => text !== null);

  return (
    <>
      {texts.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {texts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
          <button type="button" className="button-quiet" onClick={dismissNotices}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {backups > 0 && <BackupsNotice count={backups} />}
      {incoming && 'error' in incoming && (
        <div className="notice" role="status">
          <p>{t('briefing.incomingError', { reason: t(`briefing.error.${incoming.error}`) })}</p>
          <button type="button" className="button-quiet" onClick={() => setIncoming(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {incoming && 'briefing' in incoming && (
        <div className="notice notice--briefing" role="status">
          <p>
            {t('briefing.incoming', { title: incoming.briefing.title, count: incoming.briefing.steps.length })}
            {incoming.dropped > 0 ? ` ${t('briefing.dropped', { count: incoming.dropped })}` : ''}
          </p>
          <div className="notice__actions">
            <button type="button" className="primary" onClick={() => presentBriefing(incoming.briefing)}>
              {t('briefing.present')}
            </button>
            {kept === incoming.briefing.id ? (
              <span>{t('briefing.kept')}</span>
            ) : (
              <button
                type="button"
                onClick={() => {
                  if (keepBriefing(incoming.briefing)) setKept(incoming.briefing.id);
                }}
              >
                {t('briefing.keep')}
              </button>
            )}
            <button type="button" className="button-quiet" onClick={() => setIncoming(null)}>
              {t('notice.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** Saved data kept aside until the user downloads or discards it. */
function BackupsNotice({ count }: { count: number }) {
  const { t } = useT();
  async function download() {
    const [{ downloadBlob }, { isoDay }] = await Promise.all([import('../../lib/export/imageExport'), import('../../lib/export/exportData')]);
    const today = isoDay(new Date());
    downloadBlob(
      new Blob([useBriefingStore.getState().backupsFile(today)], { type: 'application/json' }),
      `migration-lens_saved-backups_${today}.json`,
    );
  }
  return (
    <div className="notice" role="status">
      <p>{t('storage.backups', { count, slots: BACKUP_SLOTS })}</p>
      <div className="notice__actions">
        <button type="button" onClick={() => void download()}>
          {t('storage.backups.download')}
        </button>
        <button type="button" className="button-quiet" onClick={() => useBriefingStore.getState().discardBackups()}>
          {t('storage.backups.discard')}
        </button>
      </div>
    </div>
  );
}
