from django.urls import path

from committee import views

app_name = "committee"

urlpatterns = [
    path("trang/<slug:slug>/", views.page_detail, name="page_detail"),
    path("lanh-dao/", views.leader_list, name="leader_list"),
    path("lien-he/", views.contact, name="contact"),
    path("lien-he/da-gui/", views.letter_sent, name="letter_sent"),
]
