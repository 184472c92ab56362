// `npm run dist`: the installers for this OS (build/electron-builder.config.mjs) into dist/. It needs a
// machine that can fetch Electron; where it cannot, it stops at once and says why in one sentence.
import { join } from 'node:path';
import { ensureDependencies, readJson, root, run } from './ensure-setup.mjs';
import { electronUnreachable, electronZipUrl, packagingBlocker } from './dist-preflight.mjs';

const stop = (sentence) => {
  console.error(sentence);
  process.exit(1);
};

const blocker = packagingBlocker({
  nodeVersion: process.versions.node,
  platform: process.platform,
  packageJson: readJson(join(root, 'package.json')),
});
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
const builder = join(root, 'node_modules', 'electron-builder', 'cli.js');
process.exit(
  run(process.execPath, [builder, '--config', 'build/electron-builder.config.mjs', '--publish', 'never']),
);
