import { QUOTE_CONTEXT_LENGTH, type TextQuoteSelector } from '@shared/annotations/annotation-model';

/** Describes text[start, end) by its words and the words around it, so it can be found again after edits. */
export function quoteSelectorFor(
  text: string,
  start: number,
  end: number,
  context: number = QUOTE_CONTEXT_LENGTH,
): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: withoutSplitPairs(text.slice(Math.max(0, start - context), start)),
    suffix: withoutSplitPairs(text.slice(end, end + context)),
  };
}

/** A context cut through a surrogate pair would hold half a character, which no later text contains. */
function withoutSplitPairs(context: string): string {
  let from = 0;
  let to = context.length;
  if (isLowSurrogate(context.charCodeAt(0))) from = 1;
  if (to > from && isHighSurrogate(context.charCodeAt(to - 1))) to -= 1;
  return from === 0 && to === context.length ? context : context.slice(from, to);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
