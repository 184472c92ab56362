import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, readMhtmlPage } from '@shared/import/mhtml';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf8 = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
const base64Of = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A MIME message from header lines and parts, with the line break the case uses. */
function message(
  headers: string[],
  parts: { headers: string[]; body: string }[],
  boundary: string,
  eol = '\r\n',
): Uint8Array {
  const lines = [...headers, '', ''];
  for (const part of parts) lines.push(`--${boundary}`, ...part.headers, '', part.body);
  lines.push(`--${boundary}--`, '');
  return ascii(lines.join(eol));
}

const CHROME_HEADERS = (boundary: string) => [
  'From: <Saved by Blink>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  `\tboundary="${boundary}"`,
];

describe('readMhtmlPage finds the page', () => {
  const boundary = '----MultipartBoundary--abc----';
  it.each([
    [
      'Chrome: quoted-printable HTML first, folded Content-Type',
      message(
        CHROME_HEADERS(boundary),
        [
          {
            headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable'],
            body: '<p class=3D"x">=D9=85=D8=B1=D8=AD=D8=A8=D8=A7</p>=\r\n<p>b</p>',
          },
          { headers: ['Content-Type: text/css'], body: 'p{}' },
        ],
        boundary,
      ),
      '<p class="x">مرحبا</p><p>b</p>',
      null,
    ],
    [
      'Word/IE: base64 with a charset, after a text part',
      message(
        ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01"'],
        [
          { headers: ['Content-Type: text/plain'], body: 'not the page' },
          {
            headers: ['Content-Type: text/html; charset="windows-1256"', 'Content-Transfer-Encoding: base64'],
            body: base64Of('<p>page</p>').replace(/(.{8})/g, '$1\r\n'),
          },
        ],
        '----=_NextPart_01',
      ),
      '<p>page</p>',
      'windows-1256',
    ],
    [
      'LF line endings and an unquoted boundary',
      message(
        ['Content-Type: multipart/related; boundary=simple'],
        [{ headers: ['Content-Type: TEXT/HTML; charset=utf-8'], body: '<p>lf</p>' }],
        'simple',
        '\n',
      ),
      '<p>lf</p>',
      'utf-8',
    ],
    [
      'the page inside a nested multipart/alternative',
      message(
        ['Content-Type: multipart/mixed; boundary=outer'],
        [
          {
            headers: ['Content-Type: multipart/alternative; boundary=inner'],
            body: [
              '--inner',
              'Content-Type: text/plain',
              '',
              'plain',
              '--inner',
              'Content-Type: text/html',
              '',
              '<p>nested</p>',
              '--inner--',
            ].join('\r\n'),
          },
        ],
        'outer',
      ),
      '<p>nested</p>',
      null,
    ],
    [
      'a single-part message that is the page',
      ascii(
        'Content-Type: text/html; charset=iso-8859-6\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<p>single</p>',
      ),
      '<p>single</p>',
      'iso-8859-6',
    ],
  ])('%s', (_, bytes, html, charset) => {
    const page = readMhtmlPage(bytes);
    expect(utf8(page?.html)).toBe(html);
    expect(page?.charset).toBe(charset);
  });

  it('does not split at the boundary string inside a line', () => {
    const bytes = message(
      ['Content-Type: multipart/related; boundary=b1'],
      [{ headers: ['Content-Type: text/html'], body: '<p>text mentioning --b1 inline</p>' }],
      'b1',
    );
    expect(utf8(readMhtmlPage(bytes)?.html)).toBe('<p>text mentioning --b1 inline</p>');
  });

  it('keeps the part a file cut short was writing', () => {
    const bytes = ascii(
      'Content-Type: multipart/related; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>cut',
    );
    expect(utf8(readMhtmlPage(bytes)?.html)).toBe('<p>cut');
  });

  it.each([
    [
      'a message with no HTML part',
      message(
        ['Content-Type: multipart/related; boundary=b'],
        [{ headers: ['Content-Type: image/png'], body: 'x' }],
        'b',
      ),
    ],
    [
      'a multipart without a boundary',
      ascii('Content-Type: multipart/related\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>'),
    ],
    ['no MIME at all', ascii('<!doctype html><p>just html</p>')],
    ['nothing', new Uint8Array(0)],
  ])('returns null for %s', (_, bytes) => {
    expect(readMhtmlPage(bytes)).toBeNull();
  });
});

describe('transfer decodings', () => {
  it.each([
    ['soft line breaks, CRLF and LF', 'ab=\r\ncd=\nef', 'abcdef'],
    ['escapes in either case', '=3D=3d=D9=85', '==م'],
    ['an = that escapes nothing stays', 'a=ZZb=', 'a=ZZb='],
    ['padding at the end of an encoded line goes', 'a  \r\nb\t\r\nc', 'a\r\nb\r\nc'],
  ])('quoted-printable: %s', (_, encoded, decoded) => {
    expect(utf8(decodeQuotedPrintable(ascii(encoded)))).toBe(decoded);
  });

  it('base64 decodes what Node encodes, whatever the line breaks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (bytes, width) => {
        const encoded = Buffer.from(bytes)
          .toString('base64')
          .replace(new RegExp(`(.{${width}})`, 'g'), '$1\r\n');
        expect(decodeBase64(ascii(encoded))).toEqual(bytes);
      }),
    );
  });

  it('quoted-printable decodes what a quoted-printable encoder writes', () => {
    const encode = (bytes: Uint8Array): string => {
      let line = '';
      let out = '';
      for (const byte of bytes) {
        const piece =
          byte >= 33 && byte <= 126 && byte !== 61
            ? String.fromCharCode(byte)
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (line.length + piece.length > 75) {
          out += `${line}=\r\n`;
          line = '';
        }
        line += piece;
      }
      return out + line;
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(decodeQuotedPrintable(ascii(encode(bytes)))).toEqual(bytes);
      }),
    );
  });
});
