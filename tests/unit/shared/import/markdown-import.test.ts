import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '@shared/document/document-model';
import type { ImportDraft, ImportOutcome } from '@shared/import/import-model';
import { draftFromMarkdown } from '@shared/import/markdown-import';

const root = resolve(import.meta.dirname, '../../../..');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const manifest = JSON.parse(
  readFileSync(resolve(root, 'resources/library/china-interests-kazakhstan-2022.json'), 'utf8'),
) as { related: string[] };

function draftOf(outcome: ImportOutcome): ImportDraft {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.draft;
}
const markdown = (source: string, fileName = 'notes.md'): ImportDraft =>
  draftOf(draftFromMarkdown(utf8(source), fileName));
const texts = (draft: ImportDraft): string[] => draft.blocks.map((block) => block.text);

describe('draftFromMarkdown on a mixed Arabic and English lesson with a "read also" list', () => {
  const bytes = readFileSync(
    resolve(root, 'tests/fixtures/import/markdown/lesson-mixed-arabic-english-read-also.md'),
  );
  const draft = draftOf(draftFromMarkdown(new Uint8Array(bytes), 'lesson.md'));
  const en = { lang: 'en', dir: 'ltr' } as const;

  it('takes title, date, author and language from the front matter', () => {
    expect(draft).toMatchObject({
      format: 'markdown',
      fileName: 'lesson.md',
      title: 'مصالح الصين في كازاخستان: ملاحظات الدرس',
      language: 'ar',
      direction: 'rtl',
      siteName: null,
      byline: 'أ. سارة',
      publication: '2022-01-10',
      encoding: 'utf-8',
    });
  });

  it('reads the structure as blocks, text only, English blocks marked', () => {
    expect(draft.blocks).toEqual<DraftBlock[]>([
      { kind: 'heading', text: 'مدخل' },
      {
        kind: 'paragraph',
        text: 'هنأ الزعيم الصيني نظيره الكازاخستاني على إخماد الاضطرابات، وتعهد بالصداقة والدعم. انظر المقال الأصلي للتفاصيل.',
      },
      { kind: 'heading', text: 'Key terms', ...en },
      {
        kind: 'paragraph',
        text: "The Belt and Road Initiative is China's global infrastructure plan; see BRI in the glossary.",
        ...en,
      },
      { kind: 'paragraph', text: 'الحزام والطريق', style: 'list-item', marker: '•' },
      {
        kind: 'paragraph',
        text: 'Cameco, a Canadian uranium producer with a mine in Kazakhstan',
        style: 'list-item',
        marker: '•',
        ...en,
      },
      { kind: 'paragraph', text: 'uranium', style: 'list-item', marker: '1.', ...en },
      { kind: 'paragraph', text: 'natural gas', style: 'list-item', marker: '2.', ...en },
      { kind: 'paragraph', text: 'النفط', style: 'list-item', marker: '3.' },
      { kind: 'paragraph', text: 'الغاز', style: 'list-item', marker: '4.' },
      {
        kind: 'paragraph',
        text: 'قال شي جين بينغ إن الصين تعارض "ثورة ملونة" في كازاخستان.',
        style: 'quote',
      },
      { kind: 'paragraph', text: 'supply = gas + oil', style: 'code', ...en },
      { kind: 'paragraph', text: 'ملاحظة مهمة & قصيرة' },
    ]);
  });

  it('turns the list after "إقرأ أيضاً:" into the five related titles, not body', () => {
    expect(draft.related).toEqual(manifest.related);
    expect(texts(draft).join('\n')).not.toContain('أيضا');
  });

  it('keeps no URL, image, script or handler anywhere', () => {
    expect(JSON.stringify(draft)).not.toMatch(/https?:|\.png|alert|onclick|<|>/);
  });
});

describe('draftFromMarkdown titles', () => {
  it.each([
    [
      'the first level-1 heading',
      '## قبل\n\nنص.\n\n# العنوان\n\n# ثان\n\nفقرة.',
      'x.md',
      'العنوان',
      ['قبل', 'نص.', 'ثان', 'فقرة.'],
    ],
    ['a setext level-1 heading', 'Energy notes\n===\n\nText.', 'x.md', 'Energy notes', ['Text.']],
    [
      'the file name when no heading is level 1',
      '## Part one\n\nText.',
      '/tmp/Lesson 4.markdown',
      'Lesson 4',
      ['Part one', 'Text.'],
    ],
    [
      'the front matter over a heading',
      '---\ntitle: Named\n---\n# Heading\n\nText.',
      'x.md',
      'Named',
      ['Heading', 'Text.'],
    ],
    [
      'a level-1 heading that repeats the front matter title, once',
      '---\ntitle: دليل القراءة\n---\n# دليل القراءة\n\nText.\n\n# دليل القراءة',
      'x.md',
      'دليل القراءة',
      ['Text.', 'دليل القراءة'],
    ],
    [
      'a heading made only of an image is no title',
      '# ![logo](a.png)\n\n# Real\n\nText.',
      'x.md',
      'Real',
      ['Text.'],
    ],
    [
      'a level-1 heading inside a quote is not the title',
      '> # Quoted\n\nText.',
      'q.md',
      'q',
      ['Quoted', 'Text.'],
    ],
  ])('%s', (_, source, fileName, title, body) => {
    const draft = markdown(source, fileName);
    expect(draft.title).toBe(title);
    expect(texts(draft)).toEqual(body);
  });
});

describe('draftFromMarkdown front matter', () => {
  it.each([
    [
      'quoted values with escapes',
      'title: "He said \\"yes\\""\nauthor: \'O\'\'Brien\'',
      { title: 'He said "yes"', byline: "O'Brien" },
    ],
    ['a plain value with a comment', 'author: Sara # the teacher', { byline: 'Sara' }],
    ['a year only', 'date: 2022', { publication: '2022' }],
    ['a month', 'date: "2022-01"', { publication: '2022-01' }],
    ['an impossible month', 'date: 2022-13-01', { publication: '' }],
    ['a date in words', 'date: January 2022', { publication: '' }],
    ['a region tag', 'lang: ar-EG', { language: 'ar', direction: 'rtl' }],
    ['Persian', 'lang: fa', { language: 'fa', direction: 'rtl' }],
    ['English over Arabic text', 'lang: en', { language: 'en', direction: 'ltr' }],
    ['a lang that is no tag', 'lang: Arabic language', { language: 'ar', direction: 'rtl' }],
    ['keys we do not read', 'tags:\n  - a\n  - b\nsummary: >\n  long', { byline: null, publication: '' }],
  ])('%s', (_, yaml, expected) => {
    const draft = markdown(`---\n${yaml}\n---\n\n# الصين\n\nتتمتع الصين وكازاخستان بشراكة اقتصادية مهمة.`);
    expect(draft).toMatchObject(expected);
    expect(texts(draft).at(-1)).toBe('تتمتع الصين وكازاخستان بشراكة اقتصادية مهمة.');
  });

  it('leaves a --- block that is not YAML to the Markdown (a rule, then a setext heading)', () => {
    const draft = markdown('---\nNot front matter\n---\n\nText.');
    expect(texts(draft)).toEqual(['Not front matter', 'Text.']);
  });

  it('closes front matter with "..." too, and reads it only at the very top', () => {
    expect(markdown('---\ntitle: Dots\n...\nText.').title).toBe('Dots');
    expect(markdown('Intro.\n\n---\ntitle: Late\n---\n').title).toBe('notes');
  });
});

describe('draftFromMarkdown inline content and raw HTML', () => {
  it.each([
    ['emphasis, strong and inline code become their text', 'A *b* **c** `d()` e.', 'A b c d() e.'],
    ['a link keeps its words, not its URL', 'See [the page](javascript:alert(1)) now.', 'See the page now.'],
    [
      'a reference link keeps its words; its definition goes',
      'See [the page][1].\n\n[1]: https://example.com',
      'See the page.',
    ],
    ['an inline image is dropped', 'Map ![a map](https://example.com/m.png) here.', 'Map here.'],
    ['a soft break is a space, a hard break a line break', 'one\ntwo  \nthree', 'one two\nthree'],
    ['inline HTML loses its tags', 'a <span onclick="alert(1)">b</span> c', 'a b c'],
    [
      'a raw HTML block keeps only its words',
      '<div><script>alert(1)</script><style>p{}</style>قال <b>هنا</b></div>',
      'قال هنا',
    ],
    [
      'an unclosed script takes the rest of the file, as CommonMark reads it',
      '<script>\nalert(1)\n',
      undefined,
    ],
    ['an HTML comment is dropped', '<!-- hidden -->', null],
    [
      'character references in HTML are decoded as text',
      '<p>&#1575;&#x644; &lt;b&gt; &amp;nbsp; &bogus;</p>',
      'ال <b> &nbsp; &bogus;',
    ],
    ['an image tag is dropped', '<img src="https://example.com/x.png" onerror="alert(1)">', null],
  ])('%s', (_, source, text) => {
    const draft = draftFromMarkdown(utf8(`# T\n\n${source}\n\nEnd.`), 'x.md');
    // undefined: nothing after the source survives either.
    const expected = text === undefined ? [] : text === null ? ['End.'] : [text, 'End.'];
    expect(texts(draftOf(draft))).toEqual(expected);
  });
});

describe('draftFromMarkdown lists, quotes and code', () => {
  it('numbers ordered items from their start, flattens nesting in order, continues loose items without a marker', () => {
    const draft = markdown(
      '# T\n\n7. first\n\n   more of first\n8. second\n   - inner a\n   - inner b\n9. third',
    );
    expect(draft.blocks.map((block) => [block.text, block.marker ?? null, block.style])).toEqual([
      ['first', '7.', 'list-item'],
      ['more of first', null, 'list-item'],
      ['second', '8.', 'list-item'],
      ['inner a', '•', 'list-item'],
      ['inner b', '•', 'list-item'],
      ['third', '9.', 'list-item'],
    ]);
  });

  it('sets every paragraph of a quote as a quote, and keeps a list inside it a list', () => {
    const draft = markdown('# T\n\n> one\n>\n> two\n>\n> - item');
    expect(draft.blocks.map((block) => [block.text, block.style])).toEqual([
      ['one', 'quote'],
      ['two', 'quote'],
      ['item', 'list-item'],
    ]);
  });

  it('keeps a code block verbatim inside, indentation and all', () => {
    const draft = markdown('# T\n\n```\n\nif (a) {\n  b();\n}\n\n```');
    expect(draft.blocks).toEqual([{ kind: 'paragraph', text: 'if (a) {\n  b();\n}', style: 'code' }]);
  });
});

describe('draftFromMarkdown "read also"', () => {
  it.each([
    ['an Arabic heading', '## اقرأ أيضاً\n\n1. أولى\n2. ثانية', ['أولى', 'ثانية'], []],
    [
      'an English paragraph',
      'See also:\n\n- [First](https://a.example) piece\n- Second',
      ['First piece', 'Second'],
      [],
    ],
    [
      'a label followed by prose is body',
      'اقرأ أيضا\n\nفقرة عادية بعده.',
      [],
      ['اقرأ أيضا', 'فقرة عادية بعده.'],
    ],
    ['a list without a label is body', '- one\n- two', [], ['one', 'two']],
  ])('after %s', (_, source, related, body) => {
    const draft = markdown(`# T\n\n${source}`);
    expect(draft.related).toEqual(related);
    expect(texts(draft)).toEqual(body);
  });
});

describe('draftFromMarkdown text handling', () => {
  it('normalizes to NFC, inside the text and the front matter', () => {
    const draft = markdown('---\ntitle: ا\u0654من\n---\n\nا\u0655ن *ا\u0653ن*');
    expect(draft.title).toBe('أمن');
    expect(texts(draft)).toEqual(['إن آن']);
  });

  it('reads a windows-1256 Markdown file', () => {
    const bytes = readFileSync(
      resolve(root, 'tests/fixtures/import/text/kazakhstan-excerpt.windows-1256.txt'),
    );
    const draft = draftOf(draftFromMarkdown(new Uint8Array(bytes), 'excerpt.md'));
    expect(draft).toMatchObject({ encoding: 'windows-1256', language: 'ar', title: 'excerpt' });
    expect(draft.blocks[0]?.text).toBe('ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟');
  });

  it.each([
    ['no bytes', new Uint8Array(), 'empty'],
    ['blank lines', utf8('\n \n'), 'empty'],
    ['binary', new Uint8Array([0x00, 0xff, 0x00, 0x01, 0x02, 0x00, 0x03, 0x04]), 'unknown-encoding'],
    ['only an image and a rule', utf8('![x](a.png)\n\n---\n\n<!-- c -->'), 'no-text'],
    ['front matter with no title and nothing else', utf8('---\nauthor: Sara\n---\n'), 'no-text'],
  ])('refuses %s as %s', (_, bytes, reason) => {
    expect(draftFromMarkdown(bytes, 'x.md')).toEqual({ ok: false, reason });
  });
});
