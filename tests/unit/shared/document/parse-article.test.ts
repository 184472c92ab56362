import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, type Block, type ParsedArticle } from '@shared/document/document-model';
import { parseArticle } from '@shared/document/parse-article';

const root = resolve(import.meta.dirname, '../../../..');
const readText = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const fixture = (name: string): string => readText(`tests/fixtures/articles/${name}`);
const SEED = 'resources/library/china-interests-kazakhstan-2022';

const ofKind = (article: ParsedArticle, kind: Block['kind']): string[] =>
  article.blocks.filter((block) => block.kind === kind).map((block) => block.text);

/** The invariants every parse must keep, whatever the input. */
function expectConsistent(article: ParsedArticle): void {
  expect(article.text).toBe(article.blocks.map((block) => block.text).join(BLOCK_SEPARATOR));
  for (const block of article.blocks) {
    expect(article.text.slice(block.start, block.end)).toBe(block.text);
    expect(block.text).toBe(block.text.trim());
  }
  expect(article.text).toBe(article.text.normalize('NFC'));
}

describe('parseArticle on the seed article', () => {
  const raw = readText(`${SEED}.ar.txt`);
  const manifest = JSON.parse(readText(`${SEED}.json`)) as { related: string[] };
  const article = parseArticle(raw);

  it('takes the first block as the title, whatever its punctuation, and drops the repeated line', () => {
    expect(article.title).toBe('ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟');
    expect(article.blocks[0]).toMatchObject({
      id: 'title',
      kind: 'title',
      start: 0,
      ordinal: 1,
      sectionId: null,
    });
    expect(article.blocks.filter((block) => block.text === article.title)).toHaveLength(1);
  });

  it('finds exactly the four section headings', () => {
    expect(ofKind(article, 'heading')).toEqual([
      'الصين شريك رئيسي لدولة كازاخستان',
      'امدادات الطاقة من كازاخستان إلى الصين',
      'امدادات اليورانيوم في خطر',
      'التنافس الروسي الصيني في كازاخستان',
    ]);
  });

  it('finds 21 paragraphs, numbered and filed under their sections', () => {
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs).toHaveLength(21);
    expect(paragraphs.map((block) => block.id)).toEqual(paragraphs.map((_, index) => `p-${index + 1}`));
    expect(paragraphs.map((block) => block.sectionId)).toEqual([
      ...Array<null>(3).fill(null),
      ...Array<string>(4).fill('h-1'),
      ...Array<string>(3).fill('h-2'),
      ...Array<string>(3).fill('h-3'),
      ...Array<string>(8).fill('h-4'),
    ]);
  });

  it('lists the five related pieces, by title only, matching the manifest', () => {
    expect(article.relatedHeading).toBe('إقرأ أيضا:');
    expect(article.related.map((piece) => piece.title)).toEqual(manifest.related);
    expect(article.related.every((piece) => piece.documentId === null)).toBe(true);
  });

  it('keeps publisher lines as boilerplate, out of the body text', () => {
    expect(article.boilerplate).toEqual([
      'اشترك في قناة مجلة أمناي على تيليجرام بالضغط هنا.',
      'تابعنا على جوجل نيوز',
    ]);
    for (const line of [...article.boilerplate, article.relatedHeading ?? '', ...manifest.related]) {
      expect(article.text).not.toContain(line);
    }
    expect(article.text.endsWith('منطقة منافسة محتملة بين البلدين.')).toBe(true);
  });

  it('slices every block out of the canonical text exactly', () => {
    expectConsistent(article);
    expect(article.blocks).toHaveLength(1 + 4 + 21);
  });

  it.each(['Cameco', '(CSTO)', ' 50 ', ' 40 ', ' 22 ', '“نحن واثقون', 'الإرهابية”.', ' – '])(
    'keeps %j verbatim',
    (fragment) => {
      expect(raw).toContain(fragment);
      expect(article.text).toContain(fragment);
    },
  );

  it('gives the same result when parsed twice', () => {
    expect(parseArticle(raw)).toEqual(article);
  });

  it('hashes the canonical text, and a changed text hashes differently', () => {
    expect(article.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(parseArticle(raw.replace('Cameco', 'Kameco')).contentHash).not.toBe(article.contentHash);
    expect(parseArticle(`${raw}\n\n\n`).contentHash).toBe(article.contentHash);
  });
});

describe('parseArticle on small articles', () => {
  it('reads an English article with headings, a related list and publisher lines', () => {
    const article = parseArticle(fixture('english-with-headings.txt'));
    expectConsistent(article);
    expect(article.title).toBe('Why River Deltas Are Sinking');
    expect(ofKind(article, 'heading')).toEqual(['Where the sediment goes', 'What can be done']);
    expect(ofKind(article, 'paragraph')).toEqual([
      'Across the world, river deltas are losing height faster than the sea is rising.',
      'Engineers say the causes are mostly local: dams, sand mining and groundwater pumping.\n' +
        'Some of them add that the effect compounds over decades.',
      'Dams trap sediment that used to rebuild the land every flood season.',
      'A survey of 33 deltas found that 24 were sinking.',
      'Planners list three options:',
      'Letting floods through again is the cheapest of them.',
    ]);
    expect(article.relatedHeading).toBe('Related:');
    expect(article.related).toEqual([
      { title: 'The Nile delta after Aswan', documentId: null },
      { title: 'How Venice lifted its floodgates', documentId: null },
    ]);
    expect(article.boilerplate).toEqual([
      'Follow us on Google News',
      'Subscribe to our newsletter for weekly updates.',
    ]);
  });

  it('resumes the body after a "read also" list placed mid-article', () => {
    const article = parseArticle(fixture('read-also-mid-article.txt'));
    expectConsistent(article);
    expect(article.relatedHeading).toBe('اقرأ أيضاً');
    expect(article.related.map((piece) => piece.title)).toEqual([
      'الجفاف يضرب محاصيل الحبوب',
      'الذهب يسجل أعلى مستوى منذ عام',
    ]);
    expect(ofKind(article, 'paragraph')).toEqual([
      'ارتفعت أسعار القمح بنسبة 12 بالمئة خلال الأسبوع الماضي.',
      'ويقول التجار إن الارتفاع قد يستمر حتى نهاية الموسم، مع تراجع المخزونات في أكبر الدول المصدرة.',
      // Followed by article text, so it is the article's own words, not publisher furniture.
      'تابعونا على تويتر لمتابعة الأخبار الاقتصادية، فقد نشر حسابنا أمس تحليلاً مفصلاً للأسواق.',
      'وختم التقرير بأن الأسعار ستبقى مرتفعة.',
    ]);
    expect(article.boilerplate).toEqual(['انضموا إلى قناتنا على تيليغرام']);
  });

  it('reads a file that holds only a title', () => {
    const article = parseArticle(fixture('title-only.txt'));
    expect(article.title).toBe('A title with nothing under it');
    expect(article.text).toBe('A title with nothing under it');
    expect(article.blocks).toEqual([
      { id: 'title', kind: 'title', text: article.title, start: 0, end: 29, ordinal: 1, sectionId: null },
    ]);
  });

  it('strips a BOM and reads CRLF and lone CR line endings', () => {
    const raw = fixture('crlf-bom.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const article = parseArticle(raw);
    expectConsistent(article);
    expect(article.text).not.toMatch(/[\r\uFEFF]/);
    expect(article.title).toBe('عنوان بنهاية أسطر ويندوز');
    expect(ofKind(article, 'heading')).toEqual(['عنوان فرعي']);
    expect(ofKind(article, 'paragraph')).toEqual([
      'الفقرة الأولى تنتهي بنقطة.\nوسطرها الثاني يبقى داخلها.',
      'الفقرة الثانية بسطر CR قديم.',
    ]);
  });
});

describe('parseArticle classification rules', () => {
  const body = 'A paragraph that ends the way sentences do.';

  it.each([
    ['a plain short line', true, 'Where the money goes'],
    ['an Arabic short line', true, 'امدادات اليورانيوم في خطر'],
    ['a line ending in a full stop', false, 'Where the money goes.'],
    ['a line ending in an Arabic question mark', false, 'أين تذهب الأموال؟'],
    ['a line ending in a colon', false, 'Three options:'],
    ['a line ending in an Arabic comma', false, 'في البداية،'],
    ['a line ending in a closing guillemet', false, '«قال الوزير»'],
    ['a line ending in a curly quote', false, '“We are sure”'],
    ['a line ending in an ellipsis', false, 'And then…'],
    ['thirteen words', false, 'one two three four five six seven eight nine ten eleven twelve thirteen'],
    ['over 90 characters', false, 'x'.repeat(91)],
    ['digits only', false, '2022'],
  ])('a block between paragraphs that is %s: heading=%s', (_name, isHeading, line) => {
    const article = parseArticle(`Title\n\n${body}\n\n${line}\n\n${body}`);
    expect(article.blocks[2]?.kind).toBe(isHeading ? 'heading' : 'paragraph');
  });

  it.each([
    ['right after the title', 'heading', `Title\n\nOpening section\n\n${body}`, 1],
    ['at the end of the body', 'paragraph', `Title\n\n${body}\n\nA closing line`, 2],
    [
      'followed by another short line',
      'paragraph',
      `Title\n\n${body}\n\nFirst short\n\nSecond short\n\n${body}`,
      2,
    ],
    [
      'before a related list',
      'paragraph',
      `Title\n\n${body}\n\nA closing line\n\nRead also:\n\nOther piece`,
      2,
    ],
  ])('a short line %s is a %s', (_name, kind, raw, index) => {
    expect(parseArticle(raw).blocks[index]?.kind).toBe(kind);
  });

  it.each([
    'إقرأ أيضا:',
    'اقرأ أيضاً:',
    'اقرأ أيضًا',
    'اقرا ايضا',
    'إقـرأ أيضـاً :',
    'Read also:',
    'READ ALSO',
    'Related:',
    'See also',
  ])('%j opens the related list', (label) => {
    const article = parseArticle(`Title\n\n${body}\n\n${label}\n\nAnother piece\n\nA second piece`);
    expect(article.relatedHeading).toBe(label);
    expect(article.related.map((piece) => piece.title)).toEqual(['Another piece', 'A second piece']);
    expect(article.text).toBe(`Title\n\n${body}`);
  });

  it.each([
    ['اشترك في قناة مجلة أمناي على تيليجرام بالضغط هنا.', true],
    ['تابعنا على جوجل نيوز', true],
    ['تابعونا على فيسبوك', true],
    ['Subscribe to our channel', true],
    ['Follow us on Twitter', true],
    ['اشتركت الصين في قناة السويس', false],
    ['Subscribers to Telegram grew fast in 2021', false],
    ['تابعنا الأحداث منذ البداية', false],
  ])('%j at the end is publisher boilerplate: %s', (line, isBoilerplate) => {
    const article = parseArticle(`Title\n\n${body}\n\n${line}`);
    expect(article.boilerplate).toEqual(isBoilerplate ? [line] : []);
    expect(article.text.includes(line)).toBe(!isBoilerplate);
  });

  it('numbers headings and paragraphs separately and files blocks under the heading above', () => {
    const article = parseArticle(`T\n\n${body}\n\nOne\n\n${body}\n\n${body}\n\nTwo\n\n${body}`);
    expect(article.blocks.map(({ id, ordinal, sectionId }) => [id, ordinal, sectionId])).toEqual([
      ['title', 1, null],
      ['p-1', 1, null],
      ['h-1', 1, 'h-1'],
      ['p-2', 2, 'h-1'],
      ['p-3', 3, 'h-1'],
      ['h-2', 2, 'h-2'],
      ['p-4', 4, 'h-2'],
    ]);
  });

  it('NFC-normalizes and trims block edges without collapsing inside a block', () => {
    const decomposed = 'ا\u0654سعار'; // alef + combining hamza above, composes to أ
    const article = parseArticle(`  Title \t\n \t\n   ${decomposed}  ولا   تُطوى   المسافات.\n  سطر ثان.  \n`);
    expect(article.blocks[1]?.text).toBe('أسعار  ولا   تُطوى   المسافات.\n  سطر ثان.');
    expect(article.title).toBe('Title');
  });
});

describe('parseArticle on odd input', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\r\n  \n'],
    ['a BOM only', '\uFEFF'],
    ['a BOM and blank CRLF lines', '\uFEFF\r\n\r\n'],
  ])('returns an empty article for %s', (_name, raw) => {
    expect(parseArticle(raw)).toEqual({
      title: '',
      text: '',
      contentHash: 'cbf29ce484222325',
      blocks: [],
      relatedHeading: null,
      related: [],
      boilerplate: [],
    });
  });

  it('parses 2 MB of text in one pass', () => {
    const paragraph = 'تتمتع الصين وكازاخستان بشراكة اقتصادية مهمة، وهي مصدر الطاقة لها. '.repeat(4).trim();
    const section = (n: number): string => `القسم رقم ${n}\n\n${paragraph}\n\n${paragraph}`;
    const sections = Math.ceil(2_000_000 / (2 * paragraph.length));
    const raw = `عنوان طويل\r\n\r\n${paragraph}\r\n\r\n${Array.from({ length: sections }, (_, i) => section(i + 1)).join('\r\n\r\n')}`;
    expect(raw.length).toBeGreaterThan(2_000_000);
    const article = parseArticle(raw);
    expect(ofKind(article, 'heading')).toHaveLength(sections);
    expect(ofKind(article, 'paragraph')).toHaveLength(2 * sections + 1);
    expect(article.blocks.at(-1)?.end).toBe(article.text.length);
  });
});
