// bench-results/results.json: what every page measured, on which machine. Pure merging and summing up.
import { evaluateGroup } from './bench-verdict.mjs';

/** Results from another machine or browser are not mixed with this run's: they are dropped. */
export function sameMachine(a, b) {
  return (
    !!a &&
    !!b &&
    a.cpu === b.cpu &&
    a.cores === b.cores &&
    a.memoryGiB === b.memoryGiB &&
    a.browser === b.browser
  );
}

/**
 * This run's pages over the previous file's, so `npm run bench -- anchoring` refreshes only anchoring;
 * pages keep the time they ran.
 */
export function mergeResults(previous, run) {
  const kept = previous && sameMachine(previous.machine, run.machine) ? previous.pages : {};
  return { machine: run.machine, pages: { ...kept, ...run.pages } };
}

/** A page's status: FAIL when it did not finish, else MISS if any group missed, PASS if any passed. */
export function pageStatus(page) {
  if (page.error) return 'FAIL';
  const statuses = page.groups.map((group) => evaluateGroup(group).status);
  if (statuses.includes('MISS')) return 'MISS';
  return statuses.includes('PASS') ? 'PASS' : 'INFO';
}

/** How many pages passed, missed, failed: the run's exit code is 0 only when none missed or failed. */
export function tally(pages) {
  const counts = { PASS: 0, MISS: 0, FAIL: 0, INFO: 0 };
  for (const page of Object.values(pages)) counts[pageStatus(page)] += 1;
  return counts;
}
