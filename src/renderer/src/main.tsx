import './styles/fonts.css';
import './styles/app.css';
import './styles/print.css';

// The article index.html was built with paints first; the app (React, Dexie, the reader) starts once that
// paint has been reported, so its scripts do not compete with it. A page that is not painting (a hidden
// window) starts after a short wait instead.
const START_AFTER_MS = 300;
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./start-app');
};
if (document.getElementById('prerendered-article') && document.visibilityState === 'visible') {
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  setTimeout(start, START_AFTER_MS);
} else {
  start();
}
