export declare function contentSecurityPolicy(html?: string, options?: { forMeta?: boolean }): string;
export declare function inlineBlockHashes(html: string): { scripts: string[]; styles: string[] };
export declare function contentTypeFor(fileName: string): string;
export declare function responseHeaders(fileName: string, body?: string | Uint8Array): Record<string, string>;
export declare function safeRelativeSegments(pathname: string): string[] | null;
