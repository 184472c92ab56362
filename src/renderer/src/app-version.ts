declare const __APP_VERSION__: string | undefined;

/** package.json's version, put in by the build (electron.vite.config.ts); written into every backup. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
