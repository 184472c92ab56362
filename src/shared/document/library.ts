import { z } from '../zod';
import { DOCUMENT_ID_PATTERN } from '../platform/platform-contract';
import type { ArticleDocument, DocumentManifest, DocumentSummary } from './document-model';
import { parseArticle } from './parse-article';

/**
 * The bundled library's files, validated. Both the Electron main process and the browser edition's
 * web adapter read the same JSON, so the checks live here, free of I/O.
 */

/** Names a missing field as missing rather than as the wrong type. */
const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

const documentId = z
  .string(expecting('a string'))
  .regex(DOCUMENT_ID_PATTERN, { error: 'must be a lowercase slug (a-z, 0-9, "-")' });

const nonEmpty = z.string(expecting('a string')).trim().min(1, { error: 'must not be empty' });

/** A bare name inside the library folder, so a manifest can never point outside it. */
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const libraryIndexSchema = z.object(
  {
    documents: z
      .array(documentId, expecting('an array of document ids'))
      .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list an id twice' }),
  },
  expecting('an object'),
);

const manifestSchema = z.object(
  {
    id: documentId,
    file: z
      .string(expecting('a string'))
      .regex(PLAIN_FILE_NAME, { error: 'must be a plain file name (no folders)' })
      .refine((name) => !name.includes('..'), { error: 'must not contain ".."' }),
    title: nonEmpty,
    language: z
      .string(expecting('a string'))
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "ar"' }),
    direction: z.enum(['rtl', 'ltr'], expecting('"rtl" or "ltr"')),
    source: z.object({ name: nonEmpty, nameEn: nonEmpty.optional() }, expecting('an object with a name')),
    publication: z
      .string(expecting('a string'))
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' }),
    related: z.array(nonEmpty, expecting('an array of titles')),
  },
  expecting('an object'),
);

/** Returns the library's document ids, in order; throws an Error naming the bad field. */
export function parseLibraryIndex(json: unknown): string[] {
  return validate(libraryIndexSchema, json, 'library index').documents;
}

/** Returns the manifest; throws an Error naming the bad field. */
export function parseManifest(json: unknown): DocumentManifest {
  return validate(manifestSchema, json, 'document manifest');
}

export function buildDocument(manifest: DocumentManifest, raw: string): ArticleDocument {
  const parsed = parseArticle(raw);
  return { ...parsed, versionId: `${manifest.id}@${parsed.contentHash}`, manifest };
}

export function summarize(manifest: DocumentManifest): DocumentSummary {
  const { id, title, language, direction, source, publication } = manifest;
  return { id, title, language, direction, source: { ...source }, publication };
}

function validate<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? formatPath(issue.path) : '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new Error(`Invalid ${what}: ${problems.join('; ')}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}
