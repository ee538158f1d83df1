"""Known names (curated records, curation file) that the extractor recognises in text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from kgbuilder.names import loose_key


@dataclass
class KnowledgeBase:
    """Known names (curated records, curation file) recognised in text with their types.

    Built by the pipeline for ``kgbuilder build``; ``kgbuilder extract`` uses an empty one.
    """

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # loose key -> (name, type)
    max_words: int = 0

    @classmethod
    def from_names(cls, entries: Iterable[tuple[str, str, Iterable[str]]]) -> KnowledgeBase:
        """``(canonical name, type name, aliases)`` triples; aliases shorter than 3 letters are left out."""
        kb = cls()
        for name, type_name, aliases in entries:
            for label in (name, *aliases):
                key = loose_key(label)
                if len(key) < 3 or not any(ch.isupper() for ch in label):
                    continue
                kb.names.setdefault(key, (name, type_name))
                kb.max_words = max(kb.max_words, len(key.split()))
        return kb

    @property
    def digest(self) -> str:
        text = "\n".join(f"{k}\t{v[0]}\t{v[1]}" for k, v in sorted(self.names.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:8]
