// Retires the refund estimator's service worker: serve this file as sw.js
// (same name, same place) and each browser that installed the old one
// fetches it on its next visit (browsers always check sw.js against the
// network), deletes this deployment's caches, unregisters, and reloads the
// open pages from the network. Other deployments on the same origin, with
// their own scope, are left alone.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Take the open pages over, so they can be reloaded below.
    await self.clients.claim();
    const prefix = `refund-estimator:${self.registration.scope}:`;
    for (const key of await caches.keys()) {
      if (key.startsWith(prefix)) await caches.delete(key);
    }
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      client.navigate(client.url).catch(() => {});
    }
  })());
});
