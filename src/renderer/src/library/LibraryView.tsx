import type { DocumentSummary } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';
import { formatPublication, sourceName } from '../reader/format-meta';
import { useDismissPrerenderedShell } from '../reader/prerendered-shell';

export function LibraryView({
  documents,
  onOpen,
}: {
  documents: DocumentSummary[];
  onOpen: (id: string) => void;
}) {
  const { t, language } = useI18n();
  useDismissPrerenderedShell();
  return (
    <main className="library" id="main">
      <h1>{t('libraryTitle')}</h1>
      <p>{t('libraryIntro')}</p>
      <p className="dialog-note">{t('documentCount', { count: documents.length })}</p>
      <ul className="library-list">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className="library-card"
              onClick={() => onOpen(doc.id)}
              aria-label={t('openDocument', { title: doc.title })}
            >
              <span className="card-title" lang={doc.language} dir={doc.direction}>
                {doc.title}
              </span>
              <span className="card-meta">
                {sourceName(doc.source, language)} · {formatPublication(doc.publication, language)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
