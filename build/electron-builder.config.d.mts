import type { Configuration } from 'electron-builder';

export declare const URL_SCHEME: string;
export declare const READING_PACK: { ext: string; mimeType: string };
export declare const BACKUP: { ext: string; mimeType: string };
export declare const IMPORTED_DOCUMENTS: { ext: string[]; mimeTypes: string[] };
declare const config: Configuration;
export default config;
