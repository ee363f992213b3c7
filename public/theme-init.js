// Before first paint (blocking, external: no 'unsafe-inline'): the theme from ?theme= or storage.
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
    /* storage blocked: the system preference applies */
  }
  if (theme) document.documentElement.dataset.theme = theme;
})();

// English pages: the 中文 switch's font loads after the page (see HeadBase.astro); until it has, the switch stays invisible.
(function () {
  var root = document.documentElement,
    meta = document.querySelector('meta[name="cjk-font"]');
  if (!meta || /^zh/.test(root.lang)) return;
  var show = function () {
    root.classList.remove('cjk-pending');
  };
  root.classList.add('cjk-pending');
  setTimeout(show, 4000);
  addEventListener('load', function () {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = meta.content;
    link.onerror = show;
    link.onload = function () {
      document.fonts.load("1em 'Noto Sans SC Switch'", '\u4e2d\u6587').then(show, show);
    };
    document.head.appendChild(link);
  });
})();
