import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
type Lock = { packages: Record<string, { version?: string }> };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const app = readJson<Manifest>('package.json');
const bench = readJson<Manifest>('bench/package.json');
const benchLock = readJson<Lock>('bench/package-lock.json');
const appPackages = new Set(Object.keys({ ...app.dependencies, ...app.devDependencies }));
const peers = Object.entries(bench.dependencies ?? {});

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The package each bare import of the bench's TypeScript names (path aliases and relative paths left out). */
function benchImports(): { file: string; pkg: string }[] {
  const files = readdirSync(join(root, 'bench'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('node_modules'),
  );
  return files.flatMap((file) => {
    const source = readFileSync(join(root, 'bench', file), 'utf8');
    const packages = [...source.matchAll(/(?:\bfrom|^import)\s+'([^'.][^']*)'/gm)]
      .map((match) => match[1]!)
      .filter((specifier) => !/^@(shared|renderer)\//.test(specifier))
      .map((specifier) => packageName(specifier));
    return [...new Set(packages)].map((pkg) => ({ file, pkg }));
  });
}

describe('the benchmarks’ peers', () => {
  it('are among what the scan of the bench’s imports finds', () => {
    const imported = new Set(benchImports().map(({ pkg }) => pkg));
    expect(peers.filter(([name]) => imported.has(name)).length).toBeGreaterThan(0);
  });

  it.each(benchImports())('$file imports $pkg, which bench/package.json or the app installs', ({ pkg }) => {
    expect(appPackages.has(pkg) || pkg in (bench.dependencies ?? {})).toBe(true);
  });

  it.each(peers)('%s is not one of the app’s dependencies', (name) => {
    expect(appPackages.has(name)).toBe(false);
  });

  it.each(peers)('%s is pinned exactly (%s) and locked at that version', (name, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(benchLock.packages[`node_modules/${name}`]?.version).toBe(version);
  });
});
