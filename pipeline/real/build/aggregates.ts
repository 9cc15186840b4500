/**
 * The aggregates a build keeps: the groups publishers give their own figures for, under stable ids.
 * A group is kept only where a source's file has a row for it (the build never sums countries to
 * make one) and only through a mapping that does not add rows up. Keyed by the id the country
 * resolver gives the group (World Bank and Eurostat codes; UN DESA's as M49:<code>), so the same
 * group from two publishers (World Bank's WLD, UN DESA's 900) is one geography, with each
 * source's own figure.
 */
import type { Aggregate } from '../../../src/contract/schema';

type Entry = Omit<Aggregate, 'id'> & { id: string };

const t = (fr: string, es: string): Aggregate['i18n'] => ({ fr: { name: fr }, es: { name: es } });

/** EU members since 1 February 2020 (Eurostat's EU27_2020). */
const EU27_2020 = [
  'AUT',
  'BEL',
  'BGR',
  'CYP',
  'CZE',
  'DEU',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'GRC',
  'HRV',
  'HUN',
  'IRL',
  'ITA',
  'LTU',
  'LUX',
  'LVA',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'SWE',
];

const WORLD: Entry = { id: 'WLD', name: 'World', kind: 'world', i18n: t('Monde', 'Mundo') };

/** Resolver group id → the aggregate written. */
const kept = new Map<string, Entry>([
  ['WLD', WORLD],
  ['M49:900', WORLD],
  // Eurostat
  [
    'EU27_2020',
    {
      id: 'EU27_2020',
      name: 'European Union (27 countries, from 2020)',
      kind: 'union',
      members: EU27_2020,
      i18n: t('Union européenne (27 pays, depuis 2020)', 'Unión Europea (27 países, desde 2020)'),
    },
  ],
  // World Bank regions
  [
    'EUU',
    { id: 'EUU', name: 'European Union (World Bank)', kind: 'union', i18n: t('Union européenne (Banque mondiale)', 'Unión Europea (Banco Mundial)') },
  ],
  [
    'EAS',
    {
      id: 'EAS',
      name: 'East Asia & Pacific (World Bank)',
      kind: 'region',
      i18n: t('Asie de l’Est et Pacifique (Banque mondiale)', 'Asia oriental y el Pacífico (Banco Mundial)'),
    },
  ],
  [
    'ECS',
    {
      id: 'ECS',
      name: 'Europe & Central Asia (World Bank)',
      kind: 'region',
      i18n: t('Europe et Asie centrale (Banque mondiale)', 'Europa y Asia central (Banco Mundial)'),
    },
  ],
  [
    'LCN',
    {
      id: 'LCN',
      name: 'Latin America & Caribbean (World Bank)',
      kind: 'region',
      i18n: t('Amérique latine et Caraïbes (Banque mondiale)', 'América Latina y el Caribe (Banco Mundial)'),
    },
  ],
  [
    'MEA',
    {
      id: 'MEA',
      name: 'Middle East, North Africa, Afghanistan & Pakistan (World Bank)',
      kind: 'region',
      i18n: t(
        'Moyen-Orient, Afrique du Nord, Afghanistan et Pakistan (Banque mondiale)',
        'Oriente Medio, Norte de África, Afganistán y Pakistán (Banco Mundial)',
      ),
    },
  ],
  [
    'NAC',
    {
      id: 'NAC',
      name: 'North America (World Bank)',
      kind: 'region',
      i18n: t('Amérique du Nord (Banque mondiale)', 'América del Norte (Banco Mundial)'),
    },
  ],
  [
    'SAS',
    { id: 'SAS', name: 'South Asia (World Bank)', kind: 'region', i18n: t('Asie du Sud (Banque mondiale)', 'Asia meridional (Banco Mundial)') },
  ],
  [
    'SSF',
    {
      id: 'SSF',
      name: 'Sub-Saharan Africa (World Bank)',
      kind: 'region',
      i18n: t('Afrique subsaharienne (Banque mondiale)', 'África subsahariana (Banco Mundial)'),
    },
  ],
  // World Bank income groups
  ['HIC', { id: 'HIC', name: 'High income (World Bank)', kind: 'income', i18n: t('Revenu élevé (Banque mondiale)', 'Ingreso alto (Banco Mundial)') }],
  [
    'UMC',
    {
      id: 'UMC',
      name: 'Upper middle income (World Bank)',
      kind: 'income',
      i18n: t('Revenu intermédiaire supérieur (Banque mondiale)', 'Ingreso mediano alto (Banco Mundial)'),
    },
  ],
  [
    'LMC',
    {
      id: 'LMC',
      name: 'Lower middle income (World Bank)',
      kind: 'income',
      i18n: t('Revenu intermédiaire inférieur (Banque mondiale)', 'Ingreso mediano bajo (Banco Mundial)'),
    },
  ],
  ['LIC', { id: 'LIC', name: 'Low income (World Bank)', kind: 'income', i18n: t('Faible revenu (Banque mondiale)', 'Ingreso bajo (Banco Mundial)') }],
  // UN DESA (UN M49) regions
  ['M49:903', { id: 'M49_903', name: 'Africa (UN)', kind: 'region', i18n: t('Afrique (ONU)', 'África (ONU)') }],
  ['M49:935', { id: 'M49_935', name: 'Asia (UN)', kind: 'region', i18n: t('Asie (ONU)', 'Asia (ONU)') }],
  ['M49:908', { id: 'M49_908', name: 'Europe (UN)', kind: 'region', i18n: t('Europe (ONU)', 'Europa (ONU)') }],
  [
    'M49:904',
    {
      id: 'M49_904',
      name: 'Latin America and the Caribbean (UN)',
      kind: 'region',
      i18n: t('Amérique latine et Caraïbes (ONU)', 'América Latina y el Caribe (ONU)'),
    },
  ],
  [
    'M49:905',
    { id: 'M49_905', name: 'Northern America (UN)', kind: 'region', i18n: t('Amérique septentrionale (ONU)', 'América septentrional (ONU)') },
  ],
  ['M49:909', { id: 'M49_909', name: 'Oceania (UN)', kind: 'region', i18n: t('Océanie (ONU)', 'Oceanía (ONU)') }],
]);

/** The World Bank API's own codes for its income groups (WDI's migrant stock gives XD, not HIC). */
for (const [alias, id] of [
  ['XD', 'HIC'],
  ['XT', 'UMC'],
  ['XN', 'LMC'],
  ['XM', 'LIC'],
] as const) {
  kept.set(alias, kept.get(id)!);
}
export const KEPT_AGGREGATES: ReadonlyMap<string, Entry> = kept;

/** The aggregate a resolver group is kept as, or undefined: left out as before. */
export function keptAggregate(groupId: string): string | undefined {
  return KEPT_AGGREGATES.get(groupId)?.id;
}

const ORDER = ['world', 'union', 'region', 'income'] as const;

/** The catalog's aggregates: those with rows in some series, World first, then unions, regions and income groups. */
export function catalogAggregates(withData: ReadonlySet<string>): Aggregate[] {
  const byId = new Map<string, Aggregate>();
  for (const entry of KEPT_AGGREGATES.values()) if (withData.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
