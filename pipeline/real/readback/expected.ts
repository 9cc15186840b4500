/**
 * What the snapshot should hold, source by source, read straight from the publishers' files in
 * ../shared/data/ (d3-dsv for CSV, JSON.parse, ./formats.ts for JSON-stat, SDMX-JSON and the
 * workbook, ./countries.ts for country codes), never through the pipeline's readers. Each source
 * gives its expected values by indicator, slice, destination (the series' country), origin (for
 * bilateral rows) and period, adding up what its config sums. A 0 of a file that writes empty
 * cells as 0 (the UN DESA origin–destination tables) is not expected: it is not a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, type DSVRowString } from 'd3';
import usAtlasJson from 'us-atlas/states-10m.json';
import { iso3OfAlpha2, iso3OfAlpha3, iso3OfM49, iso3OfName } from './countries';
import { jsonStatCells, sdmxJsonCells, undesaWorkbookCells } from './formats';

const usAtlas = usAtlasJson as unknown as { objects: { states: { geometries: { id: string; properties: { name: string } }[] } } };

export const SHARED = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const raw = (path: string): string => readFileSync(join(SHARED, path), 'utf8');
const table = (path: string): DSVRowString[] => csvParse(raw(path));

/** Expected values by key (see keyOf). */
export type Expected = Map<string, number>;

export interface RowKey {
  indicator: string;
  slice: string;
  geo: string;
  /** The origin of a bilateral row, '' for a series row. */
  counterpart: string;
  period: string;
}
export const keyOf = (k: RowKey): string => `${k.indicator}|${k.slice}|${k.geo}|${k.counterpart}|${k.period}`;

class Table {
  readonly values: Expected = new Map();
  set(k: RowKey, value: number): void {
    const key = keyOf(k);
    if (this.values.has(key)) throw new Error(`read-back: two raw values for ${key}`);
    this.values.set(key, value);
  }
  add(k: RowKey, value: number): void {
    const key = keyOf(k);
    this.values.set(key, (this.values.get(key) ?? 0) + value);
  }
}

/** A number from a CSV cell, or undefined for the file's missing-value marks. */
function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '' || ['NA', '..', '-', ':'].includes(text.trim())) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`read-back: "${text}" is not a number`);
  return value;
}

const total = { slice: 'total', counterpart: '' };

/** A corridor table (origin, destination, period, value): bilateral rows and the destinations' sums. */
function corridors(
  indicator: string,
  rows: Iterable<{ origin: string | undefined; destination: string | undefined; period: string; value: number | undefined }>,
  zerosMissing: boolean,
): Expected {
  const out = new Table();
  for (const { origin, destination, period, value } of rows) {
    if (destination === undefined || value === undefined || (zerosMissing && value === 0)) continue;
    out.add({ indicator, ...total, geo: destination, period }, value);
    if (origin !== undefined) out.set({ indicator, slice: 'total', geo: destination, counterpart: origin, period }, value);
  }
  return out.values;
}

/** The UN DESA 2024 workbook's figures of the locations `geoOf` names (countries by M49 code, or aggregates). */
async function undesaWorkbook(geoOf: (code: string) => string | undefined): Promise<Expected> {
  const out = new Table();
  const file = join(SHARED, 'undesa/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx');
  for (const [sheet, indicator] of [
    ['Table 1', 'migrant-stock'],
    ['Table 3', 'migrant-share'],
  ] as const) {
    for (const cell of await undesaWorkbookCells(file, sheet)) {
      const geo = geoOf(cell.code);
      if (geo)
        out.set({ indicator, slice: cell.sex === 'total' ? 'total' : `sex-${cell.sex}`, geo, counterpart: '', period: cell.period }, cell.value);
    }
  }
  return out.values;
}

const undesaIms = (): Promise<Expected> => undesaWorkbook(iso3OfM49);

function undesa2019(): Expected {
  return corridors(
    'migrant-stock',
    table('undesa/UN_MigrantStockByOriginAndDestination_2019_clean.csv').flatMap((row) =>
      Object.entries(row)
        .filter(([column]) => column !== 'Year' && column !== 'Dest')
        .map(([origin, value]) => ({ origin: iso3OfName(origin), destination: iso3OfName(row.Dest!), period: row.Year!, value: numberOf(value) })),
    ),
    true,
  );
}

export interface MatrixFile {
  names: string[];
  regions: number[];
  matrix: Record<string, number[][]>;
  total_inflow: Record<string, Record<string, number>>;
}
export const matrixFile = (name: string): MatrixFile => JSON.parse(raw(`undesa/ims2020-origin-destination/${name}`)) as MatrixFile;
/** The country code of a row or column of the matrix, undefined for a region or a name that is no country. */
export const matrixCountry = (file: MatrixFile, i: number): string | undefined => (file.regions.includes(i) ? undefined : iso3OfName(file.names[i]!));

/** The 2020 matrices: both sexes, women and men, each with its cells by origin and destination and its destinations' totals. */
export const MATRIX_FILES = [
  ['stock.json', 'total'],
  ['stock_female.json', 'sex-female'],
  ['stock_male.json', 'sex-male'],
] as const;

function undesa2020(): Expected {
  const out = new Table();
  for (const [name, slice] of MATRIX_FILES) {
    const file = matrixFile(name);
    for (const [period, rows] of Object.entries(file.matrix)) {
      rows.forEach((row, o) =>
        row.forEach((value, d) => {
          const [origin, destination] = [matrixCountry(file, o), matrixCountry(file, d)];
          if (origin && destination && value !== 0)
            out.set({ indicator: 'migrant-stock', slice, geo: destination, counterpart: origin, period }, value);
        }),
      );
    }
    for (const [period, totals] of Object.entries(file.total_inflow)) {
      file.names.forEach((_, d) => {
        const geo = matrixCountry(file, d);
        const value = totals[file.names[d]!];
        if (geo && value !== undefined && value !== 0) out.set({ indicator: 'migrant-stock', slice, geo, counterpart: '', period }, value);
      });
    }
  }
  return out.values;
}

function worldBankApi(): Expected {
  const [, records] = JSON.parse(raw('worldbank/api-v2-SM.POP.TOTL.json')) as [
    unknown,
    { countryiso3code: string; date: string; value: number | null }[],
  ];
  const out = new Table();
  for (const r of records) {
    const geo = iso3OfAlpha3(r.countryiso3code);
    if (geo && r.value !== null) out.set({ indicator: 'migrant-stock', ...total, geo, period: r.date }, r.value);
  }
  return out.values;
}

function worldBankNetMigration(): Expected {
  const rows = csvParse(raw('worldbank/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv').split('\n').slice(4).join('\n'));
  const out = new Table();
  for (const row of rows) {
    for (const [column, text] of Object.entries(row)) {
      const [geo, value] = [iso3OfAlpha3(row['Country Code']!), /^\d{4}$/.test(column) ? numberOf(text) : undefined];
      if (geo && value !== undefined) out.set({ indicator: 'net-migration', ...total, geo, period: column }, value);
    }
  }
  return out.values;
}

function unhcrApi(): Expected {
  const { items } = JSON.parse(raw('unhcr/api-population-sample.json')) as { items: { year: number; coo_iso: string; refugees: number | string }[] };
  const out = new Table();
  for (const item of items)
    out.add({ indicator: 'refugees-by-origin', ...total, geo: item.coo_iso, period: String(item.year) }, Number(item.refugees));
  return out.values;
}

function unhcrHdx(): Expected {
  const out = new Table();
  for (const row of table('unhcr/HDX_EndYearPopulationTotals.csv')) {
    const [asylum, origin, period] = [iso3OfAlpha3(row.ISO3CoA!), iso3OfAlpha3(row.ISO3CoO!), row.Year!];
    const [refugees, seekers] = [numberOf(row.REF), numberOf(row.ASY)];
    if (asylum && refugees !== undefined) out.add({ indicator: 'refugees', ...total, geo: asylum, period }, refugees);
    if (asylum && seekers !== undefined) out.add({ indicator: 'asylum-seekers', ...total, geo: asylum, period }, seekers);
    if (origin && refugees !== undefined) out.add({ indicator: 'refugees-by-origin', ...total, geo: origin, period }, refugees);
  }
  return out.values;
}

function eurostatJsonStat(): Expected {
  const out = new Table();
  for (const { codes, value } of jsonStatCells(join(SHARED, 'eurostat/jsonstat-migr_pop1ctz.json'))) {
    const geo = iso3OfAlpha2(codes.geo!);
    if (geo && codes.citizen === 'FOR_STLS' && codes.age === 'TOTAL' && codes.sex === 'T')
      out.set({ indicator: 'migrant-stock', ...total, geo, period: codes.time! }, value);
  }
  return out.values;
}

/** An SDMX-CSV file filtered on its dimension codes, by slice. */
function sdmxCsv(path: string, indicator: string, slices: Record<string, Record<string, string>>): Expected {
  const out = new Table();
  for (const row of table(path)) {
    const geo = iso3OfAlpha2(row.geo!);
    const value = numberOf(row.OBS_VALUE);
    if (!geo || value === undefined) continue;
    for (const [slice, where] of Object.entries(slices)) {
      if (Object.entries(where).every(([dimension, code]) => row[dimension] === code))
        out.set({ indicator, slice, geo, counterpart: '', period: row.TIME_PERIOD! }, value);
    }
  }
  return out.values;
}

function oecd(files: string[], measure: string): Expected {
  const out = new Table();
  for (const file of files) {
    for (const { codes, value } of sdmxJsonCells(join(SHARED, 'oecd', file))) {
      const geo = iso3OfAlpha3(codes.REF_AREA!);
      if (geo && codes.MEASURE === measure && codes.SEX === '_T')
        out.set({ indicator: 'migrant-stock', ...total, geo, period: codes.TIME_PERIOD! }, value);
    }
  }
  return out.values;
}

function facebookExpats(): Expected {
  const out = new Table();
  for (const row of table('facebook-vs-undesa/FB_UN_totals.csv')) {
    const [geo, value] = [iso3OfM49(row.country_code!), numberOf(row.fb_expats)];
    if (geo && value !== undefined) out.set({ indicator: 'migrant-stock', ...total, geo, period: '2020' }, value);
  }
  return out.values;
}

function googleTrends(): Expected {
  const out = new Table();
  for (const row of table('search-interest/Migration_GTrends.csv')) {
    const value = numberOf(row.qaxooti);
    if (value !== undefined) out.set({ indicator: 'search-interest', ...total, geo: 'SOM', period: row.date!.slice(0, 7) }, value);
  }
  return out.values;
}

function worldBankPopulation(): Expected {
  const out = new Table();
  for (const row of table('worldbank/bulk-population/population.csv')) {
    const [geo, value] = [iso3OfAlpha3(row['Country Code']!), numberOf(row.Value)];
    if (geo && value !== undefined) out.set({ indicator: 'population', ...total, geo, period: row.Year! }, value);
  }
  return out.values;
}

/** One source of dinput.csv (eurostat, census, LFS): corridors by year. */
function dinput(source: string): Expected {
  return corridors(
    'eu-migrant-stock',
    table('facebook-vs-eurostat-eu/dinput.csv')
      .filter((row) => row.source === source)
      .map((row) => ({ origin: iso3OfName(row.orig!), destination: iso3OfName(row.dest!), period: row.year!, value: numberOf(row.flow) })),
    false,
  );
}

/** The Facebook audiences by corridor on their collection dates (YYYY-MM-01), by month. */
function facebookCorridors(): Expected {
  return corridors(
    'eu-migrant-stock',
    table('facebook-vs-eurostat-eu/Fb_all_2016_2019_users_pop_coverage.csv').map((row) => ({
      origin: iso3OfName(row.orig!),
      destination: iso3OfName(row.dest!),
      period: row.date!.slice(0, 7),
      value: numberOf(row.mau),
    })),
    false,
  );
}

/** The Social Connectedness Index between countries (ISO 3166-1 alpha-2): user's country ← friend's country. */
function socialConnectedness(): Expected {
  const out = new Table();
  for (const row of table('social-connectedness/sci_country_country.csv')) {
    const [user, friend, value] = [iso3OfAlpha2(row.user_country!), iso3OfAlpha2(row.friend_country!), numberOf(row.scaled_sci)];
    if (user && friend && value !== undefined)
      out.set({ indicator: 'social-connectedness', slice: 'total', geo: user, counterpart: friend, period: '2026' }, value);
  }
  return out.values;
}

/** The Social Connectedness Index between NUTS-2 regions: the file's NUTS 2024 codes as they are. */
function socialConnectednessNuts2(): Expected {
  const out = new Table();
  for (const row of table('social-connectedness/sci_nuts2_2024.csv')) {
    const value = numberOf(row.scaled_sci);
    if (value !== undefined)
      out.set({ indicator: 'social-connectedness', slice: 'total', geo: row.user_region!, counterpart: row.friend_region!, period: '2026' }, value);
  }
  return out.values;
}

/**
 * The Social Connectedness Index between US states: GADM's USA.n_1 is the n-th of the 50 states
 * and DC in the alphabetical order of their names (us-atlas names them, with their FIPS codes); the
 * rows of the territories' municipalities (PRI.…, GUM.…) are no state's.
 */
function socialConnectednessUsStates(): Expected {
  const names = usAtlas.objects.states.geometries
    .filter((g) => Number(g.id) <= 56)
    .map((g) => ({ fips: String(g.id), name: g.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const fipsOf = new Map(names.map((s, i) => [`USA.${i + 1}_1`, s.fips]));
  const out = new Table();
  for (const row of table('social-connectedness/sci_us_admin1.csv')) {
    const [user, friend, value] = [fipsOf.get(row.user_region!), fipsOf.get(row.friend_region!), numberOf(row.scaled_sci)];
    if (user && friend && value !== undefined)
      out.set({ indicator: 'social-connectedness', slice: 'total', geo: user, counterpart: friend, period: '2026' }, value);
  }
  return out.values;
}

/** IPUMS USA birthplace codes (BPL) of the 30 origins of the Facebook–ACS file. */
const IPUMS_BPL: Record<string, string> = {
  '110': 'PRI',
  '150': 'CAN',
  '200': 'MEX',
  '413': 'GBR',
  '414': 'IRL',
  '421': 'FRA',
  '433': 'GRC',
  '434': 'ITA',
  '436': 'PRT',
  '438': 'ESP',
  '450': 'AUT',
  '453': 'DEU',
  '454': 'HUN',
  '455': 'POL',
  '456': 'ROU',
  '465': 'RUS',
  '500': 'CHN',
  '501': 'JPN',
  '502': 'KOR',
  '512': 'IDN',
  '514': 'MYS',
  '515': 'PHL',
  '516': 'SGP',
  '518': 'VNM',
  '521': 'IND',
  '524': 'NPL',
  '533': 'SAU',
  '534': 'ISR',
  '543': 'ARE',
  '700': 'AUS',
};

/**
 * The Facebook–ACS file by US state (its FIPS column) and origin (its IPUMS birthplace code), summed
 * over the nine age groups and both sexes for the total, over age groups for each sex (1 male, 2 female),
 * over both sexes for each five-year age group (age_group "ages_25_29" → slice "age-25-29").
 */
function facebookAcs(column: 'nof_foreign_born' | 'expat_population_wave6', period: string): Expected {
  const out = new Table();
  for (const row of table('facebook-vs-acs-us-states/master_acs_facebook_expat_wave6.csv')) {
    const origin = IPUMS_BPL[row.origin_ACS_bpl!];
    const value = numberOf(row[column]);
    const age = /^ages_(\d+)_(\d+)$/.exec(row.age_group ?? '');
    if (origin === undefined || value === undefined || age === null) throw new Error(`read-back: unexpected row ${JSON.stringify(row)}`);
    const cell = { indicator: 'migrant-stock', geo: row.dest_state_fips!.padStart(2, '0'), counterpart: origin, period };
    out.add({ ...cell, slice: 'total' }, value);
    out.add({ ...cell, slice: row.sex === '2' ? 'sex-female' : 'sex-male' }, value);
    out.add({ ...cell, slice: `age-${age[1]}-${age[2]}` }, value);
  }
  return out.values;
}

/** Every source of the snapshot, with its expected values. */
export const EXPECTED: Record<string, () => Expected | Promise<Expected>> = {
  'undesa-ims': undesaIms,
  'undesa-ims-2019-od': undesa2019,
  'undesa-ims-2020-od': undesa2020,
  'wb-migrant-stock': worldBankApi,
  'wb-net-migration': worldBankNetMigration,
  unhcr: unhcrApi,
  'unhcr-hdx': unhcrHdx,
  'eurostat-foreign-citizens': eurostatJsonStat,
  'eurostat-immigration-tps00176': () =>
    sdmxCsv('eurostat/sdmx-csv-tps00176.csv', 'immigration', { total: { agedef: 'COMPLET', age: 'TOTAL', sex: 'T', citizen: 'TOTAL' } }),
  'oecd-foreign-born': () => oecd(['AUS_B14.json', 'MEX_B14.json', 'USA_B14.json'], 'B14'),
  'oecd-foreign-citizens': () => oecd(['CHL_B15.json'], 'B15'),
  'facebook-expats': facebookExpats,
  'google-trends-somalia': googleTrends,
  'wb-population': worldBankPopulation,
  'eurostat-asylum-applicants': () =>
    sdmxCsv('eurostat/asylum/asylum_applicants_total.csv', 'asylum-applicants', {
      total: { citizen: 'TOTAL', sex: 'T', age: 'TOTAL', asyl_app: 'ASY_APP', unit: 'PER' },
      'citizenship-ukraine': { citizen: 'UA', sex: 'T', age: 'TOTAL', asyl_app: 'ASY_APP', unit: 'PER' },
    }),
  'eurostat-temporary-protection': () =>
    sdmxCsv('eurostat/asylum/temporary_protection_beneficiaries_monthly.csv', 'temporary-protection', {
      total: { citizen: 'UA', sex: 'T', age: 'TOTAL', unit: 'PER' },
    }),
  'eurostat-eu-corridors': () => dinput('eurostat'),
  'census-2011-eu-corridors': () => dinput('census'),
  'lfs-eu-corridors': () => dinput('LFS'),
  'facebook-eu-corridors': facebookCorridors,
  'meta-sci': socialConnectedness,
  'meta-sci-nuts2': socialConnectednessNuts2,
  'meta-sci-us-states': socialConnectednessUsStates,
  'acs-foreign-born-states': () => facebookAcs('nof_foreign_born', '2017'),
  'facebook-expats-us-states': () => facebookAcs('expat_population_wave6', '2018'),
};

/**
 * The aggregates' figures as the raw files give them, by the code each publisher uses: the World
 * Bank's country id (WLD, regions; XD… for the API's income groups), UN DESA's location code 900
 * (World) and its continents, Eurostat's EU27_2020. Keyed like the series' rows, with the
 * aggregate's id as geo.
 */
export const EXPECTED_AGGREGATES: Record<string, () => Expected | Promise<Expected>> = {
  'wb-migrant-stock': () => {
    const ids: Record<string, string> = { XD: 'HIC', XT: 'UMC', XN: 'LMC', XM: 'LIC' };
    for (const id of ['WLD', 'EUU', 'EAS', 'ECS', 'LCN', 'MEA', 'NAC', 'SAS', 'SSF']) ids[id] = id;
    const [, records] = JSON.parse(raw('worldbank/api-v2-SM.POP.TOTL.json')) as [
      unknown,
      { countryiso3code: string; country: { id: string }; date: string; value: number | null }[],
    ];
    const out = new Table();
    for (const r of records) {
      const geo = ids[r.countryiso3code === '' ? r.country.id : r.countryiso3code];
      if (geo && r.value !== null) out.set({ indicator: 'migrant-stock', ...total, geo, period: r.date }, r.value);
    }
    return out.values;
  },
  'undesa-ims': () => {
    const ids: Record<string, string> = {
      '900': 'WLD',
      '903': 'M49_903',
      '935': 'M49_935',
      '908': 'M49_908',
      '904': 'M49_904',
      '905': 'M49_905',
      '909': 'M49_909',
    };
    return undesaWorkbook((code) => ids[code]);
  },
  'eurostat-foreign-citizens': () => {
    const out = new Table();
    for (const { codes, value } of jsonStatCells(join(SHARED, 'eurostat/jsonstat-migr_pop1ctz.json'))) {
      if (codes.geo === 'EU27_2020' && codes.citizen === 'FOR_STLS' && codes.age === 'TOTAL' && codes.sex === 'T')
        out.set({ indicator: 'migrant-stock', ...total, geo: 'EU27_2020', period: codes.time! }, value);
    }
    return out.values;
  },
};
