/**
 * Saved data the app could not read as it is (unreadable text, damaged entries, an older or newer
 * format) is kept aside in backup slots until the user downloads or discards it: slot 1 is
 * "migration-lens:saved:backup", slot n is "migration-lens:saved:backup:n". A text already kept is
 * not kept twice; a new one takes the first free slot and never overwrites another. When every
 * slot is taken, nothing is kept aside and the caller must not write over the original either.
 */
import type { KeyValueStore } from './storage';
import { SLOT_KEYS } from './storageKeys';

export const BACKUP_FORMAT = 'migration-lens/saved-backups';

export interface Backup {
  slot: number;
  text: string;
}

/** The backups kept, by slot. Never throws (a store that refuses to be read has none). */
export function listBackups(storage: KeyValueStore | null): Backup[] {
  if (!storage) return [];
  const found: Backup[] = [];
  SLOT_KEYS.forEach((key, i) => {
    try {
      const text = storage.getItem(key);
      if (text !== null) found.push({ slot: i + 1, text });
    } catch {
      // Unreadable slot: counted as empty, and never written over (see keepAside).
    }
  });
  return found;
}

export type KeptAside = 'kept' | 'full' | 'failed';

/** Keeps `text` in the first free slot (or finds it already kept). */
export function keepAside(storage: KeyValueStore, text: string): KeptAside {
  try {
    const texts = SLOT_KEYS.map((key) => storage.getItem(key));
    if (texts.includes(text)) return 'kept';
    const free = texts.indexOf(null);
    if (free < 0) return 'full';
    storage.setItem(SLOT_KEYS[free] as string, text);
    return 'kept';
  } catch {
    return 'failed';
  }
}

export function discardBackups(storage: KeyValueStore | null): void {
  if (!storage) return;
  for (const key of SLOT_KEYS) {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing more to do: the slot stays and is listed again.
    }
  }
}

/** The file "Download" gives: every backup, its text exactly as it was stored. */
export function backupsFileText(backups: readonly Backup[], today: string): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, exported: today, backups }, null, 2)}\n`;
}
