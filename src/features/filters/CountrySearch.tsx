import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Country } from '../../contract/schema';
import { isCodeOf, type LevelId } from '../../contract/levels';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { MAX_COUNTRIES } from '../../state/viewState';
import { matchCountries } from '../../lib/countryMatch';

interface Props {
  /** The places the box finds: the countries, or the units of the view's level. */
  countries: readonly Country[];
  /** The view's level: below the country the box is named with its places' word ("Regions", "States"). */
  level?: LevelId;
  /** The name of a selected place the list does not hold (a country kept in the selection at a level, a region at the country level). */
  nameOf?: (id: string) => string;
}

/** A type-ahead combobox that adds places to the selection, with the selection as removable chips. */
export function CountrySearch({ countries, level = 'country', nameOf }: Props) {
  const { t } = useT();
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const setCountries = useViewStore((s) => s.setCountries);
  const pickCountry = useViewStore((s) => s.pickCountry);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hintId = useId();
  const byId = useMemo(() => new Map(countries.map((c) => [c.id, c.name])), [countries]);
  const label = level === 'country' ? t('filters.countries') : t(`filters.places.${level}`);
  // A selection holding places of another level (kept from it) is named with neither level's word.
  const mixed = selected.some((id) => !isCodeOf(level, id));
  const chipsLabel = mixed ? t('filters.selectedPlaces.mixed') : level === 'country' ? t('filters.selected') : t(`filters.selectedPlaces.${level}`);
  const matches = useMemo(() => matchCountries(countries, query), [countries, query]);
  const full = selected.length >= MAX_COUNTRIES;
  const expanded = open && query.trim() !== '';

  function choose(country: Country) {
    if (!selected.includes(country.id) && full) return;
    pickCountry(country.id);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const country = matches[active];
      if (expanded && country) {
        event.preventDefault();
        choose(country);
      }
    } else if (event.key === 'Escape') {
      // Closing the list uses the key: a drawer around the box then stays open.
      if (expanded) event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && selected.length > 0) {
      setCountries(selected.slice(0, -1));
    }
  }

  return (
    <div className="country-search">
      <div className="country-search__head">
        <label htmlFor={`${listId}-input`}>{label}</label>
        {selected.length > 0 && (
          <button type="button" className="button-quiet" onClick={() => setCountries([])}>
            {t('filters.clearCountries')}
          </button>
        )}
      </div>
      <div className="country-search__box">
        <ul className="chips" aria-label={chipsLabel}>
          {selected.map((id) => {
            const name = byId.get(id) ?? nameOf?.(id) ?? id;
            return (
              <li key={id} className="chip">
                {name}
                <button type="button" aria-label={t('filters.removeCountry', { name })} onClick={() => toggleCountry(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          // Picking opens the country's profile, which leaves the focus here so that the next country can be typed.
          data-keep-focus=""
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={full ? hintId : undefined}
          aria-activedescendant={expanded && matches[active] ? `${listId}-${matches[active].id}` : undefined}
          placeholder={level === 'country' ? t('filters.countriesPlaceholder') : t(`filters.placesPlaceholder.${level}`)}
          value={query}
          autoComplete="off"
          maxLength={60}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
      </div>
      {full && (
        <p id={hintId} className="hint">
          {t('filters.tooMany', { max: MAX_COUNTRIES })}
        </p>
      )}
      <ul id={listId} role="listbox" className="country-search__list" hidden={!expanded} aria-label={label}>
        {expanded && matches.length === 0 && <li className="country-search__none">{t('filters.noMatch', { query })}</li>}
        {expanded &&
          matches.map((country, i) => (
            <li
              key={country.id}
              id={`${listId}-${country.id}`}
              role="option"
              aria-selected={selected.includes(country.id)}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(country);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {country.name} <span className="muted">{country.id}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
