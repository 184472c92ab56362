import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

import { version } from './package.json';

const shared = { '@shared': resolve(__dirname, 'src/shared') };
/** Written into backups, so a future version knows which app made a file. */
export const appVersion = { __APP_VERSION__: JSON.stringify(version) };

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
    plugins: [react()],
    define: appVersion,
    build: { minify: true, outDir: resolve(__dirname, 'out/renderer') },
  },
});
