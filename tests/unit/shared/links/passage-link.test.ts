import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  browserLink,
  desktopLink,
  MAX_LINK_LENGTH,
  parsePassageLink,
  type PassageLink,
  type PassageTarget,
} from '@shared/links/passage-link';
import { DOCUMENT_ID_PATTERN } from '@shared/platform/platform-contract';

const ID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const DOC = 'china-interests-kazakhstan-2022';
const target: PassageTarget = { documentId: DOC, annotationId: ID, start: 120, end: 145 };

/** What every answer must satisfy, whatever the input: a target only ever names what it may name. */
function expectWellFormedAnswer(parsed: PassageLink): void {
  if (parsed === null) return;
  if (!parsed.ok) {
    expect(parsed).toEqual({ ok: false, reason: 'malformed' });
    return;
  }
  const { documentId, annotationId, start, end } = parsed.target;
  if (documentId === '') expect(annotationId).toMatch(/^[0-9a-f-]{36}$/i);
  else expect(documentId).toMatch(DOCUMENT_ID_PATTERN);
  if (annotationId !== undefined) expect(annotationId).toMatch(/^[0-9a-f-]{36}$/i);
  expect(start === undefined).toBe(end === undefined);
  if (start !== undefined && end !== undefined) {
    expect(Number.isSafeInteger(start) && start >= 0 && start <= end).toBe(true);
  }
}

const documentIds = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const targets: fc.Arbitrary<PassageTarget> = fc
  .record({
    documentId: documentIds,
    annotationId: fc.option(fc.uuid(), { nil: undefined }),
    span: fc.option(fc.tuple(fc.nat(999_999_999), fc.nat(999_999_999)), { nil: undefined }),
  })
  .map(({ documentId, annotationId, span }) => {
    const built: PassageTarget = { documentId };
    if (annotationId) built.annotationId = annotationId;
    if (span) Object.assign(built, { start: Math.min(...span), end: Math.max(...span) });
    return built;
  });

/** Characters that break links: escapes, separators, lone surrogates, controls, non-ASCII. */
const hostileCharacter = fc.constantFrom(
  '%',
  '%Z',
  '%E0%A4',
  '#',
  '&',
  '=',
  '?',
  '/',
  '\uD800',
  '\uDC00',
  '\n',
  '\u0000',
  ' ',
  'A',
  '-',
  '9',
  'ه',
);
type Mutation = { kind: 'insert' | 'delete' | 'replace'; at: number; text: string; length: number };
const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    kind: fc.constantFrom('insert', 'delete', 'replace'),
    at: fc.nat(),
    text: hostileCharacter,
    length: fc.integer({ min: 1, max: 8 }),
  }),
  { minLength: 1, maxLength: 4 },
);

function mutate(link: string, steps: readonly Mutation[]): string {
  return steps.reduce((text, { kind, at, text: inserted, length }) => {
    const i = at % (text.length + 1);
    if (kind === 'insert') return text.slice(0, i) + inserted + text.slice(i);
    if (kind === 'delete') return text.slice(0, i) + text.slice(i + length);
    return text.slice(0, i) + inserted + text.slice(i + inserted.length);
  }, link);
}

describe('passage links', () => {
  it('round-trips through the desktop protocol and the browser fragment', () => {
    expect(desktopLink(target)).toBe(`hamish://open/${DOC}?annotation=${ID}&start=120&end=145`);
    expect(browserLink(target)).toBe(`http://127.0.0.1:4317/#doc=${DOC}&annotation=${ID}&start=120&end=145`);
    expect(parsePassageLink(desktopLink(target))).toEqual({ ok: true, target });
    expect(parsePassageLink(browserLink(target))).toEqual({ ok: true, target });
  });

  it('round-trips every target Hamish can write', () => {
    fc.assert(
      fc.property(targets, (written) => {
        expect(parsePassageLink(desktopLink(written))).toEqual({ ok: true, target: written });
        expect(parsePassageLink(browserLink(written))).toEqual({ ok: true, target: written });
      }),
    );
  });

  it.each([
    [`#annotation=${ID}`, { documentId: '', annotationId: ID }],
    [`#doc=${DOC}`, { documentId: DOC }],
    [`HAMISH://open/${DOC}`, { documentId: DOC }],
    [`hamish://open/${DOC}#note-1`, { documentId: DOC }],
    [`#doc=${DOC}&start=0&end=0`, { documentId: DOC, start: 0, end: 0 }],
    [`#doc=${DOC}&utm=unknown-keys-are-ignored`, { documentId: DOC }],
  ])('reads %s', (link, expected) => {
    expect(parsePassageLink(link)).toEqual({ ok: true, target: expected });
  });

  it.each([
    ['another scheme', 'https://example.com/'],
    ['a page without fragment', 'http://127.0.0.1:4317/'],
    ['an empty string', ''],
    ['an empty fragment', '#'],
    ['the skip link', '#article'],
    ['an in-page anchor with a query-like shape', '#section=3'],
    ['a mail address', 'mailto:reader@example.com'],
  ])('says %s is not a Hamish link', (_case, link) => {
    expect(parsePassageLink(link)).toBeNull();
  });

  it.each([
    ['an invalid escape', 'hamish://open/%ZZ'],
    ['a lone percent sign', 'hamish://open/%'],
    ['an invalid escape in the fragment', '#doc=%ZZ'],
    ['an annotation that is an invalid escape', `#doc=${DOC}&annotation=%ZZ`],
    ['a truncated UTF-8 escape', '#doc=%E0%A4%A'],
    ['a lone high surrogate', 'hamish://open/\uD800'],
    ['a lone low surrogate in the fragment', '#doc=\uDC00'],
    ['an over-long desktop link', `hamish://open/${DOC}?x=${'a'.repeat(MAX_LINK_LENGTH)}`],
    ['an over-long fragment', `#doc=${DOC}&x=${'a'.repeat(MAX_LINK_LENGTH)}`],
    ['an upper-case id', 'hamish://open/UPPER'],
    ['an id with a leading hyphen', '#doc=-leading'],
    ['an id with an underscore', '#doc=a_b'],
    ['an id longer than 81 characters', `#doc=${'a'.repeat(82)}`],
    ['an empty id', '#doc='],
    ['an id that walks up the tree', 'hamish://open/../../etc/passwd'],
    ['an unknown verb', 'hamish://delete/everything'],
    ['no verb', 'hamish:'],
    ['no id', 'hamish://open/'],
    ['a line break', `hamish://open/${DOC}\nrm -rf`],
    ['a space', 'hamish://open/a b'],
    ['an annotation id that is markup', '#annotation=<script>'],
    ['a document given twice', `#doc=${DOC}&doc=other`],
    ['a negative start', `#doc=${DOC}&start=-1&end=3`],
    ['a huge end', `#doc=${DOC}&start=1&end=9999999999`],
    ['an exponent', `#doc=${DOC}&start=1&end=1e3`],
    ['a non-digit offset', `hamish://open/${DOC}?start=x&end=2`],
    ['Arabic-Indic digits', `#doc=${DOC}&start=١&end=٢`],
    ['a start without an end', `#doc=${DOC}&start=5`],
    ['a start after the end', `#doc=${DOC}&start=9&end=3`],
    ['offsets without a document or annotation', '#start=1&end=2'],
  ])('says a link with %s is malformed', (_case, link) => {
    expect(parsePassageLink(link)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('never throws, and answers only well-formed targets, for any string', () => {
    const prefixes = fc.constantFrom(
      '',
      'hamish://open/',
      'hamish:',
      '#doc=',
      '#annotation=',
      'http://127.0.0.1:4317/#',
    );
    fc.assert(
      fc.property(prefixes, fc.string({ unit: 'binary', maxLength: 200 }), (prefix, rest) => {
        expectWellFormedAnswer(parsePassageLink(prefix + rest));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and answers only well-formed targets, for mutations of valid links', () => {
    fc.assert(
      fc.property(targets, fc.boolean(), mutations, (written, desktop, steps) => {
        const link = desktop ? desktopLink(written) : browserLink(written);
        expectWellFormedAnswer(parsePassageLink(mutate(link, steps)));
      }),
      { numRuns: 2000 },
    );
  });
});
