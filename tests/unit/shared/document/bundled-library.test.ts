import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, parseLibraryIndex, parseManifest } from '@shared/document/library';

const LIBRARY = new URL('../../../../resources/library/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, LIBRARY), 'utf8');

describe('every document in resources/library', () => {
  const ids = parseLibraryIndex(JSON.parse(read('index.json')));

  it('lists at least the seed article', () => {
    expect(ids).toContain('china-interests-kazakhstan-2022');
  });

  it.each(ids)('%s has a valid manifest whose text parses into a titled article with body', (id) => {
    const manifest = parseManifest(JSON.parse(read(`${id}.json`)));
    expect(manifest.id).toBe(id);
    const document = buildDocument(manifest, read(manifest.file));
    expect(document.title).toBe(manifest.title);
    expect(document.blocks.some((block) => block.kind === 'paragraph')).toBe(true);
    expect(document.related.map((piece) => piece.title)).toEqual(manifest.related);
  });
});
