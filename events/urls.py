"""Conference lookup: list, exports, detail, print view, person and organisation pages."""

from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("hoi-nghi/", views.conference_list, name="conference_list"),
    path("hoi-nghi/export.csv", views.conference_export_csv, name="conference_export_csv"),
    path(
        "hoi-nghi/export-dai-bieu.csv",
        views.conference_export_attendees_csv,
        name="conference_export_attendees_csv",
    ),
    path("hoi-nghi/export.xlsx", views.conference_export_xlsx, name="conference_export_xlsx"),
    path("hoi-nghi/lich.ics", views.conference_list_ics, name="conference_list_ics"),
    path("hoi-nghi/<slug:slug>/", views.conference_detail, name="conference_detail"),
    path("hoi-nghi/<slug:slug>/ban-in/", views.conference_print, name="conference_print"),
    path("hoi-nghi/<slug:slug>/lich.ics", views.conference_ics, name="conference_ics"),
    path(
        "hoi-nghi/<slug:slug>/tai-lieu/<int:pk>/",
        views.conference_document,
        name="conference_document",
    ),
    path(
        "hoi-nghi/<slug:slug>/anh/<int:pk>/",
        views.conference_photo,
        name="conference_photo",
    ),
    path(
        "hoi-nghi/<slug:slug>/anh/<int:pk>/<int:width>.<str:ext>",
        views.conference_photo,
        name="conference_photo_rendition",
    ),
    path("dai-bieu/<slug:slug>/", views.person_detail, name="person_detail"),
    path("to-chuc/<slug:slug>/", views.organization_detail, name="organization_detail"),
]
