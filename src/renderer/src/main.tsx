import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { detectPlatform, PlatformProvider } from './platform/PlatformProvider';
import { requestPersistentStorage } from './annotations/annotation-store';

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
