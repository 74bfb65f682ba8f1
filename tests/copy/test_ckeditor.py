"""The editor's own words (issue 25): the CKEditor language files we serve instead of the
package's (static/ckeditor/…/vi.js) have no English left and lack no key of the package's."""

import json
import re

from django.contrib.staticfiles import finders

from tests.copy.words import english_words

#: Key caps, CSS units and list numbering the editor shows as they are written.
AS_WRITTEN = {
    *("enter", "shift", "ctrl", "alt", "end", "home", "command", "backspace", "tab"),
    *("px", "in", "cm", "mm", "em", "ex", "pt", "pc", "css", "html"),
    *("ii", "iii", "iv", "alice", "copy", "ckeditor"),
}
PLACEHOLDER = re.compile(r"<[^>]+>|%\w+|\$\{\w+\}|\{\w+\}|&\w+;")


def _strings(path):
    with open(path, encoding="utf-8-sig") as fh:
        source = fh.read()
    data = json.loads(source[source.index("{") : source.rindex("}") + 1])

    def walk(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict):
                yield from walk(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}", value

    return dict(walk(data))


def test_editor_language_file_is_ours_and_has_no_english():
    served = finders.find("ckeditor/ckeditor/lang/vi.js")
    assert served.endswith("static/ckeditor/ckeditor/lang/vi.js") and "site-packages" not in served
    english = {
        key: words
        for key, value in _strings(served).items()
        if (words := english_words(PLACEHOLDER.sub(" ", value), AS_WRITTEN))
    }
    assert not english, english


def test_editor_language_file_lacks_no_key_of_the_package():
    ours = finders.find("ckeditor/ckeditor/lang/vi.js")
    package = [p for p in finders.find("ckeditor/ckeditor/lang/vi.js", find_all=True) if p != ours]
    assert package, "the package's own vi.js is no longer found"
    assert set(_strings(package[0])) <= set(_strings(ours))


def test_editor_names_itself_and_its_dialogs_in_vietnamese():
    strings = _strings(finders.find("ckeditor/ckeditor/lang/vi.js"))
    assert strings["application"] == "Trình soạn thảo văn bản"  # the editor's aria-label
    assert strings["link.displayText"] == "Chữ hiển thị"
    assert strings["uploadwidget.uploadOne"].startswith("Đang tải tệp lên")
    with open(finders.find("ckeditor/ckeditor/plugins/image2/lang/vi.js"), encoding="utf-8") as fh:
        assert "Mô tả ảnh cho người khiếm thị" in fh.read()
