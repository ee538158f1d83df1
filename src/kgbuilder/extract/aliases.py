"""Other names a text gives for a thing it has just named: "<X>, better known as <Y>".

The second name is then a name of the first entity: its mentions (there and later in the
document) are renamed to the first name, so resolution makes one entity with both names, not two.
Input: the document's text and found names; the found names are changed in place.
"""

from __future__ import annotations

import itertools
import re

from kgbuilder.extract.spans import Found
from kgbuilder.names import loose_key

_KNOWN_AS = re.compile(
    r"^\s*,?\s*(?:(?:better|also|more commonly|commonly|widely|locally|popularly)\s+)?"
    r"(?:known|referred to)\s+as\s+(?:the\s+)?[\"“]?$",
    re.IGNORECASE,
)


def apply_known_as(text: str, found: list[Found]) -> None:
    """Rename the mentions of every "known as" name to the name it follows."""
    top = sorted((f for f in found if not f.nested and not f.anaphor), key=lambda f: f.start)
    renamed: dict[str, Found] = {}
    for first, second in itertools.pairwise(top):
        if second.start - first.end > 40 or not _KNOWN_AS.match(text[first.end : second.start]):
            continue
        if first.kind is not second.kind and second.kind.value not in ("Organization", "Place"):
            continue
        renamed.setdefault(loose_key(second.name), first)
    if not renamed:
        return
    for f in found:
        target = renamed.get(loose_key(f.name))
        if target is not None and f is not target:
            f.name = target.name
            f.type = target.type
