import { useId, useMemo } from 'react';
import { FetchError } from '../contract/errors';
import type { Catalog } from '../contract/schema';
import { peopledCountries } from '../data/peopled';
import type { ResolvedView } from '../data/resolveView';
import { measuresTies } from '../data/ties';
import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';
import { FocusSelect } from './FocusSelect';

/** Whether a load failed because the file is not there (a focus country the source has no figures for). */
export const isMissingFile = (error: unknown): boolean => error instanceof FetchError && error.status === 404;

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  /** The focus country (ISO3) the source turned out to have no figures for, if that is why. */
  missing?: string | null;
  /** false where a focus picker is already on screen (the map's options). */
  picker?: boolean;
  /** The places a focus can be chosen from, in display order (the map's, at the source's focus level); absent: the countries. */
  choices?: readonly { id: string; name: string }[];
  /** The focus role to open with (the source's files may be of one role only); absent: destination. */
  role?: 'origin' | 'destination';
  /** What to say instead of the countries' words (below the country level). */
  message?: string;
  /** Which focus places the source has figures for, as far as the catalog says (its coverage), under the picker. */
  hint?: string | null;
}

/**
 * In place of figures per country, for a source that has figures between pairs of countries only:
 * says so (or that the chosen country has none), and asks for the country whose figures with
 * every other to show.
 */
export function FocusPrompt({ catalog, resolved, missing = null, picker = true, choices, role = 'destination', message: own, hint = null }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const setMapOptions = useViewStore((s) => s.setMapOptions);
  const countries = useMemo(
    () => choices ?? peopledCountries(catalog.geographies.countries).sort((a, b) => a.name.localeCompare(b.name, lang)),
    [catalog, lang, choices],
  );
  const ties = measuresTies(resolved.source);
  const missingName = missing === null ? null : (countries.find((c) => c.id === missing)?.name ?? missing);
  const message =
    own !== undefined && missingName === null
      ? own
      : missingName === null
        ? t(ties ? 'focus.needed.ties' : 'focus.needed', { indicator: resolved.indicator.label })
        : t(ties ? 'map.odMissing.ties' : 'map.odMissing', { source: resolved.source.name, country: missingName });
  return (
    <div className="panel-state focus-prompt" role="status">
      <p>{message}</p>
      {!picker && hint && <p>{hint}</p>}
      {picker && (
        <FocusSelect
          id={id}
          label={t(ties ? 'map.focus.ties' : 'map.focus')}
          countries={countries}
          value={null}
          onChange={(focus) => setMapOptions({ od: { role, focus } })}
          hint={hint}
        />
      )}
    </div>
  );
}
