import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTransferStore,
  MAX_OPEN_TRANSFERS_PER_SENDER,
  TransferRefusedError,
} from '../../../src/main/transfer-store';

const WINDOW = 1;
const OTHER_WINDOW = 2;

/** Reads a download to its end, as the preload does. */
function readAll(store: ReturnType<typeof createTransferStore>, id: string): string[] {
  const chunks: string[] = [];
  for (;;) {
    const { chunk, done } = store.readDownload(WINDOW, id);
    chunks.push(chunk);
    if (done) return chunks;
  }
}

afterEach(() => vi.useRealTimers());

describe('uploads', () => {
  it('hands over the chunks in order on commit, and forgets the upload', () => {
    const store = createTransferStore();
    const id = store.beginUpload(WINDOW);
    store.appendUpload(WINDOW, id, '{"a":');
    store.appendUpload(WINDOW, id, '"هامش"}');
    expect(store.commitUpload(WINDOW, id)).toEqual(['{"a":', '"هامش"}']);
    expect(store.openCount()).toBe(0);
    expect(() => store.commitUpload(WINDOW, id)).toThrow(TransferRefusedError);
  });

  it.each([
    ['an id it never issued', () => [WINDOW, '00000000-0000-4000-8000-000000000000'] as const],
    ['an upload another window began', (id: string) => [OTHER_WINDOW, id] as const],
  ])('refuses %s, and leaves the upload intact', (_case, pick) => {
    const store = createTransferStore();
    const id = store.beginUpload(WINDOW);
    store.appendUpload(WINDOW, id, 'mine');
    const [sender, target] = pick(id);
    expect(() => store.appendUpload(sender, target, 'theirs')).toThrow(TransferRefusedError);
    expect(() => store.commitUpload(sender, target)).toThrow(TransferRefusedError);
    store.discard(sender, target);
    expect(store.commitUpload(WINDOW, id)).toEqual(['mine']);
  });

  it('refuses an upload that grows past the maximum, counting UTF-8 bytes, and discards it', () => {
    const store = createTransferStore({ maxBytes: 10 });
    const id = store.beginUpload(WINDOW);
    store.appendUpload(WINDOW, id, 'هامش'); // 8 bytes
    expect(() => store.appendUpload(WINDOW, id, 'هـ')).toThrow(/larger than 10 bytes/); // 4 more
    expect(store.openCount()).toBe(0);
  });

  it(`lets one window hold at most ${MAX_OPEN_TRANSFERS_PER_SENDER} transfers, others unaffected`, () => {
    const store = createTransferStore();
    const ids = Array.from({ length: MAX_OPEN_TRANSFERS_PER_SENDER }, () => store.beginUpload(WINDOW));
    expect(() => store.beginUpload(WINDOW)).toThrow(/transfers open/);
    expect(() => store.openDownload(WINDOW, Buffer.from('x'))).toThrow(/transfers open/);
    expect(store.beginUpload(OTHER_WINDOW)).toMatch(/^[0-9a-f-]{36}$/);
    store.discard(WINDOW, ids[0]!);
    expect(store.beginUpload(WINDOW)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets an abandoned upload expire once idle, but not one still being sent', () => {
    vi.useFakeTimers();
    const store = createTransferStore({ idleMs: 1000 });
    const abandoned = store.beginUpload(WINDOW);
    const active = store.beginUpload(WINDOW);
    for (let i = 0; i < 3; i += 1) {
      vi.advanceTimersByTime(600);
      store.appendUpload(WINDOW, active, String(i));
    }
    expect(() => store.appendUpload(WINDOW, abandoned, 'late')).toThrow(TransferRefusedError);
    expect(store.commitUpload(WINDOW, active)).toEqual(['0', '1', '2']);
    expect(store.openCount()).toBe(0);
  });
});

describe('downloads', () => {
  it.each([
    ['an empty file', ''],
    ['ASCII over several chunks', 'abcdefghij'],
    ['Arabic letters cut in the middle of their two bytes', 'هامش على الهامش'],
    ['a four-byte character across a boundary', 'ab😀cd😀'],
  ])('decodes %s exactly, whatever the boundaries', (_case, text) => {
    const store = createTransferStore({ chunkBytes: 3 });
    const id = store.openDownload(WINDOW, Buffer.from(text, 'utf8'));
    const chunks = readAll(store, id);
    expect(chunks.join('')).toBe(text);
    expect(store.openCount()).toBe(0);
  });

  it('refuses reads from another window and of uploads', () => {
    const store = createTransferStore();
    const id = store.openDownload(WINDOW, Buffer.from('secret'));
    expect(() => store.readDownload(OTHER_WINDOW, id)).toThrow(TransferRefusedError);
    const upload = store.beginUpload(WINDOW);
    expect(() => store.readDownload(WINDOW, upload)).toThrow(TransferRefusedError);
    expect(() => store.appendUpload(WINDOW, id, 'x')).toThrow(TransferRefusedError);
    expect(readAll(store, id).join('')).toBe('secret');
  });

  it('refuses content larger than the maximum', () => {
    const store = createTransferStore({ maxBytes: 4 });
    expect(() => store.openDownload(WINDOW, Buffer.from('12345'))).toThrow(/larger than 4 bytes/);
    expect(store.openCount()).toBe(0);
  });
});
