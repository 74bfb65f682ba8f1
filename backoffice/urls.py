from django.urls import path

from backoffice import views

app_name = "backoffice"

urlpatterns = [
    path("ban-lam-viec/bai-viet/<int:pk>/ghi-chu/", views.note_add, name="note_add"),
    path("ban-lam-viec/thu-bao/", views.notifications, name="notifications"),
    path("ban-lam-viec/huong-dan/", views.guide_page, name="guide"),
    path("ban-lam-viec/huong-dan/anh/<str:name>", views.guide_image, name="guide_image"),
    path("ban-lam-viec/huong-dan/<slug:slug>/", views.guide_page, name="guide_page"),
]
