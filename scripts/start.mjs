// `npm start`: build, then open the desktop app, or the browser edition when Electron is missing.
import { spawn } from 'node:child_process';
import { ensureDependencies, root, run } from './ensure-setup.mjs';
import { browserEditionNotice, findElectronBinary } from './electron-binary.mjs';
import { stopWithLauncher } from './stop-with-launcher.mjs';

ensureDependencies();
if (run('npm', ['run', 'build'], { shell: process.platform === 'win32' }) !== 0) process.exit(1);

const { executablePath, reason } = findElectronBinary();
const [command, args, env] = executablePath
  ? // package.json "main" points Electron at out/main/index.js.
    [executablePath, ['.'], withoutRunAsNode(process.env)]
  : [process.execPath, ['scripts/serve-web.mjs', '--open'], process.env];

if (!executablePath) console.log(browserEditionNotice(reason));

const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
stopWithLauncher(() => child.kill('SIGTERM'));

/** Electron started with ELECTRON_RUN_AS_NODE behaves as plain Node and opens no window. */
function withoutRunAsNode(environment) {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = environment;
  return rest;
}
