/**
 * Lexical note states a backup or an import could carry that our editor never writes: overlays,
 * script URLs, node types it does not register, absurd sizes and depths, broken JSON. Shared by the
 * sanitizer's unit tests and the end-to-end restore test.
 */
export interface HostileNoteState {
  name: string;
  editorState: string;
  /** The note's stored plain text, as a backup carries it beside the state. */
  fallbackText: string;
  /** Words the reader must still see once the state is sanitized and loaded. */
  survivingWords: string[];
  /** Text that must not remain anywhere in the sanitized state (a script URL, a CSS value…). */
  forbidden: string[];
}

type Json = Record<string, unknown>;

const text = (content: unknown, extra: Json = {}): Json => ({
  type: 'text',
  text: content,
  version: 1,
  ...extra,
});
const paragraph = (children: unknown[], extra: Json = {}): Json => ({
  type: 'paragraph',
  children,
  version: 1,
  ...extra,
});
const link = (url: string, label: string, type = 'link'): Json => ({
  type,
  url,
  children: [text(label)],
  version: 1,
});
const state = (...children: unknown[]): string =>
  JSON.stringify({ root: { type: 'root', children, version: 1 } });

const OVERLAY = 'position:fixed;inset:0;height:100vh;background:#c00;z-index:2147483647';
const DEPTH = 20_000;

/** A list nested DEPTH deep, written as a string: building it as an object would need recursion. */
function deepListState(): string {
  const open = (level: number) =>
    `{"type":"list","listType":"bullet","children":[{"type":"listitem","children":[{"type":"text","text":"level${level} "},`;
  let json = '{"root":{"type":"root","children":[';
  for (let level = 0; level < DEPTH; level++) json += open(level);
  json += '{"type":"text","text":"bottom"}';
  json += ']}]}'.repeat(DEPTH);
  return `${json}]}}`;
}

/** Unknown elements nested DEPTH deep around one word. */
function deepUnknownState(): string {
  const json =
    '{"type":"custom-xyz","children":['.repeat(DEPTH) +
    '{"type":"text","text":"buried"}' +
    ']}'.repeat(DEPTH);
  return `{"root":{"type":"root","children":[${json}]}}`;
}

const HUGE_WORDS = 'كلمة '.repeat(600_000);

export const HOSTILE_NOTE_STATES: HostileNoteState[] = [
  {
    name: 'full-height red overlay in a text style',
    editorState: state(paragraph([text('Overlay words', { style: OVERLAY })])),
    fallbackText: 'Overlay words',
    survivingWords: ['Overlay', 'words'],
    forbidden: ['position:fixed', '#c00', 'z-index'],
  },
  {
    name: 'overlay styles on blocks (paragraph, heading, quote, list, list item)',
    editorState: state(
      paragraph([text('para')], { style: OVERLAY }),
      {
        type: 'heading',
        tag: 'h2',
        style: 'background:url(https://evil.example/x.png)',
        children: [text('head')],
      },
      { type: 'quote', style: 'width:expression(alert(1))', children: [text('quoted')] },
      {
        type: 'list',
        listType: 'bullet',
        style: OVERLAY,
        children: [{ type: 'listitem', style: OVERLAY, children: [text('item')] }],
      },
    ),
    fallbackText: 'para\nhead\nquoted\nitem',
    survivingWords: ['para', 'head', 'quoted', 'item'],
    forbidden: ['position:fixed', 'url(', 'expression(', 'evil.example'],
  },
  {
    name: 'textStyle on an empty paragraph and a full one',
    editorState: state(
      paragraph([], { textStyle: OVERLAY, textFormat: 1 }),
      paragraph([text('styled later')], { textStyle: 'background-image:url(data:image/png;base64,AAAA)' }),
    ),
    fallbackText: 'styled later',
    survivingWords: ['styled', 'later'],
    forbidden: ['position:fixed', 'background-image', 'data:image'],
  },
  {
    name: 'javascript: link',
    editorState: state(paragraph([text('see '), link('javascript:alert(document.cookie)', 'click me')])),
    fallbackText: 'see click me',
    survivingWords: ['see', 'click me'],
    forbidden: ['javascript:', 'alert(', 'document.cookie'],
  },
  {
    name: 'data: link',
    editorState: state(
      paragraph([link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a picture')]),
    ),
    fallbackText: 'a picture',
    survivingWords: ['a picture'],
    forbidden: ['data:', 'base64', 'PHNjcmlwdD5'],
  },
  {
    name: 'vbscript:, disguised javascript: and file: links',
    editorState: state(
      paragraph([
        link('vbscript:msgbox(1)', 'first'),
        text(' '),
        link('  JaVaScRiPt:alert(1)', 'second'),
        text(' '),
        link('java\tscript:alert(2)', 'third'),
        text(' '),
        link('file:///etc/passwd', 'fourth'),
      ]),
    ),
    fallbackText: 'first second third fourth',
    survivingWords: ['first', 'second', 'third', 'fourth'],
    forbidden: ['vbscript', 'msgbox', 'JaVaScRiPt', 'script:', 'alert', 'file:', 'passwd'],
  },
  {
    name: 'allowed https, mailto and hamish links keep their URL as text',
    editorState: state(
      paragraph([
        link('https://example.org/page?q=1', 'the source'),
        text(' and '),
        link('mailto:teacher@example.org', 'write to me'),
        text(' and '),
        link('hamish://open/china-interests?annotation=1', 'this passage'),
      ]),
      paragraph([link('https://example.org/auto', 'https://example.org/auto', 'autolink')]),
    ),
    fallbackText: 'the source and write to me and this passage\nhttps://example.org/auto',
    survivingWords: [
      'the source (https://example.org/page?q=1)',
      'write to me (mailto:teacher@example.org)',
      'this passage (hamish://open/china-interests?annotation=1)',
      'https://example.org/auto',
    ],
    forbidden: ['"link"', '"autolink"', '"url"'],
  },
  {
    name: 'unknown node types: image, html, iframe, script, custom-xyz',
    editorState: state(
      paragraph([
        text('before '),
        { type: 'image', src: 'https://evil.example/track.gif', altText: 'x', version: 1 },
      ]),
      { type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('inside html')] },
      { type: 'iframe', src: 'https://evil.example/frame', children: [] },
      { type: 'script', text: 'alert(1)' },
      { type: 'custom-xyz', children: [paragraph([text('custom words')]), text('loose words')] },
    ),
    fallbackText: 'before\ninside html\ncustom words loose words',
    survivingWords: ['before', 'inside html', 'custom words', 'loose words'],
    forbidden: ['evil.example', 'onerror', '"image"', '"html"', '"iframe"', '"script"', 'custom-xyz'],
  },
  {
    name: `list nested ${DEPTH} deep`,
    editorState: deepListState(),
    fallbackText: 'level0',
    survivingWords: ['level0', 'level1', 'level7', 'level8', `level${DEPTH - 1}`, 'bottom'],
    forbidden: [],
  },
  {
    name: `unknown elements nested ${DEPTH} deep`,
    editorState: deepUnknownState(),
    fallbackText: 'buried',
    survivingWords: ['buried'],
    forbidden: ['custom-xyz'],
  },
  {
    name: 'a 3-million-character text node',
    editorState: state(paragraph([text(`BEGIN ${HUGE_WORDS}END`, { style: OVERLAY })])),
    fallbackText: 'BEGIN',
    survivingWords: ['BEGIN', 'END', 'كلمة كلمة'],
    forbidden: ['position:fixed'],
  },
  {
    name: 'prototype-pollution keys',
    editorState:
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"root":{"type":"root",' +
      '"__proto__":{"children":[]},"children":[{"type":"paragraph","__proto__":{"style":"position:fixed"},' +
      '"children":[{"type":"text","text":"safe words","constructor":{"name":"x"},"__proto__":{"format":255}}]},' +
      '{"type":"__proto__","text":"proto node"},{"type":"constructor","children":[{"type":"text","text":"ctor node"}]}]}}',
    fallbackText: 'safe words',
    survivingWords: ['safe words', 'proto node', 'ctor node'],
    forbidden: ['polluted', '__proto__', 'constructor', 'position:fixed'],
  },
  {
    name: 'text that is not a string',
    editorState: state(
      paragraph([
        text(12345),
        text(' '),
        text({ toString: 'evil' }),
        text(['array']),
        text(null),
        text(true),
        text(' kept'),
      ]),
    ),
    fallbackText: '12345 kept',
    survivingWords: ['12345', 'kept'],
    forbidden: ['evil', 'toString'],
  },
  {
    name: 'negative, huge and non-numeric indents',
    editorState: state(
      paragraph([text('minus')], { indent: -5 }),
      paragraph([text('huge')], { indent: 1e9 }),
      paragraph([text('string')], { indent: '7; position:fixed' }),
      paragraph([text('fraction')], { indent: 2.5 }),
      {
        type: 'list',
        listType: 'number',
        start: -1e12,
        indent: 1e300,
        children: [{ type: 'listitem', indent: 1e6, value: 1e20, children: [text('item')] }],
      },
    ),
    fallbackText: 'minus huge string fraction item',
    survivingWords: ['minus', 'huge', 'string', 'fraction', 'item'],
    forbidden: ['position:fixed', '1e+', '1000000000'],
  },
  {
    name: 'bogus text format bitmasks',
    editorState: state(
      paragraph([
        text('all', { format: -1 }),
        text(' big', { format: 2 ** 40 + 8 }),
        text(' half', { format: 1.5 }),
        text(' named', { format: 'underline' }),
        text(' upper', { format: 512 | 8 | 1 }),
      ]),
    ),
    fallbackText: 'all big half named upper',
    survivingWords: ['all', 'big', 'half', 'named', 'upper'],
    forbidden: ['underline'],
  },
  {
    name: 'not JSON at all',
    editorState: '<script>alert(1)</script>',
    fallbackText: 'الكلمات محفوظة\nsecond line',
    survivingWords: ['الكلمات محفوظة', 'second line'],
    forbidden: ['<script>', 'alert'],
  },
  {
    name: 'a JSON array',
    editorState: '[{"root":{"type":"root","children":[]}}]',
    fallbackText: 'array fallback',
    survivingWords: ['array fallback'],
    forbidden: [],
  },
  {
    name: 'a null root',
    editorState: '{"root":null}',
    fallbackText: 'null root fallback',
    survivingWords: ['null root fallback'],
    forbidden: [],
  },
  {
    name: 'no root at all',
    editorState: '{"editorState":{"root":{"type":"root","children":[]}},"style":"position:fixed"}',
    fallbackText: 'rootless fallback',
    survivingWords: ['rootless fallback'],
    forbidden: ['position:fixed'],
  },
  {
    name: 'text, line breaks and tabs directly under the root',
    editorState: state(
      text('loose'),
      { type: 'linebreak' },
      { type: 'tab' },
      text('words'),
      paragraph([text('then a block')]),
    ),
    fallbackText: 'loose words then a block',
    survivingWords: ['loose', 'words', 'then a block'],
    forbidden: [],
  },
  {
    name: 'list items outside a list',
    editorState: state(
      { type: 'listitem', children: [text('stray one')] },
      { type: 'listitem', children: [text('stray two')] },
      paragraph([{ type: 'listitem', children: [text('in a paragraph')] }]),
    ),
    fallbackText: 'stray one stray two in a paragraph',
    survivingWords: ['stray one', 'stray two', 'in a paragraph'],
    forbidden: [],
  },
  {
    name: 'a state larger than the size bound',
    editorState: state(paragraph([text('x'.repeat(5_000_001))])),
    fallbackText: 'too big to read\nbut words kept',
    survivingWords: ['too big to read', 'but words kept'],
    forbidden: ['xxxxxxxxxx'],
  },
  {
    name: 'check list with ticked items',
    editorState: state({
      type: 'list',
      listType: 'check',
      children: [
        { type: 'listitem', checked: true, children: [text('done')] },
        { type: 'listitem', checked: 'yes', children: [text('todo')] },
      ],
    }),
    fallbackText: 'done todo',
    survivingWords: ['done', 'todo'],
    forbidden: ['"check"', '"checked"'],
  },
  {
    name: 'heading tags the editor cannot show',
    editorState: state(
      { type: 'heading', tag: 'h7', children: [text('seventh')] },
      { type: 'heading', tag: 'script', children: [text('scripted')] },
      { type: 'heading', tag: 'h1 style=position:fixed', children: [text('sneaky')] },
    ),
    fallbackText: 'seventh scripted sneaky',
    survivingWords: ['seventh', 'scripted', 'sneaky'],
    forbidden: ['h7', '"script"', 'position:fixed'],
  },
  {
    name: 'CSS smuggled through direction and alignment',
    editorState: state(
      paragraph([text('aligned')], { direction: 'rtl;position:fixed', format: 'center;background:#c00' }),
      paragraph([text('directed')], { direction: 'auto', format: 7 }),
    ),
    fallbackText: 'aligned directed',
    survivingWords: ['aligned', 'directed'],
    forbidden: ['position:fixed', '#c00', '"auto"'],
  },
  {
    name: 'token and segmented text, odd details, unknown fields',
    editorState: state(
      paragraph([
        text('token', { mode: 'token', detail: 255, onclick: 'alert(1)' }),
        text(' segmented', { mode: 'segmented', $: { color: 'red' } }),
      ]),
    ),
    fallbackText: 'token segmented',
    survivingWords: ['token', 'segmented'],
    forbidden: ['"token"', '"segmented"', 'onclick', '"$"'],
  },
  {
    name: 'control characters and lone surrogates inside text',
    editorState: state(
      paragraph([text('bell\u0007 nul\u0000 esc\u001b lone\uD800 tail\uDC00 line\nnext\ttab')]),
    ),
    fallbackText: 'bell nul esc lone tail line next tab',
    survivingWords: ['bell', 'nul', 'esc', 'lone', 'tail', 'line', 'next', 'tab'],
    forbidden: ['\\u0000', '\\u0007', '\\u001b', '\\ud800', '\\udc00'],
  },
  {
    name: 'blocks nested inside blocks',
    editorState: state({
      type: 'quote',
      children: [
        paragraph([text('first quoted')]),
        {
          type: 'list',
          listType: 'number',
          children: [{ type: 'listitem', children: [text('listed in quote')] }],
        },
        paragraph([paragraph([text('doubly nested')])]),
      ],
    }),
    fallbackText: 'first quoted listed in quote doubly nested',
    survivingWords: ['first quoted', 'listed in quote', 'doubly nested'],
    forbidden: [],
  },
  {
    name: 'lists inside lists without list items, items holding blocks',
    editorState: state({
      type: 'list',
      listType: 'bullet',
      children: [
        {
          type: 'list',
          listType: 'number',
          children: [{ type: 'listitem', children: [text('nested directly')] }],
        },
        {
          type: 'listitem',
          children: [
            paragraph([text('item paragraph')]),
            { type: 'heading', tag: 'h1', children: [text('item heading')] },
          ],
        },
        paragraph([text('paragraph in list')]),
        text('text in list'),
      ],
    }),
    fallbackText: 'nested directly item paragraph item heading paragraph in list text in list',
    survivingWords: [
      'nested directly',
      'item paragraph',
      'item heading',
      'paragraph in list',
      'text in list',
    ],
    forbidden: [],
  },
  {
    name: 'an empty root beside the words in the stored text',
    editorState: state(),
    fallbackText: 'only in the stored text',
    survivingWords: ['only in the stored text'],
    forbidden: [],
  },
  {
    name: 'text nodes with children and children that are not nodes',
    editorState: state(
      paragraph([
        text('parent', { children: [text('child of text')] }),
        42,
        null,
        'bare string',
        [text('in an array')],
        true,
      ]),
    ),
    fallbackText: 'parent bare string',
    survivingWords: ['parent', 'bare string'],
    forbidden: [],
  },
];
