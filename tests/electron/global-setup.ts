import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadElectronBinary } from './electron-binary';

/** Runs once: says plainly why the suite is skipped, or builds the app the suite launches. */
export default async function globalSetup(): Promise<void> {
  const { executablePath, reason } = await loadElectronBinary();
  if (!executablePath) {
    console.log(`Skipping the Electron tests: Electron binary not installed: ${reason}.`);
    return;
  }
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: resolve(__dirname, '../..'),
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0)
    throw new Error('`npm run build` failed; the Electron tests need out/main/index.js.');
}
