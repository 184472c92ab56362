import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
let webRoot: string;
const running: ChildProcess[] = [];

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'hamish-signals-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Hamish</title>');
});
// Each launcher leads its own process group, so an orphaned server from a failed run goes down with it.
afterEach(() => running.splice(0).forEach((child) => killGroup(child.pid!)));
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** True when 127.0.0.1 lets us listen on the port, i.e. nobody holds it. */
function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function portFreedWithin(port: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (await tryListen(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Starts `command` with the browser edition's server under it and waits until it says it is running. */
async function startServer(command: string, args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, HAMISH_WEB_PORT: String(port), HAMISH_WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  running.push(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 10 s')), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes(`http://127.0.0.1:${port}/`)) return;
      clearTimeout(timer);
      resolve();
    });
  });
  expect(await tryListen(port)).toBe(false);
  return child;
}

describe.skipIf(process.platform === 'win32')('stopping the browser edition frees its port', () => {
  it('when SIGTERM reaches only the shell npm runs it in (sh dies without passing it on)', async () => {
    const port = await freePort();
    // The trailing command keeps sh alive as the server's parent, as npm's `sh -c` is.
    const shell = await startServer('sh', ['-c', 'node scripts/serve-web.mjs; exit $?'], port);
    shell.kill('SIGTERM');
    expect(await portFreedWithin(port, 3_000)).toBe(true);
  });

  it('when SIGTERM reaches the server itself', async () => {
    const port = await freePort();
    const server = await startServer(process.execPath, ['scripts/serve-web.mjs'], port);
    server.kill('SIGTERM');
    expect(await portFreedWithin(port, 3_000)).toBe(true);
  });
});
