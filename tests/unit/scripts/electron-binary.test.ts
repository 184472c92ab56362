import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserEditionNotice, findElectronBinary } from '../../../scripts/electron-binary.mjs';

let root: string;
const electronDir = () => join(root, 'node_modules', 'electron');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hamish-electron-'));
  mkdirSync(electronDir(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('names the command that downloads Electron when the download never ran (no path.txt)', () => {
    const found = findElectronBinary({ root, env: {} });
    expect(found.executablePath).toBeNull();
    expect(found.reason).toMatch(/^Electron's binary is not installed \(`npx install-electron` downloads it/);
  });

  it('finds dist/<path.txt> when the download ran', () => {
    writeFileSync(join(electronDir(), 'path.txt'), 'electron');
    mkdirSync(join(electronDir(), 'dist'));
    writeFileSync(join(electronDir(), 'dist', 'electron'), '');
    expect(findElectronBinary({ root, env: {} })).toEqual({
      executablePath: join(electronDir(), 'dist', 'electron'),
      reason: null,
    });
  });

  it('reports a path.txt whose executable is gone, and how to fetch it again', () => {
    writeFileSync(join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, env: {} }).reason).toMatch(
      /is missing from .*dist.electron \(`npx install-electron`/,
    );
  });

  it('prefers ELECTRON_EXEC_PATH, and says when it points nowhere', () => {
    const exe = join(root, 'my-electron');
    writeFileSync(exe, '');
    expect(findElectronBinary({ root, env: { ELECTRON_EXEC_PATH: exe } }).executablePath).toBe(exe);
    expect(findElectronBinary({ root, env: { ELECTRON_EXEC_PATH: join(root, 'nope') } }).reason).toMatch(
      /ELECTRON_EXEC_PATH/,
    );
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const dist = join(root, 'custom-dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } }).executablePath).toBe(
      join(dist, 'electron'),
    );
  });
});

describe('browserEditionNotice', () => {
  it('is one sentence: the reason, then what happens instead', () => {
    const { reason } = findElectronBinary({ root, env: {} });
    const notice = browserEditionNotice(reason!);
    expect(notice).toMatch(
      /^Electron's binary is not installed .*npx install-electron.*, so Hamish starts as the browser edition instead\.$/,
    );
    expect(notice.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
