import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotation } from '@shared/annotations/create-annotation';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { buildDocument, parseManifest } from '@shared/document/library';
import { HOSTILE_NOTE_STATES } from '../support/hostile-note-states';
import { expect, openReader, test } from './fixtures';

/**
 * A backup whose notes carry Lexical states our editor never writes (overlays, script URLs, unknown
 * nodes, absurd depths) restores with every word and nothing of the rest: the state passes the sanitizer.
 * The states over 1 MB are left to the unit tests, to keep this file quick to restore.
 */
const CORPUS = HOSTILE_NOTE_STATES.filter((entry) => entry.editorState.length < 1_000_000);

/** The bundled article as the app builds it (Playwright loads this file as CommonJS: no import.meta). */
function seedDocument() {
  const library = join(__dirname, '../../resources/library');
  const manifest = parseManifest(
    JSON.parse(readFileSync(join(library, 'china-interests-kazakhstan-2022.json'), 'utf8')),
  );
  return buildDocument(manifest, readFileSync(join(library, manifest.file), 'utf8'));
}

function hostileBackup(): string {
  const document = seedDocument();
  const annotations = CORPUS.map((entry, index) =>
    createAnnotation({
      id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      document,
      start: 200 + index * 120,
      end: 210 + index * 120,
      color: 'pink',
      author: { id: 'reader:default', name: 'Reader' },
      now: new Date('2026-11-01T10:00:00.000Z'),
      note: { editorState: entry.editorState, text: entry.fallbackText, markdown: entry.fallbackText },
    }),
  );
  return serializeBackup(
    createBackup({
      annotations,
      settings: { colorMeanings: {} },
      exportedAt: new Date(),
      appVersion: 'test',
    }),
  );
}

interface StoredNote {
  id: string;
  editorState: string | null;
  text: string;
}

test('a backup of hostile note states restores with the words shown and no style applied', async ({
  page,
}) => {
  await openReader(page);
  await page.getByRole('button', { name: 'إجراءات' }).click();
  await page.getByRole('button', { name: 'نسخ احتياطي' }).click();
  const dialog = page.getByRole('dialog', { name: 'النسخ الاحتياطي والاستعادة' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostileBackup()),
  });
  await dialog.getByRole('button', { name: 'استعد', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('استُعيد');
  await dialog.getByRole('button', { name: 'إغلاق' }).click();

  const stored = await page.evaluate(
    () =>
      new Promise<StoredNote[]>((resolve) => {
        const open = indexedDB.open('hamish');
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map((a: { id: string; note: StoredNote }) => ({ ...a.note, id: a.id })));
          };
        };
      }),
  );
  expect(stored).toHaveLength(CORPUS.length);
  CORPUS.forEach((entry, index) => {
    const note = stored.find((s) => s.id.endsWith(String(index + 1).padStart(12, '0')))!;
    for (const word of entry.survivingWords) expect(note.text, entry.name).toContain(word);
    for (const forbidden of entry.forbidden)
      expect(note.editorState ?? '', entry.name).not.toContain(forbidden);
    expect(note.editorState ?? '', entry.name).not.toMatch(/"(style|textStyle)":"[^"]/);
  });

  // The reported overlay: opened in the editor, its words are there and nothing covers the margin.
  const overlay = CORPUS[0]!;
  const first = page.locator('.annotation-card').filter({ hasText: overlay.survivingWords[0]! });
  await first.getByRole('button', { name: 'حرّر' }).click();
  const editor = page.getByRole('textbox', { name: /ملاحظة على/ });
  for (const word of overlay.survivingWords) await expect(editor).toContainText(word);
  expect(await editor.locator('[style]').count()).toBe(0);
  const positions = await editor
    .locator('*')
    .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).position));
  expect(positions.filter((position) => position === 'fixed')).toEqual([]);
});
