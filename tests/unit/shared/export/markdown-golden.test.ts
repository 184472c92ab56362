import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocumentMarkdown } from '@shared/export/markdown-export';
import { loadSeedDocument } from '../../../support/seed-document';
import { anchoredFor, GOLDEN_EXPORTED_AT, GOLDEN_READER, seedAnnotations } from './seed-annotations';

const GOLDEN = new URL('../../../fixtures/export/china-interests-golden.md', import.meta.url);

describe('Markdown export of the bundled article (golden file)', () => {
  it('matches the committed export; UPDATE_GOLDEN=1 rewrites it', () => {
    const document = loadSeedDocument();
    const annotations = seedAnnotations(document);
    const markdown = exportDocumentMarkdown({
      document,
      items: anchoredFor(document, annotations),
      colorMeanings: { yellow: 'فكرة رئيسية', pink: 'مصطلح *مهم*' },
      readerName: GOLDEN_READER.name,
      exportedAt: GOLDEN_EXPORTED_AT,
      language: 'ar',
      options: { scope: 'all', includeOrphans: true },
    });
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
