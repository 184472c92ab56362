import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { anchorAll, selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import { createBackup } from '@shared/backup/backup-format';
import { documentFromDraft } from '@shared/document/imported-document';
import type { HamishDb } from '@renderer/storage/db';
import { putAnnotation } from '@renderer/storage/annotation-store';
import { addImportedDocument, getImportedDocument } from '@renderer/storage/document-store';
import { snapshotLibrary } from '@renderer/storage/library-snapshot';
import { applyRestore, previewRestore, type RestorePreview } from '@renderer/storage/restore-backup';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';

const database = testDatabases('hamish-restore-documents');
const ADDED = new Date('2026-03-01T10:00:00.000Z');
const BUNDLED = 'china-interests-kazakhstan-2022';
const library = new Map([[BUNDLED, 6_000]]);
const saveNothing = { saveSafetyBackup: null };

/* eslint-disable @typescript-eslint/no-explicit-any -- each case reaches into the JSON to break it on purpose */
/** A few of the hostile entries parse-backup refuses (tests/unit/shared/backup has them all), at the file level. */
const HOSTILE_DOCUMENTS: { name: string; breakIt: (document: any, all: any[]) => void; path: string }[] = [
  { name: 'a bundled document’s id', breakIt: (d) => (d.id = BUNDLED), path: 'hamish:documents[0].id' },
  {
    name: 'a block of kind "script"',
    breakIt: (d) => (d.draft.blocks[0].kind = 'script'),
    path: 'hamish:documents[0].draft.blocks[0].kind',
  },
  {
    name: 'a hash that is not the text’s',
    breakIt: (d) => (d.contentHash = '0123456789abcdef'),
    path: 'hamish:documents[0].contentHash',
  },
  {
    name: 'a document listed twice',
    breakIt: (d, all) => all.push(structuredClone(d)),
    path: 'hamish:documents[1].id',
  },
];
/* eslint-enable @typescript-eslint/no-explicit-any */

async function importInto(db: HamishDb, draft = importDraft()): Promise<string> {
  const outcome = await addImportedDocument(draft, { offerReplacing: false, now: ADDED }, db);
  return outcome.id;
}

/** Highlights of each quote in the stored document, as the reader makes them. */
async function highlights(db: HamishDb, id: string, quotes: string[]): Promise<Annotation[]> {
  const record = (await getImportedDocument(id, db))!;
  const document = documentFromDraft(id, record.draft, record.added);
  const made = quotes.map((quote) => {
    const start = document.text.indexOf(quote);
    return storedAnnotation(crypto.randomUUID(), id, start, {
      target: {
        source: document.versionId,
        selector: selectorsFor(document.text, start, start + quote.length),
      },
    });
  });
  for (const annotation of made) await putAnnotation(annotation, db);
  return made;
}

async function everything(db: HamishDb) {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

async function preview(content: string, db: HamishDb): Promise<RestorePreview> {
  const result = await previewRestore(content, db, library);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.preview;
}

describe('restoring imported documents', () => {
  it('brings documents back into an empty library with their annotations anchored on them', async () => {
    const source = await database();
    const id = await importInto(source);
    const made = await highlights(source, id, ['خطوط الأنابيب', 'اليورانيوم', 'Kazakhstan supplies']);
    const bundled = storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', BUNDLED, 10);
    await putAnnotation(bundled, source);
    const content = await snapshotLibrary(source);

    const target = await database();
    const restore = await preview(content, target);
    expect(restore.plan.documents).toMatchObject({ unchanged: 0, keptOwn: 0 });
    expect(restore.plan.documents.added.map((document) => document.id)).toEqual([id]);
    expect(restore.plan.added).toHaveLength(4);
    await applyRestore(restore.plan, target, saveNothing);

    expect(await getImportedDocument(id, target)).toEqual(await getImportedDocument(id, source));
    expect((await everything(target)).annotations).toEqual((await everything(source)).annotations);
    const record = (await getImportedDocument(id, target))!;
    const document = documentFromDraft(id, record.draft, record.added);
    const restored = await target.annotations.where('documentId').equals(id).toArray();
    const anchors = anchorAll(document.text, restored);
    expect(anchors.map((anchor) => anchor.status)).toEqual(['anchored', 'anchored', 'anchored']);
    expect(new Set(restored.map((a) => document.text.slice(a.start, a.target.selector[1].end)))).toEqual(
      new Set(made.map((a) => a.target.selector[0].exact)),
    );
  });

  it('restores an older backup, made before documents travelled, as before', async () => {
    const db = await database();
    const annotation = storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', BUNDLED, 10);
    const { 'hamish:documents': _, ...formatTwo } = {
      ...createBackup({
        annotations: [annotation],
        settings: { colorMeanings: {} },
        exportedAt: ADDED,
        appVersion: 't',
      }),
      hamishFormat: 2,
    };
    const restore = await preview(JSON.stringify(formatTwo), db);
    expect(restore.plan.documents).toEqual({ added: [], unchanged: 0, keptOwn: 0, refiled: new Map() });
    await applyRestore(restore.plan, db, saveNothing);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await db.documents.count()).toBe(0);
  });

  it.each(HOSTILE_DOCUMENTS)('refuses $name and writes nothing', async ({ breakIt, path }) => {
    const source = await database();
    const id = await importInto(source);
    await highlights(source, id, ['اليورانيوم']);
    const file = JSON.parse(await snapshotLibrary(source)) as { 'hamish:documents': unknown[] };
    breakIt(file['hamish:documents'][0], file['hamish:documents']);

    const db = await database();
    await importInto(db, paragraphsDraft('مستند قائم', ['نص قائم.']));
    const before = await everything(db);
    const result = await previewRestore(JSON.stringify(file), db, library);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ path });
    expect(await everything(db)).toEqual(before);
  });

  it('leaves a document the library holds with the same text as it is', async () => {
    const db = await database();
    const id = await importInto(db);
    const before = await getImportedDocument(id, db);
    const file = JSON.parse(await snapshotLibrary(db)) as {
      'hamish:documents': { draft: { siteName: string } }[];
    };
    file['hamish:documents'][0]!.draft.siteName = 'اسم آخر';
    const restore = await preview(JSON.stringify(file), db);
    expect(restore.plan.documents).toEqual({ added: [], unchanged: 1, keptOwn: 0, refiled: new Map() });
    await applyRestore(restore.plan, db, saveNothing);
    expect(await getImportedDocument(id, db)).toEqual(before);
  });

  it('keeps the library’s text of a document the backup holds with another, and brings its annotations', async () => {
    const older = await database();
    const id = await importInto(older);
    const [annotation] = await highlights(older, id, ['اليورانيوم']);
    const content = await snapshotLibrary(older);
    // The same document (the same id) whose text was replaced since the backup.
    const draft = paragraphsDraft('خطوط الأنابيب في آسيا الوسطى', [
      'مقدمة.',
      'ويقول المحللون إن اليورانيوم مهم.',
    ]);
    await older.documents.update(id, { draft, contentHash: documentFromDraft(id, draft, '').contentHash });
    await older.annotations.clear();
    const current = await getImportedDocument(id, older);

    const restore = await preview(content, older);
    expect(restore.plan.documents).toEqual({ added: [], unchanged: 0, keptOwn: 1, refiled: new Map() });
    await applyRestore(restore.plan, older, saveNothing);
    expect(await getImportedDocument(id, older)).toEqual(current);
    const [back] = await older.annotations.toArray();
    expect(back).toEqual(annotation);
    const text = documentFromDraft(id, draft, '').text;
    const [anchor] = anchorAll(text, [back!]);
    expect(text.slice(anchor!.start, anchor!.end)).toBe('اليورانيوم');
  });

  it('adds no second copy of a text the library holds under another id, and re-files its annotations', async () => {
    const other = await database();
    const theirs = await importInto(other);
    const [annotation] = await highlights(other, theirs, ['اليورانيوم']);
    const db = await database();
    const ours = await importInto(db);
    expect(ours).not.toBe(theirs);
    const record = (await getImportedDocument(ours, db))!;

    const restore = await preview(await snapshotLibrary(other), db);
    expect(restore.plan.documents).toEqual({
      added: [],
      unchanged: 0,
      keptOwn: 0,
      refiled: new Map([[theirs, ours]]),
    });
    await applyRestore(restore.plan, db, saveNothing);
    expect(await db.documents.toArray()).toEqual([record]);
    const document = documentFromDraft(ours, record.draft, record.added);
    const [back] = await db.annotations.toArray();
    expect(back).toEqual({
      ...annotation,
      documentId: ours,
      target: { ...annotation!.target, source: document.versionId },
    });
    const [anchor] = anchorAll(document.text, [back!]);
    expect(document.text.slice(anchor!.start, anchor!.end)).toBe('اليورانيوم');
  });

  it('writes documents and annotations in one transaction: a failed write leaves neither', async () => {
    const source = await database();
    const id = await importInto(source);
    await highlights(source, id, ['اليورانيوم']);
    const db = await database();
    const restore = await preview(await snapshotLibrary(source), db);
    const broken = {
      ...restore.plan,
      toWrite: [{ ...restore.plan.toWrite[0]!, id: undefined as unknown as string }],
    };
    await expect(applyRestore(broken, db, saveNothing)).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });
});
