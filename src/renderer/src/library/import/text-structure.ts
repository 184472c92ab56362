/** Elements that start a block of their own; the rest of the vocabulary flows into the text around it. */
export const BLOCK_STRUCTURE_TAGS = [
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
] as const;

/**
 * The only elements an imported page keeps: text structure, nothing that loads, runs, styles or links.
 * The worker writes its slices in this vocabulary and the sanitizer allows exactly it, so the sanitizer
 * has little to remove from an honest slice and everything to remove from a hostile one.
 */
export const TEXT_STRUCTURE_TAGS = [
  ...BLOCK_STRUCTURE_TAGS,
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'span',
  'br',
  'a',
] as const;

/** Attributes that survive: a paragraph's language and direction, nothing else (no URL, no style). */
export const TEXT_STRUCTURE_ATTRIBUTES = ['lang', 'dir'] as const;

/** Elements whose content is never text of the document: dropped whole, not unwrapped. */
export const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'audio',
  'video',
  'picture',
  'map',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'input',
  'img',
  'source',
  'track',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'hr',
] as const;
