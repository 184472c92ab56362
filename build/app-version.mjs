// package.json's version as a compile-time constant (backups record which app wrote them). Plain ESM with
// its own extension, so the Vite and Vitest configs load it without transpiling anything else.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const appVersion = { __APP_VERSION__: JSON.stringify(version) };
