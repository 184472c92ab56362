import fc from 'fast-check';
import {
  BACKUP_FORMAT_VERSION,
  createBackup,
  serializeBackup,
  type BackupFile,
} from '@shared/backup/backup-format';
import { BACKUP_LIMITS } from '@shared/backup/backup-schema';
import { decodeBackupBytes, type DecodedBackup } from '@shared/backup/decode-backup-bytes';
import type { BackupIssueCode } from '@shared/backup/parse-backup';
import { annotationArbitrary, plainNote } from './annotation-arbitrary';

export const BAD_BACKUP_DOCUMENT = 'doc-a';
export const BAD_BACKUP_TEXT_LENGTH = 6_000;
/** The restore time the cases are checked at: later than every date the arbitrary makes (2020–2030). */
export const BAD_BACKUP_NOW = new Date('2031-01-01T00:00:00.000Z');

/** Fixed ids so every build of the valid base is the same file. */
function counterUuids(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;
}

/** Three valid annotations (the first with a note the editor wrote, and a tag) that each bad case then breaks. */
export function validBackup(): BackupFile {
  const annotations = fc.sample(annotationArbitrary([BAD_BACKUP_DOCUMENT], BAD_BACKUP_TEXT_LENGTH), {
    numRuns: 3,
    seed: 42,
  });
  annotations[0] = {
    ...annotations[0]!,
    tags: ['الصين'],
    note: plainNote(['ملاحظة']),
  };
  return createBackup({
    annotations,
    settings: { colorMeanings: { yellow: 'مهم' } },
    exportedAt: new Date('2024-05-06T07:08:09.000Z'),
    appVersion: '0.1.0',
    newUuid: counterUuids(),
  });
}

/* eslint-disable @typescript-eslint/no-explicit-any -- each case reaches into the JSON to break it on purpose */
function mutated(change: (backup: any) => void): () => string {
  return () => {
    const backup: any = structuredClone(validBackup());
    change(backup);
    return JSON.stringify(backup);
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The valid base as UTF-8 bytes with `inserted` bytes spliced in just before the note's text. */
function utf8WithBytesInNote(inserted: number[]): () => Uint8Array {
  return () => {
    const content = serializeBackup(validBackup());
    const at = content.indexOf('ملاحظة');
    const encoder = new TextEncoder();
    return concat(
      encoder.encode(content.slice(0, at)),
      Uint8Array.from(inserted),
      encoder.encode(content.slice(at)),
    );
  };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

export type BackupEncoding = 'utf-8 with BOM' | 'utf-16le' | 'utf-16be';

/** `content` as a file saved in `encoding`, byte-order mark first. */
export function encodeWithBom(content: string, encoding: BackupEncoding): Uint8Array {
  if (encoding === 'utf-8 with BOM')
    return concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(content));
  return concat(
    Uint8Array.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]),
    utf16(content, encoding),
  );
}

function utf16(content: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const bytes = new Uint8Array(content.length * 2);
  for (let i = 0; i < content.length; i++) {
    const unit = content.charCodeAt(i);
    const [first, second] = encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/** A date no clock will reach: a version carrying it would win every later merge unless clamped. */
export const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/** The valid base with its second annotation modified in year 9999: restored, with that date clamped. */
export function futureDatedBackup(): string {
  return mutated((b) => (b.first.items[1].modified = FAR_FUTURE))();
}

/** What a restored note state holds: its node types (sorted, once each), its words in order, every style set. */
export function noteStateParts(editorState: string): { types: string[]; texts: string[]; styles: string[] } {
  const types = new Set<string>();
  const texts: string[] = [];
  const styles: string[] = [];
  JSON.parse(editorState, (key, value: unknown) => {
    if (key === 'type' && typeof value === 'string') types.add(value);
    if (key === 'text' && typeof value === 'string') texts.push(value);
    if ((key === 'style' || key === 'textStyle') && value !== '') styles.push(String(value));
    return value;
  });
  return { types: [...types].sort(), texts, styles };
}

/** A case's content as the restore reads it: bytes go through the decoder first, as the dialog's do. */
export function decodeCase(content: string | Uint8Array): DecodedBackup {
  return typeof content === 'string' ? { ok: true, text: content } : decodeBackupBytes(content);
}

export interface BadBackupCase {
  name: string;
  /** The file as the reader picked it: text, or bytes for the cases about its encoding. */
  content: () => string | Uint8Array;
  code: BackupIssueCode;
  path: string;
}

const LIMIT = BACKUP_LIMITS.fileBytes;

export const BAD_BACKUPS: BadBackupCase[] = [
  {
    name: 'truncated JSON',
    content: () => {
      const full = serializeBackup(validBackup());
      return full.slice(0, Math.floor(full.length / 2));
    },
    code: 'truncated',
    path: '',
  },
  { name: 'not JSON at all', content: () => 'Hamish notes, plain text', code: 'not-json', path: '' },
  {
    name: 'broken JSON that is not cut short',
    content: () => '{"type": AnnotationCollection}',
    code: 'not-json',
    path: '',
  },
  { name: 'empty file', content: () => '', code: 'empty', path: '' },
  { name: 'whitespace only', content: () => ' \n\t ', code: 'empty', path: '' },
  { name: 'null', content: () => 'null', code: 'not-a-backup', path: '' },
  { name: 'array instead of object', content: () => '[]', code: 'not-a-backup', path: '' },
  { name: 'some other JSON object', content: () => '{"name":"package"}', code: 'not-a-backup', path: 'type' },
  {
    name: 'unknown future version',
    content: mutated((b) => (b.hamishFormat = BACKUP_FORMAT_VERSION + 1)),
    code: 'future-version',
    path: 'hamishFormat',
  },
  {
    name: 'a collection without its first page',
    content: mutated((b) => delete b.first),
    code: 'invalid-field',
    path: 'first',
  },
  {
    name: 'format 2 or later with the annotations on the collection instead of the page',
    content: mutated((b) => {
      b.items = b.first.items;
      delete b.first;
    }),
    code: 'invalid-field',
    path: 'items',
  },
  {
    name: 'page without items',
    content: mutated((b) => delete b.first.items),
    code: 'invalid-field',
    path: 'first.items',
  },
  {
    name: 'page pointing to a next page the file does not hold',
    content: mutated((b) => (b.first.next = 'urn:uuid:00000000-0000-4000-8000-0000000000ff')),
    code: 'invalid-field',
    path: 'first.next',
  },
  {
    name: 'page that does not start at index 0',
    content: mutated((b) => (b.first.startIndex = 3)),
    code: 'invalid-field',
    path: 'first.startIndex',
  },
  {
    name: 'collection without an id',
    content: mutated((b) => delete b.id),
    code: 'invalid-field',
    path: 'id',
  },
  {
    name: 'format 1 without items',
    content: mutated((b) => {
      b.hamishFormat = 1;
      delete b.first;
    }),
    code: 'invalid-field',
    path: 'items',
  },
  {
    name: 'total of the wrong type',
    content: mutated((b) => (b.total = '3')),
    code: 'invalid-field',
    path: 'total',
  },
  {
    name: 'total not matching the items',
    content: mutated((b) => (b.total = 2)),
    code: 'invalid-field',
    path: 'total',
  },
  {
    name: 'offset of the wrong type',
    content: mutated((b) => (b.first.items[1].target.selector[1].start = '5')),
    code: 'invalid-field',
    path: 'first.items[1].target.selector[1].start',
  },
  {
    name: 'duplicate ids',
    content: mutated((b) => (b.first.items[2].id = b.first.items[0].id)),
    code: 'duplicate-id',
    path: 'first.items[2].id',
  },
  {
    name: 'an upper-case copy of an id',
    content: mutated((b) => (b.first.items[2].id = `urn:uuid:${b.first.items[0].id.slice(9).toUpperCase()}`)),
    code: 'duplicate-id',
    path: 'first.items[2].id',
  },
  {
    name: 'id that is not a UUID',
    content: mutated((b) => (b.first.items[0].id = 'urn:uuid:../../etc')),
    code: 'invalid-field',
    path: 'first.items[0].id',
  },
  {
    name: 'selector past the end of the text',
    content: mutated((b) => (b.first.items[1].target.selector[1].end = BAD_BACKUP_TEXT_LENGTH + 1)),
    code: 'selector-out-of-range',
    path: 'first.items[1].target.selector[1].end',
  },
  {
    name: 'start after end',
    content: mutated((b) => {
      b.first.items[0].target.selector[1].start = 50;
      b.first.items[0].target.selector[1].end = 40;
    }),
    code: 'selector-out-of-range',
    path: 'first.items[0].target.selector[1].start',
  },
  {
    name: 'negative offset',
    content: mutated((b) => (b.first.items[0].target.selector[1].start = -1)),
    code: 'invalid-field',
    path: 'first.items[0].target.selector[1].start',
  },
  {
    name: 'two quote selectors',
    content: mutated((b) => (b.first.items[0].target.selector[1] = b.first.items[0].target.selector[0])),
    code: 'invalid-field',
    path: 'first.items[0].target.selector',
  },
  {
    name: 'bad colour',
    content: mutated((b) => (b.first.items[0]['hamish:color'] = 'red')),
    code: 'invalid-field',
    path: 'first.items[0].hamish:color',
  },
  {
    name: 'bad date',
    content: mutated((b) => (b.first.items[2].modified = '2024-13-45')),
    code: 'invalid-field',
    path: 'first.items[2].modified',
  },
  {
    name: 'tag that is not a string',
    content: mutated((b) => (b.first.items[0].body[1].value = 5)),
    code: 'invalid-field',
    path: 'first.items[0].body[1].value',
  },
  {
    name: 'tag longer than 200 characters',
    content: mutated((b) => (b.first.items[0].body[1].value = 'و'.repeat(201))),
    code: 'invalid-field',
    path: 'first.items[0].body[1].value',
  },
  {
    name: 'conflict link that is not an annotation IRI',
    content: mutated((b) => (b.first.items[1]['hamish:conflictOf'] = 'urn:uuid:../../etc')),
    code: 'invalid-field',
    path: 'first.items[1].hamish:conflictOf',
  },
  {
    name: 'more than 200,000 items',
    content: mutated((b) => (b.first.items = new Array(200_001).fill(0))),
    code: 'too-many-annotations',
    path: 'first.items',
  },
  {
    name: 'a Latin-1 byte (é saved as windows-1252) in a note',
    content: utf8WithBytesInNote([0xe9]),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'an Arabic letter cut after its first byte',
    content: utf8WithBytesInNote([0xd8]),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'a UTF-16 surrogate written as UTF-8 (CESU-8)',
    content: utf8WithBytesInNote([0xed, 0xa0, 0x80]),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'an overlong encoding of "/"',
    content: utf8WithBytesInNote([0xc0, 0xaf]),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'UTF-16 without a byte-order mark',
    content: () => utf16(serializeBackup(validBackup()), 'utf-16le'),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'UTF-16 with a BOM holding a lone surrogate',
    content: () => encodeWithBom(serializeBackup(validBackup()).replace('ملاحظة', '\ud800'), 'utf-16le'),
    code: 'not-utf8',
    path: '',
  },
  {
    name: 'file over the size limit',
    content: () => `{"items":[],"pad":"${'x'.repeat(LIMIT)}"}`,
    code: 'too-large',
    path: '',
  },
  {
    name: 'file over the size limit in bytes though not in characters (Arabic)',
    content: () => `{"pad":"${'ع'.repeat(LIMIT / 2 + 1)}"}`,
    code: 'too-large',
    path: '',
  },
  {
    name: 'file over the size limit, refused before decoding',
    // Zero-filled: never decoded, so never more than reserved memory.
    content: () => new Uint8Array(LIMIT + 1),
    code: 'too-large',
    path: '',
  },
];
