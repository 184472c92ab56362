import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  responseHeaders,
  safeRelativeSegments,
} from '@shared/platform/static-files.mjs';

describe('safeRelativeSegments', () => {
  it.each([
    ['/', ['index.html']],
    ['/index.html', ['index.html']],
    ['/assets/index-abc.js', ['assets', 'index-abc.js']],
    ['/library/%D9%87%D8%A7%D9%85%D8%B4.txt', ['library', 'هامش.txt']],
  ])('accepts %s', (path, segments) => {
    expect(safeRelativeSegments(path)).toEqual(segments);
  });

  it.each([
    ['dot-dot', '/../etc/passwd'],
    ['nested dot-dot', '/assets/../../secret'],
    ['encoded dot-dot', '/%2e%2e/secret'],
    ['upper-case encoded dot-dot', '/%2E%2E/secret'],
    ['encoded slash', '/assets%2f..%2f..%2fsecret'],
    ['backslash', '/assets\\..\\secret'],
    ['encoded backslash', '/..%5csecret'],
    ['absolute path after an empty segment', '//etc/passwd'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['encoded drive letter', '/C%3A/Windows'],
    ['NUL byte', '/index.html%00.js'],
    ['control character', '/a%0Ab'],
    ['hidden file', '/.env'],
    ['trailing slash', '/assets/'],
    ['relative path', 'index.html'],
    ['malformed escape', '/%E0%A4%A'],
  ])('refuses %s', (_case, path) => {
    expect(safeRelativeSegments(path)).toBeNull();
  });

  it('decodes only once, so a double-encoded dot-dot names an ordinary file', () => {
    expect(safeRelativeSegments('/%252e%252e/x')).toEqual(['%2e%2e', 'x']);
  });
});

describe('content types and headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['index.json', 'application/json; charset=utf-8'],
    ['article.ar.txt', 'text/plain; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
    ['constructor', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });

  it('puts the CSP on HTML only, and nosniff on everything', () => {
    expect(responseHeaders('index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(responseHeaders('app.js')['Content-Security-Policy']).toBeUndefined();
    expect(responseHeaders('app.js')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('has a CSP with no eval, no inline script, no remote source', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
