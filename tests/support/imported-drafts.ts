/** Drafts as the importers make them, for the storage and backup tests of both tsc projects. */
import type { DraftBlock } from '@shared/document/document-model';
import type { ImportDraft } from '@shared/import/import-model';

/**
 * A saved Arabic web page as an importer drafts it: a heading, paragraphs, an English paragraph marked
 * as such, a list item and a quote, and a "read also" title.
 */
export function importDraft(overrides: Partial<ImportDraft> = {}): ImportDraft {
  return {
    format: 'html',
    fileName: 'خطوط-الأنابيب.html',
    title: 'خطوط الأنابيب في آسيا الوسطى',
    language: 'ar',
    direction: 'rtl',
    siteName: 'مجلة الطاقة',
    byline: 'سارة أحمد',
    publication: '2023-04',
    blocks: [
      { kind: 'paragraph', text: 'تسعى بكين إلى تأمين إمدادات الطاقة عبر خطوط الأنابيب.' },
      { kind: 'heading', text: 'اليورانيوم' },
      { kind: 'paragraph', text: 'ويقول المحللون إن اليورانيوم مهم لبرنامجها النووي.' },
      { kind: 'paragraph', text: 'Kazakhstan supplies much of it.', lang: 'en', dir: 'ltr' },
      { kind: 'paragraph', text: 'أكبر منتج في العالم', style: 'list-item', marker: '1.' },
      { kind: 'paragraph', text: 'الطاقة أمن قومي', style: 'quote' },
    ],
    related: ['مصالح الصين في كازاخستان'],
    ...overrides,
  };
}

/** A draft of a title and plain paragraphs. */
export function paragraphsDraft(
  title: string,
  paragraphs: readonly string[],
  fileName = 'notes.txt',
): ImportDraft {
  const blocks: DraftBlock[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return importDraft({ format: 'text', fileName, title, blocks, siteName: null, byline: null, related: [] });
}
