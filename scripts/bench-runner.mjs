// Bundles bench pages, serves them on 127.0.0.1 (with the built app at /app/), runs each in its own isolated
// Chromium, judges and prints what they measured, and keeps it in bench-results/results.json.
// A page defines window.hamishBench (bench/support/bench-page.ts); one that fails is reported, the rest run.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium, root } from './ensure-setup.mjs';
import { writeReport } from './bench-report.mjs';
import { mergeResults, pageStatus, tally } from './bench-results.mjs';
import { describeGroup } from './bench-verdict.mjs';

const CHROMIUM_ARGS = JSON.parse(readFileSync(join(root, 'scripts/chromium-args.json'), 'utf8')).args;
const PAGES = join(root, 'bench/pages');
const OUT = join(root, '.tmp/bench');
const RESULTS_FILE = join(root, 'bench-results/results.json');
/** A page that takes longer than this is stopped and reported as failed. */
const PAGE_TIMEOUT_MS = 10 * 60_000;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Runs the named pages; returns the exit code: 0 when every page ran and met its targets. */
export async function runBenches(names) {
  const bundleErrors = await bundle(names);
  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const pages = {};
  let browser = 'unknown';
  try {
    for (const name of names) {
      const started = Date.now();
      console.log(`\n▶ ${name}`);
      try {
        if (bundleErrors.has(name)) throw bundleErrors.get(name);
        const outcome = await runPage(baseUrl, name);
        browser = outcome.browser;
        pages[name] = {
          ranAt: new Date().toISOString(),
          seconds: (Date.now() - started) / 1000,
          ...outcome.result,
        };
        for (const group of outcome.result.groups) console.log(describeGroup(group).join('\n'));
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        pages[name] = {
          ranAt: new Date().toISOString(),
          seconds: (Date.now() - started) / 1000,
          error: message,
        };
        console.log(`  FAILED: ${message}`);
      }
      console.log(`  (${pages[name].seconds.toFixed(0)} s)`);
    }
  } finally {
    server.close();
  }

  const previous = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : null;
  const results = mergeResults(previous, { machine: describeMachine(browser), pages });
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  await writeReport(results);

  const counts = tally(pages);
  console.log(
    `\n${Object.entries(pages)
      .map(([name, page]) => `${name} ${pageStatus(page)}`)
      .join(', ')}`,
  );
  console.log(
    `${counts.PASS} passed, ${counts.MISS} missed a target, ${counts.FAIL} failed; written to bench-results/results.json and docs/benchmarks.md`,
  );
  return counts.MISS + counts.FAIL > 0 ? 1 : 0;
}

function describeMachine(browser) {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    browser,
  };
}

/** One bundle for all pages; if that fails, page by page, so one broken page fails alone. */
async function bundle(names) {
  rmSync(OUT, { recursive: true, force: true });
  const errors = new Map();
  try {
    await bundleEntries(names);
  } catch {
    for (const name of names) {
      try {
        await bundleEntries([name], join(OUT, name));
      } catch (error) {
        errors.set(name, error);
      }
    }
  }
  for (const name of names) {
    const dir = existsSync(join(OUT, name, `${name}.js`)) ? `./${name}/` : './';
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="${dir}${name}.js"></script></body></html>`;
    writeFileSync(join(OUT, `${name}.html`), page);
  }
  return errors;
}

async function bundleEntries(entries, outDir = OUT) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'src/shared'), '@renderer': join(root, 'src/renderer/src') } },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'esnext',
      minify: true,
      reportCompressedSize: false,
      // Pages bundle the app and the peers whole: their size is not what is measured.
      chunkSizeWarningLimit: 20_000,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((name) => [name, join(PAGES, `${name}.ts`)])),
        // A page imports statically what the app loads lazily (the note editor): intended, not a problem.
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
      },
    },
  });
}

/**
 * Serves the bundles at / and, when built, the app's renderer at /app/ (for benches that load the app),
 * and what pages PUT under /scratch/.
 */
function serve() {
  const mounts = [
    ['/app/', join(root, 'out/renderer')],
    ['/', OUT],
  ];
  const scratch = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // A page may PUT a file it generated under /scratch/, to load it over HTTP like the app's own files.
    if (path.startsWith('/scratch/')) {
      if (request.method === 'PUT') {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
          scratch.set(path, Buffer.concat(chunks));
          response.writeHead(204).end();
        });
        return;
      }
      const body = scratch.get(path);
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      return void response.end(body);
    }
    const [prefix, dir] = mounts.find(([mount]) => path.startsWith(mount));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file.endsWith('/') || file === dir) file = join(file, 'index.html');
    if (!file.startsWith(resolve(dir)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Runs one page in its own Chromium profile and home. A page with cases runs each case in a fresh page
 * (the one before closed first), then summarizes the runs in another fresh page.
 */
async function runPage(baseUrl, name) {
  const home = mkdtempSync(join(tmpdir(), 'hamish-bench-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'),
    npm_config_cache: join(home, 'npm'),
  };
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport: { width: 1280, height: 800 },
  });
  // Trusted input, which a page cannot make for itself (Event Timing and editors only see real keys), and
  // a full garbage collection, so that no contender's pass pays for another's garbage.
  const sessions = new WeakMap();
  await context.exposeBinding('benchInput', async ({ page }, input) => {
    if (input.kind !== 'key' && input.kind !== 'gc')
      throw new Error(`unknown bench input ${JSON.stringify(input)}`);
    if (!sessions.has(page)) sessions.set(page, await context.newCDPSession(page));
    if (input.kind === 'gc') await sessions.get(page).send('HeapProfiler.collectGarbage');
    else await pressKey(sessions.get(page), input);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void context.close();
  }, PAGE_TIMEOUT_MS);
  try {
    let page = await openPage(context, baseUrl, name, null);
    const browser = await browserVersion(page);
    const cases = await page.evaluate(() => window.hamishBench.cases?.() ?? null);
    const runs = [];
    for (const [index, id] of (cases ?? []).entries()) {
      await page.close();
      page = await openPage(context, baseUrl, name, id);
      process.stdout.write(`  case ${index + 1}/${cases.length}: ${id}\n`);
      runs.push({ id, value: await evaluate(page, (caseId) => window.hamishBench.runCase(caseId), id) });
    }
    if (cases) {
      await page.close();
      page = await openPage(context, baseUrl, name, null);
    }
    const result = await evaluate(page, (caseRuns) => window.hamishBench.run(caseRuns), runs);
    return { result, browser };
  } catch (error) {
    if (timedOut) throw new Error(`stopped after ${PAGE_TIMEOUT_MS / 60_000} minutes`);
    throw error;
  } finally {
    clearTimeout(timer);
    await context.close();
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * A key as a keyboard layout sends it: keydown with the text it types (an Arabic letter on the Arabic
 * layout), then keyup. Playwright's keyboard knows only the US layout's characters.
 */
async function pressKey(session, { key, code, keyCode }) {
  const common = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await session.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    text: key,
    unmodifiedText: key,
    ...common,
  });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

async function openPage(context, baseUrl, name, caseId) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error));
  const query = caseId === null ? '' : `?case=${encodeURIComponent(caseId)}`;
  await page.goto(`${baseUrl}/${name}.html${query}`);
  await page.waitForFunction(() => window.hamishBench !== undefined || undefined, null, { timeout: 30_000 });
  return page;
}

/** Evaluates in the page; an uncaught error in the page fails the run even if the promise resolved. */
async function evaluate(page, fn, arg) {
  const value = await page.evaluate(fn, arg);
  if (page.errors.length > 0) throw page.errors[0];
  return value;
}

async function browserVersion(page) {
  const session = await page.context().newCDPSession(page);
  try {
    const { product } = await session.send('Browser.getVersion');
    return product.replace(/^(Headless)?Chrome\//, 'Chromium ');
  } finally {
    await session.detach();
  }
}
