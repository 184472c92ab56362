import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import {
  annotationsToMarkdown,
  annotationToMarkdown,
  exportDocumentMarkdown,
  exportLibraryMarkdown,
  type DocumentExportInput,
  selectForExport,
  type MarkdownExportOptions,
} from '@shared/export/markdown-export';
import { loadSeedDocument } from '../../../support/seed-document';
import {
  anchoredFor,
  GOLDEN_EXPORTED_AT,
  GOLDEN_READER,
  ORPHAN_ID,
  seedAnnotations,
} from './seed-annotations';

const document = loadSeedDocument();
const annotations = seedAnnotations(document);
const items = anchoredFor(document, annotations);
const anchorOf = (id: string) => items.find((item) => item.annotation.id === id)?.anchor;

function exportWith(
  options: MarkdownExportOptions,
  language: 'ar' | 'en' = 'ar',
  extra: Partial<DocumentExportInput> = {},
): string {
  const input: DocumentExportInput = {
    document,
    items,
    colorMeanings: {},
    readerName: GOLDEN_READER.name,
    exportedAt: GOLDEN_EXPORTED_AT,
    language,
    options,
    ...extra,
  };
  return exportDocumentMarkdown(input);
}

function exportedIds(markdown: string): string[] {
  return [...markdown.matchAll(/hamish:\/\/open\/[^?]+\?annotation=([0-9a-f-]{36})&/g)].map(
    (match) => match[1]!,
  );
}

function frontMatterOf(markdown: string): Record<string, unknown> {
  const [, yaml] = /^---\n([\s\S]*?)\n---\n/.exec(markdown) ?? [];
  // Every scalar is written as a JSON string or number, so each line's value parses as JSON.
  return Object.fromEntries(
    (yaml ?? '').split('\n').map((line) => {
      const colon = line.indexOf(': ');
      return [line.slice(0, colon), JSON.parse(line.slice(colon + 2))];
    }),
  );
}

const [greeting, term, gas, cameco, heading] = annotations as [
  Annotation,
  Annotation,
  Annotation,
  Annotation,
  Annotation,
];

describe('exportDocumentMarkdown', () => {
  it('writes front matter with the month-only publication date and the count', () => {
    const fields = frontMatterOf(exportWith({ scope: 'all', includeOrphans: true }));
    expect(fields).toMatchObject({
      title: document.title,
      source: 'مجلة أمناي',
      publication: '2022-01',
      language: 'ar',
      exported: '2024-03-05T10:20:30.000Z',
      reader: 'منى',
      annotations: 6,
    });
  });

  it('quotes YAML strings so quotes, colons and line separators cannot break the header', () => {
    const tricky = { ...document, title: 'a: "b"\n# c\u2028d' };
    const markdown = exportDocumentMarkdown({
      document: tricky,
      items: [],
      colorMeanings: {},
      readerName: '---',
      exportedAt: GOLDEN_EXPORTED_AT,
      language: 'en',
      options: { scope: 'all', includeOrphans: false },
    });
    expect(markdown).toContain('\\u2028');
    expect(frontMatterOf(markdown)).toMatchObject({ title: 'a: "b"\n# c\u2028d', reader: '---' });
  });

  it('lists annotations in reading order, orphans last, and only notes when asked', () => {
    const all = exportedIds(exportWith({ scope: 'all', includeOrphans: true }));
    expect(all).toEqual([greeting.id, term.id, gas.id, cameco.id, heading.id, ORPHAN_ID]);
    expect(exportedIds(exportWith({ scope: 'all', includeOrphans: false }))).not.toContain(ORPHAN_ID);
    const notes = exportedIds(exportWith({ scope: 'notes', includeOrphans: false }));
    expect(notes).toEqual([greeting.id, gas.id, cameco.id, heading.id]);
  });

  it('selectForExport lists what an export writes, in its order', () => {
    const chosen = selectForExport({ document, items }, { scope: 'notes', includeOrphans: true });
    expect(chosen.map((p) => p.annotation.id)).toEqual([
      greeting.id,
      gas.id,
      cameco.id,
      heading.id,
      ORPHAN_ID,
    ]);
    expect(chosen.at(-1)?.orphan).toBe(true);
  });

  it('filters by colour and by tag', () => {
    expect(
      exportedIds(exportWith({ scope: 'all', colors: ['green', 'pink'], includeOrphans: true })),
    ).toEqual([term.id, gas.id]);
    expect(
      exportedIds(exportWith({ scope: 'all', tags: ['uranium', 'الصين'], includeOrphans: true })),
    ).toEqual([greeting.id, cameco.id]);
  });

  it('groups under the article’s headings with paragraph numbers, introduction first', () => {
    const markdown = exportWith({ scope: 'all', includeOrphans: false }, 'en');
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'Introduction',
      'الصين شريك رئيسي لدولة كازاخستان',
      'امدادات اليورانيوم في خطر',
      'التنافس الروسي الصيني في كازاخستان',
    ]);
    expect(markdown).toContain('**Location:** Section: Introduction · Paragraph 2');
    expect(markdown).toContain('**Location:** Section: امدادات اليورانيوم في خطر · Paragraph 11');
    // A highlight on a heading names its section and no paragraph.
    expect(markdown).toContain('**Location:** Section: التنافس الروسي الصيني في كازاخستان\n');
  });

  it('writes tags Obsidian can read, Arabic kept, punctuation turned into underscores', () => {
    const markdown = exportWith({ scope: 'all', includeOrphans: false });
    expect(markdown).toContain('#الصين #علاقات_دولية');
    expect(markdown).toContain('#مصطلح_سياسي_مهم');
  });

  it('links to the annotation in the app, and in the browser edition only when asked', () => {
    const start = gas.target.selector[1].start;
    const position = `annotation=${gas.id}&start=${start}&end=${start + 21}`;
    const browser = `[Open in the browser edition](http://127.0.0.1:4317/#doc=${document.manifest.id}&${position})`;
    for (const browserLinks of [undefined, false, true]) {
      const markdown = exportWith({ scope: 'all', includeOrphans: false }, 'en', { browserLinks });
      expect(markdown).toContain(`[Open in Hamish](hamish://open/${document.manifest.id}?${position})`);
      expect(markdown.includes(browser)).toBe(browserLinks === true);
      expect(markdown.includes('127.0.0.1')).toBe(browserLinks === true);
    }
  });

  it.each([
    ['no name chosen', undefined],
    ['a blank name', '  '],
  ])('omits the reader line with %s', (_case, readerName) => {
    const markdown = exportWith({ scope: 'all', includeOrphans: false }, 'ar', { readerName });
    expect(frontMatterOf(markdown)).not.toHaveProperty('reader');
    expect(markdown).not.toMatch(/^reader:/m);
  });

  it('isolates tags with Latin letters so their # stays on the left in a right-to-left line', () => {
    const markdown = exportWith({ scope: 'all', includeOrphans: false });
    const html = micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), { allowDangerousHtml: true });
    const lines = [...new JSDOM(html).window.document.querySelectorAll('[dir="rtl"] p')].map(
      (p) => p.textContent ?? '',
    );
    const tagLine = lines.find((line) => line.includes('uranium'));
    expect(tagLine).toContain('\u2068#uranium\u2069');
    expect(lines.join('\n')).toContain(' #الصين #علاقات_دولية');
    expect(lines.join('\n')).not.toContain('\u2068#الصين');
  });

  it('renders Arabic quotes and notes inside dir="rtl" elements, English notes outside them', () => {
    const markdown = exportWith({ scope: 'all', includeOrphans: true }, 'en');
    const html = micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), { allowDangerousHtml: true });
    const page = new JSDOM(html).window.document;
    const quotes = [...page.querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(6);
    for (const quote of quotes) expect(quote.closest('[dir="rtl"]')).not.toBeNull();

    const paragraphs = [...page.querySelectorAll('p')];
    const arabicNote = paragraphs.find((p) => p.textContent === 'تهنئة سريعة بعد الأحداث.');
    expect(arabicNote?.closest('[dir="rtl"]')).not.toBeNull();
    expect(arabicNote?.querySelector('strong')?.textContent).toBe('سريعة');
    const englishNote = paragraphs.find((p) => p.textContent?.startsWith('Cameco is a Canadian producer.'));
    expect(englishNote?.closest('[dir="rtl"]')).toBeNull();
    expect(englishNote?.textContent).toContain('<script>alert(1)</script>');
    expect(page.querySelector('script')).toBeNull();
    const title = page.querySelector('h1');
    expect(title?.closest('[dir="rtl"]')).not.toBeNull();
  });
});

describe('exportLibraryMarkdown', () => {
  it('writes one front matter listing every document, then each document under its own H1', () => {
    const english = {
      ...document,
      title: 'Second',
      manifest: { ...document.manifest, id: 'second', title: 'Second' },
    };
    const markdown = exportLibraryMarkdown({
      documents: [
        { document, items },
        { document: english, items: [] },
      ],
      colorMeanings: {},
      readerName: GOLDEN_READER.name,
      exportedAt: GOLDEN_EXPORTED_AT,
      language: 'ar',
      options: { scope: 'all', includeOrphans: false },
    });
    expect(markdown.match(/^---$/gm)).toHaveLength(2);
    expect(markdown).toContain('annotations: 5\ndocuments:\n  - id: "china-interests-kazakhstan-2022"');
    expect(markdown).toContain('  - id: "second"\n    title: "Second"');
    expect([...markdown.matchAll(/^# (.*)$/gm)].map((match) => match[1])).toEqual([document.title, 'Second']);
  });
});

describe('annotationToMarkdown', () => {
  it('copies one annotation with its article, quote, colour meaning, note and links, without front matter', () => {
    const markdown = annotationToMarkdown(greeting, {
      document,
      anchor: anchorOf(greeting.id),
      colorMeanings: { yellow: 'فكرة' },
      language: 'ar',
    });
    expect(
      markdown.startsWith(
        `<div dir="rtl">\n\n**المصدر:** ${document.title} — مجلة أمناي، نُشر في 2022-01\n\n> هنأ الزعيم الصيني نظيره الكازاخستاني\n`,
      ),
    ).toBe(true);
    expect(markdown).toContain('**اللون:** أصفر — فكرة · **الوسوم:** #الصين #علاقات_دولية');
    expect(markdown).toContain('تهنئة **سريعة** بعد الأحداث.');
    expect(markdown).toContain('**الموضع:** القسم: مقدمة · الفقرة 1');
    expect(markdown).not.toContain('---');
  });
});

describe('annotationsToMarkdown', () => {
  it('copies every chosen annotation under the title, without front matter', () => {
    const markdown = annotationsToMarkdown({
      document,
      items,
      colorMeanings: {},
      language: 'en',
      options: { scope: 'notes', includeOrphans: false },
    });
    expect(markdown.startsWith('<div dir="rtl">\n\n# ')).toBe(true);
    expect(exportedIds(markdown)).toEqual([greeting.id, gas.id, cameco.id, heading.id]);
  });
});
