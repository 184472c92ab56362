// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeSlice } from '@renderer/library/import/sanitize-html';
import { TEXT_STRUCTURE_ATTRIBUTES, TEXT_STRUCTURE_TAGS } from '@renderer/library/import/text-structure';

const ALLOWED_TAGS = new Set<string>(TEXT_STRUCTURE_TAGS);
const ALLOWED_ATTRIBUTES = new Set<string>(TEXT_STRUCTURE_ATTRIBUTES);

describe('sanitizeSlice', () => {
  it('returns the body of an inert document of its own, never one attached to the page', () => {
    const body = sanitizeSlice('<p>نص</p>');
    expect(body.ownerDocument).not.toBe(document);
    expect(document.body.contains(body)).toBe(false);
    expect(body.ownerDocument.defaultView).toBeNull();
  });

  it.each([
    [
      'keeps text structure and lang/dir',
      '<p lang="en" dir="ltr" class="x">a</p><ol><li>b</li></ol>',
      '<p lang="en" dir="ltr">a</p><ol><li>b</li></ol>',
    ],
    [
      'unwraps what it does not allow but keeps its text',
      '<font face="x"><big>نص</big></font><nav>قائمة</nav>',
      'نصقائمة',
    ],
    [
      'drops what is never text with its content',
      '<p>a<script>b</script><style>c</style><svg><text>d</text></svg><math><mi>e</mi></math><template>f</template><noscript>g</noscript><textarea>h</textarea><select><option>i</option></select><button>j</button></p>',
      '<p>a</p>',
    ],
    [
      'removes every URL attribute, keeping the link text',
      '<a href="javascript:alert(1)" target="_blank">رابط</a><p style="background:url(http://x.invalid/)" data-x="1" aria-label="y">ب</p>',
      '<a>رابط</a><p>ب</p>',
    ],
    [
      'removes images, frames, objects and forms',
      '<img src="http://x.invalid/a.png"><iframe src="http://x.invalid/"></iframe><object data="x"></object><embed src="x"><form action="x"><input></form><video poster="x"></video>',
      '',
    ],
  ])('%s', (_, html, expected) => {
    expect(sanitizeSlice(html).innerHTML).toBe(expected);
  });

  it('leaves no element outside the allowlist and no attribute but lang and dir', () => {
    const body = sanitizeSlice(
      '<div id="a" onclick="x()"><p title="t" lang="ar">نص<img src="x" onerror="y()"><b style="color:red">غامق</b></p><custom-tag is="x">c</custom-tag></div>',
    );
    for (const element of Array.from(body.querySelectorAll('*'))) {
      expect(ALLOWED_TAGS.has(element.localName)).toBe(true);
      for (const attribute of Array.from(element.attributes))
        expect(ALLOWED_ATTRIBUTES.has(attribute.name)).toBe(true);
    }
    expect(body.textContent).toBe('نصغامقc');
  });
});
