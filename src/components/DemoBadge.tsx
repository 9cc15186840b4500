import { useT } from '../i18n/useT';

/** Shown whenever a demo source is on screen, so synthetic figures are never taken for real ones. */
export function DemoBadge() {
  const { t } = useT();
  return (
    <div className="demo-badge" role="note" aria-label={t('demo.badge')}>
      <span className="demo-badge__label">{t('demo.badge')}</span>
      <span className="demo-badge__text">{t('demo.explanation')}</span>
    </div>
  );
}
