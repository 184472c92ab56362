import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_READER, type Reader } from '@shared/annotations/annotation-model';
import { Dialog, DialogStatus, type DialogStatusMessage } from '../../export/Dialog';
import { backupErrorReason } from '../../export/backup-failure-reason';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalog';
import { usePlatform } from '../../platform/PlatformProvider';
import {
  createReader,
  pickReader,
  removeReader,
  renameReader,
  useReaders,
  type NameOutcome,
} from '../../storage/reader-store';
import { READER_NAME_MAX } from '../../storage/settings-store';
import { SafetyBackupError } from '../../storage/storage-errors';
import { NAME_PROBLEM_KEYS } from './name-problem-keys';
import './readers.css';

/** What one reader's row is doing: showing, being renamed, or asking before removal. */
type RowMode = { readerId: string; kind: 'rename' | 'remove' } | null;

/** Readers of this laptop: pick who reads, add, rename, remove (after a backup of their annotations). */
export function ReadersDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const roster = useReaders();
  const [status, setStatus] = useState<DialogStatusMessage | null>(null);
  const [mode, setMode] = useState<RowMode>(null);
  const [newName, setNewName] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const groupName = useId();
  const fallbackName = t('readerDefaultName');
  // The radio follows a pick at once, before the stored choice comes back.
  const [chosen, setChosen] = useState<string | null>(null);
  const storedId = roster?.current.id;
  useEffect(() => {
    if (chosen !== null && chosen === storedId) setChosen(null);
  }, [chosen, storedId]);

  const focusCurrent = () =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('input:checked')?.focus());
  const fail = (key: MessageKey, params?: Record<string, string | number>) =>
    setStatus({ text: t(key, params), error: true });
  const refused = (outcome: NameOutcome): outcome is Extract<NameOutcome, { status: 'refused' }> => {
    if (outcome.status === 'saved') return false;
    fail(NAME_PROBLEM_KEYS[outcome.problem], { max: READER_NAME_MAX });
    return true;
  };

  const pick = async (reader: Reader) => {
    setChosen(reader.id);
    try {
      await pickReader(reader.id);
      setStatus({ text: t('readerSwitched', { name: reader.name }) });
    } catch (error) {
      console.error('Picking a reader failed', error);
      setChosen(null);
      fail('readerSaveFailed');
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const outcome = await createReader(newName, { fallbackName });
      if (refused(outcome)) return;
      setNewName('');
      setStatus({ text: t('readerAdded', { name: outcome.reader.name }) });
    } catch (error) {
      console.error('Adding a reader failed', error);
      fail('readerSaveFailed');
    }
  };

  const rename = async (readerId: string, name: string) => {
    try {
      const outcome = await renameReader(readerId, name, { fallbackName });
      if (refused(outcome)) return;
      setMode(null);
      setStatus({ text: t('readerRenamed', { name: outcome.reader.name }) });
      focusCurrent();
    } catch (error) {
      console.error(`Renaming ${readerId} failed`, error);
      fail('readerSaveFailed');
    }
  };

  const remove = async (reader: Reader) => {
    try {
      await removeReader(reader.id, (content) => platform.writeBackup('before-delete', content));
      setMode(null);
      setStatus({ text: t('readerRemoved', { name: reader.name }) });
      focusCurrent();
    } catch (error) {
      console.error(`Removing ${reader.id} failed`, error);
      if (error instanceof SafetyBackupError) {
        fail('readerRemoveBackupFailed', { name: reader.name, reason: backupErrorReason(t, error.cause) });
      } else {
        fail('readerRemoveFailed');
      }
    }
  };

  return (
    <Dialog title={t('readersTitle')} onClose={onClose}>
      <div className="dialog-body readers-dialog">
        <p className="dialog-note">{t('readersIntro')}</p>
        {roster && (
          <fieldset>
            <legend>{t('readersWho')}</legend>
            <ul ref={list} className="readers-list">
              {roster.readers.map((reader) => (
                <li key={reader.id}>
                  {mode?.readerId === reader.id && mode.kind === 'rename' ? (
                    <RenameForm
                      reader={reader}
                      onSave={(name) => void rename(reader.id, name)}
                      onCancel={() => {
                        setMode(null);
                        focusCurrent();
                      }}
                    />
                  ) : (
                    <>
                      <label>
                        <input
                          type="radio"
                          name={groupName}
                          checked={reader.id === (chosen ?? roster.current.id)}
                          onChange={() => void pick(reader)}
                        />
                        <bdi>{reader.name}</bdi>
                      </label>
                      <button
                        type="button"
                        className="button"
                        aria-label={t('readerRenameLabel', { name: reader.name })}
                        onClick={() => setMode({ readerId: reader.id, kind: 'rename' })}
                      >
                        {t('readerRename')}
                      </button>
                      {reader.id !== DEFAULT_READER.id && (
                        <button
                          type="button"
                          className="button danger"
                          aria-label={t('readerRemoveLabel', { name: reader.name })}
                          onClick={() => setMode({ readerId: reader.id, kind: 'remove' })}
                        >
                          {t('readerRemove')}
                        </button>
                      )}
                      {mode?.readerId === reader.id && mode.kind === 'remove' && (
                        <div
                          className="readers-confirm"
                          role="group"
                          aria-label={t('readerRemoveLabel', { name: reader.name })}
                        >
                          <p>{t('readerRemoveConfirm', { name: reader.name })}</p>
                          <div className="dialog-actions">
                            <button
                              type="button"
                              className="button danger"
                              autoFocus
                              onClick={() => void remove(reader)}
                            >
                              {t('readerRemoveGo')}
                            </button>
                            <button
                              type="button"
                              className="button"
                              onClick={() => {
                                setMode(null);
                                focusCurrent();
                              }}
                            >
                              {t('readerCancel')}
                            </button>
                          </div>
                        </div>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <form className="readers-add" onSubmit={(event) => void add(event)}>
          <label>
            {t('readerAddLabel')}
            <input
              type="text"
              className="text-input"
              dir="auto"
              maxLength={READER_NAME_MAX}
              value={newName}
              onChange={(event) => setNewName(event.target.value)}
            />
          </label>
          <button type="submit" className="button">
            {t('readerAdd')}
          </button>
        </form>
        <DialogStatus status={status} />
      </div>
    </Dialog>
  );
}

function RenameForm({
  reader,
  onSave,
  onCancel,
}: {
  reader: Reader;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(reader.name);
  return (
    <form
      className="readers-row-form"
      aria-label={t('readerRenameLabel', { name: reader.name })}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(name);
      }}
    >
      <label>
        {t('readerNewName')}
        <input
          type="text"
          className="text-input"
          dir="auto"
          maxLength={READER_NAME_MAX}
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" className="button">
        {t('readerSave')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('readerCancel')}
      </button>
    </form>
  );
}
