import { EMPTY_NOTE, type NoteBody } from '@shared/annotations/annotation-model';
import type { BackupClassroom } from '@shared/backup/backup-classroom';
import { refileClassroom, type ClassroomRestorePlan } from '@shared/backup/classroom-restore-plan';
import type { BackupSettings } from '@shared/backup/backup-format';
import { parseBackup, type BackupIssue } from '@shared/backup/parse-backup';
import {
  planDocumentRestore,
  planRestore,
  refileAnnotations,
  type DocumentRestorePlan,
  type RestoreOptions,
  type RestorePlan,
} from '@shared/backup/restore-plan';
import type { HamishDb, SettingRecord } from './db';
import { importedHashes, importedRecord } from './document-store';
import { SafetyBackupError, withQuotaCheck } from './storage-errors';
import { snapshotLibrary } from './library-snapshot';
import { classroomTables, planClassroom, writeClassroom } from './classroom-backup';

export { SafetyBackupError };

/** The backup's classroom records and how they merge; applyRestore plans them again as it writes. */
export interface ClassroomRestore extends ClassroomRestorePlan {
  incoming: BackupClassroom;
}

/** The annotations' merge, the imported documents and the classroom records the backup brings back. */
export type LibraryRestorePlan = RestorePlan & {
  documents: DocumentRestorePlan;
  classroom: ClassroomRestore;
};

export interface RestorePreview {
  plan: LibraryRestorePlan;
  /** The backup's colour meanings: the UI offers to apply them (as `settings` records in applyRestore). */
  settings: BackupSettings;
  /** Annotations in the file. */
  total: number;
}

export type PreviewResult = { ok: true; preview: RestorePreview } | { ok: false; errors: BackupIssue[] };

export interface PreviewOptions extends RestoreOptions {
  /**
   * A sanitized note state as the whole note: its text and Markdown derived from it (the note editor's
   * serializer, loaded only when a file needed sanitizing).
   */
  completeNote?: (editorState: string) => Promise<NoteBody>;
}

/** Validates the whole file and plans the merge; reads the database, writes nothing. */
export async function previewRestore(
  content: string,
  db: HamishDb,
  documents: ReadonlyMap<string, number | string>,
  { completeNote, ...options }: PreviewOptions = {},
): Promise<PreviewResult> {
  const parsed = parseBackup(content, { documents });
  if (!parsed.ok) return parsed;
  const sanitized = new Set(parsed.sanitizedNotes);
  for (const annotation of parsed.annotations) {
    if (!sanitized.has(annotation.id)) continue;
    const { editorState } = annotation.note;
    if (editorState === null) annotation.note = { ...EMPTY_NOTE };
    else if (completeNote) annotation.note = await completeNote(editorState);
  }
  const documentPlan = planDocumentRestore(parsed.documents, await importedHashes(db));
  const incoming = refileAnnotations(parsed.annotations, documentPlan.refiled);
  const classroom = refileClassroom(parsed.classroom, documentPlan.refiled);
  const plan = {
    ...planRestore(incoming, await db.annotations.toArray(), options),
    documents: documentPlan,
    classroom: { ...(await planClassroom(db, classroom, options.now)), incoming: classroom },
  };
  return { ok: true, preview: { plan, settings: parsed.settings, total: parsed.annotations.length } };
}

export interface ApplyRestoreOptions {
  /**
   * Where the platform keeps the backup taken just before restoring (Electron: a file; browser: IndexedDB);
   * null when the reader chose to restore without one, after being told it failed.
   */
  saveSafetyBackup: ((content: string) => Promise<unknown>) | null;
  /** Settings to write in the same transaction (e.g. the backup's colour meanings). */
  settings?: SettingRecord[];
  onProgress?: (written: number, total: number) => void;
  now?: Date;
}

/** Records per bulkPut: small enough for steady progress, large enough not to slow the write. */
const CHUNK = 2_000;

/**
 * Saves a safety backup of the library as it is (failing with SafetyBackupError before anything is
 * written), then writes the plan in ONE transaction, documents and classroom records with the annotations:
 * a failure (storage full included, raised as StorageFullError) rolls everything back and the library
 * stays as it was.
 */
export async function applyRestore(
  plan: RestorePlan & { documents?: DocumentRestorePlan; classroom?: ClassroomRestore },
  db: HamishDb,
  options: ApplyRestoreOptions,
): Promise<number> {
  if (options.saveSafetyBackup) {
    try {
      await options.saveSafetyBackup(await snapshotLibrary(db, options.now));
    } catch (error) {
      throw new SafetyBackupError(error);
    }
  }

  const records = plan.toWrite;
  const documents = plan.documents?.added ?? [];
  await withQuotaCheck(() =>
    db.transaction('rw', [db.annotations, db.settings, db.documents, ...classroomTables(db)], async () => {
      // One written since the preview (another window's restore) is the same document: it stays.
      const present = new Set(
        await db.documents
          .where(':id')
          .anyOf(documents.map((document) => document.id))
          .primaryKeys(),
      );
      await db.documents.bulkAdd(
        documents
          .filter((document) => !present.has(document.id))
          .map(({ id, draft, added }) => importedRecord(id, draft, added)),
      );
      if (plan.classroom) await writeClassroom(db, plan.classroom.incoming, options.now);
      for (let from = 0; from < records.length; from += CHUNK) {
        await db.annotations.bulkPut(records.slice(from, from + CHUNK));
        options.onProgress?.(Math.min(from + CHUNK, records.length), records.length);
      }
      if (options.settings?.length) await db.settings.bulkPut(options.settings);
    }),
  );
  return records.length;
}
