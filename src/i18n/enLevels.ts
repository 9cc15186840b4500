import { addEnglish } from './translate';

/**
 * The English words for the levels below the country (regions, states), loaded with the code of the
 * panels that show places of every level (series, profile, table, compare), never in the first load.
 */
export const enLevels = {
  'level.unit.country': 'country',
  'level.unit.nuts2': 'NUTS-2 region',
  'level.unit.nuts3': 'NUTS-3 region',
  'level.unit.us-state': 'US state',
  'level.units.country': 'countries',
  'level.units.nuts2': 'NUTS-2 regions',
  'level.units.nuts3': 'NUTS-3 regions',
  'level.units.us-state': 'US states',
  'level.by.country': 'by country',
  'level.by.nuts2': 'by NUTS-2 region',
  'level.by.nuts3': 'by NUTS-3 region',
  'level.by.us-state': 'by US state',
  'profile.placeOf.nuts2': 'a NUTS-2 region of {country}',
  'profile.placeOf.nuts3': 'a NUTS-3 region of {country}',
  'profile.placeOf.us-state': 'a state of the United States',
  'profile.rankAmong': 'Rank among {units}',
  'profile.noSourceAtLevel': 'No source of {indicator} gives figures {by}.',
  'series.otherLevel': '{sources}: figures {by} only, so no line for {places}.',
} as const;

addEnglish(enLevels);
