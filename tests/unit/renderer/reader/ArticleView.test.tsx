import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CHUNK_BLOCKS, CHUNK_CLASS } from '@shared/document/article-chunks';
import type { ArticleDocument, DraftBlock } from '@shared/document/document-model';
import { layoutBlocks } from '@shared/document/layout-blocks';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { ArticleView } from '@renderer/reader/ArticleView';
import { articleShellHtml } from '../../../../src/renderer/prerender/article-shell';
import { loadSeedDocument } from '../../../support/seed-document';

// The store's hook has no server snapshot; the article only needs the default settings from it.
vi.mock('@renderer/settings/reading-store', async () => {
  const { parseReadingSettings } = await import('@renderer/settings/reading-settings');
  const defaults = parseReadingSettings(null);
  return { useReadingSetting: (key: keyof typeof defaults) => defaults[key] };
});

const render = (document: ArticleDocument) =>
  renderToStaticMarkup(
    <I18nProvider>
      <ArticleView document={document} />
    </I18nProvider>,
  );

/** The <article>'s outline: chunks opening and closing, and each block's id, in document order. */
const outline = (html: string): string[] =>
  [
    ...html
      .slice(html.indexOf('<article'), html.indexOf('</article>'))
      .matchAll(new RegExp(`<div class="${CHUNK_CLASS}">|</div>|data-block-id="([^"]+)"`, 'g')),
  ].map(([match, id]) => id ?? match);

/** A long article whose body opens with a heading and has a heading where a chunk would begin. */
function longDocument(): ArticleDocument {
  const seed = loadSeedDocument();
  const paragraph = (n: number): DraftBlock => ({ kind: 'paragraph', text: `فقرة رقم ${n} من المقال.` });
  const body: DraftBlock[] = [
    { kind: 'heading', text: 'مدخل' },
    ...Array.from({ length: CHUNK_BLOCKS }, (_, n) => paragraph(n)),
    { kind: 'heading', text: 'فصل ثان' },
    ...Array.from({ length: CHUNK_BLOCKS + 3 }, (_, n) => paragraph(CHUNK_BLOCKS + n)),
  ];
  return { ...seed, blocks: layoutBlocks(seed.title, body).blocks };
}

describe('ArticleView', () => {
  it.each([
    { name: 'the seed article', document: loadSeedDocument() },
    { name: 'a long article with headings', document: longDocument() },
  ])('puts $name in the same chunks as the prerendered article', ({ document }) => {
    const view = outline(render(document));
    expect(view).toEqual(outline(articleShellHtml(document)));
    expect(view.filter((entry) => entry !== '</div>' && !entry.startsWith('<'))).toEqual(
      document.blocks.map((block) => block.id),
    );
  });

  it('keeps the title, the byline and the leading heading out of the chunks', () => {
    const html = render(longDocument());
    const firstChunk = html.indexOf(`<div class="${CHUNK_CLASS}">`);
    for (const before of ['data-block-id="title"', 'class="byline"', 'data-block-id="h-1"'])
      expect(html.indexOf(before)).toBeLessThan(firstChunk);
    expect(html).toContain(`<h2 data-block-id="h-2"`);
    expect(html.indexOf('data-block-id="h-2"')).toBeGreaterThan(firstChunk);
  });

  it('gives each block one text node, its text verbatim', () => {
    const document = longDocument();
    const html = render(document);
    for (const block of document.blocks) {
      const match = html.match(new RegExp(`data-block-id="${block.id}"[^>]*>([^<]*)</`));
      expect(match?.[1]).toBe(block.text);
    }
  });
});
