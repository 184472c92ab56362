import type {
  AnnotationTarget,
  TextPositionSelector,
  TextQuoteSelector,
} from '../annotations/annotation-model';
import { annotationIdOf, SOURCE_IRI_PREFIX } from '../backup/backup-format';
import { decodeBackupBytes } from '../backup/decode-backup-bytes';
import { looksTruncated } from '../backup/json-truncation';
import { formatPath } from '../backup/parse-backup';
import { FUTURE_TOLERANCE_MS } from '../backup/restore-plan';
import { layoutBlocks } from '../document/layout-blocks';
import { sanitizeNoteState } from '../notes/sanitize-note-state';
import { ANSWERS_FORMAT_NAME } from './answers-file';
import {
  ANSWERS_FORMAT_VERSION,
  PACK_FORMAT_VERSION,
  type AnswerFile,
  type ClassFileRefusal,
  type ParsedClassFile,
  type ReadingPack,
} from './classroom-model';
import {
  answersFileSchema,
  CLASS_FILE_LIMITS,
  packFileSchema,
  type ValidatedAnswersFile,
  type ValidatedPackFile,
} from './class-file-schema';
import { displayName, displayText } from './display-text';
import { PACK_FORMAT_NAME } from './pack-file';

export interface ClassFileContext {
  /** Set when the file must be answers to this pack (the class view importing them): anything else is refused. */
  expectedPackId?: string;
  /** Dates in the file more than a day after this are brought back to it. */
  now: Date;
}

type Refused = Extract<ParsedClassFile, { ok: false }>;

const refuse = (reason: ClassFileRefusal, detail?: string): Refused =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

/**
 * Reads a `.hamish` pack or a `.hamish-answers` file, validating all of it before anything is stored;
 * never throws. What comes back is safe to store and show: ids lower-case, dates no later than `now`
 * (give or take a day), display text without spoofing characters, note states through the same gate a
 * restore uses. Unknown fields, `__proto__` among them, are dropped by the schemas.
 */
export function parseClassFile(bytes: Uint8Array, context: ClassFileContext): ParsedClassFile {
  if (bytes.length > CLASS_FILE_LIMITS.fileBytes) {
    return refuse('too-large', `${CLASS_FILE_LIMITS.fileBytes} bytes`);
  }
  const decoded = decodeBackupBytes(bytes);
  if (!decoded.ok) return refuse('not-json', decoded.error.detail);
  if (decoded.text.trim() === '') return refuse('not-json', 'empty');

  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return looksTruncated(decoded.text) ? refuse('damaged', 'truncated') : refuse('not-json');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('not-classroom', json === null ? 'null' : Array.isArray(json) ? 'array' : typeof json);
  }
  const record = json as Record<string, unknown>;
  const kind = record.hamishFormat;
  if (kind !== PACK_FORMAT_NAME && kind !== ANSWERS_FORMAT_NAME) return refuse('not-classroom');
  // A pack where a student's answers were expected (the pack itself dropped into the class view).
  if (kind === PACK_FORMAT_NAME && context.expectedPackId !== undefined) {
    return refuse('not-classroom', PACK_FORMAT_NAME);
  }
  const newest = kind === PACK_FORMAT_NAME ? PACK_FORMAT_VERSION : ANSWERS_FORMAT_VERSION;
  if (typeof record.formatVersion === 'number' && record.formatVersion > newest) {
    return refuse('newer-format', String(record.formatVersion));
  }
  return kind === PACK_FORMAT_NAME ? readPack(json, context.now) : readAnswers(json, context);
}

function readPack(json: unknown, now: Date): ParsedClassFile {
  const result = packFileSchema.safeParse(json);
  if (!result.success) return refuse('damaged', formatPath(result.error.issues[0]?.path ?? []));
  const file = result.data;
  const duplicate = firstDuplicate([
    ...file.guide.map((item, index) => ({ id: item.id, path: `guide[${index}].id` })),
    ...file.questions.map((item, index) => ({ id: item.id, path: `questions[${index}].id` })),
  ]);
  if (duplicate !== null) return refuse('duplicate-ids', duplicate);
  const textLength = layoutBlocks(file.document.draft.title, file.document.draft.blocks).text.length;
  const outOfRange = firstOutOfRange(
    [
      ...file.guide.map((item, index) => ({ item, path: `guide[${index}]` })),
      ...file.questions.map((item, index) => ({ item, path: `questions[${index}]` })),
    ],
    textLength,
  );
  if (outOfRange !== null) return refuse('damaged', outOfRange);
  return { ok: true, kind: 'pack', pack: toPack(file, now) };
}

function readAnswers(json: unknown, context: ClassFileContext): ParsedClassFile {
  const result = answersFileSchema.safeParse(json);
  if (!result.success) return refuse('damaged', formatPath(result.error.issues[0]?.path ?? []));
  const file = result.data;
  const packId = annotationIdOf(file.packId);
  if (context.expectedPackId !== undefined && packId !== context.expectedPackId.toLowerCase()) {
    return refuse('other-pack', packId);
  }
  const duplicate =
    firstDuplicate([
      ...file.answers.map((item, index) => ({ id: item.id, path: `answers[${index}].id` })),
      ...file.highlights.map((item, index) => ({ id: item.id, path: `highlights[${index}].id` })),
    ]) ??
    // One answer per question: a second reply to the same question is not something Hamish writes.
    firstDuplicate(
      file.answers.map((item, index) => ({ id: item.target, path: `answers[${index}].target` })),
    );
  if (duplicate !== null) return refuse('duplicate-ids', duplicate);
  // The file does not carry the text: its highlights anchor by their quotes when shown, as any do.
  const outOfRange = firstOutOfRange(
    file.highlights.map((item, index) => ({ item, path: `highlights[${index}]` })),
    Number.MAX_SAFE_INTEGER,
  );
  if (outOfRange !== null) return refuse('damaged', outOfRange);
  return { ok: true, kind: 'answers', answers: toAnswerFile(file, packId, context.now) };
}

/** The path of the first id seen before, whatever its case (UUIDs compare case-insensitively). */
function firstDuplicate(entries: ReadonlyArray<{ id: string; path: string }>): string | null {
  const seen = new Set<string>();
  for (const { id, path } of entries) {
    const key = id.toLowerCase();
    if (seen.has(key)) return path;
    seen.add(key);
  }
  return null;
}

/** The path of the first passage that ends before it starts or past the text; null when all are in range. */
function firstOutOfRange(
  entries: ReadonlyArray<{ item: { target: FileTarget }; path: string }>,
  textLength: number,
): string | null {
  for (const { item, path } of entries) {
    const { start, end } = positionOf(item.target.selector);
    if (start > end || end > textLength) return `${path}.target.selector`;
  }
  return null;
}

function toPack(file: ValidatedPackFile, now: Date): ReadingPack {
  const clamp = clampTo(now);
  const colorMeanings: ReadingPack['colorMeanings'] = {};
  for (const [color, meaning] of Object.entries(file.colorMeanings)) {
    if (meaning !== undefined) colorMeanings[color as keyof typeof colorMeanings] = displayName(meaning);
  }
  return {
    packId: annotationIdOf(file.id),
    created: clamp(file.created),
    modified: clamp(file.modified),
    teacher: { id: displayName(file.creator.id), name: displayName(file.creator.name) },
    instructions: displayText(file.instructions),
    due: file.due,
    colorMeanings,
    document: { id: file.document.id, draft: file.document.draft },
    guide: file.guide.map((item) => ({
      id: annotationIdOf(item.id),
      target: targetOf(item.target),
      color: item['hamish:color'],
      modified: clamp(item.modified),
    })),
    questions: file.questions.map((item) => ({
      id: annotationIdOf(item.id),
      target: targetOf(item.target),
      prompt: displayText(item.body[0]!.value),
      choices: item['hamish:choices'].map(displayName),
      modified: clamp(item.modified),
    })),
  };
}

function toAnswerFile(file: ValidatedAnswersFile, packId: string, now: Date): AnswerFile {
  const clamp = clampTo(now);
  return {
    id: annotationIdOf(file.id),
    packId,
    reader: { id: displayName(file.creator.id), name: displayName(file.creator.name) },
    modified: clamp(file.modified),
    answers: file.answers.map((item) => {
      const text = displayText(item['hamish:note'].text);
      // A note state from a file never reaches the editor as written: only what our editor makes passes.
      const { editorState } = sanitizeNoteState(item['hamish:note'].editorState, text);
      return {
        id: annotationIdOf(item.id),
        questionId: annotationIdOf(item.target),
        note: { editorState, text, markdown: displayText(item.body[0]!.value) },
        choice: item['hamish:choice'],
        modified: clamp(item.modified),
      };
    }),
    highlights: file.highlights.map((item) => ({
      id: annotationIdOf(item.id),
      target: targetOf(item.target),
      color: item['hamish:color'],
      modified: clamp(item.modified),
    })),
  };
}

/** Clocks drift and time zones get mistyped; past a day ahead, a date is an error or an attack (restore-plan.ts). */
function clampTo(now: Date): (iso: string) => string {
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  return (iso) => (Date.parse(iso) > latest ? now.toISOString() : iso);
}

type FileTarget = ValidatedPackFile['guide'][number]['target'];

function positionOf(selectors: FileTarget['selector']): TextPositionSelector {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
}

function targetOf(target: FileTarget): AnnotationTarget {
  const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
  const position = positionOf(target.selector);
  return {
    source: target.source.slice(SOURCE_IRI_PREFIX.length),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
