import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, fromW3c, serializeBackup, toW3c } from '@shared/backup/backup-format';
import { parseBackup } from '@shared/backup/parse-backup';
import { annotationArbitrary } from '../../../support/annotation-arbitrary';

const DOCS = ['doc-a', 'doc-b'];
const LENGTH = 6_000;
const documents = new Map(DOCS.map((id) => [id, LENGTH]));

describe('backup format', () => {
  it('writes a W3C AnnotationCollection with Hamish fields prefixed', () => {
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
    });
    expect(backup).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { hamish: 'https://hamish.app/ns#' }],
      type: 'AnnotationCollection',
      hamishFormat: 1,
      generated: '2024-01-02T03:04:05.000Z',
      total: 1,
      'hamish:settings': { colorMeanings: { yellow: 'مهم' } },
    });
    expect(backup.items[0]).toMatchObject({
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

  it('a highlight without note or tags is motivated by highlighting and has no body', () => {
    const [annotation] = fc.sample(annotationArbitrary(DOCS, LENGTH), { numRuns: 1, seed: 3 });
    const bare = { ...annotation!, tags: [], note: { editorState: null, text: '', markdown: '' } };
    const item = toW3c(bare);
    expect(item.motivation).toBe('highlighting');
    expect(item.body).toBeUndefined();
    expect(fromW3c(item)).toEqual(bare);
  });

  it('round-trips any annotation through the file unchanged', () => {
    fc.assert(
      fc.property(fc.array(annotationArbitrary(DOCS, LENGTH), { maxLength: 20 }), (annotations) => {
        const unique = [...new Map(annotations.map((a) => [a.id, a])).values()];
        const content = serializeBackup(
          createBackup({
            annotations: unique,
            settings: { colorMeanings: {} },
            exportedAt: new Date(0),
            appVersion: 't',
          }),
        );
        const parsed = parseBackup(content, { documents });
        expect(parsed).toEqual({ ok: true, annotations: unique, settings: { colorMeanings: {} } });
      }),
      { numRuns: 200 },
    );
  });
});
