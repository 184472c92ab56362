import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config, {
  BACKUP,
  IMPORTED_DOCUMENTS,
  READING_PACK,
  URL_SCHEME,
} from '../../../build/electron-builder.config.mjs';
import { ICNS_ENTRIES, ICO_SIZES, ICON_SIZES, iconFileName } from '../../../build/icon-sizes.mjs';
import { resolveLibraryDir } from '../../../src/main/library-files';
import { desktopLink } from '@shared/links/passage-link';
import { IMPORT_FILE_EXTENSIONS } from '@shared/platform/platform-contract';

const root = join(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
/** electron-builder's own code, resolved from where it is installed, so the test checks what packaging uses. */
const builderRequire = createRequire(join(root, 'node_modules', 'electron-builder', 'package.json'));

type FileSet = { from: string; to: string; filter?: string[] };
type Association = { ext: string | string[]; mimeType?: string; name?: string; role?: string; rank?: string };

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config');
    const { DebugLogger } = builderRequire('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.hamish.reader');
    expect(config.productName).toBe('Hamish');
  });

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis']],
    ['mac', ['dmg']],
  ] as const)('builds %s installers: %j', (os, targets) => {
    expect(config[os]?.target).toEqual(targets);
  });

  it('packs into an asar and has electron-builder flip every fuse in the packaged binary', async () => {
    expect(config.asar).toBe(true);
    // What electron-builder hands to @electron/fuses' flipFuses, just before signing.
    const { PlatformPackager } = builderRequire('app-builder-lib');
    expect(await PlatformPackager.prototype.generateFuseConfig(config.electronFuses)).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('flips them with the @electron/fuses version package.json pins', () => {
    const fromAppBuilderLib = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
    const installed = JSON.parse(
      readFileSync(fromAppBuilderLib.resolve('@electron/fuses/package.json'), 'utf8'),
    );
    const devDependencies = packageJson.devDependencies as Record<string, string>;
    expect(installed.version).toBe(devDependencies['@electron/fuses']);
  });

  it('registers the scheme the app writes its links with', () => {
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: [URL_SCHEME] })]);
    expect(new URL(desktopLink({ documentId: 'doc' })).protocol).toBe(`${URL_SCHEME}:`);
  });

  it('associates reading packs and backups, and never all JSON', () => {
    const associations = config.fileAssociations as Association[];
    expect(associations.map(({ ext, mimeType }) => ({ ext, mimeType }))).toEqual([
      { ext: 'hamish', mimeType: 'application/x-hamish' },
      { ext: BACKUP.ext, mimeType: BACKUP.mimeType },
    ]);
    expect(READING_PACK).toEqual({ ext: 'hamish', mimeType: 'application/x-hamish' });
    // Windows and macOS match the last extension only; a dotted one could never be associated.
    for (const { ext, name } of associations) {
      expect(ext).toMatch(/^[a-z0-9-]+$/);
      expect(ext).not.toBe('json');
      expect(name).toBeTruthy();
    }
  });

  it('offers the documents the import reads on macOS, as a viewer that never takes over the default', () => {
    expect(IMPORTED_DOCUMENTS.ext).toEqual([...IMPORT_FILE_EXTENSIONS]);
    // What the Mac packager writes into CFBundleDocumentTypes: the shared associations, then the Mac's.
    const { PlatformPackager } = builderRequire('app-builder-lib');
    const resolved = Object.getOwnPropertyDescriptor(
      PlatformPackager.prototype,
      'fileAssociations',
    )!.get!.call({ config, platformSpecificBuildOptions: config.mac }) as Association[];
    expect(resolved.map(({ ext }) => ext)).toEqual([READING_PACK.ext, BACKUP.ext, IMPORTED_DOCUMENTS.ext]);
    expect(resolved[2]).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
  });

  it('claims no document type where it cannot rank itself below the default', () => {
    // NSIS writes the extension's default handler, and a Linux association installs its own MIME type.
    const everywhere = (config.fileAssociations as Association[]).flatMap(({ ext }) => ext);
    expect(everywhere).toEqual([READING_PACK.ext, BACKUP.ext]);
    expect(config.win).not.toHaveProperty('fileAssociations');
    expect(config.nsis).not.toHaveProperty('fileAssociations');
    expect(config.linux).not.toHaveProperty('fileAssociations');
  });

  it('lists the document types in the Linux desktop entry, reusing the system’s MIME types', () => {
    expect(config.linux?.mimeTypes).toEqual(IMPORTED_DOCUMENTS.mimeTypes);
    expect(config.linux?.mimeTypes).toEqual(
      expect.arrayContaining(['text/plain', 'text/markdown', 'text/html', 'application/epub+zip']),
    );
  });

  it('ships the library where the installed app looks for it', () => {
    const [library, ...others] = config.extraResources as FileSet[];
    expect(others).toEqual([]);
    const location = { resourcesPath: '/opt/Hamish/resources', appPath: root };
    expect(resolveLibraryDir({ ...location, isPackaged: true })).toBe(
      join(location.resourcesPath, library!.to),
    );
    expect(resolveLibraryDir({ ...location, isPackaged: false })).toBe(join(root, library!.from));
  });

  it.each([
    ['package.json', true],
    ['out/main/index.js', true],
    ['out/preload/index.js', true],
    ['out/renderer/index.html', true],
    ['out/renderer/assets/start-app.js', true],
    ['out/renderer/library/index.json', false],
    ['node_modules/zod/package.json', false],
    ['src/main/index.ts', false],
    ['tests/unit/main/index.test.ts', false],
    ['bench/pages/anchoring.ts', false],
    ['scripts/start.mjs', false],
    ['resources/library/index.json', false],
    ['build/icon.svg', false],
    ['docs/packaging.md', false],
  ])('puts %s in the app archive: %s', (file, included) => {
    const { FileMatcher } = builderRequire('app-builder-lib/out/fileMatcher');
    const filter = new FileMatcher(root, '/app', (s: string) => s, config.files).createFilter();
    const isFile = { isDirectory: () => false };
    expect(filter(join(root, file), isFile)).toBe(included);
  });

  it('names the Linux desktop entry after package.json desktopName', () => {
    expect(config.linux?.syncDesktopName).toBe(true);
    expect(packageJson.desktopName).toBe(`${config.linux?.executableName}.desktop`);
  });
});

describe('icons', () => {
  it('gives Linux one PNG per size, each really that size', () => {
    const dir = join(root, config.linux!.icon!);
    expect(readdirSync(dir).sort()).toEqual(ICON_SIZES.map(iconFileName).sort());
    for (const size of ICON_SIZES)
      expect(pngSize(readFileSync(join(dir, iconFileName(size))))).toEqual([size, size]);
  });

  it('gives Windows an .ico holding every size up to 256', () => {
    const entries = icoEntries(readFileSync(join(root, config.win!.icon!)));
    expect(entries.map((entry) => entry.size)).toEqual(ICO_SIZES);
    for (const { size, image } of entries) expect(icoImageSize(image)).toEqual([size, size]);
  });

  it('gives macOS an .icns holding every size up to 1024', () => {
    const entries = icnsEntries(readFileSync(join(root, config.mac!.icon!)));
    expect(entries.map(({ type }) => type)).toEqual(ICNS_ENTRIES.map(({ type }) => type));
    for (const [i, { png }] of entries.entries()) {
      const { size } = ICNS_ENTRIES[i]!;
      expect(pngSize(png)).toEqual([size, size]);
    }
    expect(Math.max(...ICNS_ENTRIES.map(({ size }) => size))).toBe(1024);
  });
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Width and height of a PNG whose chunks, ending in IEND, inflate to exactly its rows of pixels. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const ihdr = chunks[0]!.data;
  const [width, height, bitDepth, colorType, interlace] = [
    ihdr.readUInt32BE(0),
    ihdr.readUInt32BE(4),
    ihdr[8]!,
    ihdr[9]!,
    ihdr[12]!,
  ];
  expect(interlace).toBe(0);
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rowBytes = 1 + Math.ceil((width * CHANNELS[colorType]! * bitDepth) / 8);
  expect(pixels.length).toBe(height * rowBytes);
  return [width, height];
}

function icoEntries(ico: Buffer): { size: number; image: Buffer }[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const [width, height] = [ico[entry] || 256, ico[entry + 1] || 256];
    expect(height).toBe(width);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: width, image: ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)) };
  });
}

/** An .ico image is a PNG or a bitmap whose header counts the AND mask in its height. */
function icoImageSize(image: Buffer): [number, number] {
  if (image.subarray(0, 8).equals(PNG_SIGNATURE)) return pngSize(image);
  expect(image.readUInt32LE(0)).toBe(40);
  return [image.readInt32LE(4), image.readInt32LE(8) / 2];
}

function icnsEntries(icns: Buffer): { type: string; png: Buffer }[] {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    entries.push({ type: icns.toString('latin1', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}
