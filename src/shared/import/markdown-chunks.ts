/**
 * micromark slows down faster than the input grows on long lists, quotes and runs of `---`: a 400 KB
 * list took 40 s in one piece and 6.5 s in pieces of this size (unit-test build), so big files are cut.
 */
export const MARKDOWN_CHUNK_CHARS = 8_192;

const FENCE = /^\s*(`{3,}|~{3,})/;
/** HTML blocks that, unlike the others, run across blank lines until their end marker (CommonMark types 1 and 2). */
const RAW_HTML: readonly { start: RegExp; end: RegExp }[] = [
  { start: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
];
/** A link reference definition's first line: `[label]: url`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:/;
/** What may be a link label: labels hold no unescaped brackets, so any innermost pair of brackets. */
const BRACKETED = /\[((?:[^[\]\\]|\\.)+)\]/g;

/**
 * Cuts Markdown into pieces that parse the same apart as together: each cut falls on a blank line
 * followed by a line at the left margin (so no list item, quote or indented code goes on across it),
 * never inside a fenced code block or a raw HTML block that spans blank lines. Link reference
 * definitions are global to a file, so each piece gets in front the ones it may refer to that another
 * piece holds (the first of a label still wins): only those, or every definition would be copied into
 * every piece, and parsed once per piece.
 */
export function markdownChunks(source: string, maxChars = MARKDOWN_CHUNK_CHARS): string[] {
  if (source.length <= maxChars) return [source];
  const lines = source.split('\n');
  const pieces: string[][] = [[]];
  let size = 0;
  let fence: { marker: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (fence === null && htmlEnd === null && previousBlank && size >= maxChars && /^\S/.test(line)) {
      pieces.push([]);
      size = 0;
    }
    pieces[pieces.length - 1]?.push(line);
    size += line.length + 1;
    previousBlank = blank;
    if (fence !== null) {
      const closing = FENCE.exec(line)?.[1];
      if (closing?.[0] === fence.marker && closing.length >= fence.length && line.trim() === closing)
        fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      const opening = FENCE.exec(line)?.[1];
      const html = RAW_HTML.find(({ start }) => start.test(line));
      if (opening !== undefined) fence = { marker: opening[0] ?? '`', length: opening.length };
      else if (html !== undefined && !html.end.test(line)) htmlEnd = html.end;
    }
  }
  const definitions = firstDefinitions(pieces);
  return pieces.map((piece, index) => {
    const chunk = piece.join('\n');
    const referred = new Set<string>();
    for (const [, label = ''] of chunk.matchAll(BRACKETED)) {
      const definition = definitions.get(normalizedLabel(label));
      if (definition !== undefined && definition.piece !== index) referred.add(definition.line);
    }
    return referred.size === 0 ? chunk : `${[...referred].join('\n')}\n\n${chunk}`;
  });
}

/** Each label's first definition line and the piece holding it, by normalized label. */
function firstDefinitions(pieces: readonly string[][]): Map<string, { line: string; piece: number }> {
  const definitions = new Map<string, { line: string; piece: number }>();
  for (const [piece, lines] of pieces.entries()) {
    for (const line of lines) {
      const label = DEFINITION.exec(line)?.[1];
      if (label === undefined) continue;
      const key = normalizedLabel(label);
      if (!definitions.has(key)) definitions.set(key, { line, piece });
    }
  }
  return definitions;
}

/** A label as CommonMark (and micromark) match them: whitespace runs as one space, trimmed, case folded. */
function normalizedLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}
