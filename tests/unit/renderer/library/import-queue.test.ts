import { describe, expect, it } from 'vitest';
import {
  batchProgress,
  importQueueReducer,
  isFinished,
  type ImportItem,
} from '../../../../src/renderer/src/library/import-queue';

const added = importQueueReducer([], { type: 'add', names: ['a.txt', 'b.html', 'c.md'], firstKey: 7 });

describe('importQueueReducer', () => {
  it('adds each file as waiting, under consecutive keys, knowing the size of its batch', () => {
    expect(added.map(({ key, name, batchSize, state }) => [key, name, batchSize, state.status])).toEqual([
      [7, 'a.txt', 3, 'waiting'],
      [8, 'b.html', 3, 'waiting'],
      [9, 'c.md', 3, 'waiting'],
    ]);
  });

  it('updates only the item it names', () => {
    const next = importQueueReducer(added, {
      type: 'update',
      key: 8,
      state: { status: 'duplicate', id: 'x' },
    });
    expect(next.map((item) => item.state.status)).toEqual(['waiting', 'duplicate', 'waiting']);
  });

  it('clears finished items and keeps those working or waiting for the reader', () => {
    let items: ImportItem[] = added;
    items = importQueueReducer(items, {
      type: 'update',
      key: 7,
      state: { status: 'refused', reason: 'empty' },
    });
    items = importQueueReducer(items, {
      type: 'update',
      key: 8,
      state: { status: 'working', stage: 'extracting', fraction: 0.5 },
    });
    items = importQueueReducer(items, {
      type: 'update',
      key: 9,
      state: { status: 'ask', id: 'imported-x', title: 'T', annotations: 2, draft: {} as never },
    });
    expect(importQueueReducer(items, { type: 'clear-finished' }).map((item) => item.key)).toEqual([8, 9]);
  });
});

describe('batchProgress', () => {
  it('counts outcomes as done, and neither work in progress nor a question to the reader', () => {
    let items = importQueueReducer(added, {
      type: 'update',
      key: 7,
      state: { status: 'imported', id: 'i', title: 't' },
    });
    items = importQueueReducer(items, {
      type: 'update',
      key: 8,
      state: { status: 'ask', id: 'imported-x', title: 'T', annotations: 0, draft: {} as never },
    });
    expect(batchProgress(items)).toEqual({ done: 1, total: 3 });
  });

  it.each([
    ['waiting', false],
    ['skipped', true],
    ['replaced', true],
  ] as const)('%s is finished: %s', (status, finished) => {
    expect(isFinished({ status } as never)).toBe(finished);
  });
});
