import { MAX_NOTE_STATE_CHARS } from './note-state-rules';
import { PLAIN_LOOK, type NoteTree } from './note-tree';
import { NoteTreeBuilder } from './note-tree-builder';
import { MIN_CHARS, noteTreeToJson } from './note-tree-json';

const LINE_END = /\r\n|\r|\n/;
const LINE_END_OR_TAB = /[\t\r\n]+/g;

/**
 * A note state holding just these words, one paragraph per line; null when there are none (the
 * editor stores no note for blank text). Always within MAX_NOTE_STATE_CHARS: when one paragraph per
 * line would not fit, the lines share one paragraph; only words that alone exceed the bound are cut.
 */
export function stateFromPlainText(text: string): string | null {
  if (text.trim() === '') return null;
  const lines = text.split(LINE_END);
  const fewestChars = text.length + lines.length * MIN_CHARS.block;
  const byLine = fewestChars <= MAX_NOTE_STATE_CHARS ? noteTreeToJson(paragraphs(lines)) : null;
  if (byLine !== null && byLine.length <= MAX_NOTE_STATE_CHARS) return byLine;
  return singleParagraphState(text.replace(LINE_END_OR_TAB, ' '));
}

function singleParagraphState(text: string): string {
  let kept = text;
  for (;;) {
    const json = noteTreeToJson(paragraphs([kept]));
    if (json.length <= MAX_NOTE_STATE_CHARS) return json;
    // Escaping makes size roughly proportional to length: cut to the share that fits, and retry.
    const share = Math.floor((kept.length * MAX_NOTE_STATE_CHARS) / json.length) - 1_000;
    kept = cutAtCharacter(kept, Math.max(0, Math.min(share, kept.length - 1)));
  }
}

function cutAtCharacter(text: string, length: number): string {
  const code = text.charCodeAt(length);
  return text.slice(0, code >= 0xdc00 && code <= 0xdfff ? length - 1 : length);
}

function paragraphs(lines: readonly string[]): NoteTree {
  const builder = new NoteTreeBuilder(null);
  for (const line of lines) {
    const opening = builder.openTextBlock('paragraph', PLAIN_LOOK);
    builder.text(line, 0);
    builder.close(opening);
  }
  return builder.finish();
}
