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

/**
 * Documents Hamish imports (IMPORT_FILE_EXTENSIONS in src/shared/platform/platform-contract.ts; a unit
 * test checks). Offered, never claimed: the reader's browser and editor keep opening them by default.
 */
export const IMPORTED_DOCUMENTS = {
  ext: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'mhtml', 'mht', 'epub'],
  mimeTypes: [
    'text/plain',
    'text/markdown',
    'text/x-markdown',
    'text/html',
    'application/xhtml+xml',
    'multipart/related',
    'application/x-mimearchive',
    'application/epub+zip',
  ],
};

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
    // Listed in the .desktop entry, so Hamish appears under "Open With"; a file association with a
    // mimeType would also install a definition of that type, redefining text/plain and text/html.
    mimeTypes: IMPORTED_DOCUMENTS.mimeTypes,
  },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  // Assisted, so the reader chooses "just me" (no administrator) or everyone on the machine.
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.education',
    // Alternate: Finder lists Hamish under "Open With" and never makes it the default for these types.
    // Windows has no such rank (NSIS would make Hamish the default), so it gets no document association.
    fileAssociations: [{ ext: IMPORTED_DOCUMENTS.ext, name: 'Document', role: 'Viewer', rank: 'Alternate' }],
  },
};

export default config;
