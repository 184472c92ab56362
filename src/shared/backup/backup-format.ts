import type {
  Annotation,
  HighlightColor,
  TextPositionSelector,
  TextQuoteSelector,
} from '../annotations/annotation-model';

/** Bumped only when an older Hamish could no longer read the file correctly. */
export const BACKUP_FORMAT_VERSION = 1;
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
}

export interface BackupFile {
  '@context': typeof BACKUP_CONTEXT;
  type: 'AnnotationCollection';
  hamishFormat: typeof BACKUP_FORMAT_VERSION;
  generated: string;
  generator: { type: 'Software'; name: 'Hamish'; 'hamish:version': string };
  total: number;
  'hamish:settings': BackupSettings;
  items: W3cAnnotation[];
}

export function createBackup(input: {
  annotations: readonly Annotation[];
  settings: BackupSettings;
  exportedAt: Date;
  appVersion: string;
}): BackupFile {
  return {
    '@context': BACKUP_CONTEXT,
    type: 'AnnotationCollection',
    hamishFormat: BACKUP_FORMAT_VERSION,
    generated: input.exportedAt.toISOString(),
    generator: { type: 'Software', name: 'Hamish', 'hamish:version': input.appVersion },
    total: input.annotations.length,
    'hamish:settings': { colorMeanings: { ...input.settings.colorMeanings } },
    items: input.annotations.map(toW3c),
  };
}

/** Indented so a person can read and diff a backup; the size cost is small next to the notes. */
export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup, null, 1);
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
  };
}

/** The inverse of toW3c for an item the schema has already validated. */
export function fromW3c(item: W3cAnnotation): Annotation {
  const quote = item.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
  const position = item.target.selector.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  )!;
  const bodies = item.body ?? [];
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value.normalize('NFC'));
  return {
    id: item.id.slice(ANNOTATION_IRI_PREFIX.length),
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
  };
}
