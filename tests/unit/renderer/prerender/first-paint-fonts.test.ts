import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FONT_FILES_MARKER,
  firstPaintFontTable,
  READING_FACE_FAMILIES,
  withFirstPaintFonts,
  type FirstPaintFontTable,
} from '../../../../src/renderer/prerender/first-paint-fonts';
import { FACE_FAMILIES, READING_FACES } from '@renderer/settings/reading-settings';

const BOOT = resolve(import.meta.dirname, '../../../../src/renderer/boot.js');

/** A file as Vite names it: the hash holds letters, digits, `-` and `_`. */
const built = (slug: string, subset: string, weight: number) =>
  `assets/${slug}-${subset}-${weight}-normal-${weight === 700 ? 'dUd6s_q-' : 'C3CEpHP3'}.woff2`;

/** Both subsets of `slug` in `weights`, as the table lists them: per weight, arabic then latin. */
const filesOf = (slug: string, weights: number[]) =>
  weights.flatMap((weight) => ['arabic', 'latin'].map((subset) => built(slug, subset, weight)));

const BOOK = 'noto-naskh-arabic';
const UI = 'ibm-plex-sans-arabic';

/** A build's output: every bundled face in the weights main.tsx imports, a woff twin, scripts, the page. */
const BUILD = [
  ...filesOf(BOOK, [400, 700]),
  ...filesOf('amiri', [400, 700]),
  ...filesOf('noto-sans-arabic', [400, 700]),
  ...filesOf(UI, [400, 600]),
  'assets/amiri-arabic-400-normal-C_1DQziU.woff',
  'assets/index-AQgocSVh.js',
  'index.html',
];

const relative = (files: string[]) => files.map((file) => `./${file}`);
const INTERFACE_FONTS = ['400 1em "IBM Plex Sans Arabic"', '600 1em "IBM Plex Sans Arabic"'];

describe('firstPaintFontTable', () => {
  it('knows the reading faces the settings offer, by the families app.css names', () => {
    expect(READING_FACE_FAMILIES).toEqual(FACE_FAMILIES);
    expect(Object.keys(READING_FACE_FAMILIES)).toEqual([...READING_FACES]);
  });

  it('lists, per reading face, its article weights, the brand’s face and the interface’s, each file once', () => {
    expect(firstPaintFontTable(BUILD)).toEqual({
      naskh: {
        files: relative([...filesOf(BOOK, [400, 700]), ...filesOf(UI, [400, 600])]),
        fonts: ['400 1em "Noto Naskh Arabic"', '700 1em "Noto Naskh Arabic"', ...INTERFACE_FONTS],
      },
      amiri: {
        files: relative([
          ...filesOf('amiri', [400, 700]),
          ...filesOf(BOOK, [700]),
          ...filesOf(UI, [400, 600]),
        ]),
        fonts: ['400 1em "Amiri"', '700 1em "Amiri"', '700 1em "Noto Naskh Arabic"', ...INTERFACE_FONTS],
      },
      sans: {
        files: relative([
          ...filesOf('noto-sans-arabic', [400, 700]),
          ...filesOf(BOOK, [700]),
          ...filesOf(UI, [400, 600]),
        ]),
        fonts: [
          '400 1em "Noto Sans Arabic"',
          '700 1em "Noto Sans Arabic"',
          '700 1em "Noto Naskh Arabic"',
          ...INTERFACE_FONTS,
        ],
      },
    });
  });

  it.each([
    ['a face’s file is missing', BUILD.filter((file) => file !== built('amiri', 'latin', 700))],
    ['only the woff twin is there', BUILD.filter((file) => file !== built('amiri', 'arabic', 400))],
    ['a file is there under two hashes', [...BUILD, `assets/${BOOK}-arabic-400-normal-Zz9.woff2`]],
    [
      'the only "sans-arabic" files are another family’s',
      BUILD.filter((file) => !file.startsWith('assets/noto-sans-arabic-')),
    ],
  ])('refuses a build where %s', (_, files) => {
    expect(() => firstPaintFontTable(files)).toThrow(/woff2 in the build, found [02]/);
  });
});

describe('withFirstPaintFonts', () => {
  const empty = { files: [], fonts: [] };
  const table: FirstPaintFontTable = {
    naskh: { files: ['./assets/a$&.woff2'], fonts: [] },
    amiri: empty,
    sans: empty,
  };

  it('writes the table where the boot script holds its marker, keeping `$` literal', () => {
    const page = `<script>var fontTable = ${FONT_FILES_MARKER};</script>`;
    expect(withFirstPaintFonts(page, table)).toBe(
      `<script>var fontTable = ${JSON.stringify(table)};</script>`,
    );
  });

  it.each([
    ['no marker', '<script></script>'],
    ['two markers', `<script>${FONT_FILES_MARKER}${FONT_FILES_MARKER}</script>`],
  ])('refuses a page with %s', (_, page) => {
    expect(() => withFirstPaintFonts(page, table)).toThrow(/marker exactly once/);
  });
});

interface Link {
  rel?: string;
  as?: string;
  type?: string;
  crossOrigin?: string;
  href?: string;
}

/**
 * Runs the boot script as the build writes it (with `table`) against a stand-in page whose fonts load
 * when `fontsLoaded` settles, and reports what it did over time.
 */
function boot(table: FirstPaintFontTable, stored: Record<string, string>, fontsLoaded: Promise<unknown>) {
  const links: Link[] = [];
  const asked: string[] = [];
  const loaded: (() => void)[] = [];
  const root = { dataset: {} as Record<string, string>, style: { setProperty: () => undefined } };
  const document = {
    documentElement: root,
    head: { appendChild: (link: Link) => links.push(link) },
    createElement: (tag: string): Link => {
      if (tag !== 'link') throw new Error(`boot.js made a <${tag}>`);
      return {};
    },
    addEventListener: (type: string, listener: () => void) =>
      type === 'DOMContentLoaded' && loaded.push(listener),
    fonts: {
      load: (font: string, text: string) => {
        asked.push(`${font} / ${text}`);
        return fontsLoaded;
      },
    },
    getElementById: () => null,
  };
  const script = withFirstPaintFonts(readFileSync(BOOT, 'utf8'), table);
  new Function('document', 'localStorage', 'matchMedia', 'location', script)(
    document,
    { getItem: (name: string) => stored[name] ?? null },
    () => ({ matches: false }),
    { hash: '' },
  );
  return { links, asked, root, contentLoaded: () => loaded.forEach((listener) => listener()) };
}

describe('boot.js and the first screen’s fonts', () => {
  const table = firstPaintFontTable(BUILD);
  const never = new Promise(() => undefined);

  it.each([
    ['nothing saved', {}, table.naskh],
    ['Amiri saved', { 'hamish.reading': JSON.stringify({ face: 'amiri' }) }, table.amiri],
    ['the sans face saved', { 'hamish.reading': JSON.stringify({ face: 'sans', size: 30 }) }, table.sans],
    ['an unknown face saved', { 'hamish.reading': JSON.stringify({ face: 'Comic Sans' }) }, table.naskh],
    ['a damaged mirror', { 'hamish.reading': '{not json' }, table.naskh],
  ])('preloads the files of the face chosen with %s, and waits for its faces', (_, stored, expected) => {
    const booted = boot(table, stored, never);
    expect(booted.links.map((link) => link.href)).toEqual(expected.files);
    for (const link of booted.links) {
      // A font preload without CORS mode is not the fetch @font-face makes: the file would load twice.
      expect(link).toMatchObject({
        rel: 'preload',
        as: 'font',
        type: 'font/woff2',
        crossOrigin: 'anonymous',
      });
    }
    expect(booted.asked).toEqual([]);
    booted.contentLoaded();
    expect(booted.asked).toEqual(expected.fonts.map((font) => `${font} / اa`));
  });

  it('hides the first screen until its fonts are in', async () => {
    let arrive: (value?: unknown) => void = () => undefined;
    const booted = boot(table, {}, new Promise((resolve) => (arrive = resolve)));
    expect(booted.root.dataset.fonts).toBe('loading');
    booted.contentLoaded();
    await Promise.resolve();
    expect(booted.root.dataset.fonts).toBe('loading');
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(booted.root.dataset).not.toHaveProperty('fonts');
  });

  it('shows the first screen after half a second even if its fonts never come', async () => {
    const booted = boot(table, {}, never);
    booted.contentLoaded();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(booted.root.dataset.fonts).toBe('loading');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(booted.root.dataset).not.toHaveProperty('fonts');
  });

  it('shows the first screen when a font fails to load', async () => {
    const booted = boot(table, {}, Promise.reject(new Error('404')));
    booted.contentLoaded();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(booted.root.dataset).not.toHaveProperty('fonts');
  });

  it('preloads nothing and hides nothing when the build wrote no table (development)', () => {
    const empty = { files: [], fonts: [] };
    const booted = boot({ naskh: empty, amiri: empty, sans: empty }, {}, never);
    expect(booted.links).toEqual([]);
    booted.contentLoaded();
    expect(booted.asked).toEqual([]);
  });
});
