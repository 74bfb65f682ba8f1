"""Request and response helpers shared by every app: the client's address, per-reader pages."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers


def client_ip(request) -> str | None:
    """The client address, trusting exactly ``TRUSTED_PROXY_COUNT`` proxies in front of us.

    With N trusted proxies, each appends the address it received the request from to
    X-Forwarded-For, so the client is the N-th entry from the right; anything to the left of
    it was written by the client and is ignored (it can be forged). With 0 (no proxy, the
    default) only REMOTE_ADDR counts and X-Forwarded-For is ignored entirely.
    """
    count = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR") or None
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote  # a request that bypassed the proxy chain
    return forwarded[-count][:45]


def private_for_signed_in(request, response):
    """A page that depends on who reads it: shared caches keep it apart per cookie, and a
    signed-in reader's copy is never stored anywhere (``private, no-store``)."""
    patch_vary_headers(response, ("Cookie",))
    if request.user.is_authenticated:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response
