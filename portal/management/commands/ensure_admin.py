"""Make sure a local admin account exists (used by `make run`).

If no superuser exists, create one named ``admin`` (or DJANGO_SUPERUSER_USERNAME). The password
comes from DJANGO_SUPERUSER_PASSWORD when set; otherwise one is generated and printed once.
Running it again when a superuser exists changes nothing, prints no password and says how to
set a new one (``manage.py changepassword``). ``--site-url`` is the address the site is served
at (``make run`` passes its HOST and PORT), for the sign-in link.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị cục bộ nếu chưa có (mật khẩu in ra một lần)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ báo, không ghi gì.")
        parser.add_argument(
            "--site-url",
            default="http://127.0.0.1:8000",
            help="Địa chỉ trang đang chạy, cho đường dẫn đăng nhập (mặc định http://127.0.0.1:8000).",
        )

    def handle(
        self, *args, dry_run=False, verbosity=1, site_url="http://127.0.0.1:8000", **options
    ):
        User = get_user_model()
        admin_url = site_url.rstrip("/") + "/admin/"
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            if verbosity >= 1:
                name = existing.get_username()
                self.stdout.write(
                    f"Đã có tài khoản quản trị “{name}”; không thay đổi gì. "
                    f"Đăng nhập tại {admin_url}\n"
                    "Quên mật khẩu? Đặt mật khẩu mới bằng: "
                    f".venv/bin/python manage.py changepassword {name}"
                )
            return
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin").strip() or "admin"
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        if dry_run:
            self.stdout.write(f"Sẽ tạo tài khoản quản trị “{username}”.")
            return
        with transaction.atomic():
            User.objects.create_superuser(
                username=username,
                email=os.environ.get("DJANGO_SUPERUSER_EMAIL", ""),
                password=password,
            )
        self.stdout.write(self.style.SUCCESS(f"Đã tạo tài khoản quản trị “{username}”."))
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Mật khẩu (chỉ hiện một lần, hãy lưu lại): {password}\n"
                    f"Đăng nhập tại {admin_url}"
                )
            )
