import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeAnswers } from '@shared/classroom/answers-file';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import { addQuestion, changeQuestion, newPack } from '@shared/classroom/pack-edits';
import { serializePack } from '@shared/classroom/pack-file';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import type { ImportFile } from '@shared/platform/platform-contract';
import { isClassroomFile, openPackFile } from '@renderer/classroom/pack/open-pack';
import type { DocumentLibrary, SaveImportResult } from '@renderer/library/document-library';
import { getDb } from '@renderer/storage/db';
import type { ArticleDocument } from '@shared/document/document-model';
import { passage } from '../../../../support/class-fixtures';
import { loadSeedDocument, SEED_ID } from '../../../../support/seed-document';

/** Where `quote` first occurs in the article's text. */
const spanOf = (document: ArticleDocument, quote: string) => {
  const [, { start, end }] = passage(document, quote).selector;
  return { start, end };
};

const article = loadSeedDocument();
const PACK_ID = 'c1a55000-0000-4000-8000-000000000001';
const NOW = new Date('2026-11-20T09:00:00.000Z');

/** The bundled article with one question on it, as a teacher hands it out. */
function teacherPack(): ReadingPack {
  const created = new Date('2026-11-10T08:00:00.000Z');
  const empty = newPack({
    packId: PACK_ID,
    document: article,
    teacher: { id: 'reader:teacher', name: 'الأستاذة هدى' },
    colorMeanings: { yellow: 'فكرة رئيسية' },
    now: created,
  });
  const asked = addQuestion(empty, {
    id: 'c1a55000-0000-4000-8000-000000000101',
    document: article,
    ...spanOf(article, 'جلوبال تايمز'),
    now: created,
  });
  return changeQuestion(
    asked,
    'c1a55000-0000-4000-8000-000000000101',
    { prompt: 'ما موقف الصحيفة؟' },
    created,
  );
}

const fileOf = (name: string, text: string, size?: number): ImportFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: size ?? bytes.length, bytes };
};

/** A library that only records what it is asked to save; `saved` is what saveImport answers. */
function fakeLibrary(saved: SaveImportResult) {
  const saveImport = vi.fn<DocumentLibrary['saveImport']>().mockResolvedValue(saved);
  const importAsNew = vi
    .fn<DocumentLibrary['importAsNew']>()
    .mockResolvedValue({ id: 'imported-kept-beside' });
  return { library: { saveImport, importAsNew } as unknown as DocumentLibrary, saveImport, importAsNew };
}

afterEach(async () => {
  await getDb().classPacks.clear();
});

describe('openPackFile: a reading pack', () => {
  const pack = teacherPack();

  it.each<{ name: string; saved: SaveImportResult; id: string; asNew: boolean }>([
    {
      name: 'a text new to the library',
      saved: { status: 'imported', id: 'imported-new-text' },
      id: 'imported-new-text',
      asNew: false,
    },
    {
      name: 'a text already there (bundled)',
      saved: { status: 'duplicate', id: SEED_ID },
      id: SEED_ID,
      asNew: false,
    },
    {
      name: 'an edited version of the text already there',
      saved: { status: 'replaceable', id: SEED_ID, title: 'مقال', annotations: 3 },
      id: 'imported-kept-beside',
      asNew: true,
    },
  ])('$name: the text saved, the pack kept beside it as the student’s', async ({ saved, id, asNew }) => {
    const { library, saveImport, importAsNew } = fakeLibrary(saved);
    const opening = await openPackFile(fileOf('درس.hamish', serializePack(pack)), library, NOW);
    expect(opening).toEqual({ ok: true, id, title: pack.document.draft.title, opened: 'opened' });
    expect(saveImport).toHaveBeenCalledExactlyOnceWith(pack.document.draft);
    if (asNew) expect(importAsNew).toHaveBeenCalledExactlyOnceWith(pack.document.draft);
    else expect(importAsNew).not.toHaveBeenCalled();
    expect(await getDb().classPacks.toArray()).toEqual([
      { packId: PACK_ID, documentId: id, role: 'student', pack },
    ]);
  });

  it('opened twice: the second time changes nothing', async () => {
    const { library } = fakeLibrary({ status: 'duplicate', id: SEED_ID });
    const file = fileOf('درس.hamish', serializePack(pack));
    await openPackFile(file, library, NOW);
    expect(await openPackFile(file, library, NOW)).toMatchObject({ ok: true, opened: 'same' });
  });
});

describe('openPackFile: refused, nothing saved', () => {
  const answers = serializeAnswers({
    id: 'a0000000-0000-4000-8000-0000000000b1',
    packId: PACK_ID,
    reader: { id: 'reader:mona', name: 'منى' },
    modified: NOW.toISOString(),
    answers: [],
    highlights: [],
  });
  const packText = serializePack(teacherPack());

  it.each([
    {
      name: 'a student’s answers',
      file: fileOf('درس — منى.hamish-answers', answers),
      refusal: { reason: 'answers-here' },
    },
    {
      name: 'text that is not JSON',
      file: fileOf('درس.hamish', 'ملاحظات الدرس، لا ملف'),
      refusal: { reason: 'not-json' },
    },
    {
      name: 'a pack cut short',
      file: fileOf('درس.hamish', packText.slice(0, packText.length / 2)),
      refusal: { reason: 'damaged', detail: 'truncated' },
    },
    {
      name: 'a file over the import limit, its bytes not even read',
      file: fileOf('درس.hamish', 'not read', IMPORT_MAX_BYTES + 1),
      refusal: { reason: 'too-large' },
    },
  ])('$name', async ({ file, refusal }) => {
    const { library, saveImport, importAsNew } = fakeLibrary({ status: 'imported', id: 'imported-new-text' });
    expect(await openPackFile(file, library, NOW)).toEqual({ ok: false, ...refusal });
    expect(saveImport).not.toHaveBeenCalled();
    expect(importAsNew).not.toHaveBeenCalled();
    expect(await getDb().classPacks.count()).toBe(0);
  });
});

describe('isClassroomFile', () => {
  it.each([
    { name: 'درس.hamish', classroom: true },
    { name: 'Lesson.HAMISH', classroom: true },
    { name: 'درس — منى.hamish-answers', classroom: true },
    { name: 'Lesson — Mona.Hamish-Answers', classroom: true },
    { name: 'library.hamish-backup', classroom: false },
    { name: 'hamish.txt', classroom: false },
    { name: 'notes.md', classroom: false },
  ])('$name → $classroom', ({ name, classroom }) => {
    expect(isClassroomFile(name)).toBe(classroom);
  });
});
