import { anchorInReadingOrder, type AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { Annotation, HighlightColor, NoteBody, Reader } from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import type { ArticleDocument } from '@shared/document/document-model';

export const GOLDEN_READER: Reader = { id: 'reader:mona', name: 'منى' };
export const GOLDEN_EXPORTED_AT = new Date('2024-03-05T10:20:30.000Z');

function note(markdown: string, text = markdown): NoteBody {
  return { editorState: '{"root":{}}', text, markdown };
}

interface Spec {
  quote: string;
  color: HighlightColor;
  tags?: string[];
  note?: NoteBody;
}

const SPECS: Spec[] = [
  {
    quote: 'هنأ الزعيم الصيني نظيره الكازاخستاني',
    color: 'yellow',
    tags: ['الصين', 'علاقات دولية'],
    note: note('تهنئة **سريعة** بعد الأحداث.'),
  },
  { quote: 'ثورة ملونة', color: 'pink', tags: ['مصطلح#سياسي، مهم'] },
  {
    quote: 'خمس وارداتها من الغاز',
    color: 'green',
    note: note('- الغاز\n- النفط\n\n1. عبر كازاخستان', 'الغاز\nالنفط\nعبر كازاخستان'),
  },
  {
    quote: 'شركة Cameco',
    color: 'blue',
    tags: ['uranium'],
    note: note('Cameco is a *Canadian* producer. <script>alert(1)</script>'),
  },
  {
    quote: 'التنافس الروسي الصيني في كازاخستان',
    color: 'purple',
    note: note('عنوان القسم: # ليس عنوانا و > ليس اقتباسا'),
  },
];

/** A fixed, varied set on the bundled article: notes, formatting, Arabic tags, an orphan and a raw `<script>`. */
export function seedAnnotations(document: ArticleDocument): Annotation[] {
  const annotations = SPECS.map((spec, index) => {
    const start = document.text.indexOf(spec.quote);
    if (start < 0) throw new Error(`Golden quote not in the article: ${spec.quote}`);
    return createAnnotation({
      id: `00000000-0000-4000-8000-00000000000${index + 1}`,
      document,
      start,
      end: start + spec.quote.length,
      color: spec.color,
      author: GOLDEN_READER,
      now: new Date(Date.UTC(2024, 2, 1, 9, index)),
      tags: spec.tags,
      note: spec.note,
    });
  });
  const orphan: Annotation = {
    ...annotations[0]!,
    id: ORPHAN_ID,
    target: {
      source: document.versionId,
      selector: [
        { type: 'TextQuoteSelector', exact: 'جملة حذفت من المقال', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 5000, end: 5019 },
      ],
    },
    start: 5000,
    color: 'yellow',
    tags: [],
    note: note('كانت هنا فقرة.'),
  };
  return [...annotations, orphan];
}

export const ORPHAN_ID = '00000000-0000-4000-8000-000000000009';

/** Anchored the way the reader anchors them; the orphan is declared one whatever fuzzy matching finds. */
export function anchoredFor(document: ArticleDocument, annotations: Annotation[]): AnchoredAnnotation[] {
  return anchorInReadingOrder(document.text, annotations).map((item) =>
    item.annotation.id === ORPHAN_ID ? { ...item, anchor: { status: 'orphan', start: -1, end: -1 } } : item,
  );
}
