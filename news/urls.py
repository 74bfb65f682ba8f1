"""Public news URLs (issue 4 URL contract), included at the site root (news/section.py)."""

from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("tin-tuc/", views.article_list, name="article_list"),
    path("tin-tuc/<slug:slug>/", views.article_detail, name="article_detail"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category_detail"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.category_feed, name="category_feed"),
    path("the/<slug:slug>/", views.tag_detail, name="tag_detail"),
    path("rss/", feeds.latest_feed, name="latest_feed"),
    path("xem-truoc/tin-tuc/<int:pk>/", views.article_preview, name="article_preview"),
]
