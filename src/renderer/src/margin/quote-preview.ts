/** Shortens a quote for a list row at a word boundary, with an ellipsis. */
export function clampQuote(quote: string, max: number): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max * 0.6 ? cut : max)}…`;
}
