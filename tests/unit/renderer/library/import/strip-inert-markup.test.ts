import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripInertMarkup } from '@renderer/library/import/strip-inert-markup';

describe('stripInertMarkup', () => {
  it.each([
    [
      'a script with markup in its strings',
      '<p>a</p><script>var s = "<p>x</p><!--";</script><p>b</p>',
      '<p>a</p><p>b</p>',
    ],
    ['styles and comments', '<style>p{color:red}</style><!-- <p>hidden</p> --><p>b</p>', '<p>b</p>'],
    ['upper-case tags and end tags with spaces', '<SCRIPT type="x">a</SCRIPT ><p>b</p>', '<p>b</p>'],
    ['nested SVG, counted', '<svg><g><svg><text>x</text></svg><text>y</text></g></svg><p>b</p>', '<p>b</p>'],
    ['a self-closed SVG', '<p>a<svg/>b</p>', '<p>ab</p>'],
    ['nested navigation', '<nav><ul><li><nav>x</nav></li><li>y</li></ul></nav><p>b</p>', '<p>b</p>'],
    [
      'noscript, template, iframe, textarea, select, button',
      '<noscript><img src=x></noscript><template><p>t</p></template><iframe srcdoc="x">fallback</iframe><textarea><p>t</p></textarea><select><option>o</option></select><button>ok</button><p>b</p>',
      '<p>b</p>',
    ],
    [
      'asides, footers and objects',
      '<aside>related</aside><p>b</p><footer>© site</footer><object data="x"><p>fallback</p></object>',
      '<p>b</p>',
    ],
    [
      'an unclosed script takes the rest of the page, as it does for the parser',
      '<p>a</p><script>never closed <p>b</p>',
      '<p>a</p>',
    ],
    ['an unclosed comment too', '<p>a</p><!-- never closed <p>b</p>', '<p>a</p>'],
    ['a closed nav after an unclosed one, which stays', '<nav>a<nav>b</nav>c', '<nav>ac'],
    ['a nav whose end tag closes an unclosed one inside', '<nav>a<nav>b</nav></nav><p>c</p>', '<p>c</p>'],
    ['a closed nav before a stray end tag and an unclosed nav', '<nav>a</nav></nav><nav>b', '</nav><nav>b'],
    ['a closed aside among unclosed ones', '<aside>a<aside>b<aside>c</aside>d', '<aside>a<aside>bd'],
    ['a closed footer after unclosed navs', '<nav><nav><footer>f</footer><p>b</p>', '<nav><nav><p>b</p>'],
  ])('removes %s', (_, html, expected) => {
    expect(stripInertMarkup(html)).toBe(expected);
  });

  it.each([
    [
      'JSON-LD, which dates the article',
      '<script type="application/ld+json">{"datePublished":"2020"}</script>',
    ],
    ['a <script> inside an attribute value', '<p title="<script>x</script>">a</p><p>b</p>'],
    ['a > inside a quoted attribute value', '<a title="a > b <nav>">x</a><p>b</p>'],
    ['a <script> inside the title, which is text', '<title>a <script> b</title><p>c</p>'],
    ['an unclosed nav, left to the parser', '<nav><p>a</p><p>b</p>'],
    ['text that only looks like tags', '<p>3 < 4 and 5 > 2, <-- not a comment</p>'],
    ['a page with nothing to remove', '<!doctype html><html><body><p lang="ar">نص</p></body></html>'],
  ])('keeps %s', (_, html) => {
    expect(stripInertMarkup(html)).toBe(html);
  });

  it('takes linear time over thousands of unclosed elements of each name', () => {
    const unclosed = ['<nav>', '<aside>', '<footer>', '<svg>'].map((tag) => `${tag}<p>x</p>`).join('');
    const html = `${unclosed.repeat(40_000)}<nav>gone</nav><p>end</p>`;
    const started = performance.now();
    const stripped = stripInertMarkup(html);
    // Linear: about 100 ms on the slowest machine; a rescan to the end per start tag took hours.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(stripped).toBe(`${unclosed.repeat(40_000)}<p>end</p>`);
  });

  it('never removes text outside the elements it strips', () => {
    const word = fc.stringMatching(/^[a-zء-ي ]{1,12}$/);
    const piece = fc.oneof(
      word.map((text) => ({ html: `<p>${text}</p>`, kept: `<p>${text}</p>` })),
      word.map((text) => ({ html: `<script>${text}</script>`, kept: '' })),
      word.map((text) => ({ html: `<nav><a href="/">${text}</a></nav>`, kept: '' })),
      word.map((text) => ({ html: `<!--${text}-->`, kept: '' })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(stripInertMarkup(pieces.map((p) => p.html).join(''))).toBe(pieces.map((p) => p.kept).join(''));
      }),
    );
  });
});
