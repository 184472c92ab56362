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
