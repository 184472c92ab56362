// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '@shared/document/document-model';
import type { ImportOutcome } from '@shared/import/import-model';
import { extractEpub, resolvePath } from '@renderer/library/import/epub';
import { draftFromPage } from '@renderer/library/import/run-import';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/import/epub');

/** Zips a fixture folder as an e-book: `mimetype` first and stored, the rest deflated. */
function zipBook(folder: string, change: (files: Zippable) => void = () => undefined): Uint8Array {
  const root = resolve(FIXTURES, folder);
  const files: Zippable = {};
  const visit = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(root, path).split('\\').join('/')] = new Uint8Array(readFileSync(path));
    }
  };
  visit(root);
  change(files);
  const { mimetype, ...rest } = files;
  return zipSync({ ...(mimetype && { mimetype: [mimetype as Uint8Array, { level: 0 }] }), ...rest });
}

async function importBook(bytes: Uint8Array, maxTextChars?: number): Promise<ImportOutcome> {
  const extraction = extractEpub(bytes, 'book.epub', () => undefined, maxTextChars);
  if (extraction.kind === 'refused') return { ok: false, reason: extraction.reason };
  if (extraction.kind === 'draft') return extraction.outcome;
  return draftFromPage(extraction.page);
}

const p = (text: string, extra: Partial<DraftBlock> = {}): DraftBlock => ({
  kind: 'paragraph',
  text,
  ...extra,
});
const h = (text: string): DraftBlock => ({ kind: 'heading', text });

describe('an EPUB imports as one document, its chapters as sections', () => {
  it('EPUB 3: spine order, titles from the nav, no title said twice, non-linear items left out', async () => {
    const outcome = await importBook(zipBook('epub3-travel-book'));
    expect(outcome).toEqual({
      ok: true,
      draft: {
        format: 'epub',
        fileName: 'book.epub',
        title: 'رحلات في بلاد الشام',
        language: 'ar',
        direction: 'rtl',
        siteName: 'دار المنارة',
        byline: 'نادية الخوري',
        publication: '2018-06-01',
        related: [],
        blocks: [
          h('الفصل الأول: الطريق إلى دمشق'),
          p('خرجنا من بيروت قبل الفجر، والطريق إلى دمشق يصعد في جبال لبنان ثم ينحدر إلى سهل البقاع.'),
          p('وفي شتورة توقفنا لنشرب الشاي، وسألنا عن حال الطريق بعد المطر.'),
          h('الفصل الثاني: أسواق حلب'),
          p('أسواق حلب المسقوفة تمتد كيلومترات، ويقال إنها من أطول الأسواق المغطاة في العالم.'),
          h('خان الوزير'),
          p('بني خان الوزير في القرن السابع عشر، وكان ينزل فيه التجار القادمون من الأناضول وفارس.'),
          p('«حلب مدينة لا تنام أسواقها»، قال لنا بائع الصابون.', { style: 'quote' }),
        ],
      },
    });
  });

  it('EPUB 2: titles from the NCX, Dublin Core metadata, a passage in another language marked', async () => {
    const outcome = await importBook(zipBook('epub2-ncx-letters'));
    expect(outcome).toMatchObject({
      ok: true,
      draft: {
        title: 'Letters from Cairo',
        byline: 'Margaret Hale',
        siteName: null,
        language: 'en',
        direction: 'ltr',
        publication: '1921',
      },
    });
    if (!outcome.ok) return;
    expect(outcome.draft.blocks.map((block) => block.text)).toEqual([
      'First Letter',
      'Dear Anne, the city is louder than London and twice as old.',
      'Second Letter',
      'Today we crossed the river to Giza; the guide recited a verse: السلام عليكم ورحمة الله وبركاته يا أهل مصر الكرام.',
    ]);
  });

  it.each([
    ['no container.xml', (files: Zippable) => delete files['META-INF/container.xml'], 'damaged'],
    [
      'a container pointing nowhere',
      (files: Zippable) =>
        (files['META-INF/container.xml'] = new TextEncoder().encode(
          '<container><rootfiles><rootfile full-path="nowhere.opf"/></rootfiles></container>',
        )),
      'damaged',
    ],
    [
      'chapters with no text',
      (files: Zippable) => {
        for (const name of Object.keys(files))
          if (name.startsWith('OEBPS/Text/'))
            files[name] = new TextEncoder().encode('<html><body><img src="x.png"/></body></html>');
      },
      'no-text',
    ],
  ])('refuses a book with %s', async (_, change, reason) => {
    expect(await importBook(zipBook('epub3-travel-book', change))).toEqual({ ok: false, reason });
  });
});

describe('an EPUB cannot make its text larger than its chapters', () => {
  const opfPath = 'OEBPS/content.opf';
  const repeatingChapterOne = (times: number) => (files: Zippable) => {
    const opf = new TextDecoder().decode(files[opfPath] as Uint8Array);
    const itemrefs = '<itemref idref="ch1"/>'.repeat(times);
    files[opfPath] = new TextEncoder().encode(
      opf.replace('<itemref idref="ch2"/>', `${itemrefs}<itemref idref="ch2"/>`),
    );
  };
  const texts = (outcome: ImportOutcome) =>
    outcome.ok ? outcome.draft.blocks.map((block) => block.text) : [];

  it('reads a chapter the spine lists many times once', async () => {
    const plain = await importBook(zipBook('epub3-travel-book'));
    const repeated = await importBook(zipBook('epub3-travel-book', repeatingChapterOne(60)));
    expect(texts(plain).length).toBeGreaterThan(3);
    expect(texts(repeated)).toEqual(texts(plain));
  });

  it('refuses as too large a book whose text passes the limit, and keeps one just within it', async () => {
    const plain = await importBook(zipBook('epub3-travel-book'));
    const chars = texts(plain).join('').length;
    expect(await importBook(zipBook('epub3-travel-book'), chars / 2)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    expect(await importBook(zipBook('epub3-travel-book'), chars * 2)).toEqual(plain);
  });
});

describe('resolvePath', () => {
  it.each([
    ['OEBPS/content.opf', 'Text/chapter%202.xhtml', 'OEBPS/Text/chapter 2.xhtml'],
    ['OEBPS/Nav/nav.xhtml', '../Text/ch1.xhtml#part', 'OEBPS/Text/ch1.xhtml'],
    ['content.opf', './a/./b.xhtml?x=1', 'a/b.xhtml'],
    ['OEBPS/content.opf', '/root.xhtml', 'root.xhtml'],
    ['OEBPS/content.opf', 'bad%zz.xhtml', 'OEBPS/bad%zz.xhtml'],
  ])('%s + %s → %s', (from, href, expected) => {
    expect(resolvePath(from, href)).toBe(expected);
  });
});
