/**
 * Merging two copies of the saved lists (what storage holds now and what this tab holds), so that
 * tabs saving at the same moment never lose each other's work. Pure.
 *
 * - Entries are matched by id; an id in only one copy is kept.
 * - An id in both: the one changed last (`updated`, else `created`) is kept; on a tie, the same one
 *   in every tab (the greater JSON text), so that tabs agree.
 * - A deleted id leaves a tombstone, and a tombstone wins over the entry in any copy: ids are
 *   never reused, so a deletion is final. Only the MAX_TOMBSTONES latest are kept.
 * - Order: the stored copy's, then the entries only this tab has, in its order.
 */
import type { Briefing, SavedView } from './model';

export interface Tombstone {
  id: string;
  /** When it was deleted (ISO timestamp). */
  at: string;
}

export interface SavedLists {
  views: SavedView[];
  briefings: Briefing[];
  deleted: Tombstone[];
}

export const MAX_TOMBSTONES = 500;

interface Entry {
  id: string;
  created: string | null;
  updated: string | null;
}

const stampOf = (entry: Entry) => entry.updated ?? entry.created ?? '';

function later<T extends Entry>(a: T, b: T): T {
  const [sa, sb] = [stampOf(a), stampOf(b)];
  if (sa !== sb) return sa > sb ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeEntries<T extends Entry>(stored: readonly T[], local: readonly T[], gone: ReadonlySet<string>): T[] {
  const mine = new Map(local.map((entry) => [entry.id, entry]));
  const merged = stored.map((entry) => {
    const other = mine.get(entry.id);
    return other ? later(entry, other) : entry;
  });
  const storedIds = new Set(stored.map((entry) => entry.id));
  merged.push(...local.filter((entry) => !storedIds.has(entry.id)));
  return merged.filter((entry) => !gone.has(entry.id));
}

/** The latest tombstone of each id, at most MAX_TOMBSTONES of them (the latest), in a stable order. */
function mergeTombstones(stored: readonly Tombstone[], local: readonly Tombstone[]): Tombstone[] {
  const byId = new Map<string, Tombstone>();
  for (const tombstone of [...stored, ...local]) {
    const known = byId.get(tombstone.id);
    if (!known || tombstone.at > known.at) byId.set(tombstone.id, tombstone);
  }
  const all = [...byId.values()];
  if (all.length <= MAX_TOMBSTONES) return all;
  const keep = new Set(
    [...all]
      .sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1))
      .slice(0, MAX_TOMBSTONES)
      .map((t) => t.id),
  );
  return all.filter((t) => keep.has(t.id));
}

export function mergeSaved(stored: SavedLists, local: SavedLists): SavedLists {
  const deleted = mergeTombstones(stored.deleted, local.deleted);
  const gone = new Set([...stored.deleted, ...local.deleted].map((t) => t.id));
  return {
    views: mergeEntries(stored.views, local.views, gone),
    briefings: mergeEntries(stored.briefings, local.briefings, gone),
    deleted,
  };
}

/** Whether an id is in use or was ever deleted (and so must not be given to a new entry). */
export function idTaken(lists: SavedLists, id: string): boolean {
  return lists.views.some((v) => v.id === id) || lists.briefings.some((b) => b.id === id) || lists.deleted.some((t) => t.id === id);
}
