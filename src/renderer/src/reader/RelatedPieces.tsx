import { useMemo } from 'react';
import type { RelatedPiece } from '@shared/document/document-model';
import { resolveRelated } from '@shared/document/related-titles';
import { useI18n } from '../i18n/I18nProvider';
import { useImports } from '../library/ImportProvider';
import { useDocumentLibrary } from '../library/LibraryProvider';
import { useOpenDocument } from '../library/open-document';
import { useLibraryTitles } from '../library/useLibrary';

/**
 * The source's "read also" list. A title that matches a library document (folded as find folds)
 * opens it; the others offer to import the piece. Live: importing one turns its entry into a link.
 */
export function RelatedPieces({ pieces, lang }: { pieces: RelatedPiece[]; lang: string }) {
  const { t } = useI18n();
  // Without the library (it could not be read) the titles stay plain: the article still reads.
  const titles = useLibraryTitles(useDocumentLibrary());
  const openDocument = useOpenDocument();
  const { chooseFiles } = useImports();
  const resolved = useMemo(
    () =>
      titles
        ? resolveRelated(
            pieces.map((piece) => piece.title),
            titles,
          )
        : pieces,
    [titles, pieces],
  );
  if (pieces.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('relatedTitle')}</h2>
      <p>{t('relatedNoteLibrary')}</p>
      <ul lang={lang} dir="auto">
        {resolved.map(({ title, documentId }) => (
          <li key={title}>
            {documentId === null ? (
              <>
                <span>{title}</span>{' '}
                <button
                  type="button"
                  className="link-button related-import"
                  aria-label={t('relatedImportLabel', { title })}
                  onClick={() => void chooseFiles()}
                >
                  {t('relatedImport')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="link-button related-link"
                data-document-id={documentId}
                onClick={() => openDocument(documentId)}
              >
                {title}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
