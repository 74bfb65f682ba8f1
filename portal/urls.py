"""URL map of the whole portal. Each app owns its own paths in <app>/urls.py."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from news.urls import root_urlpatterns as news_root_urls
from portal import accounts, editor_uploads, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # The committee's identity moved to the kernel app (issue 16): old admin bookmarks follow.
    re_path(
        r"^admin/portal/sitesettings/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/core/sitesettings/%(rest)s", permanent=True),
    ),
    path("admin/", admin.site.urls),
    # Sign-in for officials who read internal conference records (not admin staff).
    path("dang-nhap/", accounts.login, name="login"),
    path("dang-xuat/", accounts.logout, name="logout"),
    # CKEditor image uploads for staff (images only, checked and re-encoded; see the module).
    path("ckeditor/upload/", editor_uploads.upload, name="ckeditor_upload"),
    path("ckeditor/browse/", editor_uploads.browse, name="ckeditor_browse"),
    # Public news portal (issue 4): /tin-tuc/, /chuyen-muc/, /the/, /rss/, /sitemap.xml.
    path("", include("news.urls")),
    *news_root_urls,
    path("", include("committee.urls")),
    # Conference lookup (issue 6): /hoi-nghi/, /dai-bieu/<slug>/, /to-chuc/<slug>/, exports.
    path("", include("events.urls")),
    # Site search (issue 7): /tim-kiem/ (URL name "search").
    path("", include("search.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
