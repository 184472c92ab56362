import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 'parent' })) },
}));
vi.mock('electron', () => electron);

import { saveDialogOptions, saveFileWithDialog } from '../../../src/main/save-file';

const sender = {} as WebContents;
const request = { suggestedName: 'هامش: ملاحظات?.md', mimeType: 'text/markdown', content: ['# هامش', '\n'] };

describe('save file', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('suggests a sanitized name in the folder, with a localized filter', () => {
    const options = saveDialogOptions(request, 'ar', '/home/reader/Documents');
    expect(options.defaultPath).toBe(join('/home/reader/Documents', 'هامش_ ملاحظات_.md'));
    expect(options.title).toBe('حفظ نسخة');
    expect(options.filters?.[0]).toEqual({ name: 'ملفات Markdown', extensions: ['md'] });
  });

  it('writes the content where the reader chose, as UTF-8', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-save-'));
    const target = join(dir, 'notes.md');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(saveFileWithDialog(request, sender, 'en', dir)).resolves.toEqual({
      status: 'saved',
      path: target,
    });
    expect(readFileSync(target, 'utf8')).toBe('# هامش\n');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      { id: 'parent' },
      expect.objectContaining({ title: 'Save a copy' }),
    );
  });

  it('keeps the file it would replace intact when the write fails half way', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-save-'));
    const target = join(dir, 'notes.md');
    writeFileSync(target, 'the earlier export');
    const content = ['# هامش', '\n'];
    content[Symbol.iterator] = function* () {
      yield '# هامش';
      throw new Error('the disk is full');
    };
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(saveFileWithDialog({ ...request, content }, sender, 'en', dir)).rejects.toThrow(
      'the disk is full',
    );
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('writes nothing when the reader cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(saveFileWithDialog(request, sender, 'en', '/tmp')).resolves.toEqual({ status: 'cancelled' });
  });
});
