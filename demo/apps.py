from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content (``seed_demo``) and the bench data command (``generate_bench_data``).

    It imports the product apps; none of them imports it.
    """

    name = "demo"
    verbose_name = _("Dữ liệu mẫu")
