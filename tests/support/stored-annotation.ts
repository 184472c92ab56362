import type { Annotation } from '@shared/annotations/annotation-model';

/** A stored annotation of the two-character quote "نص" at `start`; tests override what they care about. */
export function storedAnnotation(
  id: string,
  documentId: string,
  start: number,
  overrides: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    documentId,
    target: {
      source: `${documentId}@0000000000000000`,
      selector: [
        { type: 'TextQuoteSelector', exact: 'نص', prefix: 'قبل ', suffix: ' بعد' },
        { type: 'TextPositionSelector', start, end: start + 2 },
      ],
    },
    start,
    color: 'yellow',
    tags: [],
    note: { editorState: null, text: '', markdown: '' },
    author: { id: 'reader:default', name: 'Reader' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
    ...overrides,
  };
}
