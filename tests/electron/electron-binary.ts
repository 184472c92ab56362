import type { ElectronBinary } from '../../scripts/electron-binary.mjs';

/**
 * Playwright compiles these tests to CommonJS and breaks a static import of an `.mjs` file; a
 * dynamic import keeps the one detection script shared with `npm start`.
 */
export async function loadElectronBinary(): Promise<ElectronBinary> {
  const { findElectronBinary } = await import('../../scripts/electron-binary.mjs');
  return findElectronBinary();
}
