import type { ReaderPlatform } from '@shared/platform/platform-contract';

declare global {
  interface Window {
    /** The Electron bridge (src/preload); absent in the browser edition. */
    hamish?: ReaderPlatform;
  }
}

export {};
