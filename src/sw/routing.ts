/**
 * The service worker's decisions, pure (src/sw/sw.ts does the caching; routing.test.ts checks these):
 * which strategy a request gets, how a data release is named, and whether a release file says that
 * the data on the server is now another release than the one cached.
 */

/** How the service worker answers a request. */
export type Strategy =
  /** A page of the app (a navigation): the network first, so a new deploy is picked up; the cached page offline. */
  | 'page'
  /** The build's hashed files (JS, CSS, workers): the cache first (their names change with their content). */
  | 'asset'
  /** Boundaries (geo/*.topo.json, shipped with the app): the cache first; a new build has new caches. */
  | 'boundaries'
  /** catalog.json and manifest.json: stale-while-revalidate, and they name the data release. */
  | 'release'
  /** The rest of the indicators API (series/, bilateral/, changes.json): stale-while-revalidate within one release. */
  | 'data'
  /** Anything else (other sites, the service worker itself, the mocks' worker and demo data, non-GET): not touched. */
  | 'network';

export interface SwScope {
  /** The app's base as an absolute URL ending in "/" (the service worker's scope). */
  app: string;
  /** The indicators API's base as an absolute URL ending in "/" (under the app's base, or another site). */
  data: string;
}

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: "navigate" for a page. */
  mode: string;
}

/** The release files of the indicators API. */
export const RELEASE_FILES = ['catalog.json', 'manifest.json'] as const;
export type ReleaseFile = (typeof RELEASE_FILES)[number];

/** The path of `url` under `base` (both absolute), without query or fragment; null when outside it. */
export function pathUnder(url: string, base: string): string | null {
  let target: URL;
  let root: URL;
  try {
    target = new URL(url);
    root = new URL(base);
  } catch {
    return null;
  }
  if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return null;
  return decodeURIComponent(target.pathname.slice(root.pathname.length));
}

export function strategyFor(request: RequestFacts, scope: SwScope): Strategy {
  if (request.method !== 'GET' || !/^https?:/.test(request.url)) return 'network';
  const dataPath = pathUnder(request.url, scope.data);
  if (dataPath !== null && request.mode !== 'navigate') {
    if ((RELEASE_FILES as readonly string[]).includes(dataPath)) return 'release';
    if (/^(series|bilateral)\/[^?#]+\.json$/.test(dataPath) || dataPath === 'changes.json') return 'data';
    return 'network';
  }
  const appPath = pathUnder(request.url, scope.app);
  if (appPath === null) return 'network';
  if (request.mode === 'navigate') {
    // A page of the app: the root or an .html file; never a data file or a worker opened as a page.
    return appPath === '' || /^[^/]*\.html$/.test(appPath) ? 'page' : 'network';
  }
  if (/^assets\/[^/]+\.(?:js|mjs|css|wasm|woff2?|svg|png)$/.test(appPath)) return 'asset';
  if (/^geo\/[^/]+\.topo\.json$/.test(appPath)) return 'boundaries';
  return 'network';
}

/** A short, stable hash of a text (FNV-1a, 32 bits, hex): tells two versions of a file apart. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The release a release file names: the catalog's `generated` date (manifest: its `date`) and a hash
 * of the file, so that two releases built on the same day are still told apart. Null for a body
 * that is not such a file (it is passed on uncached; the app reports it).
 */
export function releaseIdOf(file: ReleaseFile, body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const stamp = (json as Record<string, unknown>)[file === 'catalog.json' ? 'generated' : 'date'];
  if (typeof stamp !== 'string') return null;
  return `${stamp}#${textHash(body)}`;
}

/** The release of the cached data, as each release file named it when it was cached. */
export type ReleaseRecord = Partial<Record<ReleaseFile, string>>;

/**
 * What a release file fresh from the server means for the cached data: `first` (nothing of this
 * file cached yet: record it), `same` (keep the cache, refresh the file), `changed` (another release:
 * the cached data goes as a whole).
 */
export function compareRelease(record: ReleaseRecord, file: ReleaseFile, id: string): 'first' | 'same' | 'changed' {
  const known = record[file];
  if (known === undefined) return 'first';
  return known === id ? 'same' : 'changed';
}

/** The record after a release file's answer: a changed release keeps only what the new file says. */
export function nextRecord(record: ReleaseRecord, file: ReleaseFile, id: string): ReleaseRecord {
  return compareRelease(record, file, id) === 'changed' ? { [file]: id } : { ...record, [file]: id };
}

/** Cache names: one prefix per scope (two apps on one site keep apart), versioned by the build. */
export function cacheNames(scopeUrl: string, build: string): { prefix: string; shell: string; data: string } {
  const prefix = `migration-lens:${scopeUrl}:`;
  return { prefix, shell: `${prefix}${build}:shell`, data: `${prefix}${build}:data` };
}

/** The caches a new build's worker deletes on activation: this scope's, of other builds. */
export function staleCaches(names: readonly string[], scopeUrl: string, build: string): string[] {
  const { prefix, shell, data } = cacheNames(scopeUrl, build);
  return names.filter((name) => name.startsWith(prefix) && name !== shell && name !== data);
}

/**
 * The page as this worker serves it: without the preload hints of boundaries (geo/*.topo.json). A
 * first visit needs the countries' file early (index.html hints it); a page served from the cache is
 * a return visit, whose map draws the shapes kept in the browser (src/features/map/keptGeometry.ts),
 * and where a map still needs the file, this worker's cache answers at once. Read in parallel with
 * the app's JS, the 1 MB file only slowed the JS.
 */
export function pageForReturn(html: string): string {
  return html.replace(/[ \t]*<link\b(?=[^>]*\brel="preload")(?=[^>]*\bhref="[^"]*\/geo\/[^"/]+\.topo\.json")[^>]*>\r?\n?/g, '');
}
