/**
 * The map's shapes kept in this browser between visits (issue #20: a return visit's map within
 * 400 ms). The boundaries worker keeps the packed geometry it built (geometryPacking.ts) in
 * IndexedDB; a later visit reads it back instead of fetching, parsing and building the file again,
 * and starts no worker. An entry's key is the file's URL with the build's boundaries version (a hash
 * of the boundaries files and of the code that builds shapes from them: vite.config.ts), and keeping
 * one removes those of other versions, so a new release never draws old shapes. Anything that fails
 * (no IndexedDB, a private mode, an entry that is not a whole packed geometry, a read slower than
 * READ_CAP_MS) reads as nothing kept: the file then loads as on a first visit.
 */
import { isPackedGeometry, type PackedGeometry } from './geometryPacking';

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

/** The connection this page (or worker) holds, opened once. */
let shared: { factory: IDBFactory; db: Promise<IDBDatabase> } | null = null;

function open(factory: IDBFactory): Promise<IDBDatabase> {
  if (shared?.factory === factory) return shared.db;
  const mine = {
    factory,
    db: new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          if (shared === mine) shared = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked'));
    }),
  };
  shared = mine;
  mine.db.catch(() => {
    if (shared === mine) shared = null;
  });
  return mine.db;
}

/**
 * Starts opening the kept shapes' database, which takes a fresh page 60–250 ms on a busy two-core
 * machine: the entry calls it before the rest of the app's code is evaluated (src/startup/openEarly.ts).
 */
export function openKeptGeometry(factory: IDBFactory | undefined = globalThis.indexedDB): void {
  if (factory) open(factory).catch(() => undefined);
}

/** The shapes kept under `key`, or null (none, unreadable, not a packed geometry, or too slow). */
export function readKeptGeometry(key: string, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<PackedGeometry | null> {
  if (!factory) return Promise.resolve(null);
  const read = open(factory).then(
    (db) =>
      new Promise<PackedGeometry | null>((resolve) => {
        const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
        req.onsuccess = () => resolve(isPackedGeometry(req.result) ? req.result : null);
        req.onerror = () => resolve(null);
      }),
  );
  const cap = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_CAP_MS));
  return Promise.race([read.catch(() => null), cap]);
}

/**
 * Keeps a copy of `packed` under `key` (the caller may transfer its arrays at once) and removes the
 * entries of other versions. Failures are ignored: the next visit loads the file again.
 */
export function keepGeometry(key: string, packed: PackedGeometry, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!factory) return Promise.resolve();
  const copy: PackedGeometry = {
    ...packed,
    structure: packed.structure.slice(),
    coords: packed.coords.slice(),
    xy: packed.xy.slice(),
    extents: packed.extents.slice(),
  };
  const version = key.slice(0, key.indexOf(' ') + 1);
  return open(factory)
    .then(
      (db) =>
        new Promise<void>((resolve) => {
          const tx = db.transaction(STORE, 'readwrite');
          const store = tx.objectStore(STORE);
          store.getAllKeys().onsuccess = (event) => {
            for (const old of (event.target as IDBRequest<IDBValidKey[]>).result)
              if (typeof old !== 'string' || !old.startsWith(version)) store.delete(old);
          };
          store.put(copy, key);
          tx.oncomplete = tx.onerror = tx.onabort = () => resolve();
        }),
    )
    .catch(() => undefined);
}
