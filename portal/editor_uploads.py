"""CKEditor image uploads: staff only, images only, checked and re-encoded before storing.

Replaces django-ckeditor's own upload view (which stores any file Pillow can open, including
GIF polyglots, and answers with an inline script). The URL names ``ckeditor_upload`` and
``ckeditor_browse`` are kept so that ``CKEditorUploadingWidget`` finds them.

CSRF: CKEditor 4 posts with its own ``ckCsrfToken`` field, not Django's token, so the view is
exempt (as django-ckeditor's is); the session cookie is ``SameSite=Lax`` so a cross-site POST
arrives without a session and is refused by ``staff_member_required``.
"""

import posixpath
from types import SimpleNamespace

from ckeditor_uploader import views as ckeditor_views
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.html import escapejs
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.images import clean_uploaded_image, make_renditions

BODY_IMAGE_MAX_SIDE = 2000


def _answer(request, *, url: str = "", name: str = "", error: str = "") -> HttpResponse:
    func_num = request.GET.get("CKEditorFuncNum", "")
    if func_num.isdigit() and request.GET.get("responseType") != "json":
        # The legacy "form" upload method of the image dialog expects a script callback.
        message = escapejs(error)
        return HttpResponse(
            "<script>window.parent.CKEDITOR.tools.callFunction("
            f"{int(func_num)}, '{escapejs(url)}', '{message}');</script>"
        )
    if error:
        return JsonResponse({"uploaded": 0, "error": {"message": error}}, status=400)
    return JsonResponse({"uploaded": 1, "fileName": name, "url": url})


@csrf_exempt
@require_POST
@staff_member_required
def upload(request):
    """Store an image pasted, dropped or chosen in CKEditor and answer with its URL."""
    if not may_use_editor_images(request.user):
        return _answer(request, error=_("Tài khoản này không có quyền tải ảnh lên."))
    uploaded = request.FILES.get("upload")
    if uploaded is None:
        return _answer(request, error=_("Chưa chọn tệp ảnh."))
    try:
        image = clean_uploaded_image(uploaded, max_side=BODY_IMAGE_MAX_SIDE)
    except ValidationError as exc:
        return _answer(request, error=" ".join(exc.messages))
    folder = posixpath.join(settings.CKEDITOR_UPLOAD_PATH, timezone.now().strftime("%Y/%m"))
    name = default_storage.save(posixpath.join(folder, image.name), image.content)
    # 400/800/1200 px WebP and JPEG copies, once, for the srcset pages give readers
    # (core.images.responsive_body_images): a phone is not sent the 2,000 px original.
    make_renditions(SimpleNamespace(name=name), storage=default_storage)
    return _answer(request, url=default_storage.url(name), name=posixpath.basename(name))


EDITOR_IMAGE_PERMISSIONS = (
    "news.add_article",
    "news.change_article",
    "committee.add_page",
    "committee.change_page",
)


def may_use_editor_images(user) -> bool:
    """Those who write rich text (articles, committee pages) may upload and browse its images."""
    return any(user.has_perm(permission) for permission in EDITOR_IMAGE_PERMISSIONS)


@never_cache
@staff_member_required
def browse(request):
    """CKEditor's image browser, for the same people who may upload."""
    if not may_use_editor_images(request.user):
        raise PermissionDenied
    return ckeditor_views.browse(request)
