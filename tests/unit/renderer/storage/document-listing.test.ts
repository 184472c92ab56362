import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { layoutBlocks } from '@shared/document/layout-blocks';
import { addImportedDocument, listImportedDocuments } from '@renderer/storage/document-store';
import { testDatabases } from '../../../support/test-db';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';

// The real layout, watched: listing the library must not lay out any document's text.
vi.mock('@shared/document/layout-blocks', async (actual) => {
  const real = await actual<typeof import('@shared/document/layout-blocks')>();
  return { ...real, layoutBlocks: vi.fn(real.layoutBlocks) };
});

const database = testDatabases('hamish-listing');

describe('listing imported documents', () => {
  it('reads their manifests without laying out their text', async () => {
    const db = await database();
    for (const draft of [importDraft(), paragraphsDraft('مقال ثان', ['نص ثان.'])]) {
      await addImportedDocument(draft, { offerReplacing: false }, db);
    }
    vi.mocked(layoutBlocks).mockClear();
    const listed = await listImportedDocuments(db);
    expect(listed.map((listing) => listing.summary.title)).toEqual([importDraft().title, 'مقال ثان']);
    expect(layoutBlocks).not.toHaveBeenCalled();
  });
});
