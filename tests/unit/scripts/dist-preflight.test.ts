import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  debMetadata,
  electronUnreachable,
  electronZipUrl,
  packagingBlocker,
  webAddress,
  withDebMetadata,
} from '../../../scripts/dist-preflight.mjs';
import config from '../../../build/electron-builder.config.mjs';

const NAMED = { maintainer: 'Hamish <hamish@example.org>', homepage: 'https://example.org' };
const NOBODY = { maintainer: null, homepage: null };

describe('packagingBlocker', () => {
  it.each([
    {
      nodeVersion: '20.20.2',
      platform: 'linux',
      deb: NAMED,
      blocked: /needs Node 22\.12 or later \(this is Node 20\.20\.2\)/,
    },
    { nodeVersion: '22.11.0', platform: 'darwin', deb: NAMED, blocked: /needs Node 22\.12/ },
    { nodeVersion: '22.12.0', platform: 'linux', deb: NAMED, blocked: null },
    { nodeVersion: '24.1.0', platform: 'win32', deb: NOBODY, blocked: null },
    { nodeVersion: '24.1.0', platform: 'darwin', deb: NOBODY, blocked: null },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      deb: NOBODY,
      blocked:
        /^The deb package needs a maintainer and a home page: set DEBFULLNAME and DEBEMAIL .*, and add `homepage`.*\.$/,
    },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      deb: { ...NAMED, maintainer: null },
      blocked: /: set DEBFULLNAME and DEBEMAIL \(or git config user\.name and user\.email\)\.$/,
    },
    {
      nodeVersion: '24.1.0',
      platform: 'linux',
      deb: { ...NAMED, homepage: null },
      blocked: /: add `homepage` to package\.json \(or build from a clone whose origin is .*\)\.$/,
    },
  ] as const)('Node $nodeVersion on $platform → $blocked', ({ nodeVersion, platform, deb, blocked }) => {
    const sentence = packagingBlocker({ nodeVersion, platform, deb });
    if (blocked === null) expect(sentence).toBeNull();
    else expect(sentence).toMatch(blocked);
  });
});

describe('debMetadata', () => {
  const GIT = {
    name: 'Salma Haddad',
    email: 'salma@school.example',
    origin: 'git@github.com:salma/hamish.git',
  };
  it.each([
    {
      why: "package.json's author and homepage win",
      packageJson: {
        author: { name: 'Hamish', email: 'hamish@example.org' },
        homepage: 'https://example.org',
      },
      env: { DEBFULLNAME: 'Other', DEBEMAIL: 'other@example.org' },
      git: GIT,
      deb: NAMED,
    },
    {
      why: 'an author string with an email',
      packageJson: { author: 'Hamish <hamish@example.org> (https://example.org)' },
      env: {},
      git: {},
      deb: { maintainer: 'Hamish <hamish@example.org>', homepage: null },
    },
    {
      why: "Debian's own variables name whoever builds",
      packageJson: { author: 'Hamish' },
      env: { DEBFULLNAME: 'Omar Said', DEBEMAIL: 'omar@example.org' },
      git: GIT,
      deb: { maintainer: 'Omar Said <omar@example.org>', homepage: 'https://github.com/salma/hamish' },
    },
    {
      why: 'DEBEMAIL may hold the name too',
      packageJson: {},
      env: { DEBEMAIL: 'Omar Said <omar@example.org>' },
      git: {},
      deb: { maintainer: 'Omar Said <omar@example.org>', homepage: null },
    },
    {
      why: 'else the git identity',
      packageJson: {},
      env: {},
      git: GIT,
      deb: { maintainer: 'Salma Haddad <salma@school.example>', homepage: 'https://github.com/salma/hamish' },
    },
    {
      why: 'an email without a name is not a maintainer',
      packageJson: {},
      env: {},
      git: { email: 'salma@school.example' },
      deb: NOBODY,
    },
    {
      why: "npm's repository shorthand",
      packageJson: { repository: 'gitlab:school/hamish' },
      env: {},
      git: {},
      deb: { maintainer: null, homepage: 'https://gitlab.com/school/hamish' },
    },
    {
      why: 'a repository object',
      packageJson: { repository: { url: 'git+https://codeberg.org/school/hamish.git' } },
      env: {},
      git: {},
      deb: { maintainer: null, homepage: 'https://codeberg.org/school/hamish' },
    },
  ])('$why', ({ packageJson, env, git, deb }) => {
    expect(debMetadata({ packageJson, env, git })).toEqual(deb);
  });
});

describe('withDebMetadata', () => {
  it('gives electron-builder the maintainer and home page, leaving the rest of the configuration as it is', () => {
    const packaged = withDebMetadata(config, NAMED);
    expect(packaged.linux).toEqual({ ...config.linux, maintainer: NAMED.maintainer });
    expect(packaged.extraMetadata).toEqual({ homepage: NAMED.homepage });
    expect({ ...packaged, linux: config.linux, extraMetadata: config.extraMetadata }).toEqual(config);
  });

  it('adds nothing it did not find (Windows and macOS need neither)', () => {
    const packaged = withDebMetadata(config, NOBODY);
    expect(packaged.linux).toEqual(config.linux);
    expect(packaged.extraMetadata).toEqual({});
  });
});

describe('webAddress', () => {
  it.each([
    ['https://github.com/salma/hamish.git', 'https://github.com/salma/hamish'],
    ['git@github.com:salma/hamish.git', 'https://github.com/salma/hamish'],
    ['ssh://git@gitlab.com/school/hamish', 'https://gitlab.com/school/hamish'],
    ['git+https://codeberg.org/school/hamish.git/', 'https://codeberg.org/school/hamish'],
    ['/work/main', null],
    ['file:///work/main', null],
    ['../hamish', null],
    ['https://github.com/', null],
    [undefined, null],
  ])('%s → %s', (remote, address) => {
    expect(webAddress(remote)).toBe(address);
  });
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
