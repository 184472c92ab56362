import { forwardRef, memo, type ClipboardEvent, type MouseEvent } from 'react';
import { CHUNK_CLASS, chunkArticleBody } from '@shared/document/article-chunks';
import type { ArticleDocument, Block } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';
import { maskDiacritics, withoutHiddenMarks } from '../settings/diacritics';
import { useReadingSetting } from '../settings/reading-store';
import { formatPublication, sourceName } from './format-meta';

function BlockElement({
  block,
  timed = false,
  diacritics,
}: {
  block: Block;
  timed?: boolean;
  diacritics: boolean;
}) {
  const props = {
    'data-block-id': block.id,
    'data-start': block.start,
    id: `block-${block.id}`,
    // Set only where the block's language differs from the document's (an English quote in Arabic).
    ...(block.lang && { lang: block.lang }),
    ...(block.dir && { dir: block.dir }),
    // Element Timing: bench/pages/first-paint.ts reads when the reader first sees the article's text.
    ...(timed && { elementtiming: 'article-first-paragraph' }),
  };
  const text = diacritics ? block.text : maskDiacritics(block.text);
  if (block.kind === 'title') return <h1 {...props}>{text}</h1>;
  if (block.kind === 'heading') return <h2 {...props}>{text}</h2>;
  if (block.style === 'quote') return <blockquote {...props}>{text}</blockquote>;
  if (block.style === 'code') return <pre {...props}>{text}</pre>;
  if (block.style === 'list-item') {
    // The marker is drawn by CSS from the attribute, so the block keeps its one text node.
    return (
      <p {...props} className="list-item" data-marker={block.marker ?? '•'}>
        {text}
      </p>
    );
  }
  return <p {...props}>{text}</p>;
}

/** A copy carries what the reader sees: with the harakat hidden, the letters without their placeholders. */
function copyVisibleText(event: ClipboardEvent<HTMLElement>): void {
  const selected = window.getSelection()?.toString();
  if (!selected) return;
  event.preventDefault();
  event.clipboardData.setData('text/plain', withoutHiddenMarks(selected));
}

/** The skip link to the margin goes past its controls, straight to its first card when there is one. */
function skipToFirstCard(event: MouseEvent<HTMLAnchorElement>): void {
  const card = window.document.querySelector<HTMLElement>('#margin .annotation-card');
  if (!card) return;
  event.preventDefault();
  card.focus();
}

/**
 * Memoized: the reader re-renders with every save and selection, and thousands of blocks need not be
 * compared each time; the article changes with its document and reading settings alone.
 *
 * Each block holds exactly one text node, its text verbatim (or, with harakat hidden, masked to the same
 * length: settings/diacritics.ts): the DOM text map and the highlight painter rely on it, and nothing is
 * ever inserted into the article. The body's blocks sit in chunks (shared/document/article-chunks.ts), as
 * in the prerendered article (prerender/article-shell.ts), so React's replacement moves nothing.
 */
export const ArticleView = memo(
  forwardRef<HTMLElement, { document: ArticleDocument }>(function ArticleView({ document }, ref) {
    const { t, language } = useI18n();
    // Only the harakat change the text; a size switch is CSS alone and renders nothing here.
    const diacritics = useReadingSetting('diacritics');
    const [title, ...body] = document.blocks;
    const firstParagraph = body.find((block) => block.kind === 'paragraph');
    const { leading, chunks } = chunkArticleBody(body);
    const { manifest } = document;
    const blockElement = (block: Block) => (
      <BlockElement key={block.id} block={block} timed={block === firstParagraph} diacritics={diacritics} />
    );
    return (
      <>
        <article
          ref={ref}
          className="article"
          lang={manifest.language}
          dir={manifest.direction}
          data-reader-article
          data-document-version={document.versionId}
          aria-label={t('articleLabel')}
          tabIndex={0}
          id="article"
          onCopy={diacritics ? undefined : copyVisibleText}
        >
          {title && <BlockElement block={title} diacritics={diacritics} />}
          <p className="byline" lang={language} dir="auto">
            <span>{t('source', { name: sourceName(manifest.source, language) })}</span>
            {manifest.imported?.byline && manifest.imported.byline !== manifest.source.name && (
              <span dir="auto">{manifest.imported.byline}</span>
            )}
            {manifest.publication && (
              <span>{t('published', { date: formatPublication(manifest.publication, language) })}</span>
            )}
          </p>
          {leading.map(blockElement)}
          {chunks.map((chunk) => (
            <div key={chunk[0]!.id} className={CHUNK_CLASS}>
              {chunk.map(blockElement)}
            </div>
          ))}
        </article>
        <a className="skip-inline skip-to-margin" href="#margin-title" onClick={skipToFirstCard}>
          {t('skipToMargin')}
        </a>
      </>
    );
  }),
);
