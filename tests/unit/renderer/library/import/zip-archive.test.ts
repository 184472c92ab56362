import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DamagedArchive, EPUB_LIMITS, openZip } from '@renderer/library/import/zip-archive';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** Rewrites the uncompressed size an entry declares, in its local and its central header. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, size, true);
  for (let offset = zip.length - 22; offset >= 0; offset -= 1) {
    if (view.getUint32(offset, true) === 0x02014b50) {
      view.setUint32(offset + 24, size, true);
      break;
    }
  }
  return zip;
}

describe('openZip', () => {
  it('reads stored and deflated entries by name, and null for a missing one', () => {
    const zip = openZip(
      zipSync({ stored: [text('as is'), { level: 0 }], 'dir/deflated.txt': text('نص '.repeat(1000)) }),
    );
    expect(zip.names().sort()).toEqual(['dir/deflated.txt', 'stored']);
    expect(new TextDecoder().decode(zip.read('stored')!)).toBe('as is');
    expect(new TextDecoder().decode(zip.read('dir/deflated.txt')!)).toBe('نص '.repeat(1000));
    expect(zip.read('missing')).toBeNull();
  });

  it('refuses an entry whose header understates what it inflates to, without inflating it all', () => {
    const bomb = declareSize(
      zipSync({ 'chapter.xhtml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
      100,
    );
    const zip = openZip(bomb);
    const started = performance.now();
    expect(() => zip.read('chapter.xhtml')).toThrow(DamagedArchive);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry that honestly declares a bomb’s ratio', () => {
    const bomb = zipSync({ 'chapter.xhtml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(() => openZip(bomb)).toThrow(/compresses like a bomb/);
  });

  it.each([
    ['too many entries', { ...EPUB_LIMITS, maxEntries: 2 }, /entries/],
    ['more declared in all than the limit', { ...EPUB_LIMITS, maxTotalBytes: 1500 }, /declares too much/],
    ['an entry over the limit', { ...EPUB_LIMITS, maxEntryBytes: 999 }, /too large/],
  ])('refuses %s', (_, limits, message) => {
    const zip = zipSync({ a: new Uint8Array(1000), b: new Uint8Array(1000), c: new Uint8Array(1) });
    expect(() => openZip(zip, limits)).toThrow(message);
  });

  it('counts what it actually inflates against the total', () => {
    const zip = openZip(zipSync({ a: new Uint8Array(1000), b: new Uint8Array(1000) }), {
      ...EPUB_LIMITS,
      maxTotalBytes: 2000,
    });
    zip.read('a');
    zip.read('b');
    expect(() => zip.read('a')).toThrow(/inflates past the limit/);
  });

  it.each([
    ['random bytes', text('this is not a zip file at all, not even close to one')],
    ['a zip cut short', zipSync({ a: text('x'.repeat(5000)) }).subarray(0, 100)],
  ])('refuses %s', (_, bytes) => {
    expect(() => openZip(bytes).read('a')).toThrow();
  });
});
