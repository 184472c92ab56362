import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkedText } from '@renderer/margin/MarkedText';

const marked = (text: string, query: string, wholeWords = false) =>
  [
    ...renderToStaticMarkup(<MarkedText text={text} search={{ query, wholeWords }} />).matchAll(
      /<mark[^>]*>(.*?)<\/mark>/g,
    ),
  ].map((match) => match[1]);

describe('MarkedText marks what the margin search matched', () => {
  it.each([
    ['diacritics in the text', 'مُبادَرَةُ الحزام', 'مبادرة', ['مُبادَرَةُ']],
    ['hamza forms', 'أحداث إيران وآسيا', 'احداث', ['أحداث']],
    ['a hamza on the query, none in the text', 'اسيا الوسطى', 'آسيا', ['اسيا']],
    ['tatweel in the text', 'الصيـــن والصين', 'الصين', ['الصيـــن', 'الصين']],
    ['Latin case', 'Cameco و CAMECO', 'cameco', ['Cameco', 'CAMECO']],
    ['a tag shown with #', '#طاقة', '#طاقة', ['#طاقة']],
    ['nothing', 'نص', 'غائب', []],
  ])('%s', (_case, text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('keeps every other word unmarked and in place', () => {
    expect(
      renderToStaticMarkup(
        <MarkedText text="قالت الصين إنها" search={{ query: 'الصين', wholeWords: false }} />,
      ),
    ).toBe('قالت <mark class="search-mark">الصين</mark> إنها');
  });

  it('marks whole words only when asked, clitics included', () => {
    expect(marked('الصينية والصين للصين', 'الصين')).toEqual(['الصين', 'الصين']);
    expect(marked('الصينية والصين للصين', 'الصين', true)).toEqual(['الصين', 'للصين']);
  });

  it('leaves text alone without a query', () => {
    expect(
      renderToStaticMarkup(<MarkedText text="<b>نص</b>" search={{ query: ' ', wholeWords: false }} />),
    ).toBe('&lt;b&gt;نص&lt;/b&gt;');
  });
});
