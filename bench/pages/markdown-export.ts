import { exportDocumentMarkdown } from '@shared/export/markdown-export';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import { count, defineBench, median, type BenchGroup } from '../support/bench-page';
import { WRITTEN_FOR_BENCH } from '../support/peer-sources';

const COUNT = 10_000;
const RUNS = 5;

type Workload = ReturnType<typeof buildAnnotationWorkload>;

defineBench(async () => ({
  groups: [
    timeExport(buildAnnotationWorkload(COUNT), 'typical', 'one note in 100 holding HTML-like text', 5),
    timeExport(
      buildAnnotationWorkload(COUNT, { htmlEvery: 8 }),
      'worst case',
      'worst case: one note in 8 holding HTML-like text, each parsed and rewritten',
    ),
  ],
}));

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function timeExport(workload: Workload, kind: string, notes: string, target?: number): BenchGroup {
  const exportMs: number[] = [];
  const jsonMs: number[] = [];
  let markdown = '';
  for (let run = 0; run < RUNS; run++) {
    jsonMs.push(time(() => JSON.stringify(workload.annotations)));
    exportMs.push(
      time(() => {
        markdown = exportDocumentMarkdown({
          document: workload.document,
          items: workload.items,
          colorMeanings: { yellow: 'فكرة رئيسية', pink: 'مصطلح' },
          readerName: 'Reader',
          exportedAt: new Date(),
          language: 'ar',
          options: { scope: 'all', includeOrphans: true },
        });
      }),
    );
  }
  // Checked after the clock: every annotation is in the export, by the link that names it.
  const linked = new Set([...markdown.matchAll(/annotation=([0-9a-f-]{36})/g)].map((match) => match[1]));
  const missing = workload.annotations.filter((annotation) => !linked.has(annotation.id));
  if (missing.length > 0) throw new Error(`${missing.length} annotations are missing from the export`);
  return {
    id: `markdown-export-${kind.replace(' ', '-')}`,
    name: `Markdown export of ${count(COUNT)} annotations (${kind})`,
    measures: [
      { id: 'export', label: 'Hamish: exportDocumentMarkdown', role: 'hamish', ms: median(exportMs) },
      {
        id: 'json',
        label: 'JSON.stringify of the same records',
        role: 'floor',
        source: WRITTEN_FOR_BENCH,
        ms: median(jsonMs),
      },
    ],
    comparisons: [{ subject: 'export', against: ['json'], kind: 'cost', ...(target ? { target } : {}) }],
    notes: [
      `${count(COUNT)} annotations, half with notes (${notes}), ${count(markdown.length)} characters of Markdown, every annotation in it (checked after the clock); median of ${RUNS}`,
    ],
  };
}
