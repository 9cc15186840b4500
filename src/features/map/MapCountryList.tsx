import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldText } from '../../lib/countryMatch';
import { useT } from '../../i18n/useT';

export interface ListRow {
  id: string;
  name: string;
  /** The value as shown, or "No data". */
  valueText: string;
  /** The value is from the nearest period (marked ≈). */
  nearest: boolean;
  selected: boolean;
}

interface Props {
  /** null while the map's first frame is coming: the list follows it (issue #20). */
  rows: readonly ListRow[] | null;
  activeId: string | null;
  onActive: (id: string | null) => void;
  onToggle: (id: string) => void;
  /** The rows are places below the country (regions, states): the list says "places". */
  places?: boolean;
}

/**
 * The map without a mouse: a searchable list of the map's countries with their values. Moving
 * through it (arrow keys) shows the country on the map with its tooltip; Enter selects or
 * deselects it, as a click on the map does.
 */
export function MapCountryList({ rows, activeId, onActive, onToggle, places = false }: Props) {
  const { t } = useT();
  const words = places
    ? ({ label: 'level.list.label', hint: 'level.list.hint', options: 'level.list.options', none: 'level.list.none' } as const)
    : ({ label: 'map.list.label', hint: 'map.list.hint', options: 'map.list.options', none: 'map.list.none' } as const);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (id: string) => `${baseId}-${id}`;
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => {
    const q = foldText(query);
    if (rows === null || q === '') return rows ?? [];
    return rows.filter((row) => row.id.toLowerCase() === q || foldText(row.name).includes(q));
  }, [rows, query]);
  const activeIndex = activeId ? shown.findIndex((row) => row.id === activeId) : -1;

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(`${baseId}-${activeId}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [baseId, activeId]);

  function move(to: number) {
    const row = shown[Math.max(0, Math.min(shown.length - 1, to))];
    if (row) onActive(row.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(activeIndex <= 0 ? 0 : activeIndex - 1);
        break;
      case 'PageDown':
        event.preventDefault();
        move(activeIndex + 10);
        break;
      case 'PageUp':
        event.preventDefault();
        move(activeIndex - 10);
        break;
      case 'Home':
        if (query === '') {
          event.preventDefault();
          move(0);
        }
        break;
      case 'End':
        if (query === '') {
          event.preventDefault();
          move(shown.length - 1);
        }
        break;
      case 'Enter': {
        const row = activeIndex >= 0 ? shown[activeIndex] : shown.length === 1 ? shown[0] : undefined;
        if (row) {
          event.preventDefault();
          if (row.id !== activeId) onActive(row.id);
          onToggle(row.id);
        }
        break;
      }
      case 'Escape':
        if (query !== '' || activeId) {
          event.preventDefault();
          setQuery('');
          onActive(null);
        }
        break;
    }
  }

  return (
    <div className="map-list">
      <label htmlFor={`${baseId}-input`}>{t(words.label)}</label>
      <input
        id={`${baseId}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={activeIndex >= 0 && activeId ? optionId(activeId) : undefined}
        placeholder={t('map.list.placeholder')}
        value={query}
        autoComplete="off"
        maxLength={60}
        onChange={(e) => {
          setQuery(e.target.value);
          onActive(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => onActive(null)}
      />
      <p id={hintId} className="hint">
        {t(words.hint)}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t(words.options)}
        aria-multiselectable="true"
        aria-busy={rows === null}
        className="map-list__options"
      >
        {shown.map((row) => (
          <li
            key={row.id}
            id={optionId(row.id)}
            role="option"
            aria-selected={row.selected}
            className={row.id === activeId ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              inputRef.current?.focus();
              onActive(row.id);
              onToggle(row.id);
            }}
          >
            <span className="map-list__name">{row.name}</span>
            <span className="map-list__value">
              {row.nearest ? '≈ ' : ''}
              {row.valueText}
            </span>
          </li>
        ))}
      </ul>
      {rows !== null && shown.length === 0 && <p className="muted">{t(words.none, { query })}</p>}
    </div>
  );
}
