// Retires the refund estimator's service worker: serve this file as sw.js
// (same name, same place) and each browser that installed the old one
// fetches it on its next visit (browsers always check sw.js against the
// network), deletes this deployment's caches, unregisters, and reloads the
// pages the old worker controlled, once, from the network. Other
// deployments on the same origin, with their own scope, are left alone.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // The pages the old worker controlled (they are this worker's now).
    // Only those are reloaded: a page that loads afterwards registers
    // sw.js again and gets this worker, uncontrolled; reloading it too
    // would reload it for ever.
    const open = await self.clients.matchAll({ type: 'window' });
    const prefix = `refund-estimator:${self.registration.scope}:`;
    for (const key of await caches.keys()) {
      if (key.startsWith(prefix)) await caches.delete(key);
    }
    await self.registration.unregister();
    for (const client of open) {
      client.navigate(client.url).catch(() => {});
    }
  })());
});
