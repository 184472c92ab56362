import { z } from '../zod';
import { MAX_TRANSFER_BYTES } from '../platform/chunked-transfer';
import { HIGHLIGHT_COLORS } from '../annotations/annotation-model';
import { DOCUMENT_ID_PATTERN } from '../platform/platform-contract';
import { ANNOTATION_IRI_PREFIX, SOURCE_IRI_PREFIX } from './backup-format';
import { backupDocumentsSchema } from './backup-documents';

/**
 * The largest library Hamish supports: annotations each with a paragraph-length note (about 600
 * characters of Arabic, stored as Lexical state, text and Markdown). Its backup measured 257 MB.
 */
export const SUPPORTED_MAX_ANNOTATIONS = 50_000;

/** Limits keep a hostile or broken file from exhausting memory; each is above what Hamish makes. */
export const BACKUP_LIMITS = {
  /**
   * 400 MiB: 1.6× the backup of the supported maximum. Not 2×: a file decodes to up to one UTF-16 unit
   * per byte, and V8's longest string is about 536.9 M units; this keeps a margin of 117 M below it.
   */
  fileBytes: MAX_TRANSFER_BYTES,
  items: 200_000,
  tagChars: 200,
  tagsPerAnnotation: 200,
  quoteChars: 1_000_000,
  contextChars: 1_000,
  noteChars: 1_000_000,
  editorStateChars: 5_000_000,
  nameChars: 200,
  sourceChars: 300,
  colorMeaningChars: 200,
  /** The most options a reading-pack question offers. */
  choices: 12,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const text = (max: number) => z.string().max(max);
const isoDate = z.iso.datetime({ offset: true });
/** An absolute IRI: a scheme, a colon, no spaces. */
const iri = z
  .string()
  .max(BACKUP_LIMITS.sourceChars)
  .regex(/^[a-z][a-z0-9+.-]*:\S+$/i);
const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const annotationIri = z
  .string()
  .refine((id) => id.startsWith(ANNOTATION_IRI_PREFIX) && UUID.test(id.slice(ANNOTATION_IRI_PREFIX.length)), {
    error: `must be "${ANNOTATION_IRI_PREFIX}" followed by a UUID`,
  });

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text(BACKUP_LIMITS.quoteChars).min(1),
  prefix: text(BACKUP_LIMITS.contextChars),
  suffix: text(BACKUP_LIMITS.contextChars),
});

const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset });

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.enum(['commenting', 'tagging']),
  format: z.literal('text/markdown').optional(),
});

const annotationItem = z.object({
  '@context': z.array(z.unknown()).min(1).optional(),
  id: annotationIri,
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  created: isoDate,
  modified: isoDate,
  creator: z.object({
    id: text(BACKUP_LIMITS.nameChars).min(1),
    type: z.literal('Person'),
    name: text(BACKUP_LIMITS.nameChars),
  }),
  body: z
    .array(textualBody)
    .max(BACKUP_LIMITS.tagsPerAnnotation + 1)
    .superRefine((bodies, ctx) => {
      let comments = 0;
      bodies.forEach((body, index) => {
        if (body.purpose === 'commenting') {
          comments += 1;
          if (body.value.length > BACKUP_LIMITS.noteChars) {
            ctx.addIssue({ code: 'custom', path: [index, 'value'], message: 'note is too long' });
          }
        } else if (body.value.length === 0 || body.value.length > BACKUP_LIMITS.tagChars) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'value'],
            message: `tag must be 1–${BACKUP_LIMITS.tagChars} characters`,
          });
        }
      });
      if (comments > 1) ctx.addIssue({ code: 'custom', message: 'more than one note' });
    })
    .optional(),
  target: z.object({
    source: z
      .string()
      .max(BACKUP_LIMITS.sourceChars)
      .refine((source) => source.startsWith(SOURCE_IRI_PREFIX), {
        error: `must start with "${SOURCE_IRI_PREFIX}"`,
      }),
    selector: z
      .array(z.discriminatedUnion('type', [quoteSelector, positionSelector]))
      .length(2)
      .refine((pair) => pair[0]?.type !== pair[1]?.type, {
        error: 'must hold one TextQuoteSelector and one TextPositionSelector',
      }),
  }),
  'hamish:documentId': z.string().regex(DOCUMENT_ID_PATTERN),
  'hamish:color': z.enum(HIGHLIGHT_COLORS),
  'hamish:note': z.object({
    editorState: text(BACKUP_LIMITS.editorStateChars).nullable(),
    text: text(BACKUP_LIMITS.noteChars),
  }),
  'hamish:schemaVersion': z.number().int().min(1),
  'hamish:conflictOf': annotationIri.optional(),
  'hamish:replyTo': annotationIri.optional(),
  'hamish:choice': z
    .number()
    .int()
    .nonnegative()
    .max(BACKUP_LIMITS.choices - 1)
    .optional(),
});

const settings = z
  .object({
    colorMeanings: z.partialRecord(z.enum(HIGHLIGHT_COLORS), text(BACKUP_LIMITS.colorMeaningChars)),
  })
  .optional();

const items = z.array(annotationItem).max(BACKUP_LIMITS.items);

/** Format 1: the annotations sat in `items` on the collection itself. */
export const backupSchemaV1 = z.object({
  '@context': z.array(z.unknown()).min(1),
  type: z.literal('AnnotationCollection'),
  hamishFormat: z.literal(1),
  generated: isoDate,
  generator: z.object({ name: text(BACKUP_LIMITS.nameChars) }).optional(),
  total: z.number().int().nonnegative(),
  'hamish:settings': settings,
  items,
});

/** Format 2: a W3C collection whose embedded first (and only) page holds the annotations (§5.1, §5.2). */
export const backupSchemaV2 = z.object({
  '@context': z.array(z.unknown()).min(1),
  id: iri,
  type: z.literal('AnnotationCollection'),
  label: text(BACKUP_LIMITS.nameChars).optional(),
  hamishFormat: z.literal(2),
  generated: isoDate,
  generator: z.object({ name: text(BACKUP_LIMITS.nameChars) }).optional(),
  total: z.number().int().nonnegative(),
  'hamish:settings': settings,
  first: z.object({
    type: z.literal('AnnotationPage'),
    id: iri,
    partOf: iri.optional(),
    startIndex: z.literal(0).optional(),
    // A later page would hold annotations this file does not: Hamish writes one page and reads one.
    next: z.never({ error: 'Hamish backups hold one page' }).optional(),
    items,
  }),
  last: iri.optional(),
});

/** Format 3: format 2 and the imported documents the annotations stand on. */
export const backupSchemaV3 = backupSchemaV2.extend({
  hamishFormat: z.literal(3),
  'hamish:documents': backupDocumentsSchema.optional(),
});

export type ValidatedBackupV1 = z.infer<typeof backupSchemaV1>;
