import { anchorAll } from '../anchoring/anchor';
import type { Reader } from '../annotations/annotation-model';
import type { ArticleDocument, Block } from '../document/document-model';
import type { AnswerFile, PackQuestion, ReadingPack, StudentAnswer } from './classroom-model';
import { latestPerReader } from './class-merge';

export interface HeatReader {
  id: string;
  name: string;
  /** What this student highlighted in the block, in reading order. */
  quotes: string[];
}

export interface BlockHeat {
  /** Distinct students who highlighted anything in the block. */
  count: number;
  readers: HeatReader[];
}

const readerOrder = new Intl.Collator('und');

export function compareReaders(a: Reader, b: Reader): number {
  return readerOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How many students highlighted each paragraph and heading, keyed by block id in document order (blocks
 * nobody highlighted are absent). Highlights anchor as the reader anchors them, so a highlight whose
 * offsets went stale still lands on its quote; one that cannot be found counts nowhere. A highlight across
 * two paragraphs counts in both; a student counts once per block however many highlights they made there.
 * Only the latest file of each student counts; pass the files of one pack.
 */
export function paragraphHeat(
  document: ArticleDocument,
  files: readonly AnswerFile[],
): Map<string, BlockHeat> {
  const byBlock = new Map<string, Map<string, HeatReader>>();
  for (const file of latestPerReader(files)) {
    const anchors = anchorAll(document.text, file.highlights);
    const ranges = anchors.filter((anchor) => anchor.status !== 'orphan').sort((a, b) => a.start - b.start);
    for (const { start, end } of ranges) {
      for (const block of blocksOverlapping(document.blocks, start, end)) {
        let students = byBlock.get(block.id);
        if (students === undefined) byBlock.set(block.id, (students = new Map()));
        let reader = students.get(file.reader.id);
        if (reader === undefined) {
          reader = { id: file.reader.id, name: file.reader.name, quotes: [] };
          students.set(file.reader.id, reader);
        }
        reader.quotes.push(document.text.slice(Math.max(start, block.start), Math.min(end, block.end)));
      }
    }
  }
  const heat = new Map<string, BlockHeat>();
  for (const block of document.blocks) {
    const students = byBlock.get(block.id);
    if (students === undefined) continue;
    const list = [...students.values()].sort(compareReaders);
    heat.set(block.id, { count: list.length, readers: list });
  }
  return heat;
}

/** Paragraphs and headings that share at least one character with [start, end). */
function blocksOverlapping(blocks: readonly Block[], start: number, end: number): Block[] {
  let low = 0;
  let high = blocks.length;
  // The first block ending after `start`: blocks are in offset order and do not overlap.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const found: Block[] = [];
  for (let index = low; index < blocks.length && blocks[index]!.start < end; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'paragraph' || block.kind === 'heading') found.push(block);
  }
  return found;
}

export interface QuestionAnswers {
  question: PackQuestion;
  /** One per student who answered, by name. */
  answers: Array<{ reader: Reader; answer: StudentAnswer }>;
  /** Students with a file for this pack but no answer to this question, by name. */
  missing: Reader[];
}

/**
 * Every question in reading order (by where its passage starts), with each student's answer and who has
 * not answered. An answer with no words and no choice is no answer; a choice the question does not offer
 * is dropped. Only the latest file of each student counts; files of other packs are ignored.
 */
export function questionAnswers(pack: ReadingPack, files: readonly AnswerFile[]): QuestionAnswers[] {
  const packId = pack.packId.toLowerCase();
  const current = latestPerReader(files.filter((file) => file.packId.toLowerCase() === packId));
  const students = current.map((file) => file.reader).sort(compareReaders);
  const byReader = new Map(current.map((file) => [file.reader.id, file]));
  return [...pack.questions].sort(byPassage).map((question) => {
    const answers: QuestionAnswers['answers'] = [];
    const missing: Reader[] = [];
    for (const reader of students) {
      const found = byReader.get(reader.id)!.answers.find((a) => a.questionId === question.id.toLowerCase());
      const choice = found?.choice ?? null;
      const answer =
        found === undefined
          ? undefined
          : { ...found, choice: choice !== null && choice < question.choices.length ? choice : null };
      if (answer !== undefined && (answer.note.text.trim() !== '' || answer.choice !== null)) {
        answers.push({ reader, answer });
      } else {
        missing.push(reader);
      }
    }
    return { question, answers, missing };
  });
}

function byPassage(a: PackQuestion, b: PackQuestion): number {
  const [, positionA] = a.target.selector;
  const [, positionB] = b.target.selector;
  return (
    positionA.start - positionB.start ||
    positionA.end - positionB.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
