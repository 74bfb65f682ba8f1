"""The PostgreSQL pieces: extensions, configuration, stored vectors kept current, indexes."""

import unicodedata

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from events.models import Participation
from events.services import conference_refresh_search_text
from news.models import Article
from search import engine
from search.query import parse_query
from tests.factories.events import make_conference, make_criticism
from tests.factories.news import make_article

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]
ATTENDING = Participation.Role.ATTENDING


def scalar(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def vector_of(obj) -> str:
    table = obj._meta.db_table
    return scalar(f"SELECT search_vector::text FROM {table} WHERE id = %s", [obj.pk])


def test_extensions_wrapper_and_configuration():
    assert scalar("SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')") == 2
    # unaccent itself is STABLE; the wrapper used in index expressions is IMMUTABLE
    assert scalar("SELECT provolatile FROM pg_proc WHERE proname = 'portal_unaccent'") == "i"
    assert (
        scalar("SELECT portal_unaccent('Đồng chí Hòa Hoà CẦU GIẤY')") == "Dong chi Hoa Hoa CAU GIAY"
    )
    assert scalar("SELECT to_tsvector('portal_vi', 'Đồng chí Hoà Hòa')::text") == (
        "'chi':2 'dong':1 'hoa':3,4"
    )
    nfd = unicodedata.normalize("NFD", "Cầu Giấy")
    assert scalar("SELECT to_tsvector('portal_vi', portal_search_text(%s))::text", [nfd]) == (
        "'cau':1 'giay':2"
    )


def test_article_vector_is_weighted_and_kept_current_on_every_save():
    article = make_article("Cầu Giấy", sapo="Trao quà Tết", body="<p>Hộ <b>nghèo</b></p>")
    vector = vector_of(article)
    assert "'cau':1A" in vector and "'trao':3B" in vector and "'ngheo'" in vector
    assert "'b'" not in vector  # tags are not words

    article.title = "Dịch Vọng"
    article.save()
    assert "'dich':1A" in vector_of(article) and "'cau'" not in vector_of(article)

    Article.objects.filter(pk=article.pk).update(sapo="Khuyến học")
    assert "'khuyen'" in vector_of(article) and "'trao'" not in vector_of(article)


def test_bulk_created_and_raw_nfd_rows_are_indexed_and_found(find):
    Article.objects.bulk_create(
        [
            Article(
                title="Bài nhập hàng loạt về Hòa Mục",
                slug="bai-nhap",
                status=Article.Status.PUBLISHED,
                publish_at=make_article().publish_at,
            )
        ]
    )
    assert find("hoa muc") == ["Bài nhập hàng loạt về Hòa Mục"]
    nfd = unicodedata.normalize("NFD", "Phản biện dự thảo Nghị quyết")
    with connection.cursor() as cursor:  # bypasses NFCModel.save(): stored decomposed
        cursor.execute("UPDATE news_article SET title = %s WHERE slug = 'bai-nhap'", [nfd])
    assert find("nghi quyet") == [nfd]
    assert find("Nghị quyết") == [nfd]


def test_conference_vector_follows_participants_and_opinions():
    conf = make_conference(
        "Hội nghị phản biện",
        summary="Tóm tắt",
        people=(("Trần Việt Hà", ATTENDING, "Phó Chủ tịch UBND quận"),),
    )
    make_criticism(conf, opinions=(("Ông Lê Văn Bình", "Bổ sung giải pháp vỉa hè"),))
    vector = vector_of(conf)
    assert "'ha'" in vector and "'via'" in vector and "'binh'" in vector
    assert "'hoi':1A" in vector and "'tom':" in vector
    Participation.objects.filter(conference=conf).delete()
    conference_refresh_search_text(conference=conf)
    assert "'tran'" not in vector_of(conf)


def explain(queryset) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_queries_use_the_gin_indexes():
    # Tiny tables: force the planner off sequential scans; the bench measures real plans.
    from events.models import Conference

    for i in range(30):
        make_article(f"Tin số {i}")
    news, conferences = engine.provider(engine.NEWS), engine.provider(engine.CONFERENCE)
    parsed = parse_query("tin so")
    assert "news_article_search_gin" in explain(
        engine.matching(Article.objects.all(), news, parsed)
    )
    assert "events_conference_search_gin" in explain(
        engine.matching(Conference.objects.all(), conferences, parse_query("hoi nghi"))
    )


def test_suggestion_words_and_accents_use_trigram_indexes():
    from django.db.models import BooleanField
    from django.db.models.expressions import RawSQL

    make_article("Ủy ban MTTQ quận Cầu Giấy")
    news = engine.provider(engine.NEWS)
    qs = engine.base_queryset(news, user=AnonymousUser(), filters=engine.Filters())
    assert "giay" in engine._close_words(qs, "giya")
    assert engine._accented([qs], ["cau", "giay"])["giay"] == "giấy"
    title_like = Article.objects.filter(
        RawSQL("lower(portal_unaccent(news_article.title)) LIKE %s", ("%giay%",), BooleanField())
    )
    assert "news_article_title_trgm" in explain(title_like)
    # the vocabulary is small; its trigram index matters only once it holds many words
    assert scalar("SELECT count(*) FROM pg_indexes WHERE indexname = 'search_word_trgm'") == 1


def test_migration_sql_can_run_again():
    from importlib import import_module

    migration = import_module("search.migrations.0001_postgres_search")
    with connection.schema_editor() as schema_editor:
        migration.forwards(None, schema_editor)
    article = make_article("Chạy lại migration")
    assert "'chay':1A" in vector_of(article)


def test_vectors_hold_tone_keys_and_pairs_of_syllables():
    article = make_article("Lễ ký kết", sapo="Kỳ họp", body="<p>Hoà giải</p><p>thành công</p>")
    vector = vector_of(article)
    for lexeme in ("'ky_ket':2A", "'ky~s_kêt~s':2A", "'ky~f':4B", "'hoa~f_giai~r'"):
        assert lexeme in vector, lexeme
    conf = make_conference("Hội nghị", venue="Hội trường", conclusion="Thống nhất ký kết")
    vector = vector_of(conf)
    assert "'ky~s_kêt~s'" in vector and "'hôi~j_nghi~j':1A" in vector
    # the folded search_text (participants, opinions…) has no tone keys: weight D, folded only
    assert "'hoi_nghi':1A,9 " in vector  # position 9: weight D, shown without a letter
    assert "'hôi~j':1A,3C " in vector  # no tone key from the folded text


def test_database_tone_key_is_pythons():
    from core.keywords import tone_key

    words = ["Hoà", "hòa", "ĐOÀN", "Kỳ", "ự", "Nghị", "THUỶ", "thủy", "2024", "MTTQ", "Ða"]
    for word in words:
        assert scalar("SELECT portal_tone_key(%s)", [word]) == tone_key(word), word
    nfd = unicodedata.normalize("NFD", "Nguyễn")
    assert scalar("SELECT portal_tone_key(%s)", [nfd]) == tone_key("Nguyễn")


def test_a_two_syllable_phrase_is_answered_by_the_index_without_recheck():
    for i in range(30):
        make_article(f"Hội nghị số {i}")
    news = engine.provider(engine.NEWS)
    qs = Article.objects.all()
    exact = engine._condition(qs, news, parse_query("hoi nghi"), 2)  # the pair 'hoi_nghi'
    plan = explain(qs.filter(exact))
    assert "news_article_search_gin" in plan


def test_words_migration_runs_again_and_backwards():
    from importlib import import_module

    migration = import_module("search.migrations.0004_words_and_tones")
    article = make_article("Lễ ký kết")
    scalar("SET CONSTRAINTS ALL IMMEDIATE; SELECT 1")  # no pending trigger events before DDL
    with connection.schema_editor() as schema_editor:
        migration.backwards(None, schema_editor)
    assert "'ky_ket'" not in vector_of(article) and "'ky':2A" in vector_of(article)
    with connection.schema_editor() as schema_editor:
        migration.forwards(None, schema_editor)
        migration.forwards(None, schema_editor)
    assert "'ky~s_kêt~s':2A" in vector_of(article)
    assert not scalar("SELECT count(*) FROM search_word WHERE word ~ '[~_]'")


def test_vocabulary_is_kept_for_suggestions():
    make_article("Phản biện xã hội", body="<p>Giám sát khuyến học</p>")
    with connection.cursor() as cursor:
        cursor.execute("SELECT word FROM search_word")
        words = {row[0] for row in cursor.fetchall()}
    assert {"phan", "bien", "xa", "hoi", "giam", "sat", "khuyen", "hoc"} <= words


def test_suggests_swapped_letters_from_the_vocabulary(client):
    make_article("Hội nghị phản biện xã hội")
    make_article("Bài khác", body="<p>Khuyến học</p>")
    html = client.get("/tim-kiem/", {"q": "phan bein"}).content.decode()
    assert "Có phải muốn tìm: <a" in html and ">phản biện</a>" in html
    html = client.get("/tim-kiem/", {"q": "khuyen hco"}).content.decode()
    assert ">khuyen hoc</a>" in html  # no title has both words: shown unaccented


def _probes_of(table: str, captured) -> list[str]:
    return [q["sql"] for q in captured if f'FROM "{table}"' in q["sql"]]


def test_a_tab_with_nothing_to_find_costs_one_look_not_a_probe_per_level():
    from django.test.utils import CaptureQueriesContext

    make_article("Hội nghị tổng kết")
    make_conference("Giám sát vỉa hè")
    parsed = parse_query("hoi nghi")
    assert len(parsed.levels()) == 6
    filters = engine.Filters()
    with CaptureQueriesContext(connection) as captured:
        news = engine.ranked("news", parsed, user=AnonymousUser(), filters=filters)
        conferences = engine.ranked("conference", parsed, user=AnonymousUser(), filters=filters)
        assert (news.count(), conferences.count()) == (1, 0)
        assert list(conferences[:5]) == []
    # Conferences: the title probe finds nothing, one look at the widest level confirms it.
    assert len(_probes_of("events_conference", captured.captured_queries)) == 2
    # News: the article is found in its title, so every level is still asked (its count).
    assert len(_probes_of("news_article", captured.captured_queries)) == 6


def test_people_and_organisations_are_narrowed_through_trigram_indexes():
    # search/migrations/0005: the names' whole-syllable regular expressions (core.keywords
    # words_q) are answered by pg_trgm, not a scan of every name (80 ms for 20,000 people).
    from core.keywords import words_q
    from events.models import Organization, Person

    parsed = parse_query("hoi nghi")
    for model, index in (
        (Person, "events_person_name_folded_trgm"),
        (Organization, "events_organization_name_folded_trgm"),
    ):
        narrowed = model.objects.filter(words_q("name_folded", parsed, vendor="postgresql"))
        assert index in explain(narrowed)
