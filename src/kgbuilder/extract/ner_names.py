"""NER spans corrected: trimmed, retyped by gazetteer and context, or dropped.

The statistical model's names of one document, each checked against what is around it: a place
the gazetteer knows is a place whatever NER said; "<Name>, Chief Technology Officer of <Org>"
is a person and "General Manager of <Name>" an organization; a name after a descriptor noun
("the German cable maker <X>"), or bought by someone, is a company; a common noun capitalised
for opening a sentence is no name. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Any

from kgbuilder.extract.finder_base import (
    BIG_CITY,
    CURRENCY_CODES,
    DETERMINERS,
    HONORIFICS,
    LOCATIVES,
    NER_TYPES,
    PATRONYMIC_LINKS,
    SEAT_WORDS,
    SHARED_TITLE_HEADS,
    STYLE_OPENERS,
    STYLES,
    SUM_OF_MONEY,
    FinderBase,
)
from kgbuilder.extract.nlp import short_given_name
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import Place
from kgbuilder.kinds import Kind
from kgbuilder.names import COMPANY_KIND_WORDS, clean_name, loose_key

#: landmark heads that open a name before "of" ("Temple of <X>"); a hall or a market of a
#: body may be an organization ("Hall of Fame", "Market of <X>")
HEAD_FIRST = frozenset(
    {"temple", "pagoda", "palace", "mausoleum", "tomb", "cathedral", "mosque", "monastery",
     "castle", "fortress", "shrine", "gardens", "garden", "statue", "monument"}
)  # fmt: skip
#: nouns for people that describe firms as well ("a Kenyan importer", "a Dutch grower")
TRADE_NOUNS = frozenset(
    {"buyer", "trader", "exporter", "importer", "vendor", "retailer", "distributor", "dealer",
     "seller", "merchant", "exhibitor", "participant", "customer", "consumer", "shopper",
     "grower", "farmer", "producer", "supplier", "planner"}
)  # fmt: skip
#: prepositions after which a city's name is a place ("from <City>", "in <City>")
PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "near", "across", "around", "outside"})
#: lower-case words after a name that say it is a town or an area ("<Town> city")
_TOWN_NOUNS = frozenset(
    {"city", "town", "county", "district", "municipality", "prefecture", "province", "regency"}
)
_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")


#: lower-case words inside names of companies and people ("Cilindros del Bajío", "van Dijk")
_NAME_PARTICLES = frozenset({"de", "del", "da", "dos", "das", "della", "di", "du", "van", "von"})


#: words that end the name of a part of a city or county ("Town", "Village" end clubs and
#: surnames too: "Grimsby Town", "Harry Village")
_PLACE_UNIT_WORDS = frozenset({"district", "subdistrict", "county", "prefecture"})
#: descriptors of a shop or a works, never of a person ("with supermarket chain <X>")
_SHOP_WORDS = frozenset({"chain", "winery", "distillery", "brewery", "dairy", "bakery"})
#: words after a team's name, and verbs of a match: a team named after its state is no place
_TEAM_WORDS = frozenset(
    {"coach", "captain", "skipper", "side", "team", "squad", "fans", "players", "player"}
)
_MATCH_VERBS = frozenset({"beat", "defeat", "win", "lose", "draw", "play", "thrash", "edge"})
#: words of a public body or service named after its district ("<X> Unified School District")
_DISTRICT_BODY_WORDS = frozenset(
    {"school", "unified", "independent", "park", "parks", "water", "fire", "flood", "control"}
    | {"reserve", "federal", "transit", "sanitation", "hospital", "library", "court", "utility"}
    | {"congressional", "electoral", "improvement", "business", "irrigation", "police"}
)


#: head words that end a body's name, after which "and" begins another organization
_BODY_HEADS = frozenset(
    {"government", "committee", "bureau", "ministry", "commission", "council", "agency"}
    | {"administration", "municipality", "embassy", "consulate", "chamber", "association"}
)

#: "lithium iron phosphate (LFP)": capitals in brackets after lower-case words spell a thing
_PLAIN_ACRONYM = re.compile(r"\b((?:[a-z][a-z-]* ){0,5}[a-z][a-z-]*) \(([A-Z][A-Za-z]{1,7})\)")

#: what a company has and a person has not, before "of <name>" ("a subsidiary of <X>")
_OWNED_PARTS = frozenset({"subsidiary", "subsidiaries", "affiliate", "shareholder", "unit"})


#: lower-case words inside places' names ("São José dos Campos", "Rio de Janeiro")
_PLACE_PARTICLES = frozenset(
    {"de", "del", "da", "das", "do", "dos", "des", "du", "di", "della", "la", "le", "es", "sur"}
)
#: a town at least this big is the place whenever its whole name is written
_TOWN_BY_NAME_ALONE = 100_000
#: "bin", "binti": the word between a Malay name and the father's
_PATRONYMICS = frozenset({"bin", "binti", "bte", "bt"})
#: a middle initial ("R.")
_INITIAL = re.compile(r"[A-Z]\.")
#: the middle names that mark a Vietnamese name ("Nguyen Van An", "Do Thi Thu Ha"), and the family
#: names NER may leave out before them because they are also English words or letters
_VIETNAMESE_MIDDLE_NAMES = frozenset({"Thi", "Van", "Thị", "Văn"})
_VIETNAMESE_FAMILY_NAMES = frozenset(
    {"Do", "Le", "Ho", "Ha", "To", "Ta", "Ly", "Vu", "Vo", "Bui", "Mai", "Cao", "Chu", "Lam"}
    | {"Đỗ", "Lê", "Hồ", "Hà", "Tô", "Tạ", "Lý", "Vũ", "Võ", "Bùi"}
)
#: words after which a lone capitalised word NER left untagged may be a town
_TOWN_PREPOSITIONS = frozenset({"of", "in", "from", "near", "at", "to"})


#: envoys accredited "to" or "in" a country ("Ambassador to <Country> <Name>")
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "consul-general", "general", "attaché"})


def _body_named_at(doc: list[Any], at: int) -> bool:
    """Does a body's name follow the "at" at ``at`` ("at the Indonesian Investment ...", not
    "at the time", "at its London office")?"""
    j = at + 1 if at + 1 < len(doc) and doc[at + 1].lower_ != "the" else at + 2
    return j < len(doc) and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("ORG", "")


#: the words of posts written before a style of address: "Kedah Menteri Besar Datuk Seri <Name>"
#: (a Malaysian state's chief minister)
_POSTS_BEFORE_STYLES = frozenset({"menteri", "besar"})
#: "the district of <X>": a place named by its kind
_PLACE_NOUN_OF = re.compile(r"\bthe (?:district|town|municipality|village|commune|borough) of$")
#: "in <Town>, in the (northern) state of <State>"
_IN_STATE_OF = re.compile(r", in the (?:[a-z-]+ )?(?:state|province|region|department) of [A-Z]")
#: "<Town>, <Abbreviation>": a town and its state or province in press style ("Windsor, Ont.")
_TOWN_THEN_ABBREVIATION = re.compile(
    r"(?P<town>(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’-]*), "
    r"(?P<abbr>(?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.){2,3}(?:[A-Z][a-z]\.)?)(?=[\s,;:)]|$)"
)
#: the kinds of division written after a division's name ("Lagos State", "Jiangxi Province")
_DIVISION_KINDS = frozenset({"state", "province", "region", "county", "prefecture"})
#: a one-word "facility" NER found that names a town of this size is the town
_TOWN_NOT_BUILDING = 50_000


#: the last words of a post's remit ("for <Country> Relations"), never a given name
_REMIT_WORDS = frozenset({"relations", "affairs", "cooperation", "exchanges", "markets"})
#: words before a country's name that name a part of it or the country itself, no agency
_PARTS_OF_COUNTRIES = frozenset(
    {"mainland", "atlantic", "pacific", "coastal", "rural", "urban", "metropolitan", "little",
     "old", "new", "modern", "ancient", "imperial", "colonial", "soviet", "republican", "free",
     "democratic", "people's", "united", "great", "royal", "federal", "peninsular", "insular",
     "outer", "inner", "overseas", "interior", "southernmost", "northernmost", "all", "whole"}
)  # fmt: skip
#: the last word of a division's name, which NER may take for a building's
_DIVISION_LAST = re.compile(
    r" (?:Region|Province|District|County|Prefecture|Governorate|Oblast|Voivodeship|Regency|"
    r"State|Municipality|Emirate|Wilaya|Department|Territory)$"
)
#: a sovereign by style, name and regnal number ("King Mohammed VI", "Pope Leo XIV"; not a
#: bare "I", as often a pronoun or a first part's number)
_REGNAL = re.compile(
    r"\b(?:King|Queen|Emperor|Empress|Sultan|Emir|Pope|Tsar|Shah|Sheikh) [A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?? (?=[IVX])(?!I\b)(?:X{0,3})(?:IX|IV|V?I{0,3})\b(?<! )"
)
#: '<Given> "<Nickname>" <Family>': the given names, the nickname in quotes, the family name
_NICKNAMED = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]{0,2}\. )?(?:[A-Z][\w'’-]+ ){1,2}[\"“][A-Z][\w'’-]+[\"”] "
    r"(?:(?:de|dela|del|de la|van|von|da|dos|di) )?[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?"
)
#: a capitalised word in quotes between two words, as a nickname is written
_QUOTED_WORD = re.compile(r"\w [\"“][A-Z][\w'’-]*[\"”] \w")
#: those posts as written ("Mayor", "Governor")
_LOCAL_POST_WORD = re.compile(r"\b(?:Mayor|Governor|Premier|Vice-Mayor|Vice-Governor)\b")
#: the posts of a town's or a province's own government, written after its name
_LOCAL_POSTS = frozenset({"mayor", "governor", "premier", "vice-mayor", "vice-governor"})


class NerNames(FinderBase):
    """NER spans corrected by the gazetteer and by what surrounds them."""

    _org_texts: set[str] | None = None  # the organizations' names NER found, as written

    def _ner_spans(self) -> list[Found]:
        out: list[Found] = []
        doc = self.toks
        persons = [e for e in self.ents if e.label_ == "PERSON" and len(e) > 1]
        person_words = {t.lower_ for e in persons for t in e}
        common = {t.text for t in doc if t.text.isalpha() and t.text.islower()}
        plain = self._plain_acronyms()
        for ent in self._bodies_for_two_places():
            type_name = NER_TYPES.get(ent.label_)
            if ent.label_ == "NORP" and (country := self._state_read_as_group(ent)) is not None:
                found = self._span_found(ent.start, ent.end, "Place", "ner", 0.75)
                if found is not None:  # "Burkina Faso and Togo", "<X> regency, North Maluku"
                    found.type = self._place_type(found.name, country)
                    out.append(found)
                continue
            if type_name is None:
                continue
            if len(ent) == 1 and (ent.text in plain or self._unit_after_number(ent.start)):
                continue  # "(LFP)" for lower-case words, "410 MW": no name
            if SUM_OF_MONEY.match(self.text, doc[ent.start].idx) or ent.text in CURRENCY_CODES:
                continue  # "R$1.27 billion", "PLN 210 million", "EUR" read as a name
            if ent.label_ == "PERSON" and ent.text.casefold() in STYLES:
                continue  # "Tan Sri" before a name: a style of address
            if self._title_and_styles_only(ent):
                continue  # "<ACR> Vice Rector Prof. Dr. <P>": "Rector Prof." names no one
            if (
                ent.end < len(doc)
                and doc[ent.end].lower_ == "affairs"
                and ent.start > 0
                and doc[ent.start - 1].lower_ == "of"
            ):
                continue  # "director of Asia-Pacific affairs at <O>": a field of work
            if (
                len(ent) == 1
                and ent.text.isupper()
                and ent.start > 1
                and doc[ent.start - 1].text == "("
                and doc[ent.start - 2].lower_ in self.lex.title_heads
            ):
                continue  # "the Principal Secretary (PS) in ...": the post's abbreviation
            if self._field_of_post(ent):
                continue  # "Director of Investment Promotion for East Asia at <O>": a field
            if (
                len(ent) == 1
                and ent.label_ in ("ORG", "PERSON")
                and doc[ent.start].is_sent_start
                and doc[ent.start].lower_ in common
            ):
                continue  # "Tea took centre stage": a common noun of the text opening a sentence
            end = ent.end
            pair = self._place_pair(ent)
            if pair:
                out.extend(pair)  # "Xiangyang and Shiyan": two places NER ran together
                continue
            bodies = self._two_bodies(ent) if ent.label_ == "ORG" else []
            if bodies:
                out.extend(bodies)  # "the <City> People's Government and Business Finland"
                continue
            styled = self._styled_person_of_body(ent) if ent.label_ == "ORG" else []
            if styled:
                out.extend(styled)  # "Engr. <Given> <Family> of <Body>": a person and a body
                continue
            accredited = self._envoy_country_and_name(ent)
            if accredited:
                out.extend(accredited)  # "Ambassador to <Country> <Given> <Family>": two names
                continue
            possessed = self._place_possessed_name(ent) if ent.label_ == "ORG" else []
            if possessed:
                out.extend(possessed)  # "Lahore's <X> Engineering (Pvt) Ltd": a town, its firm
                continue
            seated = self._seated_name(ent) if ent.label_ in ("ORG", "FAC") else None
            if seated:
                out.extend(seated)  # "the Temple of Confucius in Qufu": a name, then its place
                continue
            titled = False
            start = ent.start
            words = _name_words(ent)  # ("Bakare-Olowu" is one word of three tokens)
            if ent.label_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART", "PRODUCT") and words <= 3:
                end = self._person_end(ent.end)
                titled = self._titled_after(end) and self._place(ent.text) is None
                if not titled and ent.label_ != "PERSON":
                    end = ent.end
                if titled or ent.label_ == "PERSON":
                    start = self._person_start(ent.start, end)
            if ent.label_ == "PERSON":
                while (
                    end - start > 1
                    and doc[start].text.istitle()
                    and (
                        doc[start].lower_ in self.lex.title_heads
                        or doc[start].lower_ in self.lex.title_modifiers
                        or doc[start].lower_ in HONORIFICS
                    )
                ):
                    start += 1  # "Mayor Li Yanping", "Ato <Name>": the title is no part of it
                if start > ent.start and doc[start].lower_ in ("for", "of", "at", "in", "and"):
                    continue  # "Counsellor | for Economic": a post and its remit, no one's name
                served = self._place_before_holder(start, end)
                if served is not None:
                    out.append(served)  # "Governor of | Central Java | Ahmad Luthfi"
                    start = bisect.bisect_left(self._token_starts, served.end)
                if (
                    start > 0
                    and doc[start].text in _VIETNAMESE_MIDDLE_NAMES
                    and doc[start - 1].text in _VIETNAMESE_FAMILY_NAMES
                ):
                    start -= 1  # "Do Thi Thu Ha": NER took "Do" for the verb
                if start > 1 and short_given_name(doc, start - 2):
                    start -= 2  # "Ma. Cristina L. Aquino": "Ma." is María, part of the name
                if (
                    end + 1 < len(doc)
                    and _INITIAL.fullmatch(doc[end].text)
                    and doc[end + 1].is_title
                    and doc[end + 1].is_alpha
                ):
                    end += 2  # "Maria Angelica | R. Dizon": a middle initial split the name
            if ent.label_ in ("ORG", "PERSON") and self._name_runs_left(start, ent.label_):
                # "<Cilindros Hidráulicos> | del Bajío S.A. de C.V.", "<X> Heavy | Machinery
                # Group Co.": NER began inside the name
                while (
                    start > 0
                    and not doc[start].is_sent_start
                    and (
                        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper())
                        or (
                            doc[start - 1].text in self._particles(ent.label_)
                            and start > 1
                            and doc[start - 2].text[:1].isupper()
                        )
                    )
                ):
                    start -= 1
            if ent.label_ == "ORG" and start == ent.start:
                start -= self._cut_from_longer(
                    ent
                )  # "<X> | Horizon Group" after "<X> Horizon Group"
            tail = (
                self._legal_tail(ent.end)
                if ent.label_ in ("ORG", "PERSON")
                or (
                    ent.label_ == "GPE"
                    and len(ent) > 1
                    and not any(t.text in ("'s", "’s") for t in ent)
                    and self._place(ent.text) is None
                )
                else None
            )  # ("Vojvodina AgroTech | d.o.o.": a "place" with a legal form is a company)
            if ent.label_ == "ORG":
                start = self._after_demonym_descriptor(start, tail or end)
                if (
                    start > ent.start + 1
                    and doc[start - 1].lower_ in ("company", "firm")
                    and doc[start - 2].lower_ not in self.lex.demonyms
                ):
                    seat_town = self._span_found(start - 2, start - 1, "Place", "ner", 0.75)
                    if seat_town is not None and (place := self._place(seat_town.name)) is not None:
                        seat_town.type = self._place_type(seat_town.name, place)
                        out.append(seat_town)  # "the Arequipa company <X>": the town on its own
            # "<X> Beef Noodle Co." read as a person: a company all the same
            company = ent.label_ == "ORG" or (
                ent.label_ == "PERSON" and self._is_legal(doc[ent.end - 1])
            )
            if (
                (company or tail is not None)
                and start == ent.start
                and self._province_opens(
                    ent.start, legal=tail is not None or self._is_legal(doc[ent.end - 1])
                )
            ):
                start -= 1  # "Jiangsu | <X> Heavy Machinery Group Co.": NER left the province out
            elif (
                (company or tail is not None)
                and start == ent.start
                and start >= 2
                and (tail is not None or self._is_legal(doc[ent.end - 1]))
                and self._brand_before(start)
                and self._province_opens(start - 1, legal=True)
            ):
                start -= 2  # "<City> <Brand> | Commercial Vehicle Co., Ltd.": both left out
            if tail is not None:
                found = self._span_found(start, tail, "Organization", "ner", 0.8)
                if found is not None:  # "<Name> Central Asia LLP": NER stopped before the form
                    found.cued = True
                    out.append(found)
                continue
            if ent.label_ in ("ORG", "PERSON") and len(ent) > 1 and self._country_follows(ent):
                end = ent.end + 1  # "<Brand> Machinery Vietnam": NER cut the country off
                found = self._span_found(start, end, "Organization", "ner", 0.75)
                if found is not None:
                    found.cued = True
                    out.append(found)
                continue
            found = self._span_found(start, end, type_name, "ner", 0.8)
            if found is None or not any(ch.isupper() for ch in found.name):
                continue
            if (
                ent.label_ in ("GPE", "LOC")
                and (wider := self._place_before(ent.start, end)) is not None
                and self._longer_place_meant(found.name, wider.name)
            ):
                out.append(wider)  # "in Santo <Tomas>, Batangas", "General <Santos City>"
                continue
            if ent.label_ != "ORG" and self._company_named(ent.start, end):
                found = self._span_found(
                    self._name_start(ent.start), end, "Organization", "ner", 0.75
                )
                if found is not None:
                    found.cued = True  # "said his company, <X>, shipped": whatever NER said
                    out.append(found)
                continue
            if self._city_as_body(found, ent.start):
                found.type = "Organization"  # "invited by <X> and the City of <Y>"
                found.cued = True
                out.append(found)
                continue
            if found.name.split()[0].casefold() in self.lex.legal_prefixes and (
                found.name.split()[0].isupper() and len(found.name.split()) > 1
            ):
                found.type = "Organization"  # "PT <Name>": a company, whatever NER said
                found.cued = True
                out.append(found)
                continue
            if (
                titled
                or (
                    ent.label_ in ("ORG", "GPE")
                    and words <= 3
                    and (
                        self._person_described(end)
                        or self._person_posted(end)
                        or self._person_posted_capitalised(end)
                        or self._person_after_post(start)
                    )
                )
                or (
                    ent.label_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART")
                    and words <= 3
                    and self._who_follows(start, end)
                )
            ):
                if not titled and (before := self._person_start(start, end)) < start:
                    found = self._span_found(before, end, type_name, "ner", 0.8) or found
                if start + 2 < end and doc[start].lower_ in HONORIFICS:
                    # "Dr <Given> <Family>, head of sales at <Org>": the name after the style
                    found = self._span_found(start + 1, end, type_name, "ner", 0.8) or found
                found.type = "Person"  # "<Name>, Chief Technology Officer of <Org>"
                out.append(found)
                continue
            if ent.label_ in (
                "PERSON",
                "GPE",
                "PRODUCT",
                "WORK_OF_ART",
            ) and self._company_named_before(start):
                found.type = "Organization"  # "The new company, <X>, will invest": a company
                found.cued = True
                out.append(found)
                continue
            if ent.label_ == "PERSON" and (town := self._town_read_as_person(ent)) is not None:
                found.type = self._place_type(found.name, town)  # "between Wuhan and Duisburg"
                out.append(found)
                continue
            if (
                ent.label_ == "PERSON"
                and len(ent) == 1
                and ent.text.casefold() not in person_words
                and self._lone_name_placed(ent)
            ):
                found.type = "Place"  # "crossed the border at Khorgos and Dostyk"
                out.append(found)
                continue
            if ent.label_ == "PERSON" and self._after_post(ent.start):
                found.type = "Organization"  # "General Manager of <Name>": NER took it for a person
                found.cued = True
                out.append(found)
                continue
            if (
                ent.label_ in ("PRODUCT", "WORK_OF_ART", "LAW")
                and len(ent) > 1
                and self._org_described(ent.start, end)
            ):
                found.type = "Organization"  # "Cape Town clothing retailer <X>"
                found.cued = True
                out.append(found)
                continue
            if ent.label_ in ("PERSON", "GPE", "LOC", "FAC") and (
                self._org_described(ent.start, end)
                or self._head_first_name(found, found.name.split()[0])
                or (self._possessed(ent.end) and self._place(found.name) is None)
            ):
                found.type = "Organization"  # "the German cable maker <X>",
                found.cued = True
                out.append(found)  # "Transportes <X>", "<X>'s fleet"
                continue
            if self._based(ent.end) and (place := self._place(found.name)) is not None:
                found.type = self._place_type(found.name, place)  # "the Recife-based maker"
                found.cued = True  # (the words say a place, whatever NER said)
                out.append(found)
                continue
            if self._based(ent.end) and (wider := self._place_before(ent.start, end)) is not None:
                out.append(wider)  # "<Johor> <Bahru>-based": NER kept only the last word
                continue
            if ent.label_ == "PERSON" and self._acquired(ent):
                found.type = "Organization"  # "<X> was acquired by ...": people are not bought
                found.cued = True
                out.append(found)
                continue
            if (
                ent.label_ in ("PERSON", "ORG")
                and self._place(found.name) is None
                and (
                    (
                        end < len(doc)
                        and doc[end].text
                        in ("area", "district", "neighbourhood", "neighborhood", "suburb")
                    )
                    or (len(ent) == 1 and self._city_part(ent.start, end))
                )
            ):
                found.type = "Place"  # "in <City>'s <X> area", "based in <City>'s <X> with"
                found.confidence = 0.7
                out.append(found)
                continue
            if ent.label_ in ("PERSON", "ORG") and self._place_described(end):
                place = self._place(found.name)
                found.type = self._place_type(found.name, place)  # "<X>, capital of <Y>"
                found.confidence = 0.7
                out.append(found)
                continue
            if ent.label_ in ("PERSON", "ORG") and (
                place := self._located(start, found.name, ent.root.i)
            ):
                found.type = self._place_type(found.name, place)  # "a plant in Debrecen"
                found.confidence = 0.7
                out.append(found)
                continue
            if (
                ent.label_ in ("PERSON", "ORG")
                and ent.end < len(doc)
                and doc[ent.end].lower_ in self.lex.org_descriptors
                and doc[ent.end].text.islower()
                and found.name.casefold() not in self.lex.demonyms  # "a Kazakh dealer network"
                and (place := self._located_word(found.name)) is not None
            ):
                found.type = self._place_type(found.name, place)  # "a <City> manufacturer"
                found.confidence = 0.7
                out.append(found)
                continue
            if ent.label_ == "PERSON" and self._described(ent.start):
                continue
            if (
                ent.label_ == "ORG"
                and len(found.name.split()) == 1
                and (
                    found.name.casefold() in self.lex.title_heads
                    or found.name.casefold() in self.lex.org_heads
                )
            ):
                continue  # "CEO", "Board": a title or a bare head word is no name
            if (
                ent.label_ in ("PERSON", "GPE", "LOC", "NORP")
                or (ent.label_ == "ORG" and self._before_a_person(ent.end))
            ) and all(
                t.lower_ in self.lex.title_heads or t.lower_ in self.lex.title_modifiers
                for t in doc[ent.start : ent.end]
            ):
                continue  # "Minister Counsellor <P>", "Consul General <P>": a title
            titled_person = self._titled_person(ent) if ent.label_ == "ORG" else None
            if titled_person is not None:
                out.append(titled_person)  # "State Councillor Dr. <Surname>": a person and a title
                continue
            if (
                ent.label_ == "ORG"
                and len(ent) == 1
                and doc[ent.start].lower_ in self.lex.title_modifiers
                and ent.end < len(doc)
                and doc[ent.end].lower_ in self.lex.title_heads
            ):
                continue  # "State Secretary": the first word of a title
            if found.name.casefold() in self.lex.demonyms:
                continue  # "Kazakh entrepreneur <P>", "a Sri Lankan tea taster": a nationality
            if (
                len(ent) == 2
                and doc[ent.start].lower_ in self.lex.demonyms
                and doc[ent.end - 1].lower_ in self.lex.place_nouns
            ):
                continue  # "the Kazakh city of <X>": a nationality and a common noun
            if (
                ent.label_ in ("ORG", "PERSON")
                and ent.start >= 2
                and doc[ent.start - 1].lower_ == "of"
                and doc[ent.start - 2].lower_ in ("city", "town", "village", "port", "county")
                and doc[ent.start - 2].text.islower()
            ):  # "the Kazakh city of <X>": a place, whatever NER said
                place = self._place(found.name)
                found.type = "City" if place is None else self._place_type(found.name, place)
                found.cued = True
                out.append(found)
                continue
            if self._capitalised_by_position(ent):
                continue  # "-- Seafood exporters met ...": a common noun opening a sentence
            first = doc[ent.start].lower_
            if (
                first in self.lex.demonyms
                and ent.label_ in ("PERSON", "ORG")
                and len(ent) == 2
                and doc[ent.end - 1].lower_ in self.lex.title_heads
            ):
                continue  # "Chilean historian": a description
            if (
                first in self.lex.demonyms
                and ent.label_ == "ORG"
                and ent.end < len(doc)
                and doc[ent.end].lower_ in self.lex.portfolio_titles
                and not any(t.lower_ in self.lex.org_heads for t in doc[ent.start : ent.end])
            ):
                continue  # "Thai Commerce Minister <Name>": a nationality and a portfolio
            corrected = self._correct(found, ent.label_, person_words, start)
            if corrected is not None:
                out.append(corrected)
        return (
            out
            + self._untagged_titled_people()
            + self._places_across_particles()
            + self._untagged_towns()
            + self._towns_before_posts()
            + self._nicknamed_people()
            + self._regnal_names()
            + self._untagged_divisions()
            + self._abbreviated_divisions()
            + self._honorific_names()
        )

    def _abbreviated_divisions(self) -> list[Found]:
        """ "St. Thomas, Ont.", "Fremont, Calif.": a state or province in press style after a
        town of it (the town the gazetteer places there, so "Md." of a Bangladeshi name or
        "Miss." of a woman's is never read so); the mention is named in full ("Ontario")."""
        out: list[Found] = []
        if not self.gaz.abbreviation_pattern().search(self.text):
            return out  # (no abbreviation written at all: most texts)
        for match in _TOWN_THEN_ABBREVIATION.finditer(self.text):
            division = self.gaz.abbreviated_division(match.group("abbr"))
            if division is None or division.division_key is None or division.country_code is None:
                continue
            town = self.gaz.lookup(
                match.group("town"),
                feature="city",
                hint_countries={division.country_code},
                hint_divisions={division.division_key},
            )
            if town is None or town.division_key != division.division_key:
                continue
            start = match.start("abbr")
            end = start + len(match.group("abbr"))
            out.append(
                Found(start, end, division.name, "AdministrativeArea", "press-abbreviation", 0.8)
            )
        return out

    def _untagged_divisions(self) -> list[Found]:
        """ "... Local Government Area of Lagos State, is": a division by its name and its kind
        ("State", "Province") that NER left untagged, when the gazetteer knows a division so
        named in a country the text names, and no body's word follows ("Lagos State
        Government" is the government)."""
        doc = self.toks
        out: list[Found] = []
        for i in range(len(doc) - 1):
            tok, kind = doc[i], doc[i + 1]
            if (
                kind.lower_ not in _DIVISION_KINDS
                or not kind.is_title
                or tok.ent_iob_ != "O"
                or kind.ent_iob_ != "O"
                or not (tok.is_alpha and tok.is_title)
            ):
                continue
            if (
                i + 2 < len(doc)
                and doc[i + 2].text[:1].isupper()
                and doc[i + 2].lower_ not in self.lex.title_heads  # "Lagos State Commissioner"
            ):
                continue  # ("<State> State Government", "<X> Province Investment Forum")
            place = self.gaz.lookup(tok.text, feature="admin1", hint_countries=self._countries)
            if place is None or place.country_code not in self._countries:
                continue  # (in a country the text names: not "the Free State beat the Lions")
            found = self._span_found(i, i + 2, "AdministrativeArea", "ner", 0.7)
            if found is not None:
                out.append(found)
        return out

    def _places_across_particles(self) -> list[Found]:
        """ "São José dos Campos", "Rio de Janeiro": a place whose name holds a lower-case word,
        which NER cuts in two or reads as people's names; the gazetteer knows it whole (a
        division, or a town of some size: a small one's name may be a person's)."""
        doc = self.toks
        out: list[Found] = []
        for i, tok in enumerate(doc):
            if tok.text not in _PLACE_PARTICLES or i == 0 or i + 1 >= len(doc):
                continue
            for before, after in ((3, 2), (3, 1), (2, 2), (2, 1), (1, 2), (1, 1)):
                j, end = i - before, i + 1 + after
                if j < 0 or end > len(doc):
                    continue
                words = [*doc[j:i], *doc[i + 1 : end]]
                if not all(w.is_title and w.is_alpha for w in words):
                    continue
                if (j > 0 and doc[j - 1].is_title and doc[j - 1].pos_ == "PROPN") or any(
                    e.label_ == "PERSON" and e.start <= j and e.end >= end and len(e) > end - j
                    for e in self.ents
                ):
                    continue  # "Augusto Teixeira de Freitas": a longer name, a person's
                name = self.text[doc[j].idx : doc[end - 1].idx + len(doc[end - 1].text)]
                place = self._place(name)
                if place is None or (
                    place.feature == "city" and place.population < _TOWN_BY_NAME_ALONE
                ):
                    continue
                out.append(
                    Found(
                        doc[j].idx,
                        doc[j].idx + len(name),
                        place.name,
                        "City" if place.feature == "city" else "AdministrativeArea",
                        "place-name",
                        0.8,
                    )
                )
                break
        return out

    @cached_property
    def _words_of_longer_names(self) -> frozenset[str]:
        """Capitalised words the text writes inside a longer capitalised name somewhere ("Yuci"
        of "Dehua Yuci Ceramics"): alone, such a word may be that name's short form."""
        doc = self.toks
        return frozenset(
            tok.text
            for i, tok in enumerate(doc)
            if tok.is_title
            and (
                (i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start)
                or (i + 1 < len(doc) and doc[i + 1].is_title)
            )
        )

    @cached_property
    def _label_at(self) -> dict[int, str]:
        """Token index -> the label of the NER entity the token is part of."""
        return {i: e.label_ for e in self.ents for i in range(e.start, e.end)}

    def _honorific_names(self) -> list[Found]:
        """ "Datuk Tan Boon Keat", "Tan Sri Ong Kah Hin": a name after a Malaysian or Bruneian
        style of address, which NER splits or reads with the style ("Tan Sri" as a person). The
        name is the capitalised words after the style, "bin"/"binti" between them."""
        doc = self.toks
        out: list[Found] = []
        i = 0
        while i < len(doc):
            if doc[i].lower_ not in STYLE_OPENERS:
                i += 1
                continue
            style = next(
                (n for n in (3, 2, 1) if " ".join(t.lower_ for t in doc[i : i + n]) in STYLES), 0
            )
            if (
                not style
                or not doc[i].text[:1].isupper()
                # "Jalan Tun Razak", "the Tun Razak Exchange": a street or a building named for
                # the holder of a style (not "Kedah Menteri Besar Datuk Seri <Name>": a post)
                or (
                    i > 0
                    and doc[i - 1].text[:1].isupper()
                    and not doc[i - 1].is_sent_start
                    and doc[i - 1].lower_ not in self.lex.title_heads | _POSTS_BEFORE_STYLES
                )
                or self._styled_name_read_as_place(i)
            ):
                i += 1
                continue
            start = k = i + style
            while (
                k < len(doc)
                and k - start < 5
                and (
                    (
                        doc[k].text.istitle()
                        and doc[k].is_alpha
                        and doc[k].lower_ not in STYLES
                        and doc[k].lower_ not in self.lex.title_heads
                        and doc[k].lower_ not in self.lex.title_modifiers
                    )
                    or (doc[k].lower_ in _PATRONYMICS and k > start)
                )
            ):
                k += 1
            while k > start and doc[k - 1].lower_ in _PATRONYMICS:
                k -= 1
            named = {t.lower_ for t in doc[start:k]}
            if (
                2 <= k - start <= 5
                and self._place(self.doc[start:k].text) is None
                and not named & (self.lex.org_heads | self.lex.landmark_heads | self.lex.seat_heads)
            ):
                end = doc[k - 1].idx + len(doc[k - 1].text)
                out.append(
                    Found(
                        doc[start].idx,
                        end,
                        self.text[doc[start].idx : end],
                        "Person",
                        "styled-name",
                        0.8,
                    )
                )
            i = max(k, i + 1)
        return out

    def _malay_given_names(self, accepted: list[Found]) -> list[Found]:
        """ "Datuk Seri Ahmad Faizal Rahman ... Ahmad Faizal said": a Malay name written after
        its style is later written by its given names, the father's name (after "bin") left
        off; those mentions are the person's."""
        given: dict[str, Found] = {}
        for f in accepted:
            words = f.name.split()
            if f.kind is not Kind.PERSON or len(words) < 3:
                continue
            before = self.text[max(0, f.start - 12) : f.start].casefold().split()
            if not any(" ".join(before[-n:]) in STYLES for n in (1, 2) if len(before) >= n):
                continue
            cut = next((k for k, w in enumerate(words) if w.casefold() in _PATRONYMICS), None)
            short = " ".join(words[: cut if cut and cut >= 2 else 2])
            given.setdefault(short, f)
        for f in accepted:
            full = given.get(f.name)
            if full is not None and f.kind is Kind.PERSON and f.start > full.start:
                f.name = full.name
        return accepted

    def _styled_name_read_as_place(self, i: int) -> bool:
        """Is the style at token ``i`` inside a name NER gave a place's or a body's label
        ("the Tun Razak Exchange"), other than one that opens with the style and holds nothing
        but the name ("chief executive Datuk Azmi Hamzah", read as a body)?"""
        if self._label_at.get(i) not in ("ORG", "FAC", "GPE", "LOC"):
            return False
        entity = next(e for e in self.ents if e.start <= i < e.end)
        return (
            entity.start != i
            # a post before it ("chief executive Datuk <Name>"), not "Tun Razak Exchange said"
            or i == 0
            or self.toks[i - 1].lower_ not in self.lex.title_heads | self.lex.title_modifiers
            or any(
                t.lower_ in self.lex.org_heads | self.lex.landmark_heads | self.lex.seat_heads
                or not t.text[:1].isupper()
                for t in entity
            )
        )

    def _untagged_towns(self) -> list[Found]:
        """ "<Company> AG of Ingolstadt": a one-word town NER left untagged after a preposition,
        when the gazetteer knows a town of some size by exactly that name and no capitalised word
        runs on from it (a smaller town's name may be a person's or a word's); before
        "-based", a town of any size ("<Town>-based distributor <X>")."""
        doc = self.toks
        out: list[Found] = []
        for i, tok in enumerate(doc):
            if i in self._label_at or tok.pos_ != "PROPN" or not (tok.is_title and tok.is_alpha):
                continue  # (cheap tests first: this looks at every token)
            based = self._based(i + 1)  # "acquired <Town>-based distributor <X>"
            if (
                not (based or (i > 0 and doc[i - 1].lower_ in _TOWN_PREPOSITIONS))
                or (i + 1 < len(doc) and doc[i + 1].is_title)
                or tok.text in self._words_of_longer_names
            ):
                continue
            place = self._place(tok.text)
            if (
                place is None
                or place.feature != "city"
                or place.name != tok.text
                or (place.population < _TOWN_BY_NAME_ALONE and not based)
            ):
                continue
            out.append(
                Found(
                    tok.idx,
                    tok.idx + len(tok.text),
                    place.name,
                    "City",
                    "place-name",
                    0.75,
                    cued=based,
                )
            )
        return out

    def _nicknamed_people(self) -> list[Found]:
        """'Ma. Corazon "Cora" <Family>', 'Ronald "Bato" dela Rosa': a name with the nickname
        its holder goes by in quotes between the given and the family names, which NER cuts at
        the quotes; one person's name when NER reads a person on either side."""
        out: list[Found] = []
        if _QUOTED_WORD.search(self.text) is None:
            return out  # (cheap test first: a quoted word between names is rare)
        for match in _NICKNAMED.finditer(self.text):
            start, end = match.start(), match.end()
            posts = self.lex.title_heads | self.lex.title_modifiers
            while True:  # "Senator <Given> ...": the post is no part of the name
                first = self.text[start:end].split(" ", 1)[0]
                if first.casefold().rstrip(".") not in posts | HONORIFICS:
                    break
                start += len(first) + 1
            written = self.text[start:end]
            quote = re.search(r"[\"“][^\"”]+[\"”]", written)
            if quote is None or re.search(r"['’]s\b", written[: quote.start()]):
                continue  # ('<P>'s "Eras" Tour': a possessive, then a title)
            opened, closed = start + quote.start(), start + quote.end()
            if not any(  # NER cut a person at the nickname itself ('Ma', 'Cora" <Family>')
                e.label_ == "PERSON" and e.start_char < closed and opened < e.end_char
                for e in self.ents
            ):
                continue
            written = clean_name(self.text[start:end])
            out.append(Found(start, end, written, "Person", "styled-name", 0.75))
        return out

    def _regnal_names(self) -> list[Found]:
        """ "HM King Mohammed VI", "Sultan Ibrahim II": a sovereign's style, name and regnal
        number, which NER may miss whole; the style is part of the name, as it is said."""
        out: list[Found] = []
        for match in _REGNAL.finditer(self.text):
            if any(
                e.label_ == "PERSON" and e.start_char <= match.start() and match.end() <= e.end_char
                for e in self.ents
            ):
                continue  # (NER has it already)
            written = clean_name(match.group(0))
            out.append(Found(match.start(), match.end(), written, "Person", "styled-name", 0.75))
        return out

    def _towns_before_posts(self) -> list[Found]:
        """ "<Greater Town> Mayor <Given> <Family> said": one or two capitalised words NER left
        untagged before a town's or a province's post ("Mayor", "Governor", "Premier"), when
        the gazetteer knows a town of some size or a province by exactly that name."""
        doc = self.toks
        out: list[Found] = []
        if _LOCAL_POST_WORD.search(self.text) is None:
            return out  # (cheap test first: most texts name no such post)
        for i, tok in enumerate(doc):
            if tok.lower_ not in _LOCAL_POSTS or not tok.is_title or i == 0:
                continue
            for width in (2, 1):
                start = i - width
                words = doc[start:i] if start >= 0 else []
                if not words or any(
                    t.ent_iob_ != "O" or not (t.is_title and t.is_alpha) or t.i in self._label_at
                    for t in words
                ):
                    continue
                if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
                    continue  # (a longer name runs on to the left)
                name = " ".join(t.text for t in words)
                place = self._place(name)
                if (
                    place is None
                    or place.name != name
                    or place.feature not in ("city", "admin1")
                    or (place.feature == "city" and place.population < _TOWN_BY_NAME_ALONE)
                ):
                    continue
                found = self._span_found(start, i, self._place_type(name, place), "ner", 0.7)
                if found is not None:
                    out.append(found)
                break
        return out

    def _place_before(self, start: int, end: int) -> Found | None:
        """The place that one or two capitalised words before ``start`` make with the name
        (``start``..``end``), when the gazetteer knows it."""
        doc = self.toks
        for width in (1, 2):
            first = start - width
            if first < 0 or not all(
                doc[t].text[:1].isupper() and doc[t].is_alpha and not doc[t].is_sent_start
                for t in range(first, start)
            ):
                return None
            name = self.text[doc[first].idx : doc[end - 1].idx + len(doc[end - 1].text)]
            place = self._place(name)
            if place is not None:
                return self._span_found(first, end, self._place_type(name, place), "ner", 0.8)
        return None

    def _longer_place_meant(self, name: str, longer: str) -> bool:
        """Is a place NER cut short ("Tomas" of "Santo Tomas") meant whole: the gazetteer knows
        the longer name, and no bigger place by the short name as its own?"""
        whole, short = self._place(longer), self._place(name)
        return whole is not None and (
            short is None or short.name != name or short.population <= whole.population
        )

    def _based(self, end: int) -> bool:
        """Is the name followed by "-based" or "-headquartered" ("the <City>-based maker")?"""
        doc = self.toks
        return (
            end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in SEAT_WORDS
        )

    def _acquired(self, ent: Any) -> bool:
        """Is the name the thing bought in "<X> was acquired by" or "acquired <X>"?"""
        root = ent.root
        lemma = root.head.lemma_.lower()
        if lemma not in ("acquire", "buy", "purchase"):
            return False
        return bool(root.dep_ == "nsubjpass" or (root.dep_ == "dobj" and root.head.i < ent.start))

    def _located(self, start: int, name: str, root: int) -> Place | None:
        """A name NER took for a person right after "in"/"near"/"from", or joined by "and" to
        a place after one ("projects in <Region> and <Region>"), that the gazetteer knows as a
        city or division of a country the document names ("a plant in <City>")."""
        if start == 0:
            return None
        if not self._coordinated_after_preposition(root, start) and self.toks[
            start - 1
        ].lower_ not in (
            "in",
            "near",
            "from",
            "outside",
            "between",
            "to",
            "by",
        ):
            return None
        place = self._place(name)
        if place is None or place.feature not in ("city", "admin1"):
            return None
        return place if place.country_code in self._countries else None

    def _city_as_body(self, found: Found, start: int) -> bool:
        """ "the City of <X>" is the city's government where the text has it act beside a body
        ("on behalf of the <Government> and the City of <X>", "signed with the City of <X>",
        "Mayor of the City of <X>"); elsewhere ("in Westminster and the City of London", "where
        the City of New York originated") the place."""
        if not re.fullmatch(r"City of [A-Z][\w'’ -]*", found.name):
            return False
        doc = self.toks
        if doc[start].lower_ == "the":
            start += 1
        if start < 2 or doc[start - 1].lower_ != "the":
            return False
        before = doc[start - 2].lower_
        head = doc[start - 3].lower_ if start >= 3 else ""
        if before in ("by", "with"):
            return True
        if before == "of":  # "on behalf of", "Mayor of", "Executive Committee of" the City
            return (
                head in ("behalf", "invitation")
                or head in self.lex.org_heads
                or head in self.lex.title_heads
            )
        # "<Body> and the City of <X>"
        return before == "and" and any(e.end == start - 2 and e.label_ == "ORG" for e in self.ents)

    def _plain_acronyms(self) -> frozenset[str]:
        """Acronyms the text spells out in lower-case words ("lithium iron phosphate (LFP)",
        "memorandum of understanding (MoU)"): a substance, a device or a document, no name."""
        out = set()
        for match in _PLAIN_ACRONYM.finditer(self.text):
            words, acronym = match.group(1).split(), match.group(2)
            initials = {w[0] for w in words[-(len(acronym) + 1) :]}
            if sum(ch.isupper() for ch in acronym) >= 2 and acronym[0].lower() in initials:
                out.add(acronym)
        return frozenset(out)

    def _unit_after_number(self, index: int) -> bool:
        """ "410 MW", "250 MWh", "5 GW": a short run of capitals right after a number (not a
        year) is a unit of measure."""
        tok = self.toks[index]
        if index == 0 or not tok.text.isalpha() or len(tok.text) > 4 or not tok.text[0].isupper():
            return False
        if sum(ch.isupper() for ch in tok.text) < 2:
            return False
        number = self.toks[index - 1]
        if not number.like_num or not number.text[:1].isdigit():
            return False
        return not re.fullmatch(r"(1[89]|20)\d\d", number.text)

    def _place_pair(self, ent: Any) -> list[Found]:
        """The two places of a span "<Place> and <Place>" (or "<City> for <City>": trains
        leaving one for the other) that the gazetteer knows both of, or one of after "in"."""
        joins = [t.i for t in ent if t.lower_ in ("and", "for", "to")]
        comma = [t.i for t in ent if t.text == ","]
        if not joins and len(comma) == 1 and comma[0] not in (ent.start, ent.end - 1):
            # "from <Town>, Maule Region": a town and its division, NER ran them together
            town = self._span_found(ent.start, comma[0], "Place", "ner", 0.7)
            area = self._span_found(comma[0] + 1, ent.end, "AdministrativeArea", "ner", 0.7)
            place = self._place(town.name) if town is not None else None
            if (
                town is not None
                and area is not None
                and place is not None
                and place.feature == "city"
                and area.name.split()[-1].casefold() in self.lex.admin_suffixes
            ):
                town.type = self._place_type(town.name, place)
                return [town, area]
            return []
        if len(joins) != 1 or joins[0] in (ent.start, ent.end - 1):
            return []
        out = []
        # "centres in <Town> and <City>": after a preposition of place, a one-word town the
        # gazetteer lacks beside a place it knows is a place too
        located = ent.start > 0 and self.toks[ent.start - 1].lower_ in PLACE_PREPOSITIONS
        unknown = 0
        for a, b in ((ent.start, joins[0]), (joins[0] + 1, ent.end)):
            found = self._span_found(a, b, "Place", "ner", 0.7)
            if found is None:
                return []
            place = self._place(found.name)
            if place is None:
                if not (located and b - a == 1 and found.name.isalpha()):
                    return []
                unknown += 1
            else:
                found.type = self._place_type(found.name, place)
            out.append(found)
        return out if unknown < 2 else []

    def _two_bodies(self, ent: Any) -> list[Found]:
        """Two organizations NER ran together over "and": the first ends in a body's head word
        ("... People's Government and Business Finland"), or "between" opens the pair, or the
        first is the start of a longer name of the text ("<A> Tea Co." ... "<A> and <B> Pty
        Ltd"); "Ministry of Industry and Trade" (no head before "and") stays one."""
        doc = self.toks
        joins = [t.i for t in ent if t.lower_ == "and"]
        if len(joins) != 1:
            return []
        at = joins[0]
        if at - ent.start < 2 or ent.end - at < 2:
            return []
        before = doc[at - 1]
        if not doc[at + 1].text[:1].isupper():
            return []
        left = self.text[ent.start_char : before.idx + len(before.text)]
        if not (
            before.lower_ in _BODY_HEADS
            # "an agreement between <A> and <B> Pty Ltd": two parties
            or (ent.start > 0 and doc[ent.start - 1].lower_ == "between")
            # "<A> and <B> Pty Ltd" where the text names "<A> Tea Industry Co." too
            or re.search(rf"(?<!\w){re.escape(left)} [A-Z]", self.text) is not None
            # "<City> Bureau of Commerce and <Region> Entreprises": a place opens the second
            or self._place_opens(at + 1)
        ):
            return []
        first = self._span_found(ent.start, at, "Organization", "ner", 0.75)
        second = self._span_found(at + 1, ent.end, "Organization", "ner", 0.7)
        return [f for f in (first, second) if f is not None]

    def _place_described(self, end: int) -> bool:
        """Is the name followed by ", (the) capital of" or ", a (county-level) city|town|port"?"""
        doc = self.toks
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1
        if doc[i].lower_ in ("the", "a", "an"):
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "capital" and doc[i + 1].lower_ == "of":
            return True
        if (
            doc[i - 1].lower_ == "the"
            and i + 1 < len(doc)
            and doc[i].lower_ in ("county", "regional", "provincial", "district", "state")
            and doc[i + 1].lower_ in ("seat", "capital", "town")
        ):
            return True  # "<X>, the county seat", "<X>, the regional capital"
        if doc[i - 1].lower_ not in ("a", "an"):
            return False
        for k in range(i, min(i + 4, len(doc))):
            if doc[k].lower_ in self.lex.place_nouns:
                return True
            if not (doc[k].text.islower() or doc[k].text == "-"):
                return False
        return False

    def _city_part(self, start: int, end: int) -> bool:
        """ "a retailer based in <City>'s <X> with 14 stores": a one-word name a known city owns,
        after a preposition of place and before no title or speech, is a part of the city."""
        doc = self.toks
        if start < 3 or doc[start - 1].lower_ not in ("'s", "’s"):
            return False
        city = self._place(doc[start - 2].text)
        if city is None or city.feature not in ("city", "admin1"):
            return False
        if doc[start - 3].lower_ not in PLACE_PREPOSITIONS:
            return False
        return (
            end >= len(doc)
            or doc[end].text in (",", ".", ";")
            or doc[end].lower_
            in (
                "with",
                "and",
                "where",
                "which",
                "in",
                "on",
                "near",
                "for",
                "from",
            )
        )

    def _located_word(self, name: str) -> Place | None:
        """A city or division of a country the document names (or any big city)."""
        place = self._place(name)
        if place is None or place.feature not in ("city", "admin1"):
            return None
        if place.country_code in self._countries or place.population >= BIG_CITY:
            return place
        return None

    def _capitalised_by_position(self, ent: Any) -> bool:
        """Is a one-word name a common noun (tagged NN) capitalised only for opening a sentence
        or following a dateline's dash?"""
        if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON", "NORP"):
            return False
        tok = self.toks[ent.start]
        if tok.tag_ not in ("NN", "NNS"):
            return False
        return bool(tok.is_sent_start) or (
            tok.i > 0 and self.toks[tok.i - 1].text in ("--", "—", "–", ":")
        )

    def _person_end(self, end: int) -> int:
        """A person's name NER cut short ("Klaus" of "Klaus Richter"): the surname it compounds with."""
        doc = self.toks
        while (
            end < len(doc)
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN"
            and doc[end].text.istitle()
            and doc[end].ent_iob_ == "O"
            and doc[end].lower_ not in self.lex.title_heads
            and doc[end].lower_ not in self.lex.title_modifiers
            and doc[end].lower_ not in self.lex.org_heads
        ):
            end += 1
        if (  # "Adebisi Okunola|-Martins": a double family name NER cut at its hyphen
            end + 1 < len(doc)
            and end >= 2
            and doc[end - 2].is_title  # a given name before it (not "Hamilton-Verstappen")
            and doc[end - 2].ent_iob_ != "O"
            and doc[end].text in ("-", "‑")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
            and doc[end + 1].text.istitle()
            and doc[end + 1].ent_iob_ == "O"
            and doc[end + 1].lower_ not in self.lex.title_heads
            and doc[end + 1].lower_ not in self.lex.org_heads
        ):
            end += 2
        return end

    def _untagged_titled_people(self) -> list[Found]:
        """ "<Given> <Family>, Director-General of <Org>": a name NER left untagged, told by the
        post after it."""
        doc = self.toks
        out: list[Found] = []
        i = 0
        while i < len(doc):
            k = i
            while (
                k < len(doc)
                and k - i < 4
                and doc[k].pos_ == "PROPN"
                and doc[k].text.istitle()
                and doc[k].ent_iob_ == "O"
                and doc[k].lower_ not in self.lex.title_heads
                and doc[k].lower_ not in self.lex.title_modifiers
                and doc[k].lower_ not in self.lex.org_heads
                and doc[k].lower_ not in self.lex.demonyms
                and doc[k].lower_ not in HONORIFICS
            ):
                k += 1
            if (
                2 <= k - i <= 3
                and (i == 0 or not doc[i - 1].text[:1].isupper() or doc[i].is_sent_start)
                and self._titled_after(k)
                and self._place(self.doc[i:k].text) is None
            ):
                found = self._span_found(i, k, "Person", "titled-name", 0.7)
                if found is not None:
                    out.append(found)
            i = max(k, i + 1)
        return out

    def _person_start(self, start: int, end: int) -> int:
        """A person's name NER began too late ("Seng Huat" of "Ooi Seng Huat" opening a
        sentence): the capitalised words before it that compound with it."""
        doc = self.toks
        country = self._place(self.doc[start:end].text)
        if country is not None and country.feature == "country":
            return start  # "Enterprise Ireland": a country NER took for a person heads no name
        while (
            start > 0
            and end - start < 4
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            and (doc[start - 1].ent_iob_ == "O" or self._lone_misread(start - 1))
            and doc[start - 1].lower_ not in self.lex.title_heads
            and doc[start - 1].lower_ not in self.lex.title_modifiers
            and doc[start - 1].lower_ not in self.lex.org_heads
            and doc[start - 1].lower_ not in self.lex.demonyms
            and doc[start - 1].lower_ not in HONORIFICS
            and not self._place_here(doc[start - 1].text)
            # ("Laguna Gov. <Given> <Family>": a style written short, then the place it serves)
            and not (doc[start - 1].text.endswith(".") and len(doc[start - 1].text) > 3)
            # ("Vice Chairman for China Relations <Given> <Family>": a remit's last word, after
            # "for"; not "of Codelco Juan Carlos Perez", a given name)
            and not (
                start > 2
                and doc[start - 2].ent_type_ in ("GPE", "NORP", "LOC")
                and (doc[start - 3].lower_ == "for" or doc[start - 1].lower_ in _REMIT_WORDS)
            )
        ):
            start -= 1
        if (  # "<Post> of <Body> Saleh | bin Nasser Al-Hamdan": a given name before "bin"
            start > 0
            and doc[start].lower_ in PATRONYMIC_LINKS
            and self._patronymic_end(start - 1) is not None
        ):
            start -= 1
        return start

    def _place_here(self, word: str) -> bool:
        """Is a word a place this text could mean: a country, a big city, or a place in a
        country the text names, under its own name ("Ama" of "Ama Serwaa Mensah" is no other
        name of Amman)?"""
        place = self._place(word)
        return place is not None and (
            place.feature != "city"
            or (
                place.name.casefold() == word.casefold()
                and (place.population >= BIG_CITY or place.country_code in self._countries)
            )
        )

    def _lone_misread(self, i: int) -> bool:
        """Is token ``i`` a one-word place or group NER made of a given name ("Marta" of "Marta
        Zielińska" read as a place): an entity of its own that no gazetteer knows?"""
        tok = self.toks[i]
        return (
            tok.ent_iob_ == "B"
            and tok.ent_type_ in ("GPE", "LOC", "NORP")
            and (i + 1 >= len(self.toks) or self.toks[i + 1].ent_iob_ != "I")
            and tok.lower_ not in self.lex.demonyms
            and self._place(tok.text) is None
        )

    def _titled_after(self, end: int) -> bool:
        """Is the name followed by ", <Capitalised Job Title> of|at" (an appositive post)?"""
        doc = self.toks
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1
        if self._possessed_post(i):
            return True
        last = None
        head = False
        lower = False  # "deputy director-general of <Org>": a title written in lower case
        while i < len(doc):
            if doc[i].text in ("-", "–") and last is not None and i + 1 < len(doc):
                i += 1  # "Director-General"
                continue
            if not (
                doc[i].lower_ in self.lex.title_heads or doc[i].lower_ in self.lex.title_modifiers
            ) or not (doc[i].text[:1].isupper() or doc[i].text.islower()):
                break
            lower = lower or doc[i].text.islower()
            last = doc[i]
            head = head or doc[i].lower_ in self.lex.title_heads
            i += 1
        titled = last is not None and (
            last.lower_ in self.lex.title_heads or (head and doc[i - 2].text in ("-", "–"))
        )
        if titled and i + 1 < len(doc) and doc[i].lower_ == "for":
            k = i + 1  # "Commissioner for Commerce of <Org>": the portfolio, then the body
            while k < len(doc) and k < i + 4 and doc[k].text[:1].isupper():
                k += 1
            i = k if k > i + 1 else i
        if lower:  # then the organization's name must follow: "of the <Org>", "at <Org>"
            k = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
            if k >= len(doc) or not doc[k].text[:1].isupper():
                return False
        return titled and i < len(doc) and doc[i].lower_ in ("of", "at")

    def _possessed_post(self, i: int) -> bool:
        """Do the tokens from ``i`` read "<Org>'s (vice) president": a post in an organization
        named in the possessive?"""
        doc = self.toks
        k = i
        while k < len(doc) and k < i + 5 and doc[k].text[:1].isupper():
            k += 1
        if k == i or k >= len(doc) or doc[k].tag_ != "POS":
            return False
        k += 1
        last = None
        while k < len(doc) and (
            doc[k].lower_ in self.lex.title_heads or doc[k].lower_ in self.lex.title_modifiers
        ):
            last = doc[k]
            k += 1
        return (
            last is not None
            and last.lower_ in self.lex.title_heads
            and last.lower_ not in SHARED_TITLE_HEADS  # "Safaricom, Vodafone's partner"
        )

    def _person_described(self, end: int) -> bool:
        """Is the name followed by ", a <Demonym> <person noun>" ("<X>, a Chilean chef")?"""
        doc = self.toks
        if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
            return False
        i = end + 2
        demonym = False
        while (
            i < len(doc)
            and i < end + 6
            and (doc[i].pos_ in ("ADJ", "PROPN", "ADV") or doc[i].dep_ == "compound")
            and doc[i].lower_ not in self.lex.title_heads
        ):
            demonym = demonym or doc[i].lower_ in self.lex.demonyms
            i += 1
        noun = doc[i].lower_ if i < len(doc) else ""
        return (
            demonym
            and (
                noun in self.lex.title_heads
                or (noun in self.lex.person_nouns and noun not in TRADE_NOUNS)
            )
            and noun not in self.lex.org_descriptors
        )

    def _after_demonym_descriptor(self, start: int, end: int) -> int:
        """ "Partner – Kazakh company <X> LLP", "the Arequipa company <X> S.A.": NER ran a
        nationality (or a town) and what the body is into its name; the name starts after them
        (the nationality is read on its own)."""
        doc = self.toks
        first = start + 1 if doc[start].lower_ == "the" and start + 1 < end else start
        if doc[first].lower_ not in self.lex.demonyms:
            place = self._place(doc[first].text) if doc[first].is_title else None
            if (
                place is None
                or first + 2 >= end
                or doc[first + 1].lower_ not in ("company", "firm")
                or not doc[first + 2].text[:1].isupper()
            ):
                return start
            return first + 2  # "the Arequipa company Transportes Misti S.A.": a town, a company
        start = first
        j = start + 1
        while (
            j < end
            and doc[j].text.islower()
            and (doc[j].lower_ in self.lex.org_descriptors or doc[j].lower_ in ("company", "firm"))
        ):
            j += 1
        return j if start + 1 < j < end and doc[j].text[:1].isupper() else start

    def _styled_person_of_body(self, ent: Any) -> list[Found]:
        """ "Engr. <Given> <Family> of <X> Steel Works spoke": after a style of address, NER ran
        the person and the body the person is of into one name; they are two."""
        doc = self.toks
        first = ent.start + 1 if doc[ent.start].lower_ in HONORIFICS else ent.start
        styled = first > ent.start or (ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS)
        styled = styled or (  # "Engr" "." split off by the tokenizer
            ent.start > 1
            and doc[ent.start - 1].text == "."
            and doc[ent.start - 2].lower_ + "." in HONORIFICS
        )
        if not styled:
            return []
        of = next((i for i in range(first + 2, ent.end - 1) if doc[i].lower_ == "of"), None)
        if of is None or of - first > 3:
            return []
        if not all(t.is_alpha and t.text.istitle() for t in doc[first:of]) or any(
            t.lower_ in self.lex.org_heads or t.lower_ in self.lex.title_heads
            for t in doc[first:of]
        ):
            return []
        person = self._span_found(first, of, "Person", "ner", 0.75)
        start = of + 2 if doc[of + 1].lower_ == "the" else of + 1
        body = self._span_found(start, ent.end, "Organization", "ner", 0.75)
        return [person, body] if person is not None and body is not None else []

    def _field_of_post(self, ent: Any) -> bool:
        """Is the span the field of a post held at a body: after "<Title> of", before "at",
        with no body's head word of its own ("Director of Investment Promotion for East Asia
        at the <Board>")?"""
        doc = self.toks
        start = ent.start
        if (  # "Director | General of <Field> at": NER began at the post's second word
            ent.end - start > 2
            and doc[start].lower_ in self.lex.title_modifiers
            and doc[start + 1].lower_ == "of"
            and start > 0
            and doc[start - 1].lower_ in self.lex.title_heads
        ):
            start += 2
        heads, modifiers = self.lex.title_heads, self.lex.title_modifiers
        if not (
            ent.label_ in ("ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
            and start > 1
            and doc[start - 1].lower_ == "of"
            and (
                doc[start - 2].lower_ in heads
                # "Director General of <Field> at": a post of a head and its modifier
                or (
                    start > 2
                    and doc[start - 2].lower_ in modifiers
                    and (doc[start - 3].lower_ in heads or doc[start - 3].lower_ in modifiers)
                )
            )
            and not any(t.lower_ in self.lex.org_heads for t in doc[start : ent.end])
        ):
            return False
        for j in range(ent.end, min(ent.end + 6, len(doc) - 1)):  # ("... for East Asia at")
            if doc[j].lower_ == "at":
                return _body_named_at(doc, j)
            if doc[j].is_punct or doc[j].pos_ == "VERB":
                return False
        return False

    def _title_and_styles_only(self, ent: Any) -> bool:
        """Is the span only title words and styles of address ("Rector Prof.")?"""
        last = self.toks[ent.end - 1]
        if last.text != "." and last.lower_ not in HONORIFICS and last.lower_ not in STYLES:
            return False  # (cheap test first: this looks at every name NER found)
        words = [t.lower_ for t in self.toks[ent.start : ent.end] if t.text != "."]
        if self._place(self.toks[ent.start].text) is not None:
            words = words[1:]  # "Kedah Menteri Besar Datuk": a state's post, then a style
        styles = HONORIFICS | STYLES
        return any(w in styles or w + "." in styles for w in words) and all(
            w in styles
            or w + "." in styles
            or w in self.lex.title_heads
            or w in self.lex.title_modifiers
            or w in _POSTS_BEFORE_STYLES
            for w in words
        )

    def _envoy_country_and_name(self, ent: Any) -> list[Found]:
        """ "<Country>'s Ambassador to Türkiye Alisher Toshmatov": after an envoy's "to" or
        "in", NER ran the country and the envoy's name into one; they are two names."""
        doc = self.toks
        if (
            ent.label_ not in ("ORG", "PERSON", "GPE")
            or ent.start < 2
            or doc[ent.start - 1].lower_ not in ("to", "in")
            or doc[ent.start - 2].lower_ not in _ENVOYS
            or len(ent) < 3
        ):
            return []
        for width in (1, 2):
            rest = doc[ent.start + width : ent.end]
            if len(rest) < 2 or not all(t.is_alpha and t.text.istitle() for t in rest):
                continue
            name = self.doc[ent.start : ent.start + width].text
            place = self._place(name)
            if place is None or place.feature != "country":
                continue
            country = self._span_found(ent.start, ent.start + width, "Country", "ner", 0.8)
            person = self._span_found(ent.start + width, ent.end, "Person", "ner", 0.75)
            if country is not None and person is not None:
                return [country, person]
        return []

    def _place_possessed_name(self, ent: Any) -> list[Found]:
        """ "in partnership with Santiago's <X> S.A.": NER ran a town's possessive and the
        company's name together; the town and the company are two names."""
        doc = self.toks
        if len(ent) < 4 or doc[ent.start + 1].text not in ("'s", "’s"):
            return []  # (cheap tests first: this looks at every organization NER names)
        town = self._place(doc[ent.start].text)
        if (
            town is None
            or town.feature != "city"  # ("Victoria's Secret": a province's name, a brand)
            or not doc[ent.start + 2].text[:1].isupper()
            or sum(not self._is_legal(t) and t.is_alpha for t in doc[ent.start + 2 : ent.end]) < 2
        ):
            return []
        place = self._span_found(ent.start, ent.start + 1, "Place", "ner", 0.8)
        end = self._legal_tail(ent.end) or ent.end  # "<X> Engineering | (Pvt) Ltd"
        org = self._span_found(ent.start + 2, end, "Organization", "ner", 0.8)
        if place is None or org is None:
            return []
        place.type = self._place_type(place.name, town)
        return [place, org]

    def _place_before_holder(self, start: int, end: int) -> Found | None:
        """ "Governor of Central Java Ahmad Luthfi": after "<Post> of", NER ran the place the
        post serves and the holder's name into one person; the place is the first words
        (one to three) the gazetteer knows as a division or a country, two words or more of
        name after them."""
        doc = self.toks
        if (
            start < 2
            or doc[start - 1].lower_ != "of"
            or doc[start - 2].lower_ not in self.lex.title_heads
        ):
            return None
        for width in (3, 2, 1):
            if end - start - width < 2:
                continue
            name = self.doc[start : start + width].text
            place = self._place(name)
            if place is not None and place.feature in ("admin1", "country"):
                found = self._span_found(start, start + width, "Place", "ner", 0.75)
                if found is not None:
                    found.type = self._place_type(name, place)
                return found
        return None

    def _bodies_for_two_places(self) -> list[Any]:
        """NER's spans, with "the <Commission> for <A>" and "<B>" joined when "and <B>" follows
        and ends the name: a body that serves two places ("the Royal Commission for Jubail and
        Yanbu"), not a body and a second name; and so a venue's name across "and" ("Eko Hotels
        and Suites")."""
        from spacy.tokens import Span

        doc = self.toks
        ents = list(self.ents)
        out: list[Any] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            after = ents[i + 1] if i + 1 < len(ents) else None
            if (
                after is not None
                and ent.label_ == "ORG"
                and len(ent) >= 4
                and doc[ent.end - 2].lower_ == "for"  # (not "the Bank of India and Japan's")
                and any(t.lower_ in self.lex.org_heads for t in doc[ent.start : ent.end - 2])
                and after.start == ent.end + 1
                and doc[ent.end].lower_ == "and"
                and len(after) == 1
                and (after.end >= len(doc) or not doc[after.end].text[:1].isupper())
                and (after.end >= len(doc) or doc[after.end].text not in ("'s", "’s"))
                and self._place(doc[ent.end - 1].text) is not None
                and self._place(after.text) is not None
            ):
                out.append(Span(self.doc, ent.start, after.end, label="ORG"))
                i += 2
                continue
            if (  # "Eko Hotels | and | Suites": a venue's name runs across "and"
                after is not None
                and after.start == ent.end + 1
                and doc[ent.end].lower_ in ("and", "&")
                and self._venue_named(self.doc[ent.start : after.end].text)
                and not self._venue_named(ent.text)
                and not self._venue_named(after.text)  # ("Emirates and <X> Trade Centre")
            ):
                out.append(Span(self.doc, ent.start, after.end, label="FAC"))
                i += 2
                continue
            out.append(ent)
            i += 1
        return out

    def _seated_name(self, ent: Any) -> list[Found]:
        """ "the Temple of Confucius in Qufu": NER ran a name and the place it is in together;
        the name ends before "in", and is located in the place (a mission's seat is part of its
        name: "Embassy of <State> in <City>")."""
        doc = self.toks
        cut = next((i for i in range(ent.start + 2, ent.end - 1) if doc[i].lower_ == "in"), None)
        if cut is None or self._mission(ent.text):
            return []
        place_text = self.doc[cut + 1 : ent.end].text
        place = self._place(place_text)
        governed = re.search(  # "Qufu Municipal Bureau of …" elsewhere: a town's government
            rf"\b{re.escape(place_text)} (?:Municipal|Provincial|County|City|District)\b",
            self.text,
        )
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        named = self.doc[start:cut].text
        venue = self._venue_named(named) and all(
            t.text[:1].isupper() for t in doc[cut + 1 : ent.end]
        )  # "the World Trade Centre in Cuffe Parade": a venue is in a place, known or not
        if place is None and governed is None and not venue:
            return []
        head = doc[start].lower_
        type_name = (
            "LandmarksOrHistoricalBuildings"
            if head in self.lex.landmark_heads
            else ("CivicStructure" if venue else "Organization")
        )
        name = self._span_found(start, cut, type_name, "ner", 0.75)
        seat_type = (
            self._place_type(place_text, place)
            if place is not None
            else ("City" if governed is not None else "Place")
        )
        seat = self._span_found(cut + 1, ent.end, seat_type, "ner", 0.8)
        if name is None or seat is None:
            return []
        self.facts.append((name, "locatedIn", seat, "seated-name", 0.75))
        return [name, seat]

    def _lone_name_placed(self, ent: Any) -> bool:
        """Is a one-word "person" no one of the text bears as a name, standing where a place
        stands: after "in", "at", "via", "from", "near" or "through", or after "and" beside a
        place ("at <Town> and <X>"), and before no verb or post?"""
        doc = self.toks
        if ent.start < 2 or ent.text.casefold() in self.lex.demonyms:
            return False
        before = doc[ent.start - 1]
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.pos_ in ("VERB", "AUX") or self._titled_after(ent.end)):
            return False
        if before.lower_ in ("via", "through", "near"):
            return True
        if before.lower_ in ("in", "at", "from"):
            # ("goals from Kane"): a town of some size by that name only
            place = self._place(ent.text)
            return place is not None and (
                place.feature in ("country", "admin1") or place.population >= 100_000
            )
        return before.lower_ == "and" and doc[ent.start - 2].ent_type_ in ("GPE", "LOC")

    def _state_read_as_group(self, ent: Any) -> Place | None:
        """A country or a province NER took for a nationality or a group ("Togo", "North
        Maluku" tagged NORP): its own name, not a demonym ("Chinese", "Kazakh"); and a town the
        gazetteer knows before "-based" ("<Town>-based furniture maker")."""
        text = ent.text
        if text.casefold() in self.lex.demonyms or not text[:1].isupper():
            return None
        if self._based(ent.end):
            place = self._place(text)
            return place if place is not None and place.name == text else None
        after = self.toks[ent.end] if ent.end < len(self.toks) else None
        if after is not None and after.pos_ == "NOUN" and after.text.islower():
            return None  # "Balkan countries": a name used as an adjective
        place = self._place(text)
        if place is None or place.feature not in ("country", "admin1"):
            return None
        return place

    def _town_read_as_person(self, ent: Any) -> Place | None:
        """A big town or a province NER read as a person, where the words around it say a
        place ("via Duisburg to", "Kunming – Lao Cai – Hanoi – Hai Phong"): after a
        preposition of place or a dash, and not followed by a post or a verb."""
        doc = self.toks
        if ent.start == 0 or len(ent) > 2 or ent.text.casefold() in self.lex.demonyms:
            return None  # ("– Kazakh and Chinese companies": a nationality)
        before = doc[ent.start - 1].lower_
        after = doc[ent.end] if ent.end < len(doc) else None
        if before not in ("in", "to", "from", "via", "near", "between", "–", "—"):
            return None  # (cheap tests first: this looks at every person NER names)
        place = self._place(ent.text)
        if place is None or not (
            place.feature == "admin1" or (place.feature == "city" and place.population >= 100_000)
        ):
            return None
        if after is not None and (after.pos_ in ("VERB", "AUX") or self._titled_after(ent.end)):
            return None
        return place

    def _company_named_before(self, start: int) -> bool:
        """Is the name put after "the new company," or "the joint venture," ("The new company,
        <X>, will invest")?"""
        doc = self.toks
        return (
            start >= 4
            and doc[start - 1].text == ","
            and (
                doc[start - 2].lower_ in ("venture", "jv")
                or (
                    doc[start - 2].lower_ in ("company", "firm", "subsidiary")
                    # "the new company, <X>"; not "a spokesman for the company, <P>"
                    and doc[start - 3].lower_ in ("new", "joint")
                )
            )
            and any(
                t.lower_ in ("the", "a", "its", "their") for t in doc[max(0, start - 5) : start - 2]
            )
        )

    def _who_follows(self, start: int, end: int) -> bool:
        """Is the name, opening a clause, followed by ", who <verb>" ("<X>, who heads the
        directorate, said"): "who" stands for a person (a body is "which")? Not after a
        preposition: "<P>, director at <O>, who said" is about the person."""
        doc = self.toks
        opens = (
            doc[start].is_sent_start
            or doc[start - 1].text in (",", '"', "“", ";")
            or doc[start - 1].lemma_ in self.lex.speech_verbs
        )
        if self._label_at.get(start) == "ORG" and (
            end - start < 2
            or any(
                not t.text.istitle()
                or t.lower_ in self.lex.org_heads
                or t.lower_ in COMPANY_KIND_WORDS
                or self._is_legal(t)
                for t in doc[start:end]
            )
        ):
            return False  # "Boeing, who declined to comment": a company, whatever the pronoun
        return (
            opens
            and end + 2 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].lower_ == "who"
            and doc[end + 2].pos_ in ("VERB", "AUX")
            and self._place(self.doc[start:end].text) is None
        )

    def _person_after_post(self, start: int) -> bool:
        """Is the name introduced by "its <title>," ("Its director, <X>, said")?"""
        doc = self.toks
        if start < 3 or doc[start - 1].text != ",":
            return False
        i = start - 2
        if doc[i].lower_ not in self.lex.title_heads or doc[i].lower_ in SHARED_TITLE_HEADS:
            return False
        while i > 0 and doc[i - 1].lower_ in self.lex.title_modifiers | self.lex.title_heads:
            i -= 1
        return doc[i - 1].lower_ in ("its", "their") or doc[i - 1].tag_ == "POS"

    def _person_posted_capitalised(self, end: int) -> bool:
        """Is the name followed by ", the <Title> (<ACR>) in|of|at the <Body>" with the post
        capitalised ("<X>, the Principal Secretary (PS) in the State Department for ...")?"""
        doc = self.toks
        if end + 5 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
            return False
        titles = self.lex.title_modifiers | self.lex.title_heads
        i = end + 2
        while i < end + 6 and i < len(doc) and doc[i].is_title and doc[i].lower_ in titles:
            i += 1
        if i == end + 2 or doc[i - 1].lower_ not in self.lex.title_heads:
            return False
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # "(PS)": the post's abbreviation
        return (
            i + 2 < len(doc)
            and doc[i].lower_ in ("of", "in", "at")
            and (doc[i + 1].lower_ == "the" or doc[i + 1].text[:1].isupper())
            and doc[i + 2].lower_ != "year"  # ("the Partner of the Year": an award)
        )

    def _person_posted(self, end: int) -> bool:
        """Is the name followed by ", a <title> at <Org>" ("<X>, a research fellow at <Org>",
        "<X>, commercial director of <Org>"), with a title only a person holds (not "a leader
        in", "a partner of")?"""
        doc = self.toks
        if end + 4 >= len(doc) or doc[end].text != ",":
            return False
        article = doc[end + 1].lower_ in ("a", "an", "the")
        i = end + 2 if article else end + 1
        titles = self.lex.title_modifiers | self.lex.title_heads
        while (
            i < end + 5
            and i + 1 < len(doc)
            and doc[i].lower_ in self.lex.title_modifiers
            and doc[i].text.islower()
            # "head of sales": a head word that may modify ("head coach") heads here
            and (doc[i].lower_ not in self.lex.title_heads or doc[i + 1].lower_ in titles)
        ):
            i += 1
        if article:  # "an investment promotion officer with": words of the trade before the post
            while (
                i < end + 6
                and i + 1 < len(doc)
                and doc[i].is_alpha
                and doc[i].text.islower()
                and doc[i].lower_ not in self.lex.title_heads
                and doc[i].pos_ in ("NOUN", "ADJ")
            ):
                i += 1
        if i + 2 >= len(doc):
            return False
        head = doc[i]
        if not (
            i + 2 < len(doc)
            and head.text.islower()
            and head.lower_ in self.lex.title_heads
            and head.lower_ not in self.lex.org_descriptors
        ):
            return False
        after = i + 1
        if doc[after].lower_ == "of":
            # "head of sales at <Org>", "vice president of investment at <Org>": a post in a
            # field of the body, a person's even with a head word a body may have ("head")
            at = next(
                (
                    j
                    for j in range(after + 2, min(after + 6, len(doc) - 1))
                    if doc[j].lower_ == "at"
                ),
                None,
            )
            if (
                at is not None
                and all(t.is_alpha for t in doc[after + 1 : at])
                # "head of sales at", not "a member of the syndicate at": a field, no body
                and (
                    head.lower_ not in SHARED_TITLE_HEADS
                    or doc[after + 1].lower_ not in DETERMINERS
                )
            ):
                after = at
        return (
            after + 1 < len(doc)
            and (head.lower_ not in SHARED_TITLE_HEADS or after > i + 1)
            and doc[after].lower_ in ("at", "of", "with")
            and (doc[after + 1].text[:1].isupper() or doc[after + 1].lower_ == "the")
        )

    def _org_described(self, start: int, end: int) -> bool:
        """Is the name introduced by a descriptor noun of organizations ("the appliance maker <X>")?"""
        if start == 0:
            return False
        doc = self.toks
        desc = doc[start - 1]
        if (
            desc.lower_ not in self.lex.org_descriptors
            or not desc.text.islower()
            or self._place(self.doc[start:end].text) is not None
        ):
            return False
        if desc.dep_ == "compound" and start <= desc.head.i < end:
            return True
        # the parse may miss the compound: "the <adj> <noun> maker <Name>" not followed by a verb
        # ("the firm <Person> founded" is a clause about the firm, not its name)
        followed_by_verb = end < len(doc) and doc[end].pos_ in ("VERB", "AUX")
        window = range(max(0, start - 5), start - 1)
        opened = any(doc[i].lower_ in ("the", "a", "an") for i in window)
        # "a deal with <City> supermarket chain <X>": after a preposition only for a shop's
        # word or a place's ("spoke with film maker <Person>" is a person)
        opened = opened or (
            any(doc[i].lower_ in ("with", "from", "to", "by") for i in window)
            and (
                desc.lower_ in _SHOP_WORDS
                or any(doc[i].ent_type_ in ("GPE", "NORP") for i in window)
            )
        )
        return opened and not followed_by_verb

    def _titled_person(self, ent: Any) -> Found | None:
        """ "Councillor Dr. <Surname>" read as an organization: title words, an honorific and
        a name; the name after the honorific is a person's."""
        doc = self.toks
        at = next(
            (i for i in range(ent.start + 1, ent.end - 1) if doc[i].lower_ in HONORIFICS), None
        )
        if at is None or not all(
            t.lower_ in self.lex.title_heads or t.lower_ in self.lex.title_modifiers
            for t in doc[ent.start : at]
        ):
            return None
        if not all(t.is_alpha and t.text[:1].isupper() for t in doc[at + 1 : ent.end]):
            return None
        return self._span_found(at + 1, ent.end, "Person", "ner", 0.7)

    def _before_a_person(self, end: int) -> bool:
        """Does a person's name (or an honorific) come right after token ``end - 1``?"""
        doc = self.toks
        return end < len(doc) and (doc[end].ent_type_ == "PERSON" or doc[end].lower_ in HONORIFICS)

    def _name_start(self, start: int) -> int:
        """The first of the capitalised words that run up to ``start``."""
        doc = self.toks
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1
        return start

    def _company_named(self, start: int, end: int) -> bool:
        """Is the name an appositive of "his company" ("said his company, <X>, shipped")?"""
        doc = self.toks
        first = self._name_start(start)  # NER may leave first words out ("Bukit | Emas Agro")
        return (
            first >= 3
            and doc[first - 1].text == ","
            and doc[first - 2].lower_ in ("company", "firm", "group", "business")
            and doc[first - 3].lower_ in ("his", "her", "their", "its", "our", "my")
            and end < len(doc)
            and doc[end].text == ","
        )

    def _division_named_whole(self, name: str, place: Place, start: int) -> bool:
        """Is the name a division's whole name of more than one word, in a country the document
        names ("the country's Ogun State", "the Free State capital")? One word ("Victoria",
        "Georgia") is as often a person's name; and a team is named after its state ("Western
        Australia won the cup", "Free State coach <P>")."""
        if not (
            len(name.split()) > 1
            and name.casefold() == place.name.casefold()
            and place.country_code in self._countries
        ):
            return False
        doc = self.toks
        end = start + len(name.split())
        if end < len(doc) and doc[end].lower_ in _TEAM_WORDS:
            return False
        root = doc[end - 1] if end <= len(doc) else None
        return not (
            root is not None
            and root.dep_ in ("nsubj", "dobj")
            and root.head.lemma_.lower() in _MATCH_VERBS
        )

    def _coordinated_after_preposition(self, i: int, start: int | None = None) -> bool:
        """ "toured free zones in Novi Sad and <X>": the name (its root ``i``, its first word
        ``start``) is joined by "and" to the object of a preposition of place (a place as well,
        for the parse)."""
        tok = self.toks[i]
        head = tok.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head  # "in <A>, <B> and <X>": the first of the list is the object
        first = i if start is None else start
        return (
            tok.dep_ == "conj"
            and first > 0
            and self.toks[first - 1].lower_ in ("and", "or", ",")
            and head.dep_ == "pobj"
            and head.head.lower_ in PLACE_PREPOSITIONS
        )

    def _listed_after_preposition(self, start: int) -> bool:
        """ "plants in São José dos Campos and <X>": the name ends a list of capitalised names
        (with the lower-case words of places' names) that a preposition of place opens, read
        from the words where the parse of the list went wrong."""
        doc = self.toks
        if start < 3 or doc[start - 1].lower_ not in ("and", "or"):
            return False
        k = start - 2
        while k >= 0 and start - k <= 8:
            word = doc[k]
            if word.lower_ in PLACE_PREPOSITIONS:
                return k < start - 2
            if not (word.is_title or word.text in _PLACE_PARTICLES or word.text == ","):
                return False
            k -= 1
        return False

    @cached_property
    def _towns_of_divisions(self) -> frozenset[str]:
        """Names the text places "in <Name>, <State or Country>" (a division or country the
        gazetteer knows): towns, whatever NER makes of them elsewhere."""
        towns = set()
        for match in _IN_TOWN_OF.finditer(self.text):
            town, area = match.group(1), match.group(2)
            known = self._place(area)
            if (
                known is not None
                and known.feature in ("admin1", "country")
                and self._place(town) is None
                and town.split()[0].casefold() not in self.lex.title_heads
            ):
                towns.add(town)
        return frozenset(towns)

    def _after_place_comma(self, start: int) -> bool:
        """ "in <Town>, <State>": a division after a comma that follows a place."""
        doc = self.toks
        return (
            start >= 2
            and doc[start - 1].text == ","
            and (
                doc[start - 2].ent_type_ in ("GPE", "LOC")
                or self._place(doc[start - 2].text) is not None
            )
        )

    def _before_town_noun(self, found: Found) -> bool:
        """Does a lower-case word for a town or an area follow the name ("<Town> city", "<X>
        county")?"""
        word = _NEXT_LOWER_WORD.match(self.text, found.end)
        return word is not None and word.group(1) in _TOWN_NOUNS

    def _before_division_noun(self, after: int) -> bool:
        """ "farmers in Kano, Jigawa and <X> states": a plural of a division's kind right after
        the name says the name is one."""
        doc = self.toks
        if after >= len(doc) or not doc[after].text.islower():
            return False  # (the tagger may read "states" as a verb)
        word = doc[after].text
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        return (
            word.endswith("s")
            and singular in self.lex.admin_suffixes
            and singular not in ("city", "town", "zone")
        )

    def _after_post(self, start: int) -> bool:
        """Does "<Title> of" (a title not held over a place) come just before this token?"""
        doc = self.toks
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return (
            i >= 1
            and doc[i].lower_ in ("of", "at")
            and doc[i - 1].lower_ in self.lex.title_heads
            and doc[i - 1].lower_ not in self.lex.place_titles
        )

    def _described(self, start: int) -> bool:
        """Is the span introduced by an indefinite article (with adjectives between)?"""
        i = start - 1
        while (
            i >= 0
            and self.toks[i].pos_ in ("ADJ", "ADV", "PROPN")
            and self.toks[i].lower_ not in DETERMINERS
        ):
            if self.toks[i].pos_ == "PROPN" and self.toks[i].lower_ not in self.lex.demonyms:
                return False
            i -= 1
        return i >= 0 and self.toks[i].lower_ in ("a", "an")

    def _modifies_companies(self, start_tok: int, name: str) -> bool:
        """Is a one-word name followed by a plural word for companies ("<City> firms")?"""
        after = start_tok + 1
        return (
            len(name.split()) == 1
            and after < len(self.toks)
            and self.toks[after].lower_ in ("firms", "companies", "enterprises")
        )  # not "suppliers" or "businesses": "Toyota suppliers" are a carmaker's

    def _named_as_place(self, start: int, found: Found) -> bool:
        """Does the text say the name is a place's: "the district (town, municipality) of
        <X>", or "in <X>, in the (northern) state of <State>"? (No body's word in the name.)"""
        doc = self.toks
        if start < 1 or doc[start - 1].lower_ not in ("of", "in"):
            return False  # (cheap test first: asked of every name NER found)
        if any(w.casefold() in self.lex.org_heads for w in found.name.split()):
            return False
        if doc[start - 1].lower_ == "of":
            before = " ".join(t.lower_ for t in doc[max(0, start - 3) : start])
            return _PLACE_NOUN_OF.search(before) is not None
        return _IN_STATE_OF.match(self.text, found.end) is not None

    def _division_alone(self, start: int, found: Found, person_words: set[str]) -> bool:
        """Is a one-word name NER read as a person or a company the name of a province of a
        country the text names ("Paraná offered ...", "in western Paraná"), written alone (no
        capitalised word runs on from it), that the text writes as a place somewhere?"""
        doc = self.toks
        if (
            " " in found.name
            or not self._countries
            or (start + 1 < len(doc) and doc[start + 1].text[:1].isupper())
        ):
            return False
        area = self.gaz.lookup(found.name, feature="admin1", hint_countries=self._countries)
        if (
            area is None
            or area.country_code not in self._countries
            or loose_key(area.name) != loose_key(found.name)
        ):
            return False
        # only where the text writes the name as a place's somewhere ("in western <X>", "<X>
        # state"): not "Bayern said", "Guerrero scored" (a club, a player)
        compass = "|".join(sorted(self.lex.compass_words))
        name = re.escape(found.name)
        return (
            re.search(
                rf"\b(?:in|across|throughout|from|to)(?: (?:the )?(?:{compass})(?:ern)?)? {name}\b"
                rf"|\b{name} (?:state|province|region|department)\b"
                rf"|\b(?:state|province|region|department|[Gg]overnment|[Gg]overnor) of {name}\b",
                self.text,
            )
            is not None
        )

    def _correct(
        self, found: Found, label: str, person_words: set[str], start_tok: int
    ) -> Found | None:
        name = found.name
        if name.endswith(" City Hall") and (
            start_tok == 0 or self.toks[start_tok - 1].lower_ not in LOCATIVES
        ):
            found.type = "Organization"  # "Gliwice City Hall would extend a bus line": the town's
            return found  # government (not "outside City Hall", the building)
        if name.endswith(self._cluster_endings) or self._cluster_then_town(name):
            found.type = "IndustryCluster"  # "<X> Free Zone", "<X> Food Processing Park"
            return found
        if label in ("ORG", "PERSON", "FAC") and self._named_as_place(start_tok, found):
            found.type = self._place_type(name, self._place(name))
            return found  # "the district of Chorrillos", "in <Town>, in the state of <State>"
        if label in ("ORG", "PERSON") and self._division_alone(start_tok, found, person_words):
            found.type = "AdministrativeArea"  # "Paraná attracted R$ 18.6 billion in 2024"
            return found
        if (
            label == "FAC"
            and " " not in name
            and start_tok > 0
            and self.toks[start_tok - 1].lower_ == "from"
        ):
            town = self._place(name)
            if (
                town is not None
                and town.feature == "city"
                and town.population >= _TOWN_NOT_BUILDING
            ):
                found.type = "City"  # "a toolmaker from Leskovac": a town, not a building (not
                # "out of Guantanamo", "won at Suzuka")
                return found
        if len(name.split()) > 1 and (
            name.split()[-1].casefold() in self.lex.legal_suffixes
            or name.casefold().endswith(tuple(f" {t}" for t in self.lex.legal_tails))
        ):
            found.type = "Organization"  # "<X> Middle East FZE": a legal form ends the name
            return found
        words = name.casefold().split()
        while words and words[-1] in ("of", "in", "and"):
            words.pop()  # ("<X> Local Government Area of": NER ran on to the preposition)
        if label == "ORG" and len(words) > 3 and " ".join(words[-3:]) in self.lex.admin_suffixes:
            found.type = "AdministrativeArea"  # "<X> Local Government Area": no council's name
            return found
        if (
            label in ("PERSON", "ORG")
            and len(name.split()) > 1
            and name.split()[-1].casefold() in self.lex.division_heads
            and all(w[:1].isupper() for w in name.split())
        ):
            found.type = "AdministrativeArea"  # "Opole Voivodeship", "Kericho County"
            return found
        if (
            label in ("PERSON", "FAC", "ORG")
            and len(name.split()) > 1
            and name.split()[-1].casefold() in _PLACE_UNIT_WORDS
            and all(w[:1].isupper() for w in name.split())
            and not {w.casefold() for w in name.split()} & _DISTRICT_BODY_WORDS
            and not {w.casefold() for w in name.split()[:-1]} & self.lex.org_heads
        ):
            found.type = "AdministrativeArea"  # "<City>'s Chancheng District": no one's name
            return found
        if (
            label == "PERSON"
            and start_tok >= 2
            and self.toks[start_tok - 1].lower_ == "of"
            and self.toks[start_tok - 2].lower_ in _OWNED_PARTS
            and self._place(name) is None
        ):
            found.type = "Organization"  # "a subsidiary of <X> Battery": only a company owns one
            return found
        if label in ("PERSON", "ORG") and name.split()[0] in ("Mount", "Mt.", "Mt"):
            found.type = "LandmarksOrHistoricalBuildings"  # "Mount <X>" is a mountain
            return found
        if label in ("PRODUCT", "WORK_OF_ART"):
            place = self._place(name, big_only=True)
            if place is not None and place.feature in ("city", "country", "continent"):
                found.type = self._place_type(name, place)  # "based in <City> since 2019"
                found.confidence = 0.7
            return found
        if label in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
            place = self._place(name, big_only=label in ("PERSON", "ORG"))
            if (
                place is None
                and label in ("PERSON", "ORG")
                and start_tok > 0
                and (
                    self.toks[start_tok - 1].lower_ in PLACE_PREPOSITIONS
                    or self._coordinated_after_preposition(start_tok)
                    or self._listed_after_preposition(start_tok)
                )
            ):
                # "came from Vilnius": a smaller city the model took for a company, after a
                # preposition of place
                place = self._place(name)
                if place is not None and place.feature != "city":
                    place = None
            if place is None and label in ("PERSON", "ORG") and self._before_town_noun(found):
                place = self._place(name)  # "links <Town> city with": a town of any size
                if place is not None and place.feature not in ("city", "admin1"):
                    place = None
                found.cued = place is not None
            if place is None and label == "ORG" and self._modifies_companies(start_tok, name):
                place = self._place(name)  # "three Jingdezhen firms": the firms' city
                if place is not None and place.feature != "city":
                    place = None
            if place is not None and place.feature in ("country", "continent"):
                found.type = self._place_type(name, place)
                return found
            if place is not None and label in ("GPE", "LOC"):
                found.type = self._place_type(name, place)
                if place.feature == "admin1":
                    self._extend_admin(found)  # "Guangxi" + "Zhuang Autonomous Region"
                return found
            if place is not None and label in ("PERSON", "ORG"):
                honorific = start_tok > 0 and self.toks[start_tok - 1].lower_ in HONORIFICS
                after_preposition = start_tok > 0 and self.toks[start_tok - 1].dep_ == "prep"
                if (
                    not honorific
                    and not (len(name.split()) == 1 and name.casefold() in person_words)
                    and (
                        place.feature != "admin1"
                        or after_preposition
                        or self._division_named_whole(name, place, start_tok)
                        or self._before_division_noun(start_tok + len(name.split()))
                        or self._coordinated_after_preposition(start_tok)
                        or self._after_place_comma(start_tok)
                    )
                ):
                    found.type = self._place_type(name, place)  # "in Nuevo Leon" (a state)
                    found.confidence = 0.7
                    return found
        if label in ("PERSON", "ORG") and name in self._towns_of_divisions:
            found.type = "Place"  # "in <Town>, <State>" elsewhere in the text: a town
            found.confidence = 0.7
            return found
        if label in ("GPE", "LOC"):
            letters = name.replace(".", "")
            if letters.isupper() and len(letters) <= 4:
                return None  # an acronym no gazetteer knows is not a place ("AI")
            found.type = self._place_type(name, None)
            last = name.split()[-1].casefold()
            if last in self.lex.org_heads and not self._admin_suffix(name):
                found.type = "Organization"
            elif found.type == "Place" and self._after_post(start_tok):
                found.type = "Organization"  # "Chief Executive Officer of <X>"
            elif self._agency_of_country(name):
                found.type = "Organization"  # "Pro Ecuador", "Business Finland": an agency
        if (
            label == "PERSON"
            and len(name.split()) > 1
            and (
                (last := name.split()[-1].casefold()) in self.lex.org_heads
                or (last.endswith("s") and last in COMPANY_KIND_WORDS)
            )
        ):
            # "Tecnova Labs", "Lingnan Home Appliances": a person is not named like a company
            found.type = "Organization"
        elif label == "PERSON" and self._country_last(name):
            found.type = "Organization"  # "<Brand> Auto Thailand": a company's national arm
        if label in ("GPE", "LOC"):
            self._extend_admin(found)
        if label == "FAC" and _DIVISION_LAST.search(name):
            found.type = "AdministrativeArea"  # "the <X> District of the <Y> Region": areas
        elif label == "FAC":
            last = name.split()[-1].casefold()
            found.type = (
                "Organization"  # "<City> <Name> Bus": a company named like one
                if len(name.split()) > 1
                and last in self.lex.org_heads
                and last not in self.lex.landmark_heads
                and last not in self.lex.seat_heads  # "<X> Centre": a building after all
                and not self._venue_named(name)
                else "LandmarksOrHistoricalBuildings"
            )
        words = name.split()
        if (
            label == "ORG"
            and len(words) > 1
            and (
                words[-1].casefold() in self.lex.landmark_heads
                # "Temple of Mencius", "Palace of Culture": a landmark named by its head first
                or (len(words) > 2 and words[1] == "of" and words[0].casefold() in HEAD_FIRST)
            )
        ):
            found.type = "LandmarksOrHistoricalBuildings"
        if (
            label == "ORG"
            and name.split()[-1].casefold() in self.lex.event_heads
            and name.split()[-1][0].isupper()
            and (
                name.split()[-1].casefold() not in self.lex.org_heads
                # "signed during the <X> Congress": a body's name is no time
                or self._during(start_tok)
            )
        ):
            found.type = "Event"
        elif (
            label == "ORG"
            and len(name.split()) > 1
            and re.fullmatch(r"(?:19|20)\d\d", name.split()[-1])
            and not any(w.casefold() in self.lex.org_heads for w in name.split())
        ):
            found.type = "Event"  # "<Fair> 2025": an edition, no organization is named by a year
        return found

    def _during(self, start_tok: int) -> bool:
        """Is the name written after "during (the)"?"""
        before = start_tok - 1
        if before >= 0 and self.toks[before].lower_ == "the":
            before -= 1
        return before >= 0 and self.toks[before].lower_ == "during"

    def _cut_from_longer(self, ent: Any) -> int:
        """How many capitalised words before an organization NER found, in its sentence, make
        with it the name NER found elsewhere in the text ("Padma | Horizon Group" opening a
        sentence, beside "Padma Horizon Group"): 0 if none."""
        doc = self.toks
        if self._org_texts is None:
            self._org_texts = {e.text for e in self.ents if e.label_ == "ORG"}
        for width in (1, 2):
            first = ent.start - width
            if first < 0 or any(
                not (doc[t].is_alpha and doc[t].text[:1].isupper())
                or (t > first and doc[t].is_sent_start)
                for t in range(first, ent.start + 1)
            ):
                return 0
            if f"{self.doc[first : ent.start].text} {ent.text}" in self._org_texts:
                return width
        return 0

    def _name_runs_left(self, start: int, label: str) -> bool:
        """Does a name NER found begin with a particle ("del Norte S.A.") or, for a company,
        with a word that only says what it makes ("Machinery Group Co."), or follow a particle
        ("<X> del | Norte S.A.")? Then its first words stand before it."""
        doc = self.toks
        first = doc[start]
        return (
            first.text in _NAME_PARTICLES
            or (label == "ORG" and first.lower_ in COMPANY_KIND_WORDS)
            or (
                start > 1
                and doc[start - 1].text in self._particles(label)
                and doc[start - 2].text[:1].isupper()
            )
        )

    def _particles(self, label: str) -> frozenset[str]:
        """Words that join the parts of a name: "del", "von"; and "&" in a company's
        ("<Family> & Söhne Getriebebau GmbH")."""
        return _NAME_PARTICLES | {"&"} if label == "ORG" else _NAME_PARTICLES

    def _brand_before(self, at: int) -> bool:
        """Is the word before ``at`` a capitalised word of no entity and no place (a brand)?"""
        word = self.toks[at - 1]
        return (
            word.is_alpha
            and word.text.istitle()
            and not word.ent_type_
            and not word.is_sent_start
            and word.lower_ not in self.lex.org_heads
            and self._place(word.text) is None
        )

    def _province_opens(self, at: int, *, legal: bool = False) -> bool:
        """Is the word before ``at`` a province's or city's one-word name opening a sentence or a
        line, as in a company named after its home ("Jiangsu <X> Group Co., Ltd.")? With
        ``legal`` (the name ends in a legal form), after a preposition or a verb too."""
        if at == 0:
            return False
        word = self.toks[at - 1]
        opens = at == 1 or word.is_sent_start or self.toks[at - 2].is_space
        if legal and not opens:
            before = self.toks[at - 2]
            opens = before.is_punct or before.pos_ in ("ADP", "VERB", "CCONJ", "DET")
        if not (opens and word.is_alpha and word.text.istitle()):
            return False
        place = self._place(word.text)
        return place is not None and place.feature in ("admin1", "city")

    def _legal_tail(self, end: int) -> int | None:
        """Where a name ends that runs on through capitalised words to a legal form ("… Central
        Asia LLP"); None when no legal form follows within three words."""
        doc = self.toks
        if (
            end + 1 < len(doc)
            and doc[end].text == ","
            and self._is_legal(doc[end - 1])
            and self._is_legal(doc[end + 1])
            and doc[end + 1].text[:1].isupper()
        ):
            return end + 2  # "<X> Co., Ltd.": the legal form goes on after its comma
        if (
            end + 1 < len(doc)
            and doc[end].text == ","
            and self._is_legal(doc[end + 1])
            and doc[end + 1].text[:1].isupper()
        ):
            k = end + 2
            while k < len(doc) and self._is_legal(doc[k]) and doc[k].text[:1].isupper():
                k += 1
            if k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1  # "Lda" "." split by the tokenizer
            if k >= len(doc) or not (doc[k].is_alpha and doc[k].text[:1].isupper()):
                return k  # "<X> Logistics, S.A. agreed", "<X>, Unipessoal Lda.": the form
                # after a comma ends the name (not "<X>, AG Bank": another name)
        for j in range(end, min(end + 5, len(doc))):
            if doc[j].text in ("(", ")") and not doc[j].is_sent_start:
                continue  # "<Name> (Pvt) Ltd."
            legal = self._is_legal(doc[j])
            lower_form = legal and "." in doc[j].text  # "a.s.", "s.r.o.": written in lower case
            if doc[j].is_sent_start or not (doc[j].text[:1].isupper() or lower_form):
                return None
            if legal and j > end - 1:
                k = j + 1
                while k < len(doc) and (doc[k].text == ")" or self._is_legal(doc[k])):
                    k += 1  # "(Pvt) Ltd.": the rest of the legal form
                if (
                    k + 1 < len(doc)
                    and doc[k].text == ","
                    and self._is_legal(doc[k + 1])
                    and doc[k + 1].text[:1].isupper()
                ):
                    k += 2  # "<X> (Thailand) Co., Ltd.": the form goes on after its comma
                return k
        return None

    def _country_follows(self, ent: Any) -> bool:
        """Is the name followed, with no break, by a one-word country NER left apart
        ("<Brand> Photonics Malaysia's exports")?"""
        doc = self.toks
        k = ent.end
        if k >= len(doc) or not doc[k - 1].whitespace_ or doc[k].sent != doc[k - 1].sent:
            return False
        nxt = self._ent_at.get(k)
        if nxt is None or nxt.end != k + 1 or nxt.label_ != "GPE":
            return False
        place = self._place(doc[k].text)
        if place is None or place.feature != "country":
            return False
        return k + 1 >= len(doc) or not (doc[k + 1].text[:1].isupper() and self._namey(k + 1))

    def _agency_of_country(self, name: str) -> bool:
        """Is a two-word "place" a word that is no place's, then a country ("Pro Ecuador",
        "Business Finland"): a state's agency, named so; not "North Korea", "Mainland China",
        "Atlantic Canada", a part of a country or a country itself?"""
        words = name.split()
        if len(words) != 2 or not words[0][:1].isupper() or self._place(name) is not None:
            return False
        country = self._place(words[1])
        first = words[0].casefold()
        return (
            country is not None
            and country.feature == "country"
            and first not in self.lex.compass_words
            and first not in _PARTS_OF_COUNTRIES
            and first not in self.lex.demonyms
            and self._place(words[0]) is None
        )

    def _country_last(self, name: str) -> bool:
        """Does a name of three words or more end with a country ("<Brand> Auto Thailand")?"""
        words = name.split()
        if len(words) < 3:
            return False
        place = self._place(words[-1])
        return place is not None and place.feature == "country"

    def _extend_admin(self, found: Found) -> None:
        """ "Guangxi" + "Zhuang Autonomous Region": a place followed by capitalised words that end
        in an administrative suffix is the whole name."""
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return
        k = span.end
        while k < len(self.toks) and k < span.end + 4 and self.toks[k].text[:1].isupper():
            k += 1
            tail = self.text[found.start : self.toks[k - 1].idx + len(self.toks[k - 1].text)]
            if self._admin_suffix(tail):
                found.end = self.toks[k - 1].idx + len(self.toks[k - 1].text)
                found.name = clean_name(tail)
                found.type = "AdministrativeArea"

    def _head_first_name(self, found: Found, first: str) -> bool:
        """Does a name of two words or more open with a head word of a head-first language
        ("Transportes <X>", "Grupo <X>")?"""
        return len(found.name.split()) >= 2 and first.casefold() in self.lex.org_heads_initial

    def _possessed(self, end: int) -> bool:
        """Is the name followed by "'s" and a noun of what companies have ("<X>'s fleet")?"""
        doc = self.toks
        if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
            return False
        first = doc[end + 1].lower_
        second = f"{first} {doc[end + 2].lower_}" if end + 2 < len(doc) else ""
        return first in self.lex.org_possessions or second in self.lex.org_possessions


#: "in <Town>, <Division>": a town and the division or country it lies in
_IN_TOWN_OF = re.compile(
    r"\b(?:in|near|at|from|of) ([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2}), "
    r"([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2})\b(?!['’]s)"
)


def _name_words(span: Any) -> int:
    """Words of a name, a hyphenated word counted once ("Tunde Bakare-Olowu": two)."""
    return len(span) - 2 * sum(1 for t in span[1:-1] if t.text in ("-", "–") and not t.whitespace_)
