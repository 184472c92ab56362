import { readFileSync } from 'node:fs';
import type { ArticleDocument } from '@shared/document/document-model';
import { buildDocument, parseManifest } from '@shared/document/library';

const LIBRARY = new URL('../../resources/library/', import.meta.url);
export const SEED_ID = 'china-interests-kazakhstan-2022';

/** The bundled article, built the way the app builds it. */
export function loadSeedDocument(): ArticleDocument {
  const manifest = parseManifest(JSON.parse(readFileSync(new URL(`${SEED_ID}.json`, LIBRARY), 'utf8')));
  return buildDocument(manifest, readFileSync(new URL(manifest.file, LIBRARY), 'utf8'));
}
