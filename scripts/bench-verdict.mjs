// How a bench group is judged and said: one direction for every ratio, the target beside it, PASS or MISS.
// Pure: used by the runner (scripts/bench-runner.mjs) and the report (scripts/bench-report.mjs).

/** 0.42×, 3.17×, 12.4×, 1,782×: enough digits to read a ratio against its target. */
export function formatRatio(ratio) {
  if (!Number.isFinite(ratio)) return `${ratio}×`;
  if (ratio < 10) return `${ratio.toFixed(2)}×`;
  if (ratio < 100) return `${ratio.toFixed(1)}×`;
  return `${Math.round(ratio).toLocaleString('en')}×`;
}

/** 0.84 ms, 41.3 ms, 1,905 ms, 12.8 s. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return `${ms} ms`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms).toLocaleString('en')} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A value in its unit: milliseconds by default, else up to three decimals and the unit's name (none: a score). */
export function formatValue(value, unit) {
  if (unit === undefined || unit === 'ms') return formatMs(value);
  const number = Number(value.toFixed(3)).toLocaleString('en', { maximumFractionDigits: 3 });
  return unit ? `${number} ${unit}` : number;
}

/** The figure as printed: "41.3 ms", or "p95 12.0 ms" when it is not a median; "—" for a check that is not timed. */
export function formatFigure(measure) {
  if (typeof measure.ms !== 'number' || Number.isNaN(measure.ms)) return '—';
  const value = formatValue(measure.ms, measure.unit);
  return measure.stat ? `${measure.stat} ${value}` : value;
}

/**
 * N in "Hamish is N× faster than X" (X's time over Hamish's) or "Hamish costs N× X" (Hamish's over X's).
 * Each kind keeps its direction whatever the result, so the ratio and its target always read alike.
 */
export function ratioFor(kind, subjectMs, againstMs) {
  return kind === 'faster' ? againstMs / subjectMs : subjectMs / againstMs;
}

/** Whether a ratio meets its target: at least the target when faster, at most when a cost. */
export function meetsTarget(kind, ratio, target) {
  return kind === 'faster' ? ratio >= target : ratio <= target;
}

/** The comparison as one sentence, e.g. "Hamish is 120× faster than the fastest peer, apache (3.1 s)". */
export function comparisonSentence(kind, ratio, subjectLabel, againstText) {
  if (kind === 'cost') return `${subjectLabel} costs ${formatRatio(ratio)} ${againstText}`;
  return ratio >= 1
    ? `${subjectLabel} is ${formatRatio(ratio)} faster than ${againstText}`
    : `${subjectLabel} is only ${formatRatio(ratio)} as fast as ${againstText}`;
}

export function targetText(kind, target) {
  if (target === undefined) return 'no target';
  return kind === 'faster' ? `target ≥${formatRatio(target)} faster` : `target ≤${formatRatio(target)}`;
}

function measureById(group, id) {
  const measure = group.measures.find((m) => m.id === id);
  if (!measure) throw new Error(`${group.id}: no measure "${id}"`);
  return measure;
}

/** One comparison worked out: the ratio, the measure compared (the fastest of several), met or not. */
export function evaluateComparison(group, comparison) {
  const subject = measureById(group, comparison.subject);
  const candidates = comparison.against.map((id) => measureById(group, id));
  const against = candidates.reduce((fastest, m) => (m.ms < fastest.ms ? m : fastest));
  const ratio = ratioFor(comparison.kind, subject.ms, against.ms);
  const met = comparison.target === undefined ? null : meetsTarget(comparison.kind, ratio, comparison.target);
  const againstText = comparison.describe
    ? `${comparison.describe}, ${against.label} (${formatFigure(against)})`
    : `${against.label} (${formatFigure(against)})`;
  const sentence = comparisonSentence(comparison.kind, ratio, subject.label, againstText);
  return { ...comparison, subjectId: subject.id, againstId: against.id, ratio, met, sentence };
}

export function evaluateLimit(group, limit) {
  const subject = measureById(group, limit.subject);
  const met = subject.ms <= limit.atMostMs;
  const sentence = `${subject.label}: ${formatFigure(subject)}`;
  return {
    ...limit,
    value: subject.ms,
    met,
    sentence,
    target: `target ≤${formatValue(limit.atMostMs, subject.unit)}`,
  };
}

export function wrongText(measure) {
  return `${measure.label}: ${measure.correct}/${measure.checked} right`;
}

/** Measures whose answers must all be right, and are not. */
export function wrongAnswers(group) {
  return group.measures
    .filter((m) => m.mustBeCorrect && m.checked !== undefined && m.correct !== m.checked)
    .map(wrongText);
}

/**
 * PASS when every target is met and every answer that must be right is; MISS otherwise; INFO when the
 * group has no target at all (it is there to explain the others).
 */
export function evaluateGroup(group) {
  const comparisons = group.comparisons.map((c) => evaluateComparison(group, c));
  const limits = (group.limits ?? []).map((l) => evaluateLimit(group, l));
  const wrong = wrongAnswers(group);
  const judged = [...comparisons, ...limits].filter((c) => c.met !== null);
  const hasTarget = judged.length > 0 || group.measures.some((m) => m.mustBeCorrect);
  const met = judged.every((c) => c.met) && wrong.length === 0;
  return { status: hasTarget ? (met ? 'PASS' : 'MISS') : 'INFO', comparisons, limits, wrong };
}

function correctness(measure) {
  return measure.checked === undefined ? '' : ` (${measure.correct}/${measure.checked} right)`;
}

/** The lines the runner prints for a group. */
export function describeGroup(group) {
  const verdict = evaluateGroup(group);
  const lines = [`${group.name} — ${verdict.status}`];
  for (const m of group.measures) {
    const source = m.source ? ` [${m.source}]` : '';
    lines.push(`  ${m.label}: ${formatFigure(m)}${correctness(m)}${source}`);
    if (m.note) lines.push(`      ${m.note}`);
  }
  for (const c of verdict.comparisons) {
    const mark = c.met === null ? '' : c.met ? ' PASS' : ' MISS';
    lines.push(`  → ${c.sentence} (${targetText(c.kind, c.target)})${mark}`);
  }
  for (const l of verdict.limits) lines.push(`  → ${l.sentence} (${l.target}) ${l.met ? 'PASS' : 'MISS'}`);
  for (const w of verdict.wrong) lines.push(`  ✗ wrong answers: ${w}`);
  for (const note of group.notes) lines.push(`  · ${note}`);
  return lines;
}
