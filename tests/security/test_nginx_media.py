"""The nginx configuration in docs/nginx/portal.conf serves uploads safely (needs nginx)."""

import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "docs" / "nginx" / "portal.conf"


def section(text: str, name: str) -> str:
    return re.search(rf"# BEGIN {name}\n(.*?)# END {name}", text, re.S).group(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def nginx(tmp_path):
    binary = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if binary is None:
        pytest.skip("nginx không có trên máy: `apt-get install nginx-light` để chạy phép thử này")
    media = tmp_path / "media"
    media.mkdir()
    text = CONF.read_text()
    location = section(text, "media-location").replace("/srv/portal/media/", f"{media}/")
    port = free_port()
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
    {section(text, "media-map")}
    server {{
        listen 127.0.0.1:{port};
        {location}
    }}
}}
"""
    )
    process = subprocess.Popen(
        [binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stderr.read().decode())
            time.sleep(0.1)
    yield media, base
    process.terminate()
    process.wait(timeout=10)


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers


def test_nginx_serves_images_inline_with_nosniff(nginx):
    media, base = nginx
    (media / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    status, headers = fetch(f"{base}/media/anh.jpg")
    assert status == 200
    assert headers["Content-Type"] == "image/jpeg"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]
    assert headers["Content-Disposition"] is None


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("bao-cao.pdf", "application/pdf"),
        ("trang.html", "application/octet-stream"),
        ("hinh.svg", "application/octet-stream"),
        ("khong-duoi", "application/octet-stream"),
    ],
)
def test_nginx_serves_everything_else_as_attachment(nginx, name, content_type):
    media, base = nginx
    (media / name).write_bytes(b"<script>alert(1)</script>")
    status, headers = fetch(f"{base}/media/{name}")
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert headers["Content-Disposition"] == "attachment"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in headers["Content-Security-Policy"]
