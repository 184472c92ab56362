import type { Annotation, HighlightColor } from '../annotations/annotation-model';
import { BLOCK_SEPARATOR, type ArticleDocument } from '../document/document-model';
import { EXPORT_LABELS, type ExportLabels, type ExportLanguage } from './export-labels';
import { attribution } from './attribution';
import { isolatedHashtag } from './hashtag';
import { browserLink, desktopLink } from '../links/passage-link';
import { blockquote, escapeInline, heading, link, strong } from './markdown-text';
import { noteMarkdown } from './note-markdown';
import { textDirection, type TextDirection } from './text-direction';

export interface ExportContext {
  colorMeanings: Partial<Record<HighlightColor, string>>;
  language: ExportLanguage;
  /** Add an `http://127.0.0.1:4317/…` link for the browser edition beside the `hamish://` one. */
  browserLinks?: boolean;
}

/** An annotation with the range it is exported at: where it anchored, or its stored range when orphaned. */
export interface Placed {
  annotation: Annotation;
  start: number;
  end: number;
  orphan: boolean;
}

/** Markdown blocks of one direction; `null` follows whatever precedes it (a separator). */
export interface Segment {
  dir: TextDirection | null;
  blocks: string[];
}

/**
 * Writes annotations for one export. Everything that repeats (labels, colour lines, tags, section
 * names) is escaped once per export, not once per annotation: 10,000 annotations stay cheap.
 */
export class AnnotationBlocks {
  readonly labels: ExportLabels;
  readonly uiDir: TextDirection;
  private readonly colourLines = new Map<HighlightColor, string>();
  private readonly tags = new Map<string, string | null>();
  private readonly sections = new Map<string, string>();
  private readonly openLabel: string;
  private readonly browserLabel: string;

  constructor(private readonly context: ExportContext) {
    this.labels = EXPORT_LABELS[context.language];
    this.uiDir = context.language === 'ar' ? 'rtl' : 'ltr';
    this.openLabel = escapeInline(this.labels.openInHamish);
    this.browserLabel = escapeInline(this.labels.browserEdition);
  }

  heading(depth: 1 | 2, text: string, fallback: TextDirection): Segment {
    return { dir: textDirection(text, fallback), blocks: [heading(depth, text)] };
  }

  separator(): Segment {
    return { dir: null, blocks: ['***'] };
  }

  /** "Location: Section: … · Paragraph N" (no paragraph when the annotation starts in a heading). */
  location(sectionTitle: string, paragraph: number | null): string {
    let line = this.sections.get(sectionTitle);
    if (line === undefined) {
      const { location, section } = this.labels;
      line = `${strong(`${location}:`)} ${escapeInline(`${section}: ${sectionTitle}`)}`;
      this.sections.set(sectionTitle, line);
    }
    return paragraph === null ? line : `${line} · ${escapeInline(this.labels.paragraph)} ${paragraph}`;
  }

  /** Quote, colour and tags, the note, then location and links, each run in its own direction. */
  annotation(placed: Placed, document: ArticleDocument, location: string | null): Segment[] {
    const { annotation } = placed;
    const quote = placed.orphan
      ? annotation.target.selector[0].exact
      : document.text.slice(placed.start, placed.end);
    const segments: Segment[] = [
      {
        dir: textDirection(quote, document.manifest.direction),
        blocks: [blockquote(quote.split(BLOCK_SEPARATOR))],
      },
      { dir: this.uiDir, blocks: [this.metaLine(annotation)] },
    ];
    const note = noteMarkdown(annotation.note);
    if (note !== '') {
      segments.push({
        dir: textDirection(annotation.note.text || annotation.note.markdown, this.uiDir),
        blocks: [note],
      });
    }
    const links = location === null ? [] : [location];
    // The position rides along so a link still finds the passage if the annotation is deleted later.
    const target = {
      documentId: annotation.documentId,
      annotationId: annotation.id,
      start: placed.start,
      end: placed.end,
    };
    links.push(link(this.openLabel, desktopLink(target)));
    if (this.context.browserLinks) links.push(link(this.browserLabel, browserLink(target)));
    segments.push({ dir: this.uiDir, blocks: links });
    return segments;
  }

  private metaLine(annotation: Annotation): string {
    let line = this.colourLine(annotation.color);
    const tags = annotation.tags.map((tag) => this.tag(tag)).filter((tag): tag is string => tag !== null);
    if (tags.length > 0) line += ` · ${strong(`${this.labels.tags}:`)} ${tags.join(' ')}`;
    return line;
  }

  private colourLine(color: HighlightColor): string {
    let line = this.colourLines.get(color);
    if (line === undefined) {
      const meaning = this.context.colorMeanings[color]?.trim();
      const colour = this.labels.colours[color] + (meaning ? ` — ${meaning}` : '');
      line = `${strong(`${this.labels.colour}:`)} ${escapeInline(colour)}`;
      this.colourLines.set(color, line);
    }
    return line;
  }

  /** "Source: Title — Source name, published …": what a copied card was quoted from. */
  source(document: ArticleDocument): Segment {
    const line = `${strong(`${this.labels.source}:`)} ${escapeInline(attribution(document.manifest))}`;
    return { dir: this.uiDir, blocks: [line] };
  }

  /** Tags come out of hashtag() as letters, digits, inner underscores and isolates: nothing to escape. */
  private tag(tag: string): string | null {
    let written = this.tags.get(tag);
    if (written === undefined) {
      written = isolatedHashtag(tag, this.uiDir);
      this.tags.set(tag, written);
    }
    return written;
  }
}

/**
 * Right-to-left runs are wrapped in `<div dir="rtl">` blocks with blank lines around the Markdown
 * inside: CommonMark ends an HTML block at a blank line and parses what follows as Markdown, so
 * GitHub, Obsidian and other renderers keep the formatting and still set the direction.
 */
export function render(segments: readonly Segment[]): string {
  const blocks: string[] = [];
  let open: TextDirection | null = null;
  for (const segment of segments) {
    const dir: TextDirection = segment.dir ?? open ?? 'ltr';
    if (dir !== open) {
      if (open === 'rtl') blocks.push('</div>');
      if (dir === 'rtl') blocks.push('<div dir="rtl">');
      open = dir;
    }
    for (const block of segment.blocks) blocks.push(block);
  }
  if (open === 'rtl') blocks.push('</div>');
  return `${blocks.join('\n\n')}\n`;
}
