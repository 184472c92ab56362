// docs/benchmarks.md is generated: bench/benchmarks.template.md (the method, in prose) filled with the
// figures in bench-results/results.json. `node scripts/bench-report.mjs` regenerates it; npm run bench does too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageStatus } from './bench-results.mjs';
import { evaluateGroup, formatFigure, formatRatio, formatValue, wrongText } from './bench-verdict.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATE_FILE = join(root, 'bench/benchmarks.template.md');
export const REPORT_FILE = join(root, 'docs/benchmarks.md');
const RESULTS_FILE = join(root, 'bench-results/results.json');

/** The order pages appear in the report; any other page follows, alphabetically. */
export const REPORT_ORDER = [
  'anchoring',
  'painting',
  'typing',
  'scrolling',
  'open-annotated',
  'first-paint',
  'save-restore',
  'markdown-export',
  'class-view',
];

const MARKERS = {
  machine: '<!-- bench:machine -->',
  table: '<!-- bench:table -->',
  details: '<!-- bench:details -->',
};

/** Text safe inside a Markdown table cell: no pipes, no raw tags. */
export function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
}

function orderedPages(pages) {
  const rank = (name) => {
    const index = REPORT_ORDER.indexOf(name);
    return index === -1 ? REPORT_ORDER.length : index;
  };
  return Object.keys(pages).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function answers(measure) {
  return measure.checked === undefined ? '' : `, ${measure.correct}/${measure.checked} right`;
}

/** "431× faster", "costs 1.26×", "only 0.50× as fast": the ratio in the direction its target reads. */
export function ratioCell(comparison) {
  if (comparison.kind === 'cost') return `costs **${formatRatio(comparison.ratio)}**`;
  return comparison.ratio >= 1
    ? `**${formatRatio(comparison.ratio)}** faster`
    : `only **${formatRatio(comparison.ratio)}** as fast`;
}

export function targetCell(comparison) {
  if (comparison.target === undefined) return '—';
  return comparison.kind === 'faster'
    ? `≥${formatRatio(comparison.target)} faster`
    : `≤${formatRatio(comparison.target)}`;
}

const resultCell = (met) => (met === null ? '—' : met ? 'PASS' : '**MISS**');

/** One row per comparison and per limit, the group's name on its first row. */
export function tableRows(pages) {
  const rows = [];
  for (const name of orderedPages(pages)) {
    const page = pages[name];
    if (page.error) {
      rows.push([name, '—', '—', '—', '—', '—', `**FAIL**: ${firstLine(page.error)}`]);
      continue;
    }
    for (const group of page.groups) {
      const verdict = evaluateGroup(group);
      const byId = new Map(group.measures.map((m) => [m.id, m]));
      let title = group.name;
      const push = (row) => {
        rows.push([title, ...row]);
        title = '';
      };
      const named = (m) => `${m.label}, ${formatFigure(m)}${answers(m)}`;
      for (const c of verdict.comparisons) {
        const subject = byId.get(c.subjectId);
        const against = byId.get(c.againstId);
        push([
          named(subject),
          `${c.describe ? `${c.describe}: ` : ''}${named(against)}`,
          against.source ?? 'Hamish',
          ratioCell(c),
          targetCell(c),
          resultCell(c.met),
        ]);
      }
      for (const l of verdict.limits) {
        const subject = byId.get(l.subject);
        push([
          named(subject),
          l.describe ?? 'a time limit',
          '—',
          formatFigure(subject),
          `≤${formatValue(l.atMostMs, subject.unit)}`,
          resultCell(l.met),
        ]);
      }
      for (const m of group.measures.filter((m) => verdict.wrong.includes(wrongText(m)))) {
        push([named(m), '—', '—', '—', 'all right', '**MISS**']);
      }
    }
  }
  return rows;
}

function firstLine(text) {
  return String(text).split('\n')[0];
}

export function renderTable(pages) {
  const header = ['bench', 'Hamish', 'compared with', 'source', 'Hamish is', 'target', 'result'];
  const lines = [header, header.map(() => '---'), ...tableRows(pages).map((row) => row.map(cell))];
  return lines.map((row) => `| ${row.join(' | ')} |`).join('\n');
}

export function renderMachine(machine, pages) {
  const times = Object.values(pages)
    .map((page) => page.ranAt)
    .filter(Boolean)
    .sort();
  const when =
    times.length === 0
      ? ''
      : ` Pages ran ${times[0].slice(0, 10) === times.at(-1).slice(0, 10) ? `on ${times[0].slice(0, 10)}` : `from ${times[0].slice(0, 10)} to ${times.at(-1).slice(0, 10)}`}.`;
  const statuses = Object.values(pages).map(pageStatus);
  const count = (status) => statuses.filter((s) => s === status).length;
  return [
    `Measured on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.os}, Node ${machine.node}, ${machine.browser}.${when}`,
    `Pages: ${count('PASS')} met every target, ${count('MISS')} missed one, ${count('FAIL')} failed to run.`,
  ].join(' ');
}

export function renderDetails(pages) {
  const parts = [];
  for (const name of orderedPages(pages)) {
    const page = pages[name];
    parts.push(`### ${name} (\`bench/pages/${name}.ts\`)`);
    if (page.error) {
      parts.push(
        `Failed to run:\n\n\`\`\`text\n${String(page.error).split('\n').slice(0, 8).join('\n')}\n\`\`\``,
      );
      continue;
    }
    for (const group of page.groups) {
      const verdict = evaluateGroup(group);
      const lines = [`**${group.name}** — ${verdict.status}`, ''];
      for (const m of group.measures) {
        const source = m.source ? ` (${m.source})` : '';
        const note = m.note ? ` — ${m.note}` : '';
        lines.push(`- ${cell(m.label)}${source}: ${formatFigure(m)}${answers(m)}${cell(note)}`);
      }
      for (const c of verdict.comparisons) {
        const target = c.target === undefined ? 'no target' : `target ${targetCell(c)}`;
        lines.push(`- ${cell(c.sentence)}; ${target}: ${resultCell(c.met)}`);
      }
      for (const l of verdict.limits) lines.push(`- ${cell(l.sentence)}; ${l.target}: ${resultCell(l.met)}`);
      for (const note of group.notes) lines.push(`- ${cell(note)}`);
      parts.push(lines.join('\n'));
    }
  }
  return parts.join('\n\n');
}

/** The template with its markers replaced by the machine line, the table and the details. */
export function renderReport(results, template) {
  for (const marker of Object.values(MARKERS)) {
    if (!template.includes(marker)) throw new Error(`the report template has no ${marker}`);
  }
  return template
    .replace(MARKERS.machine, renderMachine(results.machine, results.pages))
    .replace(MARKERS.table, renderTable(results.pages))
    .replace(MARKERS.details, renderDetails(results.pages));
}

/** Writes docs/benchmarks.md, formatted as `npm run lint` expects it. */
export async function writeReport(results) {
  const { format, resolveConfig } = await import('prettier');
  const markdown = renderReport(results, readFileSync(TEMPLATE_FILE, 'utf8'));
  const options = { ...(await resolveConfig(REPORT_FILE)), filepath: REPORT_FILE };
  writeFileSync(REPORT_FILE, await format(markdown, options));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(RESULTS_FILE)) {
    console.error('No bench-results/results.json yet: run `npm run bench` first.');
    process.exit(1);
  }
  await writeReport(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')));
  console.log('docs/benchmarks.md regenerated from bench-results/results.json');
}
