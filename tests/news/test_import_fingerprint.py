"""The same page imported by two routes is one article (issue 20, item 22): seed_demo imports
the sample with a made-up old address; import_articles on the same file, with no address or
another prefix, used to create a second copy ("…-2")."""

import pytest
from django.core.management import call_command

from news.models import Article
from tests.news.test_import_command import PREFIX, SAMPLE, run

pytestmark = pytest.mark.django_db


def sample_copies() -> list[Article]:
    title = SAMPLE.read_text(encoding="utf-8").splitlines()[0].strip()
    return list(Article.objects.filter(title__startswith=title[:60]))


def test_import_after_seed_demo_does_not_duplicate(site_settings):
    call_command("seed_demo", verbosity=0)
    [seeded] = sample_copies()
    out, _err, error = run(SAMPLE, verbosity=2)
    assert error is None
    assert "Nhập mới: 0" in out
    [article] = sample_copies()
    assert article.pk == seeded.pk and article.slug == seeded.slug
    assert not article.slug.endswith("-2")


def test_another_prefix_finds_the_same_article_and_keeps_its_old_address(client, tmp_path):
    assert run(SAMPLE, legacy_url_prefix=PREFIX + "{name}.html", status="published")[2] is None
    [first] = sample_copies()
    old_address = first.legacy_url
    assert run(SAMPLE, legacy_url_prefix="http://khac.example.vn/{name}.html")[2] is None
    [article] = sample_copies()
    assert article.pk == first.pk
    assert article.legacy_url == old_address  # old links keep their redirect
