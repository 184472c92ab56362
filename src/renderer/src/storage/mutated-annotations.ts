import type { ObservabilitySet } from 'dexie';
import { ANNOTATIONS_EPOCH_KEY, documentVersionKey } from './annotation-version';

/** Past this many records one change is read as a whole document: as cheap, and simpler. */
export const MAX_PATCHED_RECORDS = 200;

/** What a storage change means for one document's annotations: the ids of the records written, or everything. */
export type AnnotationChange = readonly string[] | 'everything';

/**
 * Reads Dexie's `storagemutated` parts (`idb://<db>/<table>/<index>` → interval tree, from this window or
 * another through BroadcastChannel, so plain objects) for the annotations table: exact primary keys are
 * the records to read again (possibly of other documents, possibly none); a range, a clear, too many keys
 * or any shape not understood means reading everything. A change to the document's version without one
 * to its records (a settings restore) also means everything, as the live query it replaces did.
 */
export function annotationChange(
  parts: ObservabilitySet,
  dbName: string,
  documentId: string,
): AnnotationChange {
  if (typeof parts !== 'object' || parts === null || 'all' in parts) return 'everything';
  const table = (name: string) => `idb://${dbName}/${name}/`;
  const annotationParts = Object.keys(parts).filter((part) => part.startsWith(table('annotations')));
  if (annotationParts.length > 0) {
    const keys = exactKeys([parts[table('annotations')], parts[`${table('annotations')}:dels`]]);
    return keys && keys.size <= MAX_PATCHED_RECORDS ? [...keys] : 'everything';
  }
  const settings = exactKeys([parts[table('settings')], parts[`${table('settings')}:dels`]], true);
  if (!settings) return 'everything';
  return settings.has(ANNOTATIONS_EPOCH_KEY) || settings.has(documentVersionKey(documentId))
    ? 'everything'
    : [];
}

/**
 * The keys of interval trees that hold only single string keys; null for a range, another key type or an
 * unknown shape. A missing tree is null too, unless `optional`.
 */
function exactKeys(trees: readonly unknown[], optional = false): Set<string> | null {
  if (trees[0] === undefined && !optional) return null;
  const keys = new Set<string>();
  const stack = trees.filter((tree) => tree !== undefined);
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) return null;
    if (!('from' in node)) continue;
    const { from, to, l, r } = node as { from: unknown; to: unknown; l?: unknown; r?: unknown };
    if (typeof from !== 'string' || from !== to) return null;
    keys.add(from);
    if (keys.size > MAX_PATCHED_RECORDS) return null;
    if (l) stack.push(l);
    if (r) stack.push(r);
  }
  return keys;
}
