import { z } from '../zod';
import { BACKUP_LIMITS, backupSchemaV3 } from '../backup/backup-schema';
import { importDraftSchema } from '../backup/backup-documents';
import { DOCUMENT_ID_PATTERN } from '../platform/platform-contract';
import { HIGHLIGHT_COLORS } from '../annotations/annotation-model';
import { ANSWERS_TYPE, ANSWERS_FORMAT_NAME } from './answers-file';
import { PACK_FORMAT_NAME, PACK_TYPE } from './pack-file';

/** Limits keep a hostile or broken class file from exhausting memory; each is well above what a class makes. */
export const CLASS_FILE_LIMITS = {
  /** 60 MiB: a pack carries its document, whose text an import caps at 50 MiB (IMPORT_MAX_BYTES). */
  fileBytes: 60 * 1024 * 1024,
  nameChars: 200,
  readerIdChars: 200,
  instructionsChars: 20_000,
  promptChars: 10_000,
  choices: 12,
  choiceChars: 1_000,
  colorMeaningChars: BACKUP_LIMITS.colorMeaningChars,
  questions: 500,
  guide: 5_000,
  answers: 500,
  highlights: 20_000,
  noteChars: BACKUP_LIMITS.noteChars,
  editorStateChars: BACKUP_LIMITS.editorStateChars,
} as const;

/** A backup annotation's own field schemas: a class file's annotations obey the same rules. */
const backupAnnotation = backupSchemaV3.shape.first.shape.items.element.shape;
const annotationIri = backupAnnotation.id;
const isoDate = backupAnnotation.modified;
const target = backupAnnotation.target;
const color = backupAnnotation['hamish:color'];

const text = (max: number) => z.string().max(max);
const formatVersion = z.number().int().min(1);

const creator = z.object({
  id: text(CLASS_FILE_LIMITS.readerIdChars).min(1),
  type: z.literal('Person'),
  name: text(CLASS_FILE_LIMITS.nameChars),
});

const highlight = z.object({
  id: annotationIri,
  type: z.literal('Annotation'),
  motivation: z.literal('highlighting'),
  modified: isoDate,
  target,
  'hamish:color': color,
});

const question = z.object({
  id: annotationIri,
  type: z.literal('Annotation'),
  motivation: z.literal('questioning'),
  modified: isoDate,
  body: z
    .array(
      z.object({
        type: z.literal('TextualBody'),
        value: text(CLASS_FILE_LIMITS.promptChars).min(1),
        purpose: z.literal('questioning'),
      }),
    )
    .length(1),
  target,
  'hamish:choices': z.array(text(CLASS_FILE_LIMITS.choiceChars).min(1)).max(CLASS_FILE_LIMITS.choices),
});

/** Unknown colours (and `__proto__`) are dropped, as every object's unknown keys are. */
const colorMeanings = z.object(
  Object.fromEntries(
    HIGHLIGHT_COLORS.map((name) => [name, text(CLASS_FILE_LIMITS.colorMeaningChars).optional()]),
  ) as Record<(typeof HIGHLIGHT_COLORS)[number], z.ZodOptional<z.ZodString>>,
);

export const packFileSchema = z.object({
  '@context': z.array(z.unknown()).min(1),
  id: annotationIri,
  type: z.literal(PACK_TYPE),
  hamishFormat: z.literal(PACK_FORMAT_NAME),
  formatVersion,
  created: isoDate,
  modified: isoDate,
  creator,
  instructions: text(CLASS_FILE_LIMITS.instructionsChars),
  due: z.iso.date().nullable(),
  colorMeanings,
  document: z.object({ id: z.string().regex(DOCUMENT_ID_PATTERN), draft: importDraftSchema }),
  guide: z.array(highlight).max(CLASS_FILE_LIMITS.guide),
  questions: z.array(question).max(CLASS_FILE_LIMITS.questions),
});

const answer = z.object({
  id: annotationIri,
  type: z.literal('Annotation'),
  motivation: z.literal('replying'),
  modified: isoDate,
  body: z
    .array(
      z.object({
        type: z.literal('TextualBody'),
        value: text(CLASS_FILE_LIMITS.noteChars),
        purpose: z.literal('replying'),
        format: z.literal('text/markdown'),
      }),
    )
    .length(1),
  target: annotationIri,
  'hamish:note': z.object({
    editorState: text(CLASS_FILE_LIMITS.editorStateChars).nullable(),
    text: text(CLASS_FILE_LIMITS.noteChars),
  }),
  'hamish:choice': z
    .number()
    .int()
    .min(0)
    .max(CLASS_FILE_LIMITS.choices - 1)
    .nullable(),
});

export const answersFileSchema = z.object({
  '@context': z.array(z.unknown()).min(1),
  id: annotationIri,
  type: z.literal(ANSWERS_TYPE),
  hamishFormat: z.literal(ANSWERS_FORMAT_NAME),
  formatVersion,
  packId: annotationIri,
  modified: isoDate,
  creator,
  answers: z.array(answer).max(CLASS_FILE_LIMITS.answers),
  highlights: z.array(highlight).max(CLASS_FILE_LIMITS.highlights),
});

export type ValidatedPackFile = z.infer<typeof packFileSchema>;
export type ValidatedAnswersFile = z.infer<typeof answersFileSchema>;
