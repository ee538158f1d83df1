"""A place's government, and the offices of that government, are in the place they govern.

"Lagos State Government", "the Provincial Government of Laguna", "HCM City People's Committee",
"the City of Niš", "Gauteng Department of Economic Development", "the Information Office of the
<City> Municipal People's Government": the name says which place the body governs, and the
body sits there. A party's committee ("the CPC <City> Municipal Committee") is a party's, not
the place's government, and a country's ministries are left to what the text says of them.
"""

from __future__ import annotations

import re

from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence, sentence_of
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

_PLACE = r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}?)"
_RANK = r"(?:(?:State|Provincial|Municipal|City|Regional|County|District|Metropolitan) )?"
#: what follows a place's name in its government's: "<State> State Government", "<City>
#: People's Committee", "<Province> Department of <X>"
_GOVERNMENT_AFTER_PLACE = re.compile(
    rf"^{_RANK}(?:[Gg]overnment|People['’]s (?:Government|Committee)|"
    r"(?:Department|Ministry|Bureau|Commission) of [A-Z]|Regional Council|City Hall)"
)
#: the government of a place named after "of", and an office of a town's government
_GOVERNMENT_OF_PLACE = (
    # "Provincial Government of <Province>", "City of <Town>", "Municipality of <Town>"
    re.compile(rf"^{_RANK}(?:Government|City|Municipality|Town|County) of (?:the )?{_PLACE}$"),
    # "<Office> of the <City> Municipal People's Government"
    re.compile(
        rf"^(?:[A-Z][\w'’-]* ){{1,5}}(?:Office|Department|Bureau|Commission) of the {_PLACE} "
        r"(?:Municipal|Provincial|City|County|District) People['’]s Government$"
    ),
)
#: names of a party's bodies, which govern no place
_PARTY = re.compile(r"\b(?:CPC|CCP|Communist Party|Party)\b")


def governments_in_their_places(
    found: list[Found], relations: list[FoundRelation], sentences: list[EncodedSentence]
) -> list[FoundRelation]:
    """Each government body of the text in the place it governs, when the text names the
    place for itself and says nothing else of where the body is."""
    places: dict[str, Found] = {}
    for f in found:
        if (
            f.kind is Kind.PLACE
            and not f.nested
            and not f.demonym
            and f.type not in ("Country", "Continent")
        ):
            places.setdefault(loose_key(f.name), f)
    if not places:
        return []
    seated = {r.subject.name for r in relations if r.label == "locatedIn"}
    out: list[FoundRelation] = []
    for f in sorted(found, key=lambda f: f.start):
        if f.kind is not Kind.ORGANIZATION or f.nested or f.name in seated:
            continue
        if _PARTY.search(f.name):
            continue
        place = _governed_place(f.name, places)
        if place is None:
            continue
        sentence = sentence_of(sentences, f.start)
        if sentence is None:
            continue
        seated.add(f.name)
        out.append(FoundRelation(f, "locatedIn", place, "government-place", 0.65, sentence))
    return out


def _governed_place(name: str, places: dict[str, Found]) -> Found | None:
    """The place of the text a government body's name says it governs (the longest name of a
    place the text names: "Lagos State", not "Lagos", in "Lagos State Government")."""
    words = name.split()
    for width in range(min(4, len(words) - 1), 0, -1):
        place = places.get(loose_key(" ".join(words[:width])))
        if place is not None and _GOVERNMENT_AFTER_PLACE.match(" ".join(words[width:])):
            return place
    for pattern in _GOVERNMENT_OF_PLACE:
        match = pattern.match(name)
        if match is None:
            continue
        written = match.group("place")
        for candidate in (written, re.sub(r" (?:State|Province|City)$", "", written)):
            place = places.get(loose_key(candidate))
            if place is not None:
                return place
    return None
