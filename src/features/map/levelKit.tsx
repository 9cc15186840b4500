/**
 * What the map needs below the country level, as one chunk loaded on demand (useLevelKit.ts):
 * the level control, the offer of a country's regions, and the pure functions of mapLevel.ts.
 */
import { useId } from 'react';
import type { LevelId } from '../../contract/levels';
import { useT } from '../../i18n/useT';
import type { LevelOffer } from './mapLevel';

export { levelFit, levelOffer, levelRegions, placesCount, unitPlaces } from './mapLevel';
export type { LevelOffer, LevelPlace, MapFit } from './mapLevel';

interface LevelControlProps {
  /** The levels the indicator has sources at, country first. */
  levels: readonly LevelId[];
  value: LevelId;
  onChange: (level: LevelId) => void;
}

/** The geographic level of the map (a native select: keyboard and screen readers work as for the other options). */
export function LevelControl({ levels, value, onChange }: LevelControlProps) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="field map-level">
      <label htmlFor={id}>{t('level.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LevelId)}>
        {levels.map((level) => (
          <option key={level} value={level}>
            {t(`level.name.${level}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "See Germany's NUTS-2 regions": switches the map to the level, fitted to that country. */
export function LevelOfferButton({ offer, countryName, onTake }: { offer: LevelOffer; countryName: string; onTake: (offer: LevelOffer) => void }) {
  const { t } = useT();
  return (
    <button type="button" className="map-level-offer" onClick={() => onTake(offer)}>
      {t(`level.offer.${offer.level}`, { country: countryName })}
    </button>
  );
}
