import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { classSummaryMarkdown, type ClassSummaryLabels } from '@shared/classroom/class-summary';
import { classFiles, lessonDocument, lessonPack } from '../../../support/class-fixtures';

const GOLDEN = new URL('../../../fixtures/classroom/class-summary.golden.md', import.meta.url);

const LABELS: ClassSummaryLabels = {
  title: 'ملخص الصف',
  teacher: 'المعلم',
  due: 'موعد التسليم',
  students: 'الطلاب',
  questions: 'الأسئلة',
  question: 'السؤال',
  choice: 'الاختيار',
  mark: 'التقييم',
  missing: 'لم يجب',
  everyoneAnswered: 'أجاب الجميع.',
  highlights: 'التظليل في كل فقرة',
  paragraph: 'الفقرة',
  heading: 'العنوان',
  highlightedBy: 'عدد الطلاب',
  noHighlights: 'لم يظلل أحد شيئا.',
};

const document = lessonDocument();
const pack = lessonPack(document);
const files = classFiles(document, pack);
const layla = files[3]!;

function summary(overrides: Partial<Parameters<typeof classSummaryMarkdown>[0]> = {}): string {
  return classSummaryMarkdown({
    pack,
    document,
    // Sam's file twice and Mona's in another order: the summary must not depend on either.
    files: [files[1]!, ...files],
    marks: new Map([[layla.answers[0]!.id, 'مثال جيد']]),
    labels: LABELS,
    language: 'ar',
    ...overrides,
  });
}

/** Every text node and HTML node of the Markdown as a parser reads it. */
function parsed(markdown: string): { texts: string[]; html: string[]; headings: string[] } {
  const texts: string[] = [];
  const html: string[] = [];
  const headings: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }, inHeading: boolean): void => {
    if (node.type === 'text') texts.push(node.value!);
    if (node.type === 'html') html.push(node.value!);
    if (node.type === 'heading') headings.push('');
    if (inHeading && node.type === 'text') headings[headings.length - 1] += node.value!;
    for (const child of (node.children ?? []) as Array<typeof node>)
      walk(child, inHeading || node.type === 'heading');
  };
  walk(fromMarkdown(markdown) as never, false);
  return { texts, html, headings };
}

describe('classSummaryMarkdown', () => {
  it('matches the committed golden summary; UPDATE_GOLDEN=1 rewrites it', () => {
    const markdown = summary();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('writes student names and answers as inert text, never markup', () => {
    const { texts, html, headings } = parsed(summary());
    // The only HTML is the direction wrapper the Markdown export uses too.
    expect(new Set(html)).toEqual(new Set(['<div dir="rtl">', '</div>']));
    expect(texts.join('')).toContain('<img src=x onerror=alert(1)>:');
    expect(texts).toContain('# not a heading <script>alert(1)</script>');
    expect(texts.join('')).toContain('# عمر');
    expect(headings.some((heading) => heading.includes('عمر') || heading.includes('not a heading'))).toBe(
      false,
    );
  });

  it('lists answers under each question in reading order, and who is missing', () => {
    const { headings, texts } = parsed(summary());
    expect(headings).toEqual([
      `${LABELS.title}: ${document.title}`,
      LABELS.questions,
      'السؤال 1',
      'السؤال 2',
      'السؤال 3',
      LABELS.highlights,
    ]);
    const all = texts.join('\n');
    expect(all.indexOf('من أين يشرب')).toBeLessThan(all.indexOf('ماذا تبني'));
    expect(all.indexOf('ماذا تبني')).toBeLessThan(all.indexOf('هل توافق'));
    expect(all.match(/لم يجب:/g)).toHaveLength(1);
    expect(all.match(/أجاب الجميع\./g)).toHaveLength(2);
    expect(all).toContain('مثال جيد');
  });

  it('wraps right-to-left runs in <div dir="rtl"> and leaves an English UI left-to-right', () => {
    expect(summary().startsWith('<div dir="rtl">\n\n# ملخص الصف')).toBe(true);
    const english = summary({
      language: 'en',
      labels: { ...LABELS, title: 'Class summary', questions: 'Questions' },
    });
    expect(english.startsWith('# Class summary')).toBe(true);
    // Arabic answers and passages still sit in their own right-to-left blocks.
    expect(english).toContain('<div dir="rtl">\n\nمن أين يشرب سكان المدينة؟');
  });

  it('says when nobody highlighted anything', () => {
    const bare = files.map((file) => ({ ...file, highlights: [] }));
    expect(summary({ files: bare })).toContain(LABELS.noHighlights);
    expect(summary({ files: bare })).not.toContain(`**${LABELS.paragraph} 1**`);
  });
});
