/**
 * The one geography resolver of the pipeline and the upload: turns the codes and names that files
 * use (ISO 3166-1 alpha-2, alpha-3 and numeric, UN M49, Eurostat's EL and UK, World Bank, OECD and
 * Eurostat aggregate codes, names in many spellings) into the ISO3 ids of the contract, and tells
 * aggregates (World, EU27, income groups, UN regions) apart from countries, so that they are kept
 * as groups and never shown as a country. For a name it does not know, it suggests close names.
 *
 * Pure and serialisable: the country table (which countries, and their names and codes) is built by
 * the caller (the pipeline from world-countries, the upload from the catalog) and may cross to a
 * worker; the aliases, groups and other codes are this module's own (codes.ts, names.ts).
 */
import { AGGREGATE_PATTERN, ISO2_ALIASES, ISO3_ALIASES, M49_REGIONS, OTHER_CODES, OTHER_GROUPS, WORLD_BANK_GROUPS } from './codes';
import { compactKey, nameKey } from './nameKey';
import { EXTRA_NAMES, GROUP_NAMES, NAME_ALIASES, OTHER_NAMES } from './names';
import type { UnitKeys } from './regions';
import { suggestNames, type Suggestion } from './suggest';

export type CodeKind = 'auto' | 'iso3' | 'iso2' | 'm49' | 'name';

export type GeoMatch =
  /** An ISO 3166-1 country or territory of the table, by its contract id (ISO3; Kosovo is XKX). */
  | { kind: 'country'; id: string }
  /** An aggregate of countries (World, a region, an income group, the EU): kept as a group, never a country. */
  | { kind: 'group'; id: string; name: string }
  /** Something that is neither a current ISO country nor an aggregate (former countries, "unknown"). */
  | { kind: 'other'; id: string; reason: string }
  /** Not known; `ids` when the name is one of several countries'. */
  | { kind: 'unknown'; reason: string; ids?: string[] };

/** One country and what a file may call it. */
export interface CountryKeys {
  id: string;
  /** Its name, for suggestions. */
  name: string;
  /** Names in any language and spelling (compared by nameKey). */
  names: string[];
  /** ISO3, ISO2 and numeric (M49) codes. */
  codes: string[];
  /** The names the app itself shows for it: these win over a group of the same name ("Micronesia"). */
  shown?: string[];
}

export interface CountryTable {
  countries: CountryKeys[];
  /** The units below the country a file may name (NUTS regions, US states): see regions.ts. */
  units?: UnitKeys[];
}

export interface CountryResolver {
  /** Resolve a code or a name; `name` (the label the file gives) is tried when the code does not resolve. */
  resolve(raw: string | number | null | undefined, kind?: CodeKind, name?: string): GeoMatch;
  /** Up to `limit` countries whose names are closest to raw, closest first; never one that only shares words with it. */
  suggest(raw: string, limit?: number): Suggestion[];
  nameOf(id: string): string;
}

/** Adds a name; a name of two countries is kept as ambiguous (the list of both). */
function register(map: Map<string, string[]>, key: string, id: string): void {
  if (key === '') return;
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export function createCountryResolver(table: CountryTable): CountryResolver {
  const displayNames = new Map<string, string>();
  const byIso3 = new Set<string>();
  const byIso2 = new Map<string, string>();
  const byM49 = new Map<number, string>();
  const names = new Map<string, string[]>();
  const compactNames = new Map<string, string[]>();
  for (const country of table.countries) {
    displayNames.set(country.id, country.name);
    for (const code of country.codes) {
      const upper = code.toUpperCase();
      if (/^\d{1,3}$/.test(upper)) byM49.set(Number(upper), country.id);
      else if (/^[A-Z0-9]{2}$/.test(upper)) byIso2.set(upper, country.id);
      else if (upper === country.id) byIso3.add(upper);
    }
  }
  const known = (id: string | undefined): id is string => id !== undefined && displayNames.has(id);
  const curated = new Map<string, string>();
  for (const [key, id] of Object.entries(NAME_ALIASES)) if (known(id)) curated.set(nameKey(key), id);
  for (const [id, extra] of Object.entries(EXTRA_NAMES)) if (known(id)) for (const name of extra) curated.set(nameKey(name), id);
  for (const country of table.countries) {
    for (const name of country.names) {
      const key = nameKey(name);
      register(names, key, country.id);
      register(compactNames, compactKey(key), country.id);
    }
  }
  for (const [key, id] of curated) register(compactNames, compactKey(key), id);
  const shown = new Map<string, string>();
  for (const country of table.countries) for (const name of country.shown ?? []) shown.set(nameKey(name), country.id);

  const group = (id: string, name: string): GeoMatch => ({ kind: 'group', id, name });
  const other = (id: string, reason: string): GeoMatch => ({ kind: 'other', id, reason });

  function byName(raw: string): GeoMatch {
    const key = nameKey(raw);
    if (key === '') return { kind: 'unknown', reason: 'empty name' };
    const alias = curated.get(key);
    if (alias !== undefined) return { kind: 'country', id: alias };
    const otherReason = OTHER_NAMES[key];
    if (otherReason !== undefined) return other(raw, otherReason);
    const shownId = shown.get(key);
    if (shownId !== undefined) return { kind: 'country', id: shownId };
    // Before the country names: "Micronesia" in a UN table is the region, the country is "Micronesia (Fed. States of)".
    if (GROUP_NAMES.has(key)) return group(raw, raw);
    const ids = names.get(key) ?? compactNames.get(compactKey(key));
    if (ids?.length === 1) return { kind: 'country', id: ids[0]! };
    if (ids !== undefined) return { kind: 'unknown', reason: `ambiguous country name "${raw}"`, ids: [...ids] };
    return { kind: 'unknown', reason: `unknown country name "${raw}"` };
  }

  function byCode(code: string, kind: CodeKind): GeoMatch | null {
    const upper = code.toUpperCase();
    const otherReason = OTHER_CODES[upper];
    if (otherReason !== undefined && kind !== 'name') return other(upper, otherReason);
    if ((kind === 'auto' || kind === 'm49') && /^\d{1,4}$/.test(code)) {
      const n = Number(code);
      const id = byM49.get(n);
      if (id !== undefined) return { kind: 'country', id };
      if (M49_REGIONS[n] !== undefined) return group(`M49:${code}`, M49_REGIONS[n]!);
      if (n >= 900) return group(`M49:${code}`, `UN M49 group ${code}`);
      return { kind: 'unknown', reason: `unknown UN M49 code ${code}` };
    }
    if (kind === 'm49') return { kind: 'unknown', reason: `not a UN M49 code: "${code}"` };
    const wbGroup = WORLD_BANK_GROUPS[upper];
    const otherGroup = OTHER_GROUPS[upper];
    if ((kind === 'auto' || kind === 'iso3') && /^[A-Z]{3}$/.test(upper)) {
      if (byIso3.has(upper)) return { kind: 'country', id: upper };
      if (known(ISO3_ALIASES[upper])) return { kind: 'country', id: ISO3_ALIASES[upper]! };
      if (wbGroup !== undefined) return group(upper, wbGroup);
      if (otherGroup !== undefined) return group(upper, otherGroup);
      return kind === 'iso3' ? { kind: 'unknown', reason: `unknown ISO3 code ${upper}` } : null;
    }
    if ((kind === 'auto' || kind === 'iso2') && /^[A-Z0-9]{2}$/.test(upper)) {
      if (known(ISO2_ALIASES[upper])) return { kind: 'country', id: ISO2_ALIASES[upper]! };
      if (wbGroup !== undefined) return group(upper, wbGroup);
      const id = byIso2.get(upper);
      if (id !== undefined) return { kind: 'country', id };
      if (otherGroup !== undefined) return group(upper, otherGroup);
      return kind === 'iso2' ? { kind: 'unknown', reason: `unknown ISO2 code ${upper}` } : null;
    }
    if (kind !== 'name' && code === upper) {
      if (wbGroup !== undefined) return group(upper, wbGroup);
      if (otherGroup !== undefined) return group(upper, otherGroup);
      if (AGGREGATE_PATTERN.test(upper)) return group(upper, upper);
    }
    return null;
  }

  const suggestionNames: [string, string][] = [];
  for (const [key, ids] of names) if (ids.length === 1) suggestionNames.push([key, ids[0]!]);
  for (const [key, id] of curated) suggestionNames.push([key, id]);

  return {
    resolve(raw, kind = 'auto', name) {
      const code = raw === null || raw === undefined ? '' : String(raw).trim();
      if (code !== '' && kind !== 'name') {
        const match = byCode(code, kind);
        if (match !== null && match.kind !== 'unknown') return match;
        if (name !== undefined && name.trim() !== '') {
          const named = byName(name);
          if (named.kind !== 'unknown') return named;
        }
        if (match !== null) return match;
        const codeLike = /^[A-Z0-9_]{2,}$/.test(code);
        // A name in capitals ("ALLEMAGNE") is read as a name; a short unknown code is not.
        if (kind === 'auto' && (!codeLike || code.length > 3)) {
          const named = byName(code);
          if (!codeLike || named.kind !== 'unknown') return named;
        }
        return { kind: 'unknown', reason: `unknown code "${code}"` };
      }
      if (code !== '') return byName(code);
      if (name !== undefined && name.trim() !== '') return byName(name);
      return { kind: 'unknown', reason: 'no geography given' };
    },
    suggest: (raw, limit = 3) => suggestNames(raw, suggestionNames, (id) => displayNames.get(id) ?? id, limit),
    nameOf: (id) => displayNames.get(id) ?? id,
  };
}
