import type { Session, WebContents } from 'electron';

/**
 * Where the app's own pages come from: always `app://hamish`, plus the electron-vite dev server
 * while developing. Everything else is treated as hostile.
 */
export interface TrustPolicy {
  trustedOrigins: readonly string[];
  /** Extra origins for network requests only (the dev server's HMR websocket). */
  extraRequestOrigins?: readonly string[];
  allowDevtools: boolean;
}

export function isTrustedUrl(url: string | undefined, origins: readonly string[]): boolean {
  if (!url) return false;
  return origins.some((origin) => url === origin || url.startsWith(`${origin}/`));
}

export function isAllowedNavigation(url: string, policy: TrustPolicy): boolean {
  return isTrustedUrl(url, policy.trustedOrigins) || (policy.allowDevtools && url.startsWith('devtools://'));
}

/** The network filter: the app's origin and nothing else; `data:` never leaves the machine. */
export function isAllowedRequest(url: string, policy: TrustPolicy): boolean {
  if (isAllowedNavigation(url, policy)) return true;
  if (isTrustedUrl(url, policy.extraRequestOrigins ?? [])) return true;
  if (url.startsWith('data:')) return true;
  return policy.trustedOrigins.some((origin) => url.startsWith(`blob:${origin}/`));
}

/**
 * Every permission is refused except three the reader uses from its own pages: durable storage
 * (so IndexedDB notes are not evicted), writing plain text to the clipboard, and full screen for
 * projector mode.
 */
const PERMISSIONS_FOR_OWN_PAGES = new Set(['persistent-storage', 'clipboard-sanitized-write', 'fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: string, policy: TrustPolicy): boolean {
  return PERMISSIONS_FOR_OWN_PAGES.has(permission) && isTrustedUrl(requestingUrl, policy.trustedOrigins);
}

export function hardenSession(session: Session, policy: TrustPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, policy));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, policy),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
}

/** Applied to every web contents the app creates: no leaving the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, policy: TrustPolicy): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, policy)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
