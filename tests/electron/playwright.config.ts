import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  // One app at a time: each launch takes the single-instance lock.
  workers: 1,
  reporter: [['list']],
});
