import type { ReaderPlatform } from '@shared/platform/platform-contract';

/** Written beside index.html by the build (scripts/service-worker-build.mjs). */
export const SERVICE_WORKER_URL = './sw.js';

/** What registering needs from the page, injectable so tests can play every browser. */
export interface OfflineWorkerHost {
  /** Only a build has a worker to register; the development server serves no sw.js. */
  readonly isBuilt: boolean;
  /** Service workers need a secure context (https, or http on localhost / 127.0.0.1). */
  readonly isSecureContext: boolean;
  readonly serviceWorker: Pick<ServiceWorkerContainer, 'register'> | undefined;
  /** Runs `task` once the page has loaded, so precaching never competes with the first paint. */
  afterLoad(task: () => void): void;
  warn(message: string, cause: unknown): void;
}

/**
 * Lets the browser edition keep working offline after this visit. The desktop app loads its files from
 * app://hamish and needs no worker. A failure to register is logged and otherwise ignored: the app works
 * online as before.
 */
export function registerOfflineWorker(
  platform: Pick<ReaderPlatform, 'kind'>,
  host: OfflineWorkerHost = pageHost(),
): void {
  const container = host.serviceWorker;
  if (platform.kind !== 'web' || !host.isBuilt || !host.isSecureContext || !container) return;
  host.afterLoad(() => {
    // A new build's worker is found by fetching sw.js past the HTTP cache, whatever the server's caching headers.
    Promise.resolve()
      .then(() => container.register(SERVICE_WORKER_URL, { updateViaCache: 'none' }))
      .catch((error: unknown) => host.warn('The offline service worker could not be registered', error));
  });
}

function pageHost(): OfflineWorkerHost {
  return {
    isBuilt: import.meta.env.PROD,
    isSecureContext: window.isSecureContext,
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    afterLoad(task) {
      if (document.readyState === 'complete') task();
      else window.addEventListener('load', task, { once: true });
    },
    warn: (message, cause) => console.warn(message, cause),
  };
}
