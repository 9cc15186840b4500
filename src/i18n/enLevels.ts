import { addEnglish } from './translate';

/**
 * The texts of geographic levels below the country (issue #18), loaded with the map's level code
 * (src/features/map/levelChunk.ts) rather than in the first load; the other languages' packs hold theirs.
 */
export const enLevels = {
  'level.label': 'Level',
  'level.name.country': 'Countries',
  'level.name.nuts2': 'NUTS-2 regions',
  'level.name.nuts3': 'NUTS-3 regions',
  'level.name.us-state': 'US states',
  'level.places.country': 'countries',
  'level.places.nuts2': 'NUTS-2 regions',
  'level.places.nuts3': 'NUTS-3 regions',
  'level.places.us-state': 'US states',
  'level.one.country': 'country',
  'level.one.nuts2': 'NUTS-2 region',
  'level.one.nuts3': 'NUTS-3 region',
  'level.one.us-state': 'US state',
  'level.count.country': '{count, plural, one {# country} other {# countries}}',
  'level.count.nuts2': '{count, plural, one {# region} other {# regions}}',
  'level.count.nuts3': '{count, plural, one {# region} other {# regions}}',
  'level.count.us-state': '{count, plural, one {# state} other {# states}}',
  'level.withValue': '{places} with a value',
  'level.offer.country': 'See countries',
  'level.offer.nuts2': 'See {country}’s NUTS-2 regions',
  'level.offer.nuts3': 'See {country}’s NUTS-3 regions',
  'level.offer.us-state': 'See the US states',
  'level.placeIn': '{place}, {country}',
  'level.region.all': 'Whole map',
  'level.region.selection': 'Selected places',
  'level.attribution': 'Boundaries ({level}): {attribution}',
  'level.list.label': 'Find a place on the map',
  'level.list.hint': 'Arrow keys show each place on the map; Enter selects or deselects it.',
  'level.list.options': 'Places on the map',
  'level.list.none': 'No place matches “{query}”',
  'level.focus': 'Focus',
  'level.focus.choose': 'Choose a place…',
  'level.focus.needed': '{source} gives its figures by {place} for one {focus} at a time. Choose one to see them.',
  'level.od.origin': 'Migrants from {country}, by {place}',
  'level.od.destination': 'Migrants in {country}, by {place} of origin',
  'level.od.ties': 'Ties of {country} with other {places}',
  'level.summary.range':
    '{indicator}, {period}: highest in {highName} ({highValue}), lowest in {lowName} ({lowValue}); {count} of {total} {places} with a value.',
  'level.summary.none': '{indicator}, {period}: none of the {total} {places} has a value.',
  'level.summary.ties.range':
    'Ties of {focus}, {period}: strongest with {highName} ({highValue}), weakest with {lowName} ({lowValue}); {count} of {total} {places} with a value. Values are an {unit}.',
  'level.summary.ties.none': 'Ties of {focus}, {period}: none of the {total} {places} has a value.',
} as const;

addEnglish(enLevels);
