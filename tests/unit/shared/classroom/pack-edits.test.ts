import { describe, expect, it } from 'vitest';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import type { PackQuestion, ReadingPack } from '@shared/classroom/classroom-model';
import {
  addQuestion,
  changeQuestion,
  includeInGuide,
  MAX_CHOICES,
  newPack,
  packProblem,
  refreshGuide,
  removeQuestion,
  type PackProblem,
} from '@shared/classroom/pack-edits';
import { draftFromArticle } from '@shared/classroom/pack-file';
import type { ArticleDocument } from '@shared/document/document-model';
import { passage } from '../../../support/class-fixtures';
import { loadSeedDocument, SEED_ID } from '../../../support/seed-document';

/** Where `quote` first occurs in the article's text. */
const spanOf = (document: ArticleDocument, quote: string) => {
  const [, { start, end }] = passage(document, quote).selector;
  return { start, end };
};

const article = loadSeedDocument();
const TEACHER = { id: 'reader:teacher', name: 'الأستاذة هدى' };
const CREATED = new Date('2026-11-10T08:00:00.000Z');
const LATER = new Date('2026-11-11T09:30:00.000Z');
const PACK_ID = 'c1a55000-0000-4000-8000-000000000001';

const emptyPack = (): ReadingPack =>
  newPack({ packId: PACK_ID, document: article, teacher: TEACHER, colorMeanings: {}, now: CREATED });

/** A pack with one free-text question per quote, ids q1, q2, … in the order given. */
function packWithQuestions(...quotes: string[]): ReadingPack {
  return quotes.reduce(
    (pack, quote, index) =>
      addQuestion(pack, { id: `q${index + 1}`, document: article, ...spanOf(article, quote), now: CREATED }),
    emptyPack(),
  );
}

const highlight = (id: string, quote: string, color: HighlightColor): Annotation =>
  createAnnotation({
    id,
    document: article,
    ...spanOf(article, quote),
    color,
    author: TEACHER,
    now: CREATED,
  });

describe('newPack', () => {
  it('carries the document whole, the teacher and the colour meanings, and nothing else yet', () => {
    const meanings = { yellow: 'فكرة رئيسية' };
    const pack = newPack({
      packId: PACK_ID,
      document: article,
      teacher: TEACHER,
      colorMeanings: meanings,
      now: CREATED,
    });
    expect(pack).toEqual({
      packId: PACK_ID,
      created: CREATED.toISOString(),
      modified: CREATED.toISOString(),
      teacher: TEACHER,
      instructions: '',
      due: null,
      colorMeanings: meanings,
      document: { id: SEED_ID, draft: draftFromArticle(article) },
      guide: [],
      questions: [],
    });
    expect(pack.colorMeanings).not.toBe(meanings);
  });
});

describe('addQuestion', () => {
  it('targets the passage with selectors of this version, empty prompt, free text', () => {
    const { start, end } = spanOf(article, 'شراكة اقتصادية مهمة');
    const pack = addQuestion(emptyPack(), { id: 'q1', document: article, start, end, now: LATER });
    expect(pack.questions).toEqual([
      {
        id: 'q1',
        target: {
          source: article.versionId,
          selector: [
            expect.objectContaining({ type: 'TextQuoteSelector', exact: 'شراكة اقتصادية مهمة' }),
            { type: 'TextPositionSelector', start, end },
          ],
        },
        prompt: '',
        choices: [],
        modified: LATER.toISOString(),
      },
    ]);
  });

  it('appends, leaving the earlier questions and the pack given unchanged', () => {
    const before = packWithQuestions('جلوبال تايمز');
    const after = addQuestion(before, {
      id: 'q2',
      document: article,
      ...spanOf(article, 'هنأ الزعيم الصيني'),
      now: LATER,
    });
    expect(after.questions.map((question) => question.id)).toEqual(['q1', 'q2']);
    expect(before.questions.map((question) => question.id)).toEqual(['q1']);
  });
});

describe('changeQuestion', () => {
  const choices = (count: number) => Array.from({ length: count }, (_, index) => `خيار ${index + 1}`);

  it.each([
    { change: { prompt: 'لماذا؟' }, prompt: 'لماذا؟', kept: 0 },
    { change: { choices: choices(3) }, prompt: '', kept: 3 },
    { change: { choices: choices(MAX_CHOICES) }, prompt: '', kept: MAX_CHOICES },
    { change: { choices: choices(MAX_CHOICES + 3) }, prompt: '', kept: MAX_CHOICES },
    { change: { prompt: 'اختر', choices: choices(2) }, prompt: 'اختر', kept: 2 },
  ])('$change → prompt "$prompt", $kept choices', ({ change, prompt, kept }) => {
    const pack = changeQuestion(packWithQuestions('جلوبال تايمز', 'ثورة ملونة'), 'q2', change, LATER);
    const [untouched, changed] = pack.questions;
    expect(changed).toMatchObject({ id: 'q2', prompt, modified: LATER.toISOString() });
    expect(changed?.choices).toEqual(choices(kept));
    expect(untouched).toEqual(packWithQuestions('جلوبال تايمز').questions[0]);
  });

  it('keeps the choices when only the prompt changes', () => {
    const withChoices = changeQuestion(
      packWithQuestions('ثورة ملونة'),
      'q1',
      { choices: ['أ', 'ب'] },
      CREATED,
    );
    const pack = changeQuestion(withChoices, 'q1', { prompt: 'اختر' }, LATER);
    expect(pack.questions[0]?.choices).toEqual(['أ', 'ب']);
  });

  it('changes nothing for an unknown id', () => {
    const pack = packWithQuestions('ثورة ملونة');
    expect(changeQuestion(pack, 'q9', { prompt: 'لماذا؟' }, LATER).questions).toEqual(pack.questions);
  });
});

describe('removeQuestion', () => {
  it.each([
    { id: 'q2', left: ['q1', 'q3'] },
    { id: 'q9', left: ['q1', 'q2', 'q3'] },
  ])('removing $id leaves $left', ({ id, left }) => {
    const pack = packWithQuestions('هنأ الزعيم الصيني', 'ثورة ملونة', 'جلوبال تايمز');
    expect(removeQuestion(pack, id).questions.map((question) => question.id)).toEqual(left);
  });
});

describe('includeInGuide', () => {
  const yellow = highlight('h1', 'ثورة ملونة', 'yellow');

  it('includes a copy of the highlight, stamped now', () => {
    const pack = includeInGuide(emptyPack(), yellow, true, LATER);
    expect(pack.guide).toEqual([
      { id: 'h1', target: yellow.target, color: 'yellow', modified: LATER.toISOString() },
    ]);
  });

  it('takes it out again', () => {
    const pack = includeInGuide(includeInGuide(emptyPack(), yellow, true, CREATED), yellow, false, LATER);
    expect(pack.guide).toEqual([]);
  });

  it('including again refreshes the copy instead of adding a second', () => {
    const moved = highlight('h1', 'جلوبال تايمز', 'green');
    const pack = includeInGuide(includeInGuide(emptyPack(), yellow, true, CREATED), moved, true, LATER);
    expect(pack.guide).toEqual([
      { id: 'h1', target: moved.target, color: 'green', modified: LATER.toISOString() },
    ]);
  });

  it('leaves the other highlights in the guide', () => {
    const other = highlight('h2', 'هنأ الزعيم الصيني', 'blue');
    const both = includeInGuide(includeInGuide(emptyPack(), yellow, true, CREATED), other, true, CREATED);
    expect(includeInGuide(both, yellow, false, LATER).guide.map((item) => item.id)).toEqual(['h2']);
  });
});

describe('refreshGuide', () => {
  it('follows each highlight’s current colour and target, and keeps an item whose highlight is gone', () => {
    const kept = highlight('h1', 'ثورة ملونة', 'yellow');
    const gone = highlight('h2', 'هنأ الزعيم الصيني', 'blue');
    const pack = includeInGuide(includeInGuide(emptyPack(), kept, true, CREATED), gone, true, CREATED);
    const now = highlight('h1', 'جلوبال تايمز', 'pink');
    const refreshed = refreshGuide(pack, [now]);
    expect(refreshed.guide).toEqual([
      { id: 'h1', target: now.target, color: 'pink', modified: CREATED.toISOString() },
      pack.guide[1],
    ]);
  });
});

describe('packProblem', () => {
  const question = (prompt: string, choices: string[] = []): PackQuestion => ({
    ...packWithQuestions('ثورة ملونة').questions[0]!,
    prompt,
    choices,
  });
  const numbered = (...questions: PackQuestion[]) =>
    questions.map((item, index) => ({ question: item, number: index + 1 }));

  it.each<{ name: string; questions: ReturnType<typeof numbered>; problem: PackProblem | null }>([
    { name: 'no questions', questions: [], problem: { problem: 'no-questions' } },
    {
      name: 'an empty prompt',
      questions: numbered(question('لماذا؟'), question('  ')),
      problem: { problem: 'empty-prompt', number: 2 },
    },
    {
      name: 'an empty choice',
      questions: numbered(question('اختر', ['أ', ' '])),
      problem: { problem: 'empty-choice', number: 1 },
    },
    {
      name: 'a single choice',
      questions: numbered(question('لماذا؟'), question('اختر', ['أ'])),
      problem: { problem: 'few-choices', number: 2 },
    },
    {
      name: 'problems in two questions: the first in reading order',
      questions: numbered(question('اختر', ['أ']), question('')),
      problem: { problem: 'few-choices', number: 1 },
    },
    {
      name: 'an empty prompt before an empty choice in the same question',
      questions: numbered(question('', ['أ', ''])),
      problem: { problem: 'empty-prompt', number: 1 },
    },
    {
      name: 'a ready pack (free text and multiple choice)',
      questions: numbered(question('لماذا؟'), question('اختر', ['أ', 'ب'])),
      problem: null,
    },
  ])('$name', ({ questions, problem }) => {
    expect(packProblem(questions)).toEqual(problem);
  });

  it('reports the number it is given, not the position in the list', () => {
    expect(packProblem([{ question: question(''), number: 7 }])).toEqual({
      problem: 'empty-prompt',
      number: 7,
    });
  });
});
