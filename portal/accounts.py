"""Sign-in for officials ("Cán bộ") who are not admin staff.

The admin login only admits staff; officials only need to read internal conference records, so
they sign in here. django-axes guards this form like the admin's (same lockout rules).
"""

from django.contrib.auth import views as auth_views
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core.models import SiteSettings


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
    extra_context = {"page_title": _("Đăng nhập")}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Django's LoginView puts the host (a RequestSite) in "site"; every page of ours means
        # the committee's identity there (header, title, footer).
        site = SiteSettings.load()
        context.update(site=site, site_name=site.name)
        return context


class LogoutView(auth_views.LogoutView):
    next_page = "home"


login = never_cache(LoginView.as_view())
logout = LogoutView.as_view()
