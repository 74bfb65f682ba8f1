"""Request and response helpers shared by every app: the client's address (and the group it is
counted under), per-reader pages."""

import ipaddress

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


def client_group(address: str | None) -> str | None:
    """The address a client is counted under by rate limits and the login lockout.

    An IPv4 address is itself; an IPv6 address stands for its /64 (the first address of the
    network, e.g. ``2001:db8:1:2::``): a household or a phone is given a whole /64 and could
    otherwise rotate addresses inside it. Anything that is not an address is returned as is.
    """
    if not address:
        return address
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def client_ip_group(request) -> str | None:
    """``client_group(client_ip(request))``: django-axes' AXES_CLIENT_IP_CALLABLE."""
    return client_group(client_ip(request))


def private_for_signed_in(request, response):
    """A page that depends on who reads it: shared caches keep it apart per cookie, and a
    signed-in reader's copy is never stored anywhere (``private, no-store``)."""
    patch_vary_headers(response, ("Cookie",))
    if request.user.is_authenticated:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response
