"""Brotli (issue 20, item 16): whitenoise serves the .br files collectstatic writes when the
brotli package is installed, and the documented nginx compresses pages with Debian's brotli
module (`libnginx-mod-http-brotli-filter`) for browsers that ask, gzip for the others;
robots.txt says how long it may be kept."""

import shutil
import socket
import subprocess
import time
from pathlib import Path

import brotli
import pytest
from whitenoise import WhiteNoise
from whitenoise.compress import Compressor

from tests.deploy.test_nginx_cache import get
from tests.factories.news import make_article
from tests.security.test_nginx_media import CONF, free_port, section

ROOT = Path(__file__).resolve().parents[2]
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")


def test_collectstatic_compression_writes_brotli_and_whitenoise_serves_it(tmp_path):
    css = tmp_path / "css" / "site.css"
    css.parent.mkdir()
    shutil.copy(ROOT / "static" / "css" / "site.css", css)
    # What CompressedManifestStaticFilesStorage runs after collectstatic.
    list(Compressor(quiet=True).compress(str(css)))
    assert (tmp_path / "css" / "site.css.br").exists()

    app = WhiteNoise(None, root=str(tmp_path), prefix="static")
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(
        app(
            {"REQUEST_METHOD": "GET", "PATH_INFO": "/static/css/site.css",
             "HTTP_ACCEPT_ENCODING": "gzip, deflate, br", "wsgi.url_scheme": "http",
             "SERVER_NAME": "localhost", "SERVER_PORT": "80", "QUERY_STRING": ""},
            start_response,
        )
    )  # fmt: skip
    assert seen["status"].startswith("200")
    assert seen["headers"]["Content-Encoding"] == "br"
    assert brotli.decompress(body) == css.read_bytes()


@pytest.mark.django_db
def test_robots_txt_has_a_cache_lifetime(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "max-age=86400" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


@pytest.fixture
def nginx_brotli(tmp_path, live_server):
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists() or not BROTLI_MODULE.exists():
        pytest.skip(
            "nginx hoặc mô-đun brotli không có trên máy: "
            "`apt-get install nginx libnginx-mod-http-brotli-filter` để chạy phép thử này"
        )
    text = CONF.read_text()
    port = free_port()
    upstream = live_server.url.removeprefix("http://")
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    (tmp_path / "nginx.conf").write_text(
        f"""
load_module {BROTLI_MODULE};
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
    {section(text, "gzip")}
    {section(text, "brotli")}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://{upstream};
            proxy_set_header Host $host;
        }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        [binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
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


@pytest.mark.django_db(transaction=True)
def test_nginx_sends_pages_in_brotli_to_browsers_that_ask(nginx_brotli, settings):
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    for i in range(3):
        make_article(f"Tin số {i} để nội dung đủ dài cho nén")
    status, headers, body = get(nginx_brotli + "/", **{"Accept-Encoding": "gzip, br"})
    assert status == 200 and headers.get("Content-Encoding") == "br"
    assert "Tin số 0" in brotli.decompress(body).decode()
    _status, headers, _body = get(nginx_brotli + "/", **{"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") == "gzip"
