from django.shortcuts import render

from core.pagecache import public_page, tag

NOTICES = ["Thông báo lịch tiếp công dân tháng 12"]


@public_page
def notice_list(request):
    response = render(request, "noticeboard/notice_list.html", {"notices": NOTICES})
    return tag(response, "noticeboard:list")
