// Inlined into index.html by the build (the CSP allows it by hash) and run before the first paint: the
// prerendered article appears in the reader's own language and theme, and stands aside when a link asks
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
  var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
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
