import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { nativeStrings } from './native-strings';

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
}

/** File, Edit, View, Help; only roles, so every action is Electron's own and needs no IPC. */
export function buildMenuTemplate(
  language: UiLanguage,
  { isDev, isMac }: MenuOptions,
): MenuItemConstructorOptions[] {
  const s = nativeStrings[language];
  const template: MenuItemConstructorOptions[] = [
    {
      label: s.fileMenu,
      submenu: [
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
