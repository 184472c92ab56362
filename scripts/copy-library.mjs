// After `electron-vite build`: the browser edition fetches the bundled library from
// out/renderer/library, the same files the Electron app reads from resources/library. Then, with every
// file in place, the service worker that keeps the browser edition working offline is written.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';
import { writeServiceWorker } from './service-worker-build.mjs';

const renderer = join(root, 'out', 'renderer');
const source = join(root, 'resources', 'library');
const target = join(renderer, 'library');
// Start clean, so a document removed from the library does not linger in the build.
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
console.log(`Copied the library to ${target}`);

const precache = writeServiceWorker(renderer, join(root, 'src', 'renderer', 'service-worker.js'));
console.log(`Wrote the service worker: ${precache.files.length} files to precache (${precache.version})`);
