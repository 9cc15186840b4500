/**
 * French and Spanish texts of the demo catalog, by id (those of dimensions and regions, shared with
 * the real catalog, in ../shared/catalogTexts.ts). The English texts live in catalog.ts; a test
 * checks that every source, indicator, dimension and region has both translations.
 */
import type { Catalog } from '../../src/contract/schema';
import { withDimensionTexts, withRegionTexts, type Pair } from '../shared/catalogTexts';

const SYNTHETIC: Pair<string> = {
  fr: 'Données de démonstration synthétiques : chaque chiffre est généré à partir d’une graine aléatoire et ne décrit aucun pays, aucune source ni aucune période réels.',
  es: 'Datos de demostración sintéticos: cada cifra se genera a partir de una semilla aleatoria y no describe ningún país, fuente ni período reales.',
};

export const SOURCE_TEXTS: Record<string, Pair<{ name: string; definition: string; caveats: string[] }>> = {
  census: {
    fr: {
      name: 'Recensements et registres (démo)',
      definition:
        'Résidents nés dans un autre pays, comptés par les recensements et les registres de population et ramenés à une année de référence commune.',
      caveats: [
        SYNTHETIC.fr,
        'Les valeurs marquées « imputé » remplacent un recensement que le pays n’a pas tenu ; les valeurs marquées « estimation » proviennent de registres ou d’enquêtes plutôt que d’un dénombrement complet.',
        'Les valeurs de 2024 sont provisoires.',
        'Les chiffres par origine et destination laissent de côté un petit reste « origine inconnue ou non listée » : la somme des origines est un peu inférieure au total de la destination.',
      ],
    },
    es: {
      name: 'Censos y registros (demo)',
      definition: 'Residentes nacidos en otro país, contados por los censos y los registros de población y llevados a un año de referencia común.',
      caveats: [
        SYNTHETIC.es,
        'Los valores marcados como «imputado» sustituyen una ronda censal que el país no realizó; los marcados como «estimación» proceden de registros o encuestas y no de un recuento completo.',
        'Los valores de 2024 son provisionales.',
        'Las cifras por origen y destino omiten un pequeño resto de «origen desconocido o no listado», por lo que la suma de orígenes es algo menor que el total del destino.',
      ],
    },
  },
  'social-audience': {
    fr: {
      name: 'Audience publicitaire des réseaux sociaux (démo)',
      definition:
        'Utilisateurs adultes d’une plateforme publicitaire que celle-ci classe comme ayant vécu auparavant dans un autre pays, selon son outil de taille d’audience.',
      caveats: [
        SYNTHETIC.fr,
        'Les tailles d’audience sont des fourchettes : la valeur est arrondie aux milliers (centaines pour les petites audiences) et les bornes basse et haute donnent la fourchette annoncée ; les audiences de moins de 100 ne sont pas affichées.',
        'En 2019, la plateforme a changé sa méthode d’estimation (valeurs marquées « rupture ») : les valeurs d’avant et d’après ne sont pas comparables.',
        'L’usage de la plateforme varie selon la région, l’âge et le sexe : les 65 ans et plus et les utilisateurs d’une grande partie de l’Afrique et de l’Asie sont sous-représentés, et la couverture augmente avec l’accès à Internet.',
        'La plateforme n’est pas disponible dans certains pays, qui n’ont pas de valeurs ; d’autres années-pays manquent.',
      ],
    },
    es: {
      name: 'Audiencia publicitaria de redes sociales (demo)',
      definition:
        'Usuarios adultos de una plataforma publicitaria que esta clasifica como personas que vivieron antes en otro país, según su herramienta de tamaño de audiencia.',
      caveats: [
        SYNTHETIC.es,
        'Los tamaños de audiencia son intervalos: el valor se redondea a miles (cientos en audiencias pequeñas) y los límites inferior y superior dan el intervalo que informa la plataforma; no se muestran audiencias menores de 100.',
        'En 2019 la plataforma cambió su método de estimación (valores marcados como «ruptura»): los valores anteriores y posteriores no son comparables.',
        'El uso de la plataforma varía según la región, la edad y el sexo: las personas de 65 años o más y los usuarios de gran parte de África y Asia están subrepresentados, y la cobertura crece con el acceso a internet.',
        'La plataforma no está disponible en algunos países, que no tienen valores; faltan también algunos años-país.',
      ],
    },
  },
  'search-interest': {
    fr: {
      name: 'Intérêt de recherche en ligne (démo)',
      definition:
        'Volume mensuel de recherches sur le fait de partir à l’étranger faites depuis le pays, en indice où le mois le plus actif du pays vaut 100.',
      caveats: [
        SYNTHETIC.fr,
        'Chaque pays est rapporté à son propre mois le plus actif : l’indice compare les mois d’un même pays, pas les niveaux entre pays.',
        'Les recherches montrent un intérêt, pas des départs : un pic peut suivre une actualité, une crise ou un changement de politique.',
        'Les pays où les recherches sont trop peu nombreuses n’ont pas de valeurs, et les mois très creux valent 0.',
      ],
    },
    es: {
      name: 'Interés de búsqueda en línea (demo)',
      definition:
        'Volumen mensual de búsquedas sobre irse a vivir al extranjero hechas desde el país, como índice en el que el mes de mayor actividad del país vale 100.',
      caveats: [
        SYNTHETIC.es,
        'Cada país se escala respecto a su propio mes de mayor actividad: el índice compara meses de un mismo país, no niveles entre países.',
        'Las búsquedas muestran interés, no desplazamientos: un pico puede seguir a una noticia, una crisis o un cambio de política.',
        'Los países con muy pocas búsquedas no tienen valores, y los meses con muy poca actividad valen 0.',
      ],
    },
  },
  protection: {
    fr: {
      name: 'Registres de protection (démo)',
      definition: 'Réfugiés et demandeurs d’asile enregistrés dans le pays d’asile en fin d’année.',
      caveats: [SYNTHETIC.fr, 'La dernière année est provisoire.'],
    },
    es: {
      name: 'Registros de protección (demo)',
      definition: 'Personas refugiadas y solicitantes de asilo registradas en el país de asilo al final del año.',
      caveats: [SYNTHETIC.es, 'El último año es provisional.'],
    },
  },
  payments: {
    fr: {
      name: 'Statistiques de balance des paiements (démo)',
      definition: 'Transferts personnels et rémunération des salariés reçus de l’étranger par les résidents, en dollars américains courants.',
      caveats: [
        SYNTHETIC.fr,
        'Les transferts par des canaux informels échappent au comptage : les envois de fonds sont sous-estimés.',
        'Les valeurs des petits territoires sont des estimations ; la dernière année est provisoire.',
      ],
    },
    es: {
      name: 'Estadísticas de balanza de pagos (demo)',
      definition:
        'Transferencias personales y remuneración de asalariados recibidas del exterior por los residentes, en dólares estadounidenses corrientes.',
      caveats: [
        SYNTHETIC.es,
        'Las transferencias por canales informales no se registran, por lo que las remesas están subestimadas.',
        'Los valores de los territorios pequeños son estimaciones; el último año es provisional.',
      ],
    },
  },
  'demographic-model': {
    fr: {
      name: 'Comptes démographiques (démo)',
      definition:
        'Population résidente en milieu d’année et solde migratoire annuel issus d’un modèle de comptabilité démographique qui garde naissances, décès et migrations cohérents.',
      caveats: [
        SYNTHETIC.fr,
        'Le solde migratoire est la différence entre immigrants et émigrants, déduite comme la part de la variation de population que les naissances et les décès n’expliquent pas.',
        'Les valeurs de la dernière année sont des projections.',
      ],
    },
    es: {
      name: 'Cuentas demográficas (demo)',
      definition:
        'Población residente a mitad de año y migración neta anual de un modelo de contabilidad demográfica que mantiene coherentes nacimientos, defunciones y migración.',
      caveats: [
        SYNTHETIC.es,
        'La migración neta es la diferencia entre inmigrantes y emigrantes, derivada como la parte del cambio de población que no explican los nacimientos y las defunciones.',
        'Los valores del último año son proyecciones.',
      ],
    },
  },
};

export const INDICATOR_TEXTS: Record<string, Pair<{ label: string; description: string; topic: string }>> = {
  'migrant-stock': {
    fr: {
      label: 'Stock de migrants internationaux',
      description:
        'Personnes vivant dans un autre pays que leur pays de naissance (pour l’audience de la plateforme : utilisateurs ayant vécu auparavant dans un autre pays).',
      topic: 'Stock de migrants',
    },
    es: {
      label: 'Población migrante internacional',
      description:
        'Personas que viven en un país distinto de su país de nacimiento (para la audiencia de la plataforma: usuarios que vivieron antes en otro país).',
      topic: 'Población migrante',
    },
  },
  'migrant-share': {
    fr: {
      label: 'Part des migrants dans la population',
      description: 'Migrants internationaux en pourcentage de la population résidente, avec la population modélisée comme dénominateur.',
      topic: 'Stock de migrants',
    },
    es: {
      label: 'Migrantes como porcentaje de la población',
      description: 'Migrantes internacionales como porcentaje de la población residente, con la población modelizada como denominador.',
      topic: 'Población migrante',
    },
  },
  refugees: {
    fr: {
      label: 'Réfugiés et demandeurs d’asile',
      description: 'Réfugiés et demandeurs d’asile accueillis en fin d’année, comptés par pays d’asile.',
      topic: 'Déplacements forcés',
    },
    es: {
      label: 'Personas refugiadas y solicitantes de asilo',
      description: 'Personas refugiadas y solicitantes de asilo acogidas al final del año, contadas por país de asilo.',
      topic: 'Desplazamiento forzado',
    },
  },
  'net-migration': {
    fr: {
      label: 'Solde migratoire',
      description: 'Personnes arrivées dans le pays moins personnes parties pendant l’année ; négatif quand les départs dépassent les arrivées.',
      topic: 'Flux migratoires',
    },
    es: {
      label: 'Migración neta',
      description: 'Personas que llegaron al país menos personas que se fueron durante el año; negativa cuando salieron más de las que llegaron.',
      topic: 'Flujos migratorios',
    },
  },
  remittances: {
    fr: {
      label: 'Envois de fonds reçus',
      description: 'Argent envoyé par les migrants travaillant à l’étranger et reçu dans le pays pendant l’année, en dollars américains courants.',
      topic: 'Envois de fonds',
    },
    es: {
      label: 'Remesas recibidas',
      description:
        'Dinero enviado por migrantes que trabajan en el extranjero y recibido en el país durante el año, en dólares estadounidenses corrientes.',
      topic: 'Remesas',
    },
  },
  population: {
    fr: {
      label: 'Population',
      description: 'Population résidente totale en milieu d’année, dénominateur des parts de migrants.',
      topic: 'Population',
    },
    es: {
      label: 'Población',
      description: 'Población residente total a mitad de año, denominador de los porcentajes de migrantes.',
      topic: 'Población',
    },
  },
  'search-interest': {
    fr: {
      label: 'Intérêt de recherche pour l’émigration',
      description:
        'À quel point les habitants du pays cherchent en ligne à partir à l’étranger, en indice mensuel où le mois le plus actif du pays vaut 100.',
      topic: 'Intentions migratoires',
    },
    es: {
      label: 'Interés de búsqueda sobre emigración',
      description:
        'Cuánto buscan en línea las personas del país sobre irse a vivir al extranjero, como índice mensual en el que el mes de mayor actividad del país vale 100.',
      topic: 'Intenciones migratorias',
    },
  },
};

/** The catalog with the translations above attached to its entries (entries without one are left as they are). */
export function withTranslations(catalog: Catalog): Catalog {
  return {
    ...catalog,
    sources: catalog.sources.map((source) => {
      const texts = SOURCE_TEXTS[source.id];
      return texts ? { ...source, i18n: texts } : source;
    }),
    indicators: catalog.indicators.map((indicator) => {
      const texts = INDICATOR_TEXTS[indicator.id];
      return {
        ...indicator,
        ...(texts ? { i18n: texts } : {}),
        dimensions: indicator.dimensions.map(withDimensionTexts),
      };
    }),
    geographies: {
      ...catalog.geographies,
      regions: catalog.geographies.regions.map(withRegionTexts),
    },
  };
}
