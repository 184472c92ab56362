export type BenchArgs = { help: boolean; pages: string[]; error?: undefined } | { error: string };

export declare function benchUsage(available: readonly string[]): string;
export declare function parseBenchArgs(argv: readonly string[], available: readonly string[]): BenchArgs;
