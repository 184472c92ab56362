import type { z } from '../zod';
import type { Annotation } from '../annotations/annotation-model';
import { BACKUP_FORMAT_VERSION, fromW3c, type BackupSettings } from './backup-format';
import { BACKUP_LIMITS, backupSchema, type ValidatedBackup } from './backup-schema';
import { looksTruncated } from './json-truncation';

export type BackupIssueCode =
  | 'too-large'
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
  /** Where in the file, e.g. `items[3].target.selector[1].end`; '' for the file as a whole. */
  path: string;
  detail?: string;
}

export type ParsedBackup =
  { ok: true; annotations: Annotation[]; settings: BackupSettings } | { ok: false; errors: BackupIssue[] };

export interface BackupContext {
  /** The library's documents: canonical text length, or the text itself. Others are not range-checked. */
  documents: ReadonlyMap<string, number | string>;
}

/** A person fixes a file from the first few problems; listing thousands helps no one. */
const MAX_ISSUES = 20;

/** Validates a whole backup file before anything is written; never throws. */
export function parseBackup(content: string, context: BackupContext): ParsedBackup {
  if (exceedsBytes(content, BACKUP_LIMITS.fileBytes)) {
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
  if (Array.isArray(record.items) && record.items.length > BACKUP_LIMITS.items) {
    return fail({ code: 'too-many-annotations', path: 'items', detail: String(record.items.length) });
  }

  const result = backupSchema.safeParse(json);
  if (!result.success) return { ok: false, errors: result.error.issues.slice(0, MAX_ISSUES).map(fieldIssue) };

  const issues = semanticIssues(result.data, context);
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };
  return {
    ok: true,
    annotations: result.data.items.map(fromW3c),
    settings: { colorMeanings: { ...result.data['hamish:settings']?.colorMeanings } },
  };
}

function fail(issue: BackupIssue): ParsedBackup {
  return { ok: false, errors: [issue] };
}

/** UTF-8 size without encoding a copy; stops counting once past the limit. */
function exceedsBytes(content: string, limit: number): boolean {
  if (content.length > limit) return true;
  if (content.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

function fieldIssue(issue: z.ZodError['issues'][number]): BackupIssue {
  return { code: 'invalid-field', path: formatPath(issue.path), detail: issue.message };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** What the schema cannot see alone: repeated ids, offsets past the text, note states that are not JSON. */
function semanticIssues(backup: ValidatedBackup, context: BackupContext): BackupIssue[] {
  const issues: BackupIssue[] = [];
  if (backup.total !== backup.items.length) {
    issues.push({ code: 'invalid-field', path: 'total', detail: `${backup.total} ≠ ${backup.items.length}` });
  }
  const seen = new Set<string>();
  backup.items.forEach((item, index) => {
    if (issues.length >= MAX_ISSUES) return;
    const at = `items[${index}]`;
    if (seen.has(item.id)) issues.push({ code: 'duplicate-id', path: `${at}.id`, detail: item.id });
    seen.add(item.id);

    const positionIndex = item.target.selector.findIndex((s) => s.type === 'TextPositionSelector');
    const position = item.target.selector[positionIndex];
    if (position?.type === 'TextPositionSelector') {
      const selectorPath = `${at}.target.selector[${positionIndex}]`;
      const known = context.documents.get(item['hamish:documentId']);
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

    const editorState = item['hamish:note'].editorState;
    if (editorState !== null && !isJsonObject(editorState)) {
      issues.push({
        code: 'invalid-field',
        path: `${at}.hamish:note.editorState`,
        detail: 'not a JSON object',
      });
    }
  });
  return issues;
}

/** A note's Lexical state is only ever loaded as JSON data, never run: anything else is refused. */
function isJsonObject(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
