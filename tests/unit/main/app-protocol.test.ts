import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  createAppProtocolHandler,
  registerAppProtocol,
  registerAppScheme,
  routeAppRequest,
} from '../../../src/main/app-protocol';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../../../src/main/static-files.mjs';

/** An index.html with the inline blocks the build puts there: the CSP must allow exactly these. */
const INDEX_HTML = '<!doctype html><title>هامش</title><style>p{margin:0}</style><script>boot();</script>';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let root: string;
let roots: { renderer: string; library: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hamish-protocol-'));
  roots = { renderer: join(root, 'renderer'), library: join(root, 'library') };
  mkdirSync(join(roots.renderer, 'assets'), { recursive: true });
  mkdirSync(roots.library, { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), INDEX_HTML);
  writeFileSync(join(roots.renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(roots.library, 'index.json'), '{"documents":[]}');
  writeFileSync(join(root, 'secret.txt'), 'outside');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(roots)(new Request(url, { method }));

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('handles the app scheme', () => {
    registerAppProtocol(roots);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('app:// handler', () => {
  it('serves index.html at / with the CSP', async () => {
    const response = await get('app://hamish/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(INDEX_HTML));
    expect(response.headers.get('content-security-policy')).toContain(
      `script-src 'self' ${sha256('boot();')};`,
    );
    expect(await response.text()).toContain('هامش');
  });

  it('serves index.html and assets by name', async () => {
    expect((await get('app://hamish/index.html')).status).toBe(200);
    const script = await get('app://hamish/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves the library from its own folder', async () => {
    const response = await get('app://hamish/library/index.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ documents: [] });
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://hamish/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://hamish/nope.js'],
    ['a folder', 'app://hamish/assets'],
    ['the bare library folder', 'app://hamish/library'],
    ['another host', 'app://evil/index.html'],
  ])('answers 404 for %s', async (_case, url) => {
    expect((await get(url)).status).toBe(404);
  });

  it.each([
    ['encoded slashes', 'app://hamish/..%2f..%2fsecret.txt'],
    ['encoded backslashes', 'app://hamish/library/..%5c..%5csecret.txt'],
    ['a backslash', 'app://hamish/library/..\\secret.txt'],
    ['an absolute path', 'app://hamish//etc/passwd'],
    ['a drive letter', 'app://hamish/C:/Windows/win.ini'],
    ['a NUL byte', 'app://hamish/index.html%00'],
  ])('refuses %s with 403', async (_case, url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('never serves a file outside its roots, even when the URL parser resolves dot segments', async () => {
    for (const url of [
      'app://hamish/../secret.txt',
      'app://hamish/%2e%2e/secret.txt',
      'app://hamish/library/%2E%2E/%2e%2e/secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status === 200 ? await response.text() : response.status).not.toBe('outside');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://hamish/index.html', 'POST')).status).toBe(405);
  });
});

describe('routeAppRequest', () => {
  it('maps library paths to the library root and others to the renderer', () => {
    expect(routeAppRequest('app://hamish/library/a.json', roots)).toEqual({
      status: 200,
      file: join(roots.library, 'a.json'),
    });
    expect(routeAppRequest('app://hamish/assets/app.js', roots)).toEqual({
      status: 200,
      file: join(roots.renderer, 'assets', 'app.js'),
    });
  });

  it('rejects other schemes and unparsable URLs', () => {
    expect(routeAppRequest('https://hamish/index.html', roots)).toEqual({ status: 404 });
    expect(routeAppRequest('not a url', roots)).toEqual({ status: 404 });
  });
});
