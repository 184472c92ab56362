import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { nativeStrings } from './native-strings';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  /** File → Open…: the import dialog for the focused window (none on macOS with every window closed). */
  openFiles: (window: BaseWindow | undefined) => void;
}

/** File, Edit, View, Help; roles for every action but Open…, so they are Electron's own. */
export function buildMenuTemplate(
  language: UiLanguage,
  { isDev, isMac, openFiles }: MenuOptions,
): MenuItemConstructorOptions[] {
  const s = nativeStrings[language];
  const template: MenuItemConstructorOptions[] = [
    {
      label: s.fileMenu,
      submenu: [
        { label: s.openFiles, accelerator: 'CmdOrCtrl+O', click: (_item, window) => openFiles(window) },
        { type: 'separator' },
        { role: 'close', label: s.close },
        { role: 'quit', label: s.quit },
      ],
    },
    {
      label: s.editMenu,
      submenu: [
        { role: 'undo', label: s.undo },
        { role: 'redo', label: s.redo },
        { type: 'separator' },
        { role: 'cut', label: s.cut },
        { role: 'copy', label: s.copy },
        { role: 'paste', label: s.paste },
        { role: 'selectAll', label: s.selectAll },
      ],
    },
    {
      label: s.viewMenu,
      submenu: [
        { role: 'zoomIn', label: s.zoomIn },
        { role: 'zoomOut', label: s.zoomOut },
        { role: 'resetZoom', label: s.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: s.toggleFullScreen },
        ...(isDev ? [{ role: 'toggleDevTools', label: s.toggleDevTools } as const] : []),
      ],
    },
    { label: s.helpMenu, role: 'help', submenu: [{ role: 'about', label: s.about }] },
  ];
  // macOS shows the first menu under the application's name, so it gets the standard one.
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function applyApplicationMenu(language: UiLanguage, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, options)));
}
