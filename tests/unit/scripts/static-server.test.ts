import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_EDITION_PORT as CONTRACT_PORT } from '@shared/platform/platform-contract';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../../../src/main/static-files.mjs';
import { startStaticServer, WEB_EDITION_PORT } from '../../../scripts/static-server.mjs';

/** An index.html with the inline blocks the build puts there: the CSP must allow exactly these. */
const INDEX_HTML = '<!doctype html><title>هامش</title><style>p{margin:0}</style><script>boot();</script>';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let dir: string;
let server: Server;
let base: URL;

/** Raw HTTP, because fetch() would normalize `..` away before the server ever saw it. */
function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-web-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'library'), { recursive: true });
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(root, 'library', 'doc.ar.txt'), 'هامش');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  const started = await startStaticServer({ root, port: 0 });
  server = started.server;
  base = new URL(started.url);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('browser-edition static server', () => {
  it('uses the contract’s fixed port and listens on loopback only', () => {
    expect(WEB_EDITION_PORT).toBe(CONTRACT_PORT);
    expect(base.hostname).toBe('127.0.0.1');
  });

  it('serves index.html at / with the app’s CSP', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy(INDEX_HTML));
    expect(response.headers['content-security-policy']).toContain(`script-src 'self' ${sha256('boot();')};`);
    expect(response.body).toContain('هامش');
  });

  it('serves fonts and UTF-8 text with the right types', async () => {
    expect((await get('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    const text = await get('/library/doc.ar.txt?v=1');
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe('هامش');
  });

  it.each([
    '/../secret.txt',
    '/library/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '//etc/passwd',
  ])('refuses %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('outside');
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/library')).status).toBe(404);
    expect((await get('/index.html', 'POST')).status).toBe(405);
  });
});
