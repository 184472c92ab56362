import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol } from 'electron';
import { APP_ORIGIN } from '@shared/platform/platform-contract';
import { responseHeaders, safeRelativeSegments } from './static-files.mjs';

const { protocol: schemeWithColon, host: APP_HOST } = new URL(APP_ORIGIN);
export const APP_SCHEME = schemeWithColon.slice(0, -1);

/** Must run before `app` is ready: a standard, secure scheme gets a real origin, so IndexedDB and fetch work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export interface AppRoots {
  /** The built renderer (out/renderer). */
  renderer: string;
  /** The bundled library, read at run time from resources, served under /library/. */
  library: string;
}

export type AppRoute = { status: 200; file: string } | { status: 403 | 404 };

export function routeAppRequest(url: string, roots: AppRoots): AppRoute {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 404 };
  }
  if (parsed.protocol !== schemeWithColon || parsed.host.toLowerCase() !== APP_HOST) return { status: 404 };
  const segments = safeRelativeSegments(parsed.pathname);
  if (!segments) return { status: 403 };
  if (segments[0] === 'library') {
    return segments.length > 1
      ? { status: 200, file: join(roots.library, ...segments.slice(1)) }
      : { status: 404 };
  }
  return { status: 200, file: join(roots.renderer, ...segments) };
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

export function createAppProtocolHandler(roots: AppRoots, read: ReadFile = readFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const route = routeAppRequest(request.url, roots);
    if (route.status !== 200) return new Response(null, { status: route.status });
    let body: Uint8Array;
    try {
      body = await read(route.file);
    } catch (error) {
      if (isMissingFile(error)) return new Response(null, { status: 404 });
      throw error;
    }
    const headers = responseHeaders(route.file, body);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function registerAppProtocol(roots: AppRoots): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(roots));
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
