export declare const CONTENT_SECURITY_POLICY: string;
export declare function contentTypeFor(fileName: string): string;
export declare function responseHeaders(fileName: string): Record<string, string>;
export declare function safeRelativeSegments(pathname: string): string[] | null;
