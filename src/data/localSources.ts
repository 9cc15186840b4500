/**
 * Sources the user added from a file ("your own data"): kept in this browser only (IndexedDB, see
 * localPersistence.ts), merged into the catalog and served from memory by an ApiClient decorator,
 * so that every panel (map, table, time series, compare) shows them with no change of its own.
 *
 * An uploaded source is a catalog source whose id starts with LOCAL_PREFIX; it gives one
 * indicator (the one the user said it estimates), as a total with no breakdowns and no bilateral
 * slices (asking for those answers like a missing file: HTTP 404).
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import * as v from 'valibot';
import { FetchError } from '../contract/errors';
import { bilateralPath, seriesPath, TOTAL_SLICE } from '../contract/paths';
import { SourceSchema, type Catalog, type Series, type Source } from '../contract/schema';
import { parseSeries } from '../contract/validate';
import type { ApiClient } from './client';

export const LOCAL_PREFIX = 'upload-';
export const isLocalSourceId = (id: string | null | undefined): boolean => typeof id === 'string' && id.startsWith(LOCAL_PREFIX);

export interface LocalSource {
  source: Source;
  /** The indicator it estimates. */
  indicator: string;
  /** Its values, as a contract series (slice "total"). */
  series: Series;
  /** The file it came from, and when it was added (ISO date-time). */
  file: { name: string; bytes: number };
  added: string;
}

/**
 * Why stored sources are not available in this tab: the database is at a newer version than this
 * app reads, or another tab upgraded it while this one was open.
 */
export type StorageProblem = 'newer-version' | 'upgraded-elsewhere';

/** Where uploaded sources are kept between visits. */
export interface LocalPersistence {
  /** False when entries will not survive a reload (no IndexedDB: private browsing, tests). */
  readonly durable: boolean;
  load(): Promise<unknown[]>;
  save(entry: LocalSource): Promise<void>;
  remove(id: string): Promise<void>;
  /** Calls `listener` when stored sources become unavailable in this tab. */
  watch?(listener: (problem: StorageProblem) => void): void;
  /** True when this browser is known to keep no sources, before `load` has answered. */
  knownEmpty?(): boolean;
}

/** What the user should be told about stored sources. */
export interface StoredStatus {
  /** Stored entries that could not be read: left out, and left in storage. */
  leftOut: number;
  problem: StorageProblem | null;
}

export function memoryPersistence(initial: LocalSource[] = []): LocalPersistence {
  const entries = new Map(initial.map((entry) => [entry.source.id, entry]));
  return {
    durable: false,
    load: async () => [...entries.values()],
    save: async (entry) => void entries.set(entry.source.id, entry),
    remove: async (id) => void entries.delete(id),
  };
}

const StoredSchema = v.object({
  source: SourceSchema,
  indicator: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64)),
  series: v.unknown(),
  file: v.object({ name: v.pipe(v.string(), v.maxLength(300)), bytes: v.number() }),
  added: v.pipe(v.string(), v.maxLength(40)),
});

/** A stored entry checked like a payload from the network (storage can hold anything); null if it does not fit. */
export function checkStored(raw: unknown): LocalSource | null {
  const parsed = v.safeParse(StoredSchema, raw);
  if (!parsed.success || !isLocalSourceId(parsed.output.source.id)) return null;
  try {
    const series = parseSeries(parsed.output.series, `local:${parsed.output.source.id}`);
    if (series.source !== parsed.output.source.id || series.indicator !== parsed.output.indicator) return null;
    return { ...parsed.output, series };
  } catch {
    return null;
  }
}

export interface LocalSourceStore {
  /** Settles once stored entries are loaded (never rejects). */
  readonly ready: Promise<void>;
  /**
   * Whether entries may still arrive from storage: false when the browser is known to keep none,
   * so that nothing need wait for storage to open (its load still runs, and tells subscribers).
   */
  readonly mayLoad: boolean;
  readonly durable: boolean;
  /** The same object until it changes (subscribe tells when). */
  status(): StoredStatus;
  list(): readonly LocalSource[];
  get(id: string): LocalSource | undefined;
  /** Adds (or replaces) an entry; resolves to whether it was saved for later visits. */
  add(entry: LocalSource): Promise<boolean>;
  remove(id: string): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export function createLocalSourceStore(persistence: LocalPersistence): LocalSourceStore {
  let entries: readonly LocalSource[] = [];
  let status: StoredStatus = { leftOut: 0, problem: null };
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  persistence.watch?.((problem) => {
    status = { ...status, problem };
    emit();
  });
  const ready = persistence
    .load()
    .then((raw) => {
      const loaded = raw.map(checkStored).filter((entry): entry is LocalSource => entry !== null);
      if (loaded.length < raw.length) status = { ...status, leftOut: raw.length - loaded.length };
      const known = new Set(entries.map((entry) => entry.source.id));
      entries = [...loaded.filter((entry) => !known.has(entry.source.id)), ...entries];
      emit();
    })
    .catch(() => undefined);

  return {
    ready,
    mayLoad: !persistence.knownEmpty?.(),
    durable: persistence.durable,
    status: () => status,
    list: () => entries,
    get: (id) => entries.find((entry) => entry.source.id === id),
    async add(entry) {
      entries = [...entries.filter((e) => e.source.id !== entry.source.id), entry];
      emit();
      try {
        await persistence.save(entry);
        return persistence.durable;
      } catch {
        return false;
      }
    },
    async remove(id) {
      entries = entries.filter((entry) => entry.source.id !== id);
      emit();
      await persistence.remove(id).catch(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The catalog with the uploaded sources added: each one as a source, and in its indicator's list
 * of sources (last, so never the default). Idempotent: uploaded sources already in it are replaced.
 * An uploaded source whose indicator (or whose level) the catalog does not have is left out; one of regions or states
 * says its level in its ref, so that the view opens it at that level.
 */
export function mergeCatalog(catalog: Catalog, locals: readonly LocalSource[]): Catalog {
  const baseSources = catalog.sources.filter((source) => !isLocalSourceId(source.id));
  const baseIds = new Set(baseSources.map((source) => source.id));
  const indicatorIds = new Set(catalog.indicators.map((indicator) => indicator.id));
  // A source of regions or states needs the catalog to list their level (and so their units and boundaries).
  const levelIds = new Set(['country', ...(catalog.geographies.levels ?? []).map((level) => level.id)]);
  const usable = locals.filter(
    (entry) => !baseIds.has(entry.source.id) && indicatorIds.has(entry.indicator) && levelIds.has(entry.series.level ?? 'country'),
  );
  if (usable.length === 0 && baseSources.length === catalog.sources.length) return catalog;
  return {
    ...catalog,
    sources: [...baseSources, ...usable.map((entry) => entry.source)],
    indicators: catalog.indicators.map((indicator) => ({
      ...indicator,
      sources: [
        ...indicator.sources.filter((ref) => !isLocalSourceId(ref.id)),
        ...usable
          .filter((entry) => entry.indicator === indicator.id)
          .map((entry) => ({ id: entry.source.id, breakdowns: [], ...(entry.series.level ? { level: entry.series.level } : {}) })),
      ],
    })),
  };
}

/** An ApiClient that answers for uploaded sources from memory and passes everything else to `base`. */
export function withLocalSources(base: ApiClient, store: LocalSourceStore): ApiClient {
  return {
    async catalog(signal) {
      // Where the browser keeps no uploaded source, the catalog does not wait for storage to open
      // (a return visit's figures, issue #20); LocalSourcesSync merges whatever it loads later.
      const [catalog] = await Promise.all([base.catalog(signal), store.mayLoad ? store.ready : null]);
      return mergeCatalog(catalog, store.list());
    },
    async series(ref, signal) {
      if (!isLocalSourceId(ref.source)) return base.series(ref, signal);
      await store.ready;
      const entry = store.get(ref.source);
      if (!entry || entry.indicator !== ref.indicator || ref.slice !== TOTAL_SLICE) {
        throw new FetchError(seriesPath(ref.indicator, ref.source, ref.slice), 404);
      }
      return entry.series;
    },
    async bilateral(ref, signal) {
      if (!isLocalSourceId(ref.source)) return base.bilateral(ref, signal);
      throw new FetchError(bilateralPath(ref.indicator, ref.source, ref.role, ref.geo, ref.slice), 404);
    },
    manifest: (signal) => base.manifest(signal),
    changes: (signal) => base.changes(signal),
  };
}

export const LocalSourcesContext = createContext<LocalSourceStore | null>(null);

export function useLocalSourceStore(): LocalSourceStore | null {
  return useContext(LocalSourcesContext);
}

const NO_ENTRIES: readonly LocalSource[] = [];
const noop = () => () => {};

/** The uploaded sources, re-rendering when they change. */
export function useLocalSources(): readonly LocalSource[] {
  const store = useLocalSourceStore();
  return useSyncExternalStore(store ? store.subscribe : noop, store ? store.list : () => NO_ENTRIES);
}
