import { forwardRef } from 'react';
import type { ArticleDocument, Block } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';
import { formatPublication, sourceName } from './format-meta';

function BlockElement({ block, timed = false }: { block: Block; timed?: boolean }) {
  const props = {
    'data-block-id': block.id,
    'data-start': block.start,
    id: `block-${block.id}`,
    // Element Timing: bench/pages/first-paint.ts reads when the reader first sees the article's text.
    ...(timed && { elementtiming: 'article-first-paragraph' }),
  };
  if (block.kind === 'title') return <h1 {...props}>{block.text}</h1>;
  if (block.kind === 'heading') return <h2 {...props}>{block.text}</h2>;
  return <p {...props}>{block.text}</p>;
}

/**
 * Each block holds exactly one text node, its text verbatim: the DOM text map and the highlight
 * painter rely on it, and nothing is ever inserted into the article.
 */
export const ArticleView = forwardRef<HTMLElement, { document: ArticleDocument }>(function ArticleView(
  { document },
  ref,
) {
  const { t, language } = useI18n();
  const [title, ...body] = document.blocks;
  const firstParagraph = body.find((block) => block.kind === 'paragraph');
  const { manifest } = document;
  return (
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
    >
      {title && <BlockElement block={title} />}
      <p className="byline" lang={language} dir="auto">
        <span>{t('source', { name: sourceName(manifest.source, language) })}</span>
        <span>{t('published', { date: formatPublication(manifest.publication, language) })}</span>
      </p>
      {body.map((block) => (
        <BlockElement key={block.id} block={block} timed={block === firstParagraph} />
      ))}
    </article>
  );
});
