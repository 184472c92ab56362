import { parseHTML } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@renderer/library/import/page-metadata';

const metadataOf = (head: string, body = '', htmlAttributes = '') =>
  readPageMetadata(
    parseHTML(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`)
      .document as unknown as Document,
  );

describe('readPageMetadata', () => {
  it('takes the title from <title>, else og:title', () => {
    expect(metadataOf('<title> عنوان \n الصفحة </title><meta property="og:title" content="og">').title).toBe(
      'عنوان الصفحة',
    );
    expect(metadataOf('<meta property="og:title" content="عنوان og">').title).toBe('عنوان og');
    expect(metadataOf('').title).toBeNull();
  });

  it('takes the site from og:site_name, else application-name', () => {
    expect(
      metadataOf(
        '<meta name="application-name" content="تطبيق"><meta property="og:site_name" content="موقع">',
      ).siteName,
    ).toBe('موقع');
    expect(metadataOf('<meta name="application-name" content="مدونة">').siteName).toBe('مدونة');
  });

  it.each([
    [
      'article:published_time first',
      '<meta name="date" content="2001-01-01"><meta property="article:published_time" content="2023-09-14T08:30:00+02:00">',
      '',
      '2023-09-14',
    ],
    [
      'then JSON-LD datePublished',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2022-05-06T10:00:00Z"}</script>',
      '<time datetime="2001-01-01">x</time>',
      '2022-05-06',
    ],
    [
      'then <time pubdate> and itemprop datePublished',
      '',
      '<time datetime="2001-01-01">a</time><time pubdate datetime="2020-02-03">b</time>',
      '2020-02-03',
    ],
    [
      'then the first <time> in the article',
      '',
      '<aside><time datetime="2001-01-01">a</time></aside><article><time datetime="2019-07-08">b</time></article>',
      '2019-07-08',
    ],
    ['dc.date as a month', '<meta name="DC.date" content="2020-02">', '', '2020-02'],
    ['a date meta in another format', '<meta name="date" content="2009/05/21">', '', '2009-05-21'],
    ['nothing usable', '<meta name="date" content="soon">', '<time>yesterday</time>', ''],
  ])('dates the page by %s', (_, head, body, expected) => {
    expect(metadataOf(head, body).publication).toBe(expected);
  });

  it.each([
    ['<html lang>', '', 'lang="ar-EG"', 'ar-EG'],
    ['xml:lang', '', 'xml:lang="fa"', 'fa'],
    ['og:locale', '<meta property="og:locale" content="ar_AR">', '', 'ar_AR'],
    ['Content-Language', '<meta http-equiv="Content-Language" content="ur">', '', 'ur'],
    ['nothing', '', '', null],
  ])('reads the declared language from %s', (_, head, htmlAttributes, expected) => {
    expect(metadataOf(head, '', htmlAttributes).language).toBe(expected);
  });
});
