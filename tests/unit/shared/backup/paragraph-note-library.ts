import { readFileSync } from 'node:fs';
import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';

/**
 * A paragraph-length note (about 600 characters of Arabic with a bold and an italic phrase) exactly as the
 * note editor stores it: Lexical state, plain text and Markdown, written by `noteFromMarkdown`. The
 * renderer's restore test checks that the editor still writes this.
 */
export const PARAGRAPH_NOTE_FIXTURE = 'tests/fixtures/backup/paragraph-note.json';

export function paragraphNote(): NoteBody {
  return JSON.parse(readFileSync(PARAGRAPH_NOTE_FIXTURE, 'utf8')) as NoteBody;
}

const QUOTE = 'هنأ الزعيم الصيني نظيره الكازاخستاني على فوزه في الانتخابات الرئاسية المبكرة';

/** `count` annotations of one document, each a sentence-long highlight with a tag and the paragraph note. */
export function paragraphNoteLibrary(count: number, note: NoteBody = paragraphNote()): Annotation[] {
  return Array.from({ length: count }, (_, index) => {
    const start = index * 100;
    const hex = index.toString(16).padStart(12, '0');
    return {
      id: `00000000-0000-4000-8000-${hex}`,
      documentId: 'kazakhstan-china',
      target: {
        source: 'kazakhstan-china@9f86d081884c7d65',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: QUOTE,
            prefix: 'في الأسبوع الماضي، وبعد ساعات من ',
            suffix: '، وأكد أن العلاقات بين البلدين ',
          },
          { type: 'TextPositionSelector', start, end: start + QUOTE.length },
        ],
      },
      start,
      color: 'yellow',
      tags: ['الصين'],
      note,
      author: { id: 'reader:default', name: 'Reader' },
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-02T10:15:00.000Z',
      schemaVersion: 1,
    };
  });
}
