"""The document library: list, feed, a document, its files."""

from django.urls import path

from documents import feeds, views

app_name = "documents"

urlpatterns = [
    path("van-ban/", views.document_list, name="document_list"),
    path("van-ban/rss/", feeds.latest_feed, name="feed"),
    path("van-ban/<slug:slug>/", views.document_detail, name="document_detail"),
    path("van-ban/<slug:slug>/tep/<int:pk>/", views.document_file, name="document_file"),
    path(
        "van-ban/<slug:slug>/tep/<int:pk>/xem/",
        views.document_file_view,
        name="document_file_view",
    ),
]
