"""Make sure a local admin account exists (used by `make run`).

If no superuser exists, create one named ``admin`` (or DJANGO_SUPERUSER_USERNAME). The password
comes from DJANGO_SUPERUSER_PASSWORD when set; otherwise one is generated and printed once.
Running it again when a superuser exists changes nothing and prints no password.
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

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            if verbosity >= 1:
                self.stdout.write("Đã có tài khoản quản trị; không thay đổi gì.")
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
                    "Đăng nhập tại http://127.0.0.1:8000/admin/"
                )
            )
