"""Tiny views for the replica routing tests: one read, one write, one under /admin/."""

from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt


def group_names(request):
    return HttpResponse(",".join(Group.objects.order_by("name").values_list("name", flat=True)))


@csrf_exempt
def group_add(request):
    if request.method == "POST":
        Group.objects.create(name=request.POST["name"])
        return HttpResponse("ok", status=201)
    return group_names(request)


urlpatterns = [
    path("nhom/", group_names),
    path("nhom/them/", group_add),
    path("admin/nhom/", group_names),
]
