import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { toRange as quoteToRange } from 'dom-anchor-text-quote';
import { anchorAnnotation, selectorsFor } from '@shared/anchoring/anchor';
import { matchQuote } from '@shared/anchoring/match-quote';
import { QUOTE_CONTEXT_LENGTH } from '@shared/annotations/annotation-model';
import { BLOCK_SEPARATOR } from '@shared/document/document-model';
import { createTextMap, type TextMap } from '@renderer/reader/dom-text-map';
import { buildBenchDocument, randomSpans, renderArticle } from '../support/bench-document';
import { defineBench, median, type BenchMeasure } from '../support/bench-page';

const DOCUMENT_LENGTH = 400_000;
const SELECTORS = 1_000;
/** A peer slower than this is stopped and its time extrapolated from the selectors it finished. */
const PEER_BUDGET_MS = 20_000;

interface Span {
  start: number;
  end: number;
  block: number;
}

defineBench(async () => {
  const document = buildBenchDocument(DOCUMENT_LENGTH);
  const article = renderArticle(document, window.document.body);
  const spans = randomSpans(document, SELECTORS, 5, 80);
  const selectors = spans.map(({ start, end }) => selectorsFor(document.text, start, end));
  // The peers read the DOM's text, which has no block separators: they get the same spans described on it.
  const domText = article.textContent ?? '';
  const domStart = (span: Span) => span.start - span.block * BLOCK_SEPARATOR.length;
  const peerSelector = (span: Span) => {
    const start = domStart(span);
    const end = start + span.end - span.start;
    return {
      type: 'TextQuoteSelector' as const,
      exact: domText.slice(start, end),
      prefix: domText.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: domText.slice(end, end + QUOTE_CONTEXT_LENGTH),
    };
  };
  const peerSelectors = spans.map(peerSelector);

  const checker = createTextMap(article);
  const isRight = (range: Range | null, span: Span) => {
    const offsets = range && checker.offsetsFor(range);
    return offsets?.start === span.start && offsets.end === span.end;
  };

  const hamish = (anchor: (index: number, map: TextMap) => Range | null) => {
    const times: number[] = [];
    let ranges: (Range | null)[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      const map = createTextMap(article);
      ranges = spans.map((_, index) => anchor(index, map));
      times.push(performance.now() - started);
    }
    return { ms: median(times), correct: ranges.filter((range, i) => isRight(range, spans[i]!)).length };
  };

  const withPositions = hamish((index, map) => {
    const anchored = anchorAnnotation(document.text, selectors[index]!);
    return map.rangeFor(anchored.start, anchored.end);
  });
  const quotesOnly = hamish((index, map) => {
    const [quote, position] = selectors[index]!;
    const match = matchQuote(document.text, quote, { hint: position.start });
    return match && map.rangeFor(match.start, match.end);
  });

  const apache = await timePeer(
    spans,
    async (index) => {
      const matches = createTextQuoteSelectorMatcher(peerSelectors[index]!)(article);
      for await (const match of matches) return match;
      return null;
    },
    isRight,
  );
  const anchorText = await timePeer(
    spans,
    async (index) => quoteToRange(article, peerSelectors[index]!, { hint: domStart(spans[index]!) }),
    isRight,
  );

  const measures: BenchMeasure[] = [
    { label: 'hamish', ms: withPositions.ms, correct: withPositions.correct, checked: SELECTORS },
    { label: 'hamish, quotes only', ms: quotesOnly.ms, correct: quotesOnly.correct, checked: SELECTORS },
    { label: 'apache-annotator', peer: true, ...apache },
    { label: 'dom-anchor-text-quote', peer: true, ...anchorText },
  ];
  return {
    groups: [
      {
        name: 'anchoring',
        measures,
        target: 300,
        notes: [
          `${document.text.length.toLocaleString('en')} characters in ${document.blocks.length} blocks; ${SELECTORS} selectors of 5–80 characters`,
          'hamish: anchorAnnotation (position checked with its context, else quote) + createTextMap.rangeFor; median of 7 runs',
          'hamish, quotes only: matchQuote with the position as hint, as after the text changed',
          'peers get the same spans described on the DOM text (it has no block separators); dom-anchor-text-quote gets the position as hint',
        ],
      },
    ],
  };
});

/** Times a peer selector by selector, stopping at the budget and extrapolating from the ones it finished. */
async function timePeer(
  spans: Span[],
  anchor: (index: number) => Promise<Range | null>,
  isRight: (range: Range | null, span: Span) => boolean,
): Promise<Omit<BenchMeasure, 'label'>> {
  let correct = 0;
  let done = 0;
  const started = performance.now();
  while (done < spans.length && performance.now() - started < PEER_BUDGET_MS) {
    if (isRight(await anchor(done), spans[done]!)) correct++;
    done++;
  }
  const elapsed = performance.now() - started;
  const ms = (elapsed / done) * spans.length;
  const note =
    done < spans.length ? `timed on ${done} of ${spans.length} selectors, extrapolated` : undefined;
  return { ms, correct, checked: done, ...(note ? { note } : {}) };
}
