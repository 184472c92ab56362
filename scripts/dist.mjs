// `npm run dist`: the installers for this OS (build/electron-builder.config.mjs) into dist/. It needs a
// machine that can fetch Electron; where it cannot, it stops at once and says why in one sentence.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDependencies, readJson, root, run } from './ensure-setup.mjs';
import {
  debMetadata,
  electronUnreachable,
  electronZipUrl,
  packagingBlocker,
  withDebMetadata,
} from './dist-preflight.mjs';

const stop = (sentence) => {
  console.error(sentence);
  process.exit(1);
};

/** One git setting or the origin's URL, or undefined outside a clone or without git. */
const gitValue = (...args) => {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
};

const deb = debMetadata({
  packageJson: readJson(join(root, 'package.json')),
  env: process.env,
  git: {
    name: gitValue('config', 'user.name'),
    email: gitValue('config', 'user.email'),
    origin: gitValue('remote', 'get-url', 'origin'),
  },
});
const blocker = packagingBlocker({ nodeVersion: process.versions.node, platform: process.platform, deb });
if (blocker) stop(blocker);

ensureDependencies();
const { version } = readJson(join(root, 'node_modules', 'electron', 'package.json'));
const unreachable = await electronUnreachable(
  electronZipUrl({
    version,
    platform: process.platform,
    arch: process.arch,
    mirror: process.env.ELECTRON_MIRROR,
  }),
);
if (unreachable) stop(unreachable);

if (run('npm', ['run', 'build'], { shell: process.platform === 'win32' }) !== 0) process.exit(1);
const { default: config } = await import(
  pathToFileURL(join(root, 'build', 'electron-builder.config.mjs')).href
);
const { build } = await import('electron-builder');
try {
  await build({ publish: 'never', config: withDebMetadata(config, deb) });
} catch (error) {
  stop(`electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
}
