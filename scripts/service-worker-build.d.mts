export interface BuiltFile {
  path: string;
  bytes: Uint8Array;
}
export interface PrecacheList {
  version: string;
  files: string[];
}
export declare const SERVICE_WORKER_FILE: string;
export declare function isPrecached(path: string): boolean;
export declare function precacheUrl(path: string): string;
export declare function precacheList(files: readonly BuiltFile[], workerTemplate?: string): PrecacheList;
export declare function serviceWorkerSource(template: string, precache: PrecacheList): string;
export declare function builtFiles(dir: string): BuiltFile[];
export declare function writeServiceWorker(rendererDir: string, templatePath: string): PrecacheList;
