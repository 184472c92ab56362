import { DEFAULT_READER, type Annotation, type Reader } from '@shared/annotations/annotation-model';
import { normalizeForSearch } from '@shared/text/arabic-normalize';
import { READER_NAME_MAX } from '../../storage/settings-store';

/** What is wrong with a proposed reader name, if anything. */
export type NameProblem = 'empty' | 'too-long' | 'duplicate';

/** Two names a reader would take for the same person (harakat, hamza forms, case, spacing) fold alike. */
export function foldReaderName(name: string): string {
  return normalizeForSearch(name.trim()).text.replace(/\s+/g, ' ');
}

/** Why `name` cannot be a reader's name beside `others` (the other readers' names), or null when it can. */
export function readerNameProblem(name: string, others: readonly string[]): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > READER_NAME_MAX) return 'too-long';
  const folded = foldReaderName(trimmed);
  return others.some((other) => foldReaderName(other) === folded) ? 'duplicate' : null;
}

/** The default reader's name: the one they gave in the export dialog, else the localized word "Reader". */
export function defaultReaderName(storedName: string, fallback: string): string {
  return storedName.trim() === '' ? fallback : storedName.trim();
}

/** Every reader of this laptop, the default first, and who is reading now (an unknown id: the default). */
export interface ReaderRoster {
  readers: Reader[];
  current: Reader;
}

export function resolveRoster(
  profiles: readonly Reader[],
  currentId: string,
  defaultName: string,
): ReaderRoster {
  const readers = [
    { id: DEFAULT_READER.id, name: defaultName },
    ...profiles.map(({ id, name }) => ({ id, name })),
  ];
  return { readers, current: readers.find((reader) => reader.id === currentId) ?? readers[0]! };
}

/**
 * Annotations belong to the reader whose id they carry; those made before profiles existed carry the
 * default reader's id. An author this laptop does not know (a restored backup from another laptop) is
 * never the current reader: their annotations stay a layer of their own.
 */
export function ownAnnotations(annotations: readonly Annotation[], readerId: string): Annotation[] {
  return annotations.filter((annotation) => annotation.author.id === readerId);
}

/** The annotations of one reader other than the current one, shown read-only when asked for. */
export interface ReaderLayer {
  readerId: string;
  name: string;
  annotations: Annotation[];
}

/**
 * The other readers' annotations on a document, one layer per author in the roster's order, then authors
 * this laptop does not know, by the name their annotations carry (their latest).
 */
export function otherLayers(annotations: readonly Annotation[], roster: ReaderRoster): ReaderLayer[] {
  const byAuthor = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    if (annotation.author.id === roster.current.id) continue;
    const list = byAuthor.get(annotation.author.id);
    if (list) list.push(annotation);
    else byAuthor.set(annotation.author.id, [annotation]);
  }
  const known = roster.readers
    .filter((reader) => byAuthor.has(reader.id))
    .map((reader) => ({ readerId: reader.id, name: reader.name, annotations: byAuthor.get(reader.id)! }));
  const knownIds = new Set(roster.readers.map((reader) => reader.id));
  const strangers = [...byAuthor]
    .filter(([id]) => !knownIds.has(id))
    .map(([readerId, list]) => ({ readerId, name: latestName(list), annotations: list }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...known, ...strangers];
}

function latestName(annotations: readonly Annotation[]): string {
  let latest = annotations[0]!;
  for (const annotation of annotations) if (annotation.modified > latest.modified) latest = annotation;
  return latest.author.name;
}
