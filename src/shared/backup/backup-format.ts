import type {
  Annotation,
  HighlightColor,
  TextPositionSelector,
  TextQuoteSelector,
} from '../annotations/annotation-model';
import type { BackupDocument } from './backup-documents';
import type { BackupClassroom } from './backup-classroom';

/**
 * Bumped only when an older Hamish could no longer read the file correctly.
 * 4: the classroom (reader profiles, reading packs, collected answer files, marks) travels in
 *    `hamish:classroom`. Format 3's reader would drop a teacher's questions and a class's answers without a
 *    word, so it must refuse the file.
 * 3: imported documents travel in `hamish:documents`. Format 2's reader would drop them without a word
 *    and restore their annotations as orphans, so it must refuse the file ("made by a newer Hamish").
 * 2: a conformant W3C collection (`id`, `label`, annotations in the embedded `first` page); still restored.
 * 1: the annotations sat in `items` on the collection; still restored.
 */
export const BACKUP_FORMAT_VERSION = 4;
export const HAMISH_NAMESPACE = 'https://hamish.app/ns#';
export const BACKUP_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { hamish: HAMISH_NAMESPACE }] as const;
/** W3C `id` and `source` must be IRIs: ours are UUIDs and `documentId@hash` versions, prefixed. */
export const ANNOTATION_IRI_PREFIX = 'urn:uuid:';
export const SOURCE_IRI_PREFIX = 'urn:hamish:';

export interface BackupSettings {
  colorMeanings: Partial<Record<HighlightColor, string>>;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

/** One annotation as the W3C Web Annotation data model writes it, with Hamish's own fields prefixed. */
export interface W3cAnnotation {
  /** Repeated on each annotation so one copied out of the file is a complete annotation on its own. */
  '@context': typeof BACKUP_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body?: TextualBody[];
  /** W3C lets selectors come in any order; Hamish writes the quote first. */
  target: { source: string; selector: Array<TextQuoteSelector | TextPositionSelector> };
  'hamish:documentId': string;
  'hamish:color': HighlightColor;
  /** The note's Lexical state and plain text; its Markdown is the commenting body. */
  'hamish:note': { editorState: string | null; text: string };
  'hamish:schemaVersion': number;
  /** On a conflict copy: the IRI of the annotation it is a version of. */
  'hamish:conflictOf'?: string;
  /**
   * On a student's answer: the IRI of the question it replies to. Backups keep the answer's motivation
   * `commenting`, so a Hamish that predates the classroom still restores the answer as a note.
   */
  'hamish:replyTo'?: string;
  'hamish:choice'?: number;
}

/** The one page a backup holds (W3C data model §5.2): every annotation, in store order. */
export interface AnnotationPage {
  type: 'AnnotationPage';
  id: string;
  partOf: string;
  startIndex: 0;
  items: W3cAnnotation[];
}

export interface BackupFile {
  '@context': typeof BACKUP_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  hamishFormat: typeof BACKUP_FORMAT_VERSION;
  generated: string;
  generator: { type: 'Software'; name: 'Hamish'; 'hamish:version': string };
  total: number;
  'hamish:settings': BackupSettings;
  first: AnnotationPage;
  last: string;
  /** The imported documents (never the bundled ones, which every Hamish has), so annotations restore on them. */
  'hamish:documents': BackupDocument[];
  /** Reader profiles, reading packs, the answer files a teacher collected and the teacher's marks. */
  'hamish:classroom': BackupClassroom;
}

export function createBackup(input: {
  annotations: readonly Annotation[];
  settings: BackupSettings;
  documents?: readonly BackupDocument[];
  classroom?: BackupClassroom;
  exportedAt: Date;
  appVersion: string;
  /** Source of the collection's and the page's ids; injected by tests for a stable file. */
  newUuid?: () => string;
}): BackupFile {
  const newUuid = input.newUuid ?? (() => crypto.randomUUID());
  const id = ANNOTATION_IRI_PREFIX + newUuid();
  const pageId = ANNOTATION_IRI_PREFIX + newUuid();
  return {
    '@context': BACKUP_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Hamish backup ${input.exportedAt.toISOString().slice(0, 10)}`,
    hamishFormat: BACKUP_FORMAT_VERSION,
    generated: input.exportedAt.toISOString(),
    generator: { type: 'Software', name: 'Hamish', 'hamish:version': input.appVersion },
    total: input.annotations.length,
    'hamish:settings': { colorMeanings: { ...input.settings.colorMeanings } },
    first: {
      type: 'AnnotationPage',
      id: pageId,
      partOf: id,
      startIndex: 0,
      items: input.annotations.map(toW3c),
    },
    last: pageId,
    'hamish:documents': (input.documents ?? []).map(({ id, added, contentHash, draft }) => ({
      id,
      added,
      contentHash,
      draft,
    })),
    'hamish:classroom': classroomRecords(input.classroom ?? NO_CLASSROOM),
  };
}

const NO_CLASSROOM: BackupClassroom = { readers: [], packs: [], answerFiles: [], marks: [] };

/** Each record with only its own fields, as the database keys them. */
function classroomRecords({ readers, packs, answerFiles, marks }: BackupClassroom): BackupClassroom {
  return {
    readers: readers.map(({ id, name, created }) => ({ id, name, created })),
    packs: packs.map(({ packId, documentId, role, pack }) => ({ packId, documentId, role, pack })),
    answerFiles: answerFiles.map(({ key, packId, readerId, modified, received, answers }) => ({
      key,
      packId,
      readerId,
      modified,
      received,
      answers,
    })),
    marks: marks.map(({ answerId, packId, mark, modified }) => ({ answerId, packId, mark, modified })),
  };
}

/**
 * The collection indented, each annotation, document and classroom record compact on a line of its own: a
 * person can read the file and diff two backups record by record, at the size of compact JSON (indenting
 * every annotation too made a 50,000-annotation backup 7% larger).
 */
export function serializeBackup(backup: BackupFile): string {
  const classroom = backup['hamish:classroom'];
  const head = JSON.stringify(
    {
      ...backup,
      first: { ...backup.first, items: [] },
      'hamish:documents': [],
      'hamish:classroom': NO_CLASSROOM,
    },
    null,
    1,
  );
  const listed: Record<string, { entries: readonly unknown[]; indent: string }> = {
    '"items": []': { entries: backup.first.items, indent: '  ' },
    '"hamish:documents": []': { entries: backup['hamish:documents'], indent: ' ' },
    '"readers": []': { entries: classroom.readers, indent: '  ' },
    '"packs": []': { entries: classroom.packs, indent: '  ' },
    '"answerFiles": []': { entries: classroom.answerFiles, indent: '  ' },
    '"marks": []': { entries: classroom.marks, indent: '  ' },
  };
  // Each key is the only one of its kind outside a string in the head: quotes inside strings are escaped.
  return head.replace(/"(?:items|hamish:documents|readers|packs|answerFiles|marks)": \[\]/g, (empty) => {
    const { entries, indent } = listed[empty]!;
    if (entries.length === 0) return empty;
    const lines = entries.map((entry) => `${indent} ${JSON.stringify(entry)}`).join(',\n');
    return `${empty.slice(0, -2)}[\n${lines}\n${indent}]`;
  });
}

export function toW3c(annotation: Annotation): W3cAnnotation {
  const [quote, position] = annotation.target.selector;
  const body: TextualBody[] = [];
  if (annotation.note.markdown !== '') {
    body.push({
      type: 'TextualBody',
      value: annotation.note.markdown,
      purpose: 'commenting',
      format: 'text/markdown',
    });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': BACKUP_CONTEXT,
    id: ANNOTATION_IRI_PREFIX + annotation.id,
    type: 'Annotation',
    motivation: annotation.note.markdown !== '' ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    creator: { id: annotation.author.id, type: 'Person', name: annotation.author.name },
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: SOURCE_IRI_PREFIX + annotation.target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'hamish:documentId': annotation.documentId,
    'hamish:color': annotation.color,
    'hamish:note': { editorState: annotation.note.editorState, text: annotation.note.text },
    'hamish:schemaVersion': annotation.schemaVersion,
    ...(annotation.conflictOf ? { 'hamish:conflictOf': ANNOTATION_IRI_PREFIX + annotation.conflictOf } : {}),
    ...(annotation.replyTo ? { 'hamish:replyTo': ANNOTATION_IRI_PREFIX + annotation.replyTo } : {}),
    ...(annotation.choice !== undefined ? { 'hamish:choice': annotation.choice } : {}),
  };
}

/**
 * The inverse of toW3c for an item the schema has already validated: the one place a file's annotation
 * becomes a stored one, so every rule for incoming data (lower-case ids, NFC tags, note state) lives here.
 */
export function fromW3c(item: Omit<W3cAnnotation, '@context'>): Annotation {
  const quote = item.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
  const position = item.target.selector.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  )!;
  const bodies = item.body ?? [];
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value.normalize('NFC'));
  return {
    // UUIDs compare case-insensitively (RFC 9562); the store keys them lower-case.
    id: annotationIdOf(item.id),
    documentId: item['hamish:documentId'],
    target: {
      source: item.target.source.slice(SOURCE_IRI_PREFIX.length),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    start: position.start,
    color: item['hamish:color'],
    // The store keeps tags NFC and without repeats (schema v2): restored tags follow the same rule.
    tags: [...new Set(tags)],
    note: {
      editorState: item['hamish:note'].editorState,
      text: item['hamish:note'].text,
      markdown: bodies.find((b) => b.purpose === 'commenting')?.value ?? '',
    },
    author: { id: item.creator.id, name: item.creator.name },
    created: item.created,
    modified: item.modified,
    schemaVersion: item['hamish:schemaVersion'],
    ...(item['hamish:conflictOf'] ? { conflictOf: annotationIdOf(item['hamish:conflictOf']) } : {}),
    ...(item['hamish:replyTo'] ? { replyTo: annotationIdOf(item['hamish:replyTo']) } : {}),
    ...(item['hamish:choice'] !== undefined ? { choice: item['hamish:choice'] } : {}),
  };
}

/** The store's key for an annotation IRI of the file: the UUID, lower-case. */
export function annotationIdOf(iri: string): string {
  return iri.slice(ANNOTATION_IRI_PREFIX.length).toLowerCase();
}
