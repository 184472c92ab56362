import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, type BaseWindow } from 'electron';
import { APP_ORIGIN, type UiLanguage } from '@shared/platform/platform-contract';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { createBackupStore } from './backups';
import { CloseGuard } from './close-guard';
import { DeepLinkForwarder } from './deep-links';
import {
  askImportPaths,
  chooseImportFiles,
  nodeImportFileSystem,
  readImportFiles,
  type ShowOpenDialog,
} from './import-files';
import { createIpcHandle, registerIpcHandlers } from './ipc';
import { createLibrary, resolveLibraryDir } from './library-files';
import { applyApplicationMenu } from './menu';
import { OpenFilesForwarder } from './open-files';
import { printToPdfWithDialog } from './print-to-pdf';
import { saveFileWithDialog } from './save-file';
import { hardenSession, hardenWebContents, type TrustPolicy } from './security';
import { listenForOpenRequests } from './single-instance';
import { userDataDirOverride } from './user-data-dir';
import { createMainWindow } from './window';

// Lets tests and side-by-side runs keep their data apart; must be set before anything reads userData.
const userDataDir = userDataDirOverride(app.isPackaged, process.env);
if (userDataDir) app.setPath('userData', userDataDir);

registerAppScheme();

/** electron-vite dev serves the renderer over HTTP with hot reload; never honoured in an installed app. */
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const isDev = Boolean(devServerUrl);
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
const policy: TrustPolicy = {
  trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN],
  extraRequestOrigins: devOrigin ? [devOrigin.replace(/^http/, 'ws')] : [],
  allowDevtools: isDev,
};

const deepLinks = new DeepLinkForwarder();
const openedFiles = new OpenFilesForwarder((paths) => readImportFiles(paths, nodeImportFileSystem));
const closeGuard = new CloseGuard();
let mainWindow: BrowserWindow | null = null;
/** Quitting (Cmd+Q, the menu) waits for the window's edits like a close does, then goes on quitting. */
let quitting = false;
let uiLanguage: UiLanguage = 'ar';

const showOpenDialog: ShowOpenDialog = (parent, options) =>
  parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);

function setMenu(): void {
  applyApplicationMenu(uiLanguage, {
    isDev,
    isMac: process.platform === 'darwin',
    openFiles: (window) =>
      void openFilesFromMenu(window).catch((error: unknown) => console.error('File → Open… failed:', error)),
  });
}

/** File → Open…: the import dialog, then the files go to the window as if the OS had opened them. */
async function openFilesFromMenu(window: BaseWindow | undefined): Promise<void> {
  const paths = await askImportPaths(window ?? mainWindow, uiLanguage, showOpenDialog);
  if (paths.length === 0) return;
  openedFiles.open(paths);
  showMainWindow();
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preload: join(__dirname, '../preload/index.js'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    statePath: join(app.getPath('userData'), 'window-state.json'),
    title: 'Hamish',
  });
  deepLinks.attach(mainWindow.webContents);
  openedFiles.attach(mainWindow.webContents);
  closeGuard.attach(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
    if (quitting) app.quit();
  });
}

/** Brings the window forward, or opens it again (macOS keeps running with every window closed). */
function showMainWindow(): void {
  if (!mainWindow) {
    if (app.isReady()) openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const libraryDir = resolveLibraryDir({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  hardenSession(session.defaultSession, policy);
  registerAppProtocol({ renderer: join(__dirname, '../renderer'), library: libraryDir });

  const library = createLibrary(libraryDir);
  const backups = createBackupStore(join(app.getPath('userData'), 'backups'));
  registerIpcHandlers(createIpcHandle(ipcMain, policy.trustedOrigins), {
    listDocuments: () => library.listDocuments(),
    loadDocument: (id) => library.loadDocument(id),
    saveFile: (request, sender) => saveFileWithDialog(request, sender, uiLanguage, app.getPath('documents')),
    printToPdf: (suggestedName, sender) =>
      printToPdfWithDialog(suggestedName, sender, uiLanguage, app.getPath('documents')),
    listBackups: () => backups.listBackups(),
    writeBackup: (reason, content) => backups.writeBackup(reason, content),
    readBackup: (name) => backups.readBackup(name),
    chooseImportFiles: (sender) =>
      chooseImportFiles(BrowserWindow.fromWebContents(sender), uiLanguage, showOpenDialog),
    setUiLanguage: async (language) => {
      uiLanguage = language;
      setMenu();
    },
    closeReady: (request, sender) => closeGuard.ready(request, sender.id),
    filesReady: (sender) => openedFiles.ready(sender),
  });

  app.setAboutPanelOptions({ applicationName: 'Hamish (هامش)', applicationVersion: app.getVersion() });
  setMenu();
  openMainWindow();
}

const listening = listenForOpenRequests({
  openLink: (raw) => deepLinks.open(raw),
  openFiles: (paths) => openedFiles.open(paths),
  show: showMainWindow,
});
if (!listening) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Hamish could not start:', error);
      app.exit(1);
    });
}
