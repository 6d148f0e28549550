// Service worker: the site works with the network off after one visit, and
// a new deployment reaches the page on its very next load. The build fills
// in VERSION (a hash of every file) and ASSETS (the files to keep).
//
// - Caches are named per deployment: the worker's scope (the site's folder)
//   and the build. Another deployment on the same origin has its own and is
//   never touched; a new build of this one replaces the old cache.
// - Installing it copies what the estimator's page needs offline (ASSETS).
//   Files with a content hash in their name are taken from the HTTP cache
//   where this visit already fetched them (a hashed name never changes
//   content, so no copy can be stale); the others from the network
//   (`cache: 'reload'`). Every other file of the site (Verify, the builder,
//   the embed's files) joins the cache the first time it is fetched online.
// - Pages and files whose names do not change (index.html, embed.js, ...)
//   are fetched from the network first; the cache answers only offline.
//   Files with a content hash in their name never change: cache first.
// - To retire it, serve sw-retire.js as sw.js (README: Offline).
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const PREFIX = `refund-estimator:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.(js|wasm|css|svg)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, {
        cache: HASHED.test(new URL(url, self.registration.scope).pathname) ? 'force-cache' : 'reload',
      }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // "Start again" and a widget's fresh instance add a query: the same file.
    const cached = () => cache.match(request, { ignoreSearch: true });
    // Kept for offline use once fetched: a whole, plain answer of this site.
    const keep = (response) => {
      if (response.ok && response.type === 'basic' && !url.searchParams.size) {
        cache.put(request, response.clone()).catch(() => {});
      }
      return response;
    };
    if (HASHED.test(url.pathname)) {
      return (await cached()) ?? keep(await fetch(request));
    }
    try {
      return keep(await fetch(request));
    } catch (error) {
      const hit = await cached();
      if (hit) return hit;
      if (request.mode === 'navigate') {
        // An address of this site not kept offline: the estimator's page,
        // at its own address (its files are relative to it; served at a
        // deeper path they would be looked for in the wrong folder).
        const scope = new URL(self.registration.scope);
        if (url.pathname === scope.pathname) return (await cache.match('./')) ?? Response.error();
        return Response.redirect(scope.href, 302);
      }
      throw error;
    }
  })());
});
