import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare const WEB_EDITION_PORT: number;
export declare function createStaticHandler(
  root: string,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export declare function startStaticServer(options: {
  root: string;
  port: number;
  host?: string;
}): Promise<{ server: Server; url: string }>;
