import { useId } from 'react';
import { useLanguageChoice } from '../i18n/useLanguageChoice';
import { useT } from '../i18n/useT';
import { LANGUAGES, type Language } from '../state/viewState';

/** Each language named in itself, so a reader finds their own whatever the current language. */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function LanguageSwitch() {
  const { t } = useT();
  const { shown, choose } = useLanguageChoice();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select id={id} value={shown} onChange={(e) => choose(e.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
