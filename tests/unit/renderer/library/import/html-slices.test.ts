import { parseHTML } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { SliceWriter } from '@renderer/library/import/html-slices';
import { PARAGRAPH_MARK } from '@renderer/library/import/line-break-paragraphs';

const bodyOf = (html: string): Node =>
  parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node;

function slicesOf(html: string, maxChars?: number) {
  const writer = new SliceWriter(maxChars);
  writer.addChildren(bodyOf(html));
  return writer.finish();
}

describe('SliceWriter writes text structure only', () => {
  it.each([
    ['attributes go', '<p class="x" onclick="y()" lang="en" style="color:red">a</p>', '<p>a</p>'],
    [
      'inline markup is unwrapped',
      '<p><a href="https://x.invalid/">link</a> <em>and</em> <span>span</span></p>',
      '<p>link and span</p>',
    ],
    [
      'what is never text goes with its content',
      '<p>a<img src="x"><script>s()</script><svg><text>t</text></svg><button>b</button></p>',
      '<p>a</p>',
    ],
    [
      'other blocks become divs',
      '<aside>a</aside><nav>b</nav><footer>c</footer><center>d</center>',
      '<div>a</div><div>b</div><div>c</div><div>d</div>',
    ],
    [
      'lists, quotes, tables and pre stay',
      '<ol><li>1</li></ol><blockquote><p>q</p></blockquote><table><tbody><tr><td>c</td></tr></tbody></table><pre>a\n  b</pre>',
      '<ol><li>1</li></ol><blockquote><p>q</p></blockquote><table><tbody><tr><td>c</td></tr></tbody></table><pre>a\n  b</pre>',
    ],
    ['white space collapses outside pre', '<p>a \n\t b</p>', '<p>a b</p>'],
    [
      'text is escaped',
      '<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>',
      '<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>',
    ],
    [
      'a paragraph mark becomes a double line break',
      `<p>a${PARAGRAPH_MARK}<br><br>b</p>`,
      '<p>a<br><br><br><br>b</p>',
    ],
    ['line breaks stay', '<p>a<br>b</p>', '<p>a<br>b</p>'],
  ])('%s', (_, html, expected) => {
    expect(slicesOf(html)).toEqual([{ html: expected, ancestors: [], listStart: 0 }]);
  });

  it('leaves out slices of white space only', () => {
    expect(slicesOf('  <script>x</script>  ')).toEqual([]);
  });
});

describe('SliceWriter cuts long content into bounded slices', () => {
  const item = (n: number) => `<li>البند رقم ${n} في قائمة طويلة</li>`;
  const longList = `<blockquote><ol>${Array.from({ length: 40 }, (_, n) => item(n + 1)).join('')}</ol></blockquote>`;

  it('keeps every slice within the bound and loses nothing', () => {
    const slices = slicesOf(longList, 300);
    expect(slices.length).toBeGreaterThan(3);
    for (const slice of slices) expect(slice.html.length).toBeLessThanOrEqual(300);
    expect(slices.map((slice) => slice.html).join('')).toBe(
      Array.from({ length: 40 }, (_, n) => item(n + 1)).join(''),
    );
  });

  it('tells each slice the containers it was cut from and where the ordered list resumes', () => {
    const slices = slicesOf(longList, 300);
    let expectedStart = 0;
    for (const slice of slices) {
      expect(slice.ancestors).toEqual(['blockquote', 'ol']);
      expect(slice.listStart).toBe(expectedStart);
      expectedStart += slice.html.split('<li>').length - 1;
    }
    expect(expectedStart).toBe(40);
  });

  it('sends an element it may not cut whole, however long', () => {
    const paragraph = `<p>${'كلمة '.repeat(200)}</p>`;
    const slices = slicesOf(`<div>${paragraph}<p>after</p></div>`, 100);
    expect(slices.map((slice) => slice.html)).toEqual([paragraph, '<p>after</p>']);
  });

  it('flattens markup nested deeper than a stack can take to its text', () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    const slices = slicesOf(html);
    expect(slices.map((slice) => slice.html).join('')).toContain('deep');
  });
});

describe('SliceWriter.addHtml', () => {
  it('adds markup the caller wrote, in order', () => {
    const writer = new SliceWriter();
    writer.addHtml('<h1>الفصل الأول</h1>');
    writer.addChildren(bodyOf('<p>نص</p>'));
    expect(writer.finish()).toEqual([{ html: '<h1>الفصل الأول</h1><p>نص</p>', ancestors: [], listStart: 0 }]);
  });
});
