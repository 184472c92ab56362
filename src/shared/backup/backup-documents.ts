import { z } from '../zod';
import type { BlockStyle, ImportFormat } from '../document/document-model';
import { IMPORTED_ID_PREFIX, isImportedId } from '../document/imported-document';
import { IMPORT_MAX_BYTES, type ImportDraft } from '../import/import-model';
import { DOCUMENT_ID_PATTERN } from '../platform/platform-contract';

/** An imported document as a backup carries it: what documentFromDraft rebuilds it from, exactly. */
export interface BackupDocument {
  id: string;
  /** ISO time of the first import. */
  added: string;
  contentHash: string;
  draft: ImportDraft;
}

/**
 * Limits on a document from a file, each above what an import can make (a block's text comes from at most
 * IMPORT_MAX_BYTES of input), so every stored document passes them. They bound one document, not the
 * library: the whole library's backup can still exceed the backup file limit (BACKUP_LIMITS.fileBytes).
 */
export const DOCUMENT_LIMITS = {
  documents: 10_000,
  blocks: 1_000_000,
  blockChars: IMPORT_MAX_BYTES,
  titleChars: 10_000,
  nameChars: 1_000,
  related: 1_000,
  markerChars: 32,
} as const;

const IMPORT_FORMATS = {
  text: true,
  markdown: true,
  html: true,
  mhtml: true,
  epub: true,
} as const satisfies Record<ImportFormat, true>;
const BLOCK_STYLES = { quote: true, 'list-item': true, code: true } as const satisfies Record<
  BlockStyle,
  true
>;

const namesOf = <K extends string>(names: Record<K, true>) => Object.keys(names) as [K, ...K[]];

/** Canonical text is NFC (document-model.ts): other forms would lay out to another hash and other offsets. */
const nfc = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => text === text.normalize('NFC'), { error: 'must be NFC-normalized text' });

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/, {
  error: 'must be a language tag such as "ar"',
});
const direction = z.enum(['rtl', 'ltr']);

const draftBlock = z.object({
  kind: z.enum(['heading', 'paragraph']),
  text: nfc(DOCUMENT_LIMITS.blockChars),
  lang: languageTag.optional(),
  dir: direction.optional(),
  style: z.enum(namesOf(BLOCK_STYLES)).optional(),
  marker: nfc(DOCUMENT_LIMITS.markerChars).optional(),
});

/** A draft as the library stores it and a backup carries it; unknown fields are dropped. */
export const importDraftSchema = z.object({
  format: z.enum(namesOf(IMPORT_FORMATS)),
  fileName: nfc(DOCUMENT_LIMITS.nameChars).min(1),
  title: nfc(DOCUMENT_LIMITS.titleChars),
  language: languageTag,
  direction,
  siteName: nfc(DOCUMENT_LIMITS.nameChars).nullable(),
  byline: nfc(DOCUMENT_LIMITS.nameChars).nullable(),
  publication: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, {
    error: 'must be empty or a date: YYYY, YYYY-MM or YYYY-MM-DD',
  }),
  blocks: z.array(draftBlock).max(DOCUMENT_LIMITS.blocks),
  related: z.array(nfc(DOCUMENT_LIMITS.titleChars).min(1)).max(DOCUMENT_LIMITS.related),
  encoding: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/, { error: 'must be an encoding label' })
    .optional(),
});

export const backupDocumentSchema = z.object({
  id: z
    .string()
    .regex(DOCUMENT_ID_PATTERN)
    // A backup must never bring a text in under a bundled document's id.
    .refine(isImportedId, { error: `must start with "${IMPORTED_ID_PREFIX}"` }),
  added: z.iso.datetime({ offset: true }),
  contentHash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'must be 16 hexadecimal digits' }),
  draft: importDraftSchema,
});

export const backupDocumentsSchema = z.array(backupDocumentSchema).max(DOCUMENT_LIMITS.documents);

/** The draft with every text NFC-normalized, as the library stores it. */
export function canonicalDraft(draft: ImportDraft): ImportDraft {
  const nfcOf = (text: string) => text.normalize('NFC');
  return {
    ...draft,
    fileName: nfcOf(draft.fileName),
    title: nfcOf(draft.title),
    siteName: draft.siteName === null ? null : nfcOf(draft.siteName),
    byline: draft.byline === null ? null : nfcOf(draft.byline),
    blocks: draft.blocks.map((block) => ({
      ...block,
      text: nfcOf(block.text),
      ...(block.marker !== undefined && { marker: nfcOf(block.marker) }),
    })),
    related: draft.related.map(nfcOf),
  };
}

/** A draft refused for storage: a restore of its backup would refuse it too. */
export class InvalidDraftError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid imported document: ${problems.join('; ')}`);
    this.name = 'InvalidDraftError';
  }
}

/** The draft as stored (NFC, validated, unknown fields dropped); throws InvalidDraftError. */
export function storableDraft(draft: ImportDraft): ImportDraft {
  const result = importDraftSchema.safeParse(canonicalDraft(draft));
  if (result.success) return result.data;
  throw new InvalidDraftError(
    result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  );
}
