import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '@shared/platform/file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['keeps an Arabic name as it is', 'ملاحظات هامش.md', 'ملاحظات هامش.md'],
    ['replaces characters Windows refuses', 'a<b>c:d"e/f\\g|h?i*j.md', 'a_b_c_d_e_f_g_h_i_j.md'],
    ['replaces control characters', 'line\u0001one\u007f.txt', 'line_one_.txt'],
    ['turns a newline into a space', 'first\nsecond.md', 'first second.md'],
    ['removes bidi overrides that disguise extensions', 'report\u202Edm.exe', 'reportdm.exe'],
    ['trims trailing dots and spaces', 'notes. . ', 'notes'],
    ['trims leading spaces', '   notes.md', 'notes.md'],
    ['collapses runs of whitespace', 'a    b\t\tc.md', 'a b c.md'],
    ['prefixes a reserved Windows device name', 'CON', '_CON'],
    ['prefixes a reserved name with an extension', 'com1.json', '_com1.json'],
    ['leaves names that only start like a reserved one', 'console.md', 'console.md'],
    ['falls back when nothing is left', ' ... ', 'hamish'],
    ['falls back when only illegal characters were given', '???', 'hamish'],
    ['normalizes to NFC', 'e\u0301.md', '\u00e9.md'],
  ])('%s', (_case, input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('uses the given fallback', () => {
    expect(sanitizeFileName('', 'export')).toBe('export');
  });

  it('shortens a long Arabic name by whole letters and keeps the extension', () => {
    const name = sanitizeFileName(`${'هامش'.repeat(80)}.md`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name.endsWith('.md')).toBe(true);
    expect(name).not.toContain('\uFFFD');
  });
});
