import {
  DEFAULT_READER,
  HIGHLIGHT_COLORS,
  type Annotation,
  type NoteBody,
  type Reader,
} from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import { uuidFrom } from '@shared/annotations/derived-id';
import { buildAnswerFile } from '@shared/classroom/answers-file';
import type { AnswerFile, PackQuestion, ReadingPack } from '@shared/classroom/classroom-model';
import { addQuestion, changeQuestion, includeInGuide, newPack } from '@shared/classroom/pack-edits';
import type { ArticleDocument, Block } from '@shared/document/document-model';
import { seededRandom } from './bench-page';

/** A teacher's pack on a document and the answer files a class handed back, as the class view reads them. */
export interface ClassWorkload {
  pack: ReadingPack;
  /** The teacher's own highlights the pack's guide copies: stored in the teacher's library. */
  teacherHighlights: Annotation[];
  /** One per student, built from the student's annotations the way the student's Hamish exports them. */
  files: AnswerFile[];
  /** How many students highlighted something in each block, by block id (blocks nobody highlighted absent). */
  expectedHeat: ReadonlyMap<string, number>;
}

export interface ClassWorkloadOptions {
  students: number;
  questions: number;
  /** Per student, spread over the blocks that student reads closely. */
  highlights: number;
  /** A note as the note editor stores it, from the Markdown a student typed. */
  noteFor: (markdown: string) => NoteBody;
  seed?: number;
}

const GUIDE_HIGHLIGHTS = 3;
/** Every third question is multiple choice, with this many options. */
const CHOICES = ['الطاقة', 'التجارة', 'الأمن', 'النقل'];
const FIRST_NAMES = ['ليلى', 'عمر', 'سارة', 'يوسف', 'مريم', 'خالد', 'نور', 'أحمد', 'هدى', 'سامي'];
const FAMILY_NAMES = ['الحسن', 'العلي', 'منصور', 'الخطيب'];
const ANSWERS = [
  'يرى الكاتب أن **الاستقرار** شرط لمصالح الصين، ويستشهد بقوله: «{quote}».',
  'الفكرة الأساسية:\n\n- {quote}\n- أثر ذلك على التجارة\n- موقف روسيا',
  'أوافق جزئيا. النص يقول «{quote}» لكنه لا يذكر _مصدرا_ لهذا الرأي.',
  'لأن {quote}، وهذا ما يفسر اهتمام بكين بما يجري في كازاخستان.',
];
const BASE_TIME = Date.UTC(2026, 2, 1, 8, 0, 0);

/**
 * `students` answer files for a pack of `questions` questions, each on its own paragraph of `document`:
 * every student answers every question and makes `highlights` highlights of one to eight words inside
 * paragraphs and headings. Some blocks draw most of the class and some few, so the heat differs from block
 * to block; the same seed always gives the same class.
 */
export function buildClassWorkload(document: ArticleDocument, options: ClassWorkloadOptions): ClassWorkload {
  const random = seededRandom(options.seed ?? 40);
  const id = (...parts: (string | number)[]) => uuidFrom(['bench-class', ...parts].join('\u0000'));
  const time = (minutes: number) => new Date(BASE_TIME + minutes * 60_000);
  const teacher: Reader = DEFAULT_READER;
  const readable = document.blocks.filter((block) => block.kind !== 'title');
  const paragraphs = readable.filter((block) => block.kind === 'paragraph' && block.text.length >= 100);
  if (paragraphs.length < options.questions + GUIDE_HIGHLIGHTS) {
    throw new Error(`the document has ${paragraphs.length} long paragraphs: too few for the pack`);
  }

  const teacherHighlights = spread(paragraphs, GUIDE_HIGHLIGHTS, 1).map((block, index) =>
    annotation({
      id: id('guide', index),
      document,
      ...wordSpan(block, 0, 6),
      color: HIGHLIGHT_COLORS[index % HIGHLIGHT_COLORS.length]!,
      author: teacher,
      when: time(index),
    }),
  );
  let pack = newPack({
    packId: id('pack'),
    document,
    teacher,
    colorMeanings: { yellow: 'فكرة رئيسية', green: 'دليل', blue: 'سؤال للنقاش' },
    now: time(0),
  });
  for (const highlight of teacherHighlights) pack = includeInGuide(pack, highlight, true, time(1));
  spread(paragraphs, options.questions, 0).forEach((block, index) => {
    const questionId = id('question', index);
    const { start, end } = wordSpan(block, 2, 7);
    pack = addQuestion(pack, { id: questionId, document, start, end, now: time(2) });
    const choices = index % 3 === 2 ? CHOICES : [];
    pack = changeQuestion(
      pack,
      questionId,
      { prompt: `ماذا يقصد الكاتب هنا؟ (${index + 1})`, choices },
      time(3),
    );
  });

  // How likely a student is to highlight in each block: from a fifth of the class to nearly all of it.
  const pull = new Map(readable.map((block) => [block.id, 0.2 + 0.75 * random()]));
  const heat = new Map<string, number>();
  const files = Array.from({ length: options.students }, (_, student) => {
    const reader: Reader = { id: `reader:${id('student', student)}`, name: studentName(student) };
    let chosen = readable.filter((block) => random() < pull.get(block.id)!);
    if (chosen.length === 0) chosen = [readable[Math.floor(random() * readable.length)]!];
    chosen = chosen.slice(0, options.highlights);
    for (const block of chosen) heat.set(block.id, (heat.get(block.id) ?? 0) + 1);
    const highlights = Array.from({ length: options.highlights }, (_, index) => {
      // Every chosen block gets one highlight; the rest fall anywhere among them.
      const block = chosen[index < chosen.length ? index : Math.floor(random() * chosen.length)]!;
      const words = block.text.split(' ').length;
      const length = 1 + Math.floor(random() * 8);
      return annotation({
        id: id('highlight', student, index),
        document,
        ...wordSpan(block, Math.floor(random() * words), length),
        color: HIGHLIGHT_COLORS[Math.floor(random() * HIGHLIGHT_COLORS.length)]!,
        author: reader,
        when: time(10 + index),
      });
    });
    const answers = pack.questions.map((question, index) =>
      reply(question, {
        id: id('answer', student, index),
        document,
        author: reader,
        note: options.noteFor(answerText(question, student + index)),
        choice: question.choices.length > 0 ? (student + index) % question.choices.length : undefined,
        when: time(100 + index),
      }),
    );
    return buildAnswerFile({
      pack,
      reader,
      annotations: [...highlights, ...answers],
      now: time(200 + student),
    });
  });
  return { pack, teacherHighlights, files, expectedHeat: heat };
}

/** `count` blocks evenly spaced through `blocks`, starting `offset` blocks in. */
function spread(blocks: readonly Block[], count: number, offset: number): Block[] {
  const step = Math.floor(blocks.length / count);
  return Array.from({ length: count }, (_, index) => blocks[offset + index * step]!);
}

/** Up to `length` words of `block` from its `first` word (clamped into the block), as document offsets. */
export function wordSpan(block: Block, first: number, length: number): { start: number; end: number } {
  const words = block.text.split(' ');
  const from = Math.min(first, words.length - 1);
  const to = Math.min(words.length, from + length);
  const start = block.start + words.slice(0, from).reduce((sum, word) => sum + word.length + 1, 0);
  return { start, end: start + words.slice(from, to).join(' ').length };
}

function studentName(index: number): string {
  const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${FAMILY_NAMES[Math.floor(index / FIRST_NAMES.length) % FAMILY_NAMES.length]}`;
  const round = Math.floor(index / (FIRST_NAMES.length * FAMILY_NAMES.length));
  return round === 0 ? name : `${name} ${round + 1}`;
}

function answerText(question: PackQuestion, variant: number): string {
  const quote = question.target.selector[0].exact;
  return ANSWERS[variant % ANSWERS.length]!.replace('{quote}', quote);
}

function annotation(input: Omit<Parameters<typeof createAnnotation>[0], 'now'> & { when: Date }): Annotation {
  const { when, ...rest } = input;
  return createAnnotation({ ...rest, now: when });
}

/** A student's answer as their Hamish stores it: a note on the question's passage replying to the question. */
function reply(
  question: PackQuestion,
  input: {
    id: string;
    document: ArticleDocument;
    author: Reader;
    note: NoteBody;
    choice: number | undefined;
    when: Date;
  },
): Annotation {
  const [, position] = question.target.selector;
  return {
    ...annotation({ ...input, start: position.start, end: position.end, color: 'yellow' }),
    note: input.note,
    replyTo: question.id,
    ...(input.choice !== undefined && { choice: input.choice }),
  };
}
