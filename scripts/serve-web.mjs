// `npm run web`: the browser edition on one fixed address. IndexedDB belongs to the origin, port
// included, so moving to another port would hide every note the reader has written.
// `--open` also opens it in the default browser (what `npm start` asks for).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';
import { openInBrowser } from './open-browser.mjs';
import { startStaticServer, WEB_EDITION_PORT } from './static-server.mjs';
import { stopWithLauncher } from './stop-with-launcher.mjs';

// Only tests move the port (HAMISH_WEB_PORT) or the served folder (HAMISH_WEB_ROOT); readers always get 4317.
const rendererDir = process.env.HAMISH_WEB_ROOT || join(root, 'out', 'renderer');
const port = Number(process.env.HAMISH_WEB_PORT || WEB_EDITION_PORT);

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The browser edition is not built yet: run `npm run build` first.');
  process.exit(1);
}

try {
  const { url } = await startStaticServer({ root: rendererDir, port });
  stopWithLauncher(() => process.exit(0));
  console.log(`Hamish (browser edition) is running at ${url} — press Ctrl+C to stop.`);
  if (process.argv.includes('--open')) openInBrowser(url);
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use (perhaps Hamish is already running at http://127.0.0.1:${port}/); ` +
        'the browser edition always uses this port because your notes are stored per address.',
    );
  } else {
    console.error('The browser edition could not start:', error);
  }
  process.exit(1);
}
