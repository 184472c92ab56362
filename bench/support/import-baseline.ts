import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { TEXT_ONLY_PROFILE } from '@renderer/library/import/sanitize-html';

/**
 * The bench's baseline for importing a web page: Readability and DOMPurify alone, on the main thread,
 * with the import's sanitizing profile, returning the sanitized HTML.
 */
export function extractBaseline(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const article = new Readability(document).parse();
  if (!article?.content) return '';
  return DOMPurify(window).sanitize(article.content, { ...TEXT_ONLY_PROFILE, RETURN_DOM: false });
}
