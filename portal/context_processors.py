"""Template context shared by every page: the committee's identity and the main menu."""

from core.models import SiteSettings
from portal.navigation import main_menu


def site(request):
    return {
        "site": SiteSettings.load(),
        "main_menu": main_menu(),
    }
