"""Lịch công tác URLs, included at the site root (schedule/section.py)."""

from django.urls import path

from schedule import views

app_name = "schedule"

urlpatterns = [
    path("lich-cong-tac/", views.week, name="week"),
    path("lich-cong-tac/ban-in/", views.week_print, name="week_print"),
    path("lich-cong-tac/lich.ics", views.calendar, name="calendar"),
]
