import { useT } from '../../i18n/useT';
import { DemoBadge } from './DemoBadge';

export function Header({ demo }: { demo: boolean }) {
  const { t } = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {demo && <DemoBadge />}
    </header>
  );
}
