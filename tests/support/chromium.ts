import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import chromiumFlags from '../../scripts/chromium-args.json';

/** Debian's Chromium (never a Playwright-downloaded browser: downloads fail here). */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium is not installed: run `apt-get install -y chromium` (npm test does this when root).',
    );
  }
}

export const CHROMIUM_ARGS: string[] = chromiumFlags.args;
