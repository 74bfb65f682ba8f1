"""Read counts per article and day, written in batches by ``readership.counters``."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleDailyViews(models.Model):
    """How many times an article was read on one day (Asia/Ho_Chi_Minh), by anonymous readers.

    Rows are never written per page view: counts are buffered in memory and added here in
    batches (see ``readership/counters.py``), so a popular article costs no write per read.
    """

    article = models.ForeignKey(
        "news.Article",
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        related_name="daily_views",
    )
    day = models.DateField(_("ngày"), help_text=_("Ngày đọc theo giờ Việt Nam."))
    views = models.PositiveIntegerField(_("lượt đọc"), default=0)

    class Meta:
        verbose_name = _("lượt đọc trong ngày")
        verbose_name_plural = _("lượt đọc trong ngày")
        ordering = ("-day", "-views")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "day"], name="readership_article_day_unique"
            ),
        ]
        indexes = [models.Index(fields=["day"], name="readership_day_idx")]

    def __str__(self) -> str:
        return f"{self.article_id} · {self.day:%d/%m/%Y}: {self.views}"
