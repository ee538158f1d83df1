"""Names inside names and one kind per name: parts, seats, things of a place, harmony.

After overlaps are settled: "<Place> noodles" is a thing of the place; branches, "<Brand>
<Country>" and a leading city in a company's name give partOf and locatedIn facts; a one-word
"person" that begins an organization's name is that organization; places named inside event
or cluster titles stay mentions. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from kgbuilder.extract.finder_base import (
    FinderBase,
)
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import clean_name, loose_key


class NameParts(FinderBase):
    """Facts stated by names, and one kind per name."""

    def _things(self, accepted: list[Found]) -> list[Found]:
        """A place followed by a word of the thing list is a named thing ("<Place> noodles")."""
        text = self.text
        out = []
        for found in accepted:
            if found.kind is Kind.PLACE and not found.demonym:
                rest = text[found.end : found.end + 30]
                match = re.match(r"(?:['’]s)?\s+([a-z][a-z ]{1,20}?)\b(?=[\s,.;:!?)]|$)", rest)
                head = None
                if match:
                    words = match.group(1).split()
                    for n in (2, 1):
                        if len(words) >= n and " ".join(words[:n]) in self.lex.thing_heads:
                            head = " ".join(words[:n])
                            break
                if head is not None and not rest.startswith(("'", "’")):
                    end = found.end + rest.index(head) + len(head)
                    thing = Found(
                        found.start,
                        end,
                        clean_name(text[found.start : end]),
                        "Thing",
                        "thing",
                        0.75,
                    )
                    if not any(
                        o.overlaps(thing) and o is not found and not o.inside(thing)
                        for o in accepted
                    ):
                        out.append(thing)
                        found.nested = True
            out.append(found)
        return out

    def _org_parts(self, accepted: list[Found]) -> list[Found]:
        """Branches, "<Brand> <Country>" and a leading place name in organization names."""
        parts = [p for p in self.found if any(p.inside(a) and p is not a for a in accepted)]
        pool = accepted + parts
        places = {loose_key(f.name): f for f in pool if f.kind is Kind.PLACE and not f.demonym}
        short_places: dict[str, Found] = {}
        for f in pool:
            if f.kind is Kind.PLACE and self._admin_suffix(f.name) and len(f.name.split()) > 1:
                short_places.setdefault(loose_key(" ".join(f.name.split()[:-1])), f)
        org_names = [f for f in pool if f.kind is Kind.ORGANIZATION]
        extra: list[Found] = list(parts)
        work = [f for f in accepted if not f.nested and not f.demonym] + [
            p for p in parts if p.kind is Kind.ORGANIZATION
        ]
        while work:
            org = work.pop(0)
            if org.kind not in (Kind.ORGANIZATION, Kind.PLACE, Kind.INDUSTRY_CLUSTER):
                continue
            span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            tokens = list(span)
            words = [t.lower_ for t in tokens]
            if (
                org.kind is Kind.ORGANIZATION
                and words[-1] in self.lex.branch_heads
                and len(tokens) >= 3
            ):
                for width in (2, 1):
                    place_toks = tokens[-1 - width : -1]
                    if len(place_toks) < width or len(tokens) - 1 - width < 1:
                        continue
                    name = " ".join(t.text for t in place_toks)
                    place = self._place(name)
                    if place is None:
                        continue
                    place_found = self._token_found(
                        place_toks, self._place_type(name, place), nested=True
                    )
                    parent = self._token_found(tokens[: -1 - width], "Organization", nested=True)
                    extra += [place_found, parent]
                    work.append(parent)
                    self.facts.append((org, "locatedIn", place_found, "branch-name", 0.85))
                    self.facts.append((org, "partOf", parent, "branch-name", 0.85))
                    break
                continue
            if org.kind is Kind.ORGANIZATION:
                tail = self._place(tokens[-1].text)
                if (
                    tail is not None
                    and tail.feature == "country"
                    and tokens[-1].text[:1].isupper()
                    and not self._mission(org.name)
                ):
                    place_found = self._token_found(tokens[-1:], "Country", nested=True)
                    extra.append(place_found)
                    self.facts.append((org, "locatedIn", place_found, "brand-country", 0.8))
                    base = loose_key(" ".join(t.text for t in tokens[:-1]))
                    for other in org_names:
                        key = loose_key(other.name)
                        if other is not org and (base + " ").startswith(key + " "):
                            self.facts.append((org, "partOf", other, "brand-country", 0.75))
                    continue
            venue = org.type == "CivicStructure"
            if (org.kind is Kind.ORGANIZATION or venue) and words[0] not in self.lex.org_heads:
                for width in (2, 1):
                    if (
                        len(tokens) <= width
                        or not self._seat_word(tokens[width])
                        or not self._seat_word(tokens[width - 1])
                    ):
                        continue
                    key = loose_key(" ".join(t.text for t in tokens[:width]))
                    target_place = places.get(key)
                    if (
                        target_place is not None
                        and key != loose_key(org.name)
                        and not target_place.inside(org)
                        and target_place.type not in ("Country", "Continent")
                    ):  # "<City> Tianfu Foods" is in the city; "<Country> Traders Association"
                        # is said to be national, not seated
                        place_found = self._token_found(
                            tokens[:width], target_place.type, nested=True
                        )
                        place_found.name = target_place.name
                        extra.append(place_found)
                        self.facts.append((org, "locatedIn", place_found, "leading-place", 0.7))
                        break
            if (
                org.kind in (Kind.PLACE, Kind.INDUSTRY_CLUSTER)
                and not venue
                and not self._admin_suffix(org.name)
                and self._seat_word(tokens[1])
            ):
                target = short_places.get(loose_key(tokens[0].text))
                if target is not None and target is not org:
                    self.facts.append((org, "locatedIn", target, "leading-place", 0.7))
                    extra.append(
                        Found(
                            tokens[0].idx,
                            tokens[0].idx + len(tokens[0].text),
                            target.name,
                            target.type,
                            "name-part",
                            0.7,
                            nested=True,
                        )
                    )
        return accepted + [f for f in extra if f not in accepted]

    def _seat_word(self, tok: Any) -> bool:
        """May the word after a leading place name say the place is the seat ("<City> Tianfu
        Foods")? Not a hyphen ("<A>-<B> Economic Circle" spans both places) nor a word of
        jurisdiction ("<Province> Provincial People's Government" governs it)."""
        return tok.text not in ("-", "–") and tok.lower_ not in self.lex.jurisdiction_words

    def _token_found(self, tokens: list[Any], type_name: str, *, nested: bool) -> Found:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Found(
            start,
            end,
            clean_name(self.text[start:end]),
            type_name,
            "name-part",
            0.8,
            nested=nested,
        )

    def _harmonise(self, accepted: list[Found]) -> list[Found]:
        """One kind per name: a lone word that begins an organization's name is that organization."""
        persons_multi = [f for f in accepted if f.kind is Kind.PERSON and len(f.name.split()) > 1]
        person_words = {w.casefold() for f in persons_multi for w in f.name.split()}
        org_first = {
            f.name.split()[0].casefold()
            for f in accepted
            if f.kind is Kind.ORGANIZATION and len(f.name.split()) > 1
        }
        org_names = {loose_key(f.name) for f in accepted if f.kind is Kind.ORGANIZATION}
        venues = {
            loose_key(p.name)
            for p in self.found
            if p.type == "CivicStructure" and any(p.inside(a) for a in accepted)
        }
        for f in accepted:
            if f.kind in (Kind.PERSON, Kind.ORGANIZATION) and loose_key(f.name) in venues:
                f.type = "CivicStructure"  # "visitors to <Name>" of "the <Name> exhibition center"
                continue
            if f.kind is Kind.PERSON and f.rule == "ner":
                word = f.name.casefold()
                if (
                    len(f.name.split()) == 1 and word in org_first and word not in person_words
                ) or loose_key(f.name) in org_names:
                    f.type = "Organization"
                    f.confidence = 0.7
        votes: dict[str, Counter[str]] = {}
        for f in accepted:
            if not f.demonym and not f.nested:
                votes.setdefault(loose_key(f.name), Counter())[f.type] += f.priority
        for f in accepted:
            counter = votes.get(loose_key(f.name))
            if counter and f.rule == "ner" and len(counter) > 1:
                best = counter.most_common(1)[0][0]
                f.type = best
        return accepted

    def _nested_places(self, accepted: list[Found], candidates: list[Found]) -> list[Found]:
        """Places named inside an event or cluster title stay mentions of those places."""
        out = list(accepted)
        for outer in accepted:
            if outer.kind not in (Kind.EVENT, Kind.INDUSTRY_CLUSTER, Kind.OTHER):
                continue
            for inner in candidates:
                if (
                    inner is not outer
                    and inner.kind is Kind.PLACE
                    and inner.inside(outer)
                    and inner not in out
                    and self.gaz.lookup(inner.name) is not None
                    and not any(o.start == inner.start and o.end == inner.end for o in out)
                ):
                    inner.nested = True
                    out.append(inner)
        return out
