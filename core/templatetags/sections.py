"""``{% section_blocks "slot" key=value %}``: renders the blocks the apps declared for a slot.

A page names the slots it offers (the home page's columns, the end of an article); the apps
fill them from their ``section.py`` without the page's app knowing who they are
(core/sections.py). Each block's page-cache tags are added to the request, so the page is
dropped when something a block shows changes (core/pagecache.py).
"""

from django import template
from django.utils.safestring import mark_safe

from core.pagecache import tag_request
from core.sections import blocks

register = template.Library()


@register.simple_tag(takes_context=True)
def section_blocks(context, slot, **kwargs):
    request = context.get("request")
    parts = []
    for block in blocks(slot):
        data = block.context(request, **kwargs)
        if data is None:
            continue
        data = dict(data)
        tag_request(request, *block.tags, *data.pop("page_tags", ()))
        block_template = context.template.engine.get_template(block.template)
        with context.push(**data):
            parts.append(block_template.render(context))
    # Each part is a rendered template, escaped by the template engine.
    return mark_safe("".join(parts))
