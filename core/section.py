"""What the kernel brings to the site (core/sections.py): the committee's identity is in the
header and footer of every page, so saving it drops every stored page."""

from core.pagecache import SITE_TAG
from core.sections import Section

SECTION = Section(invalidates={"core.SiteSettings": lambda site_settings: [SITE_TAG]})
