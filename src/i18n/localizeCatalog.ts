import type { Catalog } from '../contract/schema';
import type { Language } from '../state/viewState';
import { countryName } from './countryNames';

type Translated<T> = { i18n?: { fr?: Partial<T>; es?: Partial<T> } };

function pick<T extends object>(entry: T & Translated<T>, lang: Language): T {
  if (lang === 'en') return entry;
  const texts = entry.i18n?.[lang];
  return texts ? { ...entry, ...texts } : entry;
}

/**
 * The catalog with its texts in the language: the catalog's own translations of sources,
 * indicators, dimensions, regions, aggregates and levels (units keep their names), and country names from i18n-iso-countries (the catalog's
 * English name where the package has none). Ids never change.
 */
export function localizeCatalog(catalog: Catalog, lang: Language): Catalog {
  if (lang === 'en') return catalog;
  return {
    ...catalog,
    sources: catalog.sources.map((source) => pick(source, lang)),
    indicators: catalog.indicators.map((indicator) => ({
      ...pick(indicator, lang),
      dimensions: indicator.dimensions.map((dimension) => ({
        ...pick(dimension, lang),
        values: dimension.values.map((value) => pick(value, lang)),
      })),
    })),
    geographies: {
      countries: catalog.geographies.countries.map((country) => ({ ...country, name: countryName(country.id, lang) ?? country.name })),
      regions: catalog.geographies.regions.map((region) => pick(region, lang)),
      ...(catalog.geographies.aggregates ? { aggregates: catalog.geographies.aggregates.map((aggregate) => pick(aggregate, lang)) } : {}),
      // The levels below the country, by their own translations; region and state names are the publishers' own, in every language.
      ...(catalog.geographies.levels ? { levels: catalog.geographies.levels.map((level) => pick(level, lang)) } : {}),
      ...(catalog.geographies.units ? { units: catalog.geographies.units } : {}),
    },
  };
}
