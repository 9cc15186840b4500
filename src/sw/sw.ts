/// <reference lib="webworker" />
/**
 * The service worker (issue #20: the return visit and offline), built by Vite as `sw.js` at the
 * app's base (the plugin in vite.config.ts), which fills in the build's id and its precache list.
 * Production builds only; registered by src/sw/register.ts after the first paint.
 *
 * - The app shell: the build's hashed files are precached on install and served cache-first (by the
 *   browser's static routing where it has it, without starting this script; else below); the
 *   page (index.html) from the cache too, revalidated in the background, so a return visit waits for
 *   no server (a new deploy shows from the visit after the one that fetched it; offline, the cached copy).
 * - Boundaries (geo/*.topo.json): cache-first, in the shell's cache (a new build has new caches).
 * - Data (the indicators API): stale-while-revalidate. catalog.json and manifest.json name the
 *   release (routing.ts); when a fresh one names another release than the cached one, the cached data
 *   goes as a whole (never two releases' files in the cache), the new file is cached, and the pages
 *   open are told (the app's "newer data release" notice). Other files are written to the cache only
 *   once the catalog has been revalidated for this page load, and only if no release change happened
 *   meanwhile.
 * Must import nothing the app imports (it would become a shared chunk, and this file a module).
 */
import {
  cacheNames,
  compareRelease,
  nextRecord,
  pageForReturn,
  releaseIdOf,
  staleCaches,
  strategyFor,
  type ReleaseFile,
  type ReleaseRecord,
  type SwScope,
} from './routing';

declare const self: ServiceWorkerGlobalScope;
/** Filled in by the build (vite.config.ts): the build's id and the files to precache, relative to the scope. */
declare const __ML_SW_BUILD__: string;
declare const __ML_SW_PRECACHE__: string[];

const SCOPE_URL = self.registration.scope;
const configuredData = (import.meta.env.VITE_DATA_BASE as string | undefined)?.trim();
const dataBase = new URL(configuredData ? configuredData : 'data/', SCOPE_URL).href;
const scope: SwScope = { app: SCOPE_URL, data: dataBase.endsWith('/') ? dataBase : `${dataBase}/` };
const names = cacheNames(SCOPE_URL, __ML_SW_BUILD__);
const PAGE_KEY = new URL('index.html', SCOPE_URL).href;
/** Where the cached data's release is recorded (a key of the data cache, never a URL the app asks for). */
const RECORD_KEY = new URL('__migration-lens-release__', scope.data).href;
/** The catalog is revalidated once per page load, or after this long in a long-lived page. */
const CHECK_MAX_AGE_MS = 5 * 60_000;

/** How long after answering from the cache a data file is checked with the server. */
const DATA_CHECK_DELAY_MS = 2_000;

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Bumped when the cached data is replaced: a write started before it is dropped. */
let generation = 0;
/** The revalidation of the catalog for this page load. */
let releaseCheck: { at: number; done: Promise<Response | null> } | null = null;
/** Pages that were open when the cached data was replaced (they show the older release until reloaded). */
const replacedFor = new Set<string>();

/** Chromium's static routing (InstallEvent.addRoutes), where the browser has it. */
type RoutingInstallEvent = ExtendableEvent & {
  addRoutes?: (rules: { condition: { urlPattern: string }; source: { cacheName: string } }[]) => Promise<void>;
};

/** A copy of `response` without its Vary header (see the install handler). */
function withoutVary(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('Vary');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  // The hashed files are answered from the shell's cache by the browser itself, without starting
  // this worker's script for each (a return visit asks for about 13 at once). The browser's lookup
  // honours a stored Vary header, which this worker's own lookup ignores, so they are stored without it.
  const routing = (event as RoutingInstallEvent).addRoutes?.([
    { condition: { urlPattern: `${new URL(SCOPE_URL).pathname}assets/*` }, source: { cacheName: names.shell } },
  ]);
  event.waitUntil(
    (async () => {
      await routing?.catch(() => undefined); // refused: the fetch handler below serves them
      const cache = await caches.open(names.shell);
      await Promise.all(
        __ML_SW_PRECACHE__.map(async (path) => {
          const url = new URL(path, SCOPE_URL).href;
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          await cache.put(url, withoutVary(response));
        }),
      );
      // The page too (the first visit was not served by this worker): the app's base as a navigation gets it.
      await cachePage(cache, await fetch(SCOPE_URL, { cache: 'no-cache' }).catch(() => null));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), SCOPE_URL, __ML_SW_BUILD__).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor({ url: request.url, method: request.method, mode: request.mode }, scope);
  switch (strategy) {
    case 'page':
      releaseCheck = null; // a new page load: its catalog is revalidated once
      event.respondWith(page(event, request));
      return;
    case 'asset':
    case 'boundaries':
      event.respondWith(cacheFirst(request));
      return;
    case 'release':
    case 'data':
      event.respondWith(staleWhileRevalidate(event, strategy));
      return;
    default:
      return; // the browser's own handling
  }
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  const source = event.source as Client | null;
  if (data?.type === 'ml:hello' && source) {
    if (replacedFor.has(source.id)) source.postMessage({ type: 'ml:release-replaced' });
  } else if (data?.type === 'ml:warm' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((url): url is string => typeof url === 'string');
    event.waitUntil(warm(urls).then(() => source?.postMessage({ type: 'ml:warmed' })));
  }
});

async function page(event: FetchEvent, request: Request): Promise<Response> {
  const cache = await caches.open(names.shell);
  const cached = await cache.match(PAGE_KEY, { ignoreVary: true });
  const fresh = fetch(request, { cache: 'no-cache' }).then(async (response) => {
    await cachePage(cache, response);
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => undefined)); // offline or a server error: the cached page stays
  return cached;
}

/** Keeps the app's page (one copy: every link is the same page with another query), as a return visit gets it. */
async function cachePage(cache: Cache, response: Response | null): Promise<void> {
  if (response?.ok && response.type === 'basic' && (response.headers.get('Content-Type') ?? '').includes('text/html')) {
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    headers.delete('Content-Encoding'); // the text is decoded
    const html = pageForReturn(await response.clone().text());
    await cache.put(PAGE_KEY, new Response(html, { status: response.status, statusText: response.statusText, headers }));
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(names.shell);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event: FetchEvent, strategy: 'release' | 'data'): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(names.data);
  const cached = await cache.match(request.url, { ignoreVary: true });
  const revalidate = () => (strategy === 'release' ? revalidateRelease(request.url, event.clientId) : revalidateData(request.url, event.clientId));
  if (cached) {
    // A data file's check waits until the page has drawn what it answers: a page drawing a view
    // asks for several at once, and their checks held up its first frame (issue #20).
    const checked = strategy === 'data' ? later(DATA_CHECK_DELAY_MS).then(revalidate) : revalidate();
    event.waitUntil(checked.catch(() => undefined));
    return cached;
  }
  const response = await revalidate();
  return response ?? fetch(request);
}

/** The file a data URL is, for release files. */
function releaseFileOf(url: string): ReleaseFile | null {
  if (url === new URL('catalog.json', scope.data).href) return 'catalog.json';
  if (url === new URL('manifest.json', scope.data).href) return 'manifest.json';
  return null;
}

async function readRecord(cache: Cache): Promise<ReleaseRecord> {
  const stored = await cache.match(RECORD_KEY);
  return stored ? ((await stored.json()) as ReleaseRecord) : {};
}

function recordResponse(record: ReleaseRecord): Response {
  return new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * A release file fresh from the server (`null` when it cannot be fetched): compared with the cached
 * release, the cache refreshed or replaced as a whole, the pages told of a replacement.
 */
async function revalidateRelease(url: string, clientId: string): Promise<Response | null> {
  const file = releaseFileOf(url)!;
  if (file === 'catalog.json') return (await catalogCheck(clientId))?.clone() ?? null;
  return fetchRelease(file, url, clientId);
}

/** The catalog revalidated once per page load (shared by the catalog's request and the data's). */
function catalogCheck(clientId: string): Promise<Response | null> {
  if (!releaseCheck || Date.now() - releaseCheck.at > CHECK_MAX_AGE_MS) {
    const done = fetchRelease('catalog.json', new URL('catalog.json', scope.data).href, clientId).catch(() => null);
    releaseCheck = { at: Date.now(), done };
  }
  return releaseCheck.done;
}

async function fetchRelease(file: ReleaseFile, url: string, clientId: string): Promise<Response | null> {
  const started = generation;
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin', mode: 'cors' });
  if (!response.ok) return response; // passed on uncached, as the server said it
  const body = await response.clone().text();
  const id = releaseIdOf(file, body);
  if (id === null) return response;
  await serially(async () => {
    if (started !== generation) return; // the data was replaced meanwhile: this answer may be the older release's
    let cache = await caches.open(names.data);
    const record = await readRecord(cache);
    if (compareRelease(record, file, id) === 'changed') {
      generation++;
      await caches.delete(names.data);
      cache = await caches.open(names.data);
      await tellReplaced(clientId);
    }
    await cache.put(url, response.clone());
    await cache.put(RECORD_KEY, recordResponse(nextRecord(record, file, id)));
  });
  return response;
}

/** The release record is read, compared and written by one release file at a time. */
let queue: Promise<unknown> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** A data file fresh from the server, cached once the catalog says the release is still the cached one. */
async function revalidateData(url: string, clientId: string): Promise<Response | null> {
  const started = generation;
  const [response] = await Promise.all([fetch(url, { cache: 'no-cache', credentials: 'same-origin', mode: 'cors' }), catalogCheck(clientId)]);
  if (response.ok) {
    await serially(async () => {
      if (started === generation) await (await caches.open(names.data)).put(url, response.clone());
    });
  }
  return response;
}

async function tellReplaced(clientId: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (clientId) replacedFor.add(clientId);
  for (const client of windows) {
    replacedFor.add(client.id);
    client.postMessage({ type: 'ml:release-replaced' });
  }
}

/** What the page loaded before this worker controlled it (data, boundaries), cached as if it had asked now. */
async function warm(urls: string[]): Promise<void> {
  const ordered = [...urls].sort((a, b) => Number(releaseFileOf(b) !== null) - Number(releaseFileOf(a) !== null)); // the catalog first
  for (const url of ordered) {
    const strategy = strategyFor({ url, method: 'GET', mode: 'cors' }, scope);
    try {
      if (strategy === 'release' || strategy === 'data') {
        const cache = await caches.open(names.data);
        if (await cache.match(url, { ignoreVary: true })) continue;
        const response = strategy === 'release' ? await revalidateRelease(url, '') : await revalidateData(url, '');
        await response?.body?.cancel();
      } else if (strategy === 'boundaries' || strategy === 'asset') {
        const response = await cacheFirst(new Request(url));
        await response.body?.cancel();
      }
    } catch {
      // offline or gone: cached when the page asks again
    }
  }
}
