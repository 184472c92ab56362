import { describe, expect, it } from 'vitest';
import { serializeBackup } from '@shared/backup/backup-format';
import { looksTruncated } from '@shared/backup/json-truncation';
import { parseBackup } from '@shared/backup/parse-backup';
import {
  BAD_BACKUP_DOCUMENT,
  BAD_BACKUP_TEXT_LENGTH,
  BAD_BACKUPS,
  validBackup,
} from '../../../support/bad-backups';

const documents = new Map([[BAD_BACKUP_DOCUMENT, BAD_BACKUP_TEXT_LENGTH]]);

describe('parseBackup', () => {
  it('accepts the valid base of every bad case', () => {
    const parsed = parseBackup(serializeBackup(validBackup()), { documents });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.settings).toEqual({ colorMeanings: { yellow: 'مهم' } });
  });

  it.each(BAD_BACKUPS)('refuses $name with $code at "$path"', ({ content, code, path }) => {
    const parsed = parseBackup(content(), { documents });
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

  it('keeps a note holding HTML as plain strings', () => {
    const backup = validBackup();
    backup.items[0]!.body![0]!.value = '<script>alert(1)</script>';
    backup.items[0]!['hamish:note'].text = '<img src=x onerror=alert(1)>';
    const parsed = parseBackup(serializeBackup(backup), { documents });
    expect(parsed.ok && parsed.annotations[0]!.note).toEqual({
      editorState: '{"root":{}}',
      text: '<img src=x onerror=alert(1)>',
      markdown: '<script>alert(1)</script>',
    });
  });

  it('reports at most 20 problems', () => {
    const backup = validBackup() as unknown as { items: unknown[]; total: number };
    backup.items = Array.from({ length: 50 }, () => ({}));
    backup.total = 50;
    const parsed = parseBackup(JSON.stringify(backup), { documents });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toHaveLength(20);
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
