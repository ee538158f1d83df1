"""Places named in a list or an address with other places: "covers Chachoengsao, Chon Buri
and Rayong", "in Cikarang, Bekasi Regency, West Java".

The model misses or mislabels the less familiar names of a list ("Chachoengsao" a work of art,
"Chon Buri" nothing at all) though it reads the familiar one as a place. A list is of one kind:
a name the gazetteer knows as a town or a province, in a list with a place, is a place. An
address goes from the smallest place to the largest: after a town and a comma, a name ending in
a division's word ("Bekasi Regency", "Ñuble Region") is a division, and the name after it a
province or a country the gazetteer knows.
"""

from __future__ import annotations

import re

from kgbuilder.extract.finder_base import FinderBase
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
#: "<A>, <B> and <C>", "<A> and <B>": capitalised names joined by commas and one "and"/"or"
_LIST = re.compile(rf"(?<![\w'’-])(?:{_NAME}, )+{_NAME},? (?:and|or) {_NAME}(?![\w'’-])")
_ITEM = re.compile(_NAME)
#: "<Town>, <X> Regency(, <Province>)": a division after a town, maybe its province after it
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-ž]"  # (a capital of the Latin alphabets: "Ñuble", "Łódź")
_ADDRESS = re.compile(
    rf", (?P<b>(?:{_UPPER}[\w'’-]* ){{1,2}}(?:Region|Province|Regency|District|County|"
    r"Prefecture|State|Oblast|Governorate|Municipality))(?![\w'’-])"
    rf"(?:, (?P<c>{_UPPER}[\w'’-]*(?: {_UPPER}[\w'’-]*){{0,2}})(?![\w'’-]))?"
)
#: words before a list of places ("in", "from", "covers") and after one ("counties")
_PLACE_BEFORE = re.compile(r"\b(?:in|from|across|covers|cover|covering|to|and)\s+$")
_DIVISIONS_AFTER = re.compile(
    r" (?:counties|provinces|regions|districts|states|prefectures|regencies|cities|towns)\b"
)


#: what may follow a pair of towns: the end of its phrase, not a verb of theirs
_PAIR_ENDS = re.compile(r"\s*(?:[,.;:)]|$|which\b|where\b|in\b|and\b|have\b|are\b)")
#: how big a town must be to be read as one beside another of its country, over NER's word
_PAIRED_TOWN = 100_000


class ListedPlaces(FinderBase):
    """Towns and provinces named in a list with places."""

    def _places_listed_with_places(self, accepted: list[Found]) -> list[Found]:
        """Each name of a list of three or more that holds a place the text found is a place
        when the gazetteer knows a town, province or country by exactly that name."""
        places = {(f.start, f.end) for f in accepted if f.kind is Kind.PLACE and not f.demonym}
        if not places:
            return accepted
        out = list(accepted)
        # a list holds a place: read only the stretches of text around the places
        stretches: list[list[int]] = []
        for start, end in sorted(places):
            if stretches and start - 160 <= stretches[-1][1]:
                stretches[-1][1] = end + 160
            else:
                stretches.append([max(0, start - 160), end + 160])
        lists: dict[tuple[int, int], str] = {}
        text = self.text
        for opened, closed in stretches:
            while closed < len(text) and not text[closed].isspace():
                closed += 1  # (a stretch never ends inside a word)
            for listed in _LIST.finditer(text, opened, closed):
                lists[(listed.start(), listed.end())] = listed.group()
        for (at, last), written in sorted(lists.items()):
            items = [(at + m.start(), at + m.end(), m.group()) for m in _ITEM.finditer(written)]
            if not any((start, end) in places for start, end, _ in items):
                continue
            # a "person" of the list is a town only where the list stands as places do ("in
            # <A>, <B> and <C>", "<A>, <B> and <C> counties"; not "children <A>, <B> and <C>")
            placed = _PLACE_BEFORE.search(text[max(0, at - 12) : at]) is not None or (
                _DIVISIONS_AFTER.match(text, last) is not None
            )
            for start, end, name in items:
                if (start, end) in places:
                    continue
                place = self._place(name)
                if place is None or place.name != name or place.feature == "continent":
                    continue
                over = [f for f in out if f.start < end and start < f.end]
                if not over:
                    out.append(
                        Found(start, end, name, self._place_type(name, place), "listed-place", 0.7)
                    )
                elif all(
                    f.start == start
                    and f.end == end
                    and (f.kind is Kind.OTHER or (f.kind is Kind.PERSON and placed))
                    and f.rule == "ner"
                    for f in over
                ):
                    for f in over:
                        f.type, f.confidence = self._place_type(name, place), 0.7
        return out

    def _towns_paired(self, accepted: list[Found]) -> list[Found]:
        """ "the two hubs of <Town> and <Town2>": a one-word name NER read as an organization,
        joined by "and" to a town the text found, is a town when the gazetteer knows a sizeable
        one by exactly that name in the same country."""
        towns = {f.end: f for f in accepted if f.kind is Kind.PLACE and not f.demonym}
        if not towns:
            return accepted
        by_start = {f.start: f for f in accepted}
        for end, town in towns.items():
            other = by_start.get(end + 5) if self.text[end : end + 5] == " and " else None
            if (
                other is None
                # (a pair that acts is no pair of towns: "<Town> and Toyota signed a deal")
                or not _PAIR_ENDS.match(self.text, other.end)
                or other.kind is not Kind.ORGANIZATION
                or other.rule != "ner"
                or " " in other.name
                or self.text[other.end : other.end + 1].isalnum()
            ):
                continue
            first, second = self._place(town.name), self._place(other.name)
            if (
                first is not None
                and second is not None
                and second.name == other.name
                and second.feature == "city"
                and second.population >= _PAIRED_TOWN
                and second.country_code == first.country_code
            ):
                other.type, other.confidence = self._place_type(other.name, second), 0.7
        return accepted

    def _address_places(self, accepted: list[Found]) -> list[Found]:
        """ "in Cikarang, Bekasi Regency, West Java", "based in Chillán, Ñuble Region": after a
        town the text found, a name ending in a division's word is that division, and a name
        after it that the gazetteer knows as a province or a country is that place, whatever
        NER read (an organization, a person) or missed."""
        out = list(accepted)
        for town in accepted:
            if town.kind is not Kind.PLACE or town.demonym or town.nested:
                continue
            address = _ADDRESS.match(self.text, town.end)
            if address is None:
                continue
            start, end = address.span("b")
            self._take_place(out, start, end, address.group("b"), "AdministrativeArea")
            if address.group("c") is not None:
                name = address.group("c")
                place = self._place(name)
                if (
                    place is not None
                    and place.name == name
                    and place.feature
                    in (
                        "admin1",
                        "country",
                    )
                ):
                    c_start, c_end = address.span("c")
                    self._take_place(out, c_start, c_end, name, self._place_type(name, place))
        return out

    def _take_place(self, out: list[Found], start: int, end: int, name: str, kind: str) -> None:
        """Make the span a place: a new mention where nothing overlaps it, the same span read
        as an organization or a person retyped; anything else is left as it is."""
        over = [f for f in out if f.start < end and start < f.end]
        if not over:
            out.append(Found(start, end, name, kind, "listed-place", 0.7))
        elif all(
            f.start == start
            and f.end == end
            and f.kind in (Kind.ORGANIZATION, Kind.PERSON, Kind.OTHER)
            and f.rule == "ner"
            # ("In Washington, State Department spokesman ...": a body, not a division)
            and not any(w.casefold() in self.lex.org_heads for w in f.name.split())
            for f in over
        ):
            for f in over:
                f.type, f.confidence = kind, 0.7
