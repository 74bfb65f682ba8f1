"""locale/vi: Django's and django-axes' own admin strings in Vietnamese."""

import ast
import gettext

import pytest
from django.conf import settings

from news.models import Article
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

LOCALE = settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES"


def _po_entries(path):
    entries, current, key = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                entries.append(current)
            current, key = {}, None
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            current[key] = ast.literal_eval(value)
    if current:
        entries.append(current)
    return [e for e in entries if e.get("msgid")]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_matches_its_source(domain):
    """Someone edited the .po without running msgfmt: the site would still show the old text."""
    with (LOCALE / f"{domain}.mo").open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for entry in _po_entries(LOCALE / f"{domain}.po"):
        context, msgid = entry.get("msgctxt"), entry["msgid"]
        if "msgid_plural" in entry:
            got, want = compiled.ngettext(msgid, entry["msgid_plural"], 2), entry["msgstr[0]"]
        else:
            got = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
            want = entry["msgstr"]
        assert got == want, msgid


def test_admin_index_has_no_english_section_or_model_names(admin_client):
    page = admin_client.get("/admin/").content.decode()
    assert "Khóa đăng nhập (chống dò mật khẩu)" in page
    assert "Nhật ký đăng nhập thất bại" in page
    for english in ("Axes", "Access attempts", "Access failures", "Access logs"):
        assert english not in page
    assert "Skip to main content" not in page


def test_changelist_filters_and_actions_read_in_vietnamese(admin_client):
    make_article("Bài thử", status=Article.Status.DRAFT)
    page = admin_client.get("/admin/news/article/").content.decode()
    assert "Hiện số lượng" in page and "Show counts" not in page
    assert "Tác vụ:" in page and ">Thực hiện<" in page.replace("\n", "").replace("  ", "")
    assert "Theo trạng thái" in page
    assert "Thêm bài viết" in page and "Thêm vào bài viết" not in page


def test_history_is_called_history_not_memorandum(admin_client):
    article = make_article("Bài thử", status=Article.Status.DRAFT)
    page = admin_client.get(f"/admin/news/article/{article.pk}/history/").content.decode()
    assert "Bản ghi nhớ" not in page
    assert "Lịch sử" in page


def test_admin_calendar_names_the_days_in_vietnamese():
    from django.utils.translation.trans_real import DjangoTranslation

    js = DjangoTranslation("vi", domain="djangojs")
    assert js.gettext("Sunday") == "Chủ nhật"
    assert js.pgettext("abbrev. day Monday", "Mon") == "T2"
    assert js.gettext("6 p.m.") == "18:00"  # the clock's shortcuts in 24-hour time


def test_every_admin_page_loads_the_layout_fixes(admin_client):
    page = admin_client.get("/admin/").content.decode()
    assert "/static/css/admin.css" in page


def test_the_article_editor_stays_inside_the_form_on_a_phone():
    css = (settings.BASE_DIR / "static" / "css" / "admin.css").read_text()
    assert "div.cke.cke_chrome" in css and "border-box" in css


def test_recover_deleted_articles_page_is_titled_in_vietnamese(admin_client):
    page = admin_client.get("/admin/news/article/recover/").content.decode()
    assert "Recover deleted" not in page
    assert "Khôi phục bài viết đã xóa" in page


def test_saving_says_what_was_saved_in_a_proper_sentence(admin_client):
    from core.models import SiteSettings

    settings_row = SiteSettings.load()
    url = f"/admin/core/sitesettings/{settings_row.pk}/change/"
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    response = admin_client.post(url, data, follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert shown and shown[0].startswith("Đã lưu thông tin cơ quan “"), shown


def test_restore_pages_name_the_button_as_it_is_labelled(admin_client):
    """The restore help said “Lưu lại” while the button says “Lưu”."""
    from django.template.loader import get_template

    for name in ("recover_form", "revision_form"):
        source = get_template(f"admin/news/article/{name}.html").template.source
        assert "“Lưu”" in source and "Lưu lại" not in source
    page = admin_client.get("/admin/news/article/").content.decode()
    assert "Khôi phục bài đã xóa" in page


def test_wrong_password_message_keeps_field_names_lower_case_mid_sentence(client):
    from django.contrib.admin.forms import AdminAuthenticationForm

    form = AdminAuthenticationForm(data={"username": "khong-co", "password": "sai"})
    assert not form.is_valid()
    message = form.non_field_errors()[0]
    assert "đúng tên đăng nhập và mật khẩu" in message
    # Where the name starts a label, Django capitalises it itself.
    assert "Tên đăng nhập:" in client.get("/admin/login/").content.decode()


def test_account_page_explains_rights_in_plain_vietnamese(admin_client, django_user_model):
    user = django_user_model.objects.create_user("phongvien", password="mat-khau-dai-2026")
    page = admin_client.get(f"/admin/auth/user/{user.pk}/change/").content.decode()
    assert "Là nhân viên" in page and "Toàn quyền quản trị" in page
    assert "superuser" not in page.lower().replace("is_superuser", "")
    assert "/dang-nhap/" in page  # officials need no staff status
    assert "Chọn nhóm để thay đổi" in admin_client.get("/admin/auth/group/").content.decode()
