/**
 * French and Spanish names of the dimensions and regions, which the demo and the real catalogs
 * share (the regions come from the same boundary join, the dimensions are the same breakdowns).
 */
import type { Dimension, Region } from '../../src/contract/schema';

export type Pair<T> = { fr: T; es: T };

/** Dimension labels, and dimension value labels keyed "dimension-value". */
const DIMENSION_TEXTS: Record<string, Pair<string>> = {
  sex: { fr: 'Sexe', es: 'Sexo' },
  'sex-female': { fr: 'Femmes', es: 'Mujeres' },
  'sex-male': { fr: 'Hommes', es: 'Hombres' },
  age: { fr: 'Âge', es: 'Edad' },
  'age-18-29': { fr: '18–29 ans', es: '18–29 años' },
  'age-30-44': { fr: '30–44 ans', es: '30–44 años' },
  'age-45-64': { fr: '45–64 ans', es: '45–64 años' },
  'age-65-plus': { fr: '65 ans et plus', es: '65 años o más' },
  // the five-year groups of the Facebook–ACS file by US state (real samples)
  'age-15-19': { fr: '15–19 ans', es: '15–19 años' },
  'age-20-24': { fr: '20–24 ans', es: '20–24 años' },
  'age-25-29': { fr: '25–29 ans', es: '25–29 años' },
  'age-30-34': { fr: '30–34 ans', es: '30–34 años' },
  'age-35-39': { fr: '35–39 ans', es: '35–39 años' },
  'age-40-44': { fr: '40–44 ans', es: '40–44 años' },
  'age-45-49': { fr: '45–49 ans', es: '45–49 años' },
  'age-50-54': { fr: '50–54 ans', es: '50–54 años' },
  'age-55-59': { fr: '55–59 ans', es: '55–59 años' },
};

const REGION_TEXTS: Record<string, Pair<string>> = {
  africa: { fr: 'Afrique', es: 'África' },
  americas: { fr: 'Amériques', es: 'Américas' },
  asia: { fr: 'Asie', es: 'Asia' },
  europe: { fr: 'Europe', es: 'Europa' },
  oceania: { fr: 'Océanie', es: 'Oceanía' },
  antarctic: { fr: 'Antarctique', es: 'Antártida' },
  'eastern-africa': { fr: 'Afrique de l’Est', es: 'África Oriental' },
  'middle-africa': { fr: 'Afrique centrale', es: 'África Central' },
  'northern-africa': { fr: 'Afrique du Nord', es: 'África del Norte' },
  'southern-africa': { fr: 'Afrique australe', es: 'África Austral' },
  'western-africa': { fr: 'Afrique de l’Ouest', es: 'África Occidental' },
  caribbean: { fr: 'Caraïbes', es: 'Caribe' },
  'central-america': { fr: 'Amérique centrale', es: 'América Central' },
  'north-america': { fr: 'Amérique du Nord', es: 'América del Norte' },
  'south-america': { fr: 'Amérique du Sud', es: 'América del Sur' },
  'central-asia': { fr: 'Asie centrale', es: 'Asia Central' },
  'eastern-asia': { fr: 'Asie de l’Est', es: 'Asia Oriental' },
  'south-eastern-asia': { fr: 'Asie du Sud-Est', es: 'Sudeste Asiático' },
  'southern-asia': { fr: 'Asie du Sud', es: 'Asia Meridional' },
  'western-asia': { fr: 'Asie de l’Ouest', es: 'Asia Occidental' },
  'central-europe': { fr: 'Europe centrale', es: 'Europa Central' },
  'eastern-europe': { fr: 'Europe de l’Est', es: 'Europa Oriental' },
  'northern-europe': { fr: 'Europe du Nord', es: 'Europa del Norte' },
  'southeast-europe': { fr: 'Europe du Sud-Est', es: 'Europa Sudoriental' },
  'southern-europe': { fr: 'Europe du Sud', es: 'Europa Meridional' },
  'western-europe': { fr: 'Europe de l’Ouest', es: 'Europa Occidental' },
  'australia-and-new-zealand': { fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelanda' },
  melanesia: { fr: 'Mélanésie', es: 'Melanesia' },
  micronesia: { fr: 'Micronésie', es: 'Micronesia' },
  polynesia: { fr: 'Polynésie', es: 'Polinesia' },
  'antarctic-territories': { fr: 'Territoires antarctiques', es: 'Territorios antárticos' },
};

const labels = (t: Pair<string>): Pair<{ label: string }> => ({ fr: { label: t.fr }, es: { label: t.es } });

/** A dimension and its values with their translations attached, unless they bring their own. */
export function withDimensionTexts(dimension: Dimension): Dimension {
  const t = DIMENSION_TEXTS[dimension.id];
  return {
    ...dimension,
    ...(dimension.i18n === undefined && t ? { i18n: labels(t) } : {}),
    values: dimension.values.map((value) => {
      const v = DIMENSION_TEXTS[`${dimension.id}-${value.id}`];
      return value.i18n === undefined && v ? { ...value, i18n: labels(v) } : value;
    }),
  };
}

/** A region with its translated name attached, unless it brings its own. */
export function withRegionTexts(region: Region): Region {
  const t = REGION_TEXTS[region.id];
  return region.i18n === undefined && t ? { ...region, i18n: { fr: { name: t.fr }, es: { name: t.es } } } : region;
}
