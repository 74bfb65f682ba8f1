// Conference lookup: on wide screens the extra filters are always shown (on phones they
// stay folded unless in use, so the results come first). Works without JavaScript.
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 60rem)");
  function sync() {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (wide.matches) { details.open = true; }
    });
  }
  sync();
  if (wide.addEventListener) { wide.addEventListener("change", sync); }
})();

// Printing a conference page: photos further down are lazy and may not have loaded yet, so
// they are asked for at once (the print would otherwise show empty boxes).
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll('img[loading="lazy"]').forEach(function (img) {
      img.loading = "eager";
    });
  });
})();
