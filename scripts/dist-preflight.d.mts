export declare function packagingBlocker(context: {
  nodeVersion: string;
  platform: NodeJS.Platform;
  packageJson: {
    author?: string | { name?: string; email?: string };
    homepage?: string;
    repository?: string | { url?: string };
  };
}): string | null;
export declare function electronZipUrl(target: {
  version: string;
  platform: string;
  arch: string;
  mirror?: string;
}): string;
export declare function electronUnreachable(
  url: string,
  options?: { timeoutMs?: number },
): Promise<string | null>;
