/** The browser's storage is full; nothing of the failed write was kept. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('Storage quota exceeded', { cause });
    this.name = 'StorageFullError';
  }
}

/** QuotaExceededError may arrive on its own or wrapped in Dexie's AbortError. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = (current as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}

export async function withQuotaCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/** The safety backup taken before a restore or a deletion could not be saved; nothing was changed. */
export class SafetyBackupError extends Error {
  constructor(cause: unknown) {
    super('The safety backup could not be saved, so nothing was changed', { cause });
    this.name = 'SafetyBackupError';
  }
}

/** No imported document has this id (deleted meanwhile, or a link to one this library never had). */
export class MissingDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`No document "${documentId}" in the library`);
    this.name = 'MissingDocumentError';
  }
}
