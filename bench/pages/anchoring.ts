import { createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { toRange as positionToRange } from 'dom-anchor-text-position';
import { toRange as quoteToRange } from 'dom-anchor-text-quote';
import { anchorAll, selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import { QUOTE_CONTEXT_LENGTH } from '@shared/annotations/annotation-model';
import { BLOCK_SEPARATOR } from '@shared/document/document-model';
import { createTextMap } from '@renderer/reader/dom-text-map';
import {
  buildBenchDocument,
  editBenchDocument,
  randomSpans,
  renderArticle,
  type BenchDocument,
} from '../support/bench-document';
import {
  collectGarbage,
  count,
  defineBench,
  median,
  type BenchGroup,
  type BenchMeasure,
} from '../support/bench-page';
import { PEER_SOURCES, WRITTEN_FOR_BENCH } from '../support/peer-sources';

const DOCUMENT_LENGTH = 400_000;
const SELECTORS = 1_000;
const RUNS = 7;
/** A peer whose whole pass takes less than this runs in every round, like Hamish; a slower one runs once. */
const FAST_PEER_MS = 2_000;
/** A peer slower than this is stopped and its time extrapolated from the selectors it finished. */
const PEER_BUDGET_MS = 15_000;
/** Edits stay this far from every annotation, so each quote and its context survive verbatim. */
const KEEP_AROUND = QUOTE_CONTEXT_LENGTH + 8;

interface Offsets {
  start: number;
  end: number;
}
interface PeerQuote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
interface PeerPosition {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
type Anchorer = (index: number) => Promise<Range | null>;

defineBench(async () => {
  const original = buildBenchDocument(DOCUMENT_LENGTH);
  const spans = randomSpans(original, SELECTORS, 5, 80);
  // What was stored when each annotation was made, on the original text. Hamish stores its selectors on
  // the canonical text; the peers describe the DOM's text (no block separators), as they would have.
  const annotations = spans.map(({ start, end }) => ({
    target: { selector: selectorsFor(original.text, start, end) },
  })) as Pick<Annotation, 'target'>[];
  const domText = original.blocks.map((block) => block.text).join('');
  const peerPositions: PeerPosition[] = spans.map(({ start, end, block }) => {
    const domStart = start - block * BLOCK_SEPARATOR.length;
    return { type: 'TextPositionSelector', start: domStart, end: domStart + end - start };
  });
  const peerQuotes: PeerQuote[] = peerPositions.map(({ start, end }) => ({
    type: 'TextQuoteSelector',
    exact: domText.slice(start, end),
    prefix: domText.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: domText.slice(end, end + QUOTE_CONTEXT_LENGTH),
  }));

  const unchanged = await measureCase({
    document: original,
    expected: spans,
    annotations,
    quotes: peerQuotes,
    peers: (article) => [
      {
        id: 'apache',
        label:
          '@apache-annotator/dom: TextPosition matcher checked against the quote, else the quote matcher',
        source: PEER_SOURCES.apacheAnnotator,
        anchor: async (index) =>
          (await positionVerified(article, peerPositions[index]!, peerQuotes[index]!)) ??
          (await apacheQuote(article, peerQuotes[index]!)),
      },
      {
        id: 'dom-anchor-text-quote',
        label: 'dom-anchor-text-quote with the stored position as hint',
        source: PEER_SOURCES.domAnchorTextQuote,
        anchor: async (index) =>
          quoteToRange(article, peerQuotes[index]!, { hint: peerPositions[index]!.start }),
      },
      {
        id: 'dom-anchor-text-position',
        label: 'dom-anchor-text-position checked against the quote, else dom-anchor-text-quote with hint',
        source: PEER_SOURCES.domAnchorTextPosition,
        anchor: async (index) => {
          const range = positionToRange(article, peerPositions[index]!);
          if (range.toString() === peerQuotes[index]!.exact) return range;
          return quoteToRange(article, peerQuotes[index]!, { hint: peerPositions[index]!.start });
        },
      },
    ],
  });

  const edited = editBenchDocument(
    original,
    spans.map(({ start, end }) => ({ start: start - KEEP_AROUND, end: end + KEEP_AROUND })),
  );
  const movedSpans = spans.map(({ start, end }) => ({ start: edited.moved(start), end: edited.moved(end) }));
  const stale = await measureCase({
    document: edited.document,
    expected: movedSpans,
    annotations,
    quotes: peerQuotes,
    peers: (article) => [
      {
        id: 'apache',
        label: '@apache-annotator/dom: TextQuote matcher',
        source: PEER_SOURCES.apacheAnnotator,
        anchor: (index) => apacheQuote(article, peerQuotes[index]!),
      },
      {
        id: 'dom-anchor-text-quote',
        label: 'dom-anchor-text-quote with the stale position as hint',
        source: PEER_SOURCES.domAnchorTextQuote,
        anchor: async (index) =>
          quoteToRange(article, peerQuotes[index]!, { hint: peerPositions[index]!.start }),
      },
    ],
  });

  const common = [
    `${count(original.text.length)} characters of Arabic in ${count(original.blocks.length)} blocks (the seed article repeated, one word in eight varied, so short quotes recur and only context tells copies apart); ${count(SELECTORS)} selectors of 5–80 characters at random places`,
    `Hamish: anchorAll (src/shared/anchoring/anchor.ts) on the document's canonical text, then createTextMap + rangeFor (src/renderer/src/reader/dom-text-map.ts) to a DOM Range for each: the same work as the peers, selectors in, Ranges out`,
    'floor: text.indexOf(exact) for each quote on the same text, nothing else (it finds the first occurrence, right or not)',
    `a peer whose pass takes under ${FAST_PEER_MS / 1000} s runs in the same interleaved rounds as Hamish and the floor (median of ${RUNS} after a warm-up round, each round starting with the next, every pass after a full garbage collection so that none pays for the garbage of the one before); a slower one runs once, stopped after ${PEER_BUDGET_MS / 1000} s and its time extrapolated from the selectors it finished; correctness is checked after the clock, against where each passage really is`,
  ];
  const groups: BenchGroup[] = [
    {
      id: 'anchoring-unchanged',
      name: `anchoring ${count(SELECTORS)} selectors, text unchanged`,
      measures: unchanged,
      comparisons: [
        {
          subject: 'hamish',
          against: ['apache', 'dom-anchor-text-quote', 'dom-anchor-text-position'],
          kind: 'faster',
          target: 100,
          describe: 'the fastest peer',
        },
        { subject: 'hamish', against: ['floor'], kind: 'cost' },
      ],
      notes: [
        ...common,
        'every anchorer gets the stored quote and position and may use the position: Hamish and the position-first peers check the position against the quote before trusting it',
      ],
    },
    {
      id: 'anchoring-stale',
      name: `anchoring ${count(SELECTORS)} selectors, every position stale`,
      measures: stale,
      comparisons: [
        {
          subject: 'hamish',
          against: ['apache', 'dom-anchor-text-quote'],
          kind: 'faster',
          target: 100,
          describe: 'the fastest peer',
        },
        { subject: 'hamish', against: ['floor'], kind: 'cost', target: 3 },
      ],
      notes: [
        'document, selectors, Hamish, floor and timing as in the unchanged case',
        `the text as revised: a new first paragraph and a word inserted between every two neighbouring annotations (${count(edited.edits)} places, none within ${KEEP_AROUND} characters of a quote), so every stored position is wrong and by a different amount on either side of each edit; quote and context search for all`,
        `where no edit falls between two neighbouring annotations they move together: ${count(sharedShift(spans, movedSpans))} of ${count(SELECTORS)} moved by the same amount as the annotation before them (Hamish's anchorAll tries that shift before searching); every other one is found by searching`,
      ],
    },
  ];
  return { groups };
});

/** One anchorer: a timed pass over the selectors (stopped at `budgetMs`), and how many of a pass's answers are right. */
interface Contender {
  measure: Omit<BenchMeasure, 'ms' | 'correct' | 'checked'>;
  pass: (budgetMs: number) => Promise<{ ms: number; answers: unknown[] }>;
  right: (answers: unknown[]) => number;
}

/**
 * Hamish, the floor and the peers on one document, each judged against where the passages really are.
 * A peer whose first pass overruns the budget is timed on what it finished and extrapolated; the others
 * run in interleaved rounds with Hamish and the floor, so a busy moment on the machine falls on all alike.
 */
async function measureCase(input: {
  document: BenchDocument;
  expected: Offsets[];
  annotations: Pick<Annotation, 'target'>[];
  quotes: PeerQuote[];
  peers: (article: HTMLElement) => { id: string; label: string; source: string; anchor: Anchorer }[];
}): Promise<BenchMeasure[]> {
  const { document, expected, annotations, quotes } = input;
  const total = expected.length;
  const article = renderArticle(document, window.document.body);
  const checker = createTextMap(article);
  const isRight = (range: Range | null, index: number) => {
    const offsets = range && checker.offsetsFor(range);
    return offsets?.start === expected[index]!.start && offsets.end === expected[index]!.end;
  };
  const rightRanges = (answers: unknown[]) =>
    (answers as (Range | null)[]).filter((range, index) => isRight(range, index)).length;
  const timed = async <T>(work: () => T) => {
    await collectGarbage();
    const started = performance.now();
    const answers = work();
    return { ms: performance.now() - started, answers: answers as unknown[] };
  };

  const hamish: Contender = {
    measure: { id: 'hamish', label: 'Hamish', role: 'hamish', mustBeCorrect: true },
    pass: () =>
      timed(() => {
        const map = createTextMap(article);
        return anchorAll(document.text, annotations).map((anchor) =>
          anchor.status === 'orphan' ? null : map.rangeFor(anchor.start, anchor.end),
        );
      }),
    right: rightRanges,
  };
  const floor: Contender = {
    measure: { id: 'floor', label: 'bare indexOf of each quote', role: 'floor', source: WRITTEN_FOR_BENCH },
    pass: () => timed(() => quotes.map((quote) => document.text.indexOf(quote.exact))),
    right: (answers) =>
      (answers as number[]).filter((start, index) => start === expected[index]!.start).length,
  };
  const peers: Contender[] = input.peers(article).map(({ anchor, ...measure }) => ({
    measure: { ...measure, role: 'peer' },
    pass: async (budgetMs) => {
      const answers: (Range | null)[] = [];
      await collectGarbage();
      const started = performance.now();
      while (answers.length < total && performance.now() - started < budgetMs) {
        answers.push(await anchor(answers.length));
      }
      return { ms: ((performance.now() - started) / answers.length) * total, answers };
    },
    right: rightRanges,
  }));

  const results = new Map<Contender, { times: number[]; answers: unknown[] }>();
  const interleaved = [hamish, floor];
  for (const peer of peers) {
    const first = await peer.pass(PEER_BUDGET_MS);
    results.set(peer, { times: [first.ms], answers: first.answers });
    if (first.answers.length === total && first.ms < FAST_PEER_MS) interleaved.push(peer);
  }
  // A first round compiles the code; then every round starts with the next contender.
  for (let round = 0; round <= RUNS; round++) {
    for (let turn = 0; turn < interleaved.length; turn++) {
      const contender = interleaved[(round + turn) % interleaved.length]!;
      const { ms, answers } = await contender.pass(Number.POSITIVE_INFINITY);
      const seen = results.get(contender) ?? { times: [], answers };
      if (round === 0) seen.times = [];
      else seen.times.push(ms);
      results.set(contender, { times: seen.times, answers });
    }
  }

  return [hamish, floor, ...peers].map((contender) => {
    const { times, answers } = results.get(contender)!;
    const finished = answers.length;
    return {
      ...contender.measure,
      ms: median(times),
      correct: contender.right(answers),
      checked: finished,
      ...(finished < total
        ? { note: `timed on ${finished} of ${total} selectors in ${PEER_BUDGET_MS / 1000} s, extrapolated` }
        : contender.measure.role === 'peer' && times.length === 1
          ? { note: 'one pass' }
          : {}),
    };
  });
}

async function positionVerified(
  article: HTMLElement,
  position: PeerPosition,
  quote: PeerQuote,
): Promise<Range | null> {
  for await (const range of createTextPositionSelectorMatcher(position)(article)) {
    return range.toString() === quote.exact ? range : null;
  }
  return null;
}

async function apacheQuote(article: HTMLElement, quote: PeerQuote): Promise<Range | null> {
  for await (const range of createTextQuoteSelectorMatcher(quote)(article)) return range;
  return null;
}

/** How many annotations, in text order, moved by exactly as much as the one before them. */
function sharedShift(before: readonly Offsets[], after: readonly Offsets[]): number {
  const order = before.map((_, index) => index).sort((a, b) => before[a]!.start - before[b]!.start);
  let shared = 0;
  for (let k = 1; k < order.length; k++) {
    const shift = (index: number) => after[index]!.start - before[index]!.start;
    if (shift(order[k]!) === shift(order[k - 1]!)) shared++;
  }
  return shared;
}
