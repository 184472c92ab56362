import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/** Settings key of the token that changes with every write to the annotations table. */
export const ANNOTATIONS_VERSION_KEY = 'annotations.version';

/**
 * Dexie middleware: every transaction that writes annotations also writes a fresh random token under
 * ANNOTATIONS_VERSION_KEY, in the same transaction. Whatever was derived from the annotations at one token
 * (a pack) is exact while that token stands, and no write through Dexie — edit, undo, restore, upgrade —
 * can leave it standing by mistake. (An older app cannot write behind it: it cannot open a newer schema.)
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
        mutate: async (request) => {
          const response = await table.mutate(request);
          // An upgrade from before the settings table cannot stamp; nothing derived existed then either.
          if (holdsStore(request.trans, 'settings')) {
            await down.table('settings').mutate({
              type: 'put',
              trans: request.trans,
              values: [{ key: ANNOTATIONS_VERSION_KEY, value: crypto.randomUUID() }],
            });
          }
          return response;
        },
      };
    },
  }),
};

function holdsStore(transaction: DBCoreTransaction, name: string): boolean {
  return (transaction as unknown as IDBTransaction).objectStoreNames?.contains(name) ?? false;
}
