import type { DraftBlock } from '@shared/document/document-model';
import { annotateBlockLanguages } from '@shared/import/detect-language';
import { IMPORT_MAX_BYTES, type ImportOutcome, type ImportRefusal } from '@shared/import/import-model';
import { sniffFormat } from '@shared/import/sniff-format';
import type { ImportFile } from '@shared/platform/platform-contract';
import { ExtractionWorker, type WorkerLike } from './extraction-worker';
import { blocksFromSanitizedHtml, withoutRepeatedMetadata } from './html-blocks';
import { sanitizeSlice } from './sanitize-html';
import type { ExtractedPage, ImportProgress } from './worker-protocol';
import { yieldToPage } from './yield-to-page';

export type { ImportProgress } from './worker-protocol';

export type FileImporter = (
  file: ImportFile,
  onProgress?: (progress: ImportProgress) => void,
) => Promise<ImportOutcome>;

/** Enough of a file's start for every signature sniffFormat knows. */
const SNIFF_BYTES = 64;
const PROGRESS_STEP = 0.05;

/**
 * Imports one file: refuses what is too large or of an unknown kind, extracts it in a Web Worker,
 * sanitizes a page's HTML on the main thread a slice at a time (yielding between slices) and returns
 * the finished draft. Never puts imported markup into the page's document and never touches the
 * network. Takes the file's bytes: their buffer goes to the worker and is empty afterwards.
 */
export function importFile(
  file: ImportFile,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  defaultImporter ??= createFileImporter(
    () =>
      new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  );
  return defaultImporter(file, onProgress);
}

let defaultImporter: FileImporter | null = null;

export function createFileImporter(startWorker: () => WorkerLike): FileImporter {
  const worker = new ExtractionWorker(startWorker);
  return async (file, listener = () => undefined) => {
    const onProgress = throttled(listener);
    if (file.error === 'unreadable') return refuse('unreadable');
    if (file.size > IMPORT_MAX_BYTES || file.bytes.byteLength > IMPORT_MAX_BYTES) return refuse('too-large');
    if (file.bytes.byteLength === 0) return refuse('empty');
    const format = sniffFormat(file.name, file.bytes.subarray(0, SNIFF_BYTES));
    if (format === null) return refuse('unsupported-type');
    onProgress({ stage: 'reading', fraction: null });
    const extraction = await worker.extract(file.name, format, file.bytes, onProgress);
    if (extraction.kind === 'refused') return refuse(extraction.reason);
    if (extraction.kind === 'draft') return extraction.outcome;
    try {
      return await draftFromPage(extraction.page, onProgress);
    } catch (error) {
      console.warn(`Import of ${file.name} failed on the main thread:`, error);
      return refuse('damaged');
    }
  };
}

/**
 * A page or book from the worker → its draft: each slice sanitized, read into blocks and their languages
 * marked in a main-thread task of its own (a few milliseconds for a 16 KB slice in Chromium).
 */
export async function draftFromPage(
  page: ExtractedPage,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportOutcome> {
  const language = { language: page.language, direction: page.direction };
  const blocks: DraftBlock[] = [];
  // The worker's message arrived in a task of its own: the first slice gets a fresh one.
  await yieldToPage();
  for (const [index, slice] of page.slices.entries()) {
    onProgress({ stage: 'sanitizing', fraction: index / page.slices.length });
    const sliceBlocks = blocksFromSanitizedHtml(sanitizeSlice(slice.html), slice);
    for (const block of annotateBlockLanguages(sliceBlocks, language)) blocks.push(block);
    await yieldToPage();
  }
  onProgress({ stage: 'structuring', fraction: null });
  const body = withoutRepeatedMetadata(blocks, page);
  if (body.length === 0) return refuse('no-text');
  return {
    ok: true,
    draft: {
      format: page.format,
      fileName: page.fileName,
      title: page.title,
      language: page.language,
      direction: page.direction,
      siteName: page.siteName,
      byline: page.byline,
      publication: page.publication,
      blocks: body,
      related: [],
      ...(page.encoding && { encoding: page.encoding }),
    },
  };
}

/** Each change of stage, and progress within one by a twentieth or more: a slice's task need not re-render the page. */
function throttled(listener: (progress: ImportProgress) => void): (progress: ImportProgress) => void {
  let last: ImportProgress | null = null;
  return (progress) => {
    const moved =
      last === null ||
      progress.stage !== last.stage ||
      (progress.fraction ?? 0) - (last.fraction ?? 0) >= PROGRESS_STEP;
    if (!moved) return;
    last = progress;
    listener(progress);
  };
}

function refuse(reason: ImportRefusal): ImportOutcome {
  return { ok: false, reason };
}
