import { HIGHLIGHT_COLORS, type Annotation, type NoteBody } from '@shared/annotations/annotation-model';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import { selectorsFor } from '@shared/anchoring/anchor';
import { parseArticle } from '@shared/document/parse-article';
import type { ArticleDocument } from '@shared/document/document-model';
import { buildBenchDocument, randomSpans } from './bench-document';
import { seededRandom } from './bench-page';

export interface AnnotationWorkload {
  document: ArticleDocument;
  annotations: Annotation[];
  /** Each annotation where it stands in the text (all anchored: the text is the one they were made on). */
  items: AnchoredAnnotation[];
}

/** Notes as the Lexical editor writes them. */
const NOTES = [
  'ملاحظة **مهمة** عن مصالح الصين في كازاخستان.',
  '- الغاز\n- النفط\n- اليورانيوم',
  'Compare with *Reuters*, see [the report](https://example.org/report).',
  'سؤال: هل تتأثر `الإمدادات` فعلا؟',
  'راجع الفقرة السابقة.\n\n1. الطاقة\n2. الغذاء',
  '> اقتباس من مصدر آخر',
  'رأي الكاتب _غير محايد_ هنا.',
];
/** Text a reader typed that looks like HTML: rare in notes, and it takes the export's slower, parsed path. */
const HTML_NOTE = 'سؤال: <b>لماذا</b> الآن؟';
const TAGS = ['الصين', 'طاقة', 'روسيا', 'علاقات دولية', 'economy'];

/**
 * `count` annotations over a long Arabic document, as a reader's library would hold them: half with notes,
 * one note in `htmlEvery` holding HTML-like text; or, given `notes`, every one with a note, taken in turn.
 */
export function buildAnnotationWorkload(
  count: number,
  {
    documentLength = 400_000,
    htmlEvery = 100,
    notes,
  }: { documentLength?: number; htmlEvery?: number; notes?: readonly NoteBody[] } = {},
): AnnotationWorkload {
  const bench = buildBenchDocument(documentLength);
  const parsed = parseArticle(bench.text);
  const document: ArticleDocument = {
    ...parsed,
    versionId: `bench-article@${parsed.contentHash}`,
    manifest: {
      id: 'bench-article',
      file: 'bench-article.ar.txt',
      title: parsed.title,
      language: 'ar',
      direction: 'rtl',
      source: { name: 'مجلة أمناي' },
      publication: '2022-01',
      related: [],
    },
  };
  const random = seededRandom(99);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const hex = () =>
    Math.floor(random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  const annotations = randomSpans(bench, count, 5, 120).map(({ start, end }, index): Annotation => {
    const note = index % 2 === 1 ? '' : (index / 2) % htmlEvery === 0 ? HTML_NOTE : pick(NOTES);
    const time = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
    return {
      id: `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`,
      documentId: document.manifest.id,
      target: { source: document.versionId, selector: selectorsFor(document.text, start, end) },
      start,
      color: pick(HIGHLIGHT_COLORS),
      tags: random() < 0.5 ? [pick(TAGS)] : [],
      note: notes
        ? notes[index % notes.length]!
        : {
            editorState: note
              ? JSON.stringify({ root: { children: [{ type: 'paragraph', text: note }] } })
              : null,
            text: note,
            markdown: note,
          },
      author: { id: 'reader:default', name: 'Reader' },
      created: time,
      modified: time,
      schemaVersion: 1,
    };
  });
  const items = annotations.map((annotation): AnchoredAnnotation => ({
    annotation,
    anchor: { status: 'anchored', start: annotation.start, end: annotation.target.selector[1].end },
  }));
  return { document, annotations, items };
}
