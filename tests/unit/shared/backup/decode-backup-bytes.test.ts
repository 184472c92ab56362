import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '@shared/backup/backup-format';
import { BACKUP_LIMITS } from '@shared/backup/backup-schema';
import { decodeBackupBytes } from '@shared/backup/decode-backup-bytes';
import { parseBackup } from '@shared/backup/parse-backup';
import { encodeWithBom, validBackup, type BackupEncoding } from '../../../support/bad-backups';

/** Arabic with harakat, an emoji (a surrogate pair in UTF-16) and a right-to-left mark. */
const TEXT = '{"note": "كَتَبَ هامش 😀 \u200f end"}';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBackupBytes', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeBackupBytes(utf8(TEXT))).toEqual({ ok: true, text: TEXT });
  });

  it.each<BackupEncoding>(['utf-8 with BOM', 'utf-16le', 'utf-16be'])(
    'reads %s and drops the byte-order mark',
    (encoding) => {
      expect(decodeBackupBytes(encodeWithBom(TEXT, encoding))).toEqual({ ok: true, text: TEXT });
    },
  );

  it.each<BackupEncoding>(['utf-8 with BOM', 'utf-16le', 'utf-16be'])(
    'a whole backup saved as %s restores like the original',
    (encoding) => {
      const content = serializeBackup(validBackup());
      const decoded = decodeBackupBytes(encodeWithBom(content, encoding));
      const context = { documents: new Map() };
      expect(decoded.ok && parseBackup(decoded.text, context)).toEqual(parseBackup(content, context));
    },
  );

  it.each([
    ['a Latin-1 é', [0x7b, 0xe9, 0x7d]],
    ['a lead byte with nothing after it', [0x7b, 0xd8]],
    ['a stray continuation byte', [0x7b, 0x80, 0x7d]],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['UTF-16LE without a BOM (a NUL after each ASCII byte)', [0x7b, 0x00, 0x7d, 0x00]],
    ['UTF-32LE with its BOM (read as UTF-16LE: NULs)', [0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]],
    ['UTF-16BE with a BOM and a lone low surrogate', [0xfe, 0xff, 0xdc, 0x00]],
    ['UTF-16LE with a BOM and an odd byte count', [0xff, 0xfe, 0x7b, 0x00, 0x7d]],
  ])('refuses %s as not UTF-8', (_, bytes) => {
    expect(decodeBackupBytes(Uint8Array.from(bytes))).toMatchObject({
      ok: false,
      error: { code: 'not-utf8', path: '' },
    });
  });

  it('refuses a file over the size limit by its length, before decoding it', () => {
    // Zero-filled memory is reserved, not written: this costs little.
    expect(decodeBackupBytes(new Uint8Array(BACKUP_LIMITS.fileBytes + 1))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('keeps the size limit well below the longest string V8 can hold: any file under it decodes', () => {
    // UTF-8 and UTF-16 both decode to at most one UTF-16 unit per byte.
    expect(BACKUP_LIMITS.fileBytes).toBeLessThan(0.8 * constants.MAX_STRING_LENGTH);
  });
});
