import { describe, expect, it } from 'vitest';
import { articleShellHtml } from '../../../../src/renderer/prerender/article-shell';
import { buildDocument } from '@shared/document/library';
import type { DocumentManifest } from '@shared/document/document-model';
import { loadSeedDocument } from '../../../support/seed-document';

describe('the prerendered article shell', () => {
  it('holds every block of the seed article, and the byline in both interface languages', () => {
    const document = loadSeedDocument();
    const html = articleShellHtml(document);
    for (const block of document.blocks) expect(html).toContain(`data-block-id="${block.id}"`);
    expect(html.match(/elementtiming=/g)).toHaveLength(1);
    expect(html).toContain('<p data-block-id="p-1" elementtiming="article-first-paragraph">');
    expect(html).toContain('المصدر: مجلة أمناي');
    expect(html).toContain('Source: Amnay Magazine');
    expect(html).toContain('يناير 2022');
    expect(html).toContain('January 2022');
    expect(html).not.toContain('تيليجرام');
  });

  it('puts the body, and only the body, in a chunk after both bylines', () => {
    const document = loadSeedDocument();
    const html = articleShellHtml(document);
    const [title, ...body] = document.blocks;
    const chunk = html.slice(html.indexOf('<div class="article-chunk">'), html.indexOf('</article>'));
    expect(html.indexOf(`data-block-id="${title!.id}"`)).toBeLessThan(html.lastIndexOf('class="byline'));
    expect(html.lastIndexOf('class="byline')).toBeLessThan(html.indexOf('<div class="article-chunk">'));
    expect(chunk.match(/data-block-id="([^"]+)"/g)).toEqual(
      body.map((block) => `data-block-id="${block.id}"`),
    );
  });

  it('escapes text that looks like markup', () => {
    const manifest: DocumentManifest = {
      id: 'hostile',
      file: 'hostile.txt',
      title: '<img src=x onerror=alert(1)>',
      language: 'en',
      direction: 'ltr',
      source: { name: 'A & "B"' },
      publication: '2020',
      related: [],
    };
    const html = articleShellHtml(
      buildDocument(
        manifest,
        '<img src=x onerror=alert(1)>\n\nA paragraph with <script>alert(1)</script> in it.',
      ),
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; &quot;B&quot;');
  });
});
