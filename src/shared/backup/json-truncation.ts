/**
 * Whether text that failed to parse as JSON reads like a JSON document cut short: it opens an object
 * or array and ends inside a string or with brackets still open. Engine-neutral, unlike parse messages.
 */
export function looksTruncated(content: string): boolean {
  const first = content.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth++;
    } else if (char === 0x7d || char === 0x5d) {
      depth--;
      // Closed more than it opened: broken, not cut.
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}
