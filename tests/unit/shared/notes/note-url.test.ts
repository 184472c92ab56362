import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedNoteUrl, MAX_NOTE_URL_CHARS } from '@shared/notes/note-url';

describe('isAllowedNoteUrl', () => {
  it.each([
    'https://example.org',
    'HTTPS://EXAMPLE.ORG/Path?q=1#frag',
    'http://127.0.0.1:8080/x',
    'mailto:teacher@example.org',
    'MailTo:a@b.c?subject=hi',
    'hamish://open/china-interests-kazakhstan-2022?annotation=1',
    'https://ar.wikipedia.org/wiki/%D9%87%D8%A7%D9%85%D8%B4',
  ])('allows %s', (url) => {
    expect(isAllowedNoteUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript in capitals', 'JavaScript:alert(1)'],
    ['javascript behind a tab', 'java\tscript:alert(1)'],
    ['javascript behind a newline', 'java\nscript:alert(1)'],
    ['a leading space', ' https://example.org'],
    ['a leading control character', '\u0001https://example.org'],
    ['data', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:https://example.org/1'],
    ['ftp', 'ftp://example.org'],
    ['http without a host', 'http:'],
    ['https without a host', 'https:///path'],
    ['a bare mailto', 'mailto:'],
    ['a relative path', '/notes/1'],
    ['a fragment', '#top'],
    ['an empty string', ''],
    ['a space inside', 'https://example.org/a b'],
    ['too long', `https://example.org/${'a'.repeat(MAX_NOTE_URL_CHARS)}`],
    ['not a string', 42],
    ['null', null],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedNoteUrl(url)).toBe(false);
  });

  it('allows nothing whose scheme is not one of the four', () => {
    fc.assert(
      fc.property(fc.string(), (url) => {
        if (isAllowedNoteUrl(url)) expect(url).toMatch(/^(?:https?|mailto|hamish):/i);
      }),
    );
  });
});
