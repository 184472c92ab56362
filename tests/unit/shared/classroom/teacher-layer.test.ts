import { describe, expect, it } from 'vitest';
import { selectorsFor } from '@shared/anchoring/anchor';
import type { AnnotationTarget } from '@shared/annotations/annotation-model';
import type { GuideHighlight, PackQuestion } from '@shared/classroom/classroom-model';
import { placeTeacherLayer } from '@shared/classroom/teacher-layer';
import type { ArticleDocument } from '@shared/document/document-model';
import { passage } from '../../../support/class-fixtures';
import { loadSeedDocument } from '../../../support/seed-document';

/** Where `quote` first occurs in the article's text. */
const spanOf = (document: ArticleDocument, quote: string) => {
  const [, { start, end }] = passage(document, quote).selector;
  return { start, end };
};

const article = loadSeedDocument();
const MODIFIED = '2026-11-10T08:00:00.000Z';

const targetAt = (start: number, end: number): AnnotationTarget => ({
  source: article.versionId,
  selector: selectorsFor(article.text, start, end),
});
const targetOf = (quote: string): AnnotationTarget => {
  const { start, end } = spanOf(article, quote);
  return targetAt(start, end);
};
/** A quote the article does not contain: it anchors nowhere. */
const nowhere = (): AnnotationTarget => ({
  source: article.versionId,
  selector: [
    { type: 'TextQuoteSelector', exact: 'جملة لم تكتب في هذا المقال قط', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 29 },
  ],
});

const question = (id: string, target: AnnotationTarget): PackQuestion => ({
  id,
  target,
  prompt: `سؤال ${id}`,
  choices: [],
  modified: MODIFIED,
});

const numbersOf = (questions: PackQuestion[]) =>
  placeTeacherLayer(article.text, { guide: [], questions }).questions.map(({ question: { id }, number }) => ({
    id,
    number,
  }));

describe('placeTeacherLayer: questions', () => {
  const first = spanOf(article, 'هنأ الزعيم الصيني');

  it.each([
    {
      name: 'in reading order, whatever order the pack holds them in',
      questions: [
        question('c', targetOf('جلوبال تايمز')),
        question('a', targetOf('هنأ الزعيم الصيني')),
        question('b', targetOf('شراكة اقتصادية مهمة')),
      ],
      order: ['a', 'b', 'c'],
    },
    {
      name: 'the unplaced last, among themselves by id',
      questions: [
        question('z-lost', nowhere()),
        question('y-placed', targetOf('جلوبال تايمز')),
        question('a-lost', nowhere()),
      ],
      order: ['y-placed', 'a-lost', 'z-lost'],
    },
    {
      name: 'on the same start, the shorter passage first',
      questions: [
        question('a-long', targetAt(first.start, first.end)),
        question('b-short', targetAt(first.start, first.start + 3)),
      ],
      order: ['b-short', 'a-long'],
    },
    {
      name: 'on the same passage, by id',
      questions: [question('q2', targetOf('ثورة ملونة')), question('q1', targetOf('ثورة ملونة'))],
      order: ['q1', 'q2'],
    },
  ])('$name', ({ questions, order }) => {
    expect(numbersOf(questions)).toEqual(order.map((id, index) => ({ id, number: index + 1 })));
  });

  it('anchors each question where its passage is, an orphan nowhere', () => {
    const { questions } = placeTeacherLayer(article.text, {
      guide: [],
      questions: [question('lost', nowhere()), question('placed', targetOf('جلوبال تايمز'))],
    });
    expect(questions.map(({ anchor }) => anchor)).toEqual([
      { status: 'anchored', ...spanOf(article, 'جلوبال تايمز') },
      { status: 'orphan', start: -1, end: -1 },
    ]);
  });

  it('numbers none when there are none', () => {
    expect(placeTeacherLayer(article.text, { guide: [], questions: [] }).questions).toEqual([]);
  });
});

describe('placeTeacherLayer: guide', () => {
  const guide = (id: string, target: AnnotationTarget): GuideHighlight => ({
    id,
    target,
    color: 'yellow',
    modified: MODIFIED,
  });

  it('anchors each highlight, in the guide’s order; a stale position is found again by its quote', () => {
    const { start, end } = spanOf(article, 'ثورة ملونة');
    const stale = targetAt(start, end);
    stale.selector[1] = { type: 'TextPositionSelector', start: start + 40, end: end + 40 };
    const items = [guide('g1', targetOf('جلوبال تايمز')), guide('g2', stale), guide('g3', nowhere())];
    const placed = placeTeacherLayer(article.text, { guide: items, questions: [] }).guide;
    expect(placed).toEqual([
      { guide: items[0], anchor: { status: 'anchored', ...spanOf(article, 'جلوبال تايمز') } },
      { guide: items[1], anchor: { status: 'anchored', start, end } },
      { guide: items[2], anchor: { status: 'orphan', start: -1, end: -1 } },
    ]);
  });
});
