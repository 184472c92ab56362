/**
 * Whole-word matching on folded text (see arabic-normalize), Arabic-aware: a word may carry the
 * proclitics a reader does not think of as part of it — a conjunction (و ف), then a preposition
 * (ب ك ل), then the article ال, with ل + ال written لل. So "الصين" finds "والصين", "بالصين" and
 * "للصين" but not "الصينية", and "صين" finds "الصين" too: the article is a clitic, not part of the
 * word. Clitics the query itself carries are required, so "الصين" does not find a bare "صين".
 * Suffixes are not stripped: a whole word ends where the query ends.
 */

/** A match in folded offsets: [start, end). */
export interface FoldedSpan {
  start: number;
  end: number;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];

/** Every proclitic sequence a word may start with, the empty one included. */
const PREFIXES: ReadonlySet<string> = new Set(
  CONJUNCTIONS.flatMap((conjunction) =>
    PREPOSITIONS.flatMap((preposition) => [
      conjunction + preposition,
      conjunction + (preposition === 'ل' ? 'لل' : `${preposition}ال`),
    ]),
  ),
);
const LONGEST_PREFIX = Math.max(...[...PREFIXES].map((prefix) => prefix.length));
const ARTICLE = 'ال';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether the character at `index` of `text` is part of a word (a letter, digit or combining mark). */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // A low surrogate belongs to the code point that starts one unit earlier.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** The word letters between the last word boundary and `at`, or null when there are more than a prefix could be. */
function lettersBefore(text: string, at: number): string | null {
  let from = at;
  while (isWordCharAt(text, from - 1)) {
    from -= 1;
    if (at - from > LONGEST_PREFIX) return null;
  }
  return text.slice(from, at);
}

function* occurrences(text: string, needle: string): Generator<number> {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) yield at;
}

/** `needle` as a whole word (with allowed proclitics before it) at every place in `text`, in order; spans may overlap. */
function* directSpans(text: string, needle: string): Generator<FoldedSpan> {
  const checkStart = isWordCharAt(needle, 0);
  const checkEnd = isWordCharAt(needle, needle.length - 1);
  for (const at of occurrences(text, needle)) {
    const end = at + needle.length;
    if (checkEnd && isWordCharAt(text, end)) continue;
    if (checkStart) {
      const prefix = lettersBefore(text, at);
      if (prefix === null || !PREFIXES.has(prefix)) continue;
    }
    yield { start: at, end };
  }
}

/** A query that starts with the article, found where ل + ال was written لل: "الصين" in "للصين", "وللصين". */
function* lamArticleSpans(text: string, needle: string): Generator<FoldedSpan> {
  const stem = needle.slice(ARTICLE.length);
  if (!needle.startsWith(ARTICLE) || !isWordCharAt(stem, 0)) return;
  // "لصين" preceded by the preposition's ل: the match covers both lams.
  for (const span of directSpans(text, `ل${stem}`)) {
    const prefix = lettersBefore(text, span.start);
    if (prefix === 'ل' || prefix === 'ول' || prefix === 'فل') yield { start: span.start - 1, end: span.end };
  }
}

/** Whole-word matches of the folded `needle` in the folded `text`, by start; they may overlap. */
export function* wholeWordSpans(text: string, needle: string): Generator<FoldedSpan> {
  if (needle.length === 0) return;
  const direct = directSpans(text, needle);
  const merged = lamArticleSpans(text, needle);
  let a = direct.next();
  let b = merged.next();
  while (!a.done || !b.done) {
    if (!a.done && (b.done || a.value.start <= b.value.start)) {
      yield a.value;
      a = direct.next();
    } else if (!b.done) {
      yield b.value;
      b = merged.next();
    }
  }
}

/** Whether the folded `needle` occurs in the folded `text` as a whole word. */
export function includesWholeWord(text: string, needle: string): boolean {
  return !wholeWordSpans(text, needle).next().done;
}
