import { describe, expect, it } from 'vitest';
import { answerFileKey } from '@shared/classroom/class-merge';
import { paragraphHeat, questionAnswers } from '@shared/classroom/class-heatmap';
import { serializeAnswers } from '@shared/classroom/answers-file';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { buildClassWorkload, wordSpan } from '../../../bench/support/class-workload';
import { loadSeedDocument } from '../../support/seed-document';

const document = loadSeedDocument();
const options = { students: 12, questions: 10, highlights: 50, noteFor: noteFromMarkdown };
const workload = buildClassWorkload(document, options);
const encoder = new TextEncoder();

describe('buildClassWorkload', () => {
  it.each([
    ['answer files', workload.files.length, options.students],
    ['questions', workload.pack.questions.length, options.questions],
    ['guide highlights', workload.pack.guide.length, workload.teacherHighlights.length],
  ])('makes as many %s as asked', (_, made, asked) => expect(made).toBe(asked));

  it('gives every student an answer to every question and the number of highlights asked', () => {
    for (const file of workload.files) {
      expect(file.answers.map((answer) => answer.questionId)).toEqual(
        workload.pack.questions.map((question) => question.id),
      );
      expect(file.highlights).toHaveLength(options.highlights);
    }
    expect(new Set(workload.files.map((file) => file.reader.name)).size).toBe(options.students);
  });

  it('puts each question on a paragraph of its own, where its quote is', () => {
    const blocks = workload.pack.questions.map(({ target }) => {
      const [quote, position] = target.selector;
      expect(document.text.slice(position.start, position.end)).toBe(quote.exact);
      return document.blocks.find((block) => block.start <= position.start && position.end <= block.end);
    });
    expect(blocks.every((block) => block?.kind === 'paragraph')).toBe(true);
    expect(new Set(blocks.map((block) => block?.id)).size).toBe(options.questions);
  });

  it('makes every highlight a real passage of the text inside one block', () => {
    for (const { target } of workload.files.flatMap((file) => file.highlights)) {
      const [quote, position] = target.selector;
      expect(quote.exact.trim()).not.toBe('');
      expect(document.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(
        document.blocks.some((block) => block.start <= position.start && position.end <= block.end),
      ).toBe(true);
    }
  });

  it('expects the heat the class view counts, and the heat differs from block to block', () => {
    const counted = new Map(
      [...paragraphHeat(document, workload.files)].map(([id, heat]) => [id, heat.count]),
    );
    expect(counted).toEqual(new Map(workload.expectedHeat));
    const counts = [...workload.expectedHeat.values()];
    expect(Math.min(...counts)).toBeLessThan(Math.max(...counts));
  });

  it('leaves no student missing from any question', () => {
    for (const entry of questionAnswers(workload.pack, workload.files)) {
      expect(entry.answers).toHaveLength(options.students);
      expect(entry.missing).toEqual([]);
    }
  });

  it('writes answer files a teacher can import: each parses back whole, one student each', () => {
    for (const file of workload.files) {
      const parsed = parseClassFile(encoder.encode(serializeAnswers(file)), {
        expectedPackId: workload.pack.packId,
        now: new Date(Date.UTC(2026, 5, 1)),
      });
      expect(parsed).toMatchObject({ ok: true, kind: 'answers' });
    }
    expect(new Set(workload.files.map(answerFileKey)).size).toBe(options.students);
  });

  it('builds the same class from the same seed, and another from another seed', () => {
    const again = buildClassWorkload(document, options);
    expect(again.files).toEqual(workload.files);
    const other = buildClassWorkload(document, { ...options, seed: 7 });
    expect(other.expectedHeat).not.toEqual(workload.expectedHeat);
  });
});

describe('wordSpan', () => {
  const block = {
    id: 'p-1',
    kind: 'paragraph',
    text: 'one two three four',
    start: 10,
    end: 28,
    ordinal: 1,
    sectionId: null,
  } as const;
  it.each([
    [0, 2, 'one two'],
    [2, 5, 'three four'],
    [9, 1, 'four'],
  ])('from word %s, %s words: "%s"', (first, length, words) => {
    const { start, end } = wordSpan(block, first, length);
    expect(block.text.slice(start - block.start, end - block.start)).toBe(words);
  });
});
