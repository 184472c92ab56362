import fc from 'fast-check';
import { createBackup, serializeBackup, type BackupFile } from '@shared/backup/backup-format';
import type { BackupIssueCode } from '@shared/backup/parse-backup';
import { annotationArbitrary } from './annotation-arbitrary';

export const BAD_BACKUP_DOCUMENT = 'doc-a';
export const BAD_BACKUP_TEXT_LENGTH = 6_000;

/** Three valid annotations (the first with a note and a tag) that each bad case then breaks. */
export function validBackup(): BackupFile {
  const annotations = fc.sample(annotationArbitrary([BAD_BACKUP_DOCUMENT], BAD_BACKUP_TEXT_LENGTH), {
    numRuns: 3,
    seed: 42,
  });
  annotations[0] = {
    ...annotations[0]!,
    tags: ['الصين'],
    note: { editorState: '{"root":{}}', text: 'ملاحظة', markdown: 'ملاحظة' },
  };
  return createBackup({
    annotations,
    settings: { colorMeanings: { yellow: 'مهم' } },
    exportedAt: new Date('2024-05-06T07:08:09.000Z'),
    appVersion: '0.1.0',
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

export interface BadBackupCase {
  name: string;
  content: () => string;
  code: BackupIssueCode;
  path: string;
}

const MB = 1024 * 1024;

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
    content: mutated((b) => (b.hamishFormat = 2)),
    code: 'future-version',
    path: 'hamishFormat',
  },
  { name: 'missing items', content: mutated((b) => delete b.items), code: 'invalid-field', path: 'items' },
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
    content: mutated((b) => (b.items[1].target.selector[1].start = '5')),
    code: 'invalid-field',
    path: 'items[1].target.selector[1].start',
  },
  {
    name: 'duplicate ids',
    content: mutated((b) => (b.items[2].id = b.items[0].id)),
    code: 'duplicate-id',
    path: 'items[2].id',
  },
  {
    name: 'id that is not a UUID',
    content: mutated((b) => (b.items[0].id = 'urn:uuid:../../etc')),
    code: 'invalid-field',
    path: 'items[0].id',
  },
  {
    name: 'selector past the end of the text',
    content: mutated((b) => (b.items[1].target.selector[1].end = BAD_BACKUP_TEXT_LENGTH + 1)),
    code: 'selector-out-of-range',
    path: 'items[1].target.selector[1].end',
  },
  {
    name: 'start after end',
    content: mutated((b) => {
      b.items[0].target.selector[1].start = 50;
      b.items[0].target.selector[1].end = 40;
    }),
    code: 'selector-out-of-range',
    path: 'items[0].target.selector[1].start',
  },
  {
    name: 'negative offset',
    content: mutated((b) => (b.items[0].target.selector[1].start = -1)),
    code: 'invalid-field',
    path: 'items[0].target.selector[1].start',
  },
  {
    name: 'two quote selectors',
    content: mutated((b) => (b.items[0].target.selector[1] = b.items[0].target.selector[0])),
    code: 'invalid-field',
    path: 'items[0].target.selector',
  },
  {
    name: 'bad colour',
    content: mutated((b) => (b.items[0]['hamish:color'] = 'red')),
    code: 'invalid-field',
    path: 'items[0].hamish:color',
  },
  {
    name: 'bad date',
    content: mutated((b) => (b.items[2].modified = '2024-13-45')),
    code: 'invalid-field',
    path: 'items[2].modified',
  },
  {
    name: 'tag that is not a string',
    content: mutated((b) => (b.items[0].body[1].value = 5)),
    code: 'invalid-field',
    path: 'items[0].body[1].value',
  },
  {
    name: 'tag longer than 200 characters',
    content: mutated((b) => (b.items[0].body[1].value = 'و'.repeat(201))),
    code: 'invalid-field',
    path: 'items[0].body[1].value',
  },
  {
    name: 'note state holding a <script> instead of editor JSON',
    content: mutated((b) => (b.items[0]['hamish:note'].editorState = '<script>alert(1)</script>')),
    code: 'invalid-field',
    path: 'items[0].hamish:note.editorState',
  },
  {
    name: 'more than 200,000 items',
    content: mutated((b) => (b.items = new Array(200_001).fill(0))),
    code: 'too-many-annotations',
    path: 'items',
  },
  {
    name: 'file over 50 MB',
    content: () => `{"items":[],"pad":"${'x'.repeat(50 * MB)}"}`,
    code: 'too-large',
    path: '',
  },
  {
    name: 'file over 50 MB in bytes though not in characters (Arabic)',
    content: () => `{"pad":"${'ع'.repeat(26 * MB)}"}`,
    code: 'too-large',
    path: '',
  },
];
