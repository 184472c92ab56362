import seedRaw from '../../resources/library/china-interests-kazakhstan-2022.ar.txt?raw';
import { parseArticle } from '@shared/document/parse-article';
import { seededRandom } from './bench-page';

export interface ClutteredPage {
  html: string;
  /** Paragraphs of the article itself, in order: what a correct extraction keeps. */
  paragraphs: string[];
  /** Text that sits only in the site's furniture: what a correct extraction drops. */
  clutterMarkers: string[];
}

const MENU_WORDS = ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'منوعات', 'فيديو'];

/**
 * A saved Arabic news page of about `targetBytes` as UTF-8, made the way real ones are: a long article
 * (the seed, several times, each copy a section) inside a page that is mostly scripts, JSON state, styles,
 * inline SVG icons, menus, related-link boxes and comments. Deterministic.
 */
export function buildClutteredPage(targetBytes: number, seed = 5): ClutteredPage {
  const random = seededRandom(seed);
  const source = parseArticle(seedRaw).blocks.filter((block) => block.kind === 'paragraph');
  const paragraphs: string[] = [];
  const article: string[] = ['<article><h1>مصالح الصين في آسيا الوسطى: ملف موسع</h1>'];
  for (let section = 1; section <= 12; section += 1) {
    article.push(`<h2>القسم ${section}: قراءة في الأحداث</h2>`);
    for (const block of source) {
      const text = `${block.text} (${section})`;
      paragraphs.push(text);
      article.push(`<p>${text}</p>`);
    }
  }
  article.push('</article>');

  const clutterMarkers = ['علامة-القائمة', 'علامة-التعليقات', 'علامة-الإعلان'];
  const furniture = (index: number) =>
    [
      `<nav class="menu"><ul>${MENU_WORDS.map((word) => `<li><a href="/${index}/${word}">${word} علامة-القائمة</a></li>`).join('')}</ul></nav>`,
      `<div class="ad" onclick="track(${index})"><img src="https://ads.invalid/${index}.gif"><span>إعلان ${index} علامة-الإعلان</span></div>`,
      `<section class="comments"><p>تعليق ${index}: ${source[index % source.length]!.text.slice(0, 120)} علامة-التعليقات</p></section>`,
      `<svg viewBox="0 0 24 24"><path d="${Array.from({ length: 60 }, () => `M${(random() * 24).toFixed(2)} ${(random() * 24).toFixed(2)}`).join(' ')}"/></svg>`,
      `<script>window.__state_${index} = ${JSON.stringify({ id: index, tags: MENU_WORDS, score: random() })};</script>`,
      `<style>.item-${index} { color: #${Math.floor(random() * 0xffffff)
        .toString(16)
        .padStart(6, '0')}; margin: ${index % 7}px; }</style>`,
    ].join('\n');

  const head =
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ملف موسع | موقع الأخبار</title><meta property="og:site_name" content="موقع الأخبار"></head><body>';
  const top: string[] = [];
  const bottom: string[] = [];
  const encoder = new TextEncoder();
  let bytes = encoder.encode(head + article.join('\n')).length;
  for (let index = 0; bytes < targetBytes; index += 1) {
    const block = furniture(index);
    bytes += encoder.encode(block).length + 1;
    (index % 2 === 0 ? top : bottom).push(block);
  }
  const html = `${head}\n${top.join('\n')}\n<main>${article.join('\n')}</main>\n${bottom.join('\n')}\n</body></html>`;
  return { html, paragraphs, clutterMarkers };
}
