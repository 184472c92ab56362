import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '@shared/document/document-model';
import { sniffFormat } from '@shared/import/sniff-format';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const TEXT = ascii('# Notes\n\nPlain words.');
const HTML = ascii('<!doctype html><html lang="ar">');
const MHTML = ascii('From: <Saved by Blink>\r\nMIME-Version: 1.0');
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
const PDF = ascii('%PDF-1.7\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const GIF = ascii('GIF89a');
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50]);
const TIFF = new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00]);

describe('sniffFormat by extension', () => {
  it.each<[string, Uint8Array, ImportFormat]>([
    ['notes.txt', TEXT, 'text'],
    ['NOTES.TXT', TEXT, 'text'],
    ['notes.text', TEXT, 'text'],
    ['درس الأسبوع.md', TEXT, 'markdown'],
    ['readme.Markdown', TEXT, 'markdown'],
    ['page.html', HTML, 'html'],
    ['page.HTM', HTML, 'html'],
    ['page.xhtml', HTML, 'html'],
    ['page.mhtml', MHTML, 'mhtml'],
    ['page.MHT', MHTML, 'mhtml'],
    ['book.epub', ZIP, 'epub'],
    ['Book.EPUB', ZIP, 'epub'],
    ['C:\\Users\\me\\saved.page.html', HTML, 'html'],
    ['/home/me/v1.2/notes.txt', TEXT, 'text'],
    ['empty.txt', new Uint8Array(), 'text'],
  ])('%s → %s', (name, head, format) => {
    expect(sniffFormat(name, head)).toBe(format);
  });
});

describe('sniffFormat refuses', () => {
  it.each<[string, string, Uint8Array]>([
    ['an unknown extension', 'report.pdf', PDF],
    ['a document format we do not read', 'lesson.docx', ZIP],
    ['no extension', 'README', TEXT],
    ['an extension hidden in a folder name', '/home/me/notes.txt/README', TEXT],
    ['an EPUB that is not a ZIP', 'book.epub', HTML],
    ['an empty EPUB', 'book.epub', new Uint8Array()],
    ['a ZIP named as text', 'archive.txt', ZIP],
    ['a PDF named as Markdown', 'paper.md', PDF],
    ['a PNG named as a web page', 'photo.html', PNG],
    ['a JPEG named as text', 'photo.txt', JPEG],
    ['a GIF named as text', 'anim.txt', GIF],
    ['a WebP named as MHTML', 'image.mhtml', WEBP],
    ['a TIFF named as text', 'scan.txt', TIFF],
  ])('%s (%s)', (_, name, head) => {
    expect(sniffFormat(name, head)).toBeNull();
  });
});
