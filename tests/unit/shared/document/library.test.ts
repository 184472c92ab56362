import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentManifest } from '@shared/document/document-model';
import { buildDocument, parseLibraryIndex, parseManifest, summarize } from '@shared/document/library';
import { parseArticle } from '@shared/document/parse-article';

const library = resolve(import.meta.dirname, '../../../../resources/library');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(library, name), 'utf8'));
const SEED_ID = 'china-interests-kazakhstan-2022';

const validManifest = (): DocumentManifest => ({
  id: 'river-deltas',
  file: 'river-deltas.en.txt',
  title: 'Why River Deltas Are Sinking',
  language: 'en',
  direction: 'ltr',
  source: { name: 'Example Weekly' },
  publication: '2023-05-02',
  related: ['The Nile delta after Aswan'],
});

describe('parseLibraryIndex', () => {
  it('reads the bundled index', () => {
    expect(parseLibraryIndex(readJson('index.json'))).toEqual([SEED_ID]);
  });

  it('accepts an empty library', () => {
    expect(parseLibraryIndex({ documents: [] })).toEqual([]);
  });

  it.each([
    ['null', null, /\(root\): must be an object/],
    ['an array', [SEED_ID], /\(root\): must be an object/],
    ['a missing list', {}, /documents: is missing/],
    ['a string list', { documents: SEED_ID }, /documents: must be an array/],
    ['a number id', { documents: [42] }, /documents\[0\]: must be a string/],
    ['a path-like id', { documents: ['ok', '../secrets'] }, /documents\[1\]: must be a lowercase slug/],
    ['an uppercase id', { documents: ['Seed'] }, /documents\[0\]: must be a lowercase slug/],
    ['an empty id', { documents: [''] }, /documents\[0\]: must be a lowercase slug/],
    ['a repeated id', { documents: ['a', 'a'] }, /documents: must not list an id twice/],
  ])('rejects %s, naming the field', (_name, json, message) => {
    expect(() => parseLibraryIndex(json)).toThrow(message);
  });
});

describe('parseManifest', () => {
  it('reads the bundled manifest', () => {
    const manifest = parseManifest(readJson(`${SEED_ID}.json`));
    expect(manifest).toMatchObject({
      id: SEED_ID,
      file: `${SEED_ID}.ar.txt`,
      language: 'ar',
      direction: 'rtl',
      source: { name: 'مجلة أمناي', nameEn: 'Amnay Magazine' },
      publication: '2022-01',
    });
    expect(manifest.related).toHaveLength(5);
  });

  it('accepts a manifest without an English source name', () => {
    expect(parseManifest(validManifest())).toEqual(validManifest());
  });

  it.each<[string, (manifest: Record<string, unknown>) => void, RegExp]>([
    ['a path-like id', (m) => (m.id = '../etc'), /id: must be a lowercase slug/],
    ['an id with a slash', (m) => (m.id = 'a/b'), /id: must be a lowercase slug/],
    ['a numeric id', (m) => (m.id = 7), /id: must be a string/],
    ['a file in a folder', (m) => (m.file = 'sub/article.txt'), /file: must be a plain file name/],
    ['a file with a backslash', (m) => (m.file = 'sub\\article.txt'), /file: must be a plain file name/],
    ['a parent-folder file', (m) => (m.file = '..'), /file: must be a plain file name/],
    ['a file name with ".."', (m) => (m.file = 'a..txt'), /file: must not contain "\.\."/],
    ['an absolute file', (m) => (m.file = '/etc/passwd'), /file: must be a plain file name/],
    ['a hidden file', (m) => (m.file = '.env'), /file: must be a plain file name/],
    ['a missing file', (m) => delete m.file, /file: is missing/],
    ['an empty title', (m) => (m.title = '   '), /title: must not be empty/],
    ['a bad language', (m) => (m.language = 'Arabic'), /language: must be a language tag/],
    ['a bad direction', (m) => (m.direction = 'auto'), /direction: must be "rtl" or "ltr"/],
    ['a source string', (m) => (m.source = 'Example Weekly'), /source: must be an object/],
    ['a source without name', (m) => (m.source = { nameEn: 'x' }), /source\.name: is missing/],
    ['a bad publication date', (m) => (m.publication = 'January 2022'), /publication: must be a date/],
    ['related as a string', (m) => (m.related = 'a title'), /related: must be an array/],
    ['a related number', (m) => (m.related = ['ok', 3]), /related\[1\]: must be a string/],
  ])('rejects %s, naming the field', (_name, spoil, message) => {
    const manifest: Record<string, unknown> = { ...validManifest() };
    spoil(manifest);
    expect(() => parseManifest(manifest)).toThrow(message);
    expect(() => parseManifest(manifest)).toThrow(/^Invalid document manifest: /);
  });

  it.each([null, 'manifest', 3, []])('rejects %j as a whole', (json) => {
    expect(() => parseManifest(json)).toThrow(/\(root\): must be an object/);
  });
});

describe('buildDocument', () => {
  const manifest = parseManifest(readJson(`${SEED_ID}.json`));
  const raw = readFileSync(resolve(library, manifest.file), 'utf8');

  it('joins the parsed article to its manifest under a versioned id', () => {
    const document = buildDocument(manifest, raw);
    expect(document).toMatchObject(parseArticle(raw));
    expect(document.manifest).toBe(manifest);
    expect(document.versionId).toBe(`${SEED_ID}@${document.contentHash}`);
    expect(document.related.map((piece) => piece.title)).toEqual(manifest.related);
    expect(document.title).toBe(manifest.title);
  });

  it('changes the version id when the text changes', () => {
    const edited = buildDocument(manifest, raw.replace('بنسبة 22', 'بنسبة 23'));
    expect(edited.versionId).not.toBe(buildDocument(manifest, raw).versionId);
    expect(edited.versionId.startsWith(`${SEED_ID}@`)).toBe(true);
  });
});

describe('summarize', () => {
  it('keeps only what a library list shows', () => {
    const manifest = { ...validManifest(), source: { name: 'مجلة أمناي', nameEn: 'Amnay Magazine' } };
    expect(summarize(manifest)).toEqual({
      id: 'river-deltas',
      title: 'Why River Deltas Are Sinking',
      language: 'en',
      direction: 'ltr',
      source: { name: 'مجلة أمناي', nameEn: 'Amnay Magazine' },
      publication: '2023-05-02',
    });
  });
});
