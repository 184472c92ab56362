import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportDraft, ImportOutcome } from '@shared/import/import-model';
import { draftFromText } from '@shared/import/text-import';

const root = resolve(import.meta.dirname, '../../../..');
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/import/text', name)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const manifest = JSON.parse(
  readFileSync(resolve(root, 'resources/library/china-interests-kazakhstan-2022.json'), 'utf8'),
) as { title: string; related: string[] };

function draftOf(outcome: ImportOutcome): ImportDraft {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.draft;
}

const ARABIC =
  'تتمتع الصين وكازاخستان بشراكة اقتصادية مهمة، وهي مصدر الصين ما يقرب من خمس وارداتها من الغاز.';
const ENGLISH = 'Cameco, the Canadian uranium producer, said its mine in Kazakhstan kept working.';

describe('draftFromText on the seed article in windows-1256 with its "read also" list', () => {
  const draft = draftOf(draftFromText(fixture('kazakhstan-read-also.windows-1256.txt'), 'kazakhstan.txt'));

  it('decodes the legacy encoding and keeps the article title', () => {
    expect(draft).toMatchObject({
      format: 'text',
      fileName: 'kazakhstan.txt',
      title: manifest.title,
      language: 'ar',
      direction: 'rtl',
      siteName: null,
      byline: null,
      publication: '',
      encoding: 'windows-1256',
    });
  });

  it('reads the five "read also" titles as related pieces, not body', () => {
    expect(draft.related).toEqual(manifest.related);
    const body = draft.blocks.map((block) => block.text).join('\n');
    for (const title of manifest.related) expect(body).not.toContain(title);
  });

  it('finds the heading and paragraphs, and leaves the subscribe lines out', () => {
    const opening = (text: string): string => text.split(' ').slice(0, 3).join(' ');
    expect(draft.blocks.map((block) => [block.kind, opening(block.text)])).toEqual([
      ['paragraph', 'هنأ الزعيم الصيني'],
      ['heading', 'الصين شريك رئيسي'],
      ['paragraph', 'تتمتع الصين وكازاخستان'],
    ]);
  });
});

describe('draftFromText in every encoding of the same excerpt', () => {
  const expected = draftOf(draftFromText(fixture('kazakhstan-excerpt.utf-8.txt'), 'excerpt.txt'));
  it.each([
    ['kazakhstan-excerpt.utf-8-bom.txt', 'utf-8'],
    ['kazakhstan-excerpt.utf-16le-bom.txt', 'utf-16le'],
    ['kazakhstan-excerpt.utf-16be-bom.txt', 'utf-16be'],
    ['kazakhstan-excerpt.windows-1256.txt', 'windows-1256'],
    ['kazakhstan-excerpt.iso-8859-6.txt', 'iso-8859-6'],
  ])('%s gives the same title and blocks, decoded as %s', (file, encoding) => {
    const draft = draftOf(draftFromText(fixture(file), 'excerpt.txt'));
    expect(draft.encoding).toBe(encoding);
    expect({ title: draft.title, blocks: draft.blocks }).toEqual({
      title: expected.title,
      blocks: expected.blocks,
    });
  });
});

describe('draftFromText titles and languages', () => {
  it.each([
    [
      'a short first line is the title',
      'ملاحظات الدرس\n\nالفقرة الأولى من الدرس.',
      'notes.txt',
      'ملاحظات الدرس',
    ],
    [
      'a file opening with prose is titled by its name',
      `${'هذه فقرة طويلة تبدأ بها المذكرة مباشرة دون عنوان، '.repeat(5)}\n\nفقرة ثانية.`,
      '/home/me/درس الأسبوع.txt',
      'درس الأسبوع',
    ],
    [
      'a first line ending like a sentence is prose',
      'We met on Monday.\n\nThen we read.',
      'minutes.TXT',
      'minutes',
    ],
    ['a name in decomposed form comes out NFC', 'Il a dit.\n\nEt puis.', 'Cafe\u0301.txt', 'Café'],
  ])('%s', (_, text, fileName, title) => {
    expect(draftOf(draftFromText(utf8(text), fileName)).title).toBe(title);
  });

  it('keeps the opening prose as the first paragraph when the name is the title', () => {
    const draft = draftOf(draftFromText(utf8('We met on Monday.\n\nThen we read.'), 'minutes.txt'));
    expect(draft.blocks.map((block) => block.text)).toEqual(['We met on Monday.', 'Then we read.']);
  });

  it('normalizes the text to NFC and CRLF to LF', () => {
    const decomposed = 'ا\u0654من الصين\r\n\r\nقال ا\u0655ن الا\u0653ن وقت العمل';
    const draft = draftOf(draftFromText(utf8(decomposed), 'nfc.txt'));
    expect([draft.title, ...draft.blocks.map((block) => block.text)]).toEqual([
      'أمن الصين',
      'قال إن الآن وقت العمل',
    ]);
  });

  it.each([
    ['English', `Energy notes\n\n${ENGLISH}`, 'en', 'ltr'],
    ['Persian', 'یادداشت\n\nاین یک متن فارسی است که برای آزمایش نوشته شده است.', 'fa', 'rtl'],
  ])('detects %s', (_, text, language, direction) => {
    expect(draftOf(draftFromText(utf8(text), 'file.txt'))).toMatchObject({ language, direction });
  });

  it('marks an English paragraph inside an Arabic text', () => {
    const draft = draftOf(draftFromText(utf8(`الطاقة\n\n${ARABIC}\n\n${ENGLISH}`), 'mixed.txt'));
    expect(draft.blocks.map((block) => block.lang ?? null)).toEqual([null, 'en']);
    expect(draft.blocks[1]?.dir).toBe('ltr');
  });
});

describe('draftFromText refusals', () => {
  it.each([
    ['no bytes', new Uint8Array(), 'empty'],
    ['only blank lines', utf8(' \n\n\t\r\n'), 'empty'],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['binary bytes', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00]), 'unknown-encoding'],
    ['only punctuation', utf8('----\n\n* * *\n\n...'), 'no-text'],
  ])('%s → %s', (_, bytes, reason) => {
    expect(draftFromText(bytes, 'file.txt')).toEqual({ ok: false, reason });
  });
});
