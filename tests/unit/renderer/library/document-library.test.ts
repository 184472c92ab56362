import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { parseBackup } from '@shared/backup/parse-backup';
import type { ArticleDocument, DraftBlock } from '@shared/document/document-model';
import { documentFromDraft } from '@shared/document/imported-document';
import { summarize } from '@shared/document/library';
import type { ImportDraft } from '@shared/import/import-model';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import type { HamishDb } from '@renderer/storage/db';
import { MissingDocumentError, SafetyBackupError } from '@renderer/storage/storage-errors';
import {
  BundledDocumentError,
  createDocumentLibrary,
  type DocumentLibrary,
} from '@renderer/library/document-library';
import type { LibraryEntry } from '@renderer/library/library-query';
import { libraryAnnotations } from '@renderer/export/export-sources';
import { applyRestore, previewRestore } from '@renderer/storage/restore-backup';
import { loadSeedDocument, SEED_ID } from '../../../support/seed-document';
import { testDatabases } from '../../../support/test-db';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';
import { highlightIn, libraryRecords } from '../../../support/library-records';

const database = testDatabases('hamish-library');
const seed = loadSeedDocument();
const DAY = Date.parse('2026-03-01T10:00:00.000Z');

function fakePlatform(): ReaderPlatform {
  return {
    kind: 'web',
    listDocuments: vi.fn(async () => [summarize(seed.manifest)]),
    loadDocument: vi.fn(async (id: string): Promise<ArticleDocument> => {
      if (id !== SEED_ID) throw new Error(`no ${id}`);
      return seed;
    }),
  } as Partial<ReaderPlatform> as ReaderPlatform;
}

/** A library over a fresh database whose clock moves a day at each reading. */
async function libraryOf(): Promise<{ library: DocumentLibrary; db: HamishDb; platform: ReaderPlatform }> {
  const db = await database();
  const platform = fakePlatform();
  let days = 0;
  const library = createDocumentLibrary(platform, db, () => new Date(DAY + 86_400_000 * days++));
  return { library, db, platform };
}

/** The bundled article as an importer would draft it: the same canonical text. */
function seedAsDraft(): ImportDraft {
  const blocks: DraftBlock[] = seed.blocks
    .filter((block) => block.kind !== 'title')
    .map((block) => ({ kind: block.kind as DraftBlock['kind'], text: block.text }));
  return { ...importDraft(), fileName: 'saved.html', title: seed.title, blocks };
}

async function imported(library: DocumentLibrary, draft: ImportDraft): Promise<string> {
  const saved = await library.saveImport(draft);
  if (saved.status !== 'imported') throw new Error(`not imported: ${saved.status}`);
  return saved.id;
}

describe('the composed library', () => {
  it('lists the bundled documents first, then the imported ones by date added', async () => {
    const { library } = await libraryOf();
    const first = await imported(library, importDraft());
    const second = await imported(library, paragraphsDraft('مقال ثان', ['نص ثان.']));
    expect((await library.listDocuments()).map((summary) => summary.id)).toEqual([SEED_ID, first, second]);
  });

  it('loads an imported document as documentFromDraft builds it, the same every time', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const record = (await db.documents.get(id))!;
    const loaded = await library.loadDocument(id);
    expect(loaded).toEqual(documentFromDraft(id, importDraft(), record.added));
    expect(await library.loadDocument(id)).toEqual(loaded);
  });

  it('resolves "read also" titles against the whole library, both ways', async () => {
    const { library } = await libraryOf();
    const related = seed.related[3]!.title;
    const piece = await imported(library, paragraphsDraft(related, ['نص المقال.']));
    const citing = await imported(library, importDraft({ related: [seed.title, 'مقال لا يوجد'] }));
    const bundled = await library.loadDocument(SEED_ID);
    expect(bundled.related.find((entry) => entry.title === related)?.documentId).toBe(piece);
    expect(bundled.related.filter((entry) => entry.documentId !== null)).toHaveLength(1);
    expect((await library.loadDocument(citing)).related).toEqual([
      { title: seed.title, documentId: SEED_ID },
      { title: 'مقال لا يوجد', documentId: null },
    ]);
  });

  it('says which imported document is missing', async () => {
    const { library } = await libraryOf();
    await expect(library.loadDocument('imported-gone')).rejects.toBeInstanceOf(MissingDocumentError);
  });
});

describe('saving an import', () => {
  it('finds the bundled article’s text a duplicate, loading the bundled documents once', async () => {
    const { library, db, platform } = await libraryOf();
    expect(await library.saveImport(seedAsDraft())).toEqual({ status: 'duplicate', id: SEED_ID });
    expect(await library.importAsNew(seedAsDraft())).toEqual({ id: SEED_ID });
    expect(await db.documents.count()).toBe(0);
    expect(platform.loadDocument).toHaveBeenCalledTimes(1);
  });

  it('finds an imported text a duplicate, and offers to replace an edited one with its highlight count', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const document = await library.loadDocument(id);
    const noted = await highlightIn(db, document, 'اليورانيوم');
    await highlightIn(db, document, 'خطوط الأنابيب');
    await highlightIn(db, document, 'اليورانيوم', { conflictOf: noted.id });
    expect(await library.saveImport({ ...importDraft(), fileName: 'again.html' })).toEqual({
      status: 'duplicate',
      id,
    });
    const before = await libraryRecords(db);
    const edited = importDraft({ blocks: [{ kind: 'paragraph', text: 'نص معدّل عن اليورانيوم.' }] });
    expect(await library.saveImport(edited)).toEqual({
      status: 'replaceable',
      id,
      title: importDraft().title,
      annotations: 2,
    });
    expect(await libraryRecords(db)).toEqual(before);
  });

  it('keeps both when asked, and never adds the same text twice', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const edited = importDraft({ blocks: [{ kind: 'paragraph', text: 'نسخة أخرى.' }] });
    const { id: second } = await library.importAsNew(edited);
    expect(second).not.toBe(id);
    expect(await library.importAsNew(edited)).toEqual({ id: second });
    expect(await db.documents.count()).toBe(2);
  });

  it('stores the draft NFC', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, paragraphsDraft('ا\u0654من الطاقة', ['نص.']));
    expect((await db.documents.get(id))!.draft.title).toBe('أمن الطاقة');
  });
});

describe('replacing a document', () => {
  it('re-anchors its annotations and reports how many stand and how many are orphaned', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const document = await library.loadDocument(id);
    await highlightIn(db, document, 'اليورانيوم');
    await highlightIn(db, document, 'الطاقة أمن قومي');
    const edited = importDraft({ blocks: [{ kind: 'paragraph', text: 'مقدمة. اليورانيوم مهم.' }] });
    expect(await library.replaceDocument(id, edited)).toEqual({ reanchored: 1, orphaned: 1 });
    expect((await library.loadDocument(id)).text).toContain('مقدمة. اليورانيوم مهم.');
  });

  it('refuses a bundled document', async () => {
    const { library } = await libraryOf();
    await expect(library.replaceDocument(SEED_ID, importDraft())).rejects.toBeInstanceOf(
      BundledDocumentError,
    );
  });
});

describe('deleting a document', () => {
  it('saves a backup of that document alone first, then removes it; undo brings identical records', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const other = await imported(library, paragraphsDraft('مقال آخر', ['نص آخر.']));
    await highlightIn(db, await library.loadDocument(id), 'اليورانيوم');
    await highlightIn(db, await library.loadDocument(other), 'نص');
    await highlightIn(db, seed, seed.blocks[2]!.text.slice(0, 12));
    await library.recordOpened(id);
    const before = await libraryRecords(db);

    const saved: string[] = [];
    const deleted = await library.deleteDocument(id, async (content) => {
      // Taken before anything is removed: the document is still there.
      expect(await db.documents.get(id)).toBeDefined();
      saved.push(content);
    });
    expect(saved).toHaveLength(1);
    const backup = parseBackup(saved[0]!, { documents: new Map() });
    expect(backup.ok && backup.documents.map((document) => document.id)).toEqual([id]);
    expect(backup.ok && backup.annotations.map((annotation) => annotation.documentId)).toEqual([id]);
    expect(await db.documents.get(id)).toBeUndefined();
    expect(await db.annotations.where('documentId').equals(id).count()).toBe(0);
    expect(await db.visits.get(id)).toBeUndefined();

    await library.undoDelete(deleted);
    expect(await libraryRecords(db)).toEqual(before);
  });

  it('saves a safety backup that restores the deleted document and its annotations', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    await imported(library, paragraphsDraft('مقال آخر', ['نص آخر.']));
    const document = await library.loadDocument(id);
    await highlightIn(db, document, 'اليورانيوم');
    await highlightIn(db, document, 'الطاقة أمن قومي');
    let safetyCopy = '';
    const deleted = await library.deleteDocument(id, async (content) => {
      safetyCopy = content;
    });

    const empty = await database();
    const preview = await previewRestore(safetyCopy, empty, new Map());
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    await applyRestore(preview.preview.plan, empty, { saveSafetyBackup: null });
    expect(await empty.documents.toArray()).toEqual([deleted.document]);
    expect(await empty.annotations.orderBy('id').toArray()).toEqual(
      [...deleted.annotations].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('changes nothing when the safety backup fails', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    await highlightIn(db, await library.loadDocument(id), 'اليورانيوم');
    await library.recordOpened(id);
    const before = await libraryRecords(db);
    const full = new Error('disk full');
    const failure = await library
      .deleteDocument(id, async () => {
        throw full;
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SafetyBackupError);
    expect((failure as SafetyBackupError).cause).toBe(full);
    expect(await libraryRecords(db)).toEqual(before);
  });

  it.each([
    ['a bundled document', SEED_ID, BundledDocumentError],
    ['a document not in the library', 'imported-gone', MissingDocumentError],
  ])('refuses %s without taking a backup', async (_name, id, refusal) => {
    const { library } = await libraryOf();
    const backup = vi.fn(async () => undefined);
    await expect(library.deleteDocument(id, backup)).rejects.toBeInstanceOf(refusal);
    expect(backup).not.toHaveBeenCalled();
  });
});

describe('the library’s cards', () => {
  it('show every document with its date added, last opening and counts, and follow changes', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const seen: LibraryEntry[][] = [];
    let wake = () => {};
    const stop = library.watchEntries(
      (entries) => {
        seen.push(entries);
        wake();
      },
      (error) => {
        throw error;
      },
    );
    const reach = async (check: (entries: LibraryEntry[]) => boolean) => {
      while (!seen.some(check)) await new Promise<void>((resolve) => (wake = resolve));
      return seen.find(check)!;
    };
    const first = await reach((entries) => entries.length === 2);
    expect(first.map((entry) => [entry.summary.id, entry.added, entry.lastOpened, entry.highlights])).toEqual(
      [
        [SEED_ID, null, null, 0],
        [id, (await db.documents.get(id))!.added, null, 0],
      ],
    );

    await highlightIn(db, await library.loadDocument(id), 'اليورانيوم', {
      note: { editorState: null, text: 'لماذا؟', markdown: 'لماذا؟' },
    });
    await highlightIn(db, seed, seed.blocks[2]!.text.slice(0, 12));
    await library.recordOpened(SEED_ID);
    const later = await reach((entries) => entries[0]!.lastOpened !== null && entries[1]!.notes === 1);
    expect(later.map((entry) => [entry.highlights, entry.notes])).toEqual([
      [1, 0],
      [1, 1],
    ]);
    stop();
  });
});

describe('the library’s titles (the reader’s "read also" links)', () => {
  it('follow imports and deletions, and stay quiet while annotations are written', async () => {
    const { library, db } = await libraryOf();
    const seen: string[][] = [];
    let wake = () => {};
    const stop = library.watchTitles(
      (titles) => {
        seen.push(titles.map(({ id, title }) => `${id}: ${title}`));
        wake();
      },
      (error) => {
        throw error;
      },
    );
    const reach = async (count: number) => {
      while (seen.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return seen[count - 1]!;
    };
    expect(await reach(1)).toEqual([`${SEED_ID}: ${seed.title}`]);

    const id = await imported(library, importDraft());
    expect(await reach(2)).toEqual([`${SEED_ID}: ${seed.title}`, `${id}: ${importDraft().title}`]);

    await highlightIn(db, seed, seed.blocks[2]!.text.slice(0, 12), {
      note: { editorState: null, text: 'لماذا؟', markdown: 'لماذا؟' },
    });
    await library.recordOpened(SEED_ID);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toHaveLength(2);

    await library.deleteDocument(id, async () => undefined);
    expect(await reach(3)).toEqual([`${SEED_ID}: ${seed.title}`]);
    stop();
  });
});

describe('exporting the whole library', () => {
  it('covers imported documents with their annotations, anchored on their own text', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const note = await highlightIn(db, await library.loadDocument(id), 'اليورانيوم مهم');
    const exported = await libraryAnnotations(library, db);
    expect(exported.map(({ document }) => document.manifest.id)).toEqual([SEED_ID, id]);
    const [, ofImported] = exported;
    expect(ofImported!.items.map((item) => [item.annotation.id, item.anchor.status])).toEqual([
      [note.id, 'anchored'],
    ]);
  });

  it('keeps only what the filter accepts: one reader’s annotations', async () => {
    const { library, db } = await libraryOf();
    const id = await imported(library, importDraft());
    const note = await highlightIn(db, await library.loadDocument(id), 'اليورانيوم مهم');
    const mine = await libraryAnnotations(library, db, (a) => a.author.id === note.author.id);
    const others = await libraryAnnotations(library, db, (a) => a.author.id !== note.author.id);
    expect(mine.flatMap(({ items }) => items.map((item) => item.annotation.id))).toEqual([note.id]);
    expect(others.flatMap(({ items }) => items)).toEqual([]);
  });
});
