import { z } from '../zod';
import type {
  AnnotationTarget,
  TextPositionSelector,
  TextQuoteSelector,
} from '../annotations/annotation-model';
import { HIGHLIGHT_COLORS } from '../annotations/annotation-model';
import type { AnswerFile, ReadingPack } from '../classroom/classroom-model';
import { answerFileKey } from '../classroom/class-merge';
import { CLASS_FILE_LIMITS } from '../classroom/class-file-schema';
import { displayName, displayText } from '../classroom/display-text';
import { layoutBlocks } from '../document/layout-blocks';
import { sanitizeNoteState } from '../notes/sanitize-note-state';
import { DOCUMENT_ID_PATTERN } from '../platform/platform-contract';
import { importDraftSchema } from './backup-documents';
import { BACKUP_LIMITS, backupSchemaV3 } from './backup-schema';

/**
 * The classroom records of a library, as its database keeps them (db.ts, schema v6). A backup stores these
 * objects, not the `.hamish` file formats: a pack in preparation holds empty prompts and choices that a
 * pack file refuses, and a backup must take the library as it is. Validation reuses the class files'
 * limits and field schemas, and what comes out is sanitized exactly as an imported class file is.
 */
export interface BackupReader {
  id: string;
  name: string;
  created: string;
}

export interface BackupPack {
  packId: string;
  documentId: string;
  role: 'author' | 'student';
  pack: ReadingPack;
}

export interface BackupAnswerFile {
  key: string;
  packId: string;
  readerId: string;
  modified: string;
  received: string;
  answers: AnswerFile;
}

export interface BackupMark {
  answerId: string;
  packId: string;
  mark: string;
  modified: string;
}

export interface BackupClassroom {
  readers: BackupReader[];
  packs: BackupPack[];
  answerFiles: BackupAnswerFile[];
  marks: BackupMark[];
}

export const EMPTY_CLASSROOM: BackupClassroom = { readers: [], packs: [], answerFiles: [], marks: [] };

/** How many records of each kind a backup may hold: well above a school year of classes on one laptop. */
export const CLASSROOM_LIMITS = {
  readers: 1_000,
  packs: 10_000,
  answerFiles: 100_000,
  marks: BACKUP_LIMITS.items,
  markChars: 64,
} as const;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const uuid = z.string().regex(new RegExp(`^${UUID}$`, 'i'), { error: 'must be a UUID' });
/** Profiles are made by createReader (reader-store.ts); the default reader is never stored. */
const readerProfileId = z
  .string()
  .regex(new RegExp(`^reader:${UUID}$`, 'i'), { error: 'must be "reader:" followed by a UUID' });

/** A backup annotation's own field schemas: a classroom record's passages obey the same rules. */
const backupAnnotation = backupSchemaV3.shape.first.shape.items.element.shape;
const isoDate = backupAnnotation.modified;
const color = backupAnnotation['hamish:color'];
const [quoteSelector, positionSelector] = backupAnnotation.target.shape.selector.element.options;

const text = (max: number) => z.string().max(max);

/** A passage as the database keeps it: the document version without the IRI prefix, the quote first. */
const target = z.object({
  source: text(BACKUP_LIMITS.sourceChars).min(1),
  selector: z.tuple([quoteSelector, positionSelector]),
});

const person = z.object({
  id: text(CLASS_FILE_LIMITS.readerIdChars).min(1),
  name: text(CLASS_FILE_LIMITS.nameChars),
});

const highlight = z.object({ id: uuid, target, color, modified: isoDate });

/** Unknown colours (and `__proto__`) are dropped, as every object's unknown keys are. */
const colorMeanings = z.object(
  Object.fromEntries(
    HIGHLIGHT_COLORS.map((name) => [name, text(CLASS_FILE_LIMITS.colorMeaningChars).optional()]),
  ) as Record<(typeof HIGHLIGHT_COLORS)[number], z.ZodOptional<z.ZodString>>,
);

const readingPack = z.object({
  packId: uuid,
  created: isoDate,
  modified: isoDate,
  teacher: person,
  instructions: text(CLASS_FILE_LIMITS.instructionsChars),
  due: z.iso.date().nullable(),
  colorMeanings,
  document: z.object({ id: z.string().regex(DOCUMENT_ID_PATTERN), draft: importDraftSchema }),
  guide: z.array(highlight).max(CLASS_FILE_LIMITS.guide),
  // Empty prompts and choices are a question being written, not a damaged pack.
  questions: z
    .array(
      z.object({
        id: uuid,
        target,
        prompt: text(CLASS_FILE_LIMITS.promptChars),
        choices: z.array(text(CLASS_FILE_LIMITS.choiceChars)).max(CLASS_FILE_LIMITS.choices),
        modified: isoDate,
      }),
    )
    .max(CLASS_FILE_LIMITS.questions),
});

const answerFile = z.object({
  id: uuid,
  packId: uuid,
  reader: person,
  modified: isoDate,
  answers: z
    .array(
      z.object({
        id: uuid,
        questionId: uuid,
        note: z.object({
          editorState: text(CLASS_FILE_LIMITS.editorStateChars).nullable(),
          text: text(CLASS_FILE_LIMITS.noteChars),
          markdown: text(CLASS_FILE_LIMITS.noteChars),
        }),
        choice: z
          .number()
          .int()
          .min(0)
          .max(CLASS_FILE_LIMITS.choices - 1)
          .nullable(),
        modified: isoDate,
      }),
    )
    .max(CLASS_FILE_LIMITS.answers),
  highlights: z.array(highlight).max(CLASS_FILE_LIMITS.highlights),
});

export const backupClassroomSchema = z.object({
  readers: z
    .array(
      z.object({ id: readerProfileId, name: text(CLASS_FILE_LIMITS.nameChars).min(1), created: isoDate }),
    )
    .max(CLASSROOM_LIMITS.readers),
  packs: z
    .array(
      z.object({
        packId: uuid,
        documentId: z.string().regex(DOCUMENT_ID_PATTERN),
        role: z.enum(['author', 'student']),
        pack: readingPack,
      }),
    )
    .max(CLASSROOM_LIMITS.packs),
  answerFiles: z
    .array(
      z.object({
        key: text(BACKUP_LIMITS.sourceChars),
        packId: uuid,
        readerId: text(CLASS_FILE_LIMITS.readerIdChars).min(1),
        modified: isoDate,
        received: isoDate,
        answers: answerFile,
      }),
    )
    .max(CLASSROOM_LIMITS.answerFiles),
  marks: z
    .array(
      z.object({
        answerId: uuid,
        packId: uuid,
        // The stored keys (answer-store.ts ANSWER_MARKS); a newer Hamish's key is kept, shown as none.
        mark: z
          .string()
          .regex(/^[a-z][a-z-]*$/, { error: 'must be a mark key' })
          .max(CLASSROOM_LIMITS.markChars),
        modified: isoDate,
      }),
    )
    .max(CLASSROOM_LIMITS.marks),
});

export type ValidatedClassroom = z.infer<typeof backupClassroomSchema>;

/** Format 4: format 3 and the classroom. Declared here, not in backup-schema.ts, which class files import. */
export const backupSchemaV4 = backupSchemaV3.extend({
  hamishFormat: z.literal(4),
  'hamish:classroom': backupClassroomSchema.optional(),
});

/** The arrays a file's classroom part holds, checked for length before the schema walks them. */
export const CLASSROOM_LISTS = ['readers', 'packs', 'answerFiles', 'marks'] as const;

export interface ClassroomIssue {
  code: 'invalid-field' | 'selector-out-of-range';
  path: string;
  detail: string;
}

/**
 * What the schema cannot see alone: a record listed twice, a pack or answer file whose copies of its own
 * ids disagree, a passage outside the pack's text. Paths are relative to the classroom part.
 */
export function classroomIssues(classroom: ValidatedClassroom): ClassroomIssue[] {
  const issues: ClassroomIssue[] = [];
  const keys = {
    readers: classroom.readers.map((reader) => reader.id.toLowerCase()),
    packs: classroom.packs.map((stored) => stored.packId.toLowerCase()),
    answerFiles: classroom.answerFiles.map((stored) => stored.key),
    marks: classroom.marks.map((mark) => mark.answerId.toLowerCase()),
  };
  for (const list of CLASSROOM_LISTS) {
    const seen = new Set<string>();
    keys[list].forEach((key, index) => {
      if (seen.has(key))
        issues.push({ code: 'invalid-field', path: `${list}[${index}]`, detail: 'is listed twice' });
      seen.add(key);
    });
  }

  classroom.packs.forEach((stored, index) => {
    const at = `packs[${index}]`;
    if (stored.pack.packId.toLowerCase() !== stored.packId.toLowerCase()) {
      issues.push({ code: 'invalid-field', path: `${at}.pack.packId`, detail: 'is not the pack’s id' });
    }
    const { draft } = stored.pack.document;
    const length = layoutBlocks(draft.title, draft.blocks).text.length;
    const passages = [
      ...stored.pack.guide.map((item, i) => ({ item, path: `${at}.pack.guide[${i}]` })),
      ...stored.pack.questions.map((item, i) => ({ item, path: `${at}.pack.questions[${i}]` })),
    ];
    for (const { item, path } of passages) {
      const { start, end } = item.target.selector[1];
      if (start > end || end > length) {
        issues.push({
          code: 'selector-out-of-range',
          path: `${path}.target.selector[1]`,
          detail: `text length ${length}`,
        });
      }
    }
  });

  classroom.answerFiles.forEach((stored, index) => {
    const at = `answerFiles[${index}]`;
    const { answers } = stored;
    if (stored.key !== answerFileKey(answers))
      issues.push({ code: 'invalid-field', path: `${at}.key`, detail: 'is not the file’s key' });
    if (stored.packId.toLowerCase() !== answers.packId.toLowerCase()) {
      issues.push({ code: 'invalid-field', path: `${at}.packId`, detail: 'is not the file’s pack' });
    }
    if (stored.readerId !== answers.reader.id)
      issues.push({ code: 'invalid-field', path: `${at}.readerId`, detail: 'is not the file’s reader' });
    if (stored.modified !== answers.modified)
      issues.push({ code: 'invalid-field', path: `${at}.modified`, detail: 'is not the file’s time' });
  });
  return issues;
}

/**
 * The validated records as the database keeps them: ids lower-case, display text without spoofing
 * characters, note states through the same gate a restore uses (parse-class-file.ts does the same).
 */
export function classroomFromBackup(classroom: ValidatedClassroom): BackupClassroom {
  return {
    readers: classroom.readers.map(({ id, name, created }) => ({
      id: id.toLowerCase(),
      name: displayName(name),
      created,
    })),
    packs: classroom.packs.map((stored) => ({
      packId: stored.packId.toLowerCase(),
      documentId: stored.documentId,
      role: stored.role,
      pack: toPack(stored.pack),
    })),
    answerFiles: classroom.answerFiles.map((stored) => {
      const answers = toAnswerFile(stored.answers);
      // The key, pack and reader follow the file's own, as answer-store.ts derives them on import.
      return {
        key: stored.key,
        packId: answers.packId,
        readerId: answers.reader.id,
        modified: stored.modified,
        received: stored.received,
        answers,
      };
    }),
    marks: classroom.marks.map((mark) => ({
      answerId: mark.answerId.toLowerCase(),
      packId: mark.packId.toLowerCase(),
      mark: mark.mark,
      modified: mark.modified,
    })),
  };
}

type ValidatedPack = ValidatedClassroom['packs'][number]['pack'];
type ValidatedAnswers = ValidatedClassroom['answerFiles'][number]['answers'];

function toPack(pack: ValidatedPack): ReadingPack {
  const meanings: ReadingPack['colorMeanings'] = {};
  for (const [name, meaning] of Object.entries(pack.colorMeanings)) {
    if (meaning !== undefined) meanings[name as keyof typeof meanings] = displayName(meaning);
  }
  return {
    packId: pack.packId.toLowerCase(),
    created: pack.created,
    modified: pack.modified,
    teacher: personOf(pack.teacher),
    instructions: displayText(pack.instructions),
    due: pack.due,
    colorMeanings: meanings,
    document: { id: pack.document.id, draft: pack.document.draft },
    guide: pack.guide.map(highlightOf),
    questions: pack.questions.map((question) => ({
      id: question.id.toLowerCase(),
      target: targetOf(question.target),
      prompt: displayText(question.prompt),
      choices: question.choices.map(displayName),
      modified: question.modified,
    })),
  };
}

function toAnswerFile(file: ValidatedAnswers): AnswerFile {
  return {
    id: file.id.toLowerCase(),
    packId: file.packId.toLowerCase(),
    reader: personOf(file.reader),
    modified: file.modified,
    answers: file.answers.map((answer) => {
      const noteText = displayText(answer.note.text);
      // A note state from a file never reaches the editor as written: only what our editor makes passes.
      const { editorState } = sanitizeNoteState(answer.note.editorState, noteText);
      return {
        id: answer.id.toLowerCase(),
        questionId: answer.questionId.toLowerCase(),
        note: { editorState, text: noteText, markdown: displayText(answer.note.markdown) },
        choice: answer.choice,
        modified: answer.modified,
      };
    }),
    highlights: file.highlights.map(highlightOf),
  };
}

function personOf(person: { id: string; name: string }): { id: string; name: string } {
  return { id: displayName(person.id), name: displayName(person.name) };
}

function highlightOf(item: ValidatedPack['guide'][number]): ReadingPack['guide'][number] {
  return {
    id: item.id.toLowerCase(),
    target: targetOf(item.target),
    color: item.color,
    modified: item.modified,
  };
}

function targetOf(validated: ValidatedPack['guide'][number]['target']): AnnotationTarget {
  const [quote, position]: [TextQuoteSelector, TextPositionSelector] = validated.selector;
  return {
    source: validated.source,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
