import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  contentTypeFor,
  inlineBlockHashes,
  responseHeaders,
  safeRelativeSegments,
} from '../../../src/main/static-files.mjs';

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
    expect(responseHeaders('index.html')['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(responseHeaders('app.js')['Content-Security-Policy']).toBeUndefined();
    expect(responseHeaders('app.js')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('has a CSP with no eval, no inline script, no remote source', () => {
    const directives = directivesOf(contentSecurityPolicy());
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('the CSP of a page with inline blocks', () => {
  const boot = "document.documentElement.dataset.theme = 'dark';";
  const css = '@font-face{font-family:Naskh;src:url(./assets/naskh.woff2)}';
  const page = `<!doctype html><head><script>${boot}</script><style>${css}</style><script type="module" src="./assets/index.js"></script></head><body><script>\nlate()\n</script></body>`;
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('allows exactly its inline scripts and styles, by SHA-256 of their text', () => {
    expect(inlineBlockHashes(page)).toEqual({
      scripts: [sha256(boot), sha256('\nlate()\n')],
      styles: [sha256(css)],
    });
    const directives = directivesOf(contentSecurityPolicy(page));
    expect(directives['script-src']).toEqual(["'self'", sha256(boot), sha256('\nlate()\n')]);
    expect(directives['style-src']).toEqual(["'self'", sha256(css)]);
    expect(contentSecurityPolicy(page)).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('hashes the exact text: a changed block is not allowed', () => {
    const changed = page.replace("'dark'", "'light'");
    expect(contentSecurityPolicy(changed)).not.toContain(sha256(boot));
  });

  it('leaves frame-ancestors out of the <meta> form, which browsers ignore there', () => {
    expect(directivesOf(contentSecurityPolicy(page, { forMeta: true }))['frame-ancestors']).toBeUndefined();
    expect(contentSecurityPolicy(page, { forMeta: true })).toBe(
      contentSecurityPolicy(page).replace("; frame-ancestors 'none'", ''),
    );
  });

  it('is what HTML is served with, from a string or bytes', () => {
    expect(responseHeaders('index.html', page)['Content-Security-Policy']).toBe(contentSecurityPolicy(page));
    expect(responseHeaders('index.html', new TextEncoder().encode(page))['Content-Security-Policy']).toBe(
      contentSecurityPolicy(page),
    );
  });
});

function directivesOf(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}
