import { useId, type CSSProperties } from 'react';
import type { Unit } from '../../contract/schema';
import { formatCompact } from '../../i18n/format';
import { useT, type TFunction } from '../../i18n/useT';
import type { Classification } from '../../state/viewState';
import type { MapModel } from './mapModel';
import { COLORS, NO_DATA_CSS } from './mapStyle';

interface Props {
  model: MapModel | null;
  unit: Unit;
  /** The unit in words, as the legend's heading says it. */
  unitLabel: string;
  method: Classification;
  log: boolean;
  /** "±2 yr" when the time tolerance is on, else null. */
  within: string | null;
  /** The focus drawn on the map, in its level's words ("Focus region: Stuttgart, Germany"); null: none drawn. */
  focusText: string | null;
  selectedCount: number;
  /** How many places, below the country level ("12 regions"); absent: countries. */
  countText?: (count: number) => string;
}

export function countriesText(t: TFunction, count: number): string {
  return count === 1 ? t('map.legend.oneCountry') : t('map.legend.countries', { count });
}

/** The map's key: classes with their country counts (or a gradient), "No data", nearest-period, focus and selection. */
export function MapLegend({ model, unit, unitLabel, method, log, within, focusText, selectedCount, countText }: Props) {
  const { t, lang } = useT();
  const count = countText ?? ((n: number) => countriesText(t, n));
  const headingId = useId();
  const scale = model?.scale ?? null;
  const fmt = (v: number) => formatCompact(v, unit, lang);
  const centre = scale ? (scale.mode.kind === 'diverging' ? scale.mode.centre : scale.mode.kind === 'ratio' ? 1 : null) : null;
  const effectiveLog = scale ? scale.transform !== 'linear' : log;

  return (
    <section className="map-legend" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('map.legend', { unit: unitLabel })}</h4>
      <p className="map-legend__method muted">
        {t('map.legend.classes', { method: t(`map.class.${method}`) })}
        {effectiveLog ? ` · ${t('map.legend.log')}` : ''}
      </p>
      {scale && scale.classes.length > 0 && (
        <ul className="map-legend__classes">
          {scale.classes.map((c) => (
            <li key={c.index}>
              <span className="map-legend__swatch" style={{ background: c.color }} aria-hidden="true" />
              <span className="map-legend__range">{c.lower === c.upper ? fmt(c.lower) : `${fmt(c.lower)} – ${fmt(c.upper)}`}</span>
              <span className="map-legend__count">{count(c.count)}</span>
            </li>
          ))}
        </ul>
      )}
      {scale && scale.classes.length === 0 && scale.domain && (
        <div className="map-legend__continuous">
          <div
            className="map-legend__bar"
            aria-hidden="true"
            style={{ background: `linear-gradient(to right, ${scale.gradient.map((s) => `${s.color} ${s.offset * 100}%`).join(', ')})` }}
          />
          <div className="map-legend__ticks">
            <span>{fmt(scale.domain[0])}</span>
            {centre !== null && scale.domain[0] < centre && centre < scale.domain[1] && (
              <span className="map-legend__centre" style={{ '--at': `${scale.offsetOf(centre) * 100}%` } as CSSProperties}>
                {fmt(centre)}
              </span>
            )}
            <span>{fmt(scale.domain[1])}</span>
          </div>
          <p className="map-legend__count">
            {countText
              ? t('level.withValue', { places: countText(model?.withValue ?? 0) })
              : t('map.legend.withValue', { count: model?.withValue ?? 0 })}
          </p>
        </div>
      )}
      {centre !== null && scale?.domain && <p className="muted map-legend__note">{t('map.legend.diverging', { centre: fmt(centre) })}</p>}
      <ul className="map-legend__extra">
        <li>
          <span className="map-legend__swatch" style={{ background: NO_DATA_CSS }} aria-hidden="true" />
          <span className="map-legend__range">{t('map.legend.noData')}</span>
          <span className="map-legend__count">{count(model?.noData ?? 0)}</span>
        </li>
        {within && model && model.nearest > 0 && <li className="map-legend__nearest">{t('map.legend.nearest', { count: model.nearest, within })}</li>}
        {focusText && (
          <li>
            <span className="map-legend__swatch" style={{ background: COLORS.focusFill }} aria-hidden="true" />
            <span className="map-legend__range">{focusText}</span>
          </li>
        )}
        {selectedCount > 0 && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--outline" aria-hidden="true" />
            <span className="map-legend__range">{t('map.legend.selected')}</span>
            <span className="map-legend__count">{count(selectedCount)}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
