import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { selectorsFor } from '@shared/anchoring/anchor';
import type {
  Annotation,
  AnnotationTarget,
  HighlightColor,
  Reader,
} from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import { uuidFrom } from '@shared/annotations/derived-id';
import { buildAnswerFile, serializeAnswers } from '@shared/classroom/answers-file';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import { draftFromArticle } from '@shared/classroom/pack-file';
import type { ArticleDocument } from '@shared/document/document-model';
import { buildDocument, parseManifest } from '@shared/document/library';

export const SEED_ID = 'china-interests-kazakhstan-2022';
export const PACK_ID = 'c1a55000-0000-4000-8000-000000000001';
const EXPORTED = new Date('2026-11-20T09:00:00.000Z');

/** The bundled article as the app builds it (Playwright loads this file as CommonJS: no import.meta). */
export function seedDocument(): ArticleDocument {
  const library = join(__dirname, '../../resources/library');
  const manifest = parseManifest(JSON.parse(readFileSync(join(library, `${SEED_ID}.json`), 'utf8')));
  return buildDocument(manifest, readFileSync(join(library, manifest.file), 'utf8'));
}

function passage(document: ArticleDocument, quote: string): AnnotationTarget {
  const start = document.text.indexOf(quote);
  if (start < 0) throw new Error(`Not in the article: ${quote}`);
  return { source: document.versionId, selector: selectorsFor(document.text, start, start + quote.length) };
}

const questionId = (n: number) => `c1a55000-0000-4000-8000-0000000001${n.toString().padStart(2, '0')}`;

/** Three questions (the second multiple choice) on paragraphs 1, 4 and 8, and two guiding highlights. */
export function classPack(document: ArticleDocument): ReadingPack {
  const modified = '2026-11-10T08:00:00.000Z';
  const question = (n: number, quote: string, prompt: string, choices: string[] = []) => ({
    id: questionId(n),
    target: passage(document, quote),
    prompt,
    choices,
    modified,
  });
  return {
    packId: PACK_ID,
    created: modified,
    modified,
    teacher: { id: 'reader:teacher', name: 'الأستاذة هدى' },
    instructions: 'اقرأ المقال وأجب عن الأسئلة.',
    due: null,
    colorMeanings: { yellow: 'فكرة رئيسية' },
    document: { id: SEED_ID, draft: draftFromArticle(document) },
    guide: [
      { id: questionId(51), target: passage(document, 'ثورة ملونة'), color: 'yellow', modified },
      { id: questionId(52), target: passage(document, 'استثمرت الصين'), color: 'green', modified },
    ],
    questions: [
      question(1, 'هنأ الزعيم الصيني', 'لماذا هنأ شي نظيره الكازاخستاني؟'),
      question(2, 'شراكة اقتصادية مهمة', 'ما الذي يربط البلدين أكثر؟', ['الطاقة', 'السياحة', 'الرياضة']),
      question(3, 'جلوبال تايمز', 'ما موقف جلوبال تايمز من المخاوف؟'),
    ],
  };
}

interface Student {
  reader: Reader;
  /** Question number → the answer's words and, for question 2, the option chosen. */
  answers: Record<number, { text: string; choice?: number }>;
  highlights: string[];
}

/** Four students; Omar skipped question 3; Sam's name is markup, shown as the characters it is. */
export const STUDENTS: Student[] = [
  {
    reader: { id: 'reader:mona', name: 'منى' },
    answers: {
      1: { text: 'لإخماد الاضطرابات.' },
      2: { text: 'الغاز واليورانيوم.', choice: 0 },
      3: { text: 'رفضتها.' },
    },
    highlights: ['ثورة ملونة', 'شراكة اقتصادية مهمة'],
  },
  {
    reader: { id: 'reader:sam', name: '<b>Sam</b>' },
    answers: { 1: { text: 'Friendship.' }, 2: { text: '', choice: 0 }, 3: { text: 'It dismissed them.' } },
    highlights: ['ثورة ملونة', 'استثمرت الصين'],
  },
  {
    reader: { id: 'reader:omar', name: 'عمر' },
    answers: { 1: { text: 'ليؤكد الصداقة.' }, 2: { text: 'السياحة.', choice: 1 } },
    highlights: ['ثورة ملونة'],
  },
  {
    reader: { id: 'reader:layla', name: 'ليلى' },
    answers: { 1: { text: 'لأنه حليف.' }, 2: { text: 'الطاقة.', choice: 0 }, 3: { text: 'قللت منها.' } },
    highlights: ['ثورة ملونة', 'شراكة اقتصادية مهمة'],
  },
];

function annotationOf(
  document: ArticleDocument,
  reader: Reader,
  quote: string,
  color: HighlightColor,
): Annotation {
  const [, position] = passage(document, quote).selector;
  return createAnnotation({
    id: uuidFrom(`${reader.id}\u0000${quote}\u0000${color}`),
    document,
    start: position.start,
    end: position.end,
    color,
    author: reader,
    now: new Date('2026-11-15T10:00:00.000Z'),
  });
}

/** A student's `.hamish-answers` file, as the student's export writes it. */
export function answerFile(document: ArticleDocument, pack: ReadingPack, student: Student, now = EXPORTED) {
  const answers = Object.entries(student.answers).map(([n, answer]) => {
    const question = pack.questions.find((candidate) => candidate.id === questionId(Number(n)))!;
    return {
      ...annotationOf(document, student.reader, question.target.selector[0].exact, 'blue'),
      note: { editorState: null, text: answer.text, markdown: answer.text },
      replyTo: question.id,
      ...(answer.choice !== undefined && { choice: answer.choice }),
    };
  });
  const highlights = student.highlights.map((quote) =>
    annotationOf(document, student.reader, quote, 'yellow'),
  );
  const file = buildAnswerFile({
    pack,
    reader: student.reader,
    annotations: [...answers, ...highlights],
    now,
  });
  return {
    name: `${student.reader.id.slice('reader:'.length)}.hamish-answers`,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeAnswers(file)),
  };
}

/** Stores the pack as one the teacher prepared on the bundled article, straight into the page's IndexedDB. */
export async function seedAuthorPack(page: Page, pack: ReadingPack): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('classPacks', 'readwrite');
          tx.objectStore('classPacks').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { packId: pack.packId, documentId: SEED_ID, role: 'author', pack },
  );
}

/**
 * The class view renders only the answers on screen (and every question's header): scrolls question `index`
 * (from 0) to the top of the margin and gives its section, its answers and "not answered" line rendered.
 */
export async function showQuestion(page: Page, index: number): Promise<Locator> {
  await page
    .locator('.class-question-head')
    .nth(index)
    .evaluate((head) => {
      // The pane only: scrollIntoView would scroll the article too.
      const pane = head.closest('.margin-scroll')!;
      pane.scrollTop += head.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    });
  return page.locator('.class-question').nth(index);
}
