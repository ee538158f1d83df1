"""Places named in a list with other places: "covers Chachoengsao, Chon Buri and Rayong".

The model misses or mislabels the less familiar names of a list ("Chachoengsao" a work of art,
"Chon Buri" nothing at all) though it reads the familiar one as a place. A list is of one kind:
a name the gazetteer knows as a town or a province, in a list with a place, is a place.
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
#: kinds the model gives a place it does not know (an organization keeps its kind: "Samsung,
#: LG and Seoul National University" lists bodies)
_RETYPED = (Kind.PERSON, Kind.OTHER)


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
        for (at, _), written in sorted(lists.items()):
            items = [(at + m.start(), at + m.end(), m.group()) for m in _ITEM.finditer(written)]
            if not any((start, end) in places for start, end, _ in items):
                continue
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
                    f.start == start and f.end == end and f.kind in _RETYPED and f.rule == "ner"
                    for f in over
                ):
                    for f in over:
                        f.type, f.confidence = self._place_type(name, place), 0.7
        return out
