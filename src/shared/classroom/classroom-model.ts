import type { AnnotationTarget, HighlightColor, NoteBody, Reader } from '../annotations/annotation-model';
import type { ImportDraft } from '../import/import-model';

/**
 * A classroom moves as files: a teacher's reading pack (`.hamish`) and each student's answers
 * (`.hamish-answers`). Every record has a stable id and its own `modified`, and nothing depends on the
 * order records arrive in, so a live session later can carry the same records unchanged.
 */
export const PACK_FILE_EXTENSION = 'hamish';
export const ANSWERS_FILE_EXTENSION = 'hamish-answers';
/** As the installers register them (build/electron-builder.config.mjs). */
export const READING_PACK_MIME = 'application/x-hamish';
export const ANSWERS_MIME = 'application/x-hamish-answers';

/** Bumped only when an older Hamish could no longer read the file correctly; newer files are refused. */
export const PACK_FORMAT_VERSION = 1;
export const ANSWERS_FORMAT_VERSION = 1;

/** A passage the teacher highlighted for the class, in a colour whose meaning the pack carries. */
export interface GuideHighlight {
  id: string;
  target: AnnotationTarget;
  color: HighlightColor;
  modified: string;
}

/** A question attached to a passage; with choices it is multiple choice, without them free text. */
export interface PackQuestion {
  id: string;
  target: AnnotationTarget;
  prompt: string;
  choices: string[];
  modified: string;
}

/** What a teacher hands out: the document itself, the guide and the questions. */
export interface ReadingPack {
  packId: string;
  created: string;
  modified: string;
  teacher: Reader;
  instructions: string;
  /** `YYYY-MM-DD`, or null when there is no due date. */
  due: string | null;
  colorMeanings: Partial<Record<HighlightColor, string>>;
  /** The document as the teacher's library holds it: `id` is only where it came from, the draft is the text. */
  document: { id: string; draft: ImportDraft };
  guide: GuideHighlight[];
  questions: PackQuestion[];
}

/** One student's answer to one question: a rich-text note, and for multiple choice the chosen index. */
export interface StudentAnswer {
  id: string;
  questionId: string;
  note: NoteBody;
  /** Index into the question's choices; null for free text or when none was chosen. */
  choice: number | null;
  modified: string;
}

export interface StudentHighlight {
  id: string;
  target: AnnotationTarget;
  color: HighlightColor;
  modified: string;
}

/** What a student hands back: one reader's answers and highlights for one pack. */
export interface AnswerFile {
  /** Stable per reader and pack: a newer export from the same student has the same id. */
  id: string;
  packId: string;
  reader: Reader;
  /** When the student exported it: of two files from one student, the later replaces the earlier. */
  modified: string;
  answers: StudentAnswer[];
  highlights: StudentHighlight[];
}

/** Why a pack or answer file was refused; each has a sentence in both UI languages. */
export type ClassFileRefusal =
  'too-large' | 'not-json' | 'not-classroom' | 'newer-format' | 'damaged' | 'duplicate-ids' | 'other-pack';

export type ParsedClassFile =
  | { ok: true; kind: 'pack'; pack: ReadingPack }
  | { ok: true; kind: 'answers'; answers: AnswerFile }
  | { ok: false; reason: ClassFileRefusal; detail?: string };
