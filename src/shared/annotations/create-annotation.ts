import { selectorsFor } from '../anchoring/anchor';
import type { ArticleDocument } from '../document/document-model';
import {
  ANNOTATION_SCHEMA_VERSION,
  EMPTY_NOTE,
  type Annotation,
  type HighlightColor,
  type NoteBody,
  type Reader,
} from './annotation-model';

/** A letter or a digit of any script; the tatweel (ـ) only stretches a word, so it is not one. */
const LETTER_OR_DIGIT = /(?!\u0640)[\p{L}\p{N}]/u;

/** Whether `text` holds anything worth highlighting: punctuation, spaces and lone diacritics are not. */
export function hasLetters(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

/**
 * Trims surrounding whitespace off a selection; null when it holds no letter or digit (a lone "." or
 * "،" would become a highlight too small to see).
 */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return from < to && hasLetters(text.slice(from, to)) ? { start: from, end: to } : null;
}

export function createAnnotation(input: {
  id: string;
  document: ArticleDocument;
  start: number;
  end: number;
  color: HighlightColor;
  author: Reader;
  now: Date;
  tags?: string[];
  note?: NoteBody;
}): Annotation {
  const { document, start, end } = input;
  const time = input.now.toISOString();
  return {
    id: input.id,
    documentId: document.manifest.id,
    target: { source: document.versionId, selector: selectorsFor(document.text, start, end) },
    start,
    color: input.color,
    tags: input.tags ?? [],
    note: input.note ?? { ...EMPTY_NOTE },
    author: input.author,
    created: time,
    modified: time,
    schemaVersion: ANNOTATION_SCHEMA_VERSION,
  };
}
