import { useId, type ReactNode } from 'react';
import type { Grain } from '../../contract/schema';
import { useT, type TFunction } from '../../i18n/useT';
import { FocusSelect } from '../../components/FocusSelect';
import { useViewStore } from '../../state/store';
import { CLASSIFICATIONS, MAP_REGIONS, MAX_TOLERANCE, type MapOptions, type OdRole } from '../../state/viewState';

interface Props {
  options: MapOptions;
  grain: Grain;
  /** Whether the indicator has origin–destination figures. */
  bilateral: boolean;
  /** false when the source has figures between pairs of countries only: there are no totals to show. */
  perCountry: boolean;
  /** The figures are an index of ties, the same both ways: no origin or destination to choose. */
  ties: boolean;
  /** The places a focus can be chosen from (countries, or units of the source's focus level), in display order. */
  countries: readonly { id: string; name: string }[];
  /** The focus to start origin–destination mode with. */
  defaultFocus: string | null;
  /** The focus roles the source has files for (no Destination choice for a source of origins only). */
  roles?: readonly OdRole[];
  /** The level control, first among the options (when the indicator has figures at several levels). */
  level?: ReactNode;
  /** The region presets with their names, when they differ from the world map's (below the country level). */
  regions?: readonly { value: MapOptions['region']; label: string }[];
}

/** "±2 yr" / "±3 mo" for the tolerance in the grain of the series. */
export function withinText(t: TFunction, tolerance: number, grain: Grain): string {
  return t(grain === 'month' ? 'map.within.month' : 'map.within.year', { n: tolerance });
}

/** The map's options: what to show (totals or origin–destination), classes, log scale, tolerance, zoom. */
export function MapControls({ options, grain, bilateral, perCountry, ties, countries, defaultFocus, roles, level, regions }: Props) {
  const { t } = useT();
  const id = useId();
  const setMapOptions = useViewStore((s) => s.setMapOptions);
  const od = bilateral ? options.od : null;

  function setView(value: string) {
    if (value === 'totals') setMapOptions({ od: null });
    else {
      const focus = (od?.focus && countries.some((c) => c.id === od.focus) ? od.focus : null) ?? defaultFocus ?? countries[0]?.id;
      if (focus) setMapOptions({ od: { role: value as OdRole, focus } });
    }
  }

  return (
    <div className="map-toolbar" role="group" aria-label={t('map.options')}>
      {level}
      {bilateral && !ties && (perCountry || od) && (
        <div className="field">
          <label htmlFor={`${id}-view`}>{t('map.view')}</label>
          <select id={`${id}-view`} value={od ? od.role : 'totals'} onChange={(e) => setView(e.target.value)}>
            {perCountry && <option value="totals">{t('map.view.totals')}</option>}
            {(roles ?? ['origin']).includes('origin') && <option value="origin">{t('map.view.origin')}</option>}
            {(roles ?? ['destination']).includes('destination') && <option value="destination">{t('map.view.destination')}</option>}
          </select>
        </div>
      )}
      {od && (
        <FocusSelect
          id={`${id}-focus`}
          label={t(ties ? 'map.focus.ties' : 'map.focus')}
          countries={countries}
          value={od.focus}
          onChange={(focus) => setMapOptions({ od: { role: od.role, focus } })}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-class`}>{t('map.classification')}</label>
        <select
          id={`${id}-class`}
          value={options.classification}
          onChange={(e) => setMapOptions({ classification: e.target.value as MapOptions['classification'] })}
        >
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t(`map.class.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox map-toolbar__check">
        <input type="checkbox" checked={options.log} onChange={(e) => setMapOptions({ log: e.target.checked })} />
        {t('map.log')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-tol`}>{t('map.tolerance')}</label>
        <select id={`${id}-tol`} value={options.tolerance} onChange={(e) => setMapOptions({ tolerance: Number(e.target.value) })}>
          {Array.from({ length: MAX_TOLERANCE + 1 }, (_, n) => (
            <option key={n} value={n}>
              {n === 0 ? t('map.tolerance.off') : t('map.tolerance.nearest', { within: withinText(t, n, grain) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('map.region')}</label>
        <select id={`${id}-region`} value={options.region} onChange={(e) => setMapOptions({ region: e.target.value as MapOptions['region'] })}>
          {(regions ?? MAP_REGIONS.map((r) => ({ value: r, label: t(`map.region.${r}`) }))).map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
