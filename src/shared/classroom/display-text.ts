/**
 * Names, prompts and answers from a class file are display text: React escapes them, so markup in them is
 * only ever shown as characters and is kept as written. What is removed is what could make one text pose
 * as another on screen: control characters, and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that can reorder a name (`\u202Enimda` shows as "admin"). The marks
 * U+200E/U+200F/U+061C stay: they only nudge neutral characters, and Arabic text uses them.
 */
const SPOOFING = /(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu;
const LINE_BREAKS = /\r\n?|[\n\t\u2028\u2029]/g;

/** Text of several lines (a prompt, an answer, instructions): line breaks and tabs stay, as `\n` and `\t`. */
export function displayText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(SPOOFING, '').normalize('NFC');
}

/** A name or a label: one line, trimmed. */
export function displayName(text: string): string {
  return displayText(text).replace(LINE_BREAKS, ' ').trim();
}
