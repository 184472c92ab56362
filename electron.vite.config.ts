import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { buildDocument, parseLibraryIndex, parseManifest } from './src/shared/document/library';
import { articleShellHtml } from './src/renderer/prerender/article-shell';

import { version } from './package.json';

const shared = { '@shared': resolve(__dirname, 'src/shared') };
/** Written into backups, so a future version knows which app made a file. */
export const appVersion = { __APP_VERSION__: JSON.stringify(version) };

/** The library's first document, as the app opens it when nothing else is asked for. */
function defaultDocument() {
  const library = resolve(__dirname, 'resources/library');
  const read = (name: string) => readFileSync(resolve(library, name), 'utf8');
  const [id] = parseLibraryIndex(JSON.parse(read('index.json')));
  if (!id) throw new Error('resources/library/index.json lists no document');
  const manifest = parseManifest(JSON.parse(read(`${id}.json`)));
  return buildDocument(manifest, read(manifest.file));
}

/**
 * Writes the default article into index.html, so its text paints before any script runs (React then
 * replaces it), and preloads the Arabic body font, which the browser would otherwise find only after layout.
 */
function prerenderArticle(): Plugin {
  return {
    name: 'hamish-prerender-article',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const font = Object.keys(context.bundle ?? {}).find((name) =>
          /noto-naskh-arabic-arabic-400-normal-[^/]*\.woff2$/.test(name),
        );
        const preload = font
          ? `<link rel="preload" href="./${font}" as="font" type="font/woff2" crossorigin>\n  </head>`
          : '</head>';
        return html
          .replace('</head>', preload)
          .replace('<div id="root"></div>', `${articleShellHtml(defaultDocument())}<div id="root"></div>`);
      },
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: { externalizeDeps: true },
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
    plugins: [react(), prerenderArticle()],
    define: appVersion,
    build: { minify: true, outDir: resolve(__dirname, 'out/renderer') },
  },
});
