import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { APP_ORIGIN, IPC_CHANNELS, type ReaderPlatform } from '../../src/shared/platform/platform-contract';
import { loadElectronBinary } from './electron-binary';

const repoRoot = resolve(__dirname, '../..');
const manifest = JSON.parse(
  readFileSync(join(repoRoot, 'resources/library/china-interests-kazakhstan-2022.json'), 'utf8'),
) as { id: string; title: string };

/** The preload's global, typed here because this project's Node tsconfig has no renderer types. */
type BridgedWindow = { hamish?: ReaderPlatform };

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  const { executablePath, reason } = await loadElectronBinary();
  test.skip(!executablePath, `Electron binary not installed: ${reason}`);
  userData = mkdtempSync(join(tmpdir(), 'hamish-electron-test-'));
  // Never the dev server, never Electron-as-Node: the built app, as a reader would start it.
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
  );
  const env = { ...Object.fromEntries(inherited), HAMISH_USER_DATA_DIR: userData };
  app = await electron.launch({ executablePath: executablePath!, args: [repoRoot], env, cwd: repoRoot });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test.describe('the desktop app', () => {
  test('loads the reader from app://hamish, right to left, with the bundled article', async () => {
    expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
    await expect(page.locator('article[data-reader-article] h1')).toHaveText(manifest.title);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });

  test('exposes exactly the platform API, and no Node', async () => {
    const keys = await page.evaluate(() => Object.keys((window as BridgedWindow).hamish ?? {}).sort());
    expect(keys).toEqual([...Object.keys(IPC_CHANNELS), 'kind'].sort());
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('answers the bridge from the bundled library', async () => {
    const documents = await page.evaluate(() => (window as BridgedWindow).hamish!.listDocuments());
    expect(documents.map((document) => document.id)).toEqual([manifest.id]);
    const refused = await page.evaluate(() =>
      (window as BridgedWindow).hamish!.loadDocument('../../etc/passwd').then(
        () => 'loaded',
        () => 'refused',
      ),
    );
    expect(refused).toBe('refused');
  });

  test('stays on app://hamish: navigation, new windows and remote requests are blocked', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  });

  test('sends the content security policy with the page', async () => {
    const csp = await page.evaluate(() =>
      fetch('/index.html').then((response) => response.headers.get('content-security-policy')),
    );
    // Only the inline boot script and stylesheet index.html was built with, by hash.
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

/** The note's text as committed to IndexedDB in the window. */
function storedNote(target: Page, quote: string): Promise<string | undefined> {
  return target.evaluate(
    (exact) =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('hamish');
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            const found = (
              request.result as { target: { selector: [{ exact: string }] }; note: { text: string } }[]
            ).find((a) => a.target.selector[0].exact === exact);
            resolve(found?.note.text);
          };
        };
      }),
    quote,
  );
}

test.describe('nothing typed is lost in the desktop app', () => {
  const quote = 'مشروع يورانيوم كبير';

  test('a renderer killed right after a keystroke comes back with the note', async () => {
    await page.evaluate((phrase) => {
      const node = document.querySelector('article[data-reader-article] [data-block-id="p-11"]')!
        .firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(phrase));
      range.setEnd(node, node.data.indexOf(phrase) + phrase.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, quote);
    await page.locator('article[data-reader-article]').press('n');
    await expect(page.getByRole('textbox', { name: /ملاحظة على/ })).toBeFocused();
    await page.keyboard.type('قبل الانهيار');
    // Killed within the note's save delay: only the journal holds the words.
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer(),
    );
    // Main reloads the crashed window; the reloaded page replays the journal.
    await expect
      .poll(async () => storedNote(app.windows()[0]!, quote).catch(() => undefined), { timeout: 20_000 })
      .toBe('قبل الانهيار');
    page = app.windows()[0]!;
  });

  test('closing the window waits until the last keystroke is committed', async () => {
    await page
      .locator('.annotation-card')
      .filter({ hasText: quote })
      .getByRole('button', { name: 'حرّر' })
      .click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' وبعده');
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await closed;

    const { executablePath } = await loadElectronBinary();
    const inherited = Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    );
    app = await electron.launch({
      executablePath: executablePath!,
      args: [repoRoot],
      env: { ...Object.fromEntries(inherited), HAMISH_USER_DATA_DIR: userData },
      cwd: repoRoot,
    });
    page = await app.firstWindow();
    await expect.poll(() => storedNote(page, quote), { timeout: 20_000 }).toBe('قبل الانهيار وبعده');
  });
});

test.describe('files opened from outside the app', () => {
  let running: ElectronApplication;
  let reader: Page;
  let profile: string;
  let executable: string;
  let env: Record<string, string>;

  test.beforeAll(async () => {
    const { executablePath, reason } = await loadElectronBinary();
    test.skip(!executablePath, `Electron binary not installed: ${reason}`);
    executable = executablePath!;
    profile = mkdtempSync(join(tmpdir(), 'hamish-electron-open-'));
    const inherited = Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    );
    env = { ...Object.fromEntries(inherited), HAMISH_USER_DATA_DIR: profile };
    running = await electron.launch({ executablePath: executable, args: [repoRoot], env, cwd: repoRoot });
    reader = await running.firstWindow();
    await reader.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await running?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('a file on the command line of a second launch reaches the running window, by name', async () => {
    const folder = join(profile, 'documents');
    const text = 'عنوان\n\nفقرة أولى.';
    mkdirSync(folder);
    writeFileSync(join(folder, 'مقال مستورد.txt'), text);
    await reader.evaluate(() => {
      const scope = window as BridgedWindow & { openedFiles?: Promise<unknown> };
      scope.openedFiles = new Promise((resolve) => {
        const stop = scope.hamish!.onOpenFiles((files) => {
          stop();
          resolve(
            files.map(({ name, size, bytes, error }) => ({
              name,
              size,
              error: error ?? null,
              text: new TextDecoder().decode(bytes),
            })),
          );
        });
      });
    });
    // Same profile, so the same single-instance lock: this launch hands its arguments over and quits.
    const second = spawn(executable, ['--no-sandbox', repoRoot, 'مقال مستورد.txt'], { env, cwd: folder });
    try {
      const received = await reader.evaluate(
        () => (window as { openedFiles?: Promise<unknown> }).openedFiles,
      );
      expect(received).toEqual([
        { name: 'مقال مستورد.txt', size: Buffer.byteLength(text), error: null, text },
      ]);
      expect(running.windows()).toHaveLength(1);
    } finally {
      if (second.exitCode === null) second.kill();
    }
  });
});
