import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { BACKUP_FORMAT_VERSION, createBackup, serializeBackup } from '@shared/backup/backup-format';
import { looksTruncated } from '@shared/backup/json-truncation';
import { parseBackup, type ParsedBackup } from '@shared/backup/parse-backup';
import { plainNote } from '../../../support/annotation-arbitrary';
import {
  BAD_BACKUP_DOCUMENT,
  BAD_BACKUP_TEXT_LENGTH,
  BAD_BACKUPS,
  decodeCase,
  FAR_FUTURE,
  futureDatedBackup,
  noteStateParts,
  validBackup,
} from '../../../support/bad-backups';

const documents = new Map([[BAD_BACKUP_DOCUMENT, BAD_BACKUP_TEXT_LENGTH]]);
const fixture = (name: string) => readFileSync(`tests/fixtures/backup/${name}`, 'utf8');

function parseFile(content: string | Uint8Array): ParsedBackup {
  const decoded = decodeCase(content);
  return decoded.ok ? parseBackup(decoded.text, { documents }) : { ok: false, errors: [decoded.error] };
}

describe('parseBackup', () => {
  it('accepts the valid base of every bad case', () => {
    const parsed = parseBackup(serializeBackup(validBackup()), { documents });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.settings).toEqual({ colorMeanings: { yellow: 'مهم' } });
    expect(parsed.ok && parsed.sanitizedNotes).toEqual([]);
  });

  it.each(BAD_BACKUPS)('refuses $name with $code at "$path"', ({ content, code, path }) => {
    const parsed = parseFile(content());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ code, path });
  });

  it('checks offsets against the text when given the text itself', () => {
    const backup = validBackup();
    const parsed = parseBackup(serializeBackup(backup), {
      documents: new Map([[BAD_BACKUP_DOCUMENT, 'short']]),
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.every((issue) => issue.code === 'selector-out-of-range')).toBe(true);
  });

  it('leaves annotations of documents it does not know unchecked for range', () => {
    expect(parseBackup(serializeBackup(validBackup()), { documents: new Map() }).ok).toBe(true);
  });

  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(1)</script>';
  const styledHtml = JSON.stringify({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: IMG, style: 'position:fixed;inset:0;background:#c00' },
            { type: 'html', html: SCRIPT, children: [{ type: 'text', text: ' and more' }] },
          ],
        },
      ],
    },
  });
  it.each([
    ['a state the editor wrote, kept as written', plainNote([IMG]).editorState, false, [IMG]],
    ['a state without words, rebuilt from the text', '{"root":{}}', true, [IMG]],
    ['a styled text and an unknown html node, rebuilt without them', styledHtml, true, [`${IMG} and more`]],
    // Not even JSON: the words come back from the note's stored text, never the file refused for it.
    ['a <script> where the state should be, rebuilt from the text', SCRIPT, true, [IMG]],
    ['a JSON array where the state should be, rebuilt from the text', '[1, 2]', true, [IMG]],
  ])('keeps a note holding HTML as plain strings: %s', (_name, editorState, sanitized, words) => {
    const backup = validBackup();
    const item = backup.first.items[0]!;
    item.body![0]!.value = SCRIPT;
    item['hamish:note'] = { editorState, text: IMG };
    const parsed = parseBackup(serializeBackup(backup), { documents });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const note = parsed.annotations[0]!.note;
    // Markdown and text stay as the file wrote them: only the state is rebuilt (restore derives them again).
    expect([note.text, note.markdown]).toEqual([IMG, SCRIPT]);
    expect(noteStateParts(note.editorState!)).toEqual({
      types: ['paragraph', 'root', 'text'],
      texts: words,
      styles: [],
    });
    expect(parsed.sanitizedNotes).toEqual(sanitized ? [parsed.annotations[0]!.id] : []);
    // The state changed exactly when the parser says it did.
    expect(note.editorState === editorState).toBe(!sanitized);
  });

  it('reports at most 20 problems', () => {
    const backup = validBackup() as unknown as { first: { items: unknown[] }; total: number };
    backup.first.items = Array.from({ length: 50 }, () => ({}));
    backup.total = 50;
    const parsed = parseBackup(JSON.stringify(backup), { documents });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toHaveLength(20);
  });

  it('stores ids lower-case, whatever case the file wrote them in', () => {
    const backup = validBackup();
    const item = backup.first.items[1]!;
    const id = item.id.slice('urn:uuid:'.length);
    item.id = `urn:uuid:${id.toUpperCase()}`;
    const parsed = parseBackup(serializeBackup(backup), { documents });
    expect(parsed.ok && parsed.annotations[1]!.id).toBe(id.toLowerCase());
  });

  it('reads a date in year 9999 as written: the restore plan clamps it', () => {
    const parsed = parseBackup(futureDatedBackup(), { documents });
    expect(parsed.ok && parsed.annotations[1]!.modified).toBe(FAR_FUTURE);
  });
});

describe('format 1', () => {
  const golden = fixture('format-1-golden.json');
  const expected = JSON.parse(fixture('format-1-golden.annotations.json')) as Annotation[];

  it('restores the golden format-1 file (made by Hamish before format 2) to the annotations it held', () => {
    expect(JSON.parse(golden)).toMatchObject({ hamishFormat: 1, items: { length: expected.length } });
    expect(parseBackup(golden, { documents: new Map() })).toEqual({
      ok: true,
      annotations: expected,
      settings: { colorMeanings: { yellow: 'مهم', blue: 'سؤال', pink: 'مصطلح' } },
      documents: [],
      classroom: { readers: [], packs: [], answerFiles: [], marks: [] },
      sanitizedNotes: [],
    });
  });

  it('comes out of a current-format backup of what it restored unchanged', () => {
    const parsed = parseBackup(golden, { documents: new Map() });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const again = serializeBackup(
      createBackup({ ...parsed, exportedAt: new Date('2026-12-01T00:00:00Z'), appVersion: 't' }),
    );
    expect(JSON.parse(again)).toMatchObject({
      hamishFormat: BACKUP_FORMAT_VERSION,
      first: { items: { length: expected.length } },
    });
    expect(parseBackup(again, { documents: new Map() })).toEqual(parsed);
  });

  it('refuses a format-1 file that puts its annotations in a page', () => {
    const { items, ...rest } = JSON.parse(golden) as Record<string, unknown>;
    const moved = { ...rest, first: { type: 'AnnotationPage', id: 'urn:x:1', items } };
    const parsed = parseBackup(JSON.stringify(moved), { documents: new Map() });
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code: 'invalid-field', path: 'items' });
  });
});

describe('looksTruncated', () => {
  it.each([
    ['{"a": 1', true],
    ['{"a": "open', true],
    ['[1, [2', true],
    ['{"a": "}"', true],
    ['{"a": 1}}', false],
    ['{"a": x}', false],
    ['hello', false],
  ])('%j → %s', (content, expected) => {
    expect(looksTruncated(content)).toBe(expected);
  });
});
