import { anchorAnnotation, type AnchorResult } from '../anchoring/anchor';
import type { GuideHighlight, PackQuestion, ReadingPack } from './classroom-model';

export interface PlacedGuide {
  guide: GuideHighlight;
  anchor: AnchorResult;
}

export interface PlacedQuestion {
  question: PackQuestion;
  anchor: AnchorResult;
  /** 1-based, in reading order: how the margin and the summary number questions. */
  number: number;
}

/** The teacher's layer anchored in the document's text; questions in reading order (unplaced last). */
export function placeTeacherLayer(
  text: string,
  pack: Pick<ReadingPack, 'guide' | 'questions'>,
): { guide: PlacedGuide[]; questions: PlacedQuestion[] } {
  const guide = pack.guide.map((item) => ({
    guide: item,
    anchor: anchorAnnotation(text, item.target.selector),
  }));
  const placed = pack.questions.map((question) => ({
    question,
    anchor: anchorAnnotation(text, question.target.selector),
  }));
  const position = (anchor: AnchorResult) =>
    anchor.status === 'orphan' ? Number.MAX_SAFE_INTEGER : anchor.start;
  placed.sort(
    (a, b) =>
      position(a.anchor) - position(b.anchor) ||
      a.anchor.end - b.anchor.end ||
      a.question.id.localeCompare(b.question.id),
  );
  return { guide, questions: placed.map((item, index) => ({ ...item, number: index + 1 })) };
}
