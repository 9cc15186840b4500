/**
 * The map's shapes kept in this browser between visits (issue #20: a return visit's map within
 * 400 ms). The page keeps the packed geometry the boundaries worker built (geometryPacking.ts) in
 * IndexedDB, once the browser is idle; a later visit reads it back instead of fetching, parsing and building the file again,
 * and starts no worker. An entry's key is the file's URL with the build's boundaries version (a hash
 * of the boundaries files and of the code that builds shapes from them: vite.config.ts), and keeping
 * one removes those of other versions, so a new release never draws old shapes. Anything that fails
 * (no IndexedDB, a private mode, an entry that is not a whole packed geometry, a read slower than
 * READ_CAP_MS) reads as nothing kept: the file then loads as on a first visit.
 */
import { forKeeping, isPackedGeometry, type PackedGeometry } from './geometryPacking';

declare const __ML_BOUNDARIES_VERSION__: string;

const DB_NAME = 'migration-lens-map';
const STORE = 'shapes';
/**
 * For storage that hangs. Not shorter: a read takes 100–300 ms on a busy two-core machine and more
 * under heavier load, and is still sooner than fetching, parsing and building the file again (a cap of
 * 400 ms dropped reads that were on their way while the browser tests ran).
 */
const READ_CAP_MS = 3_000;

/** The key of a boundaries file's shapes in this build. */
export function keptGeometryKey(url: string, version: string = __ML_BOUNDARIES_VERSION__): string {
  return `${version} ${url}`;
}

/** The page's connection, opened once (onversionchange: another tab's newer app; let go). */
let connection: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      req.result.onversionchange = () => {
        req.result.close();
        connection = null;
      };
      resolve(req.result);
    };
    req.onerror = req.onblocked = () => {
      connection = null;
      reject(req.error ?? new Error('IndexedDB cannot be opened'));
    };
  });
  return connection;
}

/**
 * Starts opening the kept shapes' database, which takes a fresh page 60–250 ms on a busy two-core
 * machine: index.html's first script calls it while the app's entry is still being compiled
 * (src/startup/readEarly.ts).
 */
export function openKeptGeometry(): void {
  if (typeof indexedDB !== 'undefined') open().catch(() => undefined);
}

/** Settles once the database is open, or cannot be opened: a read asked for from then on starts at once. */
export function keptGeometryOpen(): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return open().then(
    () => undefined,
    () => undefined,
  );
}

/** A read started before the app's entry had run (src/startup/readEarly.ts), for the first read of its key to take. */
let early: { key: string; read: Promise<PackedGeometry | null> } | null = null;

/** Starts reading the shapes kept under `key`; the next readKeptGeometry(key) takes this read instead of starting another. */
export function startKeptGeometryRead(key: string): void {
  early = { key, read: read(key) };
}

/** The shapes kept under `key`, or null (none, unreadable, not a packed geometry, or too slow). */
export function readKeptGeometry(key: string): Promise<PackedGeometry | null> {
  if (early?.key === key) {
    const started = early.read;
    early = null;
    return started;
  }
  return read(key);
}

function read(key: string): Promise<PackedGeometry | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  const reading = open().then(
    (db) =>
      new Promise<PackedGeometry | null>((resolve) => {
        const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
        req.onsuccess = () => resolve(isPackedGeometry(req.result) ? req.result : null);
        req.onerror = () => resolve(null);
      }),
  );
  const cap = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_CAP_MS));
  return Promise.race([reading.catch(() => null), cap]);
}

/**
 * Keeps `packed` under `key` (a copy with 32-bit points: geometryPacking.ts) and removes the entries
 * of other versions.
 * Failures are ignored: the next visit loads the file again.
 */
export function keepGeometry(key: string, packed: PackedGeometry): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  const version = key.slice(0, key.indexOf(' ') + 1);
  return open()
    .then(
      (db) =>
        new Promise<void>((resolve) => {
          const tx = db.transaction(STORE, 'readwrite');
          const store = tx.objectStore(STORE);
          // Every key of another version sorts before or after this version's.
          store.delete(IDBKeyRange.upperBound(version, true));
          store.delete(IDBKeyRange.lowerBound(`${version}\uffff`, true));
          store.put(forKeeping(packed), key);
          tx.oncomplete = tx.onerror = tx.onabort = () => resolve();
        }),
    )
    .catch(() => undefined);
}
