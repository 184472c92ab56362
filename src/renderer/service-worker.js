// The browser edition's service worker (docs/architecture.md, "Browser edition offline"). The build copies
// it to out/renderer/sw.js with the precache list written in (scripts/service-worker-build.mjs): every
// built file, cached whole on install, served from the cache first. Nothing cross-origin is touched.
const PRECACHE = /* precache */ { version: 'development', files: [] };

const SCOPE = new URL('./', self.location.href);
// Caches belong to the origin, not the scope: the scope in the name keeps two copies on one host apart.
const CACHE_PREFIX = `hamish:${SCOPE.pathname}:`;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.version;
const PRECACHED = new Set(PRECACHE.files.map((file) => new URL(file, SCOPE).href));
const INDEX_HTML = new URL('index.html', SCOPE).href;
const ASSETS = new URL('assets/', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin) return;
  const href = url.href.split(/[?#]/)[0];
  if (request.mode === 'navigate') {
    if (href === SCOPE.href || href === INDEX_HTML) event.respondWith(cacheFirst(INDEX_HTML, request));
    return;
  }
  // The built files are asked for without a query: a request with one is left to the network.
  if (url.search) return;
  if (PRECACHED.has(href)) event.respondWith(cacheFirst(href, request));
  // A tab still running the previous build asks for its own chunks, which only the kept cache holds.
  else if (href.startsWith(ASSETS)) event.respondWith(fromAnyCacheOrNetwork(request));
});

/** All or nothing: one failed file fails the install, and the worker already installed stays in charge. */
async function precache() {
  try {
    await fillCache();
  } catch (error) {
    await caches.delete(CACHE_NAME);
    throw error;
  }
}

async function fillCache() {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    [...PRECACHED].map(async (href) => {
      const response = await fetch(new Request(href, { cache: 'reload' }));
      if (!response.ok) throw new Error(`Precaching ${href} failed: HTTP ${response.status}`);
      await cache.put(href, await withoutRedirect(response));
    }),
  );
}

/** A redirected response cannot answer a navigation: keep its body and headers, drop the redirect. */
async function withoutRedirect(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/** Deletes this scope's older caches, keeping the newest one before ours: tabs opened on it still need its chunks. */
async function removeOldCaches() {
  const ours = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  const others = ours.filter((name) => name !== CACHE_NAME);
  // keys() lists caches in the order they were created.
  const stale = others.slice(0, -1);
  await Promise.all(stale.map((name) => caches.delete(name)));
}

/** The network answers only when the browser has evicted the cache; its answer is not stored. */
async function cacheFirst(href, request) {
  return (await caches.match(href, { cacheName: CACHE_NAME })) ?? fetch(request);
}

async function fromAnyCacheOrNetwork(request) {
  for (const cacheName of (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX))) {
    const cached = await caches.match(request, { cacheName });
    if (cached) return cached;
  }
  return fetch(request);
}
