import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { parsePassageLink, type PassageTarget } from '@shared/links/passage-link';
import { usePlatform } from './platform/PlatformProvider';
import { flushEdits } from './storage/edit-sessions';
import { StatusScreen } from './StatusScreen';
import { useAsync } from './useAsync';
import { AppHeader } from './AppHeader';
import { LibraryView } from './library/LibraryView';
import { useDocumentLibrary } from './library/LibraryProvider';
import { useImports } from './library/ImportProvider';
import { ImportPanel } from './library/ImportPanel';
import { DropZone } from './library/DropZone';
import { OpenDocumentContext } from './library/open-document';
import { ReaderScreen } from './reader/ReaderScreen';
import { useDailyBackup } from './export/useDailyBackup';
import { backupFailureReason } from './export/backup-failure-reason';
import { useI18n } from './i18n/I18nProvider';

/** A short message over whatever screen is shown; it never takes the focus from the reader. */
function AppNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="toast">
      <p role="alert">{message}</p>
      <button type="button" className="button" onClick={onDismiss}>
        {t('dismissNotice')}
      </button>
    </div>
  );
}

export function App() {
  const platform = usePlatform();
  const { t } = useI18n();
  const documents = useDocumentLibrary();
  const { importFiles, replaced } = useImports();
  const library = useAsync(() => documents.listDocuments(), documents);
  const dailyBackup = useDailyBackup(platform);
  // The desktop window closes only once what was typed is committed.
  useEffect(() => platform.onBeforeClose(() => flushEdits()), [platform]);
  const [backupNoticeDismissed, setBackupNoticeDismissed] = useState(false);
  const [launchLink] = useState(() => parsePassageLink(location.hash));
  const [target, setTarget] = useState<PassageTarget | null>(launchLink?.ok ? launchLink.target : null);
  // Counts malformed links, so each one is announced again; 0 when none is to be shown.
  const [malformedLinks, setMalformedLinks] = useState(launchLink?.ok === false ? 1 : 0);
  const [chosen, setChosen] = useState<string | null>(target?.documentId || null);
  const [showLibrary, setShowLibrary] = useState(false);
  const openLibrary = useCallback(() => setShowLibrary(true), []);
  const openDocument = useCallback((id: string) => {
    setChosen(id);
    setTarget(null);
    setShowLibrary(false);
  }, []);
  // File → Open and files handed over by the OS, in the desktop app.
  useEffect(() => platform.onOpenFiles(importFiles), [platform, importFiles]);

  // Links from an exported Markdown file: hamish:// in the desktop app, #fragments in the browser edition.
  useEffect(
    () =>
      platform.onOpenLink((link) => {
        const parsed = parsePassageLink(link);
        if (!parsed) return;
        if (!parsed.ok) {
          setMalformedLinks((count) => count + 1);
          return;
        }
        setMalformedLinks(0);
        if (parsed.target.documentId) setChosen(parsed.target.documentId);
        setShowLibrary(false);
        setTarget(parsed.target);
      }),
    [platform],
  );

  let notice: ReactNode = null;
  if (malformedLinks > 0) {
    notice = (
      <AppNotice key={malformedLinks} message={t('linkMalformed')} onDismiss={() => setMalformedLinks(0)} />
    );
  } else if (dailyBackup.state === 'failed' && !backupNoticeDismissed) {
    const reason = backupFailureReason(t, dailyBackup);
    notice = (
      <AppNotice
        message={t('dailyBackupFailed', { reason })}
        onDismiss={() => setBackupNoticeDismissed(true)}
      />
    );
  }

  let screen: ReactNode;
  const documentId = library.status === 'ready' ? (chosen ?? library.value[0]?.id ?? null) : null;
  if (library.status !== 'ready') {
    screen = (
      <StatusScreen error={library.status === 'error' ? library.error : null} onLibrary={openLibrary} />
    );
  } else if (showLibrary || !documentId) {
    screen = (
      <>
        <AppHeader onLibrary={openLibrary} />
        <LibraryView onOpen={openDocument} />
      </>
    );
  } else {
    screen = (
      <ReaderScreen
        key={`${documentId}:${replaced[documentId] ?? 0}`}
        documentId={documentId}
        onLibrary={openLibrary}
        target={target}
      />
    );
  }
  return (
    <OpenDocumentContext.Provider value={openDocument}>
      {screen}
      {notice}
      <ImportPanel onOpen={openDocument} />
      <DropZone />
    </OpenDocumentContext.Provider>
  );
}
