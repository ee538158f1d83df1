"""The name comparison of the eval README: NFKC, case-folded, accents kept, leading "the" dropped."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def eval_key(name: str) -> str:
    """The key two names must share to match.

    >>> eval_key("The  University of Córdoba")
    'university of córdoba'
    >>> eval_key("Cordoba") == eval_key("Córdoba")
    False
    """
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return text
