import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS } from '@shared/platform/platform-contract';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const log: string[] = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class FakeBrowserWindow {
    static windows: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.windows;
    webContents = { on: vi.fn(), once: vi.fn() };
    loadURL = vi.fn(async (url: string) => void log.push(`loadURL ${url}`));
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      FakeBrowserWindow.windows.push(this);
      log.push('new BrowserWindow');
    }
    on() {}
    once() {}
    maximize() {}
  }
  return {
    log,
    ready: () => ready(),
    ipcChannels: [] as string[],
    appListeners: new Map<string, Listener>(),
    module: {
      app: {
        isPackaged: false,
        setPath: vi.fn(),
        getPath: (name: string) => `/tmp/hamish-test-${name}`,
        getAppPath: () => '/repo',
        getVersion: () => '0.1.0',
        requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), true),
        setAsDefaultProtocolClient: vi.fn(),
        setAboutPanelOptions: vi.fn(),
        on: (name: string, listener: Listener) => void electron.appListeners.set(name, listener),
        whenReady: () => whenReady,
        quit: vi.fn(),
        exit: vi.fn(),
      },
      protocol: {
        registerSchemesAsPrivileged: () => log.push('registerSchemesAsPrivileged'),
        handle: (scheme: string) => log.push(`protocol.handle ${scheme}`),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => log.push('setPermissionRequestHandler'),
          setPermissionCheckHandler: () => log.push('setPermissionCheckHandler'),
          webRequest: { onBeforeRequest: () => log.push('onBeforeRequest') },
        },
      },
      ipcMain: { handle: (channel: string) => void electron.ipcChannels.push(channel) },
      BrowserWindow: FakeBrowserWindow,
      screen: { getAllDisplays: () => [] },
      nativeTheme: { shouldUseDarkColors: false },
      Menu: {
        buildFromTemplate: (t: unknown) => t,
        setApplicationMenu: () => log.push('setApplicationMenu'),
      },
      dialog: {},
    },
  };
});
vi.mock('electron', () => electron.module);

describe('main process start-up', () => {
  it('registers the app scheme before ready, then hardens, serves, and opens app://hamish', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    await import('../../../src/main/index');
    expect(electron.log).toEqual(['registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
    // macOS hands over documents and links before ready; a second instance's arrive in its argv.
    for (const event of ['open-file', 'open-url', 'second-instance'])
      expect(electron.appListeners.has(event)).toBe(true);

    electron.ready();
    await vi.waitFor(() => expect(electron.log).toContain('loadURL app://hamish/index.html'));
    const afterReady = electron.log.slice(2);
    expect(afterReady.indexOf('onBeforeRequest')).toBeLessThan(afterReady.indexOf('new BrowserWindow'));
    expect(afterReady.indexOf('protocol.handle app')).toBeLessThan(afterReady.indexOf('new BrowserWindow'));
    expect(afterReady).toContain('setPermissionRequestHandler');
    expect(afterReady).toContain('setApplicationMenu');
    expect(electron.ipcChannels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(electron.ipcChannels).not.toContain(IPC_CHANNELS.onOpenLink);
    const [window] = electron.module.BrowserWindow.windows;
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String(window!.options.webPreferences.preload)).toMatch(/preload[/\\]index\.js$/);
  });
});
