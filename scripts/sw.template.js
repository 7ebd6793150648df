// tierup's service worker. scripts/post-build.mjs fills in the version and the precache list
// (every file of the release build, by its hashed name); nothing here is hand-listed.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `tierup-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// A new version drops every older tierup cache, then takes over open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tierup-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

// Pages come from the network when it answers (so a new release shows), else from the cache.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const hit = (await cache.match(request, { ignoreSearch: true })) || (await cache.match('./'));
    if (hit) return hit;
    throw offline;
  }
}
