import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionAllowed,
  isTrustedUrl,
  type TrustPolicy,
} from '../../../src/main/security';

const production: TrustPolicy = { trustedOrigins: ['app://hamish'], allowDevtools: false };
const development: TrustPolicy = {
  trustedOrigins: ['app://hamish', 'http://localhost:5173'],
  extraRequestOrigins: ['ws://localhost:5173'],
  allowDevtools: true,
};

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: Listener) => (openHandler = handler)),
  };
  hardenWebContents(contents as unknown as WebContents, production);
  return {
    fire(name: string, url?: string) {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
  };
  hardenSession(session as unknown as Session, production);
  return handlers;
}

describe('web contents hardening', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:4317/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://hamishx/',
  ])('blocks navigation to %s', (url) => {
    expect(fakeWebContents().fire('will-navigate', url)).toHaveBeenCalled();
  });

  it('lets the app navigate within its own origin', () => {
    expect(fakeWebContents().fire('will-navigate', 'app://hamish/index.html')).not.toHaveBeenCalled();
  });

  it('blocks redirects away from the app and every webview', () => {
    const contents = fakeWebContents();
    expect(contents.fire('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(contents.fire('will-attach-webview')).toHaveBeenCalled();
  });

  it('denies every new window, even to its own origin', () => {
    const contents = fakeWebContents();
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://hamish/index.html')).toEqual({ action: 'deny' });
  });
});

describe('session hardening', () => {
  it.each(['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read', 'display-capture'])(
    'denies the %s permission request',
    (permission) => {
      const callback = vi.fn();
      fakeSession().request!(null, permission, callback, { requestingUrl: 'app://hamish/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('denies permission checks from other origins, even for storage', () => {
    const { check } = fakeSession();
    expect(check!(null, 'persistent-storage', 'https://example.com')).toBe(false);
    expect(check!(null, 'geolocation', 'app://hamish')).toBe(false);
    expect(check!(null, 'persistent-storage', 'app://hamish')).toBe(true);
  });

  it.each([
    ['https://example.com/tracker.js', true],
    ['http://127.0.0.1:4317/', true],
    ['file:///etc/passwd', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['app://other/index.html', true],
    ['app://hamish/index.html', false],
    ['app://hamish/library/index.json', false],
  ])('cancels %s: %s', (url, cancel) => {
    const callback = vi.fn();
    fakeSession().beforeRequest!({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });
});

describe('pure policy checks', () => {
  it('matches whole origins, not prefixes', () => {
    expect(isTrustedUrl('app://hamish', ['app://hamish'])).toBe(true);
    expect(isTrustedUrl('app://hamish.evil/x', ['app://hamish'])).toBe(false);
    expect(isTrustedUrl(undefined, ['app://hamish'])).toBe(false);
  });

  it('allows devtools and the dev server only in development', () => {
    expect(isAllowedNavigation('devtools://devtools/x', production)).toBe(false);
    expect(isAllowedNavigation('devtools://devtools/x', development)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', development)).toBe(true);
    expect(isAllowedNavigation('ws://localhost:5173/', development)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', production)).toBe(false);
  });

  it('lets local data and the app’s own blobs through, but not other blobs', () => {
    expect(isAllowedRequest('data:image/png;base64,AAAA', production)).toBe(true);
    expect(isAllowedRequest('blob:app://hamish/1234', production)).toBe(true);
    expect(isAllowedRequest('blob:https://example.com/1234', production)).toBe(false);
  });

  it('allows only storage, clipboard writes and full screen (projector mode), only to the app', () => {
    expect(isPermissionAllowed('fullscreen', 'app://hamish/index.html', production)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://example.com/', production)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://hamish/index.html', production)).toBe(
      true,
    );
    expect(isPermissionAllowed('clipboard-read', 'app://hamish/index.html', production)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'http://localhost:5173', production)).toBe(false);
  });
});
