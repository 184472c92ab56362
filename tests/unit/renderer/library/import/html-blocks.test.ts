// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '@shared/document/document-model';
import { blocksFromSanitizedHtml, withoutRepeatedMetadata } from '@renderer/library/import/html-blocks';
import { sanitizeSlice } from '@renderer/library/import/sanitize-html';

const blocksOf = (html: string, ancestors: string[] = [], listStart = 0): DraftBlock[] =>
  blocksFromSanitizedHtml(sanitizeSlice(html), { ancestors, listStart });
const p = (text: string, extra: Partial<DraftBlock> = {}): DraftBlock => ({
  kind: 'paragraph',
  text,
  ...extra,
});
const h = (text: string): DraftBlock => ({ kind: 'heading', text });

describe('blocksFromSanitizedHtml', () => {
  it.each([
    ['headings of every level', '<h1>أ</h1><h4>ب</h4>', [h('أ'), h('ب')]],
    [
      'white space collapsed, no-break spaces too',
      '<p>  نص \n\t مع&nbsp;&nbsp;فراغات  </p>',
      [p('نص مع فراغات')],
    ],
    [
      'inline markup read through',
      '<p>كلمة <strong>مهمة</strong> و<em>مائلة</em> و<a>رابط</a></p>',
      [p('كلمة مهمة ومائلة ورابط')],
    ],
    [
      '<br> as a line break, spaces around it trimmed',
      '<p>سطر أول <br> سطر ثان</p>',
      [p('سطر أول\nسطر ثان')],
    ],
    ['two <br> as a paragraph break', '<div>فقرة<br><br><br>فقرة أخرى</div>', [p('فقرة'), p('فقرة أخرى')]],
    [
      'text directly in a div, around its blocks',
      '<div>قبل<p>وسط</p>بعد</div>',
      [p('قبل'), p('وسط'), p('بعد')],
    ],
    [
      'a heading inside a paragraph-like container',
      '<section>نص<h2>عنوان</h2></section>',
      [p('نص'), h('عنوان')],
    ],
    ['empty blocks dropped', '<p> </p><h2></h2><li></li><p>نص</p>', [p('نص')]],
    ['text in NFC', '<p>e\u0301 \u0627\u0653</p>', [p('é \u0622')]],
    [
      'bulleted and numbered lists, nested',
      '<ol><li>أول<ul><li>فرعي</li></ul></li><li>ثان</li></ol>',
      [
        p('أول', { style: 'list-item', marker: '1.' }),
        p('فرعي', { style: 'list-item', marker: '•' }),
        p('ثان', { style: 'list-item', marker: '2.' }),
      ],
    ],
    [
      'a list item of paragraphs: the marker on the first only',
      '<ul><li><p>أ</p><p>ب</p></li></ul>',
      [p('أ', { style: 'list-item', marker: '•' }), p('ب', { style: 'list-item' })],
    ],
    [
      'block quotes',
      '<blockquote><p>قول</p>وتتمة</blockquote>',
      [p('قول', { style: 'quote' }), p('وتتمة', { style: 'quote' })],
    ],
    [
      'preformatted text, without empty lines',
      '<pre>\nx = 1\n\n\ny = 2   \n</pre>',
      [p('x = 1\ny = 2', { style: 'code' })],
    ],
    [
      'a table row of short cells',
      '<table><tr><th>البحر</th><td></td><td>تفعيلاته</td></tr></table>',
      [p('البحر · تفعيلاته')],
    ],
    [
      'a layout table, read through',
      '<table><tr><td><p>أ</p><p>ب</p></td><td>ج</td></tr></table>',
      [p('أ'), p('ب'), p('ج')],
    ],
    [
      'terms and definitions, figures',
      '<dl><dt>مصطلح</dt><dd>شرح</dd></dl><figure>ص<figcaption>تعليق</figcaption></figure>',
      [p('مصطلح'), p('شرح'), p('ص'), p('تعليق')],
    ],
  ])('%s', (_, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('continues a list and a quote the worker cut into slices', () => {
    expect(blocksOf('<li>السادس</li><li>السابع</li>', ['blockquote', 'ol'], 5)).toEqual([
      p('السادس', { style: 'list-item', marker: '6.' }),
      p('السابع', { style: 'list-item', marker: '7.' }),
    ]);
    expect(blocksOf('<p>بقية الاقتباس</p>', ['div', 'blockquote'])).toEqual([
      p('بقية الاقتباس', { style: 'quote' }),
    ]);
  });
});

describe('withoutRepeatedMetadata', () => {
  const body = [p('الفقرة الأولى'), p('الفقرة الثانية')];
  it.each([
    ['the <h1> that is the title', [h('عنوان المقال'), ...body], 'عنوان المقال', null, body],
    [
      'the <h1> when the title carries the site name',
      [h('عنوان المقال'), ...body],
      'عنوان المقال | موقع الأخبار',
      null,
      body,
    ],
    [
      'the <h1> when the site name comes first',
      [h('عنوان المقال'), ...body],
      'موقع الأخبار - عنوان المقال',
      null,
      body,
    ],
    ['a bold title line', [p('عنوان المقال'), ...body], 'عنوان المقال', null, body],
    [
      'the byline line',
      [h('عنوان'), p('بقلم: سلمى عبد الرحيم · 14 سبتمبر'), ...body],
      'عنوان',
      'سلمى عبد الرحيم',
      body,
    ],
  ])('drops %s', (_, blocks, title, byline, expected) => {
    expect(withoutRepeatedMetadata(blocks, { title, byline })).toEqual(expected);
  });

  it.each([
    ['a heading that only starts like the title', [h('عنوان المقال الطويل'), ...body], 'عنوان المقال', null],
    ['the title far into the body', [...body, p('ثالثة'), h('عنوان')], 'عنوان', null],
    [
      'a long paragraph that names the author',
      [p(`قالت سلمى عبد الرحيم ${'كلامًا كثيرًا '.repeat(12)}`), ...body],
      'عنوان',
      'سلمى عبد الرحيم',
    ],
    ['a quote that is the title', [p('عنوان', { style: 'quote' }), ...body], 'عنوان', null],
  ])('keeps %s', (_, blocks, title, byline) => {
    expect(withoutRepeatedMetadata(blocks, { title, byline })).toEqual(blocks);
  });
});
