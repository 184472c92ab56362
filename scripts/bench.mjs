// `npm run bench [name…]`: bundles every bench/pages/<name>.ts, serves it on 127.0.0.1, runs its
// window.runBench() in Debian Chromium and prints the figures; bench-results/results.json keeps them.
// Adding a bench is adding one page that calls defineBench() from bench/support/bench-page.ts.
import { createServer } from 'node:http';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { ensureChromium, findChromium, root } from './ensure-setup.mjs';

const CHROMIUM_ARGS = JSON.parse(readFileSync(join(root, 'scripts/chromium-args.json'), 'utf8')).args;
const PAGES = join(root, 'bench/pages');
const OUT = join(root, '.tmp/bench');
const RESULTS = join(root, 'bench-results');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const wanted = process.argv.slice(2);
const names = readdirSync(PAGES)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (names.length === 0) {
  console.error(`No bench matches ${wanted.join(', ')}; pages: ${readdirSync(PAGES).join(', ')}`);
  process.exit(1);
}

await bundle(names);
const server = await serve();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const results = {};
try {
  ensureChromium();
  for (const name of names) results[name] = await runPage(name);
} finally {
  server.close();
}

mkdirSync(RESULTS, { recursive: true });
const machine = { node: process.version, chromium: results.__browser, date: new Date().toISOString() };
delete results.__browser;
writeFileSync(join(RESULTS, 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log(`\nWritten to ${join('bench-results', 'results.json')}`);
const missed = Object.values(results).flatMap((result) =>
  result.groups.filter((group) => group.met === false),
);
process.exit(missed.length > 0 ? 1 : 0);

async function bundle(entries) {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'src/shared'), '@renderer': join(root, 'src/renderer/src') } },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'esnext',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((name) => [name, join(PAGES, `${name}.ts`)])),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
      },
    },
  });
  for (const name of entries) {
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="./${name}.js"></script></body></html>`;
    writeFileSync(join(OUT, `${name}.html`), page);
  }
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

async function runPage(name) {
  const home = mkdtempSync(join(tmpdir(), 'hamish-bench-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'),
  };
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    console.log(`\n▶ ${name}`);
    await page.goto(`${baseUrl}/${name}.html`);
    await page.waitForFunction(() => typeof window.runBench === 'function' || undefined, null, {
      timeout: 30_000,
    });
    const result = await page.evaluate(() => window.runBench(), null);
    if (errors.length > 0) throw errors[0];
    results.__browser ??= context.browser()?.version() ?? 'chromium';
    for (const group of result.groups) report(group);
    return result;
  } finally {
    await context.close();
    rmSync(home, { recursive: true, force: true });
  }
}

function report(group) {
  const [base, ...others] = group.measures;
  const peers = group.measures.filter((measure) => measure.peer);
  const fastestPeer = peers.length ? Math.min(...peers.map((measure) => measure.ms)) : null;
  const parts = [
    `${base.label} ${ms(base.ms)}`,
    ...others.map((m) => `${m.label} ${ms(m.ms)} (${ratio(m.ms / base.ms)})`),
  ];
  let line = `${group.name}: ${parts.join(', ')}`;
  if (group.measures.some((measure) => measure.checked !== undefined)) {
    line += `; correct: ${group.measures.map((m) => (m.checked === undefined ? '–' : `${m.correct}/${m.checked}`)).join(', ')}`;
  }
  console.log(line);
  for (const measure of group.measures) if (measure.note) console.log(`  ${measure.label}: ${measure.note}`);
  for (const note of group.notes ?? []) console.log(`  · ${note}`);
  if (group.target && fastestPeer !== null) {
    const achieved = fastestPeer / base.ms;
    const allCorrect = base.checked === undefined || base.correct === base.checked;
    group.achieved = achieved;
    group.met = achieved >= group.target && allCorrect;
    console.log(
      `  target ≥${group.target}× the fastest peer: ${ratio(achieved)} — ${group.met ? 'met' : 'NOT met'}`,
    );
  }
  const baseline = group.measures.find((measure) => measure.baseline);
  if (group.maxRatio !== undefined && baseline) {
    const achieved = base.ms / baseline.ms;
    const allCorrect = base.checked === undefined || base.correct === base.checked;
    group.achieved = achieved;
    group.met = achieved <= group.maxRatio && allCorrect;
    console.log(
      `  target ≤${group.maxRatio}× ${baseline.label}: ${achieved.toFixed(2)}× — ${group.met ? 'met' : 'NOT met'}`,
    );
  }
}

function ms(value) {
  return value < 10
    ? `${value.toFixed(2)} ms`
    : value < 1000
      ? `${value.toFixed(1)} ms`
      : `${Math.round(value)} ms`;
}

function ratio(value) {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)}×`;
}
