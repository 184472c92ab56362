// @vitest-environment jsdom
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '@shared/document/document-model';
import type { ImportOutcome } from '@shared/import/import-model';
import { extractFile } from '@renderer/library/import/extract-file';
import { draftFromPage } from '@renderer/library/import/run-import';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/import/web');

/** The whole pipeline but the Worker itself: extraction as the worker runs it, then the main thread's part. */
async function importFixture(name: string, format: ImportFormat): Promise<ImportOutcome> {
  const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, name)));
  const extraction = extractFile(name, format, bytes, () => undefined);
  if (extraction.kind === 'refused') return { ok: false, reason: extraction.reason };
  if (extraction.kind === 'draft') return extraction.outcome;
  return draftFromPage(extraction.page);
}

async function draftOf(name: string, format: ImportFormat) {
  const outcome = await importFixture(name, format);
  if (!outcome.ok) throw new Error(`${name} was refused: ${outcome.reason}`);
  return outcome.draft;
}

const texts = (draft: { blocks: { text: string }[] }): string =>
  draft.blocks.map((block) => block.text).join('\n');

describe('saved web pages import as their golden drafts (UPDATE_GOLDEN=1 rewrites them)', () => {
  it.each([
    ['nile-news-with-clutter.html', 'html'],
    ['ibn-battuta-windows-1256.html', 'html'],
    ['khatt-notebooks.mhtml', 'mhtml'],
    ['poetry-meters-lesson.html', 'html'],
  ] as const)('%s', async (name, format) => {
    const outcome = await importFixture(name, format);
    const golden = resolve(FIXTURES, name.replace(/\.[^.]+$/, '.golden.json'));
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(outcome, null, 2)}\n`);
    expect(outcome).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

describe('what the golden drafts must show, whatever they are regenerated to', () => {
  it('a news page keeps its article and loses the site around it', async () => {
    const draft = await draftOf('nile-news-with-clutter.html', 'html');
    expect(draft).toMatchObject({
      title: 'ارتفاع منسوب النيل يعيد الأمل إلى مزارعي الصعيد',
      siteName: 'صحيفة الوادي',
      byline: 'سلمى عبد الرحيم',
      publication: '2023-09-14',
      language: 'ar',
      direction: 'rtl',
    });
    const text = texts(draft);
    expect(text).toContain('عاد منسوب مياه النيل إلى الارتفاع');
    expect(text).toContain('ويأمل المزارعون أن يكون هذا الموسم');
    for (const clutter of [
      'ملفات تعريف الارتباط',
      'محليات',
      'مساحة إعلانية',
      'الأكثر قراءة',
      'اقرأ أيضًا',
      'جميع الحقوق',
      'التعليقات',
      'شارك على فيسبوك',
    ]) {
      expect(text).not.toContain(clutter);
    }
    // The <h1> repeats the title and the byline line repeats the byline: both are metadata now.
    expect(draft.blocks[0]?.text).toBe('مزارع يروي أرضه قرب الأقصر مع بداية موسم الفيضان.');
    expect(text).not.toContain('بقلم');
    expect(draft.blocks).toContainEqual(
      expect.objectContaining({
        style: 'quote',
        lang: 'en',
        dir: 'ltr',
        text: expect.stringMatching(/^“A good flood year/),
      }),
    );
    expect(draft.blocks).toContainEqual({
      kind: 'paragraph',
      style: 'list-item',
      marker: '2.',
      text: 'توزيع تقاوي القمح المعتمدة على الجمعيات الزراعية.',
    });
    expect(text).toContain('إذا طال بقاء المياه في الحقول.\nويطالب هؤلاء');
    expect(text).toContain('الوزارة رفعت حصص');
  });

  it('a Windows-1256 page in layout tables reads as Arabic, its double line breaks as paragraphs', async () => {
    const draft = await draftOf('ibn-battuta-windows-1256.html', 'html');
    expect(draft).toMatchObject({
      encoding: 'windows-1256',
      language: 'ar',
      direction: 'rtl',
      publication: '2009-05-21',
    });
    expect(draft.title).toContain('رحلة ابن بطوطة إلى بلاد الصين');
    const paragraphs = draft.blocks.map((block) => block.text);
    // The bold title line, glued to the first paragraph by Readability, is split off and dropped as the title.
    expect(paragraphs[0]).toMatch(/^خرج ابن بطوطة من طنجة/);
    expect(paragraphs).toContain(
      'وفي الصين أعجبه صنع الخزف، وأدهشته السفن الكبيرة التي تسمى الجنوك، ووصف الأوراق التي يتبايع بها الناس بدلا من الذهب والفضة، وهي ما نسميه اليوم بالعملة الورقية.',
    );
    expect(texts(draft)).not.toMatch(/[\u00c0-\u00ff]/);
  });

  it('an MHTML page is its first HTML part; a template saying lang="en" does not make Arabic English', async () => {
    const draft = await draftOf('khatt-notebooks.mhtml', 'mhtml');
    expect(draft).toMatchObject({
      format: 'mhtml',
      language: 'ar',
      direction: 'rtl',
      publication: '2021-11-02',
      siteName: 'مدونة حبر',
    });
    const text = texts(draft);
    expect(text).toContain('كانت حصة الخط في المدارس الابتدائية القديمة');
    expect(text).not.toContain('إطار إعلاني');
    expect(draft.blocks).toContainEqual({
      kind: 'paragraph',
      style: 'list-item',
      marker: '•',
      text: 'محبرة صغيرة ونشّافة.',
    });
  });

  it('a lesson keeps its table rows, verse lines, nested lists and code', async () => {
    const draft = await draftOf('poetry-meters-lesson.html', 'html');
    expect(draft.publication).toBe('2020-02');
    expect(draft.blocks).toEqual(
      expect.arrayContaining([
        { kind: 'paragraph', text: 'الطويل · فعولن مفاعيلن فعولن مفاعلن' },
        { kind: 'paragraph', text: 'قِفا نَبكِ مِن ذِكرى حَبيبٍ وَمَنزِلِ\nبِسِقطِ اللِوى بَينَ الدَخولِ فَحَومَلِ' },
        { kind: 'paragraph', style: 'list-item', marker: '1.', text: 'اكتب البيت كتابة عروضية كما يُنطق.' },
        { kind: 'paragraph', style: 'list-item', marker: '•', text: 'الحرف المشدد حرفان.' },
        {
          kind: 'paragraph',
          style: 'list-item',
          marker: '3.',
          text: 'قسّم الرموز إلى تفعيلات وقارنها بالجدول.',
        },
        { kind: 'paragraph', style: 'code', text: 'مفاعيلن = //0/0/0\nفعولن   = //0/0' },
      ]),
    );
  });
});
