import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronUnreachable, electronZipUrl, packagingBlocker } from '../../../scripts/dist-preflight.mjs';

const PUBLISHABLE = {
  author: { name: 'Hamish', email: 'hamish@example.org' },
  homepage: 'https://example.org',
};

describe('packagingBlocker', () => {
  it.each([
    {
      nodeVersion: '20.20.2',
      platform: 'linux',
      packageJson: PUBLISHABLE,
      blocked: /needs Node 22\.12 or later \(this is Node 20\.20\.2\)/,
    },
    { nodeVersion: '22.11.0', platform: 'darwin', packageJson: PUBLISHABLE, blocked: /needs Node 22\.12/ },
    { nodeVersion: '22.12.0', platform: 'linux', packageJson: PUBLISHABLE, blocked: null },
    { nodeVersion: '24.1.0', platform: 'win32', packageJson: {}, blocked: null },
    { nodeVersion: '24.1.0', platform: 'darwin', packageJson: {}, blocked: null },
    { nodeVersion: '24.1.0', platform: 'linux', packageJson: {}, blocked: /deb package needs a maintainer/ },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      packageJson: { ...PUBLISHABLE, author: { name: 'Hamish' } },
      blocked: /add `author` \(with an email\)/,
    },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      packageJson: { author: PUBLISHABLE.author },
      blocked: /`homepage`/,
    },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      packageJson: { author: 'Hamish <hamish@example.org>', repository: 'github:hamish/reader' },
      blocked: null,
    },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      packageJson: { author: 'Hamish', homepage: PUBLISHABLE.homepage },
      blocked: /with an email/,
    },
  ] as const)(
    'Node $nodeVersion on $platform → $blocked',
    ({ nodeVersion, platform, packageJson, blocked }) => {
      const sentence = packagingBlocker({ nodeVersion, platform, packageJson });
      if (blocked === null) expect(sentence).toBeNull();
      else expect(sentence).toMatch(blocked);
    },
  );
});

describe('electronZipUrl', () => {
  it.each([
    {
      mirror: undefined,
      url: 'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip',
    },
    {
      mirror: 'https://mirror.example/electron/',
      url: 'https://mirror.example/electron/v45.5.0/electron-v45.5.0-linux-x64.zip',
    },
    {
      mirror: 'https://mirror.example/electron',
      url: 'https://mirror.example/electron/v45.5.0/electron-v45.5.0-linux-x64.zip',
    },
  ])('$mirror → $url', ({ mirror, url }) => {
    expect(electronZipUrl({ version: '45.5.0', platform: 'linux', arch: 'x64', mirror })).toBe(url);
  });
});

describe('electronUnreachable', () => {
  let server: Server;
  let base: string;
  let closedPort: number;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/hang') return;
      const status = Number(request.url?.slice(1)) || 500;
      response.writeHead(status, status === 302 ? { Location: 'https://objects.example/zip' } : {});
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it.each([200, 302])('is null when the mirror answers %i', async (status) => {
    expect(await electronUnreachable(`${base}${status}`)).toBeNull();
  });

  it('names the URL and the HTTP status when the mirror lacks the zip', async () => {
    expect(await electronUnreachable(`${base}404`)).toBe(
      `npm run dist cannot fetch ${base}404 (HTTP 404): run it on a machine with internet access, ` +
        'or set ELECTRON_MIRROR to a mirror this one can reach.',
    );
  });

  it('names the network error when nothing answers', async () => {
    expect(await electronUnreachable(`http://127.0.0.1:${closedPort}/zip`)).toMatch(/\(ECONNREFUSED\)/);
  });

  it('gives up after its time limit', async () => {
    const started = performance.now();
    expect(await electronUnreachable(`${base}hang`, { timeoutMs: 300 })).toMatch(
      /\(no answer within 0\.3 s\)/,
    );
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
