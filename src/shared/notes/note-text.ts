/** One piece of a text run as Lexical holds it: newlines and tabs are nodes of their own, never characters. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'linebreak' } | { kind: 'tab' };

const LONE_SURROGATE = /\p{Cs}/gu;
/** Control characters other than tab and newlines carry no words and cannot be typed into a note. */
const INVISIBLE_CONTROL = /(?![\t\n\r])\p{Cc}/gu;
const LINE_OR_TAB = /(\r\n|\r|\n|\t)/;

/** A stored string as pieces Lexical can load: lone surrogates become U+FFFD, other controls go. */
export function textPieces(raw: string): TextPiece[] {
  const clean = raw.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE_CONTROL, '');
  const pieces: TextPiece[] = [];
  for (const part of clean.split(LINE_OR_TAB)) {
    if (part === '\t') pieces.push({ kind: 'tab' });
    else if (part === '\n' || part === '\r' || part === '\r\n') pieces.push({ kind: 'linebreak' });
    else if (part !== '') pieces.push({ kind: 'text', text: part });
  }
  return pieces;
}
