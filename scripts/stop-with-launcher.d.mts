export declare function stopWithLauncher(stop: () => void, options?: { intervalMs?: number }): void;
