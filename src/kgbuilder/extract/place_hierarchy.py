"""Places inside places the text names both of, as the gazetteer places them.

News names a town and, elsewhere, its province ("... in Medellín", "... Antioquia wants
partners"), or a province and its country, without writing one beside the other. The
gazetteer says which holds which; the graph keeps the direct tie only (a town in its province,
a province in its country), each with a sentence naming the smaller place (one naming both when
there is one).
"""

from __future__ import annotations

from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import Gazetteer, Place
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

#: how sure a tie read from the gazetteer is (below one a sentence states)
_CONFIDENCE = 0.55


def places_in_named_places(
    found: list[Found],
    relations: list[FoundRelation],
    sentences: list[EncodedSentence],
    gazetteer: Gazetteer,
) -> list[FoundRelation]:
    """Each town the text names in its province, each province in its country, when the text
    names that province or country too and no sentence already says so."""
    named: dict[str, Found] = {}
    for f in sorted(found, key=lambda f: f.start):
        if f.kind is Kind.PLACE and not f.nested and not f.demonym and not f.anaphor:
            named.setdefault(loose_key(f.name), f)
    countries: dict[str, Found] = {}
    for f in named.values():
        if f.type == "Country":
            country = gazetteer.lookup(f.name, feature="country")
            if country is not None and country.country_code is not None:
                countries.setdefault(country.country_code, f)
    if not countries:
        return []
    codes = frozenset(countries)
    divisions: dict[tuple[str, str], Found] = {}
    for f in named.values():
        if f.type in ("AdministrativeArea", "Place"):
            area = gazetteer.lookup(f.name, feature="admin1", hint_countries=codes)
            if area is not None and area.division_key is not None and area.country_code in codes:
                divisions.setdefault(area.division_key, f)
    held = {(r.subject.name, r.object.name) for r in relations if r.label == "locatedIn"}
    # a place the text puts in a smaller area than a country ("Pinhais, in the Metropolitan
    # Region of <City>"): the direct tie is the text's
    inside = {
        r.subject.name
        for r in relations
        if r.label == "locatedIn" and r.object.kind is Kind.PLACE and r.object.type != "Country"
    }
    out: list[FoundRelation] = []
    for f in named.values():
        outer = _direct_container(f, gazetteer, codes, divisions, countries)
        if outer is None or outer.name == f.name or (f.name, outer.name) in held:
            continue
        if f.name in inside:
            continue
        sentence = _evidence(sentences, f, outer)
        if sentence is not None:
            out.append(
                FoundRelation(f, "locatedIn", outer, "gazetteer-place", _CONFIDENCE, sentence)
            )
    return out


def _direct_container(
    place: Found,
    gazetteer: Gazetteer,
    codes: frozenset[str],
    divisions: dict[tuple[str, str], Found],
    countries: dict[str, Found],
) -> Found | None:
    """The named place that directly holds ``place``: a town's province when the text names
    it; a province's country. (A town with no province named is left to what the text says:
    a report names its towns' countries for some, not all.)"""
    known: Place | None = None
    if place.type == "City":
        known = gazetteer.lookup(place.name, feature="city", hint_countries=codes)
        if known is None or known.country_code not in codes:
            return None
        if known.division_key is not None and known.division_key in divisions:
            return divisions[known.division_key]
        return None
    if place.type in ("AdministrativeArea", "Place"):
        known = gazetteer.lookup(place.name, feature="admin1", hint_countries=codes)
        if known is None or known.division_key not in divisions:
            return None  # (a division the text does not name for itself, or none at all)
        return countries.get(known.country_code or "")
    return None


def _evidence(
    sentences: list[EncodedSentence], inner: Found, outer: Found
) -> EncodedSentence | None:
    """A sentence naming both places, else the one that first names the smaller."""
    first: EncodedSentence | None = None
    for sentence in sentences:
        names = {f.name for f in sentence.mentions("L")}
        if inner.name in names and outer.name in names:
            return sentence
        if first is None and sentence.start <= inner.start < sentence.end:
            first = sentence
    return first
