import { describe, expect, it } from 'vitest';
import { contentHash } from '@shared/document/content-hash';

describe('contentHash', () => {
  // Published FNV-1a 64 test vectors: for ASCII, code units and bytes coincide.
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the FNV-1a 64 vector for %j', (input, expected) => {
    expect(contentHash(input)).toBe(expected);
  });

  it('returns 16 lowercase hex digits for Arabic text', () => {
    expect(contentHash('ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hashes Arabic code units like a big-integer FNV-1a reference does', () => {
    // Pinned from an independent arbitrary-precision implementation over the same UTF-16 code units.
    expect(contentHash('امدادات اليورانيوم في خطر\n\nCameco (CSTO) 50 40 22')).toBe('385e9b110effc1f1');
  });

  it.each([
    ['one diacritic', 'أيضا', 'أيضاً'],
    ['one digit', 'بنسبة 22 في المئة', 'بنسبة 23 في المئة'],
    ['curly vs straight quote', '“نحن”', '"نحن"'],
    ['high byte of a code unit', '\u0101', '\u0001'],
    ['trailing separator', 'نص', 'نص\n\n'],
  ])('changes when the text changes: %s', (_name, left, right) => {
    expect(contentHash(left)).not.toBe(contentHash(right));
  });
});
