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
  root.dataset.readingSize = String(Math.min(40, Math.max(16, size)));
  var choose = function (value, choices) {
    return choices.indexOf(value) >= 0 ? value : choices[0];
  };
  root.dataset.readingSpacing = choose(reading.spacing, ['normal', 'compact', 'airy']);
  root.dataset.readingWidth = choose(reading.width, ['medium', 'narrow', 'wide', 'full']);
  root.dataset.readingAlign = choose(reading.align, ['start', 'justify']);
  root.dataset.readingFace = choose(reading.face, ['naskh', 'amiri', 'sans']);
  // The first screen's fonts (the article's face, the brand's, the interface's) are fetched now, not once
  // layout asks for them, and its text stays hidden until they are in (styles/fonts.css), half a second at
  // most: it is drawn once, in its faces, and never moves when they land. The build writes the table
  // (prerender/first-paint-fonts.ts); in development there is none and nothing waits.
  var fontTable = /* first-paint fonts */ {};
  var fonts = fontTable[root.dataset.readingFace];
  if (fonts) {
    var show = function () {
      delete root.dataset.fonts;
    };
    root.dataset.fonts = 'loading';
    setTimeout(show, 500);
    fonts.files.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'font';
      link.type = 'font/woff2';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
    // The @font-face rules are parsed by then; 'اa' asks for both subsets of each face.
    document.addEventListener('DOMContentLoaded', function () {
      var loads = fonts.fonts.map(function (font) {
        return document.fonts.load(font, 'اa');
      });
      Promise.all(loads).then(show, show);
    });
  }
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
