import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** Settings key of the token that changes when annotations are removed by range (`clear`): every document. */
export const ANNOTATIONS_EPOCH_KEY = 'annotations.version';

/** Settings key of the token that changes with every write to one document's annotations. */
export function documentVersionKey(documentId: string): string {
  return `${ANNOTATIONS_EPOCH_KEY}:${documentId}`;
}

/**
 * Dexie middleware: every transaction that writes annotations also writes a fresh random token for each
 * document it touches, in the same transaction. Whatever was derived from a document's annotations at one
 * token (its pack) is exact while that token stands, and no write through Dexie — edit, undo, restore,
 * upgrade — can leave it standing by mistake; a write to one document leaves the others' packs usable.
 * (An older app cannot write behind it: it cannot open a newer schema.)
 */
export const stampAnnotationWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'hamish-annotation-version',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('annotations') && !stores.includes('settings')
          ? [...stores, 'settings']
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'annotations') return table;
      return {
        ...table,
        mutate: (request) => {
          // An upgrade from before the settings table cannot stamp; nothing derived existed then either.
          if (!holdsStore(request.trans, 'settings')) return table.mutate(request);
          // Both requests start synchronously, in Dexie's transaction zone; IndexedDB runs them in order,
          // so a delete's records are read before they go.
          const touched = touchedKeys(table, request);
          const response = table.mutate(request);
          return Promise.all([touched, response]).then(async ([keys, result]) => {
            await down.table('settings').mutate({
              type: 'put',
              trans: request.trans,
              values: keys.map((key) => ({ key, value: crypto.randomUUID() })),
            });
            return result;
          });
        },
      };
    },
  }),
};

/**
 * The version keys a write changes. Puts carry their records (an annotation never changes document);
 * deletes by key read the records first; a delete by range changes every document, through the epoch.
 */
async function touchedKeys(table: DBCoreTable, request: DBCoreMutateRequest): Promise<string[]> {
  if (request.type === 'deleteRange') return [ANNOTATIONS_EPOCH_KEY];
  const records: unknown[] =
    request.type === 'delete'
      ? await table.getMany({ trans: request.trans, keys: request.keys })
      : [...request.values];
  const documents = new Set<string>();
  for (const record of records) {
    const documentId = (record as { documentId?: unknown } | undefined)?.documentId;
    if (typeof documentId === 'string') documents.add(documentId);
  }
  return [...documents].map(documentVersionKey);
}

function holdsStore(transaction: DBCoreTransaction, name: string): boolean {
  return (transaction as unknown as IDBTransaction).objectStoreNames?.contains(name) ?? false;
}
