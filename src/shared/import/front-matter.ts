/** What a Markdown file's YAML front matter says about it; only these four keys are read. */
export interface FrontMatter {
  title?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  author?: string;
  /** Lowercase BCP 47 primary tag (`ar` from `ar-EG`). */
  lang?: string;
}

/** A `---` block at the very top, closed by `---` or `...` on a line of its own. */
const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Every line of real front matter is a key, a list item, an indented continuation or a comment. */
const YAML_LINE = /^(?:\s|-|#|[A-Za-z_][\w-]*[ \t]*:)/;
const KEY_VALUE = /^(title|date|author|lang)[ \t]*:[ \t]*(.*)$/;
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?![\d-])/;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * Splits YAML front matter off a Markdown source and reads its title, date, author and lang by hand:
 * plain `key: value` lines, quoted or not. Anything else in it is skipped, never evaluated. A `---`
 * block that is not YAML-shaped (a thematic break and a setext heading) is left to the Markdown.
 */
export function splitFrontMatter(source: string): { frontMatter: FrontMatter; body: string } {
  const block = BLOCK.exec(source);
  const lines = block?.[1]?.split('\n') ?? [];
  if (block === null || !lines.every((line) => line.trim() === '' || YAML_LINE.test(line))) {
    return { frontMatter: {}, body: source };
  }
  const frontMatter: FrontMatter = {};
  for (const line of lines) {
    const [, key, raw = ''] = KEY_VALUE.exec(line) ?? [];
    const value = scalar(raw);
    if (value === '') continue;
    if (key === 'title' || key === 'author') frontMatter[key] = value;
    else if (key === 'date') assign(frontMatter, 'date', isoDate(value));
    else if (key === 'lang') assign(frontMatter, 'lang', LANGUAGE_TAG.exec(value)?.[1]?.toLowerCase());
  }
  return { frontMatter, body: source.slice(block[0].length) };
}

function assign(frontMatter: FrontMatter, key: 'date' | 'lang', value: string | undefined): void {
  if (value !== undefined) frontMatter[key] = value;
}

/** A YAML scalar on one line: quoted (with its escapes) or plain (up to a ` #` comment). */
function scalar(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value
      .slice(1, -1)
      .replace(/\\(["\\])/g, '$1')
      .trim();
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replace(/''/g, "'").trim();
  }
  return value.replace(/\s+#.*$/, '').trim();
}

/** The date as precisely as it is given; times and zones are dropped. */
function isoDate(value: string): string | undefined {
  const [, year, month, day] = DATE.exec(value) ?? [];
  if (year === undefined) return undefined;
  return [year, month, day].filter((part) => part !== undefined).join('-');
}
