import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import type { HamishDb, StoredPack } from '@renderer/storage/db';
import { keepOpenedPack, packFor, startPack, updatePack } from '@renderer/storage/pack-store';
import { lessonDocument, lessonPack, LESSON_ID } from '../../../support/class-fixtures';
import { testDatabases } from '../../../support/test-db';

const database = testDatabases('hamish-packs');
const OTHER_DOCUMENT = 'imported-other-text';
const MODIFIED = '2024-09-20T10:00:00.000Z';

/** The lesson's pack under another id, last changed at `modified`. */
const packAt = (packId: string, modified = MODIFIED): ReadingPack => ({
  ...lessonPack(lessonDocument()),
  packId,
  modified,
});

const stored = (
  packId: string,
  role: StoredPack['role'],
  modified: string,
  documentId = LESSON_ID,
): StoredPack => ({ packId, documentId, role, pack: packAt(packId, modified) });

async function holding(...packs: StoredPack[]): Promise<HamishDb> {
  const db = await database();
  await db.classPacks.bulkPut(packs);
  return db;
}

describe('packFor', () => {
  it.each([
    { name: 'none on the document', packs: [stored('p1', 'author', MODIFIED, OTHER_DOCUMENT)], shown: null },
    {
      name: 'the newest student copy',
      packs: [
        stored('p1', 'student', '2024-09-01T00:00:00.000Z'),
        stored('p2', 'student', '2024-09-03T00:00:00.000Z'),
        stored('p3', 'student', '2024-09-02T00:00:00.000Z'),
      ],
      shown: 'p2',
    },
    {
      name: 'the author’s pack over a newer student copy',
      packs: [
        stored('p1', 'student', '2024-09-03T00:00:00.000Z'),
        stored('p2', 'author', '2024-09-01T00:00:00.000Z'),
      ],
      shown: 'p2',
    },
    {
      name: 'only what is on this document',
      packs: [
        stored('p1', 'student', '2024-09-01T00:00:00.000Z'),
        stored('p2', 'author', MODIFIED, OTHER_DOCUMENT),
      ],
      shown: 'p1',
    },
  ])('$name', async ({ packs, shown }) => {
    const db = await holding(...packs);
    const pack = await packFor(LESSON_ID, db);
    expect(pack === null ? null : pack.packId).toBe(shown);
  });
});

describe('startPack', () => {
  it('keeps the pack as the author’s, on its document', async () => {
    const db = await database();
    const pack = packAt('p1');
    expect(await startPack(pack, LESSON_ID, db)).toBe(true);
    expect(await db.classPacks.toArray()).toEqual([
      { packId: 'p1', documentId: LESSON_ID, role: 'author', pack },
    ]);
  });
});

describe('updatePack', () => {
  const retitle = (pack: ReadingPack): ReadingPack => ({ ...pack, instructions: 'تعليمات جديدة' });

  it.each([
    {
      name: 'now after the last change',
      now: '2024-09-21T08:00:00.000Z',
      modified: '2024-09-21T08:00:00.000Z',
    },
    { name: 'now equal to the last change', now: MODIFIED, modified: '2024-09-20T10:00:00.001Z' },
    {
      name: 'a clock behind the last change',
      now: '2024-09-01T00:00:00.000Z',
      modified: '2024-09-20T10:00:00.001Z',
    },
  ])('changes the author’s pack, modified strictly forward ($name)', async ({ now, modified }) => {
    const db = await holding(stored('p1', 'author', MODIFIED));
    expect(await updatePack('p1', retitle, new Date(now), db)).toBe(true);
    const after = await db.classPacks.get('p1');
    expect(after?.pack).toEqual({ ...packAt('p1'), instructions: 'تعليمات جديدة', modified });
    expect(after?.role).toBe('author');
  });

  it.each([
    { name: 'a student copy', packs: [stored('p1', 'student', MODIFIED)] },
    { name: 'a missing pack', packs: [] },
  ])('leaves $name alone and says so', async ({ packs }) => {
    const db = await holding(...packs);
    expect(await updatePack('p1', retitle, new Date('2024-09-21T08:00:00.000Z'), db)).toBe(false);
    expect(await db.classPacks.toArray()).toEqual(packs);
  });

  it('applies two changes made at once, neither losing the other', async () => {
    const db = await holding(stored('p1', 'author', MODIFIED));
    const now = new Date('2024-09-21T08:00:00.000Z');
    await Promise.all([
      updatePack('p1', (pack) => ({ ...pack, instructions: 'تعليمات جديدة' }), now, db),
      updatePack('p1', (pack) => ({ ...pack, due: '2024-12-01' }), now, db),
    ]);
    const { pack } = (await db.classPacks.get('p1'))!;
    expect(pack).toMatchObject({ instructions: 'تعليمات جديدة', due: '2024-12-01' });
    expect(pack.modified).toBe('2024-09-21T08:00:00.001Z');
  });
});

describe('keepOpenedPack', () => {
  const EARLIER = '2024-09-19T10:00:00.000Z';
  const LATER = '2024-09-22T10:00:00.000Z';

  it.each([
    { name: 'a first opening', before: [], opened: MODIFIED, outcome: 'opened', kept: MODIFIED },
    {
      name: 'the same version again',
      before: [stored('p1', 'student', MODIFIED)],
      opened: MODIFIED,
      outcome: 'same',
      kept: MODIFIED,
    },
    {
      name: 'an older version',
      before: [stored('p1', 'student', MODIFIED)],
      opened: EARLIER,
      outcome: 'same',
      kept: MODIFIED,
    },
    {
      name: 'a newer version',
      before: [stored('p1', 'student', MODIFIED)],
      opened: LATER,
      outcome: 'updated',
      kept: LATER,
    },
  ])('$name → $outcome', async ({ before, opened, outcome, kept }) => {
    const db = await holding(...before);
    expect(await keepOpenedPack(packAt('p1', opened), LESSON_ID, db)).toBe(outcome);
    expect(await db.classPacks.toArray()).toEqual([stored('p1', 'student', kept)]);
  });

  it('keeps the teacher’s own pack when they open its file, even a newer one', async () => {
    const own = stored('p1', 'author', MODIFIED);
    const db = await holding(own);
    expect(await keepOpenedPack(packAt('p1', LATER), LESSON_ID, db)).toBe('own');
    expect(await db.classPacks.toArray()).toEqual([own]);
  });

  it('stores the copy again when its text now lives under another document', async () => {
    const db = await holding(stored('p1', 'student', MODIFIED, OTHER_DOCUMENT));
    expect(await keepOpenedPack(packAt('p1'), LESSON_ID, db)).toBe('updated');
    expect(await db.classPacks.toArray()).toEqual([stored('p1', 'student', MODIFIED)]);
  });
});
