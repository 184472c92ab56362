import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** A loopback port nothing listens on, so the Electron download fails at once on any machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('stops at once, in one sentence and without a stack trace, where Electron cannot be fetched', async () => {
  const mirror = `http://127.0.0.1:${await closedPort()}/`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/dist.mjs'], {
    cwd: root,
    env: { ...process.env, ELECTRON_MIRROR: mirror },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const message = result.stderr.trim();
  expect(message.split('\n')).toHaveLength(1);
  expect(message).not.toMatch(/\bat .+:\d+:\d+/);
  // Whichever check this machine fails first: its Node, the deb's metadata, or the download.
  expect(message).toMatch(
    new RegExp(`^(Packaging needs Node 22\\.12|The deb package needs|npm run dist cannot fetch ${mirror})`),
  );
});
