import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import { applyApplicationMenu, buildMenuTemplate } from '../../../src/main/menu';

const openFiles = vi.fn();
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const roles = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu as MenuItemConstructorOptions[]).map((entry) => entry.role).filter(Boolean);

describe('application menu', () => {
  it.each([
    ['ar', ['ملف', 'تحرير', 'عرض', 'مساعدة']],
    ['en', ['File', 'Edit', 'View', 'Help']],
  ] as const)('has four localized top-level menus in %s', (language, expected) => {
    expect(labels(buildMenuTemplate(language, { isDev: false, isMac: false, openFiles }))).toEqual(expected);
  });

  it('localizes the items, not only the menus', () => {
    const [file] = buildMenuTemplate('ar', { isDev: false, isMac: false, openFiles });
    expect(labels(file!.submenu as MenuItemConstructorOptions[]).filter(Boolean)).toEqual([
      'فتح…',
      'إغلاق النافذة',
      'إنهاء هامش',
    ]);
  });

  it.each([
    ['ar', 'فتح…'],
    ['en', 'Open…'],
  ] as const)('opens documents from File → Open… with Ctrl/Cmd+O, in %s', (language, label) => {
    const [file] = buildMenuTemplate(language, { isDev: false, isMac: false, openFiles });
    const open = (file!.submenu as MenuItemConstructorOptions[])[0]!;
    expect(open).toMatchObject({ label, accelerator: 'CmdOrCtrl+O' });
    const focused = { id: 'focused window' };
    open.click!({} as never, focused as never, {} as never);
    expect(openFiles).toHaveBeenCalledWith(focused);
  });

  it('uses Electron roles for every other action', () => {
    const [file, edit, view, help] = buildMenuTemplate('en', { isDev: false, isMac: false, openFiles });
    expect(roles(file)).toEqual(['close', 'quit']);
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(view)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(roles(help)).toEqual(['about']);
  });

  it('offers developer tools only in development', () => {
    const view = buildMenuTemplate('en', { isDev: true, isMac: false, openFiles })[2];
    expect(roles(view)).toContain('toggleDevTools');
  });

  it('adds the standard application menu first on macOS', () => {
    const template = buildMenuTemplate('en', { isDev: false, isMac: true, openFiles });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(labels(template.slice(1))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('installs the built menu', () => {
    applyApplicationMenu('ar', { isDev: false, isMac: false, openFiles });
    const installed = electron.Menu.setApplicationMenu.mock.calls[0]?.[0];
    // Each build makes its own click handlers; everything else is the same.
    expect(JSON.stringify(installed)).toBe(
      JSON.stringify({ template: buildMenuTemplate('ar', { isDev: false, isMac: false, openFiles }) }),
    );
  });
});
