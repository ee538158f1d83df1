"""An office named with its town: "the <Agency> Trade Office in Tokyo".

Agencies and chambers name their offices abroad by the town they are in ("<Agency> Foreign Trade
Office in Seoul", "<Chamber> Representative Office in Lagos"). NER stops at "Office"; the town
belongs to the name (it tells one office from the agency's others), and the name says where the
office is and whose it is.
"""

from __future__ import annotations

import re

from kgbuilder.extract.finder_base import FinderBase
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

#: the last words of an office's name ("Trade Office", "Representative Office", "Branch")
_OFFICE_WORDS = frozenset({"office", "branch", "representation", "bureau", "desk"})
_IN = re.compile(r" in (?:the )?")


class OfficeNames(FinderBase):
    """Offices and branches named with the town they are in."""

    def _offices_in_towns(self, accepted: list[Found]) -> list[Found]:
        """ "<Agency> Trade Office in Tokyo": where the text names the agency whose name (or
        acronym) opens the office's, the town joins the office's name (and stays a mention of its
        own), and the office is in the town and part of the agency. An office no agency of the
        text opens ("the Home Office in London") keeps its name."""
        places = {
            f.start: f
            for f in accepted
            if f.kind is Kind.PLACE and not f.nested and not f.demonym and f.type not in VENUE_TYPES
        }
        orgs = [f for f in accepted if f.kind is Kind.ORGANIZATION and not f.nested]
        for office in orgs:
            words = office.name.split()
            if len(words) < 2 or words[-1].casefold() not in _OFFICE_WORDS:
                continue
            if not words[0][:1].isupper():
                continue
            joined = _IN.match(self.text, office.end)
            town = places.get(joined.end()) if joined is not None else None
            if town is None:
                continue
            parent = next(
                (
                    o
                    for o in orgs
                    if o is not office
                    and len(o.name.split()) < len(words)
                    and f"{loose_key(office.name)} ".startswith(f"{loose_key(o.name)} ")
                ),
                None,
            )
            if parent is None:
                continue  # "the Home Office in London": a body of its own, not an agency's office
            office.end = town.end
            office.name = self.text[office.start : office.end]
            town.nested = True
            self.facts.append((office, "locatedIn", town, "office-in-town", 0.8))
            self.facts.append((office, "partOf", parent, "office-in-town", 0.75))
        return accepted
