import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const publicDir = join(import.meta.dirname, '../../../src/renderer/public');
const manifest = JSON.parse(readFileSync(join(publicDir, 'manifest.json'), 'utf8')) as {
  name: string;
  short_name: string;
  lang: string;
  dir: string;
  start_url: string;
  scope: string;
  display: string;
  icons: { src: string; sizes: string; type: string }[];
};
const indexHtml = readFileSync(join(publicDir, '..', 'index.html'), 'utf8');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the browser edition’s web app manifest', () => {
  it('names the app in both languages, Arabic and right to left first', () => {
    expect(manifest.name).toContain('هامش');
    expect(manifest.name).toContain('Hamish');
    expect(manifest.short_name).toBe('هامش');
    expect(manifest.lang).toBe('ar');
    expect(manifest.dir).toBe('rtl');
    expect(manifest.display).toBe('standalone');
  });

  it('starts and stays where it is served, whatever the host and folder', () => {
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    for (const url of [manifest.start_url, manifest.scope, ...manifest.icons.map((icon) => icon.src)]) {
      expect(new URL(url, 'https://school.example/hamish/manifest.json').href).toMatch(
        /^https:\/\/school\.example\/hamish\//,
      );
    }
  });

  it.each(['192x192', '512x512'])('has a %s PNG icon of that size', (size) => {
    const icon = manifest.icons.find((entry) => entry.sizes === size);
    expect(icon?.type).toBe('image/png');
    expect(pngSize(readFileSync(join(publicDir, icon!.src)))).toBe(size);
  });

  it('is linked from index.html', () => {
    expect(indexHtml).toContain('<link rel="manifest" href="./manifest.json" />');
  });
});
