import Dexie, { type Table } from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { normalizeStored } from '@shared/annotations/normalize-stored';
import type { AnswerFile, ReadingPack } from '@shared/classroom/classroom-model';
import type { ImportDraft } from '@shared/import/import-model';
import type { BackupEntry } from '@shared/platform/platform-contract';
import { stampAnnotationWrites } from './annotation-version';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A backup kept inside IndexedDB (the browser edition's safety net before a restore). */
export interface StoredBackup {
  id: string;
  created: string;
  reason: BackupEntry['reason'];
  content: string;
}

/**
 * All of one document's annotations as a single JSON record, so a heavily annotated document opens with
 * one read instead of thousands. Exact only while `version` equals the annotations' current version (see
 * annotation-version.ts); otherwise ignored and, later, replaced.
 */
export interface AnnotationPack {
  documentId: string;
  version: string | null;
  json: string;
}

/** A document the reader imported; bundled documents live with the app, never here. */
export interface StoredDocument {
  id: string;
  /** Of the draft's canonical text (draftContentHash): importing the same text again finds it. */
  contentHash: string;
  /** The title folded as find folds (related-titles.ts): an edited version with this title replaces it. */
  titleKey: string;
  fileName: string;
  /** ISO time of the first import; replacing the text keeps it. */
  added: string;
  /** What the importer made; documentFromDraft rebuilds the same ArticleDocument from it every time. */
  draft: ImportDraft;
}

/** When the reader last opened a document, bundled or imported. */
export interface DocumentVisit {
  documentId: string;
  lastOpened: string;
}

/**
 * A document's highlight and note counts for its library card, exact only while `version` equals its
 * annotations' current version (annotation-version.ts), like a pack: a card needs no pass over the notes.
 */
export interface AnnotationTally {
  documentId: string;
  version: string | null;
  highlights: number;
  notes: number;
}

/** A named reader of a shared laptop; no password. The default reader is never stored until renamed. */
export interface ReaderProfile {
  id: string;
  name: string;
  created: string;
}

/**
 * A reading pack this library holds: one the teacher prepares here (`author`), or one a student opened
 * (`student`). `documentId` is where the pack's text lives in this library.
 */
export interface StoredPack {
  packId: string;
  documentId: string;
  role: 'author' | 'student';
  pack: ReadingPack;
}

/**
 * One answer file the teacher imported. Every file is kept: for each student the one with the latest
 * `modified` is current, the older stay reachable. `key` is the file's id and time, so importing the same
 * file twice writes nothing new.
 */
export interface StoredAnswerFile {
  key: string;
  packId: string;
  readerId: string;
  modified: string;
  received: string;
  answers: AnswerFile;
}

/** The teacher's mark on one student's answer ("good example", "discuss"). */
export interface AnswerMark {
  answerId: string;
  packId: string;
  mark: string;
  modified: string;
}

export const DEFAULT_DB_NAME = 'hamish';

/**
 * Every schema version stays declared, oldest first: Dexie upgrades a database written by any
 * earlier version. Each new version needs a test that opens the previous version's data.
 */
export const SCHEMA_V1 = { annotations: 'id, documentId, start, *tags, modified' } as const;
export const SCHEMA_V2 = {
  annotations: 'id, documentId, [documentId+start], *tags, modified, color',
  settings: 'key',
  backups: 'id, created',
} as const;
export const SCHEMA_V3 = { ...SCHEMA_V2, packs: 'documentId' } as const;
/** Version 4 changes no index: ids are folded to lower case and stored note states sanitized. */
export const SCHEMA_V4 = SCHEMA_V3;
/** Version 5 adds imported documents, visits and the cards' counts; the file-name index finds a re-import. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  documents: 'id, contentHash, titleKey, fileName, added',
  visits: 'documentId',
  tallies: 'documentId',
} as const;

/** Version 6 adds the classroom: reader profiles, reading packs, the answer files a teacher collects, marks. */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  readers: 'id',
  classPacks: 'packId, documentId',
  answerFiles: 'key, packId, [packId+readerId]',
  answerMarks: 'answerId, packId',
} as const;

/** The tag on a copy kept when an upgrade finds two records whose ids differ only in case. */
const UPGRADE_CONFLICT_TAG = 'conflict';

export class HamishDb extends Dexie {
  annotations!: Table<Annotation, string>;
  settings!: Table<SettingRecord, string>;
  backups!: Table<StoredBackup, string>;
  packs!: Table<AnnotationPack, string>;
  documents!: Table<StoredDocument, string>;
  visits!: Table<DocumentVisit, string>;
  tallies!: Table<AnnotationTally, string>;
  readers!: Table<ReaderProfile, string>;
  classPacks!: Table<StoredPack, string>;
  answerFiles!: Table<StoredAnswerFile, string>;
  answerMarks!: Table<AnswerMark, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // "Saved" on screen means on disk: Chromium otherwise acknowledges a commit before flushing it.
    super(name, { chromeTransactionDurability: 'strict' });
    this.use(stampAnnotationWrites);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        // Tags typed on different keyboards must compare equal: store them NFC, without repeats.
        tx
          .table<Annotation, string>('annotations')
          .toCollection()
          .modify((annotation) => {
            annotation.tags = [
              ...new Set((annotation.tags ?? []).map((tag: string) => tag.normalize('NFC'))),
            ];
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const table = tx.table<Annotation, string>('annotations');
        const fixes = normalizeStored(await table.toArray(), UPGRADE_CONFLICT_TAG);
        await table.bulkDelete(fixes.remove);
        await table.bulkPut(fixes.put);
      });
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
  }
}

let shared: HamishDb | null = null;

export function getDb(): HamishDb {
  shared ??= new HamishDb();
  return shared;
}
