"""demo/documents.py: a dozen documents, the sample conference's draft and programme linked."""

from io import StringIO

import pytest
from django.core.management import call_command

from demo import documents as demo_documents
from demo import events as demo_events
from documents.models import Document, DocumentConference, DocumentFile, DocumentType

pytestmark = pytest.mark.django_db


def seed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0, stdout=StringIO())


def test_a_dozen_documents_with_the_sample_conference_links(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    assert Document.objects.count() == len(demo_documents.DOCUMENTS) == 12
    links = dict(
        DocumentConference.objects.filter(conference__slug=demo_events.SLUG).values_list(
            "role", "document__title"
        )
    )
    assert links["criticised-draft"] == demo_events.DRAFT_TITLE
    assert links["signed-programme"] == demo_events.PROGRAMME_TITLE
    assert DocumentFile.objects.filter(text_status="scanned").count() == 1
    assert Document.objects.filter(visibility="internal").count() == 1
    replaced = Document.objects.get(legal_status="replaced")
    assert replaced.replaced_by.number_symbol == "70/KH-MTTQ-BTT"


def test_reseeding_changes_nothing_and_keeps_files(django_capture_on_commit_callbacks):
    seed(django_capture_on_commit_callbacks)
    files = sorted(DocumentFile.objects.values_list("file", flat=True))
    seed(django_capture_on_commit_callbacks)
    assert Document.objects.count() == 12
    assert sorted(DocumentFile.objects.values_list("file", flat=True)) == files


def test_works_after_a_flush_that_lost_the_types(django_capture_on_commit_callbacks):
    DocumentType.objects.all().delete()
    seed(django_capture_on_commit_callbacks)
    assert Document.objects.count() == 12


def test_dry_run_writes_no_document_and_no_file(settings):
    call_command("seed_demo", "--dry-run", verbosity=0, stdout=StringIO())
    assert not Document.objects.exists()
    assert not settings.PRIVATE_MEDIA_ROOT.exists() or not list(
        settings.PRIVATE_MEDIA_ROOT.rglob("*.docx")
    )
