"""The word lists of the rule components (``data/lexicon.yaml``, ``data/demonyms.tsv``), read once.

Lists are general vocabulary (job titles, organization heads, event nouns, demonyms); what is
known about particular entities comes from the knowledge base, never from code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml


@dataclass(frozen=True)
class Lexicon:
    """Lower-cased word sets (multi-word entries keep their spaces) and the demonym table."""

    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    org_heads: frozenset[str]
    branch_heads: frozenset[str]
    admin_suffixes: frozenset[str]
    event_heads: frozenset[str]
    event_anaphors: frozenset[str]
    event_presence: frozenset[str]
    cluster_heads_lower: tuple[str, ...]
    cluster_heads_title: tuple[str, ...]
    thing_heads_title: frozenset[str]
    thing_heads: frozenset[str]
    landmark_heads: frozenset[str]
    company_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    market_nouns: frozenset[str]
    presence_nouns: frozenset[str]
    presence_verbs: frozenset[str]
    acquisition_verbs: frozenset[str]
    acquisition_nouns: frozenset[str]
    investment_verbs: frozenset[str]
    investment_nouns: frozenset[str]
    organizer_verbs: frozenset[str]
    org_descriptors: frozenset[str]
    org_anaphors: frozenset[str]
    venue_heads: frozenset[str]
    seat_heads: frozenset[str]
    jurisdiction_words: frozenset[str]
    industry_words: frozenset[str]
    cluster_place_heads: frozenset[str]
    place_titles: frozenset[str]
    mission_heads: frozenset[str]
    non_company_heads: frozenset[str]
    not_posts: frozenset[str]
    portfolio_titles: frozenset[str]
    person_nouns: frozenset[str]
    world_regions: frozenset[str]
    place_nouns: frozenset[str]
    division_heads: frozenset[str]
    compass_words: frozenset[str]
    org_heads_initial: frozenset[str]
    cluster_heads_initial: frozenset[str]
    event_heads_initial: frozenset[str]
    bracket_non_names: frozenset[str]
    legal_prefixes: frozenset[str]
    legal_suffixes: frozenset[str]
    legal_tails: frozenset[str]
    org_possessions: frozenset[str]
    body_modifiers: frozenset[str]
    plain_abbreviations: frozenset[str]
    floor_plan_words: frozenset[str]
    demonyms: dict[str, str]  # "chilean" -> "Chile"

    @property
    def digest(self) -> str:
        """A short hash of the lists, part of the extractor's version."""
        import hashlib

        parts = []
        for key, value in sorted(self.__dict__.items()):
            items = sorted(value.items()) if isinstance(value, dict) else sorted(value)
            parts.append(f"{key}={items!r}")
        text = "\n".join(parts)
        return hashlib.sha256(text.encode()).hexdigest()[:8]


def _words(raw: dict[str, list[str]], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in raw[key])


def _plural(demonym: str) -> str | None:
    """ "Greeks", "Kazakhs", "Thais"; None for demonyms that are their own plural ("Chinese",
    "Swiss") or take none ("Turkish", "French")."""
    if demonym.endswith(("sh", "ch", "ese", "s", "x", "z")) or " " in demonym:
        return None
    return demonym + "s"


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with kgbuilder."""
    data = resources.files("kgbuilder.extract").joinpath("data")
    raw = yaml.safe_load(data.joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    demonyms: dict[str, str] = {}
    for line in data.joinpath("demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            demonym, place = line.split("\t")
            demonyms[demonym.casefold()] = place
    for demonym, place in list(demonyms.items()):  # "few Greeks knew": the people, plural
        plural = _plural(demonym)
        if plural is not None:
            demonyms.setdefault(plural, place)
    sets = {
        key: _words(raw, key)
        for key in raw
        if key not in ("cluster_heads_lower", "cluster_heads_title")
    }
    return Lexicon(
        cluster_heads_lower=tuple(sorted(raw["cluster_heads_lower"], key=len, reverse=True)),
        cluster_heads_title=tuple(sorted(raw["cluster_heads_title"], key=len, reverse=True)),
        demonyms=demonyms,
        **sets,
    )
