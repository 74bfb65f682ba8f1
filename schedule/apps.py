from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScheduleConfig(AppConfig):
    """Lịch công tác: the Standing Committee's weekly working schedule (issue 22).

    Weeks are prepared in the admin and published as a whole; entries name people of the
    conference records (events) and may become a conference record with one action.
    """

    name = "schedule"
    verbose_name = _("Lịch công tác")
