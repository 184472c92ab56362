import { createContext, useContext, type ReactNode } from 'react';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import { createWebPlatform } from './web-platform';

const PlatformContext = createContext<ReaderPlatform | null>(null);

/** The preload bridge when running in Electron; otherwise the web adapter over the served library. */
export function detectPlatform(): ReaderPlatform {
  return window.hamish ?? createWebPlatform(new URL('./', location.href).href);
}

export function PlatformProvider({ platform, children }: { platform: ReaderPlatform; children: ReactNode }) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): ReaderPlatform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside PlatformProvider');
  return platform;
}
