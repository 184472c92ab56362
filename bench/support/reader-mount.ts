import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import naskh400 from '@fontsource/noto-naskh-arabic/arabic-400.css?inline';
import naskh700 from '@fontsource/noto-naskh-arabic/arabic-700.css?inline';
import plex400 from '@fontsource/ibm-plex-sans-arabic/arabic-400.css?inline';
import plex600 from '@fontsource/ibm-plex-sans-arabic/arabic-600.css?inline';
import appCss from '@renderer/styles/app.css?inline';
import highlightsCss from '@renderer/reader/highlights.css?inline';
import noteCss from '@renderer/notes/note-editor.css?inline';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '@shared/annotations/annotation-model';
import type { ArticleDocument } from '@shared/document/document-model';
import { summarize } from '@shared/document/library';
import type { PassageTarget } from '@shared/links/passage-link';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import { getDb } from '@renderer/storage/db';
import { readDocumentAnnotations, savePack } from '@renderer/storage/annotation-store';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { PlatformProvider } from '@renderer/platform/PlatformProvider';
import { LibraryProvider } from '@renderer/library/LibraryProvider';
import { ImportProvider } from '@renderer/library/ImportProvider';
import { highlightName } from '@renderer/reader/highlight-painter';
import { ReaderScreen } from '@renderer/reader/ReaderScreen';
import { nextPaint, sleep } from './bench-page';

/** Quiet time between writing records and opening the reader: the database's own work after a write stays out. */
const SETTLE_MS = 500;

/** Vite emits plain CSS imports of a script entry to files no page links: a bench injects the app's styles itself. */
export function injectAppStyles(): void {
  const style = document.createElement('style');
  style.textContent = [naskh400, naskh700, plex400, plex600, appCss, highlightsCss, noteCss].join('\n');
  document.head.append(style);
}

/**
 * A ReaderPlatform that holds one document in memory: the bench times the reader, not the network. Any
 * other method refuses, and any other subscription (`on…`) does nothing, so new platform methods need no
 * change here.
 */
export function benchPlatform(article: ArticleDocument): ReaderPlatform {
  const known: Partial<ReaderPlatform> = {
    kind: 'web',
    listDocuments: async () => [summarize(article.manifest)],
    loadDocument: async () => article,
    saveFile: async () => ({ status: 'cancelled' }),
    listBackups: async () => [],
    setUiLanguage: async () => undefined,
  };
  const refuse = async (): Promise<never> => {
    throw new Error('not part of the bench');
  };
  const unsubscribe = () => undefined;
  return new Proxy(known, {
    get: (target, key: string) =>
      key in target ? target[key as keyof ReaderPlatform] : key.startsWith('on') ? () => unsubscribe : refuse,
  }) as ReaderPlatform;
}

/**
 * The app's database holding exactly `annotations` for the document; `packed` as a reader coming back
 * finds them (the feed packs a document once its annotations have been quiet for a while).
 */
export async function storeAnnotations(
  documentId: string,
  annotations: readonly Annotation[],
  packed: boolean,
): Promise<void> {
  const db = getDb();
  await db.annotations.clear();
  await db.packs.clear();
  if (annotations.length > 0) await db.annotations.bulkPut([...annotations]);
  if (packed && !(await savePack(documentId, await readDocumentAnnotations(documentId)))) {
    throw new Error('the pack was not saved');
  }
  await sleep(SETTLE_MS);
}

export interface MountedReader {
  container: HTMLElement;
  /** performance.now() just before React was asked to render. */
  started: number;
  unmount: () => Promise<void>;
}

/** Mounts the reader screen as the app does (StrictMode, platform, i18n) in a new container. */
export async function mountReader(
  platform: ReaderPlatform,
  documentId: string,
  target: PassageTarget | null = null,
): Promise<MountedReader> {
  CSS.highlights.clear();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await nextPaint();
  const started = performance.now();
  root.render(
    createElement(StrictMode, {
      children: createElement(PlatformProvider, {
        platform,
        children: createElement(I18nProvider, {
          children: createElement(LibraryProvider, {
            children: createElement(ImportProvider, {
              children: createElement(ReaderScreen, { documentId, onLibrary: () => undefined, target }),
            }),
          }),
        }),
      }),
    }),
  );
  return {
    container,
    started,
    unmount: async () => {
      root.unmount();
      container.remove();
      CSS.highlights.clear();
      await nextPaint();
    },
  };
}

/** Ranges in the colour highlights: one per annotation, one per block for an annotation across blocks. */
export function paintedRanges(): number {
  return HIGHLIGHT_COLORS.reduce(
    (sum, color) => sum + (CSS.highlights.get(highlightName(color))?.size ?? 0),
    0,
  );
}

/** Checks `done` once per frame; throws `message` when `timeoutMs` passes first. */
export async function until(done: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error(message);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Like `until`, but false instead of an error when the time runs out. */
export async function within(done: () => boolean, timeoutMs: number): Promise<boolean> {
  try {
    await until(done, timeoutMs, '');
    return true;
  } catch {
    return false;
  }
}

/**
 * Ids of the annotations that begin in the article's visible part but whose first character there is in
 * no registered range of their colour. (The reader registers the annotations near the view, not all.)
 */
export function unpaintedInView(container: HTMLElement, stored: readonly Annotation[]): string[] {
  const inView = [...container.querySelectorAll<HTMLElement>('article [data-start]')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom >= 0 && box.top <= innerHeight;
    })
    .map((element) => ({
      start: Number(element.dataset.start),
      end: Number(element.dataset.start) + (element.textContent ?? '').length,
    }));
  const shown = (offset: number) => inView.some((block) => offset >= block.start && offset < block.end);
  const covered = (color: HighlightColor, offset: number) =>
    [...(CSS.highlights.get(highlightName(color)) ?? [])].some((range) => {
      const start = Number(range.startContainer.parentElement?.dataset.start);
      return offset >= start + range.startOffset && offset < start + range.endOffset;
    });
  const missing: string[] = [];
  for (const annotation of stored) {
    const { start, end } = annotation.target.selector[1];
    let offset = start;
    while (offset < end && !shown(offset)) offset += 1;
    if (offset < end && !covered(annotation.color, offset)) missing.push(annotation.id);
  }
  if (inView.length === 0 || (stored.length > 0 && !stored.some((a) => shown(a.target.selector[1].start)))) {
    throw new Error('nothing annotated is in view: the check would prove nothing');
  }
  return missing;
}

/**
 * The whole reader on the workload's article with its first `highlights` annotations stored (packed, as a
 * returning reader finds them), once it shows the article with its highlights painted and has settled.
 */
export async function openAnnotatedReader(
  article: ArticleDocument,
  annotations: readonly Annotation[],
  timeoutMs: number,
): Promise<MountedReader> {
  const documentId = article.manifest.id;
  await storeAnnotations(documentId, [...annotations], true);
  const reader = await mountReader(benchPlatform(article), documentId);
  await until(
    () =>
      reader.container.querySelector('article [data-start]') !== null &&
      (annotations.length === 0 || paintedRanges() > 0),
    timeoutMs,
    'the reader did not open with its highlights painted',
  );
  await sleep(1_000);
  return reader;
}
