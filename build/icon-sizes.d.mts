export declare const ICON_SIZES: number[];
export declare const ICO_SIZES: number[];
export declare const ICNS_ENTRIES: { type: string; size: number }[];
export declare function iconFileName(size: number): string;
