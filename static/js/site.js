// Progressive enhancements only: every page works without JavaScript.
(function () {
  "use strict";
  // Print buttons: <button data-print>.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // Copy-link buttons: <button data-copy-url="https://...">.
  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-copy-url");
      var done = function () {
        var original = button.textContent;
        button.textContent = button.getAttribute("data-copied-label") || original;
        setTimeout(function () { button.textContent = original; }, 2000);
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(done, function () {});
      }
    });
  });
})();
