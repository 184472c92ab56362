import type { Annotation } from './annotation-model';

/**
 * A document's annotations in stored order (the `[documentId+start]` index, ties by id as IndexedDB orders
 * strings) after some records were read again: each changed id's record replaces, joins or leaves the list
 * (gone, or of another document), and every annotation that did not change keeps its object, so work
 * memoized on it can be skipped. Returns `current` itself when nothing changed, and null when a record
 * cannot be placed as the index would place it (then the whole list must be read again).
 */
export function patchAnnotations(
  current: readonly Annotation[],
  documentId: string,
  changedIds: ReadonlySet<string>,
  records: readonly Annotation[],
): Annotation[] | null {
  const previous = new Map<string, Annotation>();
  const kept: Annotation[] = [];
  for (const annotation of current) {
    if (!placeable(annotation)) return null;
    if (changedIds.has(annotation.id)) previous.set(annotation.id, annotation);
    else kept.push(annotation);
  }
  const arriving: Annotation[] = [];
  for (const record of records) {
    if (record.documentId !== documentId) continue;
    if (!placeable(record) || !changedIds.has(record.id)) return null;
    const before = previous.get(record.id);
    arriving.push(before && sameValue(before, record) ? before : record);
  }
  arriving.sort(compareStored);
  return sameItems(current, merge(kept, arriving));
}

/** A whole reading, with the objects of `current` kept for every annotation that did not change. */
export function keepUnchanged(current: readonly Annotation[], fresh: Annotation[]): Annotation[] {
  const previous = new Map(current.map((annotation) => [annotation.id, annotation]));
  return sameItems(
    current,
    fresh.map((record) => {
      const before = previous.get(record.id);
      return before && sameValue(before, record) ? before : record;
    }),
  );
}

/** The order of `listDocumentAnnotations` within one document: by start, then by id in code units. */
export function compareStored(a: Annotation, b: Annotation): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Only numbers and string ids order the same here as in IndexedDB; anything else is left to a full read. */
function placeable(annotation: Annotation): boolean {
  return (
    typeof annotation.id === 'string' &&
    typeof annotation.start === 'number' &&
    !Number.isNaN(annotation.start)
  );
}

function merge(sorted: readonly Annotation[], arriving: readonly Annotation[]): Annotation[] {
  if (arriving.length === 0) return [...sorted];
  const merged: Annotation[] = [];
  let next = 0;
  for (const annotation of sorted) {
    while (next < arriving.length && compareStored(arriving[next]!, annotation) < 0) {
      merged.push(arriving[next++]!);
    }
    merged.push(annotation);
  }
  return merged.concat(arriving.slice(next));
}

/** `current` itself when `next` holds the same objects in the same order: nothing to redraw. */
function sameItems(current: readonly Annotation[], next: Annotation[]): Annotation[] {
  const same = next.length === current.length && next.every((annotation, i) => annotation === current[i]);
  return same ? (current as Annotation[]) : next;
}

/** Deep equality of stored (structured-clone, JSON-like) values; a false "different" only costs identity. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameValue(aRecord[key], bRecord[key]));
}
