// Finds the Electron executable by looking at files only: `require('electron')` would try to
// download it (Electron 45) and fail on a machine without internet.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The electron package's own downloader (its `install-electron` bin); @electron/get 5 needs Node 22.12. */
const HOW_TO_INSTALL = '`npx install-electron` downloads it, with internet and Node 22.12 or later';

/**
 * @returns {{ executablePath: string, reason: null } | { executablePath: null, reason: string }}
 */
export function findElectronBinary({ root = repoRoot, env = process.env } = {}) {
  if (env.ELECTRON_EXEC_PATH) {
    return existing(
      env.ELECTRON_EXEC_PATH,
      `ELECTRON_EXEC_PATH points to ${env.ELECTRON_EXEC_PATH}, which does not exist`,
    );
  }
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existing(candidate, `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable at ${candidate}`);
  }
  // No path.txt: the download never ran (Electron 45 has no postinstall, so `npm ci` never runs it).
  if (!relative) return missing(`Electron's binary is not installed (${HOW_TO_INSTALL})`);
  const candidate = join(packageDir, 'dist', relative);
  return existing(candidate, `Electron's binary is missing from ${candidate} (${HOW_TO_INSTALL})`);
}

/** What `npm start` says, in one sentence, before it falls back to the browser edition. */
export function browserEditionNotice(reason) {
  return `${reason}, so Hamish starts as the browser edition instead.`;
}

function existing(path, reason) {
  return existsSync(path) ? { executablePath: path, reason: null } : missing(reason);
}

function missing(reason) {
  return { executablePath: null, reason };
}
