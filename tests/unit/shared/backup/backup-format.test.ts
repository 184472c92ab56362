import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, fromW3c, serializeBackup, toW3c, type BackupFile } from '@shared/backup/backup-format';
import type { Annotation } from '@shared/annotations/annotation-model';
import { parseBackup } from '@shared/backup/parse-backup';
import { annotationArbitrary } from '../../../support/annotation-arbitrary';
import { annotationProblems, collectionProblems } from './w3c-conformance';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases reach into the JSON to break it
type Loose = Record<string, any>;

const DOCS = ['doc-a', 'doc-b'];
const LENGTH = 6_000;
const documents = new Map(DOCS.map((id) => [id, LENGTH]));
const ids = () => {
  const queue = ['6f1e0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b', '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d'];
  return () => queue.shift()!;
};
const backupOf = (annotations: Parameters<typeof createBackup>[0]['annotations'], newUuid = ids()) =>
  createBackup({
    annotations,
    settings: { colorMeanings: {} },
    exportedAt: new Date('2026-12-01T08:00:00.000Z'),
    appVersion: '0.1.0',
    newUuid,
  });

describe('backup format 4', () => {
  it('writes a W3C AnnotationCollection whose embedded first page holds the annotations', () => {
    const [annotation] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 1, seed: 7 });
    const withNote = {
      ...annotation!,
      tags: ['الصين'],
      note: { editorState: '{}', text: 'n', markdown: '**n**' },
    };
    const backup = createBackup({
      annotations: [withNote],
      settings: { colorMeanings: { yellow: 'مهم' } },
      exportedAt: new Date('2024-01-02T03:04:05.000Z'),
      appVersion: '0.1.0',
      newUuid: ids(),
    });
    const { first, ...collection } = backup;
    expect(collection).toEqual({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { hamish: 'https://hamish.app/ns#' }],
      id: 'urn:uuid:6f1e0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      type: 'AnnotationCollection',
      label: 'Hamish backup 2024-01-02',
      hamishFormat: 4,
      generated: '2024-01-02T03:04:05.000Z',
      generator: { type: 'Software', name: 'Hamish', 'hamish:version': '0.1.0' },
      total: 1,
      'hamish:settings': { colorMeanings: { yellow: 'مهم' } },
      last: 'urn:uuid:7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
      'hamish:documents': [],
      'hamish:classroom': { readers: [], packs: [], answerFiles: [], marks: [] },
    });
    expect(first).toMatchObject({
      type: 'AnnotationPage',
      id: 'urn:uuid:7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
      partOf: 'urn:uuid:6f1e0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      startIndex: 0,
      items: [toW3c(withNote)],
    });
    expect(first.items[0]).toMatchObject({
      '@context': collection['@context'],
      id: `urn:uuid:${withNote.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: '**n**', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'الصين', purpose: 'tagging' },
      ],
      target: { source: `urn:hamish:${withNote.target.source}` },
      'hamish:color': withNote.color,
      'hamish:documentId': withNote.documentId,
      'hamish:note': { editorState: '{}', text: 'n' },
    });
  });

  it('gives each backup its own random urn:uuid ids by default', () => {
    const a = createBackup({
      annotations: [],
      settings: { colorMeanings: {} },
      exportedAt: new Date(0),
      appVersion: 't',
    });
    const b = createBackup({
      annotations: [],
      settings: { colorMeanings: {} },
      exportedAt: new Date(0),
      appVersion: 't',
    });
    const all = [a.id, a.first.id, b.id, b.first.id];
    expect(new Set(all).size).toBe(4);
    for (const id of all)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('conforms to the data model, and so does every annotation copied out on its own', () => {
    fc.assert(
      fc.property(fc.array(annotationArbitrary(DOCS, LENGTH), { maxLength: 8 }), (annotations) => {
        const file = JSON.parse(serializeBackup(backupOf(annotations))) as Record<string, unknown>;
        expect(collectionProblems(file)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, (backup: Loose) => void, string]>([
    ['a collection without an id', (b) => delete b.id, 'collection id is not an IRI'],
    [
      'annotations on the collection',
      (b) => ((b.items = b.first.items), delete b.first),
      'collection first is not an embedded page',
    ],
    ['a total that does not count', (b) => (b.total = 9), 'collection total does not count the items'],
    [
      'an annotation without @context',
      (b) => delete b.first.items[0]['@context'],
      'items[0]: @context lacks anno.jsonld',
    ],
    [
      'an upper-case annotation id',
      (b) => (b.first.items[0].id = b.first.items[0].id.toUpperCase()),
      'items[0]: id is not a lower-case urn:uuid',
    ],
    ['a creator id that is no IRI', (b) => (b.first.items[0].creator.id = 'mona'), 'items[0]: creator'],
  ])('the conformance check itself catches %s', (_, breakIt, problem) => {
    const [annotation] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 1, seed: 5 });
    const file = structuredClone(backupOf([annotation!])) as unknown as Loose;
    breakIt(file);
    expect(collectionProblems(file)).toContain(problem);
  });

  it('a highlight without note or tags is motivated by highlighting and has no body', () => {
    const [annotation] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 1, seed: 3 });
    const bare = { ...annotation!, tags: [], note: { editorState: null, text: '', markdown: '' } };
    const item = toW3c(bare);
    expect(item.motivation).toBe('highlighting');
    expect(item.body).toBeUndefined();
    expect(annotationProblems(item)).toEqual([]);
    expect(fromW3c(item)).toEqual(bare);
  });

  it('keeps a conflict copy’s link to the annotation it is a version of', () => {
    const [original, copy] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 2, seed: 6 }) as [
      Annotation,
      Annotation,
    ];
    const linked = { ...copy, conflictOf: original.id };
    expect(toW3c(linked)['hamish:conflictOf']).toBe(`urn:uuid:${original.id}`);
    const parsed = parseBackup(serializeBackup(backupOf([original, linked])), { documents });
    expect(parsed.ok && parsed.annotations).toEqual([original, linked]);
    expect('hamish:conflictOf' in toW3c(original)).toBe(false);
  });

  it('serializes the collection indented and each annotation on one line of its own', () => {
    const annotations = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 3, seed: 9 });
    const backup = backupOf(annotations);
    const content = serializeBackup(backup);
    expect(JSON.parse(content)).toEqual(backup);
    const lines = content.split('\n');
    for (const annotation of annotations) {
      const line = lines.find((candidate) => candidate.includes(`"urn:uuid:${annotation.id}"`))!;
      expect(JSON.parse(line.replace(/,$/, ''))).toEqual(toW3c(annotation));
    }
    expect(lines).toContain(' "type": "AnnotationCollection",');
  });

  it('serializes an empty library and settings that spell out the items key', () => {
    const tricky: BackupFile = {
      ...backupOf([]),
      'hamish:settings': { colorMeanings: { yellow: '"items": [] $& $1' } },
    };
    expect(JSON.parse(serializeBackup(tricky))).toEqual(tricky);
    const [annotation] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 1, seed: 4 });
    const withItems = { ...backupOf([annotation!]), 'hamish:settings': tricky['hamish:settings'] };
    expect(JSON.parse(serializeBackup(withItems))).toEqual(withItems);
  });

  it('round-trips any annotation through the file unchanged', () => {
    fc.assert(
      fc.property(fc.array(annotationArbitrary(DOCS, LENGTH), { maxLength: 20 }), (annotations) => {
        const unique = [...new Map(annotations.map((a) => [a.id, a])).values()];
        const content = serializeBackup(backupOf(unique));
        const parsed = parseBackup(content, { documents });
        expect(parsed).toEqual({
          ok: true,
          annotations: unique,
          settings: { colorMeanings: {} },
          documents: [],
          classroom: { readers: [], packs: [], answerFiles: [], marks: [] },
          sanitizedNotes: [],
        });
      }),
      { numRuns: 200 },
    );
  });
});
