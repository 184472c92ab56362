import { useState } from 'react';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { Dialog } from '../export/Dialog';
import { formatNumber } from '../i18n/messages';
import { useI18n } from '../i18n/I18nProvider';
import { formatDay, formatPublication, languageName, sourceName } from '../reader/format-meta';
import { useDismissPrerenderedShell } from '../reader/prerendered-shell';
import { useImports } from './ImportProvider';
import {
  filterEntries,
  LIBRARY_ORDERS,
  sortEntries,
  type LibraryEntry,
  type LibraryOrder,
} from './library-query';
import { useDocumentLibrary } from './LibraryProvider';
import { useDocumentRemoval, type RemovalNotice } from './useDocumentRemoval';
import { useLibrary } from './useLibrary';

const ORDER_LABELS = { title: 'sortTitle', added: 'sortAdded', opened: 'sortOpened' } as const;

function LibraryCard({
  entry,
  onOpen,
  onDelete,
}: {
  entry: LibraryEntry;
  onOpen: (id: string) => void;
  onDelete: (entry: LibraryEntry) => void;
}) {
  const { t, language } = useI18n();
  const { summary } = entry;
  const detailsId = `card-details-${summary.id}`;
  const origin = entry.added ? t('cardAdded', { date: formatDay(entry.added, language) }) : t('cardBundled');
  return (
    <li className="library-item">
      <button
        type="button"
        className="library-card"
        onClick={() => onOpen(summary.id)}
        aria-label={t('openDocument', { title: summary.title })}
        aria-describedby={detailsId}
        data-document-id={summary.id}
      >
        <span className="card-title" lang={summary.language} dir={summary.direction}>
          {summary.title}
        </span>
        <span className="card-details" id={detailsId}>
          <span className="card-meta">
            <bdi>{sourceName(summary.source, language)}</bdi>
            {summary.publication && <> · {formatPublication(summary.publication, language)}</>} ·{' '}
            {t('languageName', { name: languageName(summary.language, language) })}
          </span>
          <span className="card-meta">
            {t('cardHighlights', { count: entry.highlights })} · {t('cardNotes', { count: entry.notes })} ·{' '}
            {entry.lastOpened
              ? t('cardOpened', { date: formatDay(entry.lastOpened, language) })
              : t('cardNeverOpened')}{' '}
            · {origin}
          </span>
        </span>
      </button>
      {entry.added && (
        <button
          type="button"
          className="button card-delete"
          onClick={() => onDelete(entry)}
          aria-label={t('deleteDocument', { title: summary.title })}
        >
          {t('deleteConfirm')}
        </button>
      )}
    </li>
  );
}

function RemovalToast({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: RemovalNotice;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  let message: string;
  if (notice.kind === 'failed') message = notice.message;
  else
    message = t(notice.kind === 'deleted' ? 'documentDeleted' : 'documentRestored', { title: notice.title });
  return (
    <div className="toast">
      <p role={notice.kind === 'failed' ? 'alert' : 'status'}>{message}</p>
      {notice.kind === 'deleted' && (
        // The deletion took the focus's card away: the undo offer takes it, so it is one key away.
        <button type="button" className="button primary" onClick={onUndo} autoFocus>
          {t('undoDelete')}
        </button>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        {t('dismissNotice')}
      </button>
    </div>
  );
}

export function LibraryView({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  useDismissPrerenderedShell();
  const entries = useLibrary(useDocumentLibrary());
  const { chooseFiles } = useImports();
  const removal = useDocumentRemoval();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<LibraryOrder>('opened');
  const [confirming, setConfirming] = useState<LibraryEntry | null>(null);
  const shown = entries ? sortEntries(filterEntries(entries, query), order) : [];

  return (
    <main className="library" id="main">
      <div className="library-head">
        <h1>{t('libraryTitle')}</h1>
        <button type="button" className="button primary" onClick={() => void chooseFiles()}>
          {t('importButton')}
        </button>
      </div>
      <p>{t('libraryIntroImport')}</p>
      <p className="dialog-note">
        {t('importHint', { limit: formatNumber(language, IMPORT_MAX_BYTES / 1024 / 1024) })}
      </p>
      <div className="library-tools" role="search">
        <input
          type="search"
          className="library-search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={t('librarySearch')}
          placeholder={t('librarySearch')}
          dir="auto"
        />
        <label className="library-sort">
          {t('librarySort')}
          <select value={order} onChange={(event) => setOrder(event.target.value as LibraryOrder)}>
            {LIBRARY_ORDERS.map((value) => (
              <option key={value} value={value}>
                {t(ORDER_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {entries && (
        <p className="dialog-note" role="status">
          {query.trim() === ''
            ? t('documentCount', { count: entries.length })
            : t('libraryShown', { count: shown.length, total: entries.length })}
        </p>
      )}
      <ul className="library-list">
        {shown.map((entry) => (
          <LibraryCard key={entry.summary.id} entry={entry} onOpen={onOpen} onDelete={setConfirming} />
        ))}
      </ul>
      {confirming && (
        <Dialog
          title={t('deleteConfirmTitle', { title: confirming.summary.title })}
          onClose={() => setConfirming(null)}
        >
          <p>{t('deleteConfirmBody', { count: confirming.highlights })}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button danger"
              onClick={() => {
                const { id, title } = confirming.summary;
                setConfirming(null);
                void removal.remove(id, title);
              }}
            >
              {t('deleteConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)} autoFocus>
              {t('cancel')}
            </button>
          </div>
        </Dialog>
      )}
      {removal.notice && (
        <RemovalToast
          notice={removal.notice}
          onUndo={() => void removal.undo()}
          onDismiss={removal.dismiss}
        />
      )}
    </main>
  );
}
