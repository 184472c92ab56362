// Opens the browser edition in the person's default browser, where there is a desktop to show it on.
import { spawn } from 'node:child_process';

/**
 * The command that hands a URL to the default browser, or null where nothing could show it (a Linux
 * console or SSH session without DISPLAY or WAYLAND_DISPLAY).
 * @returns {{ command: string, args: string[] } | null}
 */
export function browserOpener(url, { platform, env }) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/c', 'start', '""', url] };
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { command: 'xdg-open', args: [url] };
  return null;
}

/** Fire and forget: a browser that fails to open costs one line, never the server. */
export function openInBrowser(url, { platform = process.platform, env = process.env } = {}) {
  const opener = browserOpener(url, { platform, env });
  if (!opener) return;
  const note = (why) =>
    console.log(`Could not open a browser (${opener.command}: ${why}); open ${url} yourself.`);
  const child = spawn(opener.command, opener.args, {
    stdio: 'ignore',
    detached: true,
    windowsVerbatimArguments: platform === 'win32',
  });
  child.on('error', (error) => note(error.code ?? error.message));
  child.on('exit', (code) => {
    if (code) note(`exit code ${code}`);
  });
  child.unref();
}
