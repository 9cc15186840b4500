import { useT } from '../i18n/useT';
import { DemoBadge } from './DemoBadge';
import { LanguageSwitch } from './LanguageSwitch';

export function Header({ demo }: { demo: boolean }) {
  const { t } = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-tools">
        {demo && <DemoBadge />}
        <LanguageSwitch />
      </div>
    </header>
  );
}
