import { useCallback, useEffect, useState } from 'react';
import { parsePassageLink, type PassageTarget } from '@shared/links/passage-link';
import { usePlatform } from './platform/PlatformProvider';
import { StatusScreen } from './StatusScreen';
import { useAsync } from './useAsync';
import { AppHeader } from './AppHeader';
import { LibraryView } from './library/LibraryView';
import { ReaderScreen } from './reader/ReaderScreen';
import { useDailyBackup } from './export/useDailyBackup';

export function App() {
  const platform = usePlatform();
  const library = useAsync(() => platform.listDocuments(), platform);
  useDailyBackup(platform);
  const [target, setTarget] = useState<PassageTarget | null>(() => parsePassageLink(location.hash));
  const [chosen, setChosen] = useState<string | null>(target?.documentId || null);
  const [showLibrary, setShowLibrary] = useState(false);
  const openLibrary = useCallback(() => setShowLibrary(true), []);

  // Links from an exported Markdown file: hamish:// in the desktop app, #fragments in the browser edition.
  useEffect(
    () =>
      platform.onOpenLink((link) => {
        const next = parsePassageLink(link);
        if (!next) return;
        if (next.documentId) setChosen(next.documentId);
        setShowLibrary(false);
        setTarget(next);
      }),
    [platform],
  );

  if (library.status !== 'ready') {
    return <StatusScreen error={library.status === 'error' ? library.error : null} onLibrary={openLibrary} />;
  }
  const documentId = chosen ?? library.value[0]?.id ?? null;
  if (showLibrary || !documentId) {
    return (
      <>
        <AppHeader onLibrary={openLibrary} />
        <LibraryView
          documents={library.value}
          onOpen={(id) => {
            setChosen(id);
            setShowLibrary(false);
          }}
        />
      </>
    );
  }
  return <ReaderScreen key={documentId} documentId={documentId} onLibrary={openLibrary} target={target} />;
}
