/** What a bench page measures (bench/support/bench-page.ts re-exports these shapes). */
export type MeasureRole = 'hamish' | 'peer' | 'baseline' | 'floor';

export interface BenchMeasure {
  /** Unique within its group: comparisons name measures by it. */
  id: string;
  label: string;
  /** The figure compared: a median time, or the statistic `stat` names; NaN for a check that is not timed. */
  ms: number;
  /** Which statistic `ms` is, when not the median (e.g. 'p95'). */
  stat?: string;
  /** What `ms` counts when it is not milliseconds (e.g. '' for a score such as layout shift). */
  unit?: string;
  role: MeasureRole;
  /** Where the code measured comes from: "package version", or "written for this bench". Not for Hamish. */
  source?: string;
  correct?: number;
  checked?: number;
  /** When true, anything short of correct === checked fails the group (Hamish's own answers). */
  mustBeCorrect?: boolean;
  note?: string;
}

/** "Hamish is N× faster than X" (N = X / Hamish) or "Hamish costs N× X" (N = Hamish / X). */
export interface BenchComparison {
  subject: string;
  /** Measure ids; with several, the fastest of them is the one compared. */
  against: string[];
  kind: 'faster' | 'cost';
  /** faster: at least this many times; cost: at most this many times. */
  target?: number;
  /** How the compared measure is named in the sentence, e.g. "the fastest peer". */
  describe?: string;
}

/** An absolute bound on one measure's figure, e.g. a p95 within a frame. */
export interface BenchLimit {
  subject: string;
  atMostMs: number;
  /** What the limit stands for, e.g. "a frame at 60 Hz". */
  describe?: string;
}

export interface BenchGroup {
  id: string;
  name: string;
  measures: BenchMeasure[];
  comparisons: BenchComparison[];
  limits?: BenchLimit[];
  notes: string[];
}

export interface BenchResult {
  groups: BenchGroup[];
}

export type GroupStatus = 'PASS' | 'MISS' | 'INFO';

export interface EvaluatedComparison extends BenchComparison {
  subjectId: string;
  againstId: string;
  ratio: number;
  /** null when the comparison has no target. */
  met: boolean | null;
  sentence: string;
}

export interface EvaluatedLimit extends BenchLimit {
  value: number;
  met: boolean;
  sentence: string;
  target: string;
}

export interface GroupVerdict {
  status: GroupStatus;
  comparisons: EvaluatedComparison[];
  limits: EvaluatedLimit[];
  wrong: string[];
}

export declare function formatRatio(ratio: number): string;
export declare function formatMs(ms: number): string;
export declare function formatValue(value: number, unit: string | undefined): string;
export declare function formatFigure(measure: Pick<BenchMeasure, 'ms' | 'stat' | 'unit'>): string;
export declare function ratioFor(kind: BenchComparison['kind'], subjectMs: number, againstMs: number): number;
export declare function meetsTarget(kind: BenchComparison['kind'], ratio: number, target: number): boolean;
export declare function comparisonSentence(
  kind: BenchComparison['kind'],
  ratio: number,
  subjectLabel: string,
  againstText: string,
): string;
export declare function targetText(kind: BenchComparison['kind'], target: number | undefined): string;
export declare function evaluateComparison(
  group: BenchGroup,
  comparison: BenchComparison,
): EvaluatedComparison;
export declare function evaluateLimit(group: BenchGroup, limit: BenchLimit): EvaluatedLimit;
export declare function wrongText(measure: BenchMeasure): string;
export declare function wrongAnswers(group: BenchGroup): string[];
export declare function evaluateGroup(group: BenchGroup): GroupVerdict;
export declare function describeGroup(group: BenchGroup): string[];
