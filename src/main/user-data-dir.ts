/**
 * Where `HAMISH_USER_DATA_DIR` moves the profile (so tests and side-by-side runs keep their data apart),
 * or null. An installed app ignores it: an environment variable must never redirect a reader's notes.
 */
export function userDataDirOverride(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  return (!isPackaged && env.HAMISH_USER_DATA_DIR) || null;
}
