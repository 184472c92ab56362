/** Shortens a quote for a list row at a word boundary, with an ellipsis. */
export function clampQuote(quote: string, max: number): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max * 0.6 ? cut : max)}…`;
}

/** The first lines of a note, each its own paragraph so each takes its own direction. */
export function notePreviewLines(text: string, maxLines = 3, maxChars = 90): string[] {
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const shown = lines.slice(0, maxLines).map((line) => clampQuote(line, maxChars));
  if (lines.length > maxLines && shown.length > 0) shown[shown.length - 1] += ' …';
  return shown;
}
