import { describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '@shared/platform/platform-contract';
import {
  BACKUPS_TO_KEEP,
  backupName,
  chooseBackupsToDelete,
  parseBackupName,
} from '@shared/platform/backup-retention';

const day = (n: number, time = '09:00:00.000') => `2024-03-${String(n).padStart(2, '0')}T${time}Z`;

describe('backupName', () => {
  it.each([
    ['2024-05-01T10:20:30.123Z', 'daily', 'hamish-backup-2024-05-01T10-20-30.123Z-daily.json'],
    [
      '2024-05-01T10:20:30.123Z',
      'before-restore',
      'hamish-backup-2024-05-01T10-20-30.123Z-before-restore.json',
    ],
  ] as const)('names a backup made at %s for %s %s', (created, reason, expected) => {
    expect(backupName(created, reason)).toBe(expected);
    expect(expected).toMatch(BACKUP_NAME_PATTERN);
  });
});

describe('parseBackupName', () => {
  it('reads the creation time and reason back from a name', () => {
    const created = '2024-05-01T10:20:30.123Z';
    expect(parseBackupName(backupName(created, 'daily'))).toEqual({ created, reason: 'daily' });
    expect(parseBackupName(backupName(created, 'before-restore'))).toEqual({
      created,
      reason: 'before-restore',
    });
  });

  it.each([
    'window-state.json',
    'hamish-backup-2024-13-45T99-99-99.000Z-daily.json',
    'hamish-backup-x-daily.json',
    'hamish-backup-2024-05-01T10-20-30.123Z-daily.json.partial',
  ])('returns null for %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});

describe('chooseBackupsToDelete', () => {
  it(`keeps the newest daily backup of each of the last ${BACKUPS_TO_KEEP} days`, () => {
    const names = Array.from({ length: 14 }, (_, i) => backupName(day(i + 1), 'daily'));
    const doomed = chooseBackupsToDelete(names);
    expect(doomed.sort()).toEqual(names.slice(0, 4).sort());
  });

  it('keeps one daily backup per day, the newest', () => {
    const morning = backupName(day(5, '08:00:00.000'), 'daily');
    const evening = backupName(day(5, '20:00:00.000'), 'daily');
    expect(chooseBackupsToDelete([morning, evening])).toEqual([morning]);
  });

  it('counts pre-restore copies separately and keeps the newest 10', () => {
    const daily = Array.from({ length: 10 }, (_, i) => backupName(day(i + 1), 'daily'));
    const restores = Array.from({ length: 12 }, (_, i) =>
      backupName(day(i + 1, '12:00:00.000'), 'before-restore'),
    );
    expect(chooseBackupsToDelete([...daily, ...restores]).sort()).toEqual(restores.slice(0, 2).sort());
  });

  it('keeps the newest 10 of each safety reason: deletions never push out the copy taken before a restore', () => {
    const restore = backupName(day(1, '12:00:00.000'), 'before-restore');
    const deletions = Array.from({ length: 12 }, (_, i) =>
      backupName(day(i + 2, '12:00:00.000'), 'before-delete'),
    );
    expect(chooseBackupsToDelete([restore, ...deletions]).sort()).toEqual(deletions.slice(0, 2).sort());
  });

  it('keeps several restores of one day: each is a state the reader may want back', () => {
    const sameDay = Array.from({ length: 12 }, (_, i) =>
      backupName(day(7, `1${Math.floor(i / 10)}:0${i % 10}:00.000`), 'before-restore'),
    );
    expect(chooseBackupsToDelete(sameDay).sort()).toEqual(sameDay.slice(0, 2).sort());
  });

  it('decides the same whatever order the names come in', () => {
    const names = Array.from({ length: 13 }, (_, i) => backupName(day(i + 1), 'before-restore'));
    expect(chooseBackupsToDelete([...names].reverse()).sort()).toEqual(names.slice(0, 3).sort());
  });

  it('honours another count', () => {
    const names = Array.from({ length: 4 }, (_, i) => backupName(day(i + 1), 'daily'));
    expect(chooseBackupsToDelete(names, 1).sort()).toEqual(names.slice(0, 3).sort());
  });

  it('never chooses files it did not write', () => {
    expect(chooseBackupsToDelete(['notes.json', 'hamish-backup-garbage.json'])).toEqual([]);
  });
});
