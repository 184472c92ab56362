// Shared by `npm start` and `npm test`: a fresh clone needs nothing but Node 20 and these commands.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** Installs the locked dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  if (isInstalled(root)) return;
  console.log('Installing dependencies (npm ci)…');
  if (!installLocked(root)) process.exit(1);
}

/** The libraries the benchmarks compare against: bench/package.json, kept out of the app's install. */
export function ensureBenchPeers() {
  const bench = `${root}bench/`;
  if (isInstalled(bench)) return;
  console.log('Installing the libraries the benchmarks compare against (npm ci in bench/)…');
  console.log(
    'npm will warn EBADENGINE for @apache-annotator/dom and @apache-annotator/selector: their last release, 0.2.0, declares Node 16 at most but runs on current Node, and the anchoring benchmark checks every answer they give.',
  );
  if (!installLocked(bench)) {
    console.error(
      'The benchmarks’ peers did not install (npm ci in bench/ failed, see above); type-checking and the benchmarks need them: check that the npm registry is reachable and run the command again.',
    );
    process.exit(1);
  }
}

function isInstalled(folder) {
  const installed = `${folder}node_modules/.package-lock.json`;
  return (
    existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${folder}package-lock.json`).mtimeMs
  );
}

function installLocked(folder) {
  return run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder }) === 0;
}

export function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Debian's Chromium drives the browser-edition tests; as root we can install it ourselves. */
export function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'Chromium is missing: run `sudo apt-get install -y chromium`, then run this command again.',
    );
    process.exit(1);
  }
  console.log('Installing Debian Chromium for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0
  ) {
    console.error('Could not install Chromium with apt-get.');
    process.exit(1);
  }
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
