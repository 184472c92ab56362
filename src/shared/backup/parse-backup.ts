import type { z } from '../zod';
import type { Annotation } from '../annotations/annotation-model';
import { annotationIdOf, BACKUP_FORMAT_VERSION, fromW3c, type BackupSettings } from './backup-format';
import {
  BACKUP_LIMITS,
  backupSchemaV1,
  backupSchemaV2,
  backupSchemaV3,
  type ValidatedBackupV1,
} from './backup-schema';
import type { BackupDocument } from './backup-documents';
import {
  backupSchemaV4,
  classroomFromBackup,
  classroomIssues,
  CLASSROOM_LIMITS,
  CLASSROOM_LISTS,
  EMPTY_CLASSROOM,
  type BackupClassroom,
  type ValidatedClassroom,
} from './backup-classroom';
import { layoutBlocks } from '../document/layout-blocks';
import { looksTruncated } from './json-truncation';
import { sanitizeNoteState } from '../notes/sanitize-note-state';
import { exceedsUtf8Bytes } from './utf8-size';

export type BackupIssueCode =
  | 'too-large'
  | 'not-utf8'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-a-backup'
  | 'future-version'
  | 'too-many-annotations'
  | 'invalid-field'
  | 'duplicate-id'
  | 'selector-out-of-range';

export interface BackupIssue {
  code: BackupIssueCode;
  /** Where in the file, e.g. `first.items[3].target.selector[1].end`; '' for the file as a whole. */
  path: string;
  detail?: string;
}

export type ParsedBackup =
  | {
      ok: true;
      annotations: Annotation[];
      settings: BackupSettings;
      /** The imported documents the file carries (none before format 3). */
      documents: BackupDocument[];
      /** Reader profiles, reading packs, answer files and marks (none before format 4). */
      classroom: BackupClassroom;
      /** Ids of annotations whose note state the sanitizer changed: their text and Markdown are derived again. */
      sanitizedNotes: string[];
    }
  | { ok: false; errors: BackupIssue[] };

export interface BackupContext {
  /**
   * The library's documents: canonical text length, or the text itself. Others are not range-checked,
   * except those the file carries, checked against the text they carry.
   */
  documents: ReadonlyMap<string, number | string>;
}

/** A person fixes a file from the first few problems; listing thousands helps no one. */
const MAX_ISSUES = 20;

/** Validates a whole backup file before anything is written; never throws. */
export function parseBackup(content: string, context: BackupContext): ParsedBackup {
  if (exceedsUtf8Bytes(content, BACKUP_LIMITS.fileBytes)) {
    return fail({ code: 'too-large', path: '', detail: `${BACKUP_LIMITS.fileBytes} bytes` });
  }
  if (content.trim() === '') return fail({ code: 'empty', path: '' });

  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: looksTruncated(content) ? 'truncated' : 'not-json', path: '', detail });
  }

  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail({ code: 'not-a-backup', path: '', detail: Array.isArray(json) ? 'array' : String(json) });
  }
  const record = json as Record<string, unknown>;
  const version = record.hamishFormat;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return fail({ code: 'future-version', path: 'hamishFormat', detail: String(version) });
  }
  if (record.type !== 'AnnotationCollection' && version === undefined) {
    return fail({ code: 'not-a-backup', path: 'type' });
  }
  if (typeof version === 'number' && version >= 2 && 'items' in record) {
    return fail({
      code: 'invalid-field',
      path: 'items',
      detail: `format ${version} keeps annotations in first.items`,
    });
  }
  const itemsPath = version === 1 ? 'items' : 'first.items';
  const items = version === 1 ? record.items : (record.first as { items?: unknown } | undefined)?.items;
  if (Array.isArray(items) && items.length > BACKUP_LIMITS.items) {
    return fail({ code: 'too-many-annotations', path: itemsPath, detail: String(items.length) });
  }
  const oversized = oversizedClassroomList(record['hamish:classroom']);
  if (oversized) return fail(oversized);

  const backup = validateShape(json, version);
  if (!backup.ok) return backup;
  const issues = semanticIssues(backup.contents, itemsPath, context);
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };
  const annotations = backup.contents.items.map(fromW3c);
  const sanitizedNotes: string[] = [];
  for (const annotation of annotations) {
    // A note state from a file never reaches the editor as written: only what our editor makes passes.
    const sanitized = sanitizeNoteState(annotation.note.editorState, annotation.note.text);
    if (!sanitized.changed) continue;
    annotation.note = { ...annotation.note, editorState: sanitized.editorState };
    sanitizedNotes.push(annotation.id);
  }
  return {
    ok: true,
    annotations,
    settings: { colorMeanings: { ...backup.contents.settings?.colorMeanings } },
    documents: backup.contents.documents,
    classroom: classroomFromBackup(backup.contents.classroom),
    sanitizedNotes,
  };
}

/** What every format holds once validated: the count it claims, the annotations, settings and documents. */
interface BackupContents {
  total: number;
  items: ValidatedBackupV1['items'];
  settings: ValidatedBackupV1['hamish:settings'];
  documents: BackupDocument[];
  classroom: ValidatedClassroom;
}

/** A list longer than its limit is refused before the schema walks every record of it. */
function oversizedClassroomList(classroom: unknown): BackupIssue | null {
  if (typeof classroom !== 'object' || classroom === null) return null;
  for (const list of CLASSROOM_LISTS) {
    const records = (classroom as Record<string, unknown>)[list];
    if (Array.isArray(records) && records.length > CLASSROOM_LIMITS[list]) {
      return {
        code: 'invalid-field',
        path: `hamish:classroom.${list}`,
        detail: `${records.length} records, at most ${CLASSROOM_LIMITS[list]}`,
      };
    }
  }
  return null;
}

/** Checks the file against its format's schema: 1, 2, 3, or else the current one (4), which names what is wrong. */
function validateShape(
  json: unknown,
  version: unknown,
): { ok: true; contents: BackupContents } | { ok: false; errors: BackupIssue[] } {
  if (version === 1) {
    const result = backupSchemaV1.safeParse(json);
    if (!result.success) return { ok: false, errors: fieldIssues(result.error) };
    const { total, items, 'hamish:settings': settings } = result.data;
    return { ok: true, contents: { total, items, settings, documents: [], classroom: EMPTY_CLASSROOM } };
  }
  if (version === 2) {
    const result = backupSchemaV2.safeParse(json);
    if (!result.success) return { ok: false, errors: fieldIssues(result.error) };
    const { total, first, 'hamish:settings': settings } = result.data;
    const contents = { total, items: first.items, settings, documents: [], classroom: EMPTY_CLASSROOM };
    return { ok: true, contents };
  }
  if (version === 3) {
    const result = backupSchemaV3.safeParse(json);
    if (!result.success) return { ok: false, errors: fieldIssues(result.error) };
    const { total, first, 'hamish:settings': settings, 'hamish:documents': documents = [] } = result.data;
    return {
      ok: true,
      contents: { total, items: first.items, settings, documents, classroom: EMPTY_CLASSROOM },
    };
  }
  const result = backupSchemaV4.safeParse(json);
  if (!result.success) return { ok: false, errors: fieldIssues(result.error) };
  const {
    total,
    first,
    'hamish:settings': settings,
    'hamish:documents': documents = [],
    'hamish:classroom': classroom = EMPTY_CLASSROOM,
  } = result.data;
  return { ok: true, contents: { total, items: first.items, settings, documents, classroom } };
}

function fail(issue: BackupIssue): ParsedBackup {
  return { ok: false, errors: [issue] };
}

function fieldIssues(error: z.ZodError): BackupIssue[] {
  return error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => ({ code: 'invalid-field', path: formatPath(issue.path), detail: issue.message }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** What the schema cannot see alone: repeated ids, offsets past the text, a hash that is not the text's. */
function semanticIssues(backup: BackupContents, itemsPath: string, context: BackupContext): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const lengths = new Map<string, number | string>(context.documents);
  const seenDocuments = new Set<string>();
  backup.documents.forEach(({ id, contentHash, draft }, index) => {
    const at = `hamish:documents[${index}]`;
    if (seenDocuments.has(id)) issues.push({ code: 'duplicate-id', path: `${at}.id`, detail: id });
    seenDocuments.add(id);
    const laidOut = layoutBlocks(draft.title, draft.blocks);
    if (laidOut.contentHash !== contentHash) {
      issues.push({
        code: 'invalid-field',
        path: `${at}.contentHash`,
        detail: 'is not the hash of its text',
      });
    }
    // Its annotations were made on this text, whichever version the library keeps.
    lengths.set(id, laidOut.text.length);
  });
  if (backup.total !== backup.items.length) {
    issues.push({ code: 'invalid-field', path: 'total', detail: `${backup.total} ≠ ${backup.items.length}` });
  }
  for (const issue of classroomIssues(backup.classroom)) {
    issues.push({ ...issue, path: `hamish:classroom.${issue.path}` });
  }
  const seen = new Set<string>();
  backup.items.forEach((item, index) => {
    if (issues.length >= MAX_ISSUES) return;
    const at = `${itemsPath}[${index}]`;
    // The store keys ids lower-case: an upper-case copy of an id is the same annotation.
    const id = annotationIdOf(item.id);
    if (seen.has(id)) issues.push({ code: 'duplicate-id', path: `${at}.id`, detail: item.id });
    seen.add(id);

    const positionIndex = item.target.selector.findIndex((s) => s.type === 'TextPositionSelector');
    const position = item.target.selector[positionIndex];
    if (position?.type === 'TextPositionSelector') {
      const selectorPath = `${at}.target.selector[${positionIndex}]`;
      const known = lengths.get(item['hamish:documentId']);
      const length = typeof known === 'string' ? known.length : known;
      if (position.start > position.end) {
        issues.push({ code: 'selector-out-of-range', path: `${selectorPath}.start`, detail: 'start > end' });
      } else if (length !== undefined && position.end > length) {
        issues.push({
          code: 'selector-out-of-range',
          path: `${selectorPath}.end`,
          detail: `text length ${length}`,
        });
      }
    }
  });
  return issues;
}
