import { useT } from '../../i18n/useT';

interface Props {
  message: string;
  /** Offered when the source has the total's figures for this country but not the breakdown's. */
  onTotal?: () => void;
  onLeave: () => void;
}

/** In place of origin–destination figures the source does not have: says so, and offers what it has. */
export function OdNotice({ message, onTotal, onLeave }: Props) {
  const { t } = useT();
  return (
    <div className="panel-state od-notice" role="status">
      <p>{message}</p>
      <div className="od-notice__actions">
        {onTotal && (
          <button type="button" onClick={onTotal}>
            {t('map.odShowTotal')}
          </button>
        )}
        <button type="button" onClick={onLeave}>
          {t('map.odLeave')}
        </button>
      </div>
    </div>
  );
}
