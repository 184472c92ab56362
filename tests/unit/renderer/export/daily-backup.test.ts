import { describe, expect, it } from 'vitest';
import { needsDailyBackup } from '@renderer/export/useDailyBackup';

const now = new Date('2026-11-29T10:00:00Z');

describe('needsDailyBackup', () => {
  it.each([
    [[], true],
    [[{ created: '2026-11-28T23:59:00.000Z', reason: 'daily' }], true],
    [[{ created: '2026-11-29T08:00:00.000Z', reason: 'before-restore' }], true],
    [[{ created: '2026-11-29T00:01:00.000Z', reason: 'daily' }], false],
  ])('%j → %s', (entries, expected) => {
    expect(needsDailyBackup(entries, now)).toBe(expected);
  });
});
