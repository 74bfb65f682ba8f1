"""URL map of the whole portal: the site's own pages, then every section's URLs as the apps
declare them in their ``section.py`` (core/sections.py), each at the site root."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from core.pagecache import ANY_CHANGE_TAG, public_page, tag
from core.sections import sections
from portal import accounts, editor_uploads, views
from portal.sitemaps import site_sitemaps


@public_page(params=("p",))  # ?p=2: the second page of a long sitemap
def site_sitemap(request, **kwargs):
    return tag(sitemap(request, **kwargs), ANY_CHANGE_TAG)


urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", site_sitemap, {"sitemaps": site_sitemaps()}, name="sitemap"),
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
    # Every section's public pages (news, conferences, committee pages, search, …).
    *(path("", include(section.urls)) for section in sections() if section.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
