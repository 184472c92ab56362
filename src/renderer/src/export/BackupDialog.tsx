import { useState, type ChangeEvent } from 'react';
import { decodeBackupBytes } from '@shared/backup/decode-backup-bytes';
import type { BackupIssue } from '@shared/backup/parse-backup';
import { BACKUP_LIMITS } from '@shared/backup/backup-schema';
import type { BackupEntry } from '@shared/platform/platform-contract';
import { getDb } from '../storage/db';
import { useAnnounce } from '../margin/Announcer';
import { StorageFullError } from '../storage/storage-errors';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';
import { usePlatform } from '../platform/PlatformProvider';
import { settingRecord } from '../storage/settings-store';
import { describeBackupIssue } from './backup-issue-message';
import { Dialog } from './Dialog';
import { loadLibrary } from './export-sources';
import { useDocumentLibrary } from '../library/LibraryProvider';
import { snapshotLibrary } from '../storage/library-snapshot';
import {
  applyRestore,
  previewRestore,
  SafetyBackupError,
  type ClassroomRestore,
  type RestorePreview,
} from '../storage/restore-backup';
import { useAsync } from '../useAsync';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'invalid'; errors: BackupIssue[] }
  | { kind: 'preview'; preview: RestorePreview }
  | { kind: 'safety-failed'; preview: RestorePreview; reason: string }
  | { kind: 'applying'; written: number; total: number }
  | { kind: 'done'; count: number; classroom: number }
  | { kind: 'failed'; reason: string };

/** Progress is shown only for restores that take long enough to wonder about. */
const PROGRESS_DELAY_MS = 500;

const REASON_LABELS: Record<BackupEntry['reason'], MessageKey> = {
  daily: 'reasonDaily',
  'before-restore': 'reasonBeforeRestore',
  'before-delete': 'reasonBeforeDelete',
};

export function BackupDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const platform = usePlatform();
  const library = useDocumentLibrary();
  const announce = useAnnounce();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const listed = useAsync(() => platform.listBackups(), `${step.kind}`);
  const kept = listed.status === 'ready' ? listed.value : undefined;

  const saveBackup = async (): Promise<boolean> => {
    const content = await snapshotLibrary(getDb());
    const day = new Date().toISOString().slice(0, 10);
    const result = await platform.saveFile({
      suggestedName: `hamish-backup-${day}.json`,
      mimeType: 'application/json',
      content,
    });
    if (result.status === 'saved') setMessage(t('backupSaved', { path: result.path }));
    return result.status === 'saved';
  };

  /** `read` gives the file's text, or the reason it cannot be read as one (not UTF-8, too large). */
  const preview = async (read: () => Promise<string | BackupIssue>) => {
    setStep({ kind: 'reading' });
    try {
      const content = await read();
      if (typeof content !== 'string') {
        setStep({ kind: 'invalid', errors: [content] });
        return;
      }
      const documents = new Map((await loadLibrary(library)).map((doc) => [doc.manifest.id, doc.text]));
      const result = await previewRestore(content, getDb(), documents, {
        conflictTag: t('restoreConflictTag'),
        completeNote: async (state) => (await import('../notes/note-serialization')).noteFromStateJson(state),
      });
      setStep(
        result.ok ? { kind: 'preview', preview: result.preview } : { kind: 'invalid', errors: result.errors },
      );
    } catch (error) {
      setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused before reading: a huge file would stall the window for nothing.
    if (file.size > BACKUP_LIMITS.fileBytes) {
      setStep({ kind: 'invalid', errors: [{ code: 'too-large', path: '' }] });
      return;
    }
    void preview(async () => {
      const decoded = decodeBackupBytes(new Uint8Array(await file.arrayBuffer()));
      return decoded.ok ? decoded.text : decoded.error;
    });
  };

  const apply = async (restore: RestorePreview, safety: 'kept' | 'skipped' = 'kept') => {
    const started = performance.now();
    setStep({ kind: 'applying', written: 0, total: restore.plan.toWrite.length });
    try {
      const count = await applyRestore(restore.plan, getDb(), {
        saveSafetyBackup:
          safety === 'kept' ? (content) => platform.writeBackup('before-restore', content) : null,
        settings: Object.keys(restore.settings.colorMeanings).length
          ? [settingRecord('colorMeanings', restore.settings.colorMeanings)]
          : [],
        onProgress: (written, total) => {
          if (performance.now() - started > PROGRESS_DELAY_MS) setStep({ kind: 'applying', written, total });
        },
      });
      const classroom = restore.plan.classroom.counts.written;
      setStep({ kind: 'done', count, classroom });
      announce(doneMessage(count, classroom));
    } catch (error) {
      if (error instanceof SafetyBackupError) {
        setStep({ kind: 'safety-failed', preview: restore, reason: reasonOf(error.cause) });
        return;
      }
      setStep({ kind: 'failed', reason: reasonOf(error) });
    }
  };

  const reasonOf = (error: unknown): string =>
    error instanceof StorageFullError
      ? t('storageFull')
      : error instanceof Error
        ? error.message
        : String(error);

  /** "Nothing changed" only when neither annotations nor classroom records came back. */
  const doneMessage = (count: number, classroom: number): string =>
    [
      ...(count > 0 || classroom === 0 ? [t('restoreDone', { count })] : []),
      ...(classroom > 0 ? [t('restoreClassroomDone', { count: classroom })] : []),
    ].join(' ');

  const reasonLabel = (entry: BackupEntry) => t(REASON_LABELS[entry.reason]);
  const dateLabel = (iso: string) =>
    new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));

  return (
    <Dialog title={t('backupTitle')} onClose={onClose}>
      <div className="dialog-body">
        <p>{t('backupIntro')}</p>
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={() => void saveBackup()}>
            {t('backupNow')}
          </button>
          <label className="button file-button">
            {t('restoreFromFile')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={onFile}
            />
          </label>
        </div>
        {message && <p role="status">{message}</p>}

        <section aria-labelledby="kept-title">
          <h3 id="kept-title">{t('restoreKept')}</h3>
          {kept && kept.length === 0 && <p className="dialog-note">{t('restoreKeptNone')}</p>}
          <ul className="kept-list">
            {kept?.map((entry) => (
              <li key={entry.name}>
                <span>
                  {t('restoreKeptEntry', { date: dateLabel(entry.created), reason: reasonLabel(entry) })}
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void preview(() => platform.readBackup(entry.name))}
                >
                  {t('restoreUse')}
                </button>
              </li>
            ))}
          </ul>
        </section>

        <div aria-live="polite">
          {step.kind === 'reading' && <p>{t('restoreReading')}</p>}
          {step.kind === 'invalid' && (
            <div role="alert" className="restore-errors">
              <p>{t('restoreInvalid')}</p>
              <ul>
                {step.errors.map((issue, index) => (
                  <li key={index}>{describeBackupIssue(issue, language)}</li>
                ))}
              </ul>
            </div>
          )}
          {step.kind === 'preview' && (
            <section aria-labelledby="preview-title" className="restore-preview">
              <h3 id="preview-title">{t('restorePreviewTitle')}</h3>
              <p>{t('restoreTotal', { count: step.preview.total })}</p>
              <ul>
                <li>{t('restoreAdded', { count: step.preview.plan.added.length })}</li>
                <li>{t('restoreUpdated', { count: step.preview.plan.updated.length })}</li>
                <li>{t('restoreUnchanged', { count: step.preview.plan.unchanged })}</li>
                <li>{t('restoreOlder', { count: step.preview.plan.olderSkipped })}</li>
                <li>{t('restoreConflicts', { count: step.preview.plan.conflicts.length })}</li>
                {step.preview.plan.documents.added.length > 0 && (
                  <li>{t('restoreDocumentsAdded', { count: step.preview.plan.documents.added.length })}</li>
                )}
                {step.preview.plan.documents.refiled.size > 0 && (
                  <li>{t('restoreDocumentsHeld', { count: step.preview.plan.documents.refiled.size })}</li>
                )}
                <ClassroomPreview classroom={step.preview.plan.classroom} />
                {step.preview.plan.clampedFuture > 0 && (
                  <li>{t('restoreClampedFuture', { count: step.preview.plan.clampedFuture })}</li>
                )}
              </ul>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={
                    step.preview.plan.toWrite.length === 0 &&
                    step.preview.plan.documents.added.length === 0 &&
                    step.preview.plan.classroom.counts.written === 0
                  }
                  onClick={() => void apply(step.preview)}
                >
                  {t('restoreApply')}
                </button>
                <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
                  {t('restoreCancel')}
                </button>
              </div>
            </section>
          )}
          {step.kind === 'safety-failed' && (
            <div role="alert" className="restore-errors">
              <p>{t('restoreSafetyFailed', { reason: step.reason })}</p>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="button primary"
                  onClick={() =>
                    void saveBackup().then((saved) => (saved ? apply(step.preview, 'skipped') : undefined))
                  }
                >
                  {t('restoreSaveFirst')}
                </button>
                <button type="button" className="button" onClick={() => void apply(step.preview, 'skipped')}>
                  {t('restoreWithoutSafety')}
                </button>
                <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
                  {t('restoreCancel')}
                </button>
              </div>
            </div>
          )}
          {step.kind === 'applying' && (
            <p>
              {t('restoreProgress')} <progress max={step.total} value={step.written} />
            </p>
          )}
          {step.kind === 'done' && <p role="status">{doneMessage(step.count, step.classroom)}</p>}
          {step.kind === 'failed' && (
            <p role="alert" className="error">
              {t('restoreFailed', { reason: step.reason })}
            </p>
          )}
        </div>
      </div>
    </Dialog>
  );
}

/** The preview's lines on reader profiles, reading packs, answer files and marks; none when the file has none. */
function ClassroomPreview({ classroom }: { classroom: ClassroomRestore }) {
  const { t } = useI18n();
  const { incoming, counts } = classroom;
  const held = {
    readers: incoming.readers.length,
    packs: incoming.packs.length,
    answers: incoming.answerFiles.length,
    marks: incoming.marks.length,
  };
  if (Object.values(held).every((count) => count === 0)) return null;
  return (
    <>
      <li>{t('restoreClassroom', held)}</li>
      <li>{t('restoreClassroomWritten', { count: counts.written })}</li>
      {counts.packsChangedBoth > 0 && (
        <li>{t('restorePacksChangedBoth', { count: counts.packsChangedBoth })}</li>
      )}
      {counts.studentCopiesSkipped > 0 && (
        <li>{t('restoreStudentCopiesSkipped', { count: counts.studentCopiesSkipped })}</li>
      )}
    </>
  );
}
