import { app } from 'electron';
import { DEEP_LINK_SCHEME, findDeepLink } from './deep-links';
import { findFilePaths } from './open-files';

/** Where what the OS hands to Hamish goes. */
export interface OpenRequests {
  openLink(raw: unknown): void;
  openFiles(paths: readonly string[]): void;
  /** Something arrived from outside: bring the window forward (or open one). */
  show(): void;
}

/**
 * One running Hamish receives every link and document: macOS sends `open-url` and `open-file` (before
 * ready too), other systems start a second instance whose arguments hold them. Returns false when
 * another instance already runs (quit then: it has been handed this launch's arguments).
 */
export function listenForOpenRequests(requests: OpenRequests): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  // Only installed builds claim the scheme, so development runs never rewrite the system's handler.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  const defaultApp = Boolean(process.defaultApp);
  const openArguments = (argv: readonly string[], workingDirectory: string) => {
    requests.openLink(findDeepLink(argv));
    requests.openFiles(findFilePaths({ argv, workingDirectory, defaultApp }));
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    requests.openLink(url);
    requests.show();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requests.openFiles([path]);
    requests.show();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openArguments(argv, workingDirectory);
    requests.show();
  });
  openArguments(process.argv, process.cwd());
  return true;
}
