// The last build step, run once the library is in out/renderer: writes sw.js, the browser edition's
// service worker (src/renderer/service-worker.js) with the list of every built file it precaches.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SERVICE_WORKER_FILE = 'sw.js';

const PRECACHE_MARKER = /\/\* precache \*\/ \{[^}]*\}/;

/**
 * Whether a built file (its path relative to out/renderer, `/`-separated) is precached: not the worker
 * itself (the browser fetches it past every cache to find updates), not source maps (only devtools ask for
 * them), not hidden files (the servers refuse them, and one refusal would fail the whole install).
 */
export function isPrecached(path) {
  if (path === SERVICE_WORKER_FILE || path.endsWith('.map')) return false;
  return !path.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * A built file's URL relative to the worker, encoded as the app encodes it when fetching (per segment);
 * the leading `./` keeps it a path on the worker's own origin, whatever the name.
 */
export function precacheUrl(path) {
  return `./${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The precache list for the built files: their URLs, sorted, and a version that changes exactly when a
 * listed file's name or content, or the worker's own source, does. It names the worker's cache, so every
 * new worker fills a cache of its own and a failed install can delete it without touching the one in use.
 */
export function precacheList(files, workerTemplate = '') {
  const kept = files.filter((file) => isPrecached(file.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  if (!kept.some((file) => file.path === 'index.html'))
    throw new Error('The build has no index.html to precache');
  const digest = createHash('sha256').update(`${workerTemplate}\0`);
  for (const { path, bytes } of kept) {
    digest.update(`${path}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  return { version: digest.digest('hex').slice(0, 16), files: kept.map((file) => precacheUrl(file.path)) };
}

/** The worker's source with `precache` written over its placeholder. */
export function serviceWorkerSource(template, precache) {
  if (!PRECACHE_MARKER.test(template))
    throw new Error('The service worker has no /* precache */ placeholder');
  return template.replace(PRECACHE_MARKER, () => JSON.stringify(precache));
}

/** Every file under `dir`, with its `/`-separated path relative to it and its bytes. */
export function builtFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ path: relative(dir, file).split(sep).join('/'), bytes: readFileSync(file) }));
}

/** Writes `<rendererDir>/sw.js` from the template, listing every file the build put in `rendererDir`. */
export function writeServiceWorker(rendererDir, templatePath) {
  const template = readFileSync(templatePath, 'utf8');
  const precache = precacheList(builtFiles(rendererDir), template);
  const source = serviceWorkerSource(template, precache);
  writeFileSync(join(rendererDir, SERVICE_WORKER_FILE), source);
  return precache;
}
