import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@shared/import/decode-text';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/import/text');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(fixtures, name)));
const textOf = (name: string): string => readFileSync(resolve(fixtures, name), 'utf8');

const EXCERPT = textOf('kazakhstan-excerpt.utf-8.txt');
const QUOTES = textOf('kazakhstan-quotes.utf-8.txt');

const utf16be = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    bytes[index * 2] = text.charCodeAt(index) >> 8;
    bytes[index * 2 + 1] = text.charCodeAt(index) & 0xff;
  }
  return bytes;
};

describe('decodeText on the excerpt of the seed article in every encoding', () => {
  it.each([
    ['kazakhstan-excerpt.utf-8.txt', 'utf-8', EXCERPT],
    ['kazakhstan-excerpt.utf-8-bom.txt', 'utf-8', EXCERPT],
    ['kazakhstan-excerpt.utf-16le-bom.txt', 'utf-16le', EXCERPT],
    ['kazakhstan-excerpt.utf-16be-bom.txt', 'utf-16be', EXCERPT],
    ['kazakhstan-excerpt.utf-16le-no-bom.txt', 'utf-16le', EXCERPT],
    ['kazakhstan-excerpt.windows-1256.txt', 'windows-1256', EXCERPT],
    ['kazakhstan-excerpt.iso-8859-6.txt', 'iso-8859-6', EXCERPT],
    ['kazakhstan-quotes.windows-1256.txt', 'windows-1256', QUOTES],
  ])('%s decodes as %s, back to the exact text', (file, encoding, text) => {
    expect(decodeText(bytesOf(file))).toEqual({ text, encoding });
  });

  it('finds UTF-16BE without a BOM by where its NULs fall', () => {
    expect(decodeText(utf16be(EXCERPT))).toEqual({ text: EXCERPT, encoding: 'utf-16be' });
  });
});

describe('decodeText prefers the Arabic encodings', () => {
  it('reads a word chardet calls Greek first (ISO-8859-7 decodes it cleanly too) as windows-1256', () => {
    // مصالح in windows-1256: chardet ranks ISO-8859-7 at 50 above windows-1256.
    const masalih = new Uint8Array([0xe3, 0xd5, 0xc7, 0xe1, 0xcd]);
    expect(decodeText(masalih)).toEqual({ text: 'مصالح', encoding: 'windows-1256' });
  });
});

describe('decodeText with a declared label', () => {
  const french = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75]);

  it.each([
    [
      'iso-8859-6 bytes, declared "arabic"',
      bytesOf('kazakhstan-excerpt.iso-8859-6.txt'),
      'arabic',
      'iso-8859-6',
    ],
    [
      'windows-1256 bytes, declared "cp1256"',
      bytesOf('kazakhstan-excerpt.windows-1256.txt'),
      'cp1256',
      'windows-1256',
    ],
    [
      'Latin bytes, declared Turkish: the declaration wins over a guess',
      french,
      'windows-1254',
      'windows-1254',
    ],
    ['Latin bytes, declared "latin1": WHATWG names it windows-1252', french, ' latin1 ', 'windows-1252'],
  ])('%s', (_, bytes, declared, encoding) => {
    expect(decodeText(bytes, declared)?.encoding).toBe(encoding);
  });

  it.each([
    ['a label TextDecoder does not know', 'klingon-8'],
    ['UTF-16 for bytes without NULs', 'utf-16le'],
    ['iso-8859-6 for bytes it cannot decode (curly quotes of windows-1256)', 'iso-8859-6'],
    ['no label at all', null],
  ])('falls back to detection for %s', (_, declared) => {
    expect(decodeText(bytesOf('kazakhstan-quotes.windows-1256.txt'), declared)).toEqual({
      text: QUOTES,
      encoding: 'windows-1256',
    });
  });

  it('prefers strictly valid UTF-8 over a declared legacy label', () => {
    expect(decodeText(bytesOf('kazakhstan-excerpt.utf-8.txt'), 'windows-1256')?.encoding).toBe('utf-8');
  });
});

describe('decodeText with bytes that are not Arabic', () => {
  it.each([
    [
      'Russian in windows-1251',
      [
        0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xea, 0xe0, 0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0, 0x3f,
        0x20, 0xdd, 0xf2, 0xee, 0x20, 0xf2, 0xe5, 0xea, 0xf1, 0xf2,
      ],
      'windows-1251',
    ],
    [
      'French in windows-1252',
      [...'Café crème, déjà vu: où est la bibliothèque? Très bien, à bientôt.'].map((char) =>
        char.charCodeAt(0),
      ),
      'windows-1252',
    ],
  ])('%s is not forced into an Arabic encoding', (_, bytes, encoding) => {
    expect(decodeText(new Uint8Array(bytes))?.encoding).toBe(encoding);
  });
});

describe('decodeText refuses what is not text', () => {
  const png = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ];
  const pseudoRandom = Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 256);
  it.each([
    ['a PNG header (NULs on both sides)', png],
    ['bytes of every value', pseudoRandom],
    [
      'UTF-32LE behind its BOM (decoded as UTF-16 it is half NULs)',
      [0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00, 0x62, 0x00, 0x00, 0x00],
    ],
    ['ASCII with one NUL in the middle', [...'plain text'].map((char) => char.charCodeAt(0)).concat(0, 0x61)],
  ])('%s → null', (_, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toBeNull();
  });

  it.each([
    [
      'one damaged byte in a long text is marked, not refused',
      EXCERPT,
      { text: `${EXCERPT}\uFFFD`, encoding: 'utf-8' },
    ],
    ['a damaged byte in every few letters is refused', 'سلام', null],
  ])('UTF-8 behind a BOM: %s', (_, text, expected) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text), 0xff]);
    expect(decodeText(bytes)).toEqual(expected);
  });
});

describe('decodeText round-trips UTF-8', () => {
  const arabicUnit = fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCodePoint(code));
  const anyUnit = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
  // NUL makes bytes binary and a leading U+FEFF is a BOM, which decoding rightly strips.
  const text = fc
    .string({ unit: fc.oneof(arabicUnit, anyUnit), maxLength: 200 })
    .filter((value) => !value.includes('\u0000') && !value.startsWith('\uFEFF'));

  it('gives back any text encoded as UTF-8, unchanged, as utf-8', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeText(new TextEncoder().encode(value))).toEqual({ text: value, encoding: 'utf-8' });
      }),
    );
  });
});
