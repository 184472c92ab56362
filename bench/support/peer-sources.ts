// Read from the installed packages, so the report names the versions actually measured: the peers from
// bench/node_modules (bench/package.json), Dexie from the app's own.
import apacheAnnotator from '../node_modules/@apache-annotator/dom/package.json';
import domAnchorTextPosition from '../node_modules/dom-anchor-text-position/package.json';
import domAnchorTextQuote from '../node_modules/dom-anchor-text-quote/package.json';
import dexie from '../../node_modules/dexie/package.json';

const named = (pkg: { name: string; version: string }) => `${pkg.name} ${pkg.version}`;

export const PEER_SOURCES = {
  apacheAnnotator: named(apacheAnnotator),
  domAnchorTextQuote: named(domAnchorTextQuote),
  domAnchorTextPosition: `${named(domAnchorTextPosition)} + ${named(domAnchorTextQuote)}`,
  dexie: named(dexie),
} as const;

/** For baselines that are not a package. */
export const WRITTEN_FOR_BENCH = 'written for this bench';
