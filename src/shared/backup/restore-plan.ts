import type { Annotation } from '../annotations/annotation-model';
import { uuidFrom } from '../annotations/derived-id';
import type { BackupDocument } from './backup-documents';

export interface RestoreConflict {
  existing: Annotation;
  /** The backup's version, kept as a copy with a new id and the conflict tag. */
  incoming: Annotation;
}

export interface RestorePlan {
  added: Annotation[];
  updated: Annotation[];
  /** Already identical in the library (including conflict copies restored before). */
  unchanged: number;
  /** The library holds a newer edit: the backup's older version is left out. */
  olderSkipped: number;
  conflicts: RestoreConflict[];
  /** Everything to put: added, updated and the conflict copies. */
  toWrite: Annotation[];
  /** Annotations of the file dated more than a day after `now`, brought back to `now` before merging. */
  clampedFuture: number;
}

export interface RestoreOptions {
  /** Tag on the kept copy so the reader can find both versions; the UI passes its language's word. */
  conflictTag?: string;
  /** The time of the restore: later dates in the file are clamped to it. */
  now?: Date;
}

export const DEFAULT_CONFLICT_TAG = 'conflict';

/** Clocks drift and time zones get mistyped; past a day, a date in the future is an error or an attack. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Merges a backup into the library by id, whatever its case: a newer `modified` wins (dates more than a day
 * ahead of `now` first clamped to it); the same `modified` with other content is a conflict, and then
 * nothing is lost: the library's version stays and the backup's is added as a copy. The copy's id derives
 * from the backup version's content, so restoring the same file twice adds it once.
 */
export function planRestore(
  incoming: readonly Annotation[],
  existing: readonly Annotation[],
  options: RestoreOptions = {},
): RestorePlan {
  const conflictTag = (options.conflictTag ?? DEFAULT_CONFLICT_TAG).normalize('NFC');
  const now = options.now ?? new Date();
  const byId = new Map(existing.map((annotation) => [annotation.id.toLowerCase(), annotation]));
  const plan: RestorePlan = {
    added: [],
    updated: [],
    unchanged: 0,
    olderSkipped: 0,
    conflicts: [],
    toWrite: [],
    clampedFuture: 0,
  };

  for (const original of incoming) {
    const annotation = clampFuture(original, now);
    if (annotation !== original) plan.clampedFuture += 1;
    const current = byId.get(annotation.id.toLowerCase());
    if (current === undefined) {
      plan.added.push(annotation);
      continue;
    }
    const order = Date.parse(annotation.modified) - Date.parse(current.modified);
    // Under the library's own key (restores before format 2 kept a file's upper case): the put replaces it.
    if (order > 0) plan.updated.push({ ...annotation, id: current.id });
    else if (order < 0) plan.olderSkipped += 1;
    else if (contentKey(annotation) === contentKey(current)) plan.unchanged += 1;
    else {
      const copy = conflictCopy(annotation, conflictTag);
      if (byId.has(copy.id)) plan.unchanged += 1;
      else plan.conflicts.push({ existing: current, incoming: copy });
    }
  }
  plan.toWrite = [...plan.added, ...plan.updated, ...plan.conflicts.map((conflict) => conflict.incoming)];
  return plan;
}

/** The annotation with `created` and `modified` no later than `now`, or itself when neither was. */
function clampFuture(annotation: Annotation, now: Date): Annotation {
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const tooLate = (iso: string) => Date.parse(iso) > latest;
  if (!tooLate(annotation.modified) && !tooLate(annotation.created)) return annotation;
  const clamped = now.toISOString();
  return {
    ...annotation,
    created: tooLate(annotation.created) ? clamped : annotation.created,
    modified: tooLate(annotation.modified) ? clamped : annotation.modified,
  };
}

function conflictCopy(annotation: Annotation, tag: string): Annotation {
  const tags = annotation.tags.includes(tag) ? annotation.tags : [...annotation.tags, tag];
  return { ...annotation, id: uuidFrom(`${annotation.id}\u0000${contentKey(annotation)}`), tags };
}

/** Every field a reader can see or that anchors the annotation, in a fixed order. */
function contentKey(a: Annotation): string {
  const [quote, position] = a.target.selector;
  return JSON.stringify([
    a.documentId,
    a.target.source,
    quote.exact,
    quote.prefix,
    quote.suffix,
    position.start,
    position.end,
    a.start,
    a.color,
    a.tags,
    a.note.editorState,
    a.note.text,
    a.note.markdown,
    a.author.id,
    a.author.name,
    a.created,
    a.schemaVersion,
  ]);
}

export interface DocumentRestorePlan {
  /** Imported documents the library lacks: written in the same transaction as the annotations. */
  added: BackupDocument[];
  /** Already in the library with the same text. */
  unchanged: number;
  /** In the library with another text: the library's text stays (see planDocumentRestore). */
  keptOwn: number;
  /** Backup id → the id the library holds the same text under: not added, annotations re-filed onto it. */
  refiled: Map<string, string>;
}

/**
 * Which of a backup's documents to add. An id the library holds with another text is the same document
 * (ids are random) with one side's text replaced since; the library's text stays. Choosing by `added`
 * cannot work: it is the first import's time, which a replacement keeps. And the library's text is the one
 * its annotations were re-anchored to: a restore never moves highlights from under the reader. The backup's
 * annotations on it anchor by their quotes, as every annotation does. A text the library (or an earlier
 * document of the backup) already holds under another id is that document: adding it would list it twice.
 */
export function planDocumentRestore(
  incoming: readonly BackupDocument[],
  existing: ReadonlyMap<string, string>,
): DocumentRestorePlan {
  const plan: DocumentRestorePlan = { added: [], unchanged: 0, keptOwn: 0, refiled: new Map() };
  const idsByHash = new Map([...existing].map(([id, hash]) => [hash, id]));
  for (const document of incoming) {
    const hash = existing.get(document.id);
    const sameText = idsByHash.get(document.contentHash);
    if (hash === document.contentHash) plan.unchanged += 1;
    else if (hash !== undefined) plan.keptOwn += 1;
    else if (sameText !== undefined) plan.refiled.set(document.id, sameText);
    else {
      plan.added.push(document);
      idsByHash.set(document.contentHash, document.id);
    }
  }
  return plan;
}

/**
 * The annotations with those filed under a re-filed document moved onto the library's id, in `documentId`
 * and in their `target.source` version (`id@hash`): the reader shows a document's annotations by its id.
 */
export function refileAnnotations(
  annotations: readonly Annotation[],
  refiled: ReadonlyMap<string, string>,
): Annotation[] {
  return annotations.map((annotation) => {
    const to = refiled.get(annotation.documentId);
    if (to === undefined) return annotation;
    const { source } = annotation.target;
    const from = `${annotation.documentId}@`;
    return {
      ...annotation,
      documentId: to,
      target: {
        ...annotation.target,
        source: source.startsWith(from) ? `${to}@${source.slice(from.length)}` : source,
      },
    };
  });
}
