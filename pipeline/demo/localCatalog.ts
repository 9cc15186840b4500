/**
 * The demo sources below the country: migrant shares by NUTS-3 region (every region, every year
 * from 2010, the bench's "period change at NUTS-3"), by NUTS-2 region and by US state, and a pair
 * for Compare at US-state level (people born in a country, by state: a household survey against a
 * platform audience), shaped like the real `acs-foreign-born-states` / `facebook-expats-us-states`.
 */
import type { Indicator, Source } from '../../src/contract/schema';

type SourceRef = Indicator['sources'][number];

export const LOCAL_SOURCE_IDS = ['regional-registers-nuts2', 'regional-registers-nuts3', 'state-survey', 'state-social-audience'] as const;
export type LocalSourceId = (typeof LOCAL_SOURCE_IDS)[number];

export const REGISTER_YEARS = { first: 2010, last: 2024 };
export const STATE_SHARE_YEARS = { first: 2010, last: 2024 };
export const STATE_SURVEY_ORIGIN_YEARS = { first: 2019, last: 2023 };
export const STATE_AUDIENCE_YEARS = { first: 2021, last: 2025 };
/** Countries of birth the state pair gives figures for (the largest origins of the US's migrants). */
export const STATE_ORIGINS = 30;

const PUBLISHER = 'Migration Lens demo generator';
const LICENCE = 'CC0 1.0 (synthetic demo data)';
const SYNTHETIC = {
  en: 'Synthetic demo data: the regions and states are real, every figure is generated from a random seed and describes no real place, source or period.',
  fr: 'Données de démonstration synthétiques : les régions et les États sont réels, chaque chiffre est généré à partir d’une graine aléatoire et ne décrit aucun lieu, aucune source ni aucune période réels.',
  es: 'Datos de demostración sintéticos: las regiones y los estados son reales, cada cifra se genera a partir de una semilla aleatoria y no describe ningún lugar, fuente ni período reales.',
};

const demo = (s: Omit<Source, 'publisher' | 'url' | 'licence' | 'demo'>): Source => ({
  ...s,
  publisher: PUBLISHER,
  url: null,
  licence: LICENCE,
  demo: true,
});

const registers = (level: 'nuts2' | 'nuts3', version: string, n: string): Source =>
  demo({
    id: `regional-registers-${level}`,
    name: `Regional population registers, NUTS-${n} (demo)`,
    kind: 'official',
    counts: 'country-of-birth',
    definition: `Residents born in another country as a percentage of all residents of the NUTS-${n} region (${version}), from population registers at 1 January.`,
    cadence: 'yearly',
    releaseDate: '2025-09-30',
    latestPeriod: String(REGISTER_YEARS.last),
    firstPeriod: String(REGISTER_YEARS.first),
    caveats: [SYNTHETIC.en, `The ${REGISTER_YEARS.last} values are provisional.`],
    i18n: {
      fr: {
        name: `Registres de population régionaux, NUTS ${n} (démo)`,
        definition: `Résidents nés dans un autre pays, en pourcentage de tous les résidents de la région NUTS ${n} (${version}), selon les registres de population au 1er janvier.`,
        caveats: [SYNTHETIC.fr, `Les valeurs de ${REGISTER_YEARS.last} sont provisoires.`],
      },
      es: {
        name: `Registros de población regionales, NUTS ${n} (demo)`,
        definition: `Residentes nacidos en otro país como porcentaje de todos los residentes de la región NUTS ${n} (${version}), según los registros de población a 1 de enero.`,
        caveats: [SYNTHETIC.es, `Los valores de ${REGISTER_YEARS.last} son provisionales.`],
      },
    },
  });

export const LOCAL_SOURCES: Record<LocalSourceId, Source> = {
  'regional-registers-nuts2': registers('nuts2', 'NUTS 2024', '2'),
  'regional-registers-nuts3': registers('nuts3', 'NUTS 2021', '3'),
  'state-survey': demo({
    id: 'state-survey',
    name: 'State household survey (demo)',
    kind: 'survey',
    counts: 'country-of-birth',
    definition: 'Residents of each US state born outside the United States, by country of birth, estimated from a yearly household survey.',
    cadence: 'yearly',
    releaseDate: '2025-09-11',
    latestPeriod: String(STATE_SHARE_YEARS.last),
    firstPeriod: String(STATE_SHARE_YEARS.first),
    caveats: [
      SYNTHETIC.en,
      'Survey estimates: lower and upper give the 90% margin of error.',
      `Figures by country of birth are given for the ${STATE_ORIGINS} largest countries of birth only, for ${STATE_SURVEY_ORIGIN_YEARS.first}–${STATE_SURVEY_ORIGIN_YEARS.last}; estimates under 100 people are not published.`,
    ],
    i18n: {
      fr: {
        name: 'Enquête ménages par État (démo)',
        definition:
          'Résidents de chaque État des États-Unis nés hors des États-Unis, par pays de naissance, estimés à partir d’une enquête annuelle auprès des ménages.',
        caveats: [
          SYNTHETIC.fr,
          'Estimations d’enquête : les bornes basse et haute donnent la marge d’erreur à 90 %.',
          `Les chiffres par pays de naissance ne sont donnés que pour les ${STATE_ORIGINS} principaux pays de naissance, de ${STATE_SURVEY_ORIGIN_YEARS.first} à ${STATE_SURVEY_ORIGIN_YEARS.last} ; les estimations de moins de 100 personnes ne sont pas publiées.`,
        ],
      },
      es: {
        name: 'Encuesta de hogares por estado (demo)',
        definition:
          'Residentes de cada estado de EE. UU. nacidos fuera de Estados Unidos, por país de nacimiento, estimados a partir de una encuesta anual de hogares.',
        caveats: [
          SYNTHETIC.es,
          'Estimaciones de encuesta: los límites inferior y superior dan el margen de error del 90 %.',
          `Las cifras por país de nacimiento solo se dan para los ${STATE_ORIGINS} principales países de nacimiento, de ${STATE_SURVEY_ORIGIN_YEARS.first} a ${STATE_SURVEY_ORIGIN_YEARS.last}; no se publican las estimaciones inferiores a 100 personas.`,
        ],
      },
    },
  }),
  'state-social-audience': demo({
    id: 'state-social-audience',
    name: 'Social-media advertising audience by US state (demo)',
    kind: 'digital-trace',
    counts: 'lived-in',
    definition:
      'Adult users of an advertising platform in each US state whom the platform classifies as having lived in a given country before, as shown by its audience-size tool.',
    cadence: 'yearly',
    releaseDate: '2026-10-20',
    latestPeriod: String(STATE_AUDIENCE_YEARS.last),
    firstPeriod: String(STATE_AUDIENCE_YEARS.first),
    comparesWith: 'state-survey',
    caveats: [
      SYNTHETIC.en,
      'Audiences are rounded (to the hundred under 10,000, to the thousand above) and audiences under 1,000 are not shown, so small origins in small states have no value.',
      'It counts users who lived in a country, not people born there: children of migrants and people who lived abroad for a while are included.',
      'Platform use differs by origin and age: users aged 65 and over and people from some origins are under-represented.',
    ],
    i18n: {
      fr: {
        name: 'Audience publicitaire des réseaux sociaux par État des États-Unis (démo)',
        definition:
          'Utilisateurs adultes d’une plateforme publicitaire dans chaque État des États-Unis que celle-ci classe comme ayant vécu auparavant dans un pays donné, selon son outil de taille d’audience.',
        caveats: [
          SYNTHETIC.fr,
          'Les audiences sont arrondies (à la centaine sous 10 000, au millier au-delà) et celles de moins de 1 000 ne sont pas affichées : les petites origines dans les petits États n’ont pas de valeur.',
          'Elle compte les utilisateurs ayant vécu dans un pays, pas les personnes qui y sont nées : enfants de migrants et personnes ayant vécu un temps à l’étranger en font partie.',
          'L’usage de la plateforme varie selon l’origine et l’âge : les 65 ans et plus et les personnes de certaines origines sont sous-représentés.',
        ],
      },
      es: {
        name: 'Audiencia publicitaria de redes sociales por estado de EE. UU. (demo)',
        definition:
          'Usuarios adultos de una plataforma publicitaria en cada estado de EE. UU. que esta clasifica como personas que vivieron antes en un país dado, según su herramienta de tamaño de audiencia.',
        caveats: [
          SYNTHETIC.es,
          'Las audiencias se redondean (a la centena por debajo de 10.000, al millar por encima) y no se muestran las menores de 1.000, por lo que los orígenes pequeños en estados pequeños no tienen valor.',
          'Cuenta a los usuarios que vivieron en un país, no a las personas nacidas allí: se incluyen hijos de migrantes y personas que vivieron un tiempo en el extranjero.',
          'El uso de la plataforma varía según el origen y la edad: las personas de 65 años o más y las de algunos orígenes están subrepresentadas.',
        ],
      },
    },
  }),
};

/** The local sources' refs, appended to each indicator's country sources (which stay the defaults). */
export const LOCAL_REFS: Record<string, SourceRef[]> = {
  'migrant-stock': [
    { id: 'state-survey', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
    { id: 'state-social-audience', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
  ],
  'migrant-share': [
    { id: 'regional-registers-nuts2', breakdowns: [], level: 'nuts2' },
    { id: 'regional-registers-nuts3', breakdowns: [], level: 'nuts3' },
    { id: 'state-survey', breakdowns: [], level: 'us-state' },
  ],
};
