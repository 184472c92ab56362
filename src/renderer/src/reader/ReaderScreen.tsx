import { useEffect } from 'react';
import { openAnnotationFeed } from '../storage/annotation-feed';
import { useDocumentLibrary } from '../library/LibraryProvider';
import { StatusScreen } from '../StatusScreen';
import { useAsync } from '../useAsync';
import { AppHeader } from '../AppHeader';
import { AnnouncerProvider } from '../margin/Announcer';
import { SaveStatusProvider } from '../margin/save-status';
import { Reader } from './Reader';
import type { PassageTarget } from '@shared/links/passage-link';

export function ReaderScreen({
  documentId,
  onLibrary,
  target,
}: {
  documentId: string;
  onLibrary: () => void;
  target: PassageTarget | null;
}) {
  const library = useDocumentLibrary();
  const loaded = useAsync(() => library.loadDocument(documentId), documentId);
  // Read the annotations while the document loads and lays out, not after.
  useEffect(() => openAnnotationFeed(documentId), [documentId]);
  useEffect(() => {
    if (loaded.status === 'ready') void library.recordOpened(documentId);
  }, [documentId, library, loaded.status]);

  if (loaded.status !== 'ready') {
    return <StatusScreen error={loaded.status === 'error' ? loaded.error : null} onLibrary={onLibrary} />;
  }
  const document = loaded.value;
  return (
    <AnnouncerProvider>
      <SaveStatusProvider>
        <AppHeader title={document.title} onLibrary={onLibrary} />
        <Reader document={document} target={target} />
      </SaveStatusProvider>
    </AnnouncerProvider>
  );
}
