"""The portal's URLconf plus MEDIA_ROOT served by Django, as `make run` (DEBUG) does."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from portal.urls import urlpatterns as portal_patterns


def serve_media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media),
    *portal_patterns,
]
