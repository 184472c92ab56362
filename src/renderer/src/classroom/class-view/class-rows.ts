import type { Reader } from '@shared/annotations/annotation-model';
import type { QuestionAnswers } from '@shared/classroom/class-heatmap';
import type { PackQuestion, StudentAnswer } from '@shared/classroom/classroom-model';
import type { StoredAnswerFile } from '../../storage/db';
import type { ClassStudent } from './useClassData';

/** One row of the class view's answer list; `question` is the question's place in the pack, from 0. */
export type ClassRow =
  | { kind: 'question'; question: number; entry: QuestionAnswers }
  | {
      kind: 'answer';
      question: number;
      reader: Reader;
      answer: StudentAnswer;
      pack: PackQuestion;
      fileKey: string;
      earlier: readonly StoredAnswerFile[];
      /** Its place among the question's answers shown, from 1, and their number: for screen readers. */
      position: number;
      of: number;
    }
  | { kind: 'missing'; question: number; missing: readonly Reader[] };

const NO_EARLIER: readonly StoredAnswerFile[] = [];

/**
 * The class view's list, flat: each question's header, the answers shown (every student's, or the chosen
 * student's only), and who has not answered. With `studentId` set only their gaps are named, and a
 * question they answered has no "missing" row.
 */
export function classRows(
  questions: readonly QuestionAnswers[],
  students: readonly ClassStudent[],
  studentId: string | null,
): ClassRow[] {
  const byReader = new Map(students.map((student) => [student.reader.id, student]));
  const shown = (readerId: string) => studentId === null || readerId === studentId;
  return questions.flatMap((entry, question): ClassRow[] => {
    const answers = entry.answers.filter(({ reader }) => shown(reader.id));
    const missing = entry.missing.filter((reader) => shown(reader.id));
    const rows: ClassRow[] = [{ kind: 'question', question, entry }];
    answers.forEach(({ reader, answer }, index) => {
      const student = byReader.get(reader.id);
      rows.push({
        kind: 'answer',
        question,
        reader,
        answer,
        pack: entry.question,
        fileKey: student?.current.key ?? reader.id,
        earlier: student?.earlier ?? NO_EARLIER,
        position: index + 1,
        of: answers.length,
      });
    });
    if (missing.length > 0 || studentId === null) rows.push({ kind: 'missing', question, missing });
    return rows;
  });
}

/** The rows of the list that are question headers: kept rendered wherever the list is scrolled. */
export function headerIndexes(rows: readonly ClassRow[]): number[] {
  return rows.flatMap((row, index) => (row.kind === 'question' ? [index] : []));
}

/** A row's key, the same while it shows the same thing, so the list keeps its measured height. */
export function rowKey(row: ClassRow): string {
  if (row.kind === 'answer') return `a:${row.answer.id}:${row.reader.id}`;
  return `${row.kind}:${row.question}`;
}
