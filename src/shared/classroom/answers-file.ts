import type { Annotation, Reader } from '../annotations/annotation-model';
import { uuidFrom } from '../annotations/derived-id';
import { BACKUP_CONTEXT } from '../backup/backup-format';
import {
  ANSWERS_FORMAT_VERSION,
  type AnswerFile,
  type ReadingPack,
  type StudentAnswer,
  type StudentHighlight,
} from './classroom-model';
import { iriOf, w3cCreator, w3cHighlight, type W3cCreator, type W3cHighlight } from './class-w3c';

export const ANSWERS_TYPE = 'hamish:AnswerFile';
export const ANSWERS_FORMAT_NAME = 'answers';

/** A student's answer as a W3C reply: it targets the question's IRI; its body is the note's Markdown. */
export interface W3cAnswer {
  id: string;
  type: 'Annotation';
  motivation: 'replying';
  modified: string;
  body: [{ type: 'TextualBody'; value: string; purpose: 'replying'; format: 'text/markdown' }];
  target: string;
  /** The note's Lexical state and plain text, as backups carry them. */
  'hamish:note': { editorState: string | null; text: string };
  'hamish:choice': number | null;
}

export interface AnswersFile {
  '@context': typeof BACKUP_CONTEXT;
  id: string;
  type: typeof ANSWERS_TYPE;
  hamishFormat: typeof ANSWERS_FORMAT_NAME;
  formatVersion: number;
  packId: string;
  modified: string;
  creator: W3cCreator;
  answers: W3cAnswer[];
  highlights: W3cHighlight[];
}

export function toAnswersFile(file: AnswerFile): AnswersFile {
  return {
    '@context': BACKUP_CONTEXT,
    id: iriOf(file.id),
    type: ANSWERS_TYPE,
    hamishFormat: ANSWERS_FORMAT_NAME,
    formatVersion: ANSWERS_FORMAT_VERSION,
    packId: iriOf(file.packId),
    modified: file.modified,
    creator: w3cCreator(file.reader),
    answers: file.answers.map(w3cAnswer),
    highlights: file.highlights.map(w3cHighlight),
  };
}

/** A `.hamish-answers` file: indented JSON with keys in a fixed order. */
export function serializeAnswers(file: AnswerFile): string {
  return `${JSON.stringify(toAnswersFile(file), null, 2)}\n`;
}

function w3cAnswer(answer: StudentAnswer): W3cAnswer {
  return {
    id: iriOf(answer.id),
    type: 'Annotation',
    motivation: 'replying',
    modified: answer.modified,
    body: [
      { type: 'TextualBody', value: answer.note.markdown, purpose: 'replying', format: 'text/markdown' },
    ],
    target: iriOf(answer.questionId),
    'hamish:note': { editorState: answer.note.editorState, text: answer.note.text },
    'hamish:choice': answer.choice,
  };
}

/** Stable per pack and reader: every export a student makes of one pack has the same id. */
export function answerFileId(packId: string, readerId: string): string {
  return uuidFrom(`hamish-answers\u0000${packId.toLowerCase()}\u0000${readerId}`);
}

/**
 * What a student hands back, from their own annotations of the pack's document: a reply to one of the
 * pack's questions is an answer, anything else a highlight. Left out: other readers' annotations, conflict
 * copies (the annotation they are a version of is there), replies to questions this pack lacks, and
 * answers with neither words nor a choice (the student opened the question and wrote nothing). Of two
 * replies to one question the later is the answer. Choices the question does not offer are dropped.
 */
export function buildAnswerFile(input: {
  pack: ReadingPack;
  reader: Reader;
  annotations: readonly Annotation[];
  now: Date;
}): AnswerFile {
  const { pack, reader } = input;
  const questions = new Map(pack.questions.map((question, order) => [question.id.toLowerCase(), order]));
  const own = input.annotations.filter((a) => a.author.id === reader.id && a.conflictOf === undefined);

  const latest = new Map<string, Annotation>();
  for (const annotation of own) {
    const questionId = annotation.replyTo?.toLowerCase();
    if (questionId === undefined || !questions.has(questionId)) continue;
    const current = latest.get(questionId);
    if (current === undefined || isLater(annotation, current)) latest.set(questionId, annotation);
  }
  const answers = [...latest]
    .sort(([a], [b]) => questions.get(a)! - questions.get(b)!)
    .map(([questionId, annotation]) => toAnswer(annotation, questionId, pack))
    .filter((answer) => answer.note.text.trim() !== '' || answer.choice !== null);

  const highlights: StudentHighlight[] = own
    .filter((annotation) => annotation.replyTo === undefined)
    .sort((a, b) => a.start - b.start || compareText(a.id, b.id))
    .map(({ id, target, color, modified }) => ({ id: id.toLowerCase(), target, color, modified }));

  return {
    id: answerFileId(pack.packId, reader.id),
    packId: pack.packId.toLowerCase(),
    reader: { id: reader.id, name: reader.name },
    modified: input.now.toISOString(),
    answers,
    highlights,
  };
}

function toAnswer(annotation: Annotation, questionId: string, pack: ReadingPack): StudentAnswer {
  const question = pack.questions.find((q) => q.id.toLowerCase() === questionId)!;
  const choice = annotation.choice;
  const offered =
    choice !== undefined && Number.isInteger(choice) && choice >= 0 && choice < question.choices.length;
  return {
    id: annotation.id.toLowerCase(),
    questionId,
    note: { ...annotation.note },
    choice: offered ? choice : null,
    modified: annotation.modified,
  };
}

function isLater(a: Annotation, b: Annotation): boolean {
  const order = Date.parse(a.modified) - Date.parse(b.modified);
  return order > 0 || (order === 0 && a.id > b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
