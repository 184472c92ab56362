// Installers for `npm run dist` (electron-builder): AppImage and deb, NSIS, dmg. See docs/packaging.md.

/** The scheme of the links the app writes (desktopLink in src/shared/links; a unit test checks). */
export const URL_SCHEME = 'hamish';

/** Classroom reading packs: Hamish's own format. */
export const READING_PACK = { ext: 'hamish', mimeType: 'application/x-hamish' };

/**
 * Backups are JSON, but claiming `.json` would make Hamish the handler of every JSON file; a dedicated
 * extension is the only one Windows and macOS can associate (both match the last extension alone).
 */
export const BACKUP = { ext: 'hamish-backup', mimeType: 'application/x-hamish-backup+json' };

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.hamish.reader',
  productName: 'Hamish',
  directories: { buildResources: 'build', output: 'dist' },
  // The built app and nothing else: main and preload are bundled whole, the library ships beside it.
  files: [
    'package.json',
    'out/main/**/*',
    'out/preload/**/*',
    'out/renderer/**/*',
    '!out/renderer/library{,/**/*}',
    '!node_modules{,/**/*}',
  ],
  // resolveLibraryDir (src/main/library-files.ts) reads <resources>/library in an installed app.
  extraResources: [{ from: 'resources/library', to: 'library', filter: ['**/*'] }],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  // Flipped in the packaged binary before signing (Electron security checklist, item 19).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The app is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
    // An unsigned arm64 Mac build must be re-signed ad hoc after its binary changed, or it will not start.
    resetAdHocDarwinSignature: true,
  },
  protocols: [{ name: 'Hamish link', schemes: [URL_SCHEME], role: 'Viewer' }],
  fileAssociations: [
    {
      ...READING_PACK,
      name: 'Hamish reading pack',
      description: 'Hamish reading pack',
      role: 'Viewer',
      rank: 'Owner',
    },
    { ...BACKUP, name: 'Hamish backup', description: 'Hamish backup', role: 'Viewer', rank: 'Owner' },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Education',
    executableName: 'hamish',
    // The .desktop file is named after package.json's desktopName, which Electron uses as the window's app id.
    syncDesktopName: true,
  },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  // Assisted, so the reader chooses "just me" (no administrator) or everyone on the machine.
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], icon: 'build/icon.icns', category: 'public.app-category.education' },
};

export default config;
