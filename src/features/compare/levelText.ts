/**
 * The Compare panel's words for the places it pairs: countries, or, below the country, places
 * with their level named (US states, NUTS-2 regions). The panel provides its level once; each part
 * asks for its text by the country key and gets the level's variant (key + "Level").
 */
import { createContext, useCallback, useContext } from 'react';
import type { LevelId } from '../../contract/levels';
import type { MessageKey } from '../../i18n/en';
import type { MessageParams } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import '../../i18n/enLevels';

export const CompareLevel = createContext<LevelId>('country');

/** The keys that have a variant for the levels below the country. */
export type LevelledKey = { [K in MessageKey]: `${K}Level` extends MessageKey ? K : never }[MessageKey];

export function useLevelT(): (key: LevelledKey, params?: MessageParams) => string {
  const { t } = useT();
  const level = useContext(CompareLevel);
  return useCallback(
    (key, params = {}) =>
      level === 'country'
        ? t(key, params)
        : t(`${key}Level` as MessageKey, { ...params, units: t(`level.units.${level}`), by: t(`level.by.${level}`) }),
    [t, level],
  );
}
