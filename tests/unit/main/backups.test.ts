import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '@shared/platform/platform-contract';
import { backupName } from '@shared/platform/backup-names';
import { chooseBackupsToDelete, createBackupStore, parseBackupName } from '../../../src/main/backups';

const day = (n: number, time = '09:00:00.000') => `2024-03-${String(n).padStart(2, '0')}T${time}Z`;

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
  ])('returns null for %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});

describe('chooseBackupsToDelete', () => {
  it('keeps the newest daily backup of each of the last 10 days', () => {
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

  it('never chooses files it did not write', () => {
    expect(chooseBackupsToDelete(['notes.json', 'hamish-backup-garbage.json'])).toEqual([]);
  });
});

describe('backup store', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('writes, lists newest first, and reads back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-backups-'));
    let clock = Date.parse(day(1));
    const store = createBackupStore(join(dir, 'backups'), () => new Date((clock += 60_000)));
    const first = await store.writeBackup('daily', '{"n":1}');
    const second = await store.writeBackup('before-restore', '{"n":"هامش"}');
    expect(first.name).toMatch(BACKUP_NAME_PATTERN);
    expect(second).toMatchObject({ reason: 'before-restore', size: Buffer.byteLength('{"n":"هامش"}') });
    expect((await store.listBackups()).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(await store.readBackup(first.name)).toBe('{"n":1}');
  });

  it('prunes to 10 daily backups as it writes, leaving other files alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-backups-'));
    writeFileSync(join(dir, 'keep-me.txt'), 'x');
    let clock = Date.parse(day(1));
    const store = createBackupStore(dir, () => new Date((clock += 24 * 3600_000)));
    for (let i = 0; i < 13; i += 1) await store.writeBackup('daily', `{"day":${i}}`);
    const listed = await store.listBackups();
    expect(listed).toHaveLength(10);
    expect(await store.readBackup(listed[0]!.name)).toBe('{"day":12}');
    expect(readdirSync(dir)).toContain('keep-me.txt');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('lists nothing before the first backup and refuses names that are not backups', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-backups-'));
    const store = createBackupStore(join(dir, 'missing'));
    expect(await store.listBackups()).toEqual([]);
    await expect(store.readBackup('../../etc/passwd')).rejects.toThrow(/Not a backup name/);
  });
});
