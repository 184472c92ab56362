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
