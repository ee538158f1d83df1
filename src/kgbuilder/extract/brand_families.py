"""Companies of one family, told by their names: "<Brand> Mongolia LLC" beside "<Province> <Brand>
Agri-Food Co., Ltd.", "<Brand> Electric Central Asia Branch" beside "<City> <Brand> Electric Co.".

A reader takes the first for the second's arm abroad, as the article's annotators do, whether or
not a sentence says "its subsidiary". The name rules of ``name_parts`` join an arm to a parent
named by the brand alone or first ("<Brand> Electric"); here the parent opens with its home place.
An arm is an organization whose name opens with a brand word and names a country or a region of
the world, or ends with a branch word or a foreign legal form; its parent is the one other
organization whose name opens with its home place (a city or a province) and then the same brand,
and names no country, region or branch: a first word shared without the place ("United Bank for
Africa", "United Airlines") says nothing. A company named like a group's ("<Brand> Liquor Import
and Export Co." beside "<Province> <Brand> Liquor Group") is that group's, when the group is the
only one. Government bodies and names whose first word is a place are no arms.
"""

from __future__ import annotations

from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import Gazetteer
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

RULE = "brand-family"
CONFIDENCE = 0.6
#: legal forms a company at home and its arm abroad may both have: they tell neither apart
HOME_FORMS = frozenset(
    {"co.", "co", "ltd.", "ltd", "inc.", "inc", "corp.", "corp", "limited", "company", "plc"}
)


def _one_parent(parents: list[Found]) -> Found | None:
    """The parent, when the candidates are one company written several ways (its full name,
    short forms inside it): the longest; None when they are different companies."""
    if not parents:
        return None
    longest = max(parents, key=lambda f: (len(f.name), -f.start))
    whole = f" {loose_key(longest.name)} "
    if all(f" {loose_key(p.name)} " in whole for p in parents):
        return longest
    return None


class BrandFamilies:
    """``partOf`` between the organizations of one document that share a brand."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lex = lexicon
        self.gaz = gazetteer

    def read(
        self, found: list[Found], relations: list[FoundRelation], sentences: list[EncodedSentence]
    ) -> list[FoundRelation]:
        first: dict[str, Found] = {}
        for f in sorted(found, key=lambda f: f.start):
            if f.kind is Kind.ORGANIZATION and not f.nested and not f.anaphor:
                first.setdefault(loose_key(f.name), f)
        companies = {key: f for key, f in first.items() if self._company(f.name)}
        brands = {key: self._brand(f.name) for key, f in companies.items()}
        if not any(brands.values()):
            return []
        abroad = {key: self._abroad(f.name) for key, f in companies.items()}
        grouped = {key: self._group(f.name) for key, f in companies.items()}
        joined = {
            frozenset((loose_key(r.subject.name), loose_key(r.object.name)))
            for r in relations
            if r.label in ("partOf", "acquired")
        }
        # a joint venture whose owners a sentence names ("<J> will be 51 percent owned by <A>")
        # is not given another parent by its name
        placed = {
            loose_key(r.subject.name)
            for r in relations
            if r.label == "partOf" and r.rule in ("owned-shares", "joint-venture")
        }
        out: list[FoundRelation] = []
        for key, arm in companies.items():
            brand = brands[key]
            if brand is None or key in placed:
                continue
            of_group = not abroad[key] and not grouped[key]
            parents = [
                other
                for other_key, other in companies.items()
                if other_key != key
                and not abroad[other_key]
                and (abroad[key] or (of_group and grouped[other_key]))
                and self._opens_with(other.name, brand)
                and not other_key.startswith(key + " ")  # the arm's own name with more words
                and not key.startswith(other_key + " ")  # or with fewer ("<X> d.o.o.", "<X>")
            ]
            parent = _one_parent(parents)
            if parent is None or frozenset((key, loose_key(parent.name))) in joined:
                continue
            sentence = next((s for s in sentences if s.start <= arm.start < s.end), None)
            if sentence is not None:
                out.append(FoundRelation(arm, "partOf", parent, RULE, CONFIDENCE, sentence))
        return out

    def _words(self, name: str) -> list[str]:
        return [w.strip(",()") for w in name.split() if w.strip(",()")]

    def _company(self, name: str) -> bool:
        """A company, not a government body, chamber or school."""
        words = {w.casefold() for w in self._words(name)}
        return not words & self.lex.non_company_heads

    def _brand(self, name: str) -> str | None:
        """The word a name opens with (after a legal prefix) when it is a brand: capitalised,
        a word of letters, no place, no word of the lexicon."""
        words = self._words(name)
        if words and words[0].casefold() in self.lex.legal_prefixes:
            words = words[1:]
        if not words:
            return None
        word = words[0]
        if not (word.isalpha() and word[:1].isupper() and len(word) >= 3) or word.isupper():
            return None
        low = word.casefold()
        if low in self.lex.demonyms or low in self.lex.compass_words or low in self.lex.org_heads:
            return None  # "Group Lotus", "Central ...", "Chinese ..."
            return None
        if low in self.lex.industry_words or self.gaz.lookup(word) is not None:
            return None
        return low

    def _opens_with(self, name: str, brand: str) -> bool:
        """Does the name open with its home place (one or two words) and then the brand? Without
        the place, a shared first word says little ("United Airlines", "Siemens Healthineers")."""
        words = [w.casefold() for w in self._words(name)]
        for skip in (1, 2):
            if len(words) <= skip + 1:
                return False
            place = self.gaz.lookup(" ".join(self._words(name)[:skip]))
            if place is not None and place.feature in ("city", "admin1") and words[skip] == brand:
                return True
        return False

    def _abroad(self, name: str) -> bool:
        """Does the name name a country or a region of the world, end with a branch word, or
        with a legal form of another country than a "Co., Ltd." ("SARL", "Kft.", "FZE")?"""
        words = self._words(name)
        if words and words[-1].casefold() in self.lex.branch_heads:
            return True
        if words and words[-1].casefold() in self.lex.legal_suffixes - HOME_FORMS:
            return True
        if words and words[0].casefold() in self.lex.legal_prefixes:
            return True
        for width in (2, 1):
            for i in range(1, len(words) - width + 1):
                part = " ".join(words[i : i + width])
                if part.casefold() in self.lex.world_regions:
                    return True
                place = self.gaz.lookup(part, feature="country") if part[:1].isupper() else None
                if place is not None or self.gaz.lookup(part, feature="continent") is not None:
                    return True
        return False

    def _group(self, name: str) -> bool:
        return "group" in (w.casefold() for w in self._words(name))
