import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { buildDocument, parseLibraryIndex, parseManifest } from './src/shared/document/library';
import { articleShellHtml } from './src/renderer/prerender/article-shell';
import { firstPaintFontTable, withFirstPaintFonts } from './src/renderer/prerender/first-paint-fonts';
import { contentSecurityPolicy } from './src/main/static-files.mjs';
import { appVersion } from './build/app-version.mjs';

const shared = { '@shared': resolve(__dirname, 'src/shared') };

/** The library's first document, as the app opens it when nothing else is asked for. */
function defaultDocument() {
  const library = resolve(__dirname, 'resources/library');
  const read = (name: string) => readFileSync(resolve(library, name), 'utf8');
  const [id] = parseLibraryIndex(JSON.parse(read('index.json')));
  if (!id) throw new Error('resources/library/index.json lists no document');
  const manifest = parseManifest(JSON.parse(read(`${id}.json`)));
  return buildDocument(manifest, read(manifest.file));
}

const BOOT_SCRIPT = resolve(__dirname, 'src/renderer/boot.js');
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;

/**
 * Puts the boot script (language and theme) into the page before Vite reads it: a classic script is run
 * as written, where Vite would otherwise try, and fail, to bundle a `<script src>` that is not a module.
 */
function inlineBootScript(): Plugin {
  return {
    name: 'hamish-inline-boot-script',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        replaceOnce(
          html,
          '<script src="./boot.js"></script>',
          `<script>${readFileSync(BOOT_SCRIPT, 'utf8')}</script>`,
        ),
    },
  };
}

/**
 * Makes index.html paint the default article with nothing else to fetch first: the article's markup, the
 * inlined boot script and, in a build, the stylesheet and the first screen's font files (which boot.js
 * preloads) all go into the page, and its CSP allows exactly those inline blocks by hash. React replaces
 * the article once the app has started.
 */
function firstPaintShell(): Plugin {
  return {
    name: 'hamish-first-paint-shell',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let page = replaceOnce(
          html,
          '<div id="root"></div>',
          `${articleShellHtml(defaultDocument())}<div id="root"></div>`,
        );
        if (context.bundle) {
          page = inlineStylesheet(page, context.bundle);
          page = withFirstPaintFonts(page, firstPaintFontTable(Object.keys(context.bundle)));
        }
        if (!CSP_META.test(page)) throw new Error('index.html has no Content-Security-Policy meta');
        return page.replace(
          CSP_META,
          (_, open: string, close: string) =>
            `${open}${contentSecurityPolicy(page, { forMeta: true })}${close}`,
        );
      },
    },
  };
}

function replaceOnce(html: string, marker: string, replacement: string): string {
  if (!html.includes(marker)) throw new Error(`index.html lacks ${marker}`);
  return html.replace(marker, replacement);
}

/** Puts the entry stylesheet into the page (its font URLs re-rooted) and drops the file nobody links any more. */
function inlineStylesheet(html: string, bundle: NonNullable<IndexHtmlTransformContext['bundle']>): string {
  const link = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/.exec(html);
  const asset = link && bundle[link[1]!];
  if (!link || asset?.type !== 'asset') throw new Error('index.html links no built stylesheet to inline');
  const css = String(asset.source).replace(/url\((["']?)\.\//g, 'url($1./assets/');
  // The file stays in the build: a lazy chunk that imports from the entry chunk preloads it by name.
  return html.replace(link[0], `<style>${css}</style>`);
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    // Bundled whole, like the preload: the installed app carries out/ and no node_modules at all.
    build: { externalizeDeps: false },
  },
  preload: {
    resolve: { alias: shared },
    // The window is sandboxed: its preload must be one CommonJS file that requires only `electron`.
    build: { externalizeDeps: false, rolldownOptions: { output: { format: 'cjs' } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react(), inlineBootScript(), firstPaintShell()],
    define: appVersion,
    build: { minify: true, outDir: resolve(__dirname, 'out/renderer') },
  },
});
