export type ElectronBinary =
  { executablePath: string; reason: null } | { executablePath: null; reason: string };
export declare function findElectronBinary(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
}): ElectronBinary;
export declare function browserEditionNotice(reason: string): string;
