import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import { documentFromDraft, isImportedId } from '@shared/document/imported-document';
import type { ImportDraft } from '@shared/import/import-model';
import { DOCUMENT_ID_PATTERN } from '@shared/platform/platform-contract';
import type { HamishDb } from '@renderer/storage/db';
import { putAnnotation, readDocumentAnnotations, savePack } from '@renderer/storage/annotation-store';
import { readTallies, saveTallies } from '@renderer/storage/annotation-tally';
import {
  addImportedDocument,
  deleteImportedDocument,
  getImportedDocument,
  importedHashes,
  listImportedDocuments,
  newImportedId,
  recordVisit,
  replaceImportedDocument,
  restoreDeletedDocument,
  watchLibraryRecords,
  type LibraryRecords,
} from '@renderer/storage/document-store';
import { MissingDocumentError } from '@renderer/storage/storage-errors';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';
import { highlightIn, libraryRecords } from '../../../support/library-records';

const database = testDatabases('hamish-documents');
const ADDED = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date('2026-04-01T10:00:00.000Z');

const PARAGRAPHS = [
  'تسعى بكين إلى تأمين إمدادات الطاقة عبر خطوط الأنابيب الممتدة من آسيا الوسطى.',
  'ويقول المحللون إن اليورانيوم مهم لبرنامجها النووي الذي يتوسع بسرعة.',
  'وفي الختام يبقى الاستقرار الإقليمي شرطا لكل هذه المشاريع.',
];
const original = paragraphsDraft('الطاقة في آسيا الوسطى', PARAGRAPHS, 'energy.txt');

async function imported(db: HamishDb, draft: ImportDraft = original, now = ADDED): Promise<string> {
  const outcome = await addImportedDocument(draft, { offerReplacing: true, now }, db);
  if (outcome.status !== 'imported') throw new Error(`not imported: ${outcome.status}`);
  return outcome.id;
}

/** A highlight of `quote` in the stored document, made as the reader makes one. */
async function highlight(db: HamishDb, id: string, quote: string, overrides: Partial<Annotation> = {}) {
  const record = (await getImportedDocument(id, db))!;
  return highlightIn(db, documentFromDraft(id, record.draft, record.added), quote, overrides);
}

describe('adding an imported document', () => {
  it('stores the draft under a new imported id with its hash, folded title, file name and date', async () => {
    const db = await database();
    const id = await imported(db);
    expect(id).toMatch(DOCUMENT_ID_PATTERN);
    expect(isImportedId(id)).toBe(true);
    expect(await getImportedDocument(id, db)).toEqual({
      id,
      contentHash: documentFromDraft(id, original, ADDED.toISOString()).contentHash,
      titleKey: 'الطاقه في اسيا الوسطي',
      fileName: 'energy.txt',
      added: ADDED.toISOString(),
      draft: original,
    });
  });

  it.each<[string, ImportDraft]>([
    ['the same text from another file', { ...original, fileName: 'copy.txt', format: 'markdown' }],
    ['the same text with other metadata', { ...original, siteName: 'موقع', byline: 'كاتب', language: 'fa' }],
  ])('finds %s a duplicate and writes nothing', async (_name, draft) => {
    const db = await database();
    const id = await imported(db);
    const before = await libraryRecords(db);
    expect(await addImportedDocument(draft, { offerReplacing: true, now: LATER }, db)).toEqual({
      status: 'duplicate',
      id,
    });
    expect(await libraryRecords(db)).toEqual(before);
  });

  it.each<[string, ImportDraft]>([
    [
      'the same title spelled otherwise (harakat, hamza, ى, punctuation)',
      paragraphsDraft('الطّاقة في أسيا الوسطى!', [...PARAGRAPHS, 'فقرة جديدة.'], 'other.txt'),
    ],
    ['the same file name', paragraphsDraft('عنوان آخر تماما', ['نص آخر.'], 'energy.txt')],
  ])('offers to replace a document with %s and writes nothing', async (_name, draft) => {
    const db = await database();
    const id = await imported(db);
    const before = await libraryRecords(db);
    expect(await addImportedDocument(draft, { offerReplacing: true, now: LATER }, db)).toEqual({
      status: 'replaceable',
      id,
      title: original.title,
    });
    expect(await libraryRecords(db)).toEqual(before);
  });

  it('adds a similar document beside the first when asked to keep both', async () => {
    const db = await database();
    const first = await imported(db);
    const similar = paragraphsDraft(original.title, ['نص مختلف.'], 'energy.txt');
    const outcome = await addImportedDocument(similar, { offerReplacing: false, now: LATER }, db);
    expect(outcome.status).toBe('imported');
    expect(outcome.id).not.toBe(first);
    expect(await db.documents.count()).toBe(2);
  });

  it('never matches on a title that folds to nothing', async () => {
    const db = await database();
    await imported(db, paragraphsDraft('؟!', ['أ.'], 'a.txt'));
    const outcome = await addImportedDocument(
      paragraphsDraft('...', ['ب.'], 'b.txt'),
      { offerReplacing: true },
      db,
    );
    expect(outcome.status).toBe('imported');
  });

  it('makes ids that are library slugs, each its own', () => {
    const ids = Array.from({ length: 2_000 }, newImportedId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(DOCUMENT_ID_PATTERN);
  });
});

describe('replacing a document’s text', () => {
  const edited = paragraphsDraft(
    'الطاقة في آسيا الوسطى',
    [
      'مقدمة أضيفت في النسخة الجديدة من المقال.',
      'تسعى بكين إلى تأمين إمدادات الطاقة عبر خطوط الأنابيب الممتدة من آسيا الوسطى.',
      'ويقول المحللون إن اليورانيوم مهم لبرنامجه النووي الذي يتوسع بسرعة.',
    ],
    'energy-v2.txt',
  );

  it('re-anchors the annotations in one go: moved, changed a little, or orphaned and untouched', async () => {
    const db = await database();
    const id = await imported(db);
    const inPlace = await highlight(db, id, 'الطاقة');
    const moved = await highlight(db, id, 'خطوط الأنابيب');
    const fuzzy = await highlight(db, id, 'لبرنامجها النووي');
    const orphan = await highlight(db, id, 'الاستقرار الإقليمي');
    const other = storedAnnotation(crypto.randomUUID(), 'china-interests-kazakhstan-2022', 5);
    await putAnnotation(other, db);

    expect(await replaceImportedDocument(id, edited, LATER, db)).toEqual({ reanchored: 3, orphaned: 1 });

    const document = documentFromDraft(id, edited, ADDED.toISOString());
    const stored = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
    const covered = (annotation: Annotation) => {
      const { start, end } = stored.get(annotation.id)!.target.selector[1];
      return document.text.slice(start, end);
    };
    expect(covered(inPlace)).toBe('الطاقة');
    expect(stored.get(inPlace.id)!.start).toBe(inPlace.start);
    expect(covered(moved)).toBe('خطوط الأنابيب');
    expect(covered(fuzzy)).toBe('لبرنامجه النووي');
    for (const annotation of [inPlace, moved, fuzzy]) {
      const now = stored.get(annotation.id)!;
      expect(now.target.source).toBe(document.versionId);
      expect(now.start).toBe(now.target.selector[1].start);
      expect(now.target.selector).toEqual(
        selectorsFor(document.text, now.target.selector[1].start, now.target.selector[1].end),
      );
      expect(now.modified > annotation.modified).toBe(true);
      expect({
        ...now,
        target: annotation.target,
        start: annotation.start,
        modified: annotation.modified,
      }).toEqual(annotation);
    }
    expect(stored.get(orphan.id)).toEqual(orphan);
    expect(stored.get(other.id)).toEqual(other);
    expect(await getImportedDocument(id, db)).toMatchObject({
      contentHash: document.contentHash,
      fileName: 'energy-v2.txt',
      added: ADDED.toISOString(),
      draft: edited,
    });
  });

  it('leaves a pack made before it unused: the annotations are read again', async () => {
    const db = await database();
    const id = await imported(db);
    await highlight(db, id, 'خطوط الأنابيب');
    expect(await savePack(id, await readDocumentAnnotations(id, db), db)).toBe(true);
    await replaceImportedDocument(id, edited, LATER, db);
    expect((await readDocumentAnnotations(id, db)).fromPack).toBe(false);
  });

  it('refuses a document that is not there and writes nothing', async () => {
    const db = await database();
    await imported(db);
    const before = await libraryRecords(db);
    await expect(replaceImportedDocument('imported-gone', edited, LATER, db)).rejects.toBeInstanceOf(
      MissingDocumentError,
    );
    expect(await libraryRecords(db)).toEqual(before);
  });
});

describe('deleting a document', () => {
  it('removes it with its annotations, visit, pack and counts, and undo puts back identical records', async () => {
    const db = await database();
    const id = await imported(db);
    const keep = await imported(db, importDraft(), LATER);
    await highlight(db, id, 'خطوط الأنابيب', { note: { editorState: null, text: 'مهم', markdown: 'مهم' } });
    await highlight(db, id, 'اليورانيوم');
    await highlight(db, keep, 'اليورانيوم');
    await recordVisit(id, LATER, db);
    await savePack(id, await readDocumentAnnotations(id, db), db);
    await saveTallies((await readTallies([id], db)).fresh, db);
    const before = await libraryRecords(db);

    const deleted = await deleteImportedDocument(id, db);
    expect(deleted.document.id).toBe(id);
    expect(deleted.annotations).toHaveLength(2);
    expect(deleted.visit).toEqual({ documentId: id, lastOpened: LATER.toISOString() });
    expect(await db.documents.get(id)).toBeUndefined();
    expect(await db.annotations.where('documentId').equals(id).count()).toBe(0);
    expect(await db.annotations.where('documentId').equals(keep).count()).toBe(1);
    expect([await db.visits.get(id), await db.packs.get(id), await db.tallies.get(id)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);

    await restoreDeletedDocument(deleted, db);
    expect(await libraryRecords(db)).toEqual(before);
  });

  it('refuses a document that is not there', async () => {
    const db = await database();
    await expect(deleteImportedDocument('imported-gone', db)).rejects.toBeInstanceOf(MissingDocumentError);
  });
});

describe('listing imported documents', () => {
  it('lists them oldest first, with the summary the reader shows, and follows a replaced text', async () => {
    const db = await database();
    const later = await imported(db, importDraft(), LATER);
    const first = await imported(db);
    const listed = await listImportedDocuments(db);
    expect(listed.map((listing) => [listing.summary.id, listing.added])).toEqual([
      [first, ADDED.toISOString()],
      [later, LATER.toISOString()],
    ]);
    expect(listed[1]!.summary).toEqual({
      id: later,
      title: 'خطوط الأنابيب في آسيا الوسطى',
      language: 'ar',
      direction: 'rtl',
      source: { name: 'مجلة الطاقة' },
      publication: '2023-04',
      imported: {
        fileName: 'خطوط-الأنابيب.html',
        format: 'html',
        added: LATER.toISOString(),
        byline: 'سارة أحمد',
      },
    });
    await replaceImportedDocument(first, paragraphsDraft('عنوان جديد', ['نص.'], 'new.txt'), LATER, db);
    expect((await listImportedDocuments(db))[0]!.summary.title).toBe('عنوان جديد');
    expect(await importedHashes(db)).toEqual(
      new Map((await db.documents.toArray()).map((record) => [record.id, record.contentHash])),
    );
  });
});

describe('counts for the library cards', () => {
  it('counts highlights without conflict copies, and notes with words, per document', async () => {
    const db = await database();
    const id = await imported(db);
    const noted = await highlight(db, id, 'خطوط الأنابيب', {
      note: { editorState: null, text: 'سؤال', markdown: 'سؤال' },
    });
    await highlight(db, id, 'اليورانيوم', { note: { editorState: null, text: ' \n', markdown: '' } });
    await highlight(db, id, 'الاستقرار');
    await highlight(db, id, 'خطوط الأنابيب', {
      conflictOf: noted.id,
      note: { editorState: null, text: 'نسخة', markdown: 'نسخة' },
    });
    const { tallies } = await readTallies([id, 'china-interests-kazakhstan-2022'], db);
    expect(tallies).toEqual(
      new Map([
        [id, { highlights: 3, notes: 1 }],
        ['china-interests-kazakhstan-2022', { highlights: 0, notes: 0 }],
      ]),
    );
  });

  it('keeps counts while the annotations stand, and counts again after a write', async () => {
    const db = await database();
    const id = await imported(db);
    await highlight(db, id, 'خطوط الأنابيب');
    const first = await readTallies([id], db);
    expect(first.fresh).toHaveLength(1);
    await saveTallies(first.fresh, db);
    const second = await readTallies([id], db);
    expect(second.fresh).toEqual([]);
    expect(second.tallies.get(id)).toEqual({ highlights: 1, notes: 0 });
    await highlight(db, id, 'اليورانيوم');
    const third = await readTallies([id], db);
    expect(third.fresh).toHaveLength(1);
    expect(third.tallies.get(id)).toEqual({ highlights: 2, notes: 0 });
  });

  it('does not keep counts made before a write that landed meanwhile', async () => {
    const db = await database();
    const id = await imported(db);
    const stale = (await readTallies([id], db)).fresh;
    await highlight(db, id, 'اليورانيوم');
    await saveTallies(stale, db);
    expect(await db.tallies.count()).toBe(0);
  });
});

describe('watching the library', () => {
  it('reports imports, highlights and openings as they commit', async () => {
    const db = await database();
    const seen: LibraryRecords[] = [];
    let wake = () => {};
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    let arrived = next();
    const stop = watchLibraryRecords(
      ['china-interests-kazakhstan-2022'],
      (records) => {
        seen.push(records);
        wake();
      },
      (error) => {
        throw error;
      },
      db,
    );
    const latest = async (check: (records: LibraryRecords) => boolean) => {
      while (!seen.some(check)) {
        await arrived;
        arrived = next();
      }
      return seen.find(check)!;
    };
    await latest((records) => records.tallies.size === 1);

    const id = await imported(db);
    await latest((records) => records.imported.some((listing) => listing.summary.id === id));
    await highlight(db, id, 'اليورانيوم');
    await latest((records) => records.tallies.get(id)?.highlights === 1);
    await recordVisit('china-interests-kazakhstan-2022', LATER, db);
    const opened = await latest((records) => records.visits.size === 1);
    expect(opened.visits.get('china-interests-kazakhstan-2022')).toBe(LATER.toISOString());
    stop();
  });
});
