/**
 * World Bank readers: the Indicators API v2 JSON (one page per file: [metadata, records]) and the
 * bulk CSV download (API_<code>_DS2_….csv: four preamble lines, one column per year) with its
 * Metadata_Country file, whose empty Region marks the aggregates (and its Metadata_Indicator file,
 * whose source organisation goes into the build report).
 */
import * as v from 'valibot';
import { csvRecords, parseCsv } from '../../../src/lib/csv';
import { isoDay, parseJson, ReadError, readerOptions, type CachedFile, type Reader } from './types';

const PageMeta = v.object({
  page: v.union([v.number(), v.string()]),
  pages: v.union([v.number(), v.string()]),
  total: v.union([v.number(), v.string()]),
  lastupdated: v.optional(v.nullable(v.string())),
});
const Row = v.object({
  indicator: v.object({ id: v.string(), value: v.optional(v.string()) }),
  country: v.object({ id: v.string(), value: v.optional(v.string()) }),
  countryiso3code: v.optional(v.nullable(v.string())),
  date: v.union([v.string(), v.number()]),
  value: v.unknown(),
  obs_status: v.optional(v.nullable(v.string())),
});
export const WorldBankPage = v.tuple([PageMeta, v.nullable(v.array(Row))]);

/** The World Bank API answers some errors with status 200 and a message instead of data. */
export function worldBankError(payload: unknown): string | undefined {
  if (!Array.isArray(payload) || payload.length === 0) return undefined;
  const first = payload[0] as { message?: { id?: string; key?: string; value?: string }[] } | null;
  const message = first?.message?.[0];
  if (message === undefined) return undefined;
  return `World Bank API error ${message.id ?? ''} ${message.key ?? ''}: ${message.value ?? ''}`.replace(/\s+/g, ' ').trim();
}

export function parseWorldBankPage(payload: unknown, file: string): v.InferOutput<typeof WorldBankPage> {
  const error = worldBankError(payload);
  if (error !== undefined) throw new ReadError(file, error);
  const result = v.safeParse(WorldBankPage, payload);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ReadError(file, `not a World Bank API v2 page: ${v.getDotPath(issue) ?? '(root)'} ${issue.message}`);
  }
  return result.output;
}

export const readWorldBankApi: Reader = ({ file, emit }) => {
  const [meta, rows] = parseWorldBankPage(parseJson(file), file.name);
  for (const row of rows ?? []) {
    const iso3 = row.countryiso3code?.trim() ?? '';
    emit({
      measure: row.indicator.id,
      dims: {},
      // Aggregates such as "High income" come with an empty countryiso3code and a two-character id.
      geo: iso3 !== '' ? iso3 : row.country.id,
      geoName: row.country.value,
      period: row.date,
      value: row.value,
      flag: row.obs_status,
    });
  }
  return { releaseDate: isoDay(meta.lastupdated) };
};

const WorldBankCsvOptions = v.object({
  /** The Metadata_Country file beside the data (a file name; default: found by its prefix). */
  metadata: v.optional(v.string()),
});

/** Codes of aggregates by the Metadata_Country file: an empty Region means an aggregate. */
function aggregatesFrom(file: CachedFile | undefined): Set<string> {
  const groups = new Set<string>();
  if (file === undefined) return groups;
  const { header, records } = csvRecords(parseCsv(file.text()));
  if (!header.includes('Country Code') || !header.includes('Region')) {
    throw new ReadError(file.name, 'is not a World Bank Metadata_Country file (no "Country Code" and "Region" columns)');
  }
  for (const r of records) if ((r.Region ?? '').trim() === '') groups.add((r['Country Code'] ?? '').trim());
  return groups;
}

export const readWorldBankCsv: Reader = ({ file, files, options, emit, note }) => {
  const opts = readerOptions(WorldBankCsvOptions, options, file.name);
  const rows = parseCsv(file.text());
  const headerAt = rows.findIndex((r) => r[0]?.trim() === 'Country Name' && r[1]?.trim() === 'Country Code');
  if (headerAt === -1) throw new ReadError(file.name, 'is not a World Bank bulk CSV (no "Country Name","Country Code" header)');
  let releaseDate: string | undefined;
  for (const r of rows.slice(0, headerAt)) if (r[0]?.trim() === 'Last Updated Date') releaseDate = isoDay(r[1]);
  const { header, records } = csvRecords(rows.slice(headerAt));
  const years = header.filter((h) => /^\d{4}$/.test(h));
  const metadataName = opts.metadata ?? `Metadata_Country_${file.name}`;
  const metadata = files.find((f) => f.name === metadataName);
  if (metadata === undefined) note(`no ${metadataName} beside ${file.name}: aggregates are told apart by code only`);
  const groups = aggregatesFrom(metadata);
  const indicatorFile = files.find((f) => f.name === `Metadata_Indicator_${file.name}`);
  if (indicatorFile !== undefined) {
    for (const r of csvRecords(parseCsv(indicatorFile.text())).records) {
      const source = (r.SOURCE_ORGANIZATION ?? '').trim();
      note(`${r.INDICATOR_CODE ?? ''} (${r.INDICATOR_NAME ?? ''})${source ? `: source ${source}` : ''}`);
    }
  }
  for (const r of records) {
    const code = (r['Country Code'] ?? '').trim();
    for (const year of years) {
      emit({
        measure: (r['Indicator Code'] ?? '').trim(),
        dims: {},
        geo: code,
        geoName: r['Country Name'],
        geoGroup: groups.has(code),
        period: year,
        value: r[year],
      });
    }
  }
  return { releaseDate };
};
