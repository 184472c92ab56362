// `npm run bench [page…]`: runs bench/pages/*.ts in Debian Chromium (scripts/bench-runner.mjs), writes
// bench-results/results.json and regenerates docs/benchmarks.md from it. On a fresh clone it installs the
// dependencies, the peers it compares against (bench/package.json), Chromium and the app build first. Exits 1
// when a page failed or missed a target.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchArgs, benchUsage } from './bench-args.mjs';
import { ensureBenchPeers, ensureChromium, ensureDependencies, root, run } from './ensure-setup.mjs';

/** Pages that load the built browser edition from /app/ rather than bundling what they measure. */
const NEEDS_APP_BUILD = new Set(['first-paint', 'reading-controls']);

const available = readdirSync(join(root, 'bench/pages'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const args = parseBenchArgs(process.argv.slice(2), available);
if (args.error) {
  console.error(args.error);
  process.exit(2);
}
if (args.help) {
  console.log(benchUsage(available));
  process.exit(0);
}

ensureDependencies();
ensureBenchPeers();
ensureChromium();
if (args.pages.some((page) => NEEDS_APP_BUILD.has(page))) ensureAppBuild();

const { runBenches } = await import('./bench-runner.mjs');
process.exit(await runBenches(args.pages));

/** Builds the app when out/renderer is missing or older than its sources; a failed build fails only its pages. */
function ensureAppBuild() {
  const built = join(root, 'out/renderer/index.html');
  const newestSource = Math.max(
    ...['src', 'resources', 'electron.vite.config.ts'].map((p) => newest(join(root, p))),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  console.log(existsSync(built) ? 'The app build is older than its sources: building…' : 'Building the app…');
  if (run('npm', ['run', '--silent', 'build']) !== 0) {
    console.error(`The app did not build: ${[...NEEDS_APP_BUILD].join(', ')} will fail.`);
  }
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}
