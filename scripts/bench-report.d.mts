import type { BenchMachine, BenchResults, PageResult } from './bench-results.mjs';
import type { EvaluatedComparison } from './bench-verdict.mjs';

export declare const TEMPLATE_FILE: string;
export declare const REPORT_FILE: string;
export declare const REPORT_ORDER: string[];
export declare function cell(text: string): string;
export declare function ratioCell(comparison: Pick<EvaluatedComparison, 'kind' | 'ratio'>): string;
export declare function targetCell(comparison: Pick<EvaluatedComparison, 'kind' | 'target'>): string;
export declare function tableRows(pages: Record<string, PageResult>): string[][];
export declare function renderTable(pages: Record<string, PageResult>): string;
export declare function renderMachine(machine: BenchMachine, pages: Record<string, PageResult>): string;
export declare function renderDetails(pages: Record<string, PageResult>): string;
export declare function renderReport(results: BenchResults, template: string): string;
export declare function writeReport(results: BenchResults): Promise<void>;
