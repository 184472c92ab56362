export declare function browserOpener(
  url: string,
  context: { platform: NodeJS.Platform; env: Record<string, string | undefined> },
): { command: string; args: string[] } | null;
export declare function openInBrowser(
  url: string,
  context?: { platform?: NodeJS.Platform; env?: Record<string, string | undefined> },
): void;
