import { describe, expect, it } from 'vitest';
import { documentFromDraft, manifestFromDraft } from '@shared/document/imported-document';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';

const ADDED = '2026-03-01T10:00:00.000Z';

describe('manifestFromDraft', () => {
  it.each([
    ['a web page with a site, a byline and related titles', importDraft()],
    ['a text file with none of them', paragraphsDraft('ملاحظات', ['نص.'])],
    ['a legacy-encoded file', { ...paragraphsDraft('ملاحظات', ['نص.']), encoding: 'windows-1256' }],
  ])('is the manifest documentFromDraft builds, for %s', (_, draft) => {
    expect(manifestFromDraft('imported-abc', draft, ADDED)).toEqual(
      documentFromDraft('imported-abc', draft, ADDED).manifest,
    );
  });
});
