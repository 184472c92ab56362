// `npm run web`: the browser edition on one fixed address. IndexedDB belongs to the origin, port
// included, so moving to another port would hide every note the reader has written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';
import { startStaticServer, WEB_EDITION_PORT } from './static-server.mjs';

const rendererDir = join(root, 'out', 'renderer');
// Only tests move the port (HAMISH_WEB_PORT); readers always get 4317.
const port = Number(process.env.HAMISH_WEB_PORT || WEB_EDITION_PORT);

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The browser edition is not built yet: run `npm run build` first.');
  process.exit(1);
}

try {
  const { url } = await startStaticServer({ root: rendererDir, port });
  console.log(`Hamish (browser edition) is running at ${url} — press Ctrl+C to stop.`);
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
