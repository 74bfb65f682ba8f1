"""One entry per person per conference (issue 18), step 2 of 3: move the data, lose nothing.

Before, a person with two roles in one conference had two rows, each with its own position
("UVTVQuận ủy, …" under "Dự", "Ủy viên Ban thường vụ Quận ủy, …" under "Tiếp thu, giải
trình"). For each (conference, person):

- the row kept is the one whose position says the most once normalised (ties: the earliest);
- it gets every role of the group, the earliest order, and the first organisation given;
- every other wording of the position, and any other organisation, is written into its
  ``note`` with the role it came with, so the clerk can still read it;
- opinions and responses pointing at a merged row point at the kept one.

Every row also gets ``position_normalized``, and each conference's search text the spelled-out
positions (so the lookup finds both forms at once). Reversible: going back splits each entry into
one row per role again (the note, new in this step, is dropped).
"""

from itertools import groupby

from django.db import migrations

from core.text import fold
from events.positions import normalize_position

ROLE_LABELS = {
    "presiding": "Chủ trì",
    "presenting": "Trình bày",
    "opening": "Phát biểu khai mạc",
    "speaking": "Phát biểu",
    "responding": "Tiếp thu, giải trình",
    "concluding": "Kết luận",
    "witnessing": "Chứng kiến",
    "attending": "Dự",
}
BATCH = 2000


def merge_forward(apps, schema_editor):
    Participation = apps.get_model("events", "Participation")
    ParticipationRole = apps.get_model("events", "ParticipationRole")
    Opinion = apps.get_model("events", "Opinion")
    Response = apps.get_model("events", "Response")
    Organization = apps.get_model("events", "Organization")

    rows = Participation.objects.order_by("conference_id", "person_id", "order", "id")
    roles, singles = [], []
    for _key, group in groupby(rows.iterator(), key=lambda p: (p.conference_id, p.person_id)):
        group = list(group)
        normalized = {p.pk: normalize_position(p.position) for p in group}
        if len(group) == 1:
            only = group[0]
            only.position_normalized = normalized[only.pk]
            singles.append(only)
            roles.append(ParticipationRole(participation_id=only.pk, role=only.role))
        else:
            keep = max(group, key=lambda p: (len(normalized[p.pk]), -p.order, -p.pk))
            notes = []
            organization_id = keep.organization_id or next(
                (p.organization_id for p in group if p.organization_id), None
            )
            for p in group:
                if p.pk == keep.pk:
                    continue
                label = ROLE_LABELS.get(p.role, p.role)
                if p.position and p.position != keep.position:
                    notes.append(f"Chức vụ ghi kèm vai trò “{label}”: {p.position}")
                if p.organization_id and p.organization_id != organization_id:
                    name = Organization.objects.get(pk=p.organization_id).name
                    notes.append(f"Cơ quan ghi kèm vai trò “{label}”: {name}")
            unique_notes = list(dict.fromkeys(notes))
            others = [p.pk for p in group if p.pk != keep.pk]
            Opinion.objects.filter(speaker_id__in=others).update(speaker_id=keep.pk)
            Response.objects.filter(responder_id__in=others).update(responder_id=keep.pk)
            Participation.objects.filter(pk__in=others).delete()
            Participation.objects.filter(pk=keep.pk).update(
                order=min(p.order for p in group),
                organization_id=organization_id,
                note="\n".join(unique_notes),
                position_normalized=normalized[keep.pk],
            )
            for role in dict.fromkeys(p.role for p in group):
                roles.append(ParticipationRole(participation_id=keep.pk, role=role))
        if len(roles) >= BATCH:
            ParticipationRole.objects.bulk_create(roles)
            roles = []
        if len(singles) >= BATCH:
            Participation.objects.bulk_update(singles, ["position_normalized"])
            singles = []
    ParticipationRole.objects.bulk_create(roles)
    Participation.objects.bulk_update(singles, ["position_normalized"])
    _add_normalized_positions_to_search_text(apps)


def _add_normalized_positions_to_search_text(apps):
    """The keyword search reads Conference.search_text: add the spelled-out positions, so
    "Ủy ban nhân dân" finds a record written "UBND" before the conference is saved again
    (saving rebuilds the whole text: Conference.build_search_text)."""
    Conference = apps.get_model("events", "Conference")
    Participation = apps.get_model("events", "Participation")
    extra: dict[int, list[str]] = {}
    rows = Participation.objects.exclude(position_normalized="").values_list(
        "conference_id", "position", "position_normalized"
    )
    for conference_id, position, normalized in rows.iterator():
        if normalized != position:
            extra.setdefault(conference_id, []).append(fold(normalized))
    changed = []
    for conference in Conference.objects.filter(pk__in=list(extra)).only("id", "search_text"):
        added = [text for text in extra[conference.pk] if text not in conference.search_text]
        if added:
            conference.search_text = " ".join([conference.search_text, *added]).strip()
            changed.append(conference)
        if len(changed) >= BATCH:
            Conference.objects.bulk_update(changed, ["search_text"])
            changed = []
    Conference.objects.bulk_update(changed, ["search_text"])


def split_backward(apps, schema_editor):
    Participation = apps.get_model("events", "Participation")
    order = list(ROLE_LABELS)
    for participation in Participation.objects.prefetch_related("roles").iterator(chunk_size=BATCH):
        codes = sorted(
            {r.role for r in participation.roles.all()} or {"attending"}, key=order.index
        )
        participation.role = codes[0]
        participation.save(update_fields=["role"])
        for code in codes[1:]:
            Participation.objects.create(
                conference_id=participation.conference_id,
                person_id=participation.person_id,
                position=participation.position,
                organization_id=participation.organization_id,
                role=code,
                order=participation.order,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_participation_roles_and_normalized_position"),
    ]

    operations = [migrations.RunPython(merge_forward, split_backward)]
