"""The nginx in front (docs/nginx/portal.conf): a micro-cache for anonymous readers and gzip
for text, checked against a live Django (needs nginx; CI installs it)."""

import gzip
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.factories.events import make_conference
from tests.factories.news import make_article
from tests.security.test_nginx_media import CONF, free_port, section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def nginx_proxy(tmp_path, live_server):
    binary = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if binary is None:
        pytest.skip("nginx không có trên máy: `apt-get install nginx-light` để chạy phép thử này")
    text = CONF.read_text()
    http_part = section(text, "micro-cache-http").replace(
        "/var/cache/nginx/portal", str(tmp_path / "cache")
    )
    port = free_port()
    upstream = live_server.url.removeprefix("http://")
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    (tmp_path / "nginx.conf").write_text(
        f"""
user root;
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    {http_part}
    {section(text, "gzip")}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://{upstream};
            proxy_set_header Host $host;
            {section(text, "micro-cache")}
        }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        [binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    import socket

    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stderr.read().decode())
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def get(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "localhost", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_anonymous_pages_come_from_the_micro_cache(nginx_proxy, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    article = make_article("Tin qua nginx")
    url = nginx_proxy + article.get_absolute_url()
    status, headers, _body = get(url)
    assert status == 200 and headers["X-Micro-Cache"] == "MISS"
    status, headers, body = get(url)
    assert headers["X-Micro-Cache"] == "HIT"
    assert "Tin qua nginx" in body.decode()
    assert headers["Content-Security-Policy"]  # Django's headers kept


def test_signed_in_readers_and_forms_bypass_the_micro_cache(nginx_proxy, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    make_article()
    get(nginx_proxy + "/")
    _status, headers, _body = get(nginx_proxy + "/", Cookie="__Host-sessionid=abc")
    assert headers["X-Micro-Cache"] == "BYPASS"
    _status, headers, _body = get(nginx_proxy + "/", Cookie="sessionid=abc; other=1")
    assert headers["X-Micro-Cache"] == "BYPASS"
    get(nginx_proxy + "/lien-he/")
    _status, headers, body = get(nginx_proxy + "/lien-he/")
    assert headers["X-Micro-Cache"] != "HIT"  # sets a CSRF cookie: never shared
    assert "Set-Cookie" in headers


@pytest.mark.parametrize("path", ["/", "/rss/", "/sitemap.xml", "/hoi-nghi/lich.ics"])
def test_text_is_sent_compressed(nginx_proxy, settings, path):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    for i in range(3):
        make_article(f"Tin số {i} để nội dung đủ dài cho nén")
        make_conference(title=f"Hội nghị số {i} của Ủy ban MTTQ Việt Nam quận")
    status, headers, body = get(nginx_proxy + path, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip", path
    assert len(gzip.decompress(body)) > len(body)
