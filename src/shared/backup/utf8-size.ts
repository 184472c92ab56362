/** Characters encoded per step when measuring: a few MB of scratch memory, never a copy of the file. */
export const MEASURE_CHUNK = 1 << 20;

/**
 * Whether `content` takes more than `limit` bytes as UTF-8, counted natively chunk by chunk (a JavaScript
 * loop over the characters took as long as JSON.parse); stops once past the limit.
 */
export function exceedsUtf8Bytes(content: string, limit: number): boolean {
  if (content.length > limit) return true;
  if (content.length * 3 <= limit) return false;
  const encoder = new TextEncoder();
  const scratch = new Uint8Array(MEASURE_CHUNK * 3);
  let bytes = 0;
  for (let from = 0; from < content.length;) {
    let to = Math.min(from + MEASURE_CHUNK, content.length);
    // Never split a surrogate pair: each half alone would count as a 3-byte replacement character.
    if (to < content.length && isHighSurrogate(content.charCodeAt(to - 1))) to -= 1;
    bytes += encoder.encodeInto(content.slice(from, to), scratch).written;
    if (bytes > limit) return true;
    from = to;
  }
  return false;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
