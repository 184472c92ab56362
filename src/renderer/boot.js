// Inlined into index.html by the build (the CSP allows it by hash) and run before the first paint: the
// prerendered article appears in the reader's own language, theme and typography, and stands aside when a link asks
// for another document.
(function () {
  var root = document.documentElement;
  var language = null;
  var theme = null;
  try {
    language = localStorage.getItem('hamish.uiLanguage');
    theme = localStorage.getItem('hamish.theme');
  } catch {
    // Storage can be unavailable (private modes); the defaults apply.
  }
  if (language === 'en') {
    root.lang = 'en';
    root.dir = 'ltr';
  }
  if (theme === 'light' || theme === 'sepia' || theme === 'dark') root.dataset.theme = theme;
  else root.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  // The reader's typography (settings/reading-settings.ts applyReadingSettings, validated the same way).
  var reading = {};
  try {
    reading = JSON.parse(localStorage.getItem('hamish.reading') || '{}') || {};
  } catch {
    // A damaged mirror keeps the defaults; the app rewrites it from IndexedDB.
  }
  var size = Number(reading.size);
  size =
    isFinite(size) && typeof reading.size === 'number'
      ? (160 + Math.round((size * 10 - 160) / 16) * 16) / 10
      : 20.8;
  root.style.setProperty('--reading-size', Math.min(40, Math.max(16, size)) + 'px');
  var choose = function (value, choices) {
    return choices.indexOf(value) >= 0 ? value : choices[0];
  };
  root.dataset.readingSpacing = choose(reading.spacing, ['normal', 'compact', 'airy']);
  root.dataset.readingWidth = choose(reading.width, ['medium', 'narrow', 'wide', 'full']);
  root.dataset.readingAlign = choose(reading.align, ['start', 'justify']);
  root.dataset.readingFace = choose(reading.face, ['naskh', 'amiri', 'sans']);
  document.addEventListener('DOMContentLoaded', function () {
    var shell = document.getElementById('prerendered-article');
    var wanted = /(?:^#|&)doc=([^&]+)/.exec(location.hash);
    var id = null;
    try {
      id = wanted && decodeURIComponent(wanted[1]);
    } catch {
      // A malformed link keeps the prerendered article; the app says what was wrong with the link.
    }
    if (shell && id !== null && id !== shell.dataset.document) shell.remove();
  });
})();
