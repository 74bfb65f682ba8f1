// CKEditor 4's Vietnamese strings leave the headings in English and call the image's alt text
// "Chú thích ảnh" — the words our own form uses for the visible caption, so writers typed
// captions into the alt field. Relabel both once each editor is ready (dialogs and the format
// list read these strings when they open).
(function () {
  "use strict";
  var done = false;
  function relabel(event) {
    var lang = event.editor.lang;
    if (lang.format) {
      lang.format.tag_p = "Đoạn văn";
      lang.format.tag_h2 = "Tiêu đề mục (H2)";
      lang.format.tag_h3 = "Tiêu đề nhỏ (H3)";
      lang.format.tag_h4 = "Tiêu đề phụ (H4)";
    }
    if (lang.image2) {
      lang.image2.alt = "Mô tả ảnh cho người khiếm thị (văn bản thay thế)";
      lang.image2.captioned = "Có chú thích hiện dưới ảnh";
    }
  }
  function setup() {
    if (done || typeof CKEDITOR === "undefined") { return; }
    done = true;
    CKEDITOR.on("instanceReady", relabel);
  }
  setup();  // ckeditor.js may already be loaded
  document.addEventListener("DOMContentLoaded", setup);
})();
