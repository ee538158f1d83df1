"""A national ministry named without its country is the ministry of the country the report
is filed from, or of the country its officials are said to be from.

"... said the Ministry of Trade and Industry (MoTI) would ensure ..." in a report datelined
Accra is Ghana's ministry; "Deputy Minister Ali Yilmaz of the Ministry of Trade" with "the
Turkish official" is Türkiye's. The name itself says no more than that it is some state's
ministry, so only a country the text names for itself is taken, and none when the text gives
no sign which state it is.
"""

from __future__ import annotations

import re

from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence, sentence_of
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import Gazetteer
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

#: "Ministry of Trade", "Federal Ministry of Industry, Trade and Investment", "State
#: Department for Trade", "Department of Trade and Industry": a state's ministry by its remit
_MINISTRY = re.compile(
    r"^(?:Federal |National |Union )?(?:Ministry|State Department|Department|Undersecretariat)"
    r" (?:of|for) (?!the\b)[A-Z]"
)
#: how sure a seat read from the report's country is
_CONFIDENCE = 0.55


def ministries_in_countries(
    found: list[Found],
    relations: list[FoundRelation],
    sentences: list[EncodedSentence],
    town: Found | None,
    gazetteer: Gazetteer,
) -> list[FoundRelation]:
    """Each ministry named by its remit alone in the country of its officials (their stated
    nationality), else in the country the report is filed from."""
    countries: dict[str, Found] = {}
    for f in found:
        if f.kind is Kind.PLACE and f.type == "Country" and not f.nested and not f.demonym:
            known = gazetteer.lookup(f.name, feature="country")
            if known is not None and known.country_code is not None:
                countries.setdefault(known.country_code, f)
    if not countries:
        return []
    home: Found | None = None
    if town is not None:
        seat = gazetteer.lookup(town.name, hint_countries=countries)
        home = countries.get(seat.country_code or "") if seat is not None else None
    seated = {r.subject.name for r in relations if r.label == "locatedIn"}
    staff: dict[str, set[str]] = {}
    for r in relations:
        if r.label == "worksFor":
            staff.setdefault(r.object.name, set()).add(r.subject.name)
    named = {loose_key(c.name) for c in countries.values()}
    nationality = {
        r.subject.name: r.object
        for r in relations
        if r.label == "nationality" and loose_key(r.object.name) in named
    }
    out: list[FoundRelation] = []
    for f in sorted(found, key=lambda f: f.start):
        if (
            f.kind is not Kind.ORGANIZATION
            or f.nested
            or f.anaphor
            or f.name in seated
            or not _MINISTRY.match(f.name)
            or _names_a_place(f.name, gazetteer)
        ):
            continue
        of_staff = {nationality[p].name for p in staff.get(f.name, ()) if p in nationality}
        country: Found | None = None
        sentence = sentence_of(sentences, f.start)
        if len(of_staff) == 1:
            (name,) = of_staff
            country = next(c for c in countries.values() if c.name == name)
        elif (
            not of_staff
            and sentence is not None
            and not _other_state_near(f, sentence, home, gazetteer)
        ):
            country = home
        if country is None or sentence is None:
            continue
        seated.add(f.name)
        out.append(
            FoundRelation(f, "locatedIn", country, "ministry-country", _CONFIDENCE, sentence)
        )
    return out


def _other_state_near(
    ministry: Found, sentence: EncodedSentence, home: Found | None, gazetteer: Gazetteer
) -> bool:
    """Does the ministry's sentence name a place right after it ("the Ministry of Finance in
    <Country>"), or another country or people than the report's before it ("The Ugandan
    minister ... of the Ministry of Trade"): a sign it is another state's?"""
    at = next((i for i, u in enumerate(sentence.units) if u.found is ministry), None)
    if at is None:
        return False
    if at + 2 < len(sentence.units):
        after = sentence.units[at + 1].text, sentence.units[at + 2].text
        if after[0] in ("in", "of") and after[1].startswith("«L"):
            return True
    home_code = _code(home.name, gazetteer) if home is not None else None
    for unit in sentence.units[:at]:
        other = unit.found
        if other is None or unit.text[1] not in "LD":
            continue
        code = _code(other.name, gazetteer)
        if code is not None and code != home_code:
            return True
    return False


def _code(name: str, gazetteer: Gazetteer) -> str | None:
    """The country code of a country's name or of its people's ("Ugandan")."""
    place = gazetteer.lookup(name, feature="country")
    return place.country_code if place is not None else None


def _names_a_place(name: str, gazetteer: Gazetteer) -> bool:
    """Does a word of the name, or a run of its capitalised words, name a place ("Ministry of
    Commerce of China", "Department of Economic Development of Gauteng")?"""
    words = [w.strip(",") for w in name.split()]
    for width in (3, 2, 1):
        for at in range(len(words) - width + 1):
            run = words[at : at + width]
            if not all(w[:1].isupper() for w in run):
                continue
            place = gazetteer.lookup(" ".join(run))
            if place is not None and place.feature in ("country", "admin1", "city"):
                if place.feature == "city" and place.population < 100_000:
                    continue  # ("Ministry of Industry and Trade": "Trade" is no town's name)
                return True
    return False
