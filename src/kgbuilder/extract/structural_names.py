"""Names built from their structure: head words, "of"/"for"/"at" complements, joined words.

"<Head> of <X>" joins an organization's head word to its parent or place ("Publicity Department
of <X>"), a name runs on through "and", a possessive or a bracket when "the" opens it ("the
<X>-<Y> Investment and Trade Forum", "the People's Government of <X>"), a comma list closes a
complement ("for Foreign Trade, Investment and Technology"), a minister's portfolio or a post's
department ("Director of International Affairs at <Org>") is no organization, and a structural
name wins over the cluster it names in its "of" part. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuilder.extract.finder_base import (
    CONNECTORS,
    DETERMINERS,
    HONORIFICS,
    LOCATIVES,
    SUM_OF_MONEY,
    FinderBase,
)
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import LEGAL_WORDS, clean_name

#: a company's board opening a name: "Management Board of <X>", "Board of Directors of the <X>"
_BOARD_OF = re.compile(
    r"(?:(?:Management|Supervisory|Executive) )?Board of (?P<whose>(?:Directors|Trustees) of )?(?:the )?(?=[A-Z])"
)
#: what a board of its own is of: "Board of Governors", "Board of Investment", "Board of Trade"
_BOARDS_OWN_WORDS = frozenset(
    {"Directors", "Governors", "Trustees", "Supervisors", "Regents", "Investment", "Trade"}
    | {"Education", "Health", "Control", "Review", "Appeals", "Revenue", "Customs"}
)
#: what a mission that is a journey, not an embassy, is for ("Trade Mission")
_MISSION_KINDS = frozenset({"trade", "investment", "business", "economic", "commercial", "buying"})
#: a company's board named alone: "Board of Directors", "Management Board"
_BOARD_ALONE = re.compile(
    r"(?:(?:Management|Supervisory|Executive) )?Board(?: of (?:Directors|Trustees|Supervisors))?"
)
#: the last words of a post's field of work ("International Relations", "Investment Promotion")
_FIELDS_OF_WORK = frozenset(
    {"relations", "affairs", "operations", "communications", "sales", "marketing", "finance"}
    | {"promotion", "cooperation", "exchanges", "research", "strategy", "planning", "procurement"}
)
#: a year of this century or the last, as a token
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
#: heads of lines between places, named things only when the name joins places with a hyphen
_INFRASTRUCTURE = frozenset({"railway", "route", "expressway", "highway", "pipeline"})
#: small words inside a Romance-language company name ("<X> do <Y>", "<X> de la <Y>")
_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des"})
#: prepositions that, capitalised at the start of a line, are no first word of a name
_OPENING_PREPOSITIONS = frozenset(
    {"by", "in", "at", "from", "on", "with", "for", "to", "under", "via"}
)


#: title words that open a body's name before its head ("Executive Committee", "Advisory Board")
_BODY_TITLES = frozenset(
    {"executive", "administrative", "supervisory", "advisory", "management", "steering"}
)


def _head_of_before_and(words: list[str], heads: frozenset[str]) -> bool:
    """Does "<head> of" come before the first "and" of a name ("University of Science and
    Technology")?"""
    first_and = words.index("and")
    return any(words[i].casefold() in heads and words[i + 1] == "of" for i in range(first_and - 1))


class StructuralNames(FinderBase):
    """Organization, event and landmark names from head words and their complements."""

    def _title_phrases(self) -> list[Found]:
        """Capitalised phrases ending in an organization, event, landmark or thing head word."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        self._thing_heads_folded = {w.casefold() for w in self.lex.thing_heads_title}
        for i in range(n):
            tok = doc[i]
            low = tok.lower_
            if not tok.text[:1].isupper() and not self._hyphened_head(i):
                continue
            if low.endswith(".") and self._is_legal(tok) and tok.ent_iob_ == "O":
                low = low[:-1]  # "<X> Electric Mobility Co., Ltd.": NER saw no name
            kinds = []
            if low in self.lex.org_heads:
                kinds.append("org")
            if low in self.lex.event_heads or (
                low == "mission"
                and i > 0
                and doc[i - 1].lower_ in _MISSION_KINDS
                # ("the Taiwan Trade Mission in Papua New Guinea": an office seated there)
                and not (i + 1 < n and doc[i + 1].lower_ in ("in", "at", "office"))
            ):
                kinds.append("event")  # ("<Country> Trade and Investment Mission": a journey)
            if low in self.lex.landmark_heads:
                # ("Gliwice City Hall would extend a bus line": the town's government)
                kinds.append("org" if self._city_hall_acting(i) else "landmark")
            if tok.text in self.lex.thing_heads_title or low in self._thing_heads_folded:
                kinds.append("thing")
            if not kinds:
                continue
            # "<X> (Morocco) Expo 2025", "<X> Brands Exhibition Ghana 2024": the edition's
            # year, after its host country or none, closes an event's name
            year_at = self._edition_year_after(i) if "event" in kinds else None
            edition_after = year_at is not None
            if (
                i + 1 < n
                and not edition_after
                and self._namey(i + 1)
                and doc[i + 1].sent == tok.sent
                and doc[i + 1].lower_ not in ("of", "for")
                and not doc[i + 1].is_punct
            ):
                continue  # the head is inside a longer name ("Great Wall Motor")
            legal = self._is_legal(tok)  # "<X> Co. and <Y> Co.": two companies, never one
            if (
                not legal
                and i + 2 < n
                and doc[i + 1].lower_ in ("and", "&")
                and self._head_follows(i + 2)
            ):
                continue  # "<X> Convention and Exhibition Center": the last head names it
            left = i
            while left > 0:
                joined = self._joined_left(left, event="event" in kinds)
                if joined is not None and doc[joined].sent == tok.sent:
                    left = joined  # "Kenya-Uganda Business Council", "China (Guangxi)-ASEAN Fair"
                    continue
                prev = doc[left - 1]
                if (
                    legal
                    and prev.text == "&"
                    and left >= 2
                    and doc[left - 2].is_title
                    and not self._is_legal(doc[left - 2])
                    and prev.sent == tok.sent
                ):
                    left -= 1  # "Procter & Gamble Co.": a name's "&" (not "<X> Ltd. & <Y> Co.")
                    continue
                if legal and prev.lower_ in ("and", "&"):
                    break
                if prev.lower_ in ("and", "&", "of", "for") and prev.sent == tok.sent:
                    bridged = self._bridge_left(left - 1, event="event" in kinds)
                    if bridged is not None:
                        left = bridged  # "the <X>-<Y> Investment and Trade Forum"
                    break
                if prev.tag_ == "POS" and prev.sent == tok.sent:
                    bridged = self._possessive_left(left - 1)
                    if bridged is not None:
                        left = bridged  # "the People's Government of <Province>"
                    break
                if (
                    not self._namey(left - 1)
                    or prev.lower_ in DETERMINERS
                    or prev.tag_ == "POS"
                    or (
                        prev.lower_ in self.lex.title_heads
                        and prev.lower_ not in self.lex.org_heads
                        # "the Executive Committee of <X>": a body's modifier, not a post
                        and not (
                            prev.lower_ in _BODY_TITLES and doc[left].lower_ in self.lex.org_heads
                        )
                    )
                    or prev.sent != tok.sent
                    or (prev.lower_ in _OPENING_PREPOSITIONS and self._opens_line(left - 1))
                ):
                    break  # "By <Outlet> reporters <P>": the preposition opens the line
                left -= 1
            end = year_at + 1 if year_at is not None else i + 1
            complement: tuple[int, int] | None = None
            seat: tuple[int, int] | None = None  # the country a body's name ends with
            connector = doc[end].lower_ if end < n and not edition_after else ""
            mission_to = (  # "<Country> Trade Mission to West Africa": where the mission goes
                low == "mission"
                and "event" in kinds
                and end + 1 < n
                and doc[end].lower_ == "to"
                and self._world_region_at(end + 1)
            )
            if (
                (end + 1 < n and doc[end].lower_ in ("of", "for") and "org" in kinds)
                or (end + 1 < n and doc[end].lower_ == "for" and "event" in kinds)
                or mission_to
            ):
                j = end + 1
                if j < n and doc[j].lower_ == "the":
                    j += 1
                k = self._complement_end(j)
                if k > j:
                    complement = (j, k)
                    end = k
                    parent = self._parent_after(k) if "org" in kinds else None
                    if parent is not None:
                        end = parent[1]  # "School of Economics of the University of <X>"
                    elif "org" in kinds:
                        seat = self._country_after(k, low)
                        if seat is not None:
                            end = seat[1]
            elif (
                end + 2 < n
                and connector == "at"
                and "org" in kinds
                and low in self.lex.seat_heads
                and doc[end + 1].lower_ == "the"
            ):
                j = end + 2
                k = self._complement_end(j, allow_and=False)
                if k > j and any(t.lower_ in self.lex.org_heads for t in doc[j:k]):
                    complement = (j, k)  # "<X> Institute at the University of <Y>"
                    end = k
            if complement is not None and self._is_legal(tok):
                # "<X> GmbH of <Town>" (seated there), "<X> Ltd for 400 drones": a legal form
                # ends a company's name
                end = i + 1
                if not (
                    connector == "of"
                    and self._place(self.doc[complement[0] : complement[1]].text) is not None
                ):
                    complement = seat = None
            if (
                legal
                and all(self._is_legal(t) for t in doc[left : i + 1])
                and left >= 2
                and doc[left - 1].text == ","
                and self._namey(left - 2)
                and doc[left - 2].text[:1].isupper()
            ):
                # "<X> Portugal, Unipessoal Lda.": a legal form alone after a comma closes the
                # name before it
                left -= 2
                while not doc[left].is_sent_start:
                    if (
                        self._namey(left - 1)
                        and doc[left - 1].text[:1].isupper()
                        and doc[left - 1].lower_ not in DETERMINERS
                    ):
                        left -= 1
                    elif (
                        left >= 2
                        and doc[left - 1].lower_ in _NAME_PARTICLES
                        and doc[left - 2].text[:1].isupper()
                        and self._namey(left - 2)
                        and doc[left - 2].lower_ not in DETERMINERS
                    ):
                        left -= 2  # "Sociedade Agrícola do Vale, Unipessoal Lda."
                    else:
                        break
            post = left
            while post < i and (
                doc[post].lower_ in self.lex.title_heads
                or doc[post].lower_ in self.lex.title_modifiers
            ):
                post += 1
            if post > left and post < i and doc[post].lower_ == "of":
                # "The Chairman of <X> Group, Mr <P>": a post of the company, no part of its name
                left = post + 2 if doc[post + 1].lower_ == "the" else post + 1
            if end - left < 2:
                continue
            if (
                end == i + 1
                and legal
                and end + 1 < n
                and doc[end].text == ","
                and self._is_legal(doc[end + 1])
                and doc[end + 1].text[:1].isupper()
            ):
                end += 2  # "Co., Ltd.": the legal form goes on after its comma
            if "event" in kinds and doc[left].lower_ in HONORIFICS:
                continue  # "Mrs <Name> (Nigeria) Expo 2026 tickets": a person's name first
            if (
                "event" in kinds
                and "org" not in kinds
                and doc[left].lower_ in self.lex.title_heads
                and doc[left + 1].lower_ in ("of", "for")
            ):
                continue  # "Deputy for Investment Promotion at <O>": a post and its remit
            if (
                "org" not in kinds
                and left > 1
                and doc[left - 1].lower_ == "of"
                and doc[left - 2].lower_ in self.lex.title_heads
                and end < n
                and doc[end].lower_ == "at"
            ):
                continue  # "Director of Investment Promotion for East Asia at <O>": a field
            rule = "structural-org" if complement and "org" in kinds else "org-name"
            if low in _INFRASTRUCTURE:
                # "the China-Laos Railway", "the Trans-Caspian ... Route": a line between
                # places; "Canadian Pacific Railway said", "Colonial Pipeline paid": companies
                if "-" not in self.text[doc[left].idx : doc[end - 1].idx + len(doc[end - 1].text)]:
                    if "org" not in kinds:
                        continue
                else:
                    kinds = ["thing"]
            if "org" in kinds:
                type_name = "Organization"
            elif "event" in kinds:
                type_name, rule = "Event", "event-name"
            elif "landmark" in kinds:
                type_name, rule = "LandmarksOrHistoricalBuildings", "landmark"
            else:
                type_name, rule = "Thing", "thing"
            if (
                "org" in kinds
                and end - left == 2
                and complement is None
                and doc[left].lower_ in self.lex.demonyms
            ):
                continue
            found = self._span_found(left, end, type_name, rule, 0.8)
            if found is None:
                continue
            first = next((t for t in range(left, end) if doc[t].idx >= found.start), left)
            edition = self._edition_year(first) if type_name == "Event" else None
            if edition is not None and doc[edition].idx < found.start:
                # "The 2025 <Event> opened": the edition's name; the name without the year as
                # well, as reports name the event between editions (resolved to an alias)
                self.found.append(replace(found, nested=True))
                start = doc[edition].idx
                found = replace(found, start=start, name=clean_name(self.text[start : found.end]))
            out.append(found)
            if (
                seat is not None
                and end == seat[1]
                # "the Office of the Embassy of <State>": the state the embassy represents
                and not (complement and self._mission(self.doc[complement[0] : seat[1]].text))
            ):
                seat_name = self.doc[seat[0] : seat[1]].text
                seat_place = self._place(seat_name)
                country = self._span_found(
                    *seat,
                    "AdministrativeArea"
                    if seat_place is None
                    else self._place_type(seat_name, seat_place),
                    "name-part",
                    0.8,
                    nested=True,
                )
                if country is not None:  # "Ministry of <X> of the Kyrgyz Republic"
                    self.found.append(country)
                    self.facts.append((found, "locatedIn", country, "structural-org", 0.8))
            if complement is not None and "org" in kinds:
                c_start, c_end = complement
                self._complements[id(found)] = (
                    found,
                    (doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)),
                )
            if complement is not None and "org" in kinds and connector == "of":
                parent = self._parent_after(complement[1])
                whole = (
                    self._span_found(*parent, "Organization", "name-part", 0.8, nested=True)
                    if parent
                    else None
                )
                middle = (
                    # "<Division> of the <Office> of the <Government>": the division is part of
                    # the office of that government, which is part of the government
                    self._span_found(
                        complement[0], parent[1], "Organization", "name-part", 0.8, nested=True
                    )
                    if parent is not None
                    and complement[1] - complement[0] > 1
                    and doc[complement[1] - 1].lower_ in self.lex.org_heads
                    else None
                )
                if whole is not None and middle is not None:
                    self.found += [middle, whole]
                    self.facts.append((found, "partOf", middle, "structural-org", 0.8))
                    self.facts.append((middle, "partOf", whole, "structural-org", 0.8))
                    continue
                # "the Economic and Commercial Office of the Embassy of <State> in <Country>":
                # an office of a mission is not in the state the mission represents either
                mission = self._mission(found.name) or self._mission(
                    self.doc[complement[0] : complement[1]].text
                )
                self._complement(found, complement, mission=mission)
                if whole is not None and parent is not None:
                    self.found.append(whole)
                    self.facts.append((found, "partOf", whole, "structural-org", 0.8))
                    self._seat_of_parent(whole, *parent)
            elif complement is not None and "org" in kinds and connector == "at":
                host = self._span_found(*complement, "Organization", "name-part", 0.8, nested=True)
                if host is not None:
                    self.found.append(host)
                    self.facts.append((found, "partOf", host, "structural-org", 0.8))
        return out

    def _edition_year(self, left: int) -> int | None:
        """Where "the 2025 <Event>" starts: the year before an event's name belongs to the
        name when "the" or the sentence's start stands before it; None otherwise."""
        doc = self.toks
        if left < 1 or not _YEAR_TOKEN.fullmatch(doc[left - 1].text):
            return None
        year = left - 1
        if year == 0 or doc[year].is_sent_start or doc[year - 1].lower_ == "the":
            return year
        return None

    def _parent_after(self, k: int) -> tuple[int, int] | None:
        """The organization a unit's name goes on to ("School of Economics | of the University of
        <X>"): its tokens, when "of the" is followed by an organization's name."""
        doc = self.toks
        if k + 2 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ != "the":
            return None
        ent = self._ent_at.get(k + 2) or self._ent_at.get(k + 1)
        if ent is not None and ent.label_ == "ORG":
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            end = int(ent.end)
        else:  # NER took the whole run for one name: the capitalised words after "of the"
            start = k + 2
            end = self._complement_end(start, allow_and=False)
        if end <= start or not any(t.lower_ in self.lex.org_heads for t in doc[start:end]):
            return None
        return (start, end)

    def _joined_left(self, k: int, *, event: bool = False) -> int | None:
        """The first token of the name part joined to token ``k`` from the left by a hyphen or
        around a bracketed word ("Kenya-Uganda", "China (Jiangsu)-Vietnam", tokenized as
        "( Jiangsu ) -" or with "Jiangsu)-Vietnam" as one token); None when nothing joins."""
        doc = self.toks
        if (
            k > 1
            and doc[k - 1].text in ("-", "–")
            and self._namey(k - 2)
            and not (doc[k - 2].whitespace_ and doc[k - 1].whitespace_ and doc[k - 2].is_upper)
        ):
            return k - 2  # (a spaced dash after a capitalised dateline: "SINGAPORE - <X> Ltd")
        if (
            k > 4
            and doc[k - 1].text in ("-", "–")
            and doc[k - 2].text == ")"
            and doc[k - 4].text == "("
            and self._namey(k - 3)
            and self._namey(k - 5)
        ):
            return k - 5
        if (
            k > 1
            and doc[k - 1].text == "("
            and not doc[k - 1].whitespace_
            and ")" in doc[k].text
            and self._namey(k - 2)
        ):
            return k - 2
        for width in (1, 2, 3):  # "(Morocco)", "(South Africa)", "(Germany-Austria)"
            opened = k - 2 - width
            if (
                event
                and opened > 0
                and doc[k - 1].text == ")"
                and doc[opened].text == "("
                and self._namey(opened - 1)
                and doc[opened - 1].ent_type_ != "PERSON"
                and (
                    self._host_place(" ".join(t.text for t in doc[opened + 1 : k - 1]))
                    # "<A> – <B> (<Town>) International Trade Fair": a town of the country
                    or (
                        self._place(doc[opened - 1].text) is not None
                        and self._place(" ".join(t.text for t in doc[opened + 1 : k - 1]))
                        is not None
                    )
                )
            ):
                return opened - 1  # "<City> Intelligent Manufacturing (Morocco) Expo": the host
        return None

    def _hyphened_head(self, i: int) -> bool:
        """A lower-case head joined by a hyphen to a capitalised word after a city or province
        ("<City> Sub-council"); not "Box-office", "Pre-school" or "Sub-committee chairman"."""
        doc = self.toks
        if not (
            i > 2
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
            and doc[i - 2].text[:1].isupper()
            and doc[i].lower_ in self.lex.non_company_heads  # a body's head, not "New-energy"
        ):
            return False
        place = self._place(doc[i - 3].text) if doc[i - 3].text[:1].isupper() else None
        return place is not None and place.feature in ("city", "admin1")

    def _edition_year_after(self, head: int) -> int | None:
        """Where the edition's year is that closes the event name whose head is ``head``, right
        after it or after its host country ("Exhibition Ghana 2024"); None when there is none."""
        doc = self.toks
        n = len(doc)
        for year in range(head + 1, min(head + 4, n)):
            if _YEAR_TOKEN.fullmatch(doc[year].text) is not None:
                break
        else:
            return None
        if year > head + 1:
            host = doc[head + 1 : year]
            if not all(t.text[:1].isupper() for t in host) or not self._host_place(
                " ".join(t.text for t in host)
            ):
                return None
        if year + 1 < n and self._namey(year + 1) and doc[year + 1].sent == doc[head].sent:
            return None
        return year

    def _host_place(self, name: str) -> bool:
        """A country or a region of the world, as a bracket in an event's name gives its host;
        or two of them joined by a dash, hosts in turn ("(Germany - Austria)")."""
        parts = [name] if self._one_host(name) else re.split(r" ?[-–] ?", name)
        return len(parts) <= 2 and all(self._one_host(part) for part in parts)

    def _one_host(self, name: str) -> bool:
        """A country, a big city or a region of the world ("Guinea-Bissau" whole)."""
        return (
            name.casefold() in self.lex.world_regions
            or self._place(name, big_only=True) is not None
        )

    def _head_follows(self, start: int) -> bool:
        """Do capitalised words from ``start`` run to a head word that ends a name?"""
        doc = self.toks
        heads = self.lex.org_heads | self.lex.event_heads | self.lex.landmark_heads
        for k in range(start, min(start + 3, len(doc))):
            if not (doc[k].text[:1].isupper() and self._namey(k)) or doc[k].is_sent_start:
                return False
            if doc[k].lower_ in heads and (k + 1 >= len(doc) or not self._namey(k + 1)):
                return True
        return False

    def _possessive_left(self, pos: int) -> int | None:
        """Where a name starts whose words include a possessive ("the People's Government"): only
        when "the" opens it and the possessor is no name of its own ("China's Ministry" is two)."""
        doc = self.toks
        k = pos
        while (
            k > 0
            and self._namey(k - 1)
            and doc[k - 1].lower_ != "the"  # "The People's …" opening a sentence
            and doc[k - 1].sent == doc[pos].sent
        ):
            k -= 1
        if k == pos or k == 0 or doc[k - 1].lower_ != "the":
            return None
        if any(e.end == pos and e.label_ != "ORG" for e in self.ents):
            return None
        if any(e.start <= k and e.end == pos for e in self.ents):
            return None
        if self._place(self.doc[k:pos].text) is not None:
            return None
        return k

    def _bridge_left(self, connector: int, *, event: bool = False) -> int | None:
        """Where a name starts whose words run on through "and"/"of" before ``connector``: only
        when "the" (or the sentence's start) opens the whole run ("the <X> Investment and Trade
        Forum"); "China and the Trade Forum" or "between <X> and Trade Forum" stay apart."""
        doc = self.toks
        if (
            event
            and connector > 0
            and (
                doc[connector - 1].text == ")" or doc[connector - 1].lower_ in self.lex.event_heads
            )
        ):
            return None  # "the Doha (Qatar) and <X> Championships", "the <X> Fair and <Y> Fair"
        k = connector
        paired = False  # "the <Province>–<Country> Coffee and ... Session": two places joined
        while k > 0 and doc[k - 1].sent == doc[connector].sent:
            joined = self._joined_left(k, event=event)  # "<City> (<Country>) Trade and ..."
            if joined is not None:
                k = joined
                paired = True
                continue
            prev = doc[k - 1]
            if (
                prev.text == ","
                and k > 1
                and doc[connector].lower_ == "and"
                and connector - k == 1  # one word between the comma and "and"
                and self._theme_word(k)
                and self._theme_word(k - 2)
            ):
                k -= 1  # "the <X> Economic, Trade and Investment Forum": themes listed
                continue
            if not self._namey(k - 1) or prev.tag_ == "POS" or prev.lower_ in DETERMINERS:
                break
            k -= 1
        if k == connector:
            return None
        opener = k - 1
        while opener > 0 and (
            doc[opener].ent_type_ in ("ORDINAL", "DATE", "CARDINAL")
            or doc[opener].lower_ in ("annual", "biennial", "inaugural", "first")
        ):
            opener -= 1  # "the third <X> Expo", "the 2024 <X> Forum"
        opened = (
            (k > 0 and doc[opener].lower_ in ("the", "this", "next", "last", "its", "their"))
            # a sentence opening with a common noun ("Photographs of <X> Island") opens no name
            or ((k == 0 or doc[k].is_sent_start) and doc[k].tag_ not in ("NNS", "NN"))
            or any(  # "this year's <X> Trade and Investment Fair", "last week's <X> ..."
                doc[at].tag_ == "POS"
                and at > 0
                and doc[at - 1].lower_ in ("year", "week", "month", "season", "autumn", "spring")
                for at in {opener, k - 1}
            )
            or (  # "<City>'s <X> Exhibition and Convention Center": a place's own venue
                doc[opener].tag_ == "POS"
                and any(e.start < opener <= e.end and e.label_ in ("GPE", "LOC") for e in self.ents)
            )
        )
        other = self._ent_at.get(k)  # "the Philippines and Trade Forum members": a place,
        one_other = (  # then another name
            other is not None
            and other.end == connector
            and other.label_ in ("PERSON", "GPE", "LOC")
        ) or any(  # "Professor <Person> of <University>": a person and where they work
            e.label_ == "PERSON" and e.end == connector and e.start >= k for e in self.ents
        )
        if (
            one_other
            and self._world_region_at(k, connector)
            and self._world_region_at(connector + 1)
        ):
            one_other = False  # "the Europe and Central Asia Division": two regions, one name
        if one_other and event and paired:
            one_other = False  # "the <A>–<B> Coffee and ... Session": NER's person is no one
        if doc[connector].lower_ == "of" and (
            doc[k].lower_.rstrip(".") in HONORIFICS
            or (doc[k].lower_ in self.lex.title_heads and doc[k].lower_ not in self.lex.org_heads)
        ):
            return None  # "Professor <Given> <Family> of <University>": the NER missed the name
        return k if opened and not one_other else None

    def _world_region_at(self, i: int, end: int | None = None) -> bool:
        """Do the words from ``i`` (to ``end``, or the first one to three) name a region of
        the world, a continent or a country ("Central Asia", "Europe", "Kenya")?"""
        doc = self.toks
        widths = [end - i] if end is not None else [3, 2, 1]
        for width in widths:
            if width < 1 or i + width > len(doc):
                continue
            words = self.doc[i : i + width].text
            if words.casefold() in self.lex.world_regions:
                return True
            place = self._place(words)
            if place is not None and place.feature in ("country", "continent"):
                return True
        return False

    def _complement_end(self, j: int, *, allow_and: bool = True) -> int:
        """End token of the name after "of": an entity span starting there, or a capitalised run."""
        doc = self.toks
        # an entity starting at the word, or at a "the" just before it (that one first, as in
        # the order of the text)
        if j < len(doc) and SUM_OF_MONEY.match(self.text, doc[j].idx):
            return j  # "Investments of PLN 210 million": a sum, no name
        here = [self._ent_at.get(j - 1) if j > 0 and doc[j - 1].lower_ == "the" else None]
        for ent in [*here, self._ent_at.get(j)]:
            if ent is not None and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"):
                end = int(ent.end)
                words = [t.text for t in doc[j:end]]
                if "(" in words and ")" not in words:  # "<Name> (ACR" : NER stopped inside
                    end = j + words.index("(")
                while (  # "of the Asharqia | Chamber": NER stopped before the body's head
                    ent.label_ in ("ORG", "NORP", "GPE")
                    and end < len(doc)
                    and doc[end].is_title
                    and doc[end].lower_ in self.lex.org_heads
                    and doc[end].sent == doc[j].sent
                ):
                    end += 1
                if ent.label_ in ("GPE", "LOC") and self._second_place_served(end + 1):
                    end += 2  # "the Royal Commission for Jubail and Yanbu": two places served
                return self._possessed_head_end(end)
        joins = ("of", "and", "&", "for") if allow_and else ("of", "&", "for")
        starts = self._ent_at
        k = j
        while k < len(doc) and (
            self._namey(k)
            or (doc[k].lower_ in joins and k + 1 < len(doc) and self._namey(k + 1) and k > j)
        ):
            if doc[k].sent != doc[j].sent or (
                k > j
                and k in starts
                and doc[k - 1].lower_ in ("and", "&")
                and not self._second_place_served(k)
            ):
                break
            if k > j and (doc[k].lower_ in HONORIFICS or self._patronymic_end(k) is not None):
                break  # "of <Body> Eng. <Name>", "of <Body> Saleh bin Nasser": a holder's name
            if doc[k].lower_ in ("and", "&") and self._post_at(k + 1):
                break  # "<Committee> of the <X> Committee and Vice Mayor of <Y>": a second post
            if doc[k].lower_ in ("and", "&") and self._place_opens(k + 1):
                break  # "Bureau of Commerce and <Region> Entreprises": a second body
            k += 1
        while k > j and doc[k - 1].lower_ in CONNECTORS:
            k -= 1
        k = self._division_end(j, k)
        k = self._possessed_head_end(self._gazetteer_end(j, k))
        k = self._bracketed_country_end(k)
        if allow_and and k > j:
            k = self._list_end(k)
        return k

    def _remit_words(self, start: int, end: int) -> bool:
        """Are tokens [start, end) the rest of a list of remits ("Cooperatives, Trade and
        Investment"), no person's name nor a body's ("Antony Blinken and Amnesty International",
        "Wale Edun and Zenith Bank")?"""
        return not any(
            t.ent_type_ == "PERSON" or t.lower_ in self.lex.org_heads or self._is_legal(t)
            for t in self.toks[start:end]
        )

    def _second_place_served(self, k: int) -> bool:
        """Is token ``k`` the second of two places a body is "for", ending its name ("the Royal
        Commission for Jubail and Yanbu has allocated")?"""
        doc = self.toks
        if not 3 <= k < len(doc) or doc[k - 1].lower_ != "and" or doc[k - 3].lower_ != "for":
            return False
        if k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            return False
        return (
            doc[k].is_title
            and doc[k - 2].is_title
            and self._place(doc[k - 2].text) is not None
            and self._place(doc[k].text) is not None
        )

    def _theme_word(self, i: int) -> bool:
        """A capitalised word a name lists among others ("Economic, Trade and Investment"): no
        head of a name ("Barclays Bank, Lloyds Bank and ..."), no place or person."""
        tok = self.toks[i]
        heads = self.lex.org_heads | self.lex.event_heads | self.lex.landmark_heads
        return (
            self._namey(i)
            and tok.is_alpha
            and tok.lower_ not in heads
            and tok.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")
        )

    def _country_after(self, k: int, head: str) -> tuple[int, int] | None:
        """The country a government body's name ends with (its tokens): "Ministry of Economy and
        Commerce | of the Kyrgyz Republic", "Embassy of the People's Republic of China | in
        Serbia" (an embassy or consulate names the country it is in); None otherwise."""
        doc = self.toks
        if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "in"):
            return None
        if doc[k].lower_ == "in" and head not in ("embassy", "consulate", "consulate-general"):
            return None
        j = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        republic = self._republic_of(j)
        if republic is not None and doc[k].lower_ == "of":
            return (j, republic)  # "Ministry of <X> of the (People's) Republic of <Country>"
        ent = self._ent_at.get(j) or (self._ent_at.get(k + 1) if j == k + 2 else None)
        if ent is not None and ent.label_ == "GPE" and doc[ent.start].sent == doc[k].sent:
            ends = [int(ent.end)]
        else:  # NER took the whole body for one name: the capitalised words after "of the"
            last = j
            while last < min(j + 4, len(doc)) and doc[last].text[:1].isupper():
                last += 1
            ends = list(range(last, j, -1))
        for end in ends:
            name = self.doc[j:end].text
            place = self._place(name)
            if place is not None and self._place_type(place.name, place) == "Country":
                return (j, end)
            # "Department of Commerce | of the <X> Autonomous Region": a division's whole name
            if (
                end - j > 1
                and self._admin_suffix(name)
                and self._place(self.doc[j : j + 1].text) is not None
                and doc[k].lower_ == "of"
            ):
                return (j, end)
        return None

    def _republic_of(self, j: int) -> int | None:
        """Where "(People's) (Democratic) Republic of <Country>" starting at token ``j`` ends,
        when the gazetteer knows the country; None otherwise."""
        doc = self.toks
        m = j
        if m + 1 < len(doc) and doc[m].text == "People" and doc[m + 1].lower_ in ("'s", "’s"):
            m += 2
        if m < len(doc) and doc[m].text == "Democratic":
            m += 1
        if m + 2 >= len(doc) or doc[m].text != "Republic" or doc[m + 1].lower_ != "of":
            return None
        for end in range(min(m + 5, len(doc)), m + 2, -1):
            place = self._place(self.doc[m + 2 : end].text)
            if place is not None and place.feature == "country":
                return end
        return None

    def _possessed_head_end(self, k: int) -> int:
        """ "of the <Province> People's Government": a possessive inside the name runs on to
        the head word after it."""
        doc = self.toks
        if k + 1 >= len(doc) or (doc[k].tag_ != "POS" and doc[k].lower_ not in ("'s", "’s")):
            return k
        if k > 0 and doc[k - 1].text == "People":  # "of the People's (Democratic) Republic of X"
            m = k + 2 if doc[k + 1].text == "Democratic" else k + 1
            if m + 2 < len(doc) and doc[m].text == "Republic" and doc[m + 1].lower_ == "of":
                end = m + 2
                while end < len(doc) and doc[end].text[:1].isupper() and self._namey(end):
                    end += 1
                if end > m + 2:
                    return end
        m = k + 1
        while m < len(doc) and m < k + 4 and doc[m].text[:1].isupper() and self._namey(m):
            if doc[m].lower_ in self.lex.org_heads and not (
                m + 1 < len(doc) and doc[m + 1].text[:1].isupper() and self._namey(m + 1)
            ):
                return m + 1
            m += 1
        return k

    def _bracketed_country_end(self, k: int) -> int:
        """ "<X> Shoes (Ethiopia) Manufacturing PLC": a company's national arm names its country
        in brackets inside its name; the name goes on to the legal form after them."""
        doc = self.toks
        if k + 3 >= len(doc) or doc[k].text != "(":
            return k
        close = next((m for m in range(k + 2, min(k + 5, len(doc))) if doc[m].text == ")"), None)
        if close is None or self._place(self.doc[k + 1 : close].text) is None:
            return k
        end = close + 1
        while end < len(doc) and end - close <= 4 and doc[end].text[:1].isupper():
            end += 1
        tail = doc[end - 1].lower_ if end > close + 1 else ""
        return end if tail in LEGAL_WORDS or tail + "." in self.lex.legal_suffixes else k

    def _division_end(self, j: int, k: int) -> int:
        """ "Director of the Department of Commerce of Shaanxi Province Ma Hongtao presented":
        a run after "of" that names a division (the gazetteer knows it, its kind word ends it)
        and goes on with two or three capitalised words that name no body (a holder's name in
        agency copy) ends with the division."""
        doc = self.toks
        for m in range(j + 1, k - 1):
            rest = doc[m + 1 : k]
            opens = max((p + 1 for p in range(j, m) if doc[p].lower_ == "of"), default=j)
            if (
                doc[m].lower_ in self.lex.admin_suffixes
                and 2 <= len(rest) <= 3
                and all(t.is_title and t.is_alpha for t in rest)
                and not any(t.lower_ in self.lex.org_heads or t.lower_ in LEGAL_WORDS for t in rest)
                and self._place(self.doc[opens:m].text) is not None
            ):
                return m + 1
        return k

    def _gazetteer_end(self, j: int, k: int) -> int:
        """ "University of Dar es Salaam": a capitalised run cut at a lower-case word runs on
        when the gazetteer knows the longer name as a place."""
        doc = self.toks
        if k <= j or k >= len(doc) or not doc[k].text.islower() or not doc[k].is_alpha:
            return k
        for m in range(min(len(doc), k + 3), k + 1, -1):
            if not doc[m - 1].text[:1].isupper() or doc[m - 1].sent != doc[j].sent:
                continue
            if self._place(self.doc[j:m].text) is not None:
                return m
        return k

    def _list_end(self, k: int) -> int:
        """ "for Foreign Trade, Investment and Technology": a comma list of capitalised words that
        closes with "and <Word>" is one name's complement; a list of people or places is not."""
        doc = self.toks
        i = k
        items = 0
        while i + 1 < len(doc) and doc[i].text == "," and doc[i].sent == doc[k - 1].sent:
            m = i + 1
            while m < len(doc) and self._namey(m) and m - i <= 3:
                m += 1
            if m == i + 1 or m - i > 3 or self._not_a_name_word(i + 1, m):
                return k
            items += 1
            i = m
            if i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and self._namey(i + 1):
                m = i + 1
                while m < len(doc) and self._namey(m) and m - i <= 3:
                    m += 1
                if self._not_a_name_word(i + 1, m) or (m < len(doc) and self._namey(m)):
                    return k
                return m
        return k

    def _not_a_name_word(self, start: int, end: int) -> bool:
        """Is a list item a person, a place or a job title rather than a word of a name?"""
        if any(
            e.start < end and start < e.end and e.label_ in ("PERSON", "GPE", "LOC", "NORP")
            for e in self.ents
        ):
            return True
        text = self.doc[start:end].text
        return self._place(text) is not None or self.toks[start].lower_ in self.lex.title_heads

    def _complement(self, org: Found, tokens: tuple[int, int], *, mission: bool = False) -> None:
        """The part after "of" in "<Head> of <X>": a parent organization or the place it serves."""
        j, k = tokens
        purpose = next(  # "Council for the Promotion of International Trade": a head, its aim
            (t for t in range(j + 1, k - 1) if self.toks[t].lower_ == "for"), k
        )
        inner_of = [t for t in range(j + 1, purpose) if self.toks[t].lower_ == "of"]
        if (
            len(inner_of) == 1
            and self.toks[j - 1].lower_ == "the"
            and self.toks[inner_of[0] - 1].lower_ in self.lex.org_heads
            and self._organisation_of_place(org, j, inner_of[0], k)
        ):
            return  # "Institute of the University of <City>": the parent is named by place
        heads = self.lex.org_heads | self.lex.org_heads_initial
        # "School of Automotive Engineering of <Province> University of Science and
        # Technology": the first "of" after a field (not after a head) that a body's name with
        # a head word follows
        body_of = next(
            (
                t
                for t in inner_of
                if self.toks[t - 1].lower_ not in heads
                and self.toks[t + 1].text[:1].isupper()
                and any(self.toks[m].lower_ in heads for m in range(t + 1, k))
            ),
            None,
        )
        if inner_of and self._names_parent_or_place(inner_of[-1] + 1, k):
            # "Department of Commerce of <Province>": the last "of" names the parent (not
            # "Bureau of the <Province> Department of Commerce", a department's own "of")
            j = inner_of[-1] + 1
            if self.toks[j].lower_ == "the":
                j += 1
        elif body_of is not None:
            j = body_of + 1
        part = self._span_found(j, k, "Organization", "name-part", 0.8, nested=True)
        if part is None or self._cluster_named(part.name):
            return  # "Committee of the <X> Development Zone": the cluster rule names that part
        words = part.name.split()
        place = self._place(part.name)
        own_entity = any(
            e.label_ == "ORG" and e.end == k and e.start in (j, j - 1) for e in self.ents
        )
        introduced = self.toks[j - 1].lower_ == "the"
        headed = (
            words[-1].casefold() in self.lex.org_heads
            or words[0].casefold() in self.lex.org_heads_initial  # "Universitas <X>"
            or (purpose < k and self.toks[purpose - 1].lower_ in self.lex.org_heads)
            # "the <Province> Department of Commerce": a head before its field
            or any(
                self.toks[t].lower_ == "of" and self.toks[t - 1].lower_ in self.lex.org_heads
                for t in range(j + 1, k - 1)
            )
        )
        if (
            headed
            and not self._admin_suffix(part.name)
            and len(words) > 1
            # a parent NER found, or introduced by "the", or a long name ending in a body's
            # head ("... Department of <Province> <X> Logistics Group")
            and (
                own_entity
                or introduced
                # (not "Ministry of Economic Affairs, Regional Development and Energy": fields;
                # but "<X> University of Science and Technology": a head's own "of" first)
                or (
                    len(words) >= 3
                    and "," not in part.name
                    and ("and" not in words or _head_of_before_and(words, heads))
                )
                # "Universitas Indonesia": a head-first body
                or (len(words) >= 2 and words[0].casefold() in self.lex.org_heads_initial)
            )
        ):
            self.found.append(part)
            self.facts.append((org, "partOf", part, "structural-org", 0.85))
        elif (
            place is not None
            or self._admin_suffix(part.name)
            or any(e.label_ in ("GPE", "LOC") and e.start == j and e.end == k for e in self.ents)
        ):
            part.type = self._place_type(part.name, place)
            self.found.append(part)
            if not mission:  # "Embassy of <State>": the state it represents, not its seat
                self.facts.append((org, "locatedIn", part, "structural-org", 0.8))

    def _names_parent_or_place(self, j: int, k: int) -> bool:
        """Do the words from ``j`` to ``k`` after an inner "of" name a place or a body (the
        parent of a "<Department> of <Field> of <Province>"), not a field ("of Commerce")?"""
        if self.toks[j].lower_ == "the":
            j += 1
        text = self.doc[j:k].text
        return (
            self._place(text) is not None
            or self._admin_suffix(text)
            or self.toks[k - 1].lower_ in self.lex.org_heads
        )

    def _seat_of_parent(self, parent: Found, j: int, k: int) -> None:
        """ "<Faculty> of the University of Niš": the parent named "<Head> of <Place>" is in
        that place."""
        doc = self.toks
        of = next((m for m in range(k - 1, j, -1) if doc[m].lower_ == "of"), None)
        if of is None or of + 1 >= k or self._mission(parent.name):
            return
        place = self._place(self.doc[of + 1 : k].text)
        seat = self._span_found(of + 1, k, "Place", "name-part", 0.8, nested=True)
        if place is None or seat is None or self.text.count(seat.name) < 2:
            return  # (a place the text names by itself too: "University of Washington" alone
            # may be in Seattle)
        seat.type = self._place_type(seat.name, place)
        self.found.append(seat)
        self.facts.append((parent, "locatedIn", seat, "structural-org", 0.8))

    def _organisation_of_place(self, org: Found, j: int, of: int, k: int) -> bool:
        """ "<X> Institute of the University of <City>": the parent ("University of <City>")
        is an organization of its own, in the place after its "of"; True when so taken."""
        seat_name = self.doc[of + 1 : k].text
        place = self._place(seat_name)
        if place is None or self._mission(self.doc[j:k].text):
            return False  # "Embassy of <State>": the state it represents, not its seat
        parent = self._span_found(j, k, "Organization", "name-part", 0.8, nested=True)
        seat = self._span_found(of + 1, k, "Place", "name-part", 0.8, nested=True)
        if parent is None or seat is None:
            return False
        seat.type = self._place_type(seat.name, place)
        self.found += [parent, seat]
        self.facts.append((org, "partOf", parent, "structural-org", 0.85))
        self.facts.append((parent, "locatedIn", seat, "structural-org", 0.8))
        self.facts.append((org, "locatedIn", seat, "structural-org", 0.75))
        return True

    def _field_before_at(self, j: int, k: int) -> bool:
        """Is the run ``j``..``k`` after a post's "of" a field of work, the post being held "at"
        a body a few words on ("of Investment Promotion for East Asia at the <Board>")? Not a
        run with a body's head word of its own."""
        doc = self.toks
        if any(t.lower_ in self.lex.org_heads for t in doc[j:k]):
            return False
        for m in range(k, min(k + 6, len(doc) - 1)):
            if doc[m].lower_ == "at":
                # a body's name after it ("at the <Board>"; not "at the time")
                n = m + 2 if doc[m + 1].lower_ == "the" else m + 1
                return n < len(doc) and doc[n].text[:1].isupper()
            if doc[m].is_punct or doc[m].pos_ == "VERB":
                return False
        return False

    def _title_objects(self, candidates: list[Found]) -> list[Found]:
        """After a job title and "of"/"at", a capitalised name no other rule took is an organization
        ("General Manager of <X> and <Y>"); a place there stays a place ("Mayor of <City>")."""
        out: list[Found] = []
        doc = self.toks
        for i in range(len(doc) - 2):
            if doc[i].lower_ not in self.lex.title_heads or doc[i + 1].lower_ not in ("of", "at"):
                continue
            j = i + 2
            while j < len(doc):
                if doc[j].lower_ == "the":
                    j += 1
                if j > i + 2 and self._post_at(j):
                    break  # "Secretary of <Org> and Mayor of <City>": a second post, no name
                k = self._complement_end(j, allow_and=False)
                if k <= j or doc[j].text[:1].islower():
                    break  # ("secretary of state": NER's lower-case "state" names no body)
                if k < len(doc) and doc[k].lower_ == "affairs":
                    break  # "director of Asia-Pacific affairs at <O>": a field of work
                if self._field_before_at(j, k):
                    break  # "Director of Investment Promotion for East Asia at <O>": a field
                held = [  # "Governor of Central Java | Ahmad Luthfi": the holder ends the body
                    t
                    for t in range(j + 1, k)
                    if any(c.kind is Kind.PERSON and c.start == doc[t].idx for c in candidates)
                ]
                if held:
                    k = held[0]
                holder = self._holder_after_acronym(j, k)
                if holder is not None:
                    out.append(holder)  # "Deputy Director of <ACR> <Given> <Family> said"
                    k = j + 1
                start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)
                covered = any(c.start <= start and end <= c.end for c in candidates)
                text = self.doc[j:k].text
                if text.casefold() in self.lex.demonyms:
                    break  # "managing director of the Thai unit": a nationality, no name
                # "General Manager of Yuci" after "Dehua Yuci Ceramics Co., Ltd.": a company's
                # short name, though the gazetteer knows a town so named
                short_name = doc[i].lower_ not in self.lex.place_titles and any(
                    c.kind is Kind.ORGANIZATION and f" {text} " in f" {c.name} " for c in candidates
                )
                owner = None if covered else self._acronym_owner(j, k)
                if owner is not None:
                    # "director of the DTI's Export Marketing Bureau": the bureau, part of the
                    # body the acronym names
                    found = self._span_found(j + 2, k, "Organization", "title-object", 0.7)
                    if found is not None:
                        out.append(found)
                        self.found.append(owner)
                        self.facts.append((found, "partOf", owner, "structural-org", 0.8))
                elif not covered and (short_name or self._place(text) is None):
                    found = self._span_found(j, k, "Organization", "title-object", 0.7)
                    if found is not None:
                        out.append(found)
                if (
                    k + 1 < len(doc)
                    and doc[k].lower_ == "and"
                    and self._namey(
                        k + 1 if doc[k + 1].lower_ != "the" else min(k + 2, len(doc) - 1)
                    )
                ):
                    j = k + 1
                    continue
                break
        return out

    def _holder_after_acronym(self, j: int, k: int) -> Found | None:
        """ "Deputy Director of <ACR> <Given> <Family> said": a body's acronym, then the name
        of the post's holder, then a verb or a comma (the title-first style of state media);
        the person after the acronym, or None."""
        doc = self.toks
        if (
            k - j < 3
            or k - j > 5
            or k >= len(doc)
            or not (doc[j].is_alpha and doc[j].text.isupper() and len(doc[j].text) >= 3)
            or not all(t.is_alpha and t.text.istitle() for t in doc[j + 1 : k])
            or not (doc[k].pos_ in ("VERB", "AUX") or doc[k].text == ",")
            or self._place(doc[j].text) is not None
            or any(t.lower_ in self.lex.org_heads or self._place(t.text) for t in doc[j + 1 : k])
        ):
            return None
        return self._span_found(j + 1, k, "Person", "titled-name", 0.7)

    def _board_of(self, c: Found) -> Found | None:
        """ "President of the Management Board of EcoCell Recykling", "Chairman of the Board of
        <X>": a company's board is no body of its own here; the post is at the company (None:
        "the Board of Directors" read alone before "of <X>")."""
        if (
            c.kind is Kind.ORGANIZATION
            and _BOARD_ALONE.fullmatch(c.name)
            and re.match(r" of (?:the )?[A-Z]", self.text[c.end : c.end + 9])
        ):
            return None
        match = _BOARD_OF.match(c.name) if c.kind is Kind.ORGANIZATION else None
        if match is None or c.start + match.end() >= c.end:
            return c
        rest = c.name[match.end() :].split()
        if (
            rest[0] in _BOARDS_OWN_WORDS
            or "of" in rest
            or (len(rest) == 1 and not rest[0].isupper() and not match.group("whose"))
        ):
            return c  # "Board of Trade", "Board of Investment of Sri Lanka": a body of its own
        start = c.start + match.end()
        return replace(c, start=start, name=clean_name(self.text[start : c.end]))

    def _city_hall_acting(self, i: int) -> bool:
        """Is the "Hall" at token ``i`` that of "<Town> City Hall" written as a body that acts
        ("Gliwice City Hall would extend"), not after "at" or "outside" (the building)?"""
        doc = self.toks
        if i < 2 or doc[i].text != "Hall" or doc[i - 1].text != "City":
            return False
        k = i - 2
        while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k -= 1
        return k < i - 2 and (k < 0 or doc[k].lower_ not in LOCATIVES)

    def _acronym_owner(self, j: int, k: int) -> Found | None:
        """ "<ACR>'s <Name> Bureau" from ``j`` to ``k``: the acronym, as the body that owns the
        one named after it (None when the name does not open so)."""
        doc = self.toks
        if (
            k - j < 4
            or not (doc[j].text.isupper() and doc[j].is_alpha and len(doc[j].text) >= 2)
            or doc[j + 1].lower_ not in ("'s", "’s")
            or doc[k - 1].lower_ not in self.lex.org_heads
            or self._place(doc[j].text) is not None  # "the UK's Serious Fraud Office"
        ):
            return None
        return self._span_found(j, j + 1, "Organization", "name-part", 0.8, nested=True)

    def _post_at(self, j: int) -> bool:
        """Do the words from ``j`` name a post: title words up to "of"/"at"/"for"/"to" or to
        the end of the name ("Mayor of <City>", "Deputy Prime Minister"), not a company whose
        name opens with one ("Premier Foods")?"""
        doc = self.toks
        titles = self.lex.title_heads | self.lex.title_modifiers
        k = j
        while k < len(doc) and doc[k].lower_ in titles:
            k += 1
        if k == j or doc[k - 1].lower_ not in self.lex.title_heads:
            return False
        return k >= len(doc) or doc[k].lower_ in ("of", "at", "for", "to") or not self._namey(k)

    def _structural_wins(self, candidates: list[Found]) -> tuple[list[Found], list[Found]]:
        """ "Administrative Committee of the <X> Development Zone": a structural organization
        whose "of" part is a name found by a stronger rule wins over it; that name is kept
        as a mention nested in it."""
        inner: list[Found] = []
        spans = [(c, span) for c in candidates if (span := self._complement_of(c)) is not None]
        spans += self._cluster_bodies(candidates) + self._cluster_events(candidates)
        if not spans:
            return candidates, inner
        kept = []
        for c in candidates:
            holder = next(
                (
                    o
                    for o, (a, b) in spans
                    if o is not c and a <= c.start and c.end <= b and c.priority > o.priority
                ),
                None,
            )
            if holder is None:
                kept.append(c)
            else:
                c.nested = True
                inner.append(c)
        return kept, inner

    def _cluster_events(self, candidates: list[Found]) -> list[tuple[Found, tuple[int, int]]]:
        """ "the <X> Valley of China International Optoelectronic Exposition": an event named
        after the cluster that opens its name holds the cluster's name (the exposition is the
        name; the valley a mention inside it)."""
        clusters = [c for c in candidates if c.kind is Kind.INDUSTRY_CLUSTER]
        out: list[tuple[Found, tuple[int, int]]] = []
        for event in candidates:
            if event.kind is not Kind.EVENT or event.rule != "event-name":
                continue
            last = event.name.split()[-1].casefold()
            if last not in self.lex.event_heads:
                continue
            for cluster in clusters:
                if cluster.start == event.start and cluster.end < event.end:
                    out.append((event, (cluster.start, cluster.end)))
        return out

    def _cluster_bodies(self, candidates: list[Found]) -> list[tuple[Found, tuple[int, int]]]:
        """ "<X> High-tech Zone Administrative Committee": an organization named by a cluster's
        name and organization words after it (its governing body) holds the cluster's name, as
        "Administrative Committee of the <X> Zone" does."""
        clusters = [c for c in candidates if c.kind is Kind.INDUSTRY_CLUSTER]
        out: list[tuple[Found, tuple[int, int]]] = []
        for org in candidates:
            if org.kind is not Kind.ORGANIZATION or self._complement_of(org) is not None:
                continue
            for cluster in clusters:
                if not (org.start <= cluster.start and cluster.end < org.end):
                    continue
                tail = [w.casefold() for w in self.text[cluster.end : org.end].split()]
                if (
                    tail
                    and tail[-1] in self.lex.org_heads
                    and all(w in self.lex.org_heads or w in self.lex.body_modifiers for w in tail)
                ):
                    out.append((org, (cluster.start, cluster.end)))
                    self._bodies[id(org)] = org
        return out

    def _drop_portfolios(self, candidates: list[Found]) -> list[Found]:
        """ "Director of International Affairs at the <Org>", "Director for <X> of the <Org>":
        what follows "<Title> of|for" is the post's portfolio when "at <Org>" (or, after "for",
        "of <Org>") comes next, not an organization of its own."""
        doc = self.toks
        spans: list[tuple[int, int]] = []
        bodies: dict[int, int] = {}  # a field's start -> the start of the body after it
        extra: list[Found] = []
        for i in range(len(doc) - 3):
            if doc[i].lower_ not in self.lex.title_heads or doc[i + 1].lower_ not in ("of", "for"):
                continue  # "Director of|for International Affairs at the <Org>"
            j = i + 2
            k = j
            while k < len(doc) and k - j < 5 and self._namey(k) and doc[k].sent == doc[i].sent:
                k += 1
            portfolio = self._portfolio_end(i)
            if portfolio is not None:  # "Minister of Industry and Trade (of <Country>)"
                post = i  # (and the post with it, which NER may read as a body of that name)
                while post > 0 and doc[post - 1].lower_ in self.lex.title_modifiers:
                    post -= 1
                spans.append((doc[post].idx, doc[portfolio - 1].idx + len(doc[portfolio - 1].text)))
                served = doc[portfolio - 1]
                place = self._place(served.text) if doc[portfolio - 2].lower_ == "of" else None
                if place is not None:
                    extra.append(
                        Found(
                            served.idx,
                            served.idx + len(served.text),
                            clean_name(served.text),
                            self._place_type(served.text, place),
                            "name-part",
                            0.75,
                        )
                    )
                continue
            nxt = k + 2 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
            # "Managing Director for International Affairs of the <Org>": after "for", "of"
            # leads to the organization too
            leads = ("at", "of") if doc[i + 1].lower_ == "for" else ("at",)
            if k > j and doc[k - 1].lower_ in _FIELDS_OF_WORK:
                # "Director of International Relations of the Municipality of <City>": a field
                # of work, then the body
                leads = ("at", "of")
            if j < k < len(doc) and doc[k].lower_ in leads and nxt < len(doc) and self._namey(nxt):
                spans.append((doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)))
                bodies[doc[j].idx] = doc[nxt].idx
        boards = [(b, b is not c) for c in candidates if (b := self._board_of(c)) is not None]
        candidates = [
            b
            for b, trimmed in boards
            # (a longer name NER read from the same start, with its legal form, is the company)
            if not trimmed
            or not any(
                o.start == b.start and o.end > b.end and o.kind is Kind.ORGANIZATION
                for o, _ in boards
            )
        ]
        if not spans:
            return candidates
        kept = []
        for c in candidates:
            # (an organization, or an event by its last word: "Investment Promotion")
            if c.kind not in (Kind.ORGANIZATION, Kind.EVENT):
                kept.append(c)
            elif any(a <= c.start and c.end <= b for a, b in spans):
                continue
            elif c.start in bodies and c.end > bodies[c.start]:
                # "International Relations of the Municipality of <City>" read as one name:
                # the body after the field
                body = bodies[c.start]
                kept.append(replace(c, start=body, name=clean_name(self.text[body : c.end])))
            else:
                kept.append(c)
        return kept + [p for p in extra if not any(c.overlaps(p) for c in kept)]

    def _portfolio_end(self, i: int) -> int | None:
        """End token of a minister's portfolio after "<Minister> of" ("Industry and Trade"), with
        the country it serves ("of Vietnam"); None when what follows names an organization."""
        doc = self.toks
        if doc[i].lower_ not in self.lex.portfolio_titles:
            return None
        j = i + 2
        k = j
        while k < len(doc) and k - j < 9 and doc[k].sent == doc[i].sent:
            if self._namey(k) or (
                doc[k].lower_ in ("and", "&", ",") and k + 1 < len(doc) and self._namey(k + 1)
            ):
                k += 1
                continue
            break
        # "Commissioner for Commerce, Cooperatives, Trade and Investment": a list of remits
        # closes with "and"; a comma without one ends the portfolio
        words = [t.lower_ for t in doc[j:k]]
        if "," in words and not (
            {"and", "&"} & set(words[words.index(",") :])
            and self._remit_words(j + words.index(","), k)
        ):
            k = j + words.index(",")
        if k == j:
            return None
        words = [t.text for t in doc[j:k]]
        if words[-1].casefold() in self.lex.org_heads or all(w.isupper() for w in words):
            return None  # "Secretary of the <X> Committee", "Secretary-General of ASEAN"
        if self._place(self.doc[j:k].text) is not None:
            return None  # "Minister of <Country>": a place, kept as such
        if k + 1 < len(doc) and doc[k].lower_ == "of" and self._place(doc[k + 1].text):
            k += 2
        return k
