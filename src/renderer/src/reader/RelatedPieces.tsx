import type { RelatedPiece } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';

export function RelatedPieces({ pieces, lang }: { pieces: RelatedPiece[]; lang: string }) {
  const { t } = useI18n();
  if (pieces.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('relatedTitle')}</h2>
      <p>{t('relatedNote')}</p>
      <ul lang={lang} dir="auto">
        {pieces.map((piece) => (
          <li key={piece.title}>
            {piece.title}
            {!piece.included && (
              <span className="not-included">
                <span className="visually-hidden"> — </span>
                {t('notIncluded')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
