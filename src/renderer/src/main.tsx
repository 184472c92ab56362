import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import './styles/app.css';

// The article index.html was built with paints first; the app (React, Dexie, the reader) starts right
// after that frame instead of holding it back while its scripts are parsed.
const start = () => void import('./start-app');
if (document.getElementById('prerendered-article')) requestAnimationFrame(() => setTimeout(start, 0));
else start();
