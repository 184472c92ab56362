// `npm run bench [page…]`: which pages to run. Pure, so it can be tested without a browser.

export function benchUsage(available) {
  return [
    'Usage: npm run bench [-- <page>…]',
    '  Runs every page in bench/pages/ (or only those named), writes bench-results/results.json',
    '  and regenerates docs/benchmarks.md from it.',
    `  Pages: ${available.join(', ')}`,
  ].join('\n');
}

/**
 * The pages to run, in the order `available` lists them (all when none is named), or why the arguments
 * cannot be used. A page may be named with or without its `.ts`.
 */
export function parseBenchArgs(argv, available) {
  const named = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return { help: true, pages: [] };
    if (arg.startsWith('-')) return { error: `Unknown option ${arg}.\n${benchUsage(available)}` };
    named.push(arg.replace(/^bench\/pages\//, '').replace(/\.ts$/, ''));
  }
  const unknown = named.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    return { error: `No bench page named ${unknown.join(', ')}.\n${benchUsage(available)}` };
  }
  const pages = named.length === 0 ? [...available] : available.filter((name) => named.includes(name));
  return { help: false, pages };
}
