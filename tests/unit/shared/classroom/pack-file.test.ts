import { describe, expect, it } from 'vitest';
import { ANNOTATION_IRI_PREFIX, BACKUP_CONTEXT, SOURCE_IRI_PREFIX } from '@shared/backup/backup-format';
import { storableDraft } from '@shared/backup/backup-documents';
import { PACK_FORMAT_VERSION, type ReadingPack } from '@shared/classroom/classroom-model';
import { draftFromArticle, serializePack } from '@shared/classroom/pack-file';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import { draftContentHash, documentFromDraft } from '@shared/document/imported-document';
import { loadSeedDocument } from '../../../support/seed-document';
import { lessonDocument, lessonPack, NOW, passage, TEACHER, uuid } from '../../../support/class-fixtures';

const bytes = (text: string) => new TextEncoder().encode(text);

function seedPack(): ReadingPack {
  const document = loadSeedDocument();
  return {
    packId: 'b0000000-0000-4000-8000-00000000000b',
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:30:00.000Z',
    teacher: TEACHER,
    instructions: '',
    due: null,
    colorMeanings: {},
    document: { id: document.manifest.id, draft: draftFromArticle(document) },
    guide: [
      {
        id: uuid(1),
        target: passage(document, 'ثورة ملونة'),
        color: 'pink',
        modified: '2024-03-01T09:00:00.000Z',
      },
    ],
    questions: [
      {
        id: uuid(2),
        target: passage(document, 'شركة Cameco'),
        prompt: 'ما هي شركة Cameco؟',
        choices: [],
        modified: '2024-03-01T09:00:00.000Z',
      },
    ],
  };
}

describe('draftFromArticle', () => {
  it('gives the bundled article a draft that lays out to its own text and hash', () => {
    const document = loadSeedDocument();
    const draft = draftFromArticle(document);
    expect(draftContentHash(draft)).toBe(document.contentHash);
    expect(documentFromDraft(document.manifest.id, draft, NOW.toISOString()).text).toBe(document.text);
    // A pack's document must pass the same gate a stored import does.
    expect(storableDraft(draft)).toEqual(draft);
    expect(draft).toMatchObject({ title: document.title, language: 'ar', direction: 'rtl', format: 'text' });
  });

  it('gives an imported document back the draft it was laid out from', () => {
    const document = lessonDocument();
    const draft = draftFromArticle(document);
    expect(draftContentHash(draft)).toBe(document.contentHash);
    expect(draft.blocks.find((block) => block.lang === 'en')).toMatchObject({ dir: 'ltr' });
    expect(draft).toMatchObject({
      format: 'markdown',
      fileName: 'lesson.md',
      byline: 'مدرسة النور',
      siteName: null,
    });
  });
});

describe('serializePack', () => {
  it.each([
    ['a pack of the bundled article', seedPack],
    ['a pack of an imported lesson', () => lessonPack(lessonDocument())],
  ])('round-trips %s through parseClassFile', (_, make) => {
    const pack = make();
    const parsed = parseClassFile(bytes(serializePack(pack)), { now: NOW });
    expect(parsed).toEqual({ ok: true, kind: 'pack', pack });
  });

  it('writes a W3C-flavoured document: context, IRIs, guide and questions as annotations', () => {
    const pack = lessonPack(lessonDocument());
    const file = JSON.parse(serializePack(pack));
    expect(file).toMatchObject({
      '@context': JSON.parse(JSON.stringify(BACKUP_CONTEXT)),
      id: ANNOTATION_IRI_PREFIX + pack.packId,
      type: 'hamish:ReadingPack',
      hamishFormat: 'reading-pack',
      formatVersion: PACK_FORMAT_VERSION,
      creator: { id: TEACHER.id, type: 'Person', name: TEACHER.name },
      due: '2024-10-05',
    });
    expect(file.guide[0]).toMatchObject({
      id: ANNOTATION_IRI_PREFIX + pack.guide[0]!.id,
      type: 'Annotation',
      motivation: 'highlighting',
      'hamish:color': 'yellow',
      target: { source: SOURCE_IRI_PREFIX + pack.guide[0]!.target.source },
    });
    expect(file.guide[0].target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(file.questions[2]).toMatchObject({
      motivation: 'questioning',
      body: [{ type: 'TextualBody', value: 'ماذا تبني البلدية؟', purpose: 'questioning' }],
      'hamish:choices': ['سدودا', 'خزانات', 'آبارا'],
    });
  });

  it('writes the same bytes whatever order the objects were built in, indented', () => {
    const pack = lessonPack(lessonDocument());
    const reordered: ReadingPack = JSON.parse(JSON.stringify(pack), (_, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(pack)[0]);
    expect(serializePack(reordered)).toBe(serializePack(pack));
    expect(serializePack(pack)).toContain('\n  "type": "hamish:ReadingPack",\n');
    expect(Object.keys(JSON.parse(serializePack(pack)).colorMeanings)).toEqual(['yellow', 'green']);
  });
});
