// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import type { ImportFile } from '@shared/platform/platform-contract';
import { createFileImporter, type ImportProgress } from '@renderer/library/import/run-import';
import { extractFile } from '@renderer/library/import/extract-file';
import { extractionDeadlineMs } from '@renderer/library/import/extraction-worker';
import { InProcessWorker } from './in-process-worker';

const WEB = resolve(import.meta.dirname, '../../../../fixtures/import/web');
const TEXT = resolve(import.meta.dirname, '../../../../fixtures/import/text');
const fileOf = (path: string, name = path.split('/').pop()!): ImportFile => {
  const bytes = new Uint8Array(readFileSync(path));
  return { name, size: bytes.length, bytes };
};
const named = (name: string, text: string): ImportFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes };
};

function importerWith(crashOn: string | null = null, stallOn: string | null = null) {
  const workers: InProcessWorker[] = [];
  const importFile = createFileImporter(() => {
    const worker = new InProcessWorker(crashOn, stallOn);
    workers.push(worker);
    return worker;
  });
  return { importFile, workers };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('importFile refuses before any worker starts', () => {
  it.each([
    [
      'a file over the limit',
      { name: 'big.html', size: IMPORT_MAX_BYTES + 1, bytes: new Uint8Array(0) },
      'too-large',
    ],
    [
      'bytes over the limit, whatever the stated size',
      { name: 'big.txt', size: 1, bytes: new Uint8Array(IMPORT_MAX_BYTES + 1) },
      'too-large',
    ],
    ['an empty file', { name: 'empty.md', size: 0, bytes: new Uint8Array(0) }, 'empty'],
    ['an unknown kind of file', named('report.pdf', '%PDF-1.7'), 'unsupported-type'],
    [
      'an image named .html',
      {
        name: 'photo.html',
        size: 4,
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      },
      'unsupported-type',
    ],
  ])('%s', async (_, file, reason) => {
    const { importFile, workers } = importerWith();
    expect(await importFile(file)).toEqual({ ok: false, reason });
    expect(workers).toEqual([]);
  });
});

describe('importFile in a worker', () => {
  it('imports a web page through the worker and the sanitizer, reporting each stage in order', async () => {
    const { importFile, workers } = importerWith();
    const stages: ImportProgress['stage'][] = [];
    const outcome = await importFile(fileOf(`${WEB}/nile-news-with-clutter.html`), ({ stage }) => {
      if (stages.at(-1) !== stage) stages.push(stage);
    });
    expect(outcome).toMatchObject({
      ok: true,
      draft: { format: 'html', title: 'ارتفاع منسوب النيل يعيد الأمل إلى مزارعي الصعيد' },
    });
    expect(stages).toEqual(['reading', 'extracting', 'sanitizing', 'structuring']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received[0]!.bytes).toBeInstanceOf(ArrayBuffer);
  });

  it('reports progress within a stage by twentieths at most, however many slices a page has', async () => {
    const { importFile } = importerWith();
    const paragraphs = Array.from(
      { length: 10_000 },
      (_, n) => `<p>الفقرة رقم ${n} من مقال طويل جدا يكفي لعشرات الشرائح.</p>`,
    );
    const page = named('long.html', `<html><body><article>${paragraphs.join('')}</article></body></html>`);
    const slices = extractFile(page.name, 'html', page.bytes, () => undefined);
    expect(slices.kind === 'page' && slices.page.slices.length).toBeGreaterThan(30);
    const fractions: number[] = [];
    const outcome = await importFile(page, ({ stage, fraction }) => {
      if (stage === 'sanitizing') fractions.push(fraction ?? -1);
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.length).toBeLessThanOrEqual(21);
    for (const [index, fraction] of fractions.entries()) {
      if (index > 0) expect(fraction - fractions[index - 1]!).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('returns a text file as the text importer drafts it', async () => {
    const { importFile } = importerWith();
    const outcome = await importFile(fileOf(`${TEXT}/kazakhstan-excerpt.windows-1256.txt`));
    expect(outcome).toMatchObject({
      ok: true,
      draft: { format: 'text', encoding: 'windows-1256', language: 'ar' },
    });
  });

  it('passes the refusal of a file the worker cannot read, logging the cause', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importFile } = importerWith();
    expect(await importFile(named('book.epub', 'PK\u0003\u0004 but nothing of a zip after it'))).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(await importFile(named('page.html', '<html><body><script>only()</script></body></html>'))).toEqual(
      { ok: false, reason: 'no-text' },
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('book.epub'),
      expect.objectContaining({ message: 'not a ZIP archive' }),
    );
  });

  it('reuses one worker across a batch, one file at a time', async () => {
    const { importFile, workers } = importerWith();
    const outcomes = await Promise.all([
      importFile(fileOf(`${WEB}/poetry-meters-lesson.html`)),
      importFile(fileOf(`${WEB}/khatt-notebooks.mhtml`)),
      importFile(fileOf(`${TEXT}/kazakhstan-quotes.utf-8.txt`)),
    ]);
    expect(outcomes.map((outcome) => outcome.ok && outcome.draft.format)).toEqual(['html', 'mhtml', 'text']);
    expect(workers).toHaveLength(1);
  });

  it('a file that crashes the worker fails alone: the next one gets a new worker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importFile, workers } = importerWith('crash.html');
    const [crashed, next] = await Promise.all([
      importFile(named('crash.html', '<p>anything</p>')),
      importFile(fileOf(`${WEB}/poetry-meters-lesson.html`)),
    ]);
    expect(crashed).toEqual({ ok: false, reason: 'damaged' });
    expect(next).toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(warn).toHaveBeenCalledWith('The import worker failed on crash.html: out of memory');
  });

  it('a file that passes its deadline is stopped and times out alone: the next one gets a new worker', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importFile, workers } = importerWith(null, 'stall.html');
    const stalling = named('stall.html', '<p>anything</p>');
    const deadline = extractionDeadlineMs(stalling.size);
    const outcomes = Promise.all([importFile(stalling), importFile(named('note.txt', 'عنوان\n\nنص قصير.'))]);
    await vi.advanceTimersByTimeAsync(deadline - 1);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    const [stalled, next] = await outcomes;
    expect(stalled).toEqual({ ok: false, reason: 'timed-out' });
    expect(next).toMatchObject({ ok: true, draft: { title: 'عنوان' } });
    expect(workers).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith('The import worker was stopped after 30 s on stall.html');
  });

  it.each([
    [0, 30_000],
    [1024 * 1024, 40_000],
    [5 * 1024 * 1024, 80_000],
  ])('gives a file of %i bytes %i ms in the worker', (bytes, ms) => {
    expect(extractionDeadlineMs(bytes)).toBe(ms);
  });

  it('ends the worker once it has been idle a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { importFile, workers } = importerWith();
    const pending = importFile(named('note.txt', 'عنوان\n\nنص قصير.'));
    await vi.advanceTimersByTimeAsync(0);
    await pending;
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(workers[0]!.terminated).toBe(true);
  });
});
