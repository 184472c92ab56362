export declare const appVersion: { __APP_VERSION__: string };
