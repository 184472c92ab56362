import { selectorsFor } from '@shared/anchoring/anchor';
import type {
  Annotation,
  AnnotationTarget,
  HighlightColor,
  Reader,
} from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import { uuidFrom } from '@shared/annotations/derived-id';
import { buildAnswerFile } from '@shared/classroom/answers-file';
import type { AnswerFile, PackQuestion, ReadingPack } from '@shared/classroom/classroom-model';
import type { ArticleDocument } from '@shared/document/document-model';
import { documentFromDraft } from '@shared/document/imported-document';
import type { ImportDraft } from '@shared/import/import-model';

/** A short Arabic lesson: a heading and four paragraphs, small enough to read a golden summary by eye. */
export const LESSON_DRAFT: ImportDraft = {
  format: 'markdown',
  fileName: 'lesson.md',
  title: 'الماء في المدينة',
  language: 'ar',
  direction: 'rtl',
  siteName: null,
  byline: 'مدرسة النور',
  publication: '2024-09',
  related: [],
  blocks: [
    { kind: 'paragraph', text: 'يشرب سكان المدينة من نهر قريب يمر بين الحقول.' },
    { kind: 'paragraph', text: 'في الصيف يقل الماء، فتبني البلدية خزانات كبيرة على التلال.' },
    { kind: 'heading', text: 'الحلول الممكنة' },
    { kind: 'paragraph', text: 'يقترح المهندسون جمع مياه المطر من أسطح البيوت.' },
    { kind: 'paragraph', text: 'The river is called Barada in older maps.', lang: 'en', dir: 'ltr' },
  ],
};

export const LESSON_ID = 'imported-lesson-water';
export const NOW = new Date('2024-10-01T12:00:00.000Z');

export function lessonDocument(): ArticleDocument {
  return documentFromDraft(LESSON_ID, LESSON_DRAFT, '2024-09-01T08:00:00.000Z');
}

export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function passage(document: ArticleDocument, quote: string): AnnotationTarget {
  const start = document.text.indexOf(quote);
  if (start < 0) throw new Error(`Quote not in the document: ${quote}`);
  return { source: document.versionId, selector: selectorsFor(document.text, start, start + quote.length) };
}

export const TEACHER: Reader = { id: 'reader:teacher', name: 'الأستاذة سلمى' };
export const PACK_ID = 'a0000000-0000-4000-8000-00000000000a';

/** Three questions (the second multiple choice) and two guiding highlights; listed out of reading order. */
export function lessonPack(document: ArticleDocument): ReadingPack {
  const question = (n: number, quote: string, prompt: string, choices: string[] = []): PackQuestion => ({
    id: uuid(100 + n),
    target: passage(document, quote),
    prompt,
    choices,
    modified: '2024-09-20T10:00:00.000Z',
  });
  return {
    packId: PACK_ID,
    created: '2024-09-20T09:00:00.000Z',
    modified: '2024-09-20T10:00:00.000Z',
    teacher: TEACHER,
    instructions: 'اقرأ النص ثم أجب عن الأسئلة.\nسطر ثانٍ.',
    due: '2024-10-05',
    colorMeanings: { green: 'حل', yellow: 'مشكلة' },
    document: { id: LESSON_ID, draft: LESSON_DRAFT },
    guide: [
      {
        id: uuid(201),
        target: passage(document, 'يقل الماء'),
        color: 'yellow',
        modified: '2024-09-20T10:00:00.000Z',
      },
      {
        id: uuid(202),
        target: passage(document, 'جمع مياه المطر'),
        color: 'green',
        modified: '2024-09-20T10:00:00.000Z',
      },
    ],
    questions: [
      question(3, 'يقترح المهندسون', 'هل توافق على اقتراح المهندسين؟ لماذا؟'),
      question(1, 'نهر قريب', 'من أين يشرب سكان المدينة؟'),
      question(2, 'خزانات كبيرة', 'ماذا تبني البلدية؟', ['سدودا', 'خزانات', 'آبارا']),
    ],
  };
}

interface StudentSpec {
  reader: Reader;
  /** Question number → the answer's words (and a choice for question 2). */
  answers: Record<number, { text: string; markdown?: string; choice?: number }>;
  highlights: Array<{ quote: string; color: HighlightColor }>;
}

function highlight(
  document: ArticleDocument,
  reader: Reader,
  quote: string,
  color: HighlightColor,
): Annotation {
  const { selector } = passage(document, quote);
  return createAnnotation({
    id: uuidFrom(`${reader.id}\u0000${quote}\u0000${color}`),
    document,
    start: selector[1].start,
    end: selector[1].end,
    color,
    author: reader,
    now: new Date('2024-09-25T08:00:00.000Z'),
  });
}

export function studentAnnotations(
  document: ArticleDocument,
  pack: ReadingPack,
  spec: StudentSpec,
): Annotation[] {
  const answers = Object.entries(spec.answers).map(([number, answer]) => {
    const question = pack.questions.find((q) => q.id === uuid(100 + Number(number)))!;
    const base = highlight(document, spec.reader, question.target.selector[0].exact, 'blue');
    return {
      ...base,
      note: { editorState: null, text: answer.text, markdown: answer.markdown ?? answer.text },
      replyTo: question.id,
      ...(answer.choice !== undefined && { choice: answer.choice }),
    };
  });
  const highlights = spec.highlights.map(({ quote, color }) =>
    highlight(document, spec.reader, quote, color),
  );
  return [...answers, ...highlights];
}

/** Four students; Omar (whose name is Markdown) skipped question 2, Sam's name and answer are HTML. */
export const STUDENTS: StudentSpec[] = [
  {
    reader: { id: 'reader:mona', name: 'منى' },
    answers: {
      1: { text: 'من نهر قريب.' },
      2: { text: 'خزانات على التلال.', choice: 1 },
      3: { text: 'نعم، لأن المطر مجاني.', markdown: 'نعم، لأن **المطر** مجاني.' },
    },
    highlights: [
      { quote: 'نهر قريب', color: 'yellow' },
      { quote: 'بين الحقول', color: 'green' },
      { quote: 'أسطح البيوت', color: 'green' },
    ],
  },
  {
    reader: { id: 'reader:sam', name: '<img src=x onerror=alert(1)>' },
    answers: {
      1: { text: 'The river.' },
      2: { text: 'Tanks', choice: 1 },
      3: {
        text: '# not a heading <script>alert(1)</script>',
        markdown: '# not a heading <script>alert(1)</script>',
      },
    },
    highlights: [{ quote: 'نهر قريب', color: 'pink' }],
  },
  {
    reader: { id: 'reader:omar', name: '# عمر' },
    answers: { 1: { text: 'النهر.' }, 3: { text: 'لا أوافق.' } },
    highlights: [
      { quote: 'الحلول الممكنة', color: 'blue' },
      { quote: 'خزانات كبيرة', color: 'yellow' },
    ],
  },
  {
    reader: { id: 'reader:layla', name: 'ليلى' },
    answers: { 1: { text: 'نهر بين الحقول.' }, 2: { text: '', choice: 2 }, 3: { text: 'نعم.' } },
    highlights: [{ quote: 'يشرب سكان المدينة', color: 'purple' }],
  },
];

export function classFiles(document: ArticleDocument, pack: ReadingPack): AnswerFile[] {
  return STUDENTS.map((spec) =>
    buildAnswerFile({
      pack,
      reader: spec.reader,
      annotations: studentAnnotations(document, pack, spec),
      now: NOW,
    }),
  );
}
