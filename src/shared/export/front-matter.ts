/** A scalar or a list of flat records: all an export's front matter needs. */
export type FrontMatterValue = string | number | Array<Record<string, string | number>>;

// JSON.stringify escapes C0 controls already; these are the rest of what YAML forbids raw, plus the
// line and paragraph separators that YAML 1.1 tools read as line breaks.
const UNSAFE_FOR_YAML = /[\u007f-\u0084\u0086-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A JSON string is a valid YAML double-quoted scalar once characters YAML forbids raw are escaped too. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    UNSAFE_FOR_YAML,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: string | number): string {
  return typeof value === 'number' ? String(value) : yamlString(value);
}

export function frontMatter(entries: Record<string, FrontMatterValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(entries)) {
    if (!Array.isArray(value)) {
      lines.push(`${key}: ${scalar(value)}`);
      continue;
    }
    lines.push(`${key}:`);
    for (const record of value) {
      Object.entries(record).forEach(([field, item], index) => {
        lines.push(`${index === 0 ? '  - ' : '    '}${field}: ${scalar(item)}`);
      });
    }
  }
  lines.push('---', '', '');
  return lines.join('\n');
}
