import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { exportDocumentMarkdown } from '@shared/export/markdown-export';
import { HamishDb } from '@renderer/storage/db';
import { applyRestore, previewRestore } from '@renderer/storage/restore-backup';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import { defineBench, median, type BenchGroup } from '../support/bench-page';

const COUNT = 10_000;
const RUNS = 5;

defineBench(async () => {
  const workload = buildAnnotationWorkload(COUNT);
  const htmlHeavy = buildAnnotationWorkload(COUNT, { htmlEvery: 8 });
  return {
    groups: [
      timeMarkdownExport(workload, 'one note in 100 holding HTML-like text', 5),
      timeMarkdownExport(
        htmlHeavy,
        'worst case: one note in 8 holding HTML-like text, each parsed and rewritten',
      ),
      await timeRestore(workload),
    ],
  };
});

type Workload = ReturnType<typeof buildAnnotationWorkload>;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function timeMarkdownExport(workload: Workload, notes: string, maxRatio?: number): BenchGroup {
  const exportMs: number[] = [];
  const jsonMs: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    jsonMs.push(time(() => JSON.stringify(workload.annotations)));
    exportMs.push(
      time(() => {
        size = exportDocumentMarkdown({
          document: workload.document,
          items: workload.annotations.map((annotation) => ({
            annotation,
            anchor: workload.anchors.get(annotation.id)!,
          })),
          colorMeanings: { yellow: 'فكرة رئيسية', pink: 'مصطلح' },
          reader: { id: 'reader:default', name: 'Reader' },
          exportedAt: new Date(),
          language: 'ar',
          options: { scope: 'all', includeOrphans: true },
        }).length;
      }),
    );
  }
  return {
    name: `markdown export ${COUNT.toLocaleString('en')}${maxRatio ? '' : ' (worst case)'}`,
    // Markdown may take up to 5× as long as JSON.stringify of the same records.
    ...(maxRatio && { maxRatio }),
    measures: [
      { label: 'exportDocumentMarkdown', ms: median(exportMs) },
      { label: 'JSON.stringify', ms: median(jsonMs), baseline: true },
    ],
    notes: [
      `${COUNT.toLocaleString('en')} annotations, half with notes (${notes}), ${size.toLocaleString('en')} characters of Markdown; median of ${RUNS}`,
    ],
  };
}

async function timeRestore(workload: Workload): Promise<BenchGroup> {
  const content = serializeBackup(
    createBackup({
      annotations: workload.annotations,
      settings: { colorMeanings: {} },
      exportedAt: new Date(),
      appVersion: 'bench',
    }),
  );
  const documents = new Map([[workload.document.manifest.id, workload.document.text.length]]);
  const restoreMs: number[] = [];
  const putMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    restoreMs.push(
      await withEmptyDb(`bench-restore-${run}`, async (db) => {
        const preview = await previewRestore(content, db, documents);
        if (!preview.ok) throw new Error(`bench backup refused: ${JSON.stringify(preview.errors)}`);
        await applyRestore(preview.preview.plan, db, {
          saveSafetyBackup: async () => undefined,
        });
      }),
    );
    putMs.push(await withEmptyDb(`bench-put-${run}`, (db) => db.annotations.bulkPut(workload.annotations)));
  }
  return {
    name: `restore ${COUNT.toLocaleString('en')}`,
    // Validating, previewing and applying may take up to 3× a plain bulkPut of the same records.
    maxRatio: 3,
    measures: [
      { label: 'validate + preview + apply', ms: median(restoreMs) },
      { label: 'Dexie bulkPut', ms: median(putMs), baseline: true },
    ],
    notes: [
      `a ${(content.length / 1e6).toFixed(1)} MB backup of ${COUNT.toLocaleString('en')} annotations into an empty database; median of ${RUNS}`,
    ],
  };
}

async function withEmptyDb(name: string, run: (db: HamishDb) => Promise<unknown>): Promise<number> {
  const db = new HamishDb(name);
  await db.open();
  try {
    const start = performance.now();
    await run(db);
    return performance.now() - start;
  } finally {
    await db.delete();
  }
}
