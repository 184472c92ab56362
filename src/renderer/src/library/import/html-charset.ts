/** Browsers look for a charset declaration in the first 1024 bytes; saved pages sometimes put it a little later. */
const PRESCAN_BYTES = 4096;
/** `<meta charset="…">`, and `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page's bytes declare in a `<meta>` near their start, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  let ascii = '';
  // One character per byte: the declaration is ASCII whatever the page's encoding is.
  for (let index = 0; index < head.length; index += 1) ascii += String.fromCharCode(head[index]!);
  return META_CHARSET.exec(ascii)?.[1] ?? null;
}
