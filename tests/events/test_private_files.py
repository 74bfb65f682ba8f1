"""Files of internal conferences cannot be reached by guessing a /media/ URL."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse

from events.models import Conference, ConferenceDocument, ConferencePhoto
from tests.factories.events import make_conference
from tests.factories.files import image_bytes

pytestmark = pytest.mark.django_db


def test_documents_are_stored_outside_media_root_and_served_only_after_the_check(client):
    internal = make_conference("Hội nghị nội bộ", visibility=Conference.Visibility.INTERNAL)
    public = make_conference("Hội nghị công khai")
    for conference in (internal, public):
        document = ConferenceDocument(conference=conference, title="Biên bản")
        document.file.save("bien-ban.pdf", ContentFile(b"%PDF-1.4\n%test\n"), save=True)

    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(p.suffix == ".pdf" for p in media.rglob("*"))
    private = list(settings.PRIVATE_MEDIA_ROOT.rglob("*.pdf"))
    assert len(private) == 2

    internal_doc, public_doc = (c.documents.get() for c in (internal, public))
    internal_url = reverse("events:conference_document", args=[internal.slug, internal_doc.pk])
    public_url = reverse("events:conference_document", args=[public.slug, public_doc.pk])
    assert client.get(internal_url).status_code == 404
    response = client.get(public_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_photo_file_names_cannot_be_guessed():
    conference = make_conference()
    names = set()
    for _ in range(2):
        photo = ConferencePhoto(conference=conference, caption="Toàn cảnh hội nghị")
        photo.image.save("toan-canh.jpg", ContentFile(image_bytes(size=(40, 30))), save=True)
        names.add(photo.image.name)
    assert len(names) == 2
    for name in names:
        assert "toan-canh" not in name
        stem = name.rsplit("/", 1)[-1].split(".")[0]
        assert len(stem) == 32
