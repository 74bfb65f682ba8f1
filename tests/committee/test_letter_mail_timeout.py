"""A mail server that accepts and never answers cannot hold a citizen's letter (issue 20,
item 8): the notification gives up after EMAIL_TIMEOUT, well inside gunicorn's 30-second
worker timeout, the letter is kept, and the thank-you page says it was received, not that it
was forwarded."""

import socket
import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from committee.models import Letter

pytestmark = pytest.mark.django_db

GUNICORN_WORKER_TIMEOUT = 30


@pytest.fixture
def silent_mail_server():
    """Accepts SMTP connections and never says a word (closes them after 20 s)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()
    held = []

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    timer = threading.Timer(20, stop.set)
    timer.start()
    yield server.getsockname()[1]
    stop.set()
    timer.cancel()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    server.close()


def test_a_silent_mail_server_does_not_hold_the_letter(client, settings, silent_mail_server):
    assert settings.EMAIL_TIMEOUT and settings.EMAIL_TIMEOUT <= 10
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", silent_mail_server
    get_user_model().objects.create_superuser("canbo", "canbo@example.vn", "x" * 20)

    started = time.monotonic()
    response = client.post(
        reverse("committee:contact"),
        {
            "full_name": "Trần Văn Bình",
            "email": "binh@example.vn",
            "subject": "Kiến nghị về chiếu sáng ngõ 68",
            "message": "Đèn đường ngõ 68 hỏng đã hai tuần, xin cơ quan xem xét.",
        },
        REMOTE_ADDR="203.0.113.7",
    )
    elapsed = time.monotonic() - started

    assert response.status_code == 302
    assert elapsed < settings.EMAIL_TIMEOUT + 3 < GUNICORN_WORKER_TIMEOUT
    letter = Letter.objects.get()
    assert letter.notified_at is None  # shown unticked in the admin list
    thanks = client.get(response["Location"]).content.decode()
    assert "Thư đã được lưu" in thanks
    assert "chuyển tới cán bộ phụ trách" not in thanks


def test_thanks_page_says_forwarded_when_staff_were_told(client, mailoutbox):
    get_user_model().objects.create_superuser("canbo", "canbo@example.vn", "x" * 20)
    response = client.post(
        reverse("committee:contact"),
        {
            "full_name": "Trần Văn Bình",
            "email": "binh@example.vn",
            "subject": "Kiến nghị",
            "message": "Đèn đường ngõ 68 hỏng đã hai tuần, xin cơ quan xem xét.",
        },
        REMOTE_ADDR="203.0.113.8",
    )
    assert len(mailoutbox) == 1
    thanks = client.get(response["Location"]).content.decode()
    assert "chuyển tới cán bộ phụ trách" in thanks
