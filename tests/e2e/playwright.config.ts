import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';

/** A port of its own, so a running browser edition (4317) never meets the tests' data. */
export const E2E_PORT = 4399;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    browserName: 'chromium',
    locale: 'ar',
    // A service worker would answer the page's requests before page.route sees them (offline.spec.ts allows it).
    serviceWorkers: 'block',
    viewport: { width: 1360, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    cwd: '../..',
    env: { HAMISH_WEB_PORT: String(E2E_PORT) },
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
