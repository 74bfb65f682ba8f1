"""Thống kê URLs, included at the site root (stats/section.py)."""

from django.urls import path

from stats import views

app_name = "stats"

urlpatterns = [
    path("thong-ke/", views.overview, name="overview"),
    path("thong-ke/so-lieu.xlsx", views.export_xlsx, name="export_xlsx"),
    path("thong-ke/bao-cao.docx", views.export_docx, name="export_docx"),
]
