"""Demo identity for the committee. Replace these example contact details in the admin."""

from core.models import SiteSettings

DEMO_SITE = {
    "name": "Ủy ban MTTQ Việt Nam quận Cầu Giấy",
    "short_name": "MTTQ quận Cầu Giấy",
    "tagline": "Cổng thông tin điện tử",
    "address": "Số 36 phố Cầu Giấy, quận Cầu Giấy, thành phố Hà Nội (địa chỉ mẫu)",
    "phone": "024 3833 0000",
    "email": "mttq.caugiay@example.vn",
    "office_hours": "Sáng 08:00–12:00, chiều 13:30–17:00, Thứ Hai đến Thứ Sáu",
    "responsible_person": "Chủ tịch Ủy ban MTTQ Việt Nam quận Cầu Giấy",
}


def seed(*, stdout, verbosity: int = 1) -> None:
    site = SiteSettings.load()
    # Fill only what is still at its default/empty, so an admin's edits survive a re-run.
    default_name = SiteSettings._meta.get_field("name").default
    changed = []
    for field, value in DEMO_SITE.items():
        current = getattr(site, field)
        if not current or (field == "name" and current == default_name):
            setattr(site, field, value)
            changed.append(field)
    if changed:
        site.save()
    if verbosity >= 2:
        stdout.write(f"  thông tin cơ quan: {len(changed)} trường được điền")
