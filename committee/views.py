"""Public pages of the committee: its own pages, the leadership and the contact page."""

import ipaddress
import logging

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from committee import services
from committee.forms import LetterForm
from committee.models import Leader, Page
from core import http
from core.pagecache import object_tag, public_page, tag

# Page-cache tag of the leadership page (committee/section.py).
LEADERS_TAG = "committee:leaders"
# On the thank-you page's address when the letter was stored but no staff member was e-mailed.
NOT_FORWARDED = "chua-chuyen"

logger = logging.getLogger(__name__)


@require_GET
@public_page
def page_detail(request, slug):
    page = get_object_or_404(Page.objects.visible_to(request.user), slug=slug)
    response = render(
        request,
        "committee/page_detail.html",
        {"page": page, "nav_section": f"page:{page.slug}"},
    )
    if not page.is_published:  # staff preview: never cached
        response["Cache-Control"] = "private, no-cache, no-store, max-age=0"
    return tag(response, object_tag(page))


@require_GET
@public_page
def leader_list(request):
    leaders = list(Leader.objects.published().select_related("person"))
    _attach_records_urls(leaders, request.user)
    response = render(
        request,
        "committee/leader_list.html",
        {"leaders": leaders, "nav_section": "leaders"},
    )
    person_tags = (f"events.person:{leader.person_id}" for leader in leaders if leader.person_id)
    return tag(response, LEADERS_TAG, *person_tags)


@never_cache  # carries a CSRF token
@require_http_methods(["GET", "POST"])
def contact(request):
    ip_address = client_ip(request)
    status = 200
    form_error = ""
    if request.method == "POST":
        form = LetterForm(request.POST)
        if services.letter_rate_limited(ip_address=ip_address):
            # Keep what was typed; nothing is stored.
            form_error = _(
                "Địa chỉ này đã gửi nhiều thư trong thời gian ngắn nên hệ thống tạm dừng nhận thêm. "
                "Nội dung vừa viết vẫn còn bên dưới: vui lòng gửi lại sau khoảng một giờ, "
                "hoặc gọi điện thoại cho cơ quan."
            )
            status = 429
        elif form.is_valid():
            services.letter_rate_count(ip_address=ip_address)
            if form.is_spam:
                logger.info("Contact form honeypot filled from %s; letter discarded", ip_address)
            else:
                letter = services.letter_submit(
                    full_name=form.cleaned_data["full_name"],
                    email=form.cleaned_data["email"],
                    phone=form.cleaned_data["phone"],
                    subject=form.cleaned_data["subject"],
                    message=form.cleaned_data["message"],
                    ip_address=ip_address,
                    site_url=request.build_absolute_uri("/"),
                )
                if letter.notified_at is None:  # stored, but no staff member was told
                    return redirect(reverse("committee:letter_sent") + f"?{NOT_FORWARDED}=1")
            return redirect("committee:letter_sent")
        else:
            form_error = _("Thư chưa gửi được. Vui lòng xem lại các ô có ghi lỗi ngay bên dưới.")
    else:
        form = LetterForm()
    return render(
        request,
        "committee/letter_form.html",
        {"form": form, "form_error": form_error, "nav_section": "contact"},
        status=status,
    )


@require_GET
def letter_sent(request):
    forwarded = NOT_FORWARDED not in request.GET
    return render(
        request, "committee/letter_sent.html", {"nav_section": "contact", "forwarded": forwarded}
    )


def _attach_records_urls(leaders: list[Leader], user) -> None:
    """Set ``records_url`` to the person's page in the conference records, only where that
    page shows something: the person took part in a conference this visitor may see."""
    person_ids = {leader.person_id for leader in leaders if leader.person_id}
    visible = set()
    if person_ids:
        from events.lookup import visible_people

        visible = set(visible_people(user).filter(pk__in=person_ids).values_list("pk", flat=True))
    for leader in leaders:
        leader.records_url = leader.person_url() if leader.person_id in visible else ""


def client_ip(request) -> str | None:
    """The visitor's IP address for the per-IP rate limit: the same proxy-aware rule as the
    login lockout (``core.http.client_ip``, ``TRUSTED_PROXY_COUNT``), and None when it
    is not a valid address (never stored as garbage)."""
    try:
        return str(ipaddress.ip_address(http.client_ip(request) or ""))
    except ValueError:
        return None
