// What `npm run dist` checks before building anything, so a machine that cannot package stops at once
// with one sentence instead of failing minutes later inside electron-builder.

/** electron-builder's rebuild tools and Electron's downloader (@electron/get 5) declare this engine. */
const MINIMUM_NODE = [22, 12];

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/**
 * The first thing about this machine or project that rules packaging out, as a sentence, or null.
 * `deb` is what debMetadata found for the Linux package.
 */
export function packagingBlocker({ nodeVersion, platform, deb }) {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    return (
      `Packaging needs Node ${needMajor}.${needMinor} or later (this is Node ${nodeVersion}), ` +
      "because electron-builder and Electron's downloader require it: switch to Node 22 LTS or newer."
    );
  }
  // electron-builder refuses a deb without them, but only after Electron has been downloaded.
  if (platform === 'linux' && (!deb.maintainer || !deb.homepage)) {
    const needs = [
      !deb.maintainer && 'set DEBFULLNAME and DEBEMAIL (or git config user.name and user.email)',
      !deb.homepage &&
        "add `homepage` to package.json (or build from a clone whose origin is the project's web address)",
    ].filter(Boolean);
    return `The deb package needs a maintainer and a home page: ${needs.join(', and ')}.`;
  }
  return null;
}

/**
 * The deb's Maintainer and Homepage. The project names no person: whoever builds the package maintains
 * it, named as Debian's own tools name them (DEBFULLNAME, DEBEMAIL), else by their git identity; the
 * home page is package.json's, else the web address of the clone's origin.
 */
export function debMetadata({ packageJson, env, git }) {
  const author = authorOf(packageJson.author);
  const email = author.email ?? bareEmail(env.DEBEMAIL) ?? git.email;
  const name = author.email ? author.name : (env.DEBFULLNAME ?? nameIn(env.DEBEMAIL) ?? git.name);
  return {
    maintainer: email && name ? `${name} <${email}>` : null,
    homepage: packageJson.homepage || repositoryUrl(packageJson.repository) || webAddress(git.origin),
  };
}

/** The configuration electron-builder gets: the deb's Maintainer and Homepage as found, where found. */
export function withDebMetadata(config, { maintainer, homepage }) {
  return {
    ...config,
    linux: { ...config.linux, ...(maintainer ? { maintainer } : {}) },
    extraMetadata: { ...config.extraMetadata, ...(homepage ? { homepage } : {}) },
  };
}

/** npm accepts `author` as an object or as "Name <email> (url)". */
function authorOf(author) {
  if (typeof author !== 'string') return { name: author?.name, email: author?.email };
  const match = /^\s*([^<]*?)\s*<([^<>\s]+@[^<>\s]+)>/.exec(author);
  return match ? { name: match[1] || undefined, email: match[2] } : { name: author.trim() || undefined };
}

/** DEBEMAIL is an address, or "Name <address>" (then DEBFULLNAME may be unset). */
function bareEmail(value) {
  if (!value) return undefined;
  return /<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1] ?? (/^[^<>\s]+@[^<>\s]+$/.test(value) ? value : undefined);
}

function nameIn(value) {
  return value ? /^\s*([^<]+?)\s*</.exec(value)?.[1] : undefined;
}

const SHORTHAND_HOSTS = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/** package.json's `repository`: a URL, or npm's shorthand ("github:owner/repo", or "owner/repo" for GitHub). */
function repositoryUrl(repository) {
  const value = typeof repository === 'string' ? repository : repository?.url;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(value ?? '');
  if (shorthand) return `https://${SHORTHAND_HOSTS[shorthand[1] ?? 'github']}/${shorthand[2]}`;
  return webAddress(value);
}

/** https://host/owner/repo for a hosted remote (https, ssh, scp-like); null for a local path or file:// URL. */
export function webAddress(remote) {
  if (!remote) return null;
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(remote);
  let host;
  let path;
  if (scp) [, host, path] = scp;
  else {
    let url;
    try {
      url = new URL(remote.replace(/^git\+/, ''));
    } catch {
      return null;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || !url.hostname) return null;
    host = url.hostname;
    path = url.pathname.slice(1);
  }
  const cleaned = path.replace(/\/+$/, '').replace(/\.git$/, '');
  return cleaned ? `https://${host}/${cleaned}` : null;
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
