import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { ImportProvider } from './library/ImportProvider';
import { LibraryProvider } from './library/LibraryProvider';
import { detectPlatform, PlatformProvider } from './platform/PlatformProvider';
import { registerOfflineWorker } from './platform/offline-worker';
import { RootErrorBoundary } from './RootErrorBoundary';
import { startStorage } from './storage/start-storage';

const platform = detectPlatform();
registerOfflineWorker(platform);
void startStorage().catch((error: unknown) => console.error('Replaying the edit journal failed', error));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <RootErrorBoundary>
      <PlatformProvider platform={platform}>
        <I18nProvider onLanguageChange={(language) => void platform.setUiLanguage(language)}>
          <LibraryProvider>
            <ImportProvider>
              <App />
            </ImportProvider>
          </LibraryProvider>
        </I18nProvider>
      </PlatformProvider>
    </RootErrorBoundary>
  </StrictMode>,
);
