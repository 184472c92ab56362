import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static last: FakeBrowserWindow | null = null;
    listeners = new Map<string, () => void>();
    loadURL = vi.fn(async () => undefined);
    maximize = vi.fn();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.last = this;
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    getNormalBounds() {
      return { x: 40, y: 50, width: 900, height: 700 };
    }
    isMaximized() {
      return false;
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
    nativeTheme: { shouldUseDarkColors: false },
  };
});
vi.mock('electron', () => electron);

import { createMainWindow, secureWebPreferences } from '../../../src/main/window';
import { chooseWindowState } from '../../../src/main/window-state';

const screens = [{ x: 0, y: 0, width: 1920, height: 1050 }];

describe('secure window', () => {
  it('isolates the renderer from Node and Electron', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  describe('createMainWindow', () => {
    let dir: string;
    let statePath: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'hamish-window-'));
      statePath = join(dir, 'window-state.json');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const open = () =>
      createMainWindow({
        preload: '/p/index.js',
        url: 'app://hamish/index.html',
        statePath,
        title: 'Hamish',
      });

    it('opens the app origin with the secure preferences, hidden until painted', () => {
      open();
      const window = electron.BrowserWindow.last!;
      expect(window.options.webPreferences).toEqual(secureWebPreferences('/p/index.js'));
      expect(window.options.show).toBe(false);
      expect(window.loadURL).toHaveBeenCalledWith('app://hamish/index.html');
      window.listeners.get('ready-to-show')!();
      expect(window.show).toHaveBeenCalled();
    });

    it('restores remembered bounds that are still on screen, and remembers them on close', () => {
      writeFileSync(statePath, JSON.stringify({ x: 100, y: 80, width: 1000, height: 800, maximized: true }));
      open();
      const window = electron.BrowserWindow.last!;
      expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 800 });
      expect(window.maximize).toHaveBeenCalled();
      (window.listeners.get('close') as Listener)();
      expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
        x: 40,
        y: 50,
        width: 900,
        height: 700,
        maximized: false,
      });
    });

    it('ignores a corrupt state file', () => {
      writeFileSync(statePath, '{not json');
      open();
      expect(electron.BrowserWindow.last!.options).not.toHaveProperty('x');
    });
  });
});

describe('chooseWindowState', () => {
  it('keeps bounds on a connected display', () => {
    const saved = { x: 10, y: 10, width: 800, height: 600, maximized: false };
    expect(chooseWindowState(saved, screens)).toEqual(saved);
  });

  it.each([
    ['on a display that was unplugged', { x: 2500, y: 100, width: 800, height: 600, maximized: false }],
    ['with its title bar above the screen', { x: 100, y: -500, width: 800, height: 600, maximized: false }],
    ['barely peeking in from the left', { x: -790, y: 100, width: 800, height: 600, maximized: false }],
    ['with a non-number', { x: '10', y: 10, width: 800, height: 600, maximized: false }],
    ['with an infinite size', { x: 0, y: 0, width: Infinity, height: 600, maximized: false }],
    ['with a negative size', { x: 0, y: 0, width: -800, height: 600, maximized: false }],
    ['without the maximized flag', { x: 0, y: 0, width: 800, height: 600 }],
    ['that is not an object', null],
  ])('drops bounds %s', (_case, saved) => {
    expect(chooseWindowState(saved, screens)).toBeNull();
  });

  it('accepts a window on a second display at negative coordinates', () => {
    const saved = { x: -1500, y: 100, width: 900, height: 700, maximized: false };
    expect(chooseWindowState(saved, [...screens, { x: -1920, y: 0, width: 1920, height: 1080 }])).toEqual(
      saved,
    );
  });

  it('grows a too-small window to the minimum size', () => {
    expect(chooseWindowState({ x: 0, y: 0, width: 10, height: 10, maximized: false }, screens)).toMatchObject(
      {
        width: 480,
        height: 360,
      },
    );
  });
});
