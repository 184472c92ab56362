// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentLibrary } from '@renderer/library/document-library';
import type { LibraryEntry } from '@renderer/library/library-query';
import { useLibrary } from '@renderer/library/useLibrary';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const entry = (id: string, highlights: number): LibraryEntry => ({
  summary: { id, title: id, language: 'ar', direction: 'rtl', source: { name: 's' }, publication: '' },
  added: null,
  lastOpened: null,
  highlights,
  notes: 0,
});

/** A library whose cards the test pushes; it records who watches. */
function pushedLibrary() {
  const listeners = new Set<(entries: LibraryEntry[]) => void>();
  const failures = new Set<(error: unknown) => void>();
  const library = {
    watchEntries: vi.fn((listener: (entries: LibraryEntry[]) => void, onError: (error: unknown) => void) => {
      listeners.add(listener);
      failures.add(onError);
      return () => {
        listeners.delete(listener);
        failures.delete(onError);
      };
    }),
  } as Partial<DocumentLibrary> as DocumentLibrary;
  return {
    library,
    listeners,
    push: (entries: LibraryEntry[]) => listeners.forEach((listener) => listener(entries)),
    fail: (error: unknown) => failures.forEach((onError) => onError(error)),
  };
}

let root: Root;
let seen: (LibraryEntry[] | undefined)[];

function Probe({ library }: { library: DocumentLibrary }) {
  seen.push(useLibrary(library));
  return null;
}

beforeEach(() => {
  seen = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
});

describe('useLibrary', () => {
  it('is undefined until the first reading, then follows every one', async () => {
    const { library, push } = pushedLibrary();
    await act(async () => root.render(<Probe library={library} />));
    expect(seen.at(-1)).toBeUndefined();
    await act(async () => push([entry('a', 0)]));
    expect(seen.at(-1)).toEqual([entry('a', 0)]);
    await act(async () => push([entry('a', 1), entry('b', 0)]));
    expect(seen.at(-1)).toEqual([entry('a', 1), entry('b', 0)]);
  });

  it('stops watching when unmounted, and never shows one library’s cards for another', async () => {
    const first = pushedLibrary();
    const second = pushedLibrary();
    await act(async () => root.render(<Probe library={first.library} />));
    await act(async () => first.push([entry('a', 0)]));
    await act(async () => root.render(<Probe library={second.library} />));
    expect(first.listeners.size).toBe(0);
    expect(seen.at(-1)).toBeUndefined();
    act(() => root.unmount());
    expect(second.listeners.size).toBe(0);
    root = createRoot(document.createElement('div'));
  });

  it('throws a failed reading to the error boundary', async () => {
    const { library, fail } = pushedLibrary();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => root.render(<Probe library={library} />));
    await expect(act(async () => fail(new Error('database gone')))).rejects.toThrow('database gone');
    logged.mockRestore();
  });
});
