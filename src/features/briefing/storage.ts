/**
 * Saved views and briefings in the browser (localStorage), in a versioned format that later
 * versions of the app can read and migrate.
 *
 * Format v1 (key "migration-lens:saved"):
 *   { "format": "migration-lens/saved", "version": 1,
 *     "views":     [{ "id", "title", "query", "created", "updated" }],
 *     "briefings": [{ "id", "title", "created", "updated", "steps": [{ "id", "title", "query" }] }],
 *     "deleted":   [{ "id", "at" }] }
 * ("updated" of views and "deleted" came later; a document without them reads as before.)
 *
 * Reading never throws and never loses data silently:
 * - each entry is checked on its own (valibot); a damaged entry is left out and counted, and the
 *   document is kept aside in a backup slot (backups.ts);
 * - fields this version does not know are ignored and listed in a notice;
 * - text that is not JSON, or not a known format, is kept aside and the lists start empty, with a
 *   notice;
 * - an older format is migrated (v0: the unversioned prototype list, see migrateV0);
 * - a newer format is read as far as this version understands it, and kept aside.
 *
 * Every write re-reads what storage holds now and merges this tab's lists into it (merge.ts).
 */
import * as v from 'valibot';
import { keepAside } from './backups';
import { STORAGE_KEY } from './storageKeys';
import { mergeSaved, type SavedLists, type Tombstone } from './merge';
import {
  MAX_BRIEFINGS,
  MAX_QUERY_LENGTH,
  MAX_SAVED_VIEWS,
  MAX_STEPS,
  cleanTitle,
  normalizeQuery,
  type Briefing,
  type BriefingStep,
  type SavedView,
} from './model';

export const STORAGE_FORMAT = 'migration-lens/saved';
export const STORAGE_VERSION = 1;

export type SavedData = SavedLists;

export const emptySaved = (): SavedData => ({ views: [], briefings: [], deleted: [] });

export type StorageNotice =
  | { kind: 'corrupt' }
  | { kind: 'unknown-fields'; fields: string[] }
  | { kind: 'invalid-entries'; count: number }
  | { kind: 'newer-version'; version: number }
  | { kind: 'migrated'; from: number }
  | { kind: 'unavailable' }
  | { kind: 'write-failed' }
  /** Data that could not be read could not be kept aside (every backup slot is taken), so it was not written over. */
  | { kind: 'backup-full' };

export interface LoadResult {
  data: SavedData;
  notices: StorageNotice[];
}

/** Where saved data lives: localStorage, or a stand-in in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,80}$/));
const Title = v.pipe(v.string(), v.maxLength(2000));
const Query = v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH));
const Timestamp = v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40))), null);

const ViewV1 = v.looseObject({ id: v.optional(Id), title: Title, query: Query, created: Timestamp, updated: Timestamp });
const TombstoneV1 = v.object({ id: Id, at: v.pipe(v.string(), v.maxLength(40)) });
const StepV1 = v.looseObject({ id: v.optional(Id), title: Title, query: Query });
const BriefingV1 = v.looseObject({
  id: v.optional(Id),
  title: Title,
  steps: v.array(v.unknown()),
  created: Timestamp,
  updated: Timestamp,
});
const RootV1 = v.looseObject({
  format: v.literal(STORAGE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  views: v.optional(v.array(v.unknown()), []),
  briefings: v.optional(v.array(v.unknown()), []),
  deleted: v.optional(v.array(v.unknown()), []),
});

const KNOWN = {
  root: ['format', 'version', 'views', 'briefings', 'deleted'],
  view: ['id', 'title', 'query', 'created', 'updated'],
  briefing: ['id', 'title', 'steps', 'created', 'updated'],
  step: ['id', 'title', 'query'],
};

/** Collects the names of unknown fields (bounded), as path[].field. */
class Unknowns {
  readonly fields = new Set<string>();
  note(value: object, known: readonly string[], path: string): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key) && this.fields.size < 20) this.fields.add(`${path}${key}`.slice(0, 80));
    }
  }
}

interface ReadState {
  unknowns: Unknowns;
  invalid: number;
  ids: Set<string>;
}

/** FNV-1a, 32 bits, in base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The entry's id, or one derived from its content when it has none (or a duplicate): the same
 * text read twice, in two tabs or twice in one, gives the same ids, so the two copies merge.
 */
function uniqueId(id: string | undefined, prefix: string, state: ReadState, entry: object): string {
  let chosen = id && !state.ids.has(id) ? id : `${prefix}-${hash(JSON.stringify(entry))}`;
  for (let n = 2; state.ids.has(chosen); n++) chosen = `${prefix}-${hash(JSON.stringify(entry))}-${n}`;
  state.ids.add(chosen);
  return chosen;
}

function readStep(raw: unknown, state: ReadState): BriefingStep | null {
  const parsed = v.safeParse(StepV1, raw);
  if (!parsed.success) {
    state.invalid += 1;
    return null;
  }
  state.unknowns.note(parsed.output, KNOWN.step, 'briefings[].steps[].');
  return {
    id: uniqueId(parsed.output.id, 'step', state, parsed.output),
    title: cleanTitle(parsed.output.title),
    query: normalizeQuery(parsed.output.query).query,
  };
}

function readView(raw: unknown, state: ReadState): SavedView | null {
  const parsed = v.safeParse(ViewV1, raw);
  if (!parsed.success) {
    state.invalid += 1;
    return null;
  }
  state.unknowns.note(parsed.output, KNOWN.view, 'views[].');
  const { id, title, query, created, updated } = parsed.output;
  return {
    id: uniqueId(id, 'view', state, parsed.output),
    title: cleanTitle(title),
    query: normalizeQuery(query).query,
    created: created ?? null,
    updated: updated ?? null,
  };
}

function readBriefing(raw: unknown, state: ReadState): Briefing | null {
  const parsed = v.safeParse(BriefingV1, raw);
  if (!parsed.success) {
    state.invalid += 1;
    return null;
  }
  state.unknowns.note(parsed.output, KNOWN.briefing, 'briefings[].');
  const steps: BriefingStep[] = [];
  for (const item of parsed.output.steps) {
    const step = readStep(item, state);
    if (!step) continue;
    if (steps.length >= MAX_STEPS) state.invalid += 1;
    else steps.push(step);
  }
  const { id, title, created, updated } = parsed.output;
  return { id: uniqueId(id, 'briefing', state, parsed.output), title: cleanTitle(title), steps, created: created ?? null, updated: updated ?? null };
}

/** Reads a v1 document (or a newer one, as far as v1 goes). */
function readV1(raw: unknown, notices: StorageNotice[]): SavedData | null {
  const root = v.safeParse(RootV1, raw);
  if (!root.success) return null;
  const state: ReadState = { unknowns: new Unknowns(), invalid: 0, ids: new Set() };
  state.unknowns.note(root.output, KNOWN.root, '');
  const views: SavedView[] = [];
  for (const item of root.output.views) {
    const view = readView(item, state);
    if (!view) continue;
    if (views.length >= MAX_SAVED_VIEWS) state.invalid += 1;
    else views.push(view);
  }
  const briefings: Briefing[] = [];
  for (const item of root.output.briefings) {
    const briefing = readBriefing(item, state);
    if (!briefing) continue;
    if (briefings.length >= MAX_BRIEFINGS) state.invalid += 1;
    else briefings.push(briefing);
  }
  const deleted: Tombstone[] = [];
  for (const item of root.output.deleted) {
    const parsed = v.safeParse(TombstoneV1, item);
    if (parsed.success) deleted.push(parsed.output);
    else state.invalid += 1;
  }
  if (state.unknowns.fields.size > 0) notices.push({ kind: 'unknown-fields', fields: [...state.unknowns.fields] });
  if (state.invalid > 0) notices.push({ kind: 'invalid-entries', count: state.invalid });
  return mergeSaved({ views, briefings, deleted }, emptySaved());
}

// ---------------------------------------------------------------------------------------------
// Migrations: each takes the document of one version and returns the next version's.

const ViewV0 = v.looseObject({ name: v.string(), url: v.string(), savedAt: v.optional(v.union([v.number(), v.string()])) });

function isoOrNull(value: number | string | undefined): string | null {
  if (value === undefined) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * v0, the unversioned prototype: a bare array of { name, url, savedAt } where url is a whole
 * link or a query string and savedAt a millisecond timestamp. It had no briefings.
 */
export function migrateV0(raw: unknown[], unknowns: Unknowns): unknown {
  return {
    format: STORAGE_FORMAT,
    version: 1,
    views: raw.map((item) => {
      const parsed = v.safeParse(ViewV0, item);
      if (!parsed.success) return item; // left for v1 to count as damaged
      unknowns.note(parsed.output, ['name', 'url', 'savedAt'], 'views[].');
      const { name, url, savedAt } = parsed.output;
      const at = url.indexOf('?');
      return { title: name, query: at >= 0 ? url.slice(at).split('#')[0] : '', created: isoOrNull(savedAt) };
    }),
    briefings: [],
  };
}

function versionOf(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (typeof raw === 'object' && raw !== null) {
    const { format, version } = raw as { format?: unknown; version?: unknown };
    if (format === STORAGE_FORMAT && typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  }
  return null;
}

/** Reads saved data from its stored text (null: nothing stored). Pure apart from ids; never throws. */
export function parseSaved(text: string | null): { data: SavedData; notices: StorageNotice[]; backup: boolean } {
  const empty = emptySaved;
  if (text === null || text === '') return { data: empty(), notices: [], backup: false };
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { data: empty(), notices: [{ kind: 'corrupt' }], backup: true };
    }
    const version = versionOf(raw);
    if (version === null) return { data: empty(), notices: [{ kind: 'corrupt' }], backup: true };
    const notices: StorageNotice[] = [];
    let backup = false;
    if (version === 0) {
      const unknowns = new Unknowns();
      raw = migrateV0(raw as unknown[], unknowns);
      notices.push({ kind: 'migrated', from: 0 });
      if (unknowns.fields.size > 0) notices.push({ kind: 'unknown-fields', fields: [...unknowns.fields] });
      backup = true;
    } else if (version > STORAGE_VERSION) {
      notices.push({ kind: 'newer-version', version });
      backup = true;
    }
    const data = readV1(raw, notices);
    if (!data) return { data: empty(), notices: [{ kind: 'corrupt' }], backup: true };
    return { data, notices, backup: backup || notices.some((n) => n.kind === 'invalid-entries') };
  } catch {
    return { data: empty(), notices: [{ kind: 'corrupt' }], backup: true };
  }
}

export function serializeSaved(data: SavedData): string {
  return JSON.stringify({ format: STORAGE_FORMAT, version: STORAGE_VERSION, views: data.views, briefings: data.briefings, deleted: data.deleted });
}

interface Stored {
  text: string | null;
  data: SavedData;
  notices: StorageNotice[];
  /** Whether the text may be written over: it was read as it is, or it is kept aside. */
  replaceable: boolean;
}

/** What storage holds now, with what could not be read as it is kept aside. Null: storage refused. */
function readStored(storage: KeyValueStore): Stored | null {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  const { data, notices, backup } = parseSaved(text);
  if (!backup || text === null) return { text, data, notices, replaceable: true };
  const kept = keepAside(storage, text);
  if (kept !== 'kept') notices.push({ kind: kept === 'full' ? 'backup-full' : 'write-failed' });
  return { text, data, notices, replaceable: kept === 'kept' };
}

/** Loads saved data, keeping aside what could not be read as it is. Never throws. */
export function loadSaved(storage: KeyValueStore | null): LoadResult {
  const stored = storage && readStored(storage);
  if (!storage || !stored) return { data: emptySaved(), notices: [{ kind: 'unavailable' }] };
  // Unreadable text, once kept aside, is removed, so that the next visit starts clean instead of warning again.
  if (stored.replaceable && stored.notices.some((n) => n.kind === 'corrupt')) {
    try {
      storage.removeItem(STORAGE_KEY);
    } catch {
      stored.notices.push({ kind: 'write-failed' });
    }
  }
  return { data: stored.data, notices: stored.notices };
}

/**
 * Writes this tab's lists merged into what storage holds now (another tab may have saved since
 * this one read), and returns the merged lists. Text that could not be read is written over only
 * once it is kept aside. Never throws.
 */
export function syncSaved(storage: KeyValueStore | null, local: SavedData): LoadResult {
  const stored = storage && readStored(storage);
  if (!storage || !stored) return { data: local, notices: [{ kind: 'unavailable' }] };
  const data = mergeSaved(stored.data, local);
  const { notices } = stored;
  const text = serializeSaved(data);
  if (stored.replaceable && text !== stored.text) {
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch {
      notices.push({ kind: 'write-failed' });
    }
  }
  return { data, notices };
}
