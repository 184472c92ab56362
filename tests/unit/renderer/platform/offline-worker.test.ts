import { describe, expect, it, vi } from 'vitest';
import {
  registerOfflineWorker,
  SERVICE_WORKER_URL,
  type OfflineWorkerHost,
} from '../../../../src/renderer/src/platform/offline-worker';

/** A built browser edition on a secure origin whose page has loaded; `overrides` change one thing. */
function host(overrides: Partial<OfflineWorkerHost> = {}) {
  const register = vi.fn(async () => ({}) as ServiceWorkerRegistration);
  const pendingLoad: (() => void)[] = [];
  const warn = vi.fn();
  const page: OfflineWorkerHost = {
    isBuilt: true,
    isSecureContext: true,
    serviceWorker: { register },
    afterLoad: (task) => pendingLoad.push(task),
    warn,
    ...overrides,
  };
  const load = async () => {
    for (const task of pendingLoad.splice(0)) task();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { page, register, warn, load };
}

describe('registerOfflineWorker', () => {
  it('registers sw.js in the browser edition once the page has loaded, fetching it past the HTTP cache', async () => {
    const { page, register, load } = host();
    registerOfflineWorker({ kind: 'web' }, page);
    expect(register).not.toHaveBeenCalled();
    await load();
    expect(register).toHaveBeenCalledExactlyOnceWith(SERVICE_WORKER_URL, { updateViaCache: 'none' });
  });

  it.each([
    ['the desktop app', 'electron' as const, {}],
    ['the development server', 'web' as const, { isBuilt: false }],
    ['an insecure origin (plain http on a LAN address)', 'web' as const, { isSecureContext: false }],
    ['a browser without service workers', 'web' as const, { serviceWorker: undefined }],
  ])('registers nothing in %s', async (_, kind, overrides) => {
    const { page, register, load } = host(overrides);
    registerOfflineWorker({ kind }, page);
    await load();
    expect(register).not.toHaveBeenCalled();
  });

  it.each([
    ['rejects', () => Promise.reject(new DOMException('Script 404', 'SecurityError'))],
    [
      'throws',
      () => {
        throw new TypeError('no');
      },
    ],
  ])('logs and carries on when registering %s', async (_, failure) => {
    const { page, warn, load } = host({ serviceWorker: { register: vi.fn(failure) } });
    registerOfflineWorker({ kind: 'web' }, page);
    await expect(load()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'The offline service worker could not be registered',
      expect.any(Error),
    );
  });
});
