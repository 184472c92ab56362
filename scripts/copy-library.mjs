// After `electron-vite build`: the browser edition fetches the bundled library from
// out/renderer/library, the same files the Electron app reads from resources/library.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';

const source = join(root, 'resources', 'library');
const target = join(root, 'out', 'renderer', 'library');
// Start clean, so a document removed from the library does not linger in the build.
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
console.log(`Copied the library to ${target}`);
