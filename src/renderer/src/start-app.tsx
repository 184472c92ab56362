import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { detectPlatform, PlatformProvider } from './platform/PlatformProvider';
import { requestPersistentStorage } from './storage/annotation-store';

const platform = detectPlatform();
// Asks the browser not to evict the annotations under storage pressure.
void requestPersistentStorage();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <I18nProvider onLanguageChange={(language) => void platform.setUiLanguage(language)}>
        <App />
      </I18nProvider>
    </PlatformProvider>
  </StrictMode>,
);
