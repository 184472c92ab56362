import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isPrecached,
  precacheList,
  precacheUrl,
  serviceWorkerSource,
  writeServiceWorker,
  type BuiltFile,
} from '../../../scripts/service-worker-build.mjs';

const TEMPLATE = join(import.meta.dirname, '../../../src/renderer/service-worker.js');

/** The URLs a build's files are precached under, in the list's order. */
const urlsOf = (files: readonly BuiltFile[]) => files.map((built) => `./${built.path}`).sort();

const file = (path: string, text = path): BuiltFile => ({ path, bytes: new TextEncoder().encode(text) });

/** A build as electron-vite and copy-library leave it, the library included. */
const BUILD: BuiltFile[] = [
  file('index.html'),
  file('assets/index-abc.js'),
  file('assets/amiri-arabic-400-normal-x.woff2'),
  file('library/index.json'),
  file('library/china-interests-kazakhstan-2022.ar.txt'),
  file('manifest.json'),
  file('icons/192x192.png'),
];

describe('isPrecached', () => {
  it.each([
    ['index.html', true],
    ['assets/start-app-1.js', true],
    ['library/index.json', true],
    ['icons/512x512.png', true],
    ['sw.js', false],
    ['assets/index-abc.js.map', false],
    ['.DS_Store', false],
    ['library/.hidden/notes.txt', false],
    ['assets/sw.js', true],
  ])('%s → %s', (path, expected) => {
    expect(isPrecached(path)).toBe(expected);
  });
});

describe('precacheUrl', () => {
  it.each([
    ['assets/index-abc.js', './assets/index-abc.js'],
    ['library/مقالة.txt', `./library/${encodeURIComponent('مقالة')}.txt`],
    ['library/a b#c?.txt', './library/a%20b%23c%3F.txt'],
  ])('%s → %s', (path, url) => {
    expect(precacheUrl(path)).toBe(url);
  });

  it('stays relative to the worker: never another origin', () => {
    for (const path of ['http:/evil.example/x.js', '//evil.example/x.js', 'https://evil.example/x.js']) {
      expect(new URL(precacheUrl(path), 'https://school.example/hamish/sw.js').origin).toBe(
        'https://school.example',
      );
    }
  });
});

describe('precacheList', () => {
  it('lists every built file, the library and index.html included, sorted', () => {
    const { files } = precacheList([...BUILD, file('sw.js'), file('assets/index-abc.js.map')]);
    expect(files).toEqual(urlsOf(BUILD));
  });

  it('keeps its version while nothing changes, in any order of discovery', () => {
    expect(precacheList([...BUILD].reverse()).version).toBe(precacheList(BUILD).version);
  });

  it.each([
    [
      'a file’s content',
      BUILD.map((built) => (built.path === 'library/index.json' ? file(built.path, '[]') : built)),
    ],
    ['a file added', [...BUILD, file('assets/ExportDialog-x.js')]],
    ['a file removed', BUILD.filter((built) => built.path !== 'icons/192x192.png')],
    [
      'a file renamed',
      BUILD.map((built) => (built.path === 'manifest.json' ? file('app.json', 'manifest.json') : built)),
    ],
  ])('changes its version when %s changes', (_, changed) => {
    expect(precacheList(changed).version).not.toBe(precacheList(BUILD).version);
  });

  it('changes its version when the worker’s own source changes, so a new worker never refills the cache in use', () => {
    expect(precacheList(BUILD, 'worker, revised').version).not.toBe(precacheList(BUILD, 'worker').version);
  });

  it('ignores what is not precached when naming the version', () => {
    expect(precacheList([...BUILD, file('sw.js', 'anything')]).version).toBe(precacheList(BUILD).version);
  });

  it('refuses a build without index.html', () => {
    expect(() => precacheList(BUILD.filter((built) => built.path !== 'index.html'))).toThrow(/index\.html/);
  });
});

describe('serviceWorkerSource', () => {
  it('writes the list over the template’s placeholder', () => {
    const precache = { version: 'v1', files: ['index.html', 'assets/a.js'] };
    const source = serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), precache);
    expect(source).toContain(`const PRECACHE = ${JSON.stringify(precache)};`);
    expect(source).not.toContain('/* precache */');
  });

  it('refuses a template without the placeholder', () => {
    expect(() =>
      serviceWorkerSource('self.addEventListener("fetch", () => {});', { version: 'v', files: [] }),
    ).toThrow(/placeholder/);
  });
});

describe('writeServiceWorker', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function build(files: BuiltFile[]): string {
    dir = mkdtempSync(join(tmpdir(), 'hamish-sw-'));
    for (const { path, bytes } of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    return dir;
  }

  it('writes sw.js listing every file in the folder, and runs again over its own output', () => {
    const out = build(BUILD);
    const first = writeServiceWorker(out, TEMPLATE);
    expect(first.files).toEqual(urlsOf(BUILD));
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toContain(JSON.stringify(first));
    expect(writeServiceWorker(out, TEMPLATE)).toEqual(first);
  });
});
