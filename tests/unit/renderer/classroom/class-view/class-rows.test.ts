import { describe, expect, it } from 'vitest';
import type { Reader } from '@shared/annotations/annotation-model';
import type { QuestionAnswers } from '@shared/classroom/class-heatmap';
import type { PackQuestion, StudentAnswer } from '@shared/classroom/classroom-model';
import { classRows, headerIndexes, rowKey, type ClassRow } from '@renderer/classroom/class-view/class-rows';
import type { ClassStudent } from '@renderer/classroom/class-view/useClassData';
import type { StoredAnswerFile } from '@renderer/storage/db';

const mona: Reader = { id: 'reader:mona', name: 'منى' };
const omar: Reader = { id: 'reader:omar', name: 'عمر' };

function question(id: string): PackQuestion {
  return { id, target: { source: 'v1', selector: [] } as never, prompt: id, choices: [], modified: '' };
}
function answer(id: string, questionId: string): StudentAnswer {
  return { id, questionId, note: { editorState: '', text: id } as never, choice: null, modified: '' };
}
function student(reader: Reader, key: string, earlier: StoredAnswerFile[] = []): ClassStudent {
  return { reader, current: { key } as StoredAnswerFile, earlier };
}

const olderMona = { key: 'mona-old' } as StoredAnswerFile;
const students = [student(mona, 'mona-2', [olderMona]), student(omar, 'omar-1')];
/** Both answered the first question; only Mona the second. */
const questions: QuestionAnswers[] = [
  {
    question: question('q1'),
    answers: [
      { reader: mona, answer: answer('m1', 'q1') },
      { reader: omar, answer: answer('o1', 'q1') },
    ],
    missing: [],
  },
  { question: question('q2'), answers: [{ reader: mona, answer: answer('m2', 'q2') }], missing: [omar] },
];

/** A row in a line: its kind, its question and what it shows. */
function summary(row: ClassRow): string {
  if (row.kind === 'question') return `q${row.question}`;
  if (row.kind === 'missing') return `missing${row.question}:${row.missing.map((r) => r.name).join(',')}`;
  return `answer${row.question}:${row.answer.id} ${row.position}/${row.of} ${row.fileKey}`;
}

describe('the rows of the class view', () => {
  it.each([
    {
      shown: 'the whole class',
      studentId: null,
      rows: [
        'q0',
        'answer0:m1 1/2 mona-2',
        'answer0:o1 2/2 omar-1',
        'missing0:',
        'q1',
        'answer1:m2 1/1 mona-2',
        'missing1:عمر',
      ],
    },
    {
      shown: 'one student who answered everything: no "missing" rows',
      studentId: mona.id,
      rows: ['q0', 'answer0:m1 1/1 mona-2', 'q1', 'answer1:m2 1/1 mona-2'],
    },
    {
      shown: 'one student with a gap: only their own',
      studentId: omar.id,
      rows: ['q0', 'answer0:o1 1/1 omar-1', 'q1', 'missing1:عمر'],
    },
  ])('lists $shown', ({ studentId, rows }) => {
    expect(classRows(questions, students, studentId).map(summary)).toEqual(rows);
  });

  it("carries each answer's earlier files, and finds the headers to keep rendered", () => {
    const rows = classRows(questions, students, null);
    const first = rows[1];
    expect(first?.kind === 'answer' && first.earlier).toEqual([olderMona]);
    expect(headerIndexes(rows)).toEqual([0, 4]);
  });

  it('keys each row by what it shows, so a filter keeps the measured heights', () => {
    const whole = classRows(questions, students, null).map(rowKey);
    const filtered = classRows(questions, students, mona.id).map(rowKey);
    expect(new Set(whole).size).toBe(whole.length);
    expect(filtered.every((key) => whole.includes(key))).toBe(true);
  });
});
