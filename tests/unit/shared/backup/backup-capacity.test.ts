import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { BACKUP_LIMITS, SUPPORTED_MAX_ANNOTATIONS } from '@shared/backup/backup-schema';
import { parseBackup } from '@shared/backup/parse-backup';
import { exceedsUtf8Bytes } from '@shared/backup/utf8-size';
import { paragraphNote, paragraphNoteLibrary } from './paragraph-note-library';

describe('a backup of the largest library Hamish supports', () => {
  it('holds a real paragraph note: Lexical state, text and Markdown of about 600 characters', () => {
    const note = paragraphNote();
    expect(note.text.length).toBeGreaterThanOrEqual(580);
    expect(note.markdown).toContain('**أمن الطاقة**');
    expect(JSON.parse(note.editorState!)).toMatchObject({
      root: { type: 'root', children: [{ type: 'paragraph' }] },
    });
  });

  it(`restores ${SUPPORTED_MAX_ANNOTATIONS.toLocaleString('en')} annotations with paragraph notes, with headroom under the size limit`, () => {
    const annotations = paragraphNoteLibrary(SUPPORTED_MAX_ANNOTATIONS);
    const content = serializeBackup(
      createBackup({
        annotations,
        settings: { colorMeanings: { yellow: 'فكرة رئيسية' } },
        exportedAt: new Date('2026-12-01T00:00:00.000Z'),
        appVersion: 't',
      }),
    );
    // The limit leaves half as much again as this backup takes (measured: 257 MB of 400 MiB).
    expect(exceedsUtf8Bytes(content, BACKUP_LIMITS.fileBytes / 1.5)).toBe(false);

    const parsed = parseBackup(content, { documents: new Map([['kazakhstan-china', 6_000_000]]) });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.annotations).toHaveLength(SUPPORTED_MAX_ANNOTATIONS);
    for (const index of [0, 12_345, SUPPORTED_MAX_ANNOTATIONS - 1]) {
      expect(parsed.annotations[index]).toEqual(annotations[index]);
    }
    // About 5 s alone on 2 cores; 20 s seen with the machine fully loaded.
  }, 60_000);
});
