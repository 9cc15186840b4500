import type { Country } from '../contract/schema';
import { useT } from '../i18n/useT';

interface Props {
  id: string;
  label: string;
  /** The countries to choose from, in display order. */
  countries: readonly Pick<Country, 'id' | 'name'>[];
  /** The focus country (ISO3), or null before one is chosen. */
  value: string | null;
  onChange: (iso3: string) => void;
  /** A line under the picker (which places the sources have figures for), read with it. */
  hint?: string | null;
}

/** The focus country of figures between pairs of countries (origin–destination, ties). */
export function FocusSelect({ id, label, countries, value, onChange, hint = null }: Props) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => e.target.value !== '' && onChange(e.target.value)}
      >
        {value === null && <option value="">{t('map.focus.choose')}</option>}
        {value !== null && !countries.some((c) => c.id === value) && <option value={value}>{value}</option>}
        {countries.map((country) => (
          <option key={country.id} value={country.id}>
            {country.name}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
