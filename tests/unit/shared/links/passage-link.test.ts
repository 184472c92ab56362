import { describe, expect, it } from 'vitest';
import { browserLink, desktopLink, parsePassageLink, type PassageTarget } from '@shared/links/passage-link';

const ID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const target: PassageTarget = {
  documentId: 'china-interests-kazakhstan-2022',
  annotationId: ID,
  start: 120,
  end: 145,
};

describe('passage links', () => {
  it('round-trips through the desktop protocol and the browser fragment', () => {
    expect(desktopLink(target)).toBe(
      `hamish://open/china-interests-kazakhstan-2022?annotation=${ID}&start=120&end=145`,
    );
    expect(browserLink(target)).toBe(
      `http://127.0.0.1:4317/#doc=china-interests-kazakhstan-2022&annotation=${ID}&start=120&end=145`,
    );
    expect(parsePassageLink(desktopLink(target))).toEqual(target);
    expect(parsePassageLink(browserLink(target))).toEqual(target);
  });

  it('reads a bare fragment with only the annotation', () => {
    expect(parsePassageLink(`#annotation=${ID}`)).toEqual({ documentId: '', annotationId: ID });
  });

  it.each([
    'https://example.com/',
    'hamish://delete/everything',
    'hamish://open/../../etc/passwd',
    'hamish://open/UPPER',
    '#annotation=<script>',
    '#',
    '#doc=china-interests-kazakhstan-2022&start=9&end=3',
  ])('rejects or ignores %s', (link) => {
    const parsed = parsePassageLink(link);
    if (parsed) expect(parsed).toEqual({ documentId: 'china-interests-kazakhstan-2022' });
  });
});
