/**
 * Where saved views and briefings live: this browser's localStorage, under the document's key
 * (storage.ts) and the backup slots of what could not be read (backups.ts). Apart, so that the entry
 * can tell whether this browser has saved anything without loading the code that reads it
 * (briefingsOnDemand.ts).
 */
export const STORAGE_KEY = 'migration-lens:saved';
export const BACKUP_KEY = 'migration-lens:saved:backup';
export const BACKUP_SLOTS = 5;

export const backupKey = (slot: number): string => (slot === 1 ? BACKUP_KEY : `${BACKUP_KEY}:${slot}`);

export const SLOT_KEYS = Array.from({ length: BACKUP_SLOTS }, (_, i) => backupKey(i + 1));

export const isBackupKey = (key: string | null): boolean => key !== null && SLOT_KEYS.includes(key);
