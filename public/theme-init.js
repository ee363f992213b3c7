// Runs before first paint (a blocking external script, so the CSP needs no 'unsafe-inline'):
// applies the theme a link asks for (?theme=dark) or else the stored choice, so the reader never
// sees a flash of the wrong theme. Only the two known values are ever applied.
(function () {
  var theme = null;
  try {
    var fromUrl = new URLSearchParams(location.search).get('theme');
    if (fromUrl === 'light' || fromUrl === 'dark') theme = fromUrl;
    if (!theme) {
      var stored = localStorage.getItem('theme');
      if (stored === 'light' || stored === 'dark') theme = stored;
    }
  } catch (e) {
    /* storage may be blocked: the system preference applies */
  }
  if (theme) document.documentElement.dataset.theme = theme;
})();

// English pages: the Chinese font (only for the 中文 switch) loads after first paint; see HeadBase.astro.
(function () {
  var root = document.documentElement,
    meta = document.querySelector('meta[name="cjk-font"]');
  if (!meta || /^zh/.test(root.lang)) return;
  var show = function () {
    root.classList.remove('cjk-pending');
  };
  var waits = 2;
  var start = function () {
    if (--waits) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = meta.content;
    link.onerror = show;
    link.onload = function () {
      requestAnimationFrame(function () {
        document.fonts
          .load("1em 'Noto Sans SC Switch'", '\u4e2d\u6587')
          .then(function () {
            return document.fonts.ready;
          })
          .then(show, show);
      });
    };
    document.head.appendChild(link);
  };
  root.classList.add('cjk-pending');
  setTimeout(show, 4000);
  try {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        setTimeout(start);
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    start();
  }
  if (document.readyState === 'complete') start();
  else
    addEventListener('load', function () {
      setTimeout(start);
    });
})();
