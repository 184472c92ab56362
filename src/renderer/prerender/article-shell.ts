import type { ArticleDocument, Block } from '@shared/document/document-model';
// A relative path: electron.vite.config.ts runs this file in Node, where the @shared alias does not resolve.
import { CHUNK_CLASS, chunkArticleBody } from '../../shared/document/article-chunks';
import { messages } from '../src/i18n/catalog';
import { formatMessage } from '../src/i18n/messages';
import { formatPublication, sourceName } from '../src/reader/format-meta';
import { SHELL_ID } from '../src/reader/prerendered-shell';
import type { UiLanguage } from '@shared/platform/platform-contract';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

function blockHtml(block: Block, timed: boolean): string {
  const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
  const timing = timed ? ' elementtiming="article-first-paragraph"' : '';
  return `<${tag} data-block-id="${block.id}"${timing}>${escape(block.text)}</${tag}>`;
}

function byline(document: ArticleDocument, language: UiLanguage): string {
  const { manifest } = document;
  const t = (key: 'source' | 'published', params: Record<string, string>) =>
    escape(formatMessage(language, messages[language][key], params));
  return (
    `<p class="byline only-${language}" lang="${language}" dir="auto">` +
    `<span>${t('source', { name: sourceName(manifest.source, language) })}</span>` +
    `<span>${t('published', { date: formatPublication(manifest.publication, language) })}</span></p>`
  );
}

/** A message in both interface languages; CSS shows the one <html lang> names. */
function bilingual(key: 'appName' | 'findOpen'): string {
  return (['ar', 'en'] as const)
    .map(
      (language) =>
        `<span class="only-${language}">${escape(formatMessage(language, messages[language][key]))}</span>`,
    )
    .join('');
}

/**
 * Static markup of the reader with the default article, written into index.html at build time so the
 * text paints before any script runs. It mirrors AppHeader and ArticleView's classes; both interface
 * languages are present and CSS shows the one <html lang> names (src/renderer/boot.js sets it).
 */
export function articleShellHtml(document: ArticleDocument): string {
  const [title, ...body] = document.blocks;
  const first = body.find((block) => block.kind === 'paragraph');
  const { leading, chunks } = chunkArticleBody(body);
  const blocksHtml = (blocks: Block[]) => blocks.map((block) => blockHtml(block, block === first)).join('');
  const { manifest } = document;
  const brand = bilingual('appName');
  return [
    `<div id="${SHELL_ID}" data-document="${escape(manifest.id)}" aria-hidden="true">`,
    `<header class="app-header"><p class="brand">${brand}</p><p class="header-title" dir="auto">${escape(document.title)}</p></header>`,
    '<main class="reader-layout"><div class="article-column">',
    // The find button's row, which React's article column has above the article: without it the text moves.
    `<div class="find-row"><span class="button find-open"><span aria-hidden="true">⌕</span> ${bilingual('findOpen')}</span></div>`,
    `<article class="article" lang="${escape(manifest.language)}" dir="${manifest.direction}">`,
    title ? blockHtml(title, false) : '',
    byline(document, 'ar'),
    byline(document, 'en'),
    blocksHtml(leading),
    // The same chunks as ArticleView's, so React's article replaces this one without moving a line.
    ...chunks.map((chunk) => `<div class="${CHUNK_CLASS}">${blocksHtml(chunk)}</div>`),
    '</article></div><aside class="margin"></aside></main></div>',
  ].join('');
}
