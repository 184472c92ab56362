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

import { PDF_OPTIONS, printToPdfWithDialog } from '../../../src/main/print-to-pdf';

const PDF_BYTES = Buffer.from('%PDF-1.7\n\u00e9\n%%EOF\n', 'latin1');

function senderPrinting(result: Promise<Buffer>): WebContents & { printToPDF: ReturnType<typeof vi.fn> } {
  return { printToPDF: vi.fn(() => result) } as unknown as WebContents & {
    printToPDF: ReturnType<typeof vi.fn>;
  };
}

describe('print to PDF', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    electron.dialog.showSaveDialog.mockReset();
  });

  it('prints the caller with backgrounds, then saves the bytes where the reader chose', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-pdf-'));
    const target = join(dir, 'مقال.pdf');
    const sender = senderPrinting(Promise.resolve(PDF_BYTES));
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(printToPdfWithDialog('مقال: أول', sender, 'ar', dir)).resolves.toEqual({
      status: 'saved',
      path: target,
    });
    expect(sender.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS.printBackground).toBe(true);
    expect(readFileSync(target)).toEqual(PDF_BYTES);
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toEqual({ id: 'parent' });
    expect(options.defaultPath).toBe(join(dir, 'مقال_ أول.pdf'));
    expect(options.filters[0]).toEqual({ name: 'مستندات PDF', extensions: ['pdf'] });
  });

  it('keeps a name that already ends in .pdf', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-pdf-'));
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await printToPdfWithDialog('notes.PDF', senderPrinting(Promise.resolve(PDF_BYTES)), 'en', dir);
    expect(electron.dialog.showSaveDialog.mock.calls[0]![1].defaultPath).toBe(join(dir, 'notes.PDF'));
  });

  it('writes nothing when the reader cancels', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-pdf-'));
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(
      printToPdfWithDialog('a', senderPrinting(Promise.resolve(PDF_BYTES)), 'en', dir),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('asks nothing and keeps the earlier file when printing fails', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hamish-pdf-'));
    writeFileSync(join(dir, 'a.pdf'), 'earlier');
    const failing = senderPrinting(Promise.reject(new Error('the printer backend crashed')));
    await expect(printToPdfWithDialog('a', failing, 'en', dir)).rejects.toThrow('printer backend');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('earlier');
  });
});
