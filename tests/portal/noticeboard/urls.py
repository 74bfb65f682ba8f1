from django.urls import path

from tests.portal.noticeboard import views

app_name = "noticeboard"
urlpatterns = [path("thong-bao/", views.notice_list, name="notice_list")]
