// Runs before first paint (a blocking external script, so the CSP needs no 'unsafe-inline'):
// applies the stored theme choice so a dark-mode reader never sees a flash of light.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch (e) { /* storage may be blocked: the system preference applies */ }
})();
