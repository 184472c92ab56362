/**
 * Hiding harakat without moving a single offset: each mark becomes U+034F COMBINING GRAPHEME JOINER, which is
 * invisible, joins the same grapheme, is transparent to Arabic joining and skipped by shaping. The rendered
 * text keeps the canonical text's length and every other character at its index, so selections, anchors
 * and painted ranges mean the same offsets whether the marks show or not.
 */
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/g;
export const HIDDEN_MARK = '\u034F';
const HIDDEN_MARKS = /\u034F/g;

export function maskDiacritics(text: string): string {
  return text.replace(HARAKAT, HIDDEN_MARK);
}

/** What a copy of masked text should carry: the visible letters, without the placeholders. */
export function withoutHiddenMarks(text: string): string {
  return text.replace(HIDDEN_MARKS, '');
}
