import { draftContentHash } from '@shared/document/imported-document';
import type { BackupDocument } from '@shared/backup/backup-documents';
import { importDraft } from '../../../support/imported-drafts';

export { importDraft, paragraphsDraft } from '../../../support/imported-drafts';

export const IMPORTED_ID = 'imported-testpage01';

export function backupDocument(overrides: Partial<BackupDocument> = {}): BackupDocument {
  const draft = overrides.draft ?? importDraft();
  return {
    id: IMPORTED_ID,
    added: '2026-03-01T10:00:00.000Z',
    contentHash: draftContentHash(draft),
    draft,
    ...overrides,
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- each case reaches into the JSON to break it on purpose */
type Breaker = (document: any, documents: any[]) => void;
/* eslint-enable @typescript-eslint/no-explicit-any */

interface HostileDocument {
  name: string;
  breakIt: Breaker;
  code: string;
  /** Under `hamish:documents[0]`, or from `hamish:documents` when it starts with an index. */
  path: string;
}

/** Document entries a hostile or broken file could carry; each starts from a valid entry and breaks one thing. */
const HOSTILE: HostileDocument[] = [
  {
    name: 'a bundled document’s id',
    breakIt: (d) => (d.id = 'china-interests-kazakhstan-2022'),
    code: 'invalid-field',
    path: 'id',
  },
  {
    name: 'an id that names a path',
    breakIt: (d) => (d.id = 'imported-../../etc'),
    code: 'invalid-field',
    path: 'id',
  },
  { name: 'an id of capitals', breakIt: (d) => (d.id = 'imported-ABC'), code: 'invalid-field', path: 'id' },
  {
    name: 'a date that is not one',
    breakIt: (d) => (d.added = 'yesterday'),
    code: 'invalid-field',
    path: 'added',
  },
  {
    name: 'a hash that is not hexadecimal',
    breakIt: (d) => (d.contentHash = '<script>'),
    code: 'invalid-field',
    path: 'contentHash',
  },
  {
    name: 'a hash that is not the text’s',
    breakIt: (d) => (d.contentHash = '0123456789abcdef'),
    code: 'invalid-field',
    path: 'contentHash',
  },
  { name: 'no draft', breakIt: (d) => delete d.draft, code: 'invalid-field', path: 'draft' },
  {
    name: 'an unknown format',
    breakIt: (d) => (d.draft.format = 'exe'),
    code: 'invalid-field',
    path: 'draft.format',
  },
  {
    name: 'an empty file name',
    breakIt: (d) => (d.draft.fileName = ''),
    code: 'invalid-field',
    path: 'draft.fileName',
  },
  {
    name: 'a title longer than any import makes',
    breakIt: (d) => (d.draft.title = 'ع'.repeat(10_001)),
    code: 'invalid-field',
    path: 'draft.title',
  },
  {
    name: 'a language that is markup',
    breakIt: (d) => (d.draft.language = '"><img src=x onerror=alert(1)>'),
    code: 'invalid-field',
    path: 'draft.language',
  },
  {
    name: 'a direction of "auto"',
    breakIt: (d) => (d.draft.direction = 'auto'),
    code: 'invalid-field',
    path: 'draft.direction',
  },
  {
    name: 'a date in words',
    breakIt: (d) => (d.draft.publication = 'April'),
    code: 'invalid-field',
    path: 'draft.publication',
  },
  {
    name: 'blocks that are not a list',
    breakIt: (d) => (d.draft.blocks = 'text'),
    code: 'invalid-field',
    path: 'draft.blocks',
  },
  {
    name: 'a block of kind "script"',
    breakIt: (d) => (d.draft.blocks[0].kind = 'script'),
    code: 'invalid-field',
    path: 'draft.blocks[0].kind',
  },
  {
    name: 'a block of kind "title"',
    breakIt: (d) => (d.draft.blocks[0].kind = 'title'),
    code: 'invalid-field',
    path: 'draft.blocks[0].kind',
  },
  {
    name: 'a block text that is no string',
    breakIt: (d) => (d.draft.blocks[0].text = { html: '<b>' }),
    code: 'invalid-field',
    path: 'draft.blocks[0].text',
  },
  {
    name: 'a block text not in NFC',
    breakIt: (d) => (d.draft.blocks[0].text = 'ا\u0654من'),
    code: 'invalid-field',
    path: 'draft.blocks[0].text',
  },
  {
    name: 'an unknown block style',
    breakIt: (d) => (d.draft.blocks[0].style = 'javascript'),
    code: 'invalid-field',
    path: 'draft.blocks[0].style',
  },
  {
    name: 'a block language that is markup',
    breakIt: (d) => (d.draft.blocks[3].lang = 'en" onload="x'),
    code: 'invalid-field',
    path: 'draft.blocks[3].lang',
  },
  {
    name: 'a block direction of "auto"',
    breakIt: (d) => (d.draft.blocks[3].dir = 'auto'),
    code: 'invalid-field',
    path: 'draft.blocks[3].dir',
  },
  {
    name: 'a list marker that is a paragraph',
    breakIt: (d) => (d.draft.blocks[4].marker = '.'.repeat(33)),
    code: 'invalid-field',
    path: 'draft.blocks[4].marker',
  },
  {
    name: 'an empty related title',
    breakIt: (d) => (d.draft.related = ['']),
    code: 'invalid-field',
    path: 'draft.related[0]',
  },
  {
    name: 'an encoding label that is markup',
    breakIt: (d) => (d.draft.encoding = '<utf-8>'),
    code: 'invalid-field',
    path: 'draft.encoding',
  },
  {
    name: 'a document listed twice',
    breakIt: (d, all) => all.push(structuredClone(d)),
    code: 'duplicate-id',
    path: '[1].id',
  },
];

/** The cases with the full path each is refused at. */
export const HOSTILE_DOCUMENTS = HOSTILE.map((hostile) => ({
  ...hostile,
  path: `hamish:documents${hostile.path.startsWith('[') ? '' : '[0].'}${hostile.path}`,
}));
