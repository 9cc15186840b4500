// The service worker of a build made with VITE_SERVICE_WORKER=off (vite.config.ts emits it as sw.js):
// the app registers none, and a browser that installed an earlier deploy's worker finds this one at
// its next update check, which deletes this scope's caches and unregisters itself.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const prefix = `migration-lens:${self.registration.scope}:`;
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  );
});
