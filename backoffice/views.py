"""The backoffice's own small pages: a note on an article, the notification preference, and
the staff guide (docs/huong-dan/) read inside the admin. Staff only; never cached."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from backoffice import guide
from news.models import Article, NotificationPreference
from news.services import article_note_add


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Ghi chú"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Ghi chú đang trống.")},
    )


@staff_member_required
@require_POST
def note_add(request, pk: int):
    """Add a note to an article the user may open in the admin (news.services checks)."""
    article = get_object_or_404(Article, pk=pk)
    change_url = reverse("admin:news_article_change", args=[pk])
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("text", [])))
        return redirect(change_url)
    try:
        article_note_add(article=article, by=request.user, text=form.cleaned_data["text"])
    except PermissionDenied:
        raise Http404 from None  # as the admin: another writer's article does not exist for you
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(change_url)
    messages.success(request, _("Đã thêm ghi chú."))
    return redirect(change_url + "#ghi-chu")


@staff_member_required
@require_POST
def notifications(request):
    """Turn one's notification e-mails on or off (the switch on the admin home)."""
    wanted = request.POST.get("email") == "1"
    NotificationPreference.objects.update_or_create(user=request.user, defaults={"email": wanted})
    if wanted:
        messages.success(request, _("Đã bật thư báo qua email."))
    else:
        messages.success(request, _("Đã tắt thư báo qua email."))
    return redirect("admin:index")


@staff_member_required
def guide_page(request, slug: str = "index"):
    """A page of the staff guide, rendered from docs/huong-dan/<slug>.md."""
    page = guide.load(slug)
    if page is None:
        raise Http404
    return render(
        request,
        "backoffice/guide_page.html",
        {
            "title": page.title,
            "page": page,
            "pages": guide.pages(),
            "site_header": _("Quản trị cổng thông tin MTTQ"),
        },
    )


@staff_member_required
def guide_image(request, name: str):
    """A screenshot of the guide (docs/huong-dan/anh/), taken by the browser tests."""
    from django.http import FileResponse

    path = guide.image_path(name)
    if path is None:
        raise Http404
    return FileResponse(path.open("rb"), content_type="image/png")
