import seedRaw from '../../resources/library/china-interests-kazakhstan-2022.ar.txt?raw';
import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { SUPPORTED_MAX_ANNOTATIONS } from '@shared/backup/backup-schema';
import { parseBackup } from '@shared/backup/parse-backup';
import { planRestore } from '@shared/backup/restore-plan';
import { parseArticle } from '@shared/document/parse-article';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { HamishDb } from '@renderer/storage/db';
import { snapshotLibrary } from '@renderer/storage/library-snapshot';
import { applyRestore } from '@renderer/storage/restore-backup';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import { count, defineBench, median, sleep, type BenchMeasure } from '../support/bench-page';
import { PEER_SOURCES, WRITTEN_FOR_BENCH } from '../support/peer-sources';

const COUNT = SUPPORTED_MAX_ANNOTATIONS;
const RUNS = 2;
/** Distinct notes, taken in turn: enough that no two neighbours share one. */
const NOTE_VARIANTS = 40;
const NOTE_CHARS = 600;
/** Quiet time after a database is written or deleted, so its compaction falls on no measured step. */
const SETTLE_MS = 1_000;

defineBench(async () => {
  const notes = paragraphNotes();
  const workload = buildAnnotationWorkload(COUNT, { notes });
  const { annotations } = workload;
  const documents = new Map([[workload.document.manifest.id, workload.document.text.length]]);
  const file = serializeBackup(
    createBackup({
      annotations,
      settings: { colorMeanings: { yellow: 'فكرة رئيسية' } },
      exportedAt: new Date(),
      appVersion: 'bench',
    }),
  );

  const times = {
    restore: [] as number[],
    backup: [] as number[],
    put: [] as number[],
    read: [] as number[],
  };
  let backupChars = 0;
  for (let run = 0; run < RUNS; run++) {
    // The two databases take turns being written first.
    const steps = [
      async () => {
        const { restoreMs, backupMs, readMs, chars } = await restoreThenBackUp(
          run,
          file,
          documents,
          annotations,
        );
        times.restore.push(restoreMs);
        times.backup.push(backupMs);
        times.read.push(readMs);
        backupChars = chars;
      },
      async () => times.put.push(await bulkPutOnce(run, annotations)),
    ];
    for (const step of run % 2 === 0 ? steps : steps.reverse()) await step();
  }

  const measure = (
    id: string,
    label: string,
    values: number[],
    role: BenchMeasure['role'],
    source?: string,
  ): BenchMeasure => ({
    id,
    label,
    role,
    ...(source ? { source } : {}),
    ms: median(values),
    note: `runs: ${values.map((ms) => Math.round(ms).toLocaleString('en')).join(', ')} ms`,
  });
  const noteLength = Math.round(median(notes.map((note) => note.text.length)));
  return {
    groups: [
      {
        id: 'save-restore',
        name: `backup and restore of ${count(COUNT)} annotations with paragraph-length notes`,
        measures: [
          measure(
            'restore',
            'Hamish restore: validate + plan + apply in one transaction',
            times.restore,
            'hamish',
          ),
          measure('backup', 'Hamish backup: snapshot of the database + serialize', times.backup, 'hamish'),
          measure(
            'put',
            'Dexie bulkPut of the same records into an empty database',
            times.put,
            'baseline',
            PEER_SOURCES.dexie,
          ),
          measure(
            'read',
            'Dexie toArray + JSON.stringify of the same records',
            times.read,
            'floor',
            `${PEER_SOURCES.dexie}; ${WRITTEN_FOR_BENCH}`,
          ),
        ],
        comparisons: [
          { subject: 'restore', against: ['put'], kind: 'cost', target: 3 },
          { subject: 'backup', against: ['put'], kind: 'cost' },
          { subject: 'backup', against: ['read'], kind: 'cost' },
        ],
        notes: [
          `${count(COUNT)} annotations (the supported maximum, SUPPORTED_MAX_ANNOTATIONS in src/shared/backup/backup-schema.ts), each with a note of about ${noteLength} characters of Arabic with a bold and an italic phrase, stored as the note editor stores it (Lexical state, text, Markdown; ${NOTE_VARIANTS} different notes in turn), a tag on half of them`,
          `restore: parseBackup (JSON, schema, selectors against the document) of the ${(backupChars / 1e6).toFixed(0)}-million-character file, planRestore against the library, applyRestore (its safety snapshot of the library, then every record in one transaction), into an empty database as after a reinstall; checked afterwards: every record back as it was`,
          'backup: snapshotLibrary, which reads every record and the colour meanings and serializes the backup file; checked afterwards: it restores to the same records',
          `each measure in its own fresh database, deleted afterwards, with ${SETTLE_MS / 1000} s of quiet between; ${RUNS} runs, the restore and the bulkPut taking turns going first; medians`,
        ],
      },
    ],
  };
});

/** Paragraph-length Arabic notes made from the seed article, as the note editor would store them. */
function paragraphNotes(): NoteBody[] {
  const sentences = parseArticle(seedRaw)
    .blocks.filter((block) => block.kind === 'paragraph')
    .flatMap((block) => block.text.split(/(?<=[.،؟!])\s+/))
    .filter((sentence) => sentence.length > 20);
  const notes: NoteBody[] = [];
  for (let variant = 0, next = 0; variant < NOTE_VARIANTS; variant++) {
    const parts: string[] = [];
    while (parts.join(' ').length < NOTE_CHARS) parts.push(sentences[next++ % sentences.length]!);
    parts[0] = `**${parts[0]}**`;
    parts[1] = `_${parts[1]}_`;
    notes.push(noteFromMarkdown(parts.join(' ')));
  }
  return notes;
}

async function freshDb(name: string): Promise<HamishDb> {
  const db = new HamishDb(name);
  await db.open();
  return db;
}

async function dispose(db: HamishDb): Promise<void> {
  await db.delete();
  await sleep(SETTLE_MS);
}

/** Restores the file into an empty database, then backs that database up; both checked after their clocks. */
async function restoreThenBackUp(
  run: number,
  file: string,
  documents: ReadonlyMap<string, number>,
  annotations: readonly Annotation[],
): Promise<{ restoreMs: number; backupMs: number; readMs: number; chars: number }> {
  const db = await freshDb(`bench-restore-${run}`);
  try {
    await sleep(SETTLE_MS);
    const restoreStarted = performance.now();
    const parsed = parseBackup(file, { documents });
    if (!parsed.ok)
      throw new Error(`the bench backup was refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const plan = planRestore(parsed.annotations, await db.annotations.toArray());
    await applyRestore(plan, db, { saveSafetyBackup: async () => undefined });
    const restoreMs = performance.now() - restoreStarted;
    await expectRecords(db, annotations, 'after the restore');
    await sleep(SETTLE_MS);

    const backupStarted = performance.now();
    const backup = await snapshotLibrary(db);
    const backupMs = performance.now() - backupStarted;
    const again = parseBackup(backup, { documents });
    if (!again.ok || again.annotations.length !== annotations.length) {
      throw new Error('the backup taken does not hold every annotation');
    }
    await sleep(SETTLE_MS);

    const readStarted = performance.now();
    const serialized = JSON.stringify(await db.annotations.toArray());
    const readMs = performance.now() - readStarted;
    if (serialized.length === 0) throw new Error('nothing read');
    return { restoreMs, backupMs, readMs, chars: file.length };
  } finally {
    await dispose(db);
  }
}

async function bulkPutOnce(run: number, annotations: readonly Annotation[]): Promise<number> {
  const db = await freshDb(`bench-put-${run}`);
  try {
    await sleep(SETTLE_MS);
    const started = performance.now();
    await db.annotations.bulkPut([...annotations]);
    const ms = performance.now() - started;
    if ((await db.annotations.count()) !== annotations.length) throw new Error('bulkPut lost records');
    return ms;
  } finally {
    await dispose(db);
  }
}

/** Every annotation stored as it was made (ids compared as the store keeps them, lower-case). */
async function expectRecords(db: HamishDb, annotations: readonly Annotation[], when: string): Promise<void> {
  const stored = new Map((await db.annotations.toArray()).map((a) => [a.id.toLowerCase(), a]));
  if (stored.size !== annotations.length) {
    throw new Error(`${when}: ${stored.size} records instead of ${annotations.length}`);
  }
  // The note's Lexical state may be rewritten by the restore's sanitizer; its words and Markdown may not.
  const key = (a: Annotation) =>
    JSON.stringify([
      a.documentId,
      a.target.selector,
      a.color,
      a.tags,
      a.note.text,
      a.note.markdown,
      a.note.editorState !== null,
      a.created,
      a.modified,
    ]);
  const different = annotations.filter((a) => {
    const found = stored.get(a.id.toLowerCase());
    return !found || key(found) !== key(a);
  });
  if (different.length > 0)
    throw new Error(`${when}: ${different.length} records differ, e.g. ${different[0]!.id}`);
}
