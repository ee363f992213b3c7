// /present/ before first paint (external: the CSP allows no inline script): hide the no-JS slide
// list at once; bring it back if the presentation has not started 4 s later.
(function () {
  var root = document.documentElement;
  root.classList.add('deck-js');
  setTimeout(function () {
    if (!root.classList.contains('deck-live')) root.classList.remove('deck-js');
  }, 4000);
})();
