import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';

/**
 * A discreet notice of the link parameters that were not understood and were left out. Names and
 * values from the link are isolated (<bdi>), so that right-to-left or override characters in them
 * cannot reorder the rest of the line.
 */
export function IgnoredParamsNotice() {
  const { t } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('notice.ignored')}</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={`${notice.key}-${i}`}>
            <code>
              <bdi>{notice.key}</bdi>
              {notice.value ? (
                <>
                  =<bdi>{notice.value}</bdi>
                </>
              ) : null}
            </code>
            : {t(`notice.reason.${notice.reason}`)}
          </li>
        ))}
      </ul>
      <button type="button" className="button-quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
