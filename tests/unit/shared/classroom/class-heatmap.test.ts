import { describe, expect, it } from 'vitest';
import type { Reader } from '@shared/annotations/annotation-model';
import { buildAnswerFile } from '@shared/classroom/answers-file';
import { paragraphHeat, questionAnswers } from '@shared/classroom/class-heatmap';
import type { AnswerFile } from '@shared/classroom/classroom-model';
import { documentFromDraft } from '@shared/document/imported-document';
import {
  classFiles,
  LESSON_DRAFT,
  LESSON_ID,
  lessonDocument,
  lessonPack,
  NOW,
  studentAnnotations,
  uuid,
} from '../../../support/class-fixtures';

const document = lessonDocument();
const pack = lessonPack(document);
const files = classFiles(document, pack);

const counts = (heat: ReturnType<typeof paragraphHeat>) =>
  Object.fromEntries([...heat].map(([id, block]) => [id, block.count]));

function studentFile(reader: Reader, quotes: string[], on = document, modified = NOW): AnswerFile {
  const annotations = studentAnnotations(on, pack, {
    reader,
    answers: {},
    highlights: quotes.map((quote) => ({ quote, color: 'yellow' })),
  });
  return buildAnswerFile({ pack, reader, annotations, now: modified });
}

describe('paragraphHeat', () => {
  it('counts distinct students per paragraph and heading, in document order', () => {
    const heat = paragraphHeat(document, files);
    expect(counts(heat)).toEqual({ 'p-1': 3, 'p-2': 1, 'h-1': 1, 'p-3': 1 });
    expect([...heat.keys()]).toEqual(['p-1', 'p-2', 'h-1', 'p-3']);
  });

  it('counts a student with several highlights in a paragraph once, with every quote', () => {
    const mona = paragraphHeat(document, files)
      .get('p-1')!
      .readers.find((r) => r.id === 'reader:mona');
    expect(mona).toEqual({ id: 'reader:mona', name: 'منى', quotes: ['نهر قريب', 'بين الحقول'] });
  });

  it('counts a highlight across two paragraphs in both, and none on the title', () => {
    const across = studentFile({ id: 'reader:x', name: 'X' }, ['الحقول.\n\nفي الصيف', 'الماء في المدينة']);
    const heat = paragraphHeat(document, [across]);
    expect(counts(heat)).toEqual({ 'p-1': 1, 'p-2': 1 });
    expect(heat.get('p-2')!.readers[0]!.quotes).toEqual(['في الصيف']);
  });

  it('re-anchors highlights made on an older version of the text, and skips those it cannot find', () => {
    const older = documentFromDraft(
      LESSON_ID,
      {
        ...LESSON_DRAFT,
        blocks: [{ kind: 'paragraph', text: 'فقرة حذفت لاحقا من الدرس.' }, ...LESSON_DRAFT.blocks],
      },
      NOW.toISOString(),
    );
    const stale = studentFile({ id: 'reader:x', name: 'X' }, ['أسطح البيوت', 'فقرة حذفت لاحقا'], older);
    expect(stale.highlights[1]!.target.selector[1].start).toBeGreaterThan(
      document.text.indexOf('أسطح البيوت'),
    );
    const heat = paragraphHeat(document, [stale]);
    expect(counts(heat)).toEqual({ 'p-3': 1 });
    expect(heat.get('p-3')!.readers[0]!.quotes).toEqual(['أسطح البيوت']);
  });

  it('counts only the latest file of each student', () => {
    const reader = { id: 'reader:x', name: 'X' };
    const old = studentFile(reader, ['نهر قريب'], document, new Date('2024-09-01T00:00:00Z'));
    const current = studentFile(reader, ['أسطح البيوت'], document, NOW);
    expect(counts(paragraphHeat(document, [current, old]))).toEqual({ 'p-3': 1 });
    expect(counts(paragraphHeat(document, [old, current]))).toEqual({ 'p-3': 1 });
  });
});

describe('questionAnswers', () => {
  const byQuestion = questionAnswers(pack, files);

  it('lists the questions in reading order, whatever order the pack holds them in', () => {
    expect(byQuestion.map((entry) => entry.question.id)).toEqual([uuid(101), uuid(102), uuid(103)]);
  });

  it('gives each question its answers and the students who did not answer', () => {
    expect(byQuestion.map((entry) => [entry.answers.length, entry.missing.map((r) => r.name)])).toEqual([
      [4, []],
      [3, ['# عمر']],
      [4, []],
    ]);
    expect(byQuestion[1]!.answers.find((a) => a.reader.name === 'ليلى')!.answer).toMatchObject({ choice: 2 });
  });

  it('counts an empty answer as missing, ignores other packs, drops choices not offered', () => {
    const [mona, sam, omar, layla] = files as [AnswerFile, AnswerFile, AnswerFile, AnswerFile];
    const blank = {
      ...mona,
      answers: mona.answers.map((a) =>
        a.questionId === uuid(101) ? { ...a, note: { ...a.note, text: ' ' } } : a,
      ),
    };
    const wrongChoice = { ...layla, answers: layla.answers.map((a) => ({ ...a, choice: 9 })) };
    const otherPack = { ...sam, packId: 'c0000000-0000-4000-8000-00000000000c' };
    const entries = questionAnswers(pack, [blank, otherPack, omar, wrongChoice]);
    expect(entries[0]!.missing.map((r) => r.name)).toEqual(['منى']);
    expect(entries[0]!.answers.map((a) => a.reader.name)).toEqual(['# عمر', 'ليلى']);
    expect(entries[1]!.missing.map((r) => r.name)).toEqual(['# عمر', 'ليلى']);
  });
});
