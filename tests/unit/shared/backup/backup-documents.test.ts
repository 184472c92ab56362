import { describe, expect, it } from 'vitest';
import { selectorsFor } from '@shared/anchoring/anchor';
import { canonicalDraft, InvalidDraftError, storableDraft } from '@shared/backup/backup-documents';
import { createBackup, serializeBackup, type BackupFile } from '@shared/backup/backup-format';
import { parseBackup } from '@shared/backup/parse-backup';
import { planDocumentRestore, refileAnnotations } from '@shared/backup/restore-plan';
import { documentFromDraft, draftContentHash } from '@shared/document/imported-document';
import { storedAnnotation } from '../../../support/stored-annotation';
import { backupDocument, HOSTILE_DOCUMENTS, IMPORTED_ID, importDraft } from './document-backups';
import { collectionProblems } from './w3c-conformance';

const NOW = new Date('2026-05-01T00:00:00.000Z');
const uuids = () => {
  let next = 0;
  return () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;
};

/** An annotation of `quote` in the imported document's text. */
function annotationOf(quote: string, id = '6f1e0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b') {
  const document = documentFromDraft(IMPORTED_ID, importDraft(), '2026-03-01T10:00:00.000Z');
  const start = document.text.indexOf(quote);
  return storedAnnotation(id, IMPORTED_ID, start, {
    target: {
      source: document.versionId,
      selector: selectorsFor(document.text, start, start + quote.length),
    },
  });
}

function backupWith(
  documents = [backupDocument()],
  annotations = [annotationOf('خطوط الأنابيب')],
): BackupFile {
  return createBackup({
    annotations,
    documents,
    settings: { colorMeanings: {} },
    exportedAt: NOW,
    appVersion: 't',
    newUuid: uuids(),
  });
}

describe('backups carrying imported documents', () => {
  it('round-trip the documents exactly, each on a line of its own, in a conformant collection', () => {
    const backup = backupWith();
    const content = serializeBackup(backup);
    expect(JSON.parse(content)).toEqual(backup);
    const line = content.split('\n').find((candidate) => candidate.includes(`"id":"${IMPORTED_ID}"`))!;
    expect(JSON.parse(line.replace(/,$/, ''))).toEqual(backupDocument());
    expect(collectionProblems(JSON.parse(content) as Record<string, unknown>)).toEqual([]);
    const parsed = parseBackup(content, { documents: new Map() });
    expect(parsed.ok && parsed.documents).toEqual([backupDocument()]);
    expect(parsed.ok && parsed.annotations).toEqual([annotationOf('خطوط الأنابيب')]);
  });

  it('writes no bundled document and keeps only the fields a document is rebuilt from', () => {
    const stored = { ...backupDocument(), titleKey: 'x', fileName: 'y' };
    expect(backupWith([stored])['hamish:documents']).toEqual([backupDocument()]);
  });

  it('checks an annotation against the text the file carries for its document', () => {
    const annotation = annotationOf('الطاقة أمن قومي');
    const past = { ...annotation.target.selector[1], end: 100_000 };
    const broken = {
      ...annotation,
      target: { ...annotation.target, selector: [annotation.target.selector[0], past] },
    };
    const parsed = parseBackup(serializeBackup(backupWith(undefined, [broken as typeof annotation])), {
      documents: new Map(),
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({
      code: 'selector-out-of-range',
      path: 'first.items[0].target.selector[1].end',
    });
  });

  it('restores an older file without documents, and a format-3 or later file that omits them', () => {
    const { 'hamish:documents': _, ...withoutDocuments } = backupWith([]);
    const formats = [2, 3].map((hamishFormat) => ({ ...withoutDocuments, hamishFormat }));
    for (const file of [...formats, withoutDocuments]) {
      const parsed = parseBackup(JSON.stringify(file), { documents: new Map() });
      expect(parsed.ok && parsed.documents).toEqual([]);
      expect(parsed.ok && parsed.annotations).toHaveLength(1);
    }
  });

  it.each(HOSTILE_DOCUMENTS)('refuses $name ($code at $path)', ({ breakIt, code, path }) => {
    const file = structuredClone(backupWith()) as unknown as { 'hamish:documents': unknown[] };
    breakIt(file['hamish:documents'][0], file['hamish:documents']);
    const parsed = parseBackup(JSON.stringify(file), { documents: new Map() });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code, path });
  });

  it('refuses more documents than a library holds', () => {
    const documents = Array.from({ length: 10_001 }, (_, index) =>
      backupDocument({ id: `imported-${index}` }),
    );
    const parsed = parseBackup(serializeBackup(backupWith(documents, [])), { documents: new Map() });
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code: 'invalid-field', path: 'hamish:documents' });
  });
});

describe('storableDraft', () => {
  it('stores text NFC, so a draft typed decomposed lays out like the composed one', () => {
    const composed = importDraft({ title: 'أمن الطاقة' });
    const decomposed = importDraft({
      title: 'ا\u0654من الطاقة',
      blocks: composed.blocks.map((block) => ({ ...block, text: block.text.normalize('NFD') })),
    });
    expect(storableDraft(decomposed)).toEqual(composed);
    expect(draftContentHash(storableDraft(decomposed))).toBe(draftContentHash(composed));
  });

  it('drops fields it does not know and keeps the draft otherwise as it is', () => {
    const draft = { ...importDraft(), script: '<script>' } as ReturnType<typeof importDraft>;
    expect(storableDraft(draft)).toEqual(importDraft());
  });

  it('refuses a draft its own backup could not restore', () => {
    expect(() => storableDraft(importDraft({ language: 'not a tag' }))).toThrow(InvalidDraftError);
    expect(() => storableDraft(importDraft({ fileName: '' }))).toThrow(/fileName/);
  });

  it('leaves an already canonical draft equal to itself', () => {
    expect(canonicalDraft(importDraft())).toEqual(importDraft());
  });
});

describe('planDocumentRestore', () => {
  const incoming = backupDocument();
  const OURS = 'imported-ourcopy001';
  const none = new Map<string, string>();
  it.each([
    ['absent from the library: added', none, { added: [incoming], unchanged: 0, keptOwn: 0, refiled: none }],
    [
      'present with the same text: left alone',
      new Map([[IMPORTED_ID, incoming.contentHash]]),
      { added: [], unchanged: 1, keptOwn: 0, refiled: none },
    ],
    [
      'present with another text: the library’s stays',
      new Map([[IMPORTED_ID, 'ffffffffffffffff']]),
      { added: [], unchanged: 0, keptOwn: 1, refiled: none },
    ],
    [
      'whose text the library holds under another id: not added, re-filed onto it',
      new Map([[OURS, incoming.contentHash]]),
      { added: [], unchanged: 0, keptOwn: 0, refiled: new Map([[IMPORTED_ID, OURS]]) },
    ],
  ])('a document %s', (_name, existing, plan) => {
    expect(planDocumentRestore([incoming], existing)).toEqual(plan);
  });

  it('adds a text the backup holds twice once, and re-files the second onto the first', () => {
    const twin = backupDocument({ id: 'imported-twincopy01' });
    expect(planDocumentRestore([incoming, twin], none)).toEqual({
      added: [incoming],
      unchanged: 0,
      keptOwn: 0,
      refiled: new Map([[twin.id, IMPORTED_ID]]),
    });
  });
});

describe('refileAnnotations', () => {
  const OURS = 'imported-ourcopy001';
  const onTheirs = annotationOf('اليورانيوم');
  const elsewhere = storedAnnotation(
    '0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a',
    'china-interests-kazakhstan-2022',
    10,
  );

  it('moves the annotations of a re-filed document onto the library’s id and version, and no others', () => {
    const [moved, untouched] = refileAnnotations([onTheirs, elsewhere], new Map([[IMPORTED_ID, OURS]]));
    const hash = onTheirs.target.source.slice(`${IMPORTED_ID}@`.length);
    expect(moved).toEqual({
      ...onTheirs,
      documentId: OURS,
      target: { ...onTheirs.target, source: `${OURS}@${hash}` },
    });
    expect(untouched).toBe(elsewhere);
  });

  it('leaves every annotation as it is when nothing is re-filed', () => {
    expect(refileAnnotations([onTheirs], new Map())).toEqual([onTheirs]);
  });
});
