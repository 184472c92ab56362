import type { TextDirection } from './text-direction';

// Letters (with Arabic harakat, which are marks) and digits survive; every other run becomes one `_`.
const NOT_TAG_CHARACTER = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * `#tag` text that Obsidian-style tools read as one tag: spaces and punctuation (`#`, `,`, `،`, …) become
 * `_`, never at either end, so every `_` sits between two letters: it can never open emphasis and needs
 * no escape. Returns null when nothing usable is left.
 */
export function hashtag(tag: string): string | null {
  const body = tag
    .normalize('NFC')
    .replace(NOT_TAG_CHARACTER, '_')
    .replace(/^_+|_+$/g, '');
  return body === '' ? null : `#${body}`;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LTR_LETTER =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u;

/**
 * `hashtag(tag)` for a line running in `context`: a tag holding letters of the other direction is
 * wrapped in FSI…PDI, or the bidi algorithm would put its neutral `#` on the wrong side of the word.
 */
export function isolatedHashtag(tag: string, context: TextDirection): string | null {
  const written = hashtag(tag);
  if (written === null) return null;
  const foreign = context === 'rtl' ? LTR_LETTER : RTL_LETTER;
  return foreign.test(written) ? `${FIRST_STRONG_ISOLATE}${written}${POP_DIRECTIONAL_ISOLATE}` : written;
}
