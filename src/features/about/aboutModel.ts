/**
 * The "About the data" page as data: every source of the catalog with what the manifest says about
 * its input files and what the release notes say changed. Pure; the texts are the catalog's
 * (already in the view's language) and the manifest's, never markup.
 */
import type { ChangeStatus, Changes, Manifest, ManifestInput, SourceChange } from '../../contract/release';
import { SOURCE_KINDS, type Catalog, type Indicator, type Source, type SourceKind, type Unit } from '../../contract/schema';
import { catalogIndex } from '../../data/catalogIndex';

/**
 * Sources are grouped by kind rather than by indicator: a source can give several indicators (and
 * would then appear twice, with two anchors), and the kind is what tells a reader how far to trust
 * it. Official statistics first, the timely digital signals last.
 */
export const KIND_ORDER: readonly SourceKind[] = ['official', 'survey', 'model', 'digital-trace'];

export interface InputFile {
  file: string;
  sha256: string;
  bytes: number;
  /** The publisher's page for the file; null unless an http(s) URL. */
  url: string | null;
  retrieved: string;
}

export interface RevisionRow {
  indicator: string;
  /** The breakdown's label ("Sex: Female"); null for the total. */
  breakdown: string | null;
  country: string;
  /** For a bilateral value: the country of origin (country is then the destination). */
  origin: string | null;
  period: string;
  before: number;
  after: number;
  unit: Unit;
}

export interface EntryChange {
  status: ChangeStatus;
  periodsAdded: string[];
  periodsRemoved: string[];
  revisedCount: number;
  /** At most MAX_REVISIONS, in the order the release notes give them (largest first). */
  largest: RevisionRow[];
  countriesAdded: string[];
  countriesDropped: string[];
}

export interface SourceEntry {
  source: Source;
  /** Labels of the indicators the source gives, in catalog order. */
  indicators: string[];
  comparesWith: { id: string; name: string } | null;
  /** The periods covered: from is null when the catalog gives only the latest. */
  span: { from: string | null; to: string };
  /** The source's licence and any other licence its input files state, once each. */
  licences: string[];
  /** null when the server has no manifest. */
  inputs: InputFile[] | null;
  citations: string[] | null;
  /** Distinct retrieval dates of its input files, oldest first; null without a manifest. */
  retrieved: string[] | null;
  /** null without release notes, for a first release, or when the notes do not list the source. */
  change: EntryChange | null;
}

export interface SourceGroup {
  kind: SourceKind;
  entries: SourceEntry[];
}

export interface ReleaseSummary {
  /** null: the first release, with nothing to compare with. */
  from: string | null;
  to: string;
  counts: Record<ChangeStatus, number>;
  /** The sources added, changed or removed, in the notes' order; name is null for a source no longer in the catalog. */
  listed: { id: string; name: string | null; status: Exclude<ChangeStatus, 'unchanged'> }[];
}

export interface AboutModel {
  sourceCount: number;
  groups: SourceGroup[];
  /** How many input files the manifest lists and when the snapshot was built; null without a manifest. */
  snapshot: { date: string; files: number } | null;
  release: ReleaseSummary | null;
}

export const MAX_REVISIONS = 5;

/** A link target that can only ever be a web page. */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** "Sex: Female" for the slice "sex-female" of an indicator with that dimension; the slice itself when unknown. */
function breakdownLabel(indicator: Indicator | undefined, slice: string): string | null {
  if (slice === 'total') return null;
  for (const dimension of indicator?.dimensions ?? []) {
    if (!slice.startsWith(`${dimension.id}-`)) continue;
    const value = dimension.values.find((v) => `${dimension.id}-${v.id}` === slice);
    if (value) return `${dimension.label}: ${value.label}`;
  }
  return slice;
}

function entryChange(change: SourceChange, indicators: Map<string, Indicator>, countryName: (id: string) => string): EntryChange {
  return {
    status: change.status,
    periodsAdded: [...change.periodsAdded].sort(),
    periodsRemoved: [...change.periodsRemoved].sort(),
    revisedCount: change.revised.count,
    largest: change.revised.largest.slice(0, MAX_REVISIONS).map((r) => {
      const indicator = indicators.get(r.indicator);
      return {
        indicator: indicator?.label ?? r.indicator,
        breakdown: breakdownLabel(indicator, r.slice),
        country: countryName(r.geo),
        origin: r.origin === undefined ? null : countryName(r.origin),
        period: r.period,
        before: r.before,
        after: r.after,
        unit: indicator?.unit ?? 'index',
      };
    }),
    countriesAdded: change.countriesAdded.map(countryName),
    countriesDropped: change.countriesDropped.map(countryName),
  };
}

function inputFile(input: ManifestInput): InputFile {
  return { file: input.file, sha256: input.sha256.toLowerCase(), bytes: input.bytes, url: httpUrl(input.url), retrieved: input.retrieved };
}

function releaseSummary(changes: Changes, sources: Map<string, Source>): ReleaseSummary {
  const counts: Record<ChangeStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const listed: ReleaseSummary['listed'] = [];
  for (const change of changes.sources) {
    counts[change.status] += 1;
    if (change.status !== 'unchanged') listed.push({ id: change.id, name: sources.get(change.id)?.name ?? null, status: change.status });
  }
  return { from: changes.from, to: changes.to, counts, listed };
}

/** The page's model from the (localised) catalog and, when the server has them, the manifest and the release notes. */
export function buildAboutModel(catalog: Catalog, manifest: Manifest | null, changes: Changes | null): AboutModel {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const indicators = new Map(catalog.indicators.map((i) => [i.id, i]));
  const { countryName } = catalogIndex(catalog);
  const inputsBySource = new Map<string, ManifestInput[]>();
  for (const input of manifest?.inputs ?? []) {
    for (const id of input.sources) inputsBySource.set(id, [...(inputsBySource.get(id) ?? []), input]);
  }
  // A first release lists every source as added: saying so once, in the summary, is enough.
  const changesById = new Map(changes && changes.from !== null ? changes.sources.map((c) => [c.id, c]) : []);

  const entry = (source: Source): SourceEntry => {
    const inputs = manifest ? (inputsBySource.get(source.id) ?? []) : null;
    const change = changesById.get(source.id);
    const partner = source.comparesWith ? sources.get(source.comparesWith) : undefined;
    return {
      source,
      indicators: catalog.indicators.filter((i) => i.sources.some((ref) => ref.id === source.id)).map((i) => i.label),
      comparesWith: partner ? { id: partner.id, name: partner.name } : null,
      span: { from: source.firstPeriod ?? null, to: source.latestPeriod },
      licences: unique([source.licence, ...(inputs ?? []).map((i) => i.licence)].filter((text) => text.trim() !== '')),
      inputs: inputs ? inputs.map(inputFile) : null,
      citations: inputs ? unique(inputs.map((i) => i.citation).filter((text) => text.trim() !== '')) : null,
      retrieved: inputs ? unique(inputs.map((i) => i.retrieved)).sort() : null,
      change: change ? entryChange(change, indicators, countryName) : null,
    };
  };

  const kinds = [...KIND_ORDER, ...SOURCE_KINDS.filter((kind) => !KIND_ORDER.includes(kind))];
  const groups = kinds
    .map((kind) => ({ kind, entries: catalog.sources.filter((s) => s.kind === kind).map(entry) }))
    .filter((group) => group.entries.length > 0);
  return {
    sourceCount: catalog.sources.length,
    groups,
    snapshot: manifest ? { date: manifest.date, files: manifest.inputs.length } : null,
    release: changes ? releaseSummary(changes, sources) : null,
  };
}
