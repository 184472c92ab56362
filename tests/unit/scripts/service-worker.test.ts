// The worker the build writes (src/renderer/service-worker.js with its precache list), run in a VM
// context with an in-memory Cache Storage and network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../../scripts/service-worker-build.mjs';

const TEMPLATE = readFileSync(join(import.meta.dirname, '../../../src/renderer/service-worker.js'), 'utf8');
const SCOPE = 'https://school.example/hamish/';
const PRECACHE = {
  version: 'v2',
  files: [
    './index.html',
    './assets/index-new.js',
    './library/index.json',
    `./library/${encodeURIComponent('نص')}.txt`,
  ],
};
const CACHE = 'hamish:/hamish/:v2';
const NETWORK: Record<string, string> = {
  'index.html': '<html>new</html>',
  'assets/index-new.js': 'new chunk',
  'library/index.json': '["article"]',
  [`library/${encodeURIComponent('نص')}.txt`]: 'نص المقالة',
};

type Key = string | { url: string };
const urlOf = (key: Key) => (typeof key === 'string' ? key : key.url);

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async put(key: Key, response: Response) {
    this.entries.set(urlOf(key), response);
  }
  /** A copy, as a browser's cache gives, that keeps the stored response's `redirected` flag. */
  async match(key: Key) {
    const stored = this.entries.get(urlOf(key));
    const copy = stored?.clone();
    if (stored?.redirected) Object.defineProperty(copy, 'redirected', { value: true });
    return copy;
  }
}

class MemoryCacheStorage {
  readonly byName = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.byName.has(name)) this.byName.set(name, new MemoryCache());
    return this.byName.get(name)!;
  }
  async keys() {
    return [...this.byName.keys()];
  }
  async delete(name: string) {
    return this.byName.delete(name);
  }
  async match(key: Key, { cacheName }: { cacheName: string }) {
    return this.byName.get(cacheName)?.match(key);
  }
}

interface FakeRequest {
  url: string;
  method?: string;
  mode?: string;
}

/**
 * Loads the worker over `caches`, with a network serving `files` (paths under the scope) until `offline`;
 * the `redirected` ones arrive as a server's redirect leaves them.
 */
function startWorker(
  caches = new MemoryCacheStorage(),
  files: Record<string, string> = NETWORK,
  redirected: string[] = [],
) {
  const listeners = new Map<string, (event: object) => void>();
  const state = {
    offline: false,
    skipWaiting: 0,
    claim: 0,
    fetched: [] as { url: string; cache?: string }[],
  };
  const network = async (request: Request | FakeRequest) => {
    state.fetched.push({ url: request.url, cache: 'cache' in request ? request.cache : undefined });
    if (state.offline) throw new TypeError('Failed to fetch');
    const path = request.url.startsWith(SCOPE) ? request.url.slice(SCOPE.length) : '';
    const body = files[path];
    if (body === undefined) return new Response('missing', { status: 404 });
    const response = new Response(body);
    if (redirected.includes(path)) Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };
  const self = {
    location: { href: `${SCOPE}sw.js` },
    addEventListener: (type: string, listener: (event: object) => void) => listeners.set(type, listener),
    skipWaiting: async () => void state.skipWaiting++,
    clients: { claim: async () => void state.claim++ },
  };
  runInNewContext(serviceWorkerSource(TEMPLATE, PRECACHE), {
    self,
    caches,
    fetch: network,
    Request,
    Response,
    URL,
  });

  async function lifecycle(type: 'install' | 'activate') {
    let work: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => (work = promise) });
    await work;
  }
  /** The worker's answer, or undefined when it leaves the request to the network. */
  async function request(url: string, { method = 'GET', mode = 'cors' } = {}) {
    let answer: Promise<Response> | undefined;
    listeners.get('fetch')!({
      request: { url, method, mode },
      respondWith: (promise: Promise<Response>) => (answer = promise),
    });
    return answer && (await answer).text();
  }
  return {
    caches,
    state,
    install: () => lifecycle('install'),
    activate: () => lifecycle('activate'),
    request,
  };
}

describe('installing', () => {
  it('fetches every listed file past the HTTP cache into a cache named for this build, then takes over', async () => {
    const worker = startWorker();
    await worker.install();
    expect(worker.state.fetched).toEqual(
      PRECACHE.files.map((file) => ({ url: new URL(file, SCOPE).href, cache: 'reload' })),
    );
    expect([...worker.caches.byName.keys()]).toEqual([CACHE]);
    expect([...worker.caches.byName.get(CACHE)!.entries.keys()]).toEqual(
      PRECACHE.files.map((file) => new URL(file, SCOPE).href),
    );
    expect(worker.state.skipWaiting).toBe(1);
  });

  it('fails whole when one file is missing: no half-filled cache, no takeover', async () => {
    const { 'library/index.json': _missing, ...partial } = NETWORK;
    const worker = startWorker(new MemoryCacheStorage(), partial);
    await expect(worker.install()).rejects.toThrow(/library\/index\.json.*404/);
    expect(worker.caches.byName.has(CACHE)).toBe(false);
    expect(worker.state.skipWaiting).toBe(0);
  });

  it('stores a redirected index.html as a plain response, which a navigation accepts', async () => {
    const worker = startWorker(new MemoryCacheStorage(), NETWORK, ['index.html']);
    await worker.install();
    const stored = await worker.caches.match(`${SCOPE}index.html`, { cacheName: CACHE });
    expect(stored?.redirected).toBe(false);
    expect(await stored?.text()).toBe(NETWORK['index.html']);
    expect((await worker.caches.match(`${SCOPE}library/index.json`, { cacheName: CACHE }))?.redirected).toBe(
      false,
    );
  });
});

describe('activating', () => {
  it('deletes this scope’s older caches but the newest before it, leaves other scopes alone, and claims open pages', async () => {
    const caches = new MemoryCacheStorage();
    for (const name of ['hamish:/other/:x', 'hamish:/hamish/:v0', 'hamish:/hamish/:v1', 'unrelated'])
      await caches.open(name);
    const worker = startWorker(caches);
    await worker.install();
    await worker.activate();
    expect(await caches.keys()).toEqual(['hamish:/other/:x', 'hamish:/hamish/:v1', 'unrelated', CACHE]);
    expect(worker.state.claim).toBe(1);
  });
});

describe('answering requests, offline after one visit', () => {
  async function installedOffline() {
    const caches = new MemoryCacheStorage();
    await (
      await caches.open('hamish:/hamish/:v1')
    ).put(`${SCOPE}assets/index-old.js`, new Response('old chunk'));
    const worker = startWorker(caches);
    await worker.install();
    await worker.activate();
    worker.state.offline = true;
    return worker;
  }

  it.each([
    ['the app’s address', SCOPE, 'navigate', '<html>new</html>'],
    ['the app’s address with a query', `${SCOPE}?from=lms`, 'navigate', '<html>new</html>'],
    ['index.html by name', `${SCOPE}index.html`, 'navigate', '<html>new</html>'],
    ['a page the app does not have', `${SCOPE}elsewhere.html`, 'navigate', undefined],
    ['a built chunk', `${SCOPE}assets/index-new.js`, 'cors', 'new chunk'],
    ['a library file', `${SCOPE}library/index.json`, 'cors', '["article"]'],
    [
      'a library file with an Arabic name',
      `${SCOPE}library/${encodeURIComponent('نص')}.txt`,
      'cors',
      'نص المقالة',
    ],
    [
      'the previous build’s chunk, for a tab still running it',
      `${SCOPE}assets/index-old.js`,
      'cors',
      'old chunk',
    ],
    ['a built file with a query', `${SCOPE}library/index.json?fresh=1`, 'cors', undefined],
    ['an unlisted file outside assets/', `${SCOPE}notes.json`, 'cors', undefined],
    ['another origin', 'https://cdn.example/hamish/assets/index-new.js', 'no-cors', undefined],
    ['another origin, as a page', 'https://cdn.example/', 'navigate', undefined],
  ])('%s', async (_, url, mode, expected) => {
    const worker = await installedOffline();
    expect(await worker.request(url, { mode })).toBe(expected);
  });

  it('leaves anything but GET to the network', async () => {
    const worker = await installedOffline();
    expect(await worker.request(`${SCOPE}library/index.json`, { method: 'POST' })).toBeUndefined();
  });

  it('serves the cached copy first, without asking the network', async () => {
    const files = { ...NETWORK };
    const worker = startWorker(new MemoryCacheStorage(), files);
    await worker.install();
    files['library/index.json'] = '["changed"]';
    const fetchedBefore = worker.state.fetched.length;
    expect(await worker.request(`${SCOPE}library/index.json`)).toBe('["article"]');
    expect(worker.state.fetched).toHaveLength(fetchedBefore);
  });

  it('goes to the network when the browser has evicted the cache, and stores nothing it fetched so', async () => {
    const worker = startWorker();
    await worker.install();
    await worker.activate();
    await worker.caches.delete(CACHE);
    expect(await worker.request(`${SCOPE}assets/index-new.js`)).toBe('new chunk');
    expect(await worker.request(`${SCOPE}assets/ExportDialog-x.js`)).toBe('missing');
    expect(await worker.caches.keys()).toEqual([]);
  });
});
