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
  } catch (e) { /* storage may be blocked: the system preference applies */ }
  if (theme) document.documentElement.dataset.theme = theme;
})();
