import type { AnchorResult } from '../anchoring/anchor';
import type { AnchoredAnnotation } from '../annotations/anchored-annotation';
import type { Annotation, HighlightColor } from '../annotations/annotation-model';
import type { ArticleDocument, Block } from '../document/document-model';
import { AnnotationBlocks, render, type ExportContext, type Placed, type Segment } from './annotation-blocks';
import { frontMatter } from './front-matter';

export type { ExportContext, Placed } from './annotation-blocks';

export interface MarkdownExportOptions {
  /** `notes`: only annotations with a note; `all`: every highlight too. */
  scope: 'notes' | 'all';
  /** Keep only these colours (absent or empty: all). */
  colors?: HighlightColor[];
  /** Keep annotations carrying any of these tags (absent or empty: all). */
  tags?: string[];
  includeOrphans: boolean;
}

export interface DocumentAnnotations {
  document: ArticleDocument;
  /** The document's annotations as the reader anchored them. */
  items: readonly AnchoredAnnotation[];
}

export interface ExportSettings extends ExportContext {
  /** The name the reader chose to sign exports with; no `reader:` line without one. */
  readerName?: string;
  exportedAt: Date;
  options: MarkdownExportOptions;
}

export type DocumentExportInput = DocumentAnnotations & ExportSettings;

export interface LibraryExportInput extends ExportSettings {
  documents: DocumentAnnotations[];
}

function readerEntry(name: string | undefined): { reader?: string } {
  const trimmed = name?.trim();
  return trimmed ? { reader: trimmed } : {};
}

/** One document: front matter, the title as H1, annotations in reading order under the article's headings. */
export function exportDocumentMarkdown(input: DocumentExportInput): string {
  const body = documentSegments(input, new AnnotationBlocks(input), input.options);
  const { manifest } = input.document;
  const head = frontMatter({
    title: input.document.title,
    document: manifest.id,
    source: manifest.source.name,
    // As precise as the manifest: `2022-01` stays a month, no day is made up.
    publication: manifest.publication,
    language: manifest.language,
    exported: input.exportedAt.toISOString(),
    ...readerEntry(input.readerName),
    annotations: body.count,
  });
  return head + render(body.segments);
}

/** Every document one after another, each under its own H1, with one front matter listing them all. */
export function exportLibraryMarkdown(input: LibraryExportInput): string {
  const writer = new AnnotationBlocks(input);
  const bodies = input.documents.map((doc) => ({ doc, ...documentSegments(doc, writer, input.options) }));
  const head = frontMatter({
    exported: input.exportedAt.toISOString(),
    ...readerEntry(input.readerName),
    annotations: bodies.reduce((sum, body) => sum + body.count, 0),
    documents: bodies.map(({ doc, count }) => ({
      id: doc.document.manifest.id,
      title: doc.document.title,
      source: doc.document.manifest.source.name,
      publication: doc.document.manifest.publication,
      language: doc.document.manifest.language,
      annotations: count,
    })),
  });
  return head + render(bodies.flatMap((body) => body.segments));
}

/** One document's annotations as Markdown without front matter: for "copy all" to the clipboard. */
export function annotationsToMarkdown(
  input: DocumentAnnotations & ExportContext & { options: MarkdownExportOptions },
): string {
  return render(documentSegments(input, new AnnotationBlocks(input), input.options).segments);
}

/** One annotation as Markdown, with the article it quotes: for "copy" to the clipboard. */
export function annotationToMarkdown(
  annotation: Annotation,
  context: ExportContext & { document: ArticleDocument; anchor: AnchorResult | undefined },
): string {
  const writer = new AnnotationBlocks(context);
  const placed = place(annotation, context.anchor, context.document.text.length);
  const location = placed.orphan ? null : locate(context.document, placed.start, writer).line;
  return render([writer.source(context.document), ...writer.annotation(placed, context.document, location)]);
}

/** The annotations an export with `options` writes, in its order: reading order, then orphans if included. */
export function selectForExport(doc: DocumentAnnotations, options: MarkdownExportOptions): Placed[] {
  const wantedTags = options.tags?.length ? new Set(options.tags.map((tag) => tag.normalize('NFC'))) : null;
  const chosen = doc.items
    .filter((item) => matchesOptions(item.annotation, options, wantedTags))
    .map((item) => place(item.annotation, item.anchor, doc.document.text.length));
  const anchored = chosen.filter((p) => !p.orphan).sort(byPosition);
  const orphans = options.includeOrphans ? chosen.filter((p) => p.orphan).sort(byPosition) : [];
  return [...anchored, ...orphans];
}

function documentSegments(
  doc: DocumentAnnotations,
  writer: AnnotationBlocks,
  options: MarkdownExportOptions,
): { segments: Segment[]; count: number } {
  const { document } = doc;
  const docDir = document.manifest.direction;
  const chosen = selectForExport(doc, options);
  const anchored = chosen.filter((p) => !p.orphan);
  const orphans = chosen.filter((p) => p.orphan);

  const segments: Segment[] = [writer.heading(1, document.title, docDir)];
  let currentSection: string | null | undefined;
  for (const placed of anchored) {
    const location = locate(document, placed.start, writer);
    if (location.sectionKey !== currentSection) {
      currentSection = location.sectionKey;
      segments.push(writer.heading(2, location.sectionTitle, docDir));
    } else {
      segments.push(writer.separator());
    }
    segments.push(...writer.annotation(placed, document, location.line));
  }
  if (orphans.length > 0) {
    segments.push(writer.heading(2, writer.labels.orphaned, writer.uiDir));
    orphans.forEach((placed, index) => {
      if (index > 0) segments.push(writer.separator());
      segments.push(...writer.annotation(placed, document, null));
    });
  }
  return { segments, count: anchored.length + orphans.length };
}

function matchesOptions(
  annotation: Annotation,
  options: MarkdownExportOptions,
  tags: Set<string> | null,
): boolean {
  if (options.scope === 'notes' && !hasNote(annotation)) return false;
  if (options.colors?.length && !options.colors.includes(annotation.color)) return false;
  if (tags && !annotation.tags.some((tag) => tags.has(tag.normalize('NFC')))) return false;
  return true;
}

function hasNote(annotation: Annotation): boolean {
  return annotation.note.text.trim() !== '' || annotation.note.markdown.trim() !== '';
}

function place(annotation: Annotation, anchor: AnchorResult | undefined, textLength: number): Placed {
  const valid =
    anchor !== undefined &&
    anchor.status !== 'orphan' &&
    anchor.start >= 0 &&
    anchor.start <= anchor.end &&
    anchor.end <= textLength;
  if (valid) return { annotation, start: anchor.start, end: anchor.end, orphan: false };
  const stored = annotation.target.selector[1];
  return { annotation, start: stored.start, end: stored.end, orphan: true };
}

function byPosition(a: Placed, b: Placed): number {
  return a.start - b.start || a.end - b.end || a.annotation.created.localeCompare(b.annotation.created);
}

interface Location {
  sectionKey: string | null;
  sectionTitle: string;
  line: string;
}

/** Section and paragraph number of the block holding `offset` (an offset in a separator counts for the next block). */
function locate(document: ArticleDocument, offset: number, writer: AnnotationBlocks): Location {
  const block = blockAt(document.blocks, offset);
  const sectionKey = block?.kind === 'heading' ? block.id : (block?.sectionId ?? null);
  const sectionTitle =
    (sectionKey === null ? undefined : headingText(document, sectionKey)) ?? writer.labels.introduction;
  const line = writer.location(sectionTitle, block?.kind === 'paragraph' ? block.ordinal : null);
  return { sectionKey, sectionTitle, line };
}

const headingTexts = new WeakMap<ArticleDocument, Map<string, string>>();

function headingText(document: ArticleDocument, id: string): string | undefined {
  let texts = headingTexts.get(document);
  if (!texts) {
    texts = new Map(document.blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
    headingTexts.set(document, texts);
  }
  return texts.get(id);
}

function blockAt(blocks: Block[], offset: number): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const block = blocks[found];
  if (block && offset >= block.end && found + 1 < blocks.length) return blocks[found + 1];
  return block ?? blocks[0];
}
