import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '@shared/platform/platform-contract';
import { createBackupStore } from '../../../src/main/backups';

const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;

describe('backup store', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const tempDir = () => (dir = mkdtempSync(join(tmpdir(), 'hamish-backups-')));

  it('writes the chunks in order, lists newest first, and reads the bytes back', async () => {
    tempDir();
    let clock = Date.parse(day(1));
    const store = createBackupStore(join(dir!, 'backups'), () => new Date((clock += 60_000)));
    const first = await store.writeBackup('daily', ['{"n":', '1}']);
    const second = await store.writeBackup('before-restore', ['{"n":"هامش"}']);
    expect(first.name).toMatch(BACKUP_NAME_PATTERN);
    expect(second).toMatchObject({ reason: 'before-restore', size: Buffer.byteLength('{"n":"هامش"}') });
    expect((await store.listBackups()).map((b) => b.name)).toEqual([second.name, first.name]);
    expect((await store.readBackup(first.name)).toString('utf8')).toBe('{"n":1}');
    expect((await store.readBackup(second.name)).toString('utf8')).toBe('{"n":"هامش"}');
  });

  it('prunes to 10 daily backups as it writes, leaving other files alone', async () => {
    tempDir();
    writeFileSync(join(dir!, 'keep-me.txt'), 'x');
    let clock = Date.parse(day(1));
    const store = createBackupStore(dir!, () => new Date((clock += 24 * 3600_000)));
    for (let i = 0; i < 13; i += 1) await store.writeBackup('daily', [`{"day":${i}}`]);
    const listed = await store.listBackups();
    expect(listed).toHaveLength(10);
    expect((await store.readBackup(listed[0]!.name)).toString('utf8')).toBe('{"day":12}');
    expect(readdirSync(dir!)).toContain('keep-me.txt');
    expect(readdirSync(dir!).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('leaves nothing under a backup name, nor a partial file, when the write fails half way', async () => {
    tempDir();
    const store = createBackupStore(dir!, () => new Date(day(2)));
    const failingHalfWay = ['{"annotations":[', ']}'];
    failingHalfWay[Symbol.iterator] = function* () {
      yield '{"annotations":[';
      throw new Error('the disk is full');
    };
    await expect(store.writeBackup('before-restore', failingHalfWay)).rejects.toThrow('the disk is full');
    expect(readdirSync(dir!)).toEqual([]);
    expect(await store.listBackups()).toEqual([]);
  });

  it('refuses to read a file larger than any backup it writes', async () => {
    tempDir();
    const store = createBackupStore(dir!, () => new Date(day(3)), 8);
    const small = await store.writeBackup('daily', ['12345678']);
    const large = await store.writeBackup('before-restore', ['123456789']);
    expect((await store.readBackup(small.name)).length).toBe(8);
    await expect(store.readBackup(large.name)).rejects.toThrow(/more than the 8/);
  });

  it('lists nothing before the first backup and refuses names that are not backups', async () => {
    tempDir();
    const store = createBackupStore(join(dir!, 'missing'));
    expect(await store.listBackups()).toEqual([]);
    await expect(store.readBackup('../../etc/passwd')).rejects.toThrow(/Not a backup name/);
  });
});
