// What `npm run dist` checks before building anything, so a machine that cannot package stops at once
// with one sentence instead of failing minutes later inside electron-builder.

/** electron-builder's rebuild tools and Electron's downloader (@electron/get 5) declare this engine. */
const MINIMUM_NODE = [22, 12];

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** The first thing about this machine or project that rules packaging out, as a sentence, or null. */
export function packagingBlocker({ nodeVersion, platform, packageJson }) {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    return (
      `Packaging needs Node ${needMajor}.${needMinor} or later (this is Node ${nodeVersion}), ` +
      "because electron-builder and Electron's downloader require it: switch to Node 22 LTS or newer."
    );
  }
  // electron-builder refuses a deb without them, but only after Electron has been downloaded.
  if (platform === 'linux' && (!hasAuthorEmail(packageJson.author) || !hasProjectUrl(packageJson))) {
    return 'The deb package needs a maintainer and a homepage: add `author` (with an email) and `homepage` to package.json.';
  }
  return null;
}

/** npm accepts `author` as an object or as "Name <email> (url)". */
function hasAuthorEmail(author) {
  return typeof author === 'string' ? /<[^<>\s]+@[^<>\s]+>/.test(author) : Boolean(author?.email);
}

/** electron-builder takes the deb's home page from `homepage`, or else from `repository`. */
function hasProjectUrl({ homepage, repository }) {
  return Boolean(homepage || repository);
}

/** Where electron-builder's downloader fetches this Electron for this machine (ELECTRON_MIRROR moves it). */
export function electronZipUrl({ version, platform, arch, mirror }) {
  const base = mirror || DEFAULT_MIRROR;
  return `${base.endsWith('/') ? base : `${base}/`}v${version}/electron-v${version}-${platform}-${arch}.zip`;
}

/** One HEAD request, bounded in time: null when the zip can be fetched, else the reason as a sentence. */
export async function electronUnreachable(url, { timeoutMs = 10_000 } = {}) {
  let problem;
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status < 400) return null;
    problem = `HTTP ${response.status}`;
  } catch (error) {
    problem =
      error?.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : (error?.cause?.code ?? error?.cause?.message ?? error?.message);
  }
  return (
    `npm run dist cannot fetch ${url} (${problem}): run it on a machine with internet access, ` +
    'or set ELECTRON_MIRROR to a mirror this one can reach.'
  );
}
