import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { card, paintedTexts, selectPhrase } from './annotations-helpers';
import { expect, openReader, test } from './fixtures';

// Other specs may block service workers (page.route cannot see what a worker answers); this one needs it.
test.use({ serviceWorkers: 'allow' });

const TITLE = 'ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟';
const PHRASE = 'الزعيم الصيني نظيره الكازاخستاني';

/** Waits until the offline worker has precached the app and controls the page. */
async function waitForOfflineWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The reader as the app (not only the prerendered page) shows it: the bundled article, in its own font. */
async function expectReaderWorking(page: Page): Promise<void> {
  await expect(page.locator('article[data-reader-article] h1')).toHaveText(TITLE);
  await expect(page.locator('article[data-reader-article] [data-block-id="p-1"]')).toContainText(PHRASE);
  const naskhLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (face) => face.family.includes('Noto Naskh Arabic') && face.status === 'loaded',
    );
  });
  expect(naskhLoaded).toBe(true);
}

test('after one online visit, the browser edition reloads, reads and keeps highlights with the network off', async ({
  page,
  context,
  foreignRequests,
}) => {
  await openReader(page);
  await waitForOfflineWorker(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expectReaderWorking(page);

  await selectPhrase(page, 'p-1', PHRASE);
  await page.getByRole('button', { name: 'ظلّل بالأخضر' }).click();
  await expect(card(page, PHRASE)).toBeVisible();
  await expect.poll(() => paintedTexts(page, 'green')).toEqual([PHRASE]);

  await page.reload();
  await expectReaderWorking(page);
  await expect(card(page, PHRASE)).toBeVisible();
  await expect.poll(() => paintedTexts(page, 'green')).toEqual([PHRASE]);

  // A new tab opened with the network still off: the worker answers its first request too.
  const second = await context.newPage();
  const opened = await second.goto('./');
  expect(opened?.fromServiceWorker()).toBe(true);
  await expectReaderWorking(second);
  await expect(card(second, PHRASE)).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('the web app manifest is served, valid, and allowed by the page’s policy', async ({ page, request }) => {
  const index = await request.get('./');
  const policy = index.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("worker-src 'self'");
  expect(policy).toContain("manifest-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);

  await openReader(page);
  const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  const manifest = JSON.parse(await response.text()) as Record<string, unknown> & {
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({
    short_name: 'هامش',
    lang: 'ar',
    dir: 'rtl',
    start_url: './',
    display: 'standalone',
  });
  expect(manifest.name).toEqual(expect.stringMatching(/هامش.*Hamish|Hamish.*هامش/));
  expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const image = await request.get(new URL(icon.src, href).href);
    expect(image.ok()).toBe(true);
    expect(image.headers()['content-type']).toBe(icon.type);
  }
});

/** The build as served, copied to a folder of its own so a test can publish new builds over it (CommonJS here: no import.meta). */
const BUILT = join(__dirname, '../../out/renderer');
const WORKER_TEMPLATE = join(__dirname, '../../src/renderer/service-worker.js');

/** Publishes build `n`: index.html marked with it, and sw.js rewritten as the build step writes it. */
async function publishBuild(dir: string, n: number): Promise<string> {
  const { writeServiceWorker } = await import('../../scripts/service-worker-build.mjs');
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8').replace(
    /<meta name="hamish-test-build"[^>]*>|(?=<\/head>)/,
    `<meta name="hamish-test-build" content="${n}">`,
  );
  writeFileSync(index, html);
  return writeServiceWorker(dir, WORKER_TEMPLATE).version;
}

/** The caches, once no worker is installing or waiting and the newest has finished activating. */
function settledCacheNames(page: Page): Promise<string[] | null> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const settled =
      registration &&
      !registration.installing &&
      !registration.waiting &&
      registration.active?.state === 'activated';
    return settled ? caches.keys() : null;
  });
}

const buildShown = (page: Page) => page.locator('meta[name="hamish-test-build"]').getAttribute('content');

test('a new build’s worker takes over on the next load, and keeps only the cache before its own', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'hamish-builds-'));
  let server: Server | undefined;
  try {
    cpSync(BUILT, dir, { recursive: true });
    const { startStaticServer } = await import('../../scripts/static-server.mjs');
    const first = await publishBuild(dir, 1);
    let url: string;
    ({ server, url } = await startStaticServer({ root: dir, port: 0 }));
    await page.goto(url);
    await expect(page.locator('article[data-reader-article] h1')).toHaveText(TITLE);
    await waitForOfflineWorker(page);
    await expect.poll(() => settledCacheNames(page)).toEqual([`hamish:/:${first}`]);

    let previous = first;
    for (const n of [2, 3]) {
      const version = await publishBuild(dir, n);
      // This load still runs the build it was cached with; the browser looks for a new worker a moment
      // after it (seconds, in Chromium), and the new worker precaches the new build and takes over.
      await page.reload();
      expect(await buildShown(page)).toBe(String(n - 1));
      await expect
        .poll(() => settledCacheNames(page), { timeout: 30_000 })
        .toEqual([`hamish:/:${previous}`, `hamish:/:${version}`]);
      await page.reload();
      expect(await buildShown(page)).toBe(String(n));
      await expect(page.locator('article[data-reader-article] h1')).toHaveText(TITLE);
      previous = version;
    }

    await page.context().setOffline(true);
    await page.reload();
    expect(await buildShown(page)).toBe('3');
    await expectReaderWorking(page);
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
