/**
 * UNHCR Refugee Statistics API reader (population endpoint, one page per file):
 * `{ page, maxPages, items: [{ year, coo_iso, coa_iso, refugees, asylum_seekers, … }] }`.
 * Each population type of an item is one observation whose measure is the field name; geo is the
 * country of asylum and counterpart the country of origin, either being absent ("-") when the
 * query aggregated over it. "-" as a value means "not applicable"; numbers may come as strings.
 * (UNHCR's HDX CSV exports are tidy enough for the generic CSV reader.)
 */
import * as v from 'valibot';
import { parseJson, ReadError, type Reader } from './types';

/** The population types of the population endpoint. */
export const UNHCR_MEASURES = ['refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst'] as const;

const Item = v.looseObject({ year: v.union([v.number(), v.string()]) });
export const UnhcrPage = v.looseObject({
  page: v.optional(v.union([v.number(), v.string()])),
  maxPages: v.optional(v.union([v.number(), v.string()])),
  items: v.array(Item),
});

export function parseUnhcrPage(payload: unknown, file: string): v.InferOutput<typeof UnhcrPage> {
  const result = v.safeParse(UnhcrPage, payload);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ReadError(file, `not a UNHCR API page: ${v.getDotPath(issue) ?? '(root)'} ${issue.message}`);
  }
  return result.output;
}

const code = (item: Record<string, unknown>, iso: string, plain: string): string | null => {
  for (const key of [iso, plain]) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '' && value.trim() !== '-') return value.trim();
  }
  return null;
};
const name = (item: Record<string, unknown>, key: string): string | undefined => {
  const value = item[key];
  return typeof value === 'string' && value !== '-' ? value : undefined;
};

export const readUnhcrApi: Reader = ({ file, emit }) => {
  const page = parseUnhcrPage(parseJson(file), file.name);
  for (const item of page.items as Record<string, unknown>[]) {
    const geo = code(item, 'coa_iso', 'coa');
    const counterpart = code(item, 'coo_iso', 'coo');
    for (const measure of UNHCR_MEASURES) {
      if (!(measure in item)) continue;
      emit({
        measure,
        dims: {},
        geo,
        geoName: name(item, 'coa_name'),
        geoCodes: 'iso3',
        counterpart,
        counterpartName: name(item, 'coo_name'),
        counterpartCodes: 'iso3',
        period: item.year,
        value: item[measure],
      });
    }
  }
  return {};
};
