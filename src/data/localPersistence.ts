/**
 * Keeps uploaded sources in IndexedDB (a large file's rows do not fit localStorage), in this
 * browser only. Where IndexedDB cannot be opened (some private modes), sources last until the tab
 * closes, and the upload dialog says so. When the database is at a higher version (a newer app in
 * another tab upgraded it), or another tab asks to upgrade it (this connection is then closed so
 * as not to block it), the store is told why the stored sources are not available here.
 */
import { memoryPersistence, type LocalPersistence, type LocalSource, type StorageProblem } from './localSources';

/**
 * A hint kept beside the database: how many sources the last load found ("0": none), or "some"
 * once one is being saved. Only "0" is trusted, and then the catalog does not wait for the
 * database to open (localSources.ts, `mayLoad`); without the hint (a first visit, an older
 * version's storage, no localStorage) it waits as before.
 */
const HINT_KEY = 'migration-lens:uploaded-sources';

/** Writes the hint (when given) and reads it; null where localStorage is refused (a sandboxed frame) or full. */
function hint(value?: string): string | null {
  try {
    if (value !== undefined) localStorage.setItem(HINT_KEY, value);
    return localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

const DB_NAME = 'migration-lens';
const STORE = 'uploaded-sources';
const VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory, report: (problem: StorageProblem) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'source.id' });
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        report('upgraded-elsewhere');
      };
      resolve(db);
    };
    req.onerror = () => {
      if (req.error?.name === 'VersionError') report('newer-version');
      reject(req.error ?? new Error('IndexedDB cannot be opened'));
    };
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function transaction(db: IDBDatabase, mode: IDBTransactionMode): { store: IDBObjectStore; done: Promise<void> } {
  const tx = db.transaction(STORE, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted (storage full?)'));
  });
  return { store: tx.objectStore(STORE), done };
}

/** IndexedDB when the browser has it, else memory (durable: false). */
export function browserPersistence(factory: IDBFactory | undefined = globalThis.indexedDB): LocalPersistence {
  if (!factory) return memoryPersistence();
  let db: Promise<IDBDatabase> | null = null;
  const listeners = new Set<(problem: StorageProblem) => void>();
  let durable = true;
  const report = (problem: StorageProblem) => {
    durable = false;
    listeners.forEach((listener) => listener(problem));
  };
  const connect = () => (db ??= open(factory, report));
  const fallback = memoryPersistence();
  const guard = async <T>(work: (db: IDBDatabase) => Promise<T>, otherwise: () => Promise<T>): Promise<T> => {
    try {
      return await work(await connect());
    } catch {
      durable = false;
      return otherwise();
    }
  };
  return {
    get durable() {
      return durable;
    },
    watch: (listener) => void listeners.add(listener),
    knownEmpty: () => hint() === '0',
    load: () =>
      guard(
        async (database) => {
          const { store, done } = transaction(database, 'readonly');
          const all = await request(store.getAll());
          await done;
          hint(String(all.length));
          return all as unknown[];
        },
        () => fallback.load(),
      ),
    save: (entry: LocalSource) =>
      guard(
        async (database) => {
          hint('some'); // before the entry is stored: a hint of "0" with a stored source would hide it from a link
          const { store, done } = transaction(database, 'readwrite');
          store.put(entry);
          await done;
        },
        () => fallback.save(entry),
      ),
    remove: (id: string) =>
      guard(
        async (database) => {
          const { store, done } = transaction(database, 'readwrite');
          store.delete(id);
          await done;
        },
        () => fallback.remove(id),
      ),
  };
}
