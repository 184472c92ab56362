export interface PackageMetadata {
  author?: string | { name?: string; email?: string };
  homepage?: string;
  repository?: string | { url?: string };
}

export interface DebMetadata {
  maintainer: string | null;
  homepage: string | null;
}

export declare function packagingBlocker(context: {
  nodeVersion: string;
  platform: NodeJS.Platform;
  deb: DebMetadata;
}): string | null;
export declare function debMetadata(context: {
  packageJson: PackageMetadata;
  env: Record<string, string | undefined>;
  git: { name?: string; email?: string; origin?: string };
}): DebMetadata;
export declare function withDebMetadata<T extends { linux?: object | null; extraMetadata?: object | null }>(
  config: T,
  deb: DebMetadata,
): T;
export declare function webAddress(remote: string | undefined): string | null;
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
