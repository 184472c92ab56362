import { BrowserWindow, nativeTheme, screen, type WebPreferences } from 'electron';
import { chooseWindowState, MIN_WINDOW_SIZE, readWindowState, writeWindowState } from './window-state';

const DEFAULT_SIZE = { width: 1200, height: 860 };
/** The renderer's --hamish-bg, so the window does not flash another colour before the page paints. */
const BACKGROUND = { light: '#fbf8f1', dark: '#16181b' };

/** The renderer is a web page with no Node: everything privileged goes through the preload bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The spell checker downloads dictionaries; the app stays offline.
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preload: string;
  url: string;
  /** JSON file in userData where the bounds are kept between runs. */
  statePath: string;
  title: string;
}

export function createMainWindow({ preload, url, statePath, title }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = chooseWindowState(readWindowState(statePath), workAreas);
  const window = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: secureWebPreferences(preload),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () =>
    writeWindowState(statePath, { ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  void window.loadURL(url);
  return window;
}
