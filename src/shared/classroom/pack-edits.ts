import type { Annotation, HighlightColor, Reader } from '../annotations/annotation-model';
import { selectorsFor } from '../anchoring/anchor';
import type { ArticleDocument } from '../document/document-model';
import type { PackQuestion, ReadingPack } from './classroom-model';
import { draftFromArticle } from './pack-file';

/** The most options a multiple-choice question offers (the file format's limit too). */
export const MAX_CHOICES = 12;

/** A new, empty pack on a document: the text travels with it, so it opens on any Hamish. */
export function newPack(input: {
  packId: string;
  document: ArticleDocument;
  teacher: Reader;
  colorMeanings: Partial<Record<HighlightColor, string>>;
  now: Date;
}): ReadingPack {
  const time = input.now.toISOString();
  return {
    packId: input.packId,
    created: time,
    modified: time,
    teacher: input.teacher,
    instructions: '',
    due: null,
    colorMeanings: { ...input.colorMeanings },
    document: { id: input.document.manifest.id, draft: draftFromArticle(input.document) },
    guide: [],
    questions: [],
  };
}

/** A free-text question on text[start, end); the teacher writes the prompt next. */
export function addQuestion(
  pack: ReadingPack,
  input: { id: string; document: ArticleDocument; start: number; end: number; now: Date },
): ReadingPack {
  const question: PackQuestion = {
    id: input.id,
    target: {
      source: input.document.versionId,
      selector: selectorsFor(input.document.text, input.start, input.end),
    },
    prompt: '',
    choices: [],
    modified: input.now.toISOString(),
  };
  return { ...pack, questions: [...pack.questions, question] };
}

export type QuestionChange = Partial<Pick<PackQuestion, 'prompt' | 'choices'>>;

export function changeQuestion(
  pack: ReadingPack,
  id: string,
  change: QuestionChange,
  now: Date,
): ReadingPack {
  const choices = change.choices?.slice(0, MAX_CHOICES);
  return {
    ...pack,
    questions: pack.questions.map((question) =>
      question.id === id
        ? {
            ...question,
            ...(change.prompt !== undefined && { prompt: change.prompt }),
            ...(choices && { choices }),
            modified: now.toISOString(),
          }
        : question,
    ),
  };
}

/** What a teacher types into a pack, as data: journaled at each keystroke and replayed after a crash. */
export type TypedPackEdit =
  | { kind: 'teacher' | 'instructions'; value: string }
  | { kind: 'prompt'; questionId: string; value: string }
  | { kind: 'choices'; questionId: string; value: string[] };

export function applyTypedEdit(pack: ReadingPack, edit: TypedPackEdit, now: Date): ReadingPack {
  switch (edit.kind) {
    case 'teacher':
      return { ...pack, teacher: { ...pack.teacher, name: edit.value } };
    case 'instructions':
      return { ...pack, instructions: edit.value };
    case 'prompt':
      return changeQuestion(pack, edit.questionId, { prompt: edit.value }, now);
    case 'choices':
      return changeQuestion(pack, edit.questionId, { choices: edit.value }, now);
  }
}

export function removeQuestion(pack: ReadingPack, id: string): ReadingPack {
  return { ...pack, questions: pack.questions.filter((question) => question.id !== id) };
}

/**
 * Puts one of the teacher's own highlights into the guide, or takes it out. The guide keeps its own copy
 * (same id), refreshed from the highlight each time it is included, so the pack is whole on its own.
 */
export function includeInGuide(
  pack: ReadingPack,
  highlight: Annotation,
  included: boolean,
  now: Date,
): ReadingPack {
  const rest = pack.guide.filter((item) => item.id !== highlight.id);
  if (!included) return { ...pack, guide: rest };
  const copy = {
    id: highlight.id,
    target: highlight.target,
    color: highlight.color,
    modified: now.toISOString(),
  };
  return { ...pack, guide: [...rest, copy] };
}

/** The guide as it should be exported: each copy follows its highlight's current colour and place. */
export function refreshGuide(pack: ReadingPack, highlights: readonly Annotation[]): ReadingPack {
  const byId = new Map(highlights.map((highlight) => [highlight.id, highlight]));
  return {
    ...pack,
    guide: pack.guide.map((item) => {
      const highlight = byId.get(item.id);
      return highlight ? { ...item, target: highlight.target, color: highlight.color } : item;
    }),
  };
}

export type PackProblem =
  { problem: 'no-questions' } | { problem: 'empty-prompt' | 'empty-choice' | 'few-choices'; number: number };

/** What keeps a pack from being handed out, the first question (in reading order) first; null when ready. */
export function packProblem(
  questions: readonly { question: PackQuestion; number: number }[],
): PackProblem | null {
  if (questions.length === 0) return { problem: 'no-questions' };
  for (const { question, number } of questions) {
    if (question.prompt.trim() === '') return { problem: 'empty-prompt', number };
    if (question.choices.some((choice) => choice.trim() === '')) return { problem: 'empty-choice', number };
    if (question.choices.length === 1) return { problem: 'few-choices', number };
  }
  return null;
}
