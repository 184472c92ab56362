// `npm start`: build, then open the desktop app, or the browser edition when Electron is missing.
import { spawn } from 'node:child_process';
import { ensureDependencies, root, run } from './ensure-setup.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { WEB_EDITION_PORT } from './static-server.mjs';

ensureDependencies();
if (run('npm', ['run', 'build'], { shell: process.platform === 'win32' }) !== 0) process.exit(1);

const { executablePath } = findElectronBinary();
const [command, args, env] = executablePath
  ? // package.json "main" points Electron at out/main/index.js.
    [executablePath, ['.'], withoutRunAsNode(process.env)]
  : [process.execPath, ['scripts/serve-web.mjs'], process.env];

if (!executablePath) {
  console.log(
    'The Electron binary is not installed on this machine (it cannot be downloaded here); ' +
      `starting the browser edition instead at http://127.0.0.1:${WEB_EDITION_PORT}/`,
  );
}

const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

/** Electron started with ELECTRON_RUN_AS_NODE behaves as plain Node and opens no window. */
function withoutRunAsNode(environment) {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = environment;
  return rest;
}
