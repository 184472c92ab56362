// `npm test`: every check, in the order a failure is cheapest to read; one summary line at the end.
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium, ensureDependencies, readJson, root, run } from './ensure-setup.mjs';

ensureDependencies();
ensureChromium();

const reports = `${root}test-results/reports`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A Playwright suite under tests/<name>/, reporting to the console and to JSON for the summary. */
function playwrightStep(name) {
  const report = `${reports}/${name}.json`;
  return {
    name,
    command: [
      'npx',
      ['playwright', 'test', '--config', `tests/${name}/playwright.config.ts`, '--reporter=list,json'],
    ],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    report,
  };
}

const steps = [
  { name: 'typecheck', command: ['npm', ['run', '--silent', 'typecheck']] },
  { name: 'lint', command: ['npm', ['run', '--silent', 'lint']] },
  { name: 'build', command: ['npm', ['run', '--silent', 'build']] },
  {
    name: 'unit',
    command: [
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`],
    ],
    report: `${reports}/unit.json`,
  },
  playwrightStep('e2e'),
  playwrightStep('electron'),
];

function counts(step) {
  if (!step.report || !existsSync(step.report)) return { passed: 0, failed: 0, skipped: 0 };
  const data = readJson(step.report);
  if (step.name === 'unit') {
    return {
      passed: data.numPassedTests,
      failed: data.numFailedTests,
      skipped: data.numPendingTests + data.numTodoTests,
    };
  }
  const stats = data.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const [command, args] = step.command;
  const status = run(command, args, { env: { ...process.env, ...step.env } });
  const c = counts(step);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  if (status !== 0) failedSteps.push(step.name);
}

console.log(`\nSteps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length || total.failed ? 1 : 0);
