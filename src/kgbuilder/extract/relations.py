"""Relations read from sentences: patterns over encoded sentences plus the dependency parse.

Input: ``EncodedSentence`` objects of one document. Output: ``FoundRelation`` objects between
``Found`` mentions, with the rule that read them, a confidence and qualifiers (a post's title, a
year). One function per pattern family, each documented with the phrasing it reads:

- posts (worksFor + role): "<P>, <Title> of <O> [and <O>]", "<O> <Title> <P>", "<P> works for <O>"
- nationality: "<P>, a <Demonym> <noun>", "<Demonym> <Title> <P>"
- partOf: "<O>, a subsidiary of <O>", "<O>'s subsidiary <O>"
- locatedIn: "<Place>, <Place>", "<O> based in <L>", "<L>-based <O>", "<Place> companies" beside
  an organization, "<Event> held in <L> and <L>"
- acquired / investsIn: "<O>'s acquisition of <O> in 2011", "<O> acquired <O>", "<O> invested in <X>"
- operatesIn: an organization that is the subject or possessor of a sentence with "in the
  <Demonym> market", "a foothold in <L>", "entered <L>"
- organizedBy: "<E> organized by <O>", "<O> hosted <E>"
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.sentences import EncodedSentence, Unit
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.gazetteer import Gazetteer
from kgbuilder.kinds import Kind
from kgbuilder.names import LEGAL_WORDS, ends_in_legal_form, loose_key

M = r"«[A-Z]\d+»"
#: what may stand between a verb and its object: "the German cable maker", "a Kenyan startup"
DESCRIBED = r"(?:(?:the|a|an) )?(?:«[LD]\d+» (?:- based )?)?(?:(?!«|by |stake |share )\S+ (?:- \S+ )?){0,3}?"
PER = r"«P\d+»"
#: people who represent a body without working for it ("represented by lawyer <P>")
OUTSIDE_AGENTS = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "counsel", "solicitor", "solicitors",
     "barrister", "advocate", "consultant", "consultants", "adviser", "advisor", "agent"}
)  # fmt: skip
ORG = r"«O\d+»"
#: words for a place beyond the lexicon's ``place_nouns`` that describe where a place lies ("a
#: suburb of", "a mining region in")
_MORE_PLACE_NOUNS = frozenset({"suburb", "region", "state", "commune", "island", "area", "hub"})
#: the heads of the names of public bodies, which other bodies are "under"
_PUBLIC_BODY_HEADS = frozenset(
    {"ministry", "department", "commission", "bureau", "government", "council", "committee"}
    | {"authority", "administration", "office", "agency", "secretariat", "directorate"}
)
#: the heads of the names of bodies that serve under a public one ("<X> Service Center")
_SERVICE_HEADS = frozenset({"centre", "center", "institute", "service", "unit"})
#: the words of a part of a place: "<X>, a suburb of <City>" lies in the city
_PARTS_OF_PLACES = frozenset(
    {"suburb", "district", "county", "province", "region", "municipality", "prefecture"}
    | {"township", "commune", "state", "borough", "neighbourhood", "neighborhood", "ward"}
)
_PARTS_OF_PLACES_WORDS = "|".join(sorted(_PARTS_OF_PLACES, key=len, reverse=True))
PLACE = r"«[LD]\d+»"
TITLE = r"(?:†\S+ (?:- |/ )?)*†\S+"
#: "Chairman of the Board (of Directors) of <O>": the board is the company's, the post is at it
BOARD = (
    r"(?: of the (?:†?(?:executive|supervisory|management) )?board"
    r"(?: of (?:directors|governors|trustees|supervisors))?(?= of ))?"
)  # "†deputy †director - †general"
#: first words of a government's bodies a place's possessive names ("<City>'s Ministry of ...")
_STATE_BODY_HEADS = frozenset(
    {"ministry", "department", "secretariat", "bureau", "office", "municipality", "government"}
)
#: first words of a state's own bodies ("Ministry of Foreign Affairs and Trade")
_STATE_BODIES = frozenset({"ministry"})
#: titles of people who speak about a company from outside it
_OUTSIDE_VOICES = frozenset(
    {"analyst", "economist", "expert", "professor", "researcher", "consultant", "scholar"}
)
#: "who chairs <O>": verbs that say a person holds the top post of an organization, and the post
_LEAD_ROLES = {
    "chairs": "Chair",
    "heads": "Head",
    "leads": None,
    "directs": "Director",
    "runs": None,
}
_LEAD_VERBS = "|".join(_LEAD_ROLES)
#: the organization a sentence opens with ("<O> acquired ... and its subsidiary <O2>")
_OPENING_ORG = re.compile(rf"^(?:(?!«O)\S+ ){{0,8}}?(?P<o>{ORG})")
_SYMBOL = re.compile(r"«[A-Z]\d+»")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: not the object of a preposition ("expanded across the <O> in 2023 by acquiring <O2>": the
#: one that expanded is not <O>)
_NOT_AFTER_PREPOSITION = "".join(
    f"(?<!{p} )(?<!{p} the )" for p in ("across", "into", "in", "to", "of", "with", "from", "at")
)
#: where the name of a company bought ends a phrase ("by buying <O> in 2019"; not "by buying
#: <O> shares", "the purchase of <O> F-35 jets")
_ENDS = r"(?= (?:in|for|from|on|at|,|\.|and|;|last|this|earlier|after|before)\b| [,.;(]|$)"

#: the post of a person "who owns", "who founded" or "who runs" an organization ("who heads"
#: is read with the titles)
_OWNER_ROLES: dict[str, str | None] = {
    "owns": "owner",
    "owned": "owner",
    "founded": "founder",
    "co-founded": "co-founder",
    "runs": None,
    "ran": None,
}


@dataclass
class FoundRelation:
    subject: Found
    label: str
    object: Found
    rule: str
    confidence: float
    sentence: EncodedSentence
    role: str | None = None
    date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


#: words that make an organization a place's government ("<X> Provincial People's Government")
GOVERNMENT_WORDS = frozenset({"government", "administration", "council", "committee"})
_PLACE_KIND_WORDS = frozenset({"province", "state", "city", "county", "district", "region"})
#: "the City of <Town>", "Municipality of <Town>": a town's corporation, its government
_CORPORATION_OF_TOWN = re.compile(r"(?:City|Town|Municipality|County|District|Township) of ")


#: last words of sites that lie somewhere, though NER may call them organizations
_SITE_HEADS = frozenset(
    {"park", "zone", "estate", "port", "campus", "area", "base", "centre", "center"}
)


def _government_of(government: str, place: str) -> bool:
    """Is the body the government of exactly that place ("<Place> State Government", "City of
    <Place>", "Government of <Place>"), not of a longer place that begins with its name?"""
    name = re.sub(r"^the ", "", government)
    # ("Lipa City Mayor" and "the City Government of Lipa", "Nakuru Governor" and "the County
    # Government of Nakuru": the place with or without its kind)
    base = re.escape(re.sub(r" (?:City|County|State|Province)$", "", place))
    return bool(
        re.fullmatch(
            rf"(?:{base}(?: City| County| State| Province)? "
            rf"(?:(?:State|Provincial|Municipal|Regional|County|City) )?"
            rf"(?:Government|People['’]s Government)|(?:(?:City|County|Provincial|State|"
            rf"Municipal) )?(?:Government|City|Municipality|County) of (?:the )?{base})",
            name,
        )
    )


def _is_site(name: str) -> bool:
    """Is a name one of a site ("<X> Industrial Park", "<X> Free Trade Zone")?"""
    return name.split()[-1].casefold() in _SITE_HEADS


def _one_in_another(venture: Found, first: Found, second: Found) -> bool:
    """Is the venture's name inside a parent's, or a parent's inside the venture's?"""
    v = venture.name.casefold()
    return any(v in p.name.casefold() or p.name.casefold() in v for p in (first, second))


def _place_keys(name: str) -> set[str]:
    """A place's name with and without the word for its kind ("Guangdong Province", "Guangdong")."""
    words = name.casefold().split()
    keys = {" ".join(words)}
    if len(words) > 1 and words[-1] in _PLACE_KIND_WORDS:
        keys.add(" ".join(words[:-1]))
    return keys


def _names_place(org_name: str, keys: set[str]) -> bool:
    """Does an organization's name begin with, or end in "of <place>", one of ``keys``?"""
    folded = org_name.casefold()
    return any(folded.startswith(k + " ") or folded.endswith(" of " + k) for k in keys)


#: a relative clause about an organization described in apposition, open where the text ends
_RELATIVE_OF_ORG = re.compile(
    r"(«O\d+») , (?:an?|the) (?:(?!«O)[^,])*?\b(?:that|which|who) (?:(?!«O)[^,])*$"
)


#: "Its tractors are sold through 41 dealers in", "Its cars are exported to": goods of the company
_ITS_GOODS_SOLD = re.compile(
    r"^its (?!shares|stock|bonds|notes|securities|members|exports|imports)[a-z-]+ "
    r"(?:are|is|were|was) (?:now |also |mainly |mostly )?"
    r"(?:sold|exported|supplied|distributed|shipped|available)\b"
)
#: words that deny what a sentence would otherwise say
_NEGATED = re.compile(r"\b(?:not|no longer|never|no|n't)\b")
#: what an opening organization does when another is the seller: reports, rules, fines, loses
_NOT_THE_SELLER = frozenset(
    {
        "said", "says", "reported", "reports", "told", "announced", "fined", "fines", "ruled",
        "lost", "sued", "warned", "estimated", "expects", "expected", "banned", "approved",
        "held", "left",
    }
)  # fmt: skip


#: "<A>, a company founded in 1997 that has been owned since 2018 by <B>"
_OWNED_SINCE = re.compile(
    rf"(?P<a>{ORG}) , (?:a|an) (?:(?!«[OP])[^\s;]+ |«[DL]\d+» ){{0,10}}?(?:that|which) "
    r"(?:has been|is|was|had been|is now) (?:wholly |majority |fully )?owned "
    rf"(?:since (?P<y>(?:19|20)\d\d) )?by (?:the )?(?P<b>{ORG})"
)
#: the words without which no acquisition pattern matches ("acquired", "bought", "takeover",
#: "purchase", "snapped up", "sold to")
_ACQUISITION_WORDS = re.compile(r"acqui|bought|buy|purchas|take|took|snapped|sold to")
#: the words without which no investment pattern matches
_INVESTMENT_WORDS = re.compile(
    r"invest|inject|stake|percent|per cent|%|build|set up|open|establish"
)


#: "†deputy †trade †minister «P1»", "investment promotion †principal †secretary «P1»": a post
#: named by its portfolio, then its holder
_PORTFOLIO_TITLE = re.compile(r"(?P<t>(?:†?[a-z-]+ ){1,5}†[a-z-]+) (?P<p>«P\d+»)")
#: "Vice Minister of Investment <P>": a post, its remit after "of", then the holder (after a
#: comma too: "Minister of Industry and Trade, <P>,")
_TITLE_OF_PORTFOLIO = re.compile(
    r"(?P<t>(?:†?[a-z-]+ ){0,3}†[a-z-]+) (?:of|for) (?P<f>(?:†?[a-z-]+ (?:and |& )?){1,4})(?:, )?(?P<p>«P\d+»)"
)
#: words of a ministry's name that name no portfolio ("Ministry of Agriculture and Livestock")
_NOT_PORTFOLIO = frozenset(
    {"of", "and", "for", "the", "&", "on", "in", "ministry", "department", "state"}
)
#: words of a minister's rank, not of the portfolio
_MINISTER_RANKS = frozenset(
    {"deputy", "vice", "state", "first", "acting", "assistant", "junior", "senior", "prime",
     "chief", "former", "federal", "provincial", "national", "cabinet", "permanent", "principal"}
)  # fmt: skip


#: words of a company's name that are no legal form: "<X> Group in <City>" may be its office
_GROUP_WORDS = frozenset(
    {"group", "holdings", "holding", "company", "corporation", "international"}
)
#: the words that end a division's name in an address ("Bekasi Regency", "Ñuble Region")
_DIVISION_WORDS = frozenset(
    {"district", "county", "township", "subdistrict", "regency", "region", "province"}
    | {"prefecture", "state", "oblast", "governorate", "municipality"}
)


def _named_division(name: str) -> bool:
    """Does the name end in a division's word ("<X> Regency", "<X> Region")?"""
    return name.split()[-1].casefold() in _DIVISION_WORDS


def _names_country(name: str, country: str, demonyms: dict[str, str]) -> bool:
    """Does a mission's name name the country, by its name or a demonym ("the Chilean
    Embassy" for Chile)?"""
    words = name.casefold().split()
    named = re.search(rf"\b{re.escape(country.casefold())}\b", name.casefold()) is not None
    return named or any(  # ("Niger" is no word of "Embassy of Nigeria")
        demonyms.get(w) is not None and demonyms[w].casefold() == country.casefold() for w in words
    )


#: the heads of bodies a speaker "of the <O>" works at: universities, firms, public bodies
_WORKPLACE_HEADS = frozenset(
    {"university", "institute", "academy", "college", "school", "faculty", "centre", "center",
     "ministry", "department", "agency", "bureau", "commission", "authority", "bank",
     "corporation", "company", "group", "chamber", "embassy", "consulate", "office"}
)  # fmt: skip
#: words that say a deal did not go through ("abandoned its bid", "blocked the deal")
_UNDONE_DEAL = re.compile(
    r"\b(?:abandon\w*|withdr[ae]w\w*|dropp\w*|scrap\w*|block\w*|reject\w*|fail\w*|"
    r"terminat\w*|call\w* off|walk\w* away|collaps\w*|vetoe?\w*|prohibit\w*)\b"
)


class RelationReader:
    """Applies every pattern family to the sentences of one document."""

    def __init__(self, text: str, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.text = text
        self.lex = lexicon
        self.gaz = gazetteer
        self._governments: list[Found] = []
        self._previous: EncodedSentence | None = None  # the sentence read before this one
        # "founder of the online marketplace <O>": words describing a company before its name
        words = sorted(lexicon.org_descriptors | {"marketplace"})
        self._described = "|".join(re.escape(w) for w in words if " " not in w)

    def read(self, sentences: list[EncodedSentence]) -> list[FoundRelation]:
        out: list[FoundRelation] = []
        readers: list[Callable[[EncodedSentence], Iterator[FoundRelation]]] = [
            self.posts,
            self.nationality,
            self.demonym_companies,
            self.demonym_places,
            self.part_of,
            self.located_in,
            self.capitals_and_possessives,
            self.described_areas,
            self.city_areas,
            self.place_companies,
            self.acquisitions,
            self._acquired_by_antecedent,
            self._unit_of_antecedent,
            self.investments,
            self.operates_in,
            self.own_companies,
            self.portfolio_holders,
            self.second_posts_in_parts,
        ]
        self._governments = [
            f
            for sentence in sentences
            for f in sentence.mentions("O")
            if any(w.casefold() in GOVERNMENT_WORDS for w in f.name.split())
            or _CORPORATION_OF_TOWN.match(f.name)  # "the City of <Town>": the town's government
        ]
        self._ministries = [
            f
            for sentence in sentences
            for f in sentence.mentions("O")
            if "ministry" in f.name.casefold().split()
            or f.name.casefold().startswith("state department ")  # a ministry's part, by portfolio
            # "Department of Trade and Industry": a state's department, by its remit alone
            or (
                f.name.startswith("Department of ")
                and " of " not in f.name[len("Department of ") :]
            )
        ]
        self._missions = [
            f for sentence in sentences for f in sentence.mentions("O") if self._names_mission(f)
        ]
        # the kinds of mention a family's patterns cannot do without: a sentence with none of
        # them is not read by it (most sentences name few kinds of thing)
        needs: dict[Callable[[EncodedSentence], Iterator[FoundRelation]], tuple[str, ...]] = {
            self.posts: ("«P",),
            self.nationality: ("«P", "«D"),  # ("The <Demonym> official said": the one before)
            self.demonym_companies: ("«D",),
            self.demonym_places: ("«D",),
            self.part_of: ("«O",),
            # ("a <Demonym> state secretary at the Ministry", "based in the <Zone>")
            self.located_in: ("«L", "«D", "«C"),
            self.capitals_and_possessives: ("«L", "«D"),
            self.place_companies: ("«L", "«D"),
            self.acquisitions: ("«O",),
            self.investments: ("«O", "«L", "«C"),
            self.operates_in: ("«L", "«D"),
            self.portfolio_holders: ("†",),
            self.second_posts_in_parts: (" of its ", " of their "),
        }
        self._previous = None
        for sentence in sentences:
            e = sentence.encoded
            for reader in readers:
                wanted = needs.get(reader)
                if wanted is None or any(symbol in e for symbol in wanted):
                    out.extend(reader(sentence))
            self._previous = sentence
            out.extend(self.place_posts(sentence))
        return out

    def _names_mission(self, found: Found) -> bool:
        """Is the organization a diplomatic mission ("<X> Embassy", "Consulate-General of ...")?"""
        return any(
            w in self.lex.mission_heads for w in found.name.casefold().replace("-", " ").split()
        )

    def place_posts(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<P>, Vice Governor of <Province>": a post over a place is a post in the government
        of that place, when the document names that government ("<Province> Provincial People's
        Government", "Government of <Province>"); with no such organization, no worksFor."""
        if not self._governments:
            return
        # ("<P>, Deputy Secretary of the <Committee> and Mayor of <City>": the second post)
        pattern = (
            rf"(?P<p>{PER}) , (?:the )?(?:(?!«P)[^;.]*? and (?:the )?)?(?P<t>{TITLE}) of "
            rf"(?:the )?(?P<l>«L\d+»)"
        )
        # "The <State> Commissioner for Commerce, Trade and Investment, Mrs. <P>, said": the
        # place first, then the post and its remit
        before = (  # (a state's executive posts, not "the Texas senator, <P>")
            rf"(?:^|the |, )(?P<l>«L\d+») (?:'s |’s )?(?P<t>(?:†\S+ )*†(?:commissioner|governor|mayor|premier|"
            rf"secretary|vice-governor|vice-mayor|minister))(?: (?:for|of) (?:(?!«)[^;.]){{1,80}}?)? , "
            rf"(?P<p>{PER})"
            # "<City> Mayor <P> said": the post and its holder, no comma between
            rf"|(?:^|the |, |and )(?P<l2>«L\d+») (?P<t2>(?:†\S+ )*†(?:governor|mayor|premier|vice-governor|vice-mayor)) (?P<p2>{PER})"
        )
        for match in [*re.finditer(pattern, s.encoded), *re.finditer(before, s.encoded)]:
            late = match.groupdict().get("l2") is not None  # (the form with no comma)
            role = self._title(s, match, "t2" if late else "t")
            place = s.found(match.group("l2" if late else "l"))
            person = s.found(match.group("p2" if late else "p"))
            if place is None or person is None:
                continue
            if role.split()[-1].casefold() not in self.lex.place_titles:
                continue
            keys = _place_keys(place.name)
            government = next(
                (
                    g
                    for g in self._governments
                    if _names_place(g.name, keys)
                    # (with no comma, only the place's own government: not "<Place> City
                    # Council" for the state's governor)
                    and (not late or _government_of(g.name, place.name))
                ),
                None,
            )
            if government is not None:
                yield FoundRelation(person, "worksFor", government, "place-post", 0.7, s, role=role)

    def portfolio_holders(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "Deputy Trade Minister <P>" beside "the Ministry of Trade" elsewhere in the text: a
        minister (a secretary) named by portfolio works for the one ministry (state department)
        of the text with that portfolio in its name."""
        matches = [*_PORTFOLIO_TITLE.finditer(s.encoded), *_TITLE_OF_PORTFOLIO.finditer(s.encoded)]
        for match in matches:
            if s.encoded[match.end("t") : match.start("p")].endswith(", ") and not re.match(
                r"(?: [,.;]| and\b|$)", s.encoded[match.end() :]
            ):
                continue  # "Responding to the Minister of Trade, <P> said": not the holder
            words = [w.lstrip("†") for w in match.group("t").split()]
            if words[-1] not in self.lex.portfolio_titles:
                continue
            remit = match.groupdict().get("f")
            if remit:  # "Vice Minister of Investment <P>": the remit after the title
                words = [*words[:-1], *(w.lstrip("†") for w in remit.split()), words[-1]]
            # each ministry the post may be at, with the number of portfolio and rank words
            # its name accounts for, read back from the post ("Investment Promotion Principal
            # Secretary")
            held: dict[str, tuple[Found, int]] = {}
            for ministry in self._ministries:
                named = set(loose_key(ministry.name).split()) - _NOT_PORTFOLIO
                portfolio = list(
                    itertools.takewhile(
                        lambda w, named=named: w in named or w in _MINISTER_RANKS,  # type: ignore[misc]
                        reversed(words[:-1]),
                    )
                )
                if any(w not in _MINISTER_RANKS for w in portfolio):
                    held[loose_key(ministry.name)] = (ministry, len(portfolio))
            if len(held) > 1:
                # "Trade Minister" beside "the Ministry of Trade" and "the Ministry of
                # Investment, Industry and Trade": the one whose portfolio the post names whole
                whole = {
                    key: (ministry, read)
                    for key, (ministry, read) in held.items()
                    if set(key.split()) - _NOT_PORTFOLIO <= set(words)
                }
                held = whole if len(whole) == 1 else held
            if len(held) != 1:
                continue  # none named, or two ("Ministry of Trade", "Ministry of Trade Policy")
            state = re.search(r"(«[DL]\d+») $", s.encoded[: match.start("t")])
            country = s.found(state.group(1)) if state else None
            ((ministry, _),) = held.values()
            owner = ministry.name.rsplit(" of ", 1)[-1] if " of " in ministry.name else ""
            owner_country = self.gaz.lookup(owner, feature="country") if owner else None
            if (
                country is not None
                and owner_country is not None
                and owner_country.name != country.name
            ):
                continue  # "Chinese Vice Minister of Commerce" is not at the Ministry of <Other>
            if country is not None and ministry.name.startswith("Department of "):
                continue  # "Chinese Commerce Minister <P>" is not at the "Department of Commerce"
            person = s.found(match.group("p"))
            if person is not None:
                ((ministry, read),) = held.values()
                # the post as written: its portfolio and rank words, not the words before them
                if remit:
                    role = s.span_text(match.start("t"), match.end("f") - 1, self.text)
                else:
                    post = " ".join(match.group("t").split()[-(read + 1) :])
                    role = s.span_text(match.end("t") - len(post), match.end("t"), self.text)
                yield FoundRelation(
                    person, "worksFor", ministry, "portfolio-title", 0.65, s, role=role
                )

    def _envoys_of_countries(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "the Ambassador of Chile in Japan, <P>", "<P>, ambassador of Japan to Bangladesh":
        the envoy serves in the one mission of the text that names the country (by name or
        demonym) and, if any, the host ("Embassy of Chile in Japan", "the Chilean Embassy")."""
        if not self._missions:
            return
        for pattern in (
            rf"(?P<t>†ambassador|†consul(?: †general)?|†consul-general) (?:of|from) (?:the )?(?P<c>«L\d+»)(?: (?:in|to) (?:the )?(?P<h>«L\d+»))? , (?P<p>{PER})",
            rf"(?P<p>{PER}) , (?:the )?(?P<t>†ambassador|†consul(?: †general)?|†consul-general) (?:of|from) (?:the )?(?P<c>«L\d+»)(?: (?:in|to) (?:the )?(?P<h>«L\d+»))?",
        ):
            for match in re.finditer(pattern, s.encoded):
                person, country = s.found(match.group("p")), s.found(match.group("c"))
                host = s.found(match.group("h")) if match.group("h") else None
                if person is None or country is None:
                    continue
                named = [
                    m
                    for m in self._missions
                    if _names_country(m.name, country.name, self.lex.demonyms)
                    and (host is None or host.name.casefold() in m.name.casefold())
                ]
                if len({m.name for m in named}) == 1:
                    role = self._title(s, match, "t")
                    yield FoundRelation(
                        person, "worksFor", named[0], "envoy-of-country", 0.7, s, role=role
                    )

    def second_posts_in_parts(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<P>, vice-chairman of the <O> and chairman of its <O2>": the second post is at
        <O2>, a body of <O>."""
        pattern = (
            rf"(?P<p>{PER}) , (?:(?!«)[^\s,;.]+ ){{0,5}}?of (?:the )?(?P<o>{ORG}) (?:\( «O\d+» \) )?"
            rf"and (?:the )?(?P<t>{TITLE}) of (?:its|their) (?P<part>{ORG})"
        )
        for match in re.finditer(pattern, s.encoded):
            role = self._title(s, match, "t")
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("part"), "second-post", 0.7, role=role
            )
            if rel:
                yield rel
            rel = self._rel(s, match.group("part"), "partOf", match.group("o"), "second-post", 0.7)
            if rel:
                yield rel

    def own_companies(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<P>, a <Country> durian exporter, said his company, <O>, shipped ...": the
        speaker works for the company he calls his."""
        pattern = (
            rf"^(?P<p>{PER}) (?:, (?:(?!«[PO])[^\s]+ |«[LD]\d+» ){{1,12}}?, )?(?:said|says|added) "
            rf"(?:that )?(?:his|her) (?:company|firm|business) , (?P<o>«O\d+») ,"
        )
        for match in re.finditer(pattern, s.encoded):
            rel = self._rel(s, match.group("p"), "worksFor", match.group("o"), "own-company", 0.6)
            if rel:
                yield rel

    # ---------------------------------------------------------------- helpers
    def _f(self, s: EncodedSentence, symbol: str) -> Found | None:
        return s.found(symbol)

    def _rel(
        self,
        s: EncodedSentence,
        subj: str,
        label: str,
        obj: str,
        rule: str,
        conf: float,
        **kw: str | None,
    ) -> FoundRelation | None:
        a, b = s.found(subj), s.found(obj)
        if a is None or b is None or a is b:
            return None
        return FoundRelation(a, label, b, rule, conf, s, **kw)  # type: ignore[arg-type]

    def _title(self, s: EncodedSentence, match: re.Match[str], group: str, offset: int = 0) -> str:
        """The words of a group as written; ``offset`` when the match ran on a slice of the
        encoded sentence starting there."""
        return s.span_text(match.start(group) + offset, match.end(group) + offset, self.text)

    # ---------------------------------------------------------------- worksFor
    def posts(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<P>, (a|the)? <Title> of|at <O> (and <O>)*" and the title-first forms."""
        e = s.encoded
        described = self._described
        after = re.compile(
            # (not "<P>, and the attaché of <O>, <P2>": the next one's post; "<P>, Asia
            # Director of <O>": a region may open the post)
            rf"(?P<p>{PER}) , (?!and )(?:(?:a|an|the|who is|who was|now|also|currently) )*(?:(?:(?!«)(?!†)\S+|«[DL]\d+») ){{0,3}}?"
            rf"(?P<t>{TITLE}(?: (?:of|for|in|on) (?:the )?(?:(?:(?!«)[^\s,;]+ |«[LD]\d+» ){{0,5}}?(?:(?!«)[^\s,;]+|«[LD]\d+»))(?= (?:at|in) | of (?:the )?«O))?{BOARD}(?: for (?:(?!«)[^\s,;]+ ){{0,2}}?(?!«)[^\s,;]+(?= of ))?) (?:\( (?:«O\d+»|[^\s()«]+) \) )?(?:(?:and|&) (?P<t2>{TITLE}) )?(?:of|at|with|for|from|in) (?:the |its |their )?(?:«L\d+» - based |«L\d+» (?:'s|’s) |«[LD]\d+» (?=(?:[a-z-]+ )?(?:{described}) ))?(?:(?:online|local|state-owned|private|leading|{described}) |[a-z-]+ (?=(?:[a-z-]+ )?(?:{described}) )){{0,3}}(?P<o>{ORG})"
            rf"(?P<more>(?: (?:,|and|, and|&) (?:of |at )?(?:the )?{ORG}(?! (?:'s|’s)))*)"
        )
        for match in after.finditer(e):
            role = self._title(s, match, "t")
            objects = [match.group("o"), *_SYMBOL.findall(match.group("more"))]
            unit = re.match(rf" (?:'s|’s) (?P<u>{ORG})", e[match.end("o") :])
            seat = re.match(
                rf"(?P<unit> (?:division|department|unit|office|bureau|section|desk|team|affairs))? at (?:the )?(?:«L\d+» (?:'s|’s) )?(?P<a>{ORG})",
                e[match.end("o") :],
            )
            if seat is not None and not match.group("more"):
                # "<P>, Director General of <Directorate> at <Country>'s <Ministry>": the
                # post is in the ministry, and in the directorate, a part of it
                objects = [seat.group("a")]
                role = s.span_text(
                    match.start("t"),
                    match.end("o") + seat.end("unit") if seat.group("unit") else match.end("o"),
                    self.text,
                )
                directorate = s.found(match.group("o"))
                if (
                    not seat.group("unit")
                    and directorate is not None
                    # a unit by its head word ("Free Zones Administration"), not a portfolio NER
                    # took for one ("National Export Development"), nor a body of its own ("the
                    # International Monetary Fund at the Brookings Institution": a talk's venue)
                    and _names_a_unit(directorate.name)
                ):
                    objects.append(match.group("o"))
                    part = self._rel(
                        s, match.group("o"), "partOf", seat.group("a"), "unit-at-body", 0.75
                    )
                    if part:
                        yield part
            elif unit is not None and not match.group("more"):
                # "<P>, dean of <University>'s <College>": the post is in the unit, a part of it
                objects = [unit.group("u")]
                part = self._rel(s, unit.group("u"), "partOf", match.group("o"), "unit-of", 0.8)
                if part:
                    yield part
            for obj in objects:
                rel = self._rel(
                    s, match.group("p"), "worksFor", obj, "appositive-title", 0.85, role=role
                )
                if rel:
                    yield rel
            # "<P>, a member of <O> and executive vice governor of <O2>": a second post
            second = re.match(
                rf" and (?:the |a |an )?(?P<t>{TITLE}) (?:of|at) (?:the )?(?P<o>{ORG})",
                e[match.end() :],
            )
            if second is not None:
                rel = self._rel(
                    s, match.group("p"), "worksFor", second.group("o"), "appositive-title", 0.8,
                    role=self._title(s, second, "t", match.end()),
                )  # fmt: skip
                if rel:
                    yield rel
        # "<O> sold ..., according to <P>, its vice president" / "according to its <title>, <P>";
        # "<O> sold 740 tractors ..., its managing director <P> told the forum" (no other
        # organization or person between)
        first = _OPENING_ORG.match(e)
        if first is not None:
            its = (
                rf"(?P<p>{PER}) , its (?P<t>{TITLE}(?: (?:for|of) (?:†\S+ )*†\S+)?)",
                rf"\bits (?P<t>{TITLE}(?: (?:for|of) (?:†\S+ )*†\S+)?) , (?P<p>{PER})",
                rf"^(?:(?!«[OP])[^\s;]+ ){{1,30}}?, its (?P<t>{TITLE}) (?P<p>{PER})",
            )
            for pattern in its:
                for match in re.finditer(pattern, e[first.end() + 1 :]):
                    role = self._title(s, match, "t", first.end() + 1)
                    rel = self._rel(
                        s,
                        match.group("p"),
                        "worksFor",
                        first.group("o"),
                        "its-title",
                        0.75,
                        role=role,
                    )
                    if rel:
                        yield rel
        elif e.startswith(("it ", "its ")):
            # "<O> builds cranes. It has delivered 14 ..., according to its general manager, <P>";
            # "Its vice-president for international business, <P>, declined to ..."
            owner = self._antecedent_org()
            its_title = re.search(
                rf"\bits (?P<t>(?:(?!«)(?!†)[^\s,]+ (?:- )?){{0,2}}?{TITLE}(?: (?:for|of) (?:(?!«)[^\s,]+ ){{0,3}}?(?!«)[^\s,]+)?) , (?P<p>{PER})",
                e,
            )
            person = s.found(its_title.group("p")) if its_title else None
            if its_title is not None and owner is not None and person is not None:
                role = self._title(s, its_title, "t")
                yield FoundRelation(person, "worksFor", owner, "its-title", 0.7, s, role=role)
        # "<O> was represented by the consul general, <P>": the post is at <O>
        for match in re.finditer(
            rf"(?P<o>{ORG}) (?:was|were|is|are|will be) represented by (?:the |its |their )?(?P<t>(?:(?!«)(?!†)[^\s,]+ ){{0,2}}?{TITLE}) , (?P<p>{PER})",
            e,
        ):
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "represented-by", 0.75,
                role=self._title(s, match, "t"),
            )  # fmt: skip
            if rel:
                yield rel
        # "<P>, who owns <O>", "<P>, who founded <O> in 1996": the owner or founder works there
        for match in re.finditer(
            rf"(?P<p>{PER}) , who (?:also )?(?P<v>owns|owned|founded|co-founded|runs|ran) (?:the )?(?P<o>{ORG})",
            e,
        ):
            owner_role = _OWNER_ROLES[match.group("v")]
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "who-owns", 0.7, role=owner_role
            )
            if rel:
                yield rel
        # "<P>, an Argentine pharmacist who is managing director of <O>"; "<O>, whose President,
        # <P>, said"; "<P>, a Vietnamese tea importer and director of the <City> firm <O>"
        for pattern in (
            rf"(?P<p>{PER}) , (?:a|an) (?:(?!«[OP])[^\s,;.]+ |«[CD]\d+» ){{1,5}}?and (?P<t>{TITLE}(?: of [a-z]+(?: [a-z]+)?(?= at ))?) (?:of|at) (?:the )?(?:(?:«L\d+» |(?!«)[^\s,;.]+ ){{0,5}}?(?:{described}) )?(?P<o>{ORG})",
            rf"(?P<p>{PER}) , (?:(?!«[OP])[^\s,;.]+ ){{1,5}}?who (?:is|was|serves as|served as) (?:the |a |an )?(?P<t>{TITLE}) (?:of|at) (?:the )?(?P<o>{ORG})",
            rf"(?P<o>{ORG}) , whose (?P<t>{TITLE}) , (?P<p>{PER})",
            # "said <P>, the subsidiary's managing director" (the anaphor read as its name)
            rf"(?P<p>{PER}) , (?P<o>{ORG}) (?:'s|’s) (?P<t>{TITLE})(?= [,.;]| and | who |$)",
            # "<O>, where <P> serves as chief executive, makes ..."
            rf"(?P<o>{ORG}) , where (?P<p>{PER}) (?:serves|served|works|worked|is|was) as (?:the |a |an |its )?(?P<t>{TITLE})",
        ):
            for match in re.finditer(pattern, e):
                role = self._title(s, match, "t")
                rel = self._rel(
                    s, match.group("p"), "worksFor", match.group("o"), "appositive-title", 0.75,
                    role=role,
                )  # fmt: skip
                if rel:
                    yield rel
        # "<P>, a Greek economist who chairs the <O>": the verb says the post
        # "<P>, who heads the <Directorate> (ACR) at the <Ministry>": the body headed is part of
        # the one it is at
        leads = rf"(?P<p>{PER}) , (?:(?!«[OP])[^\s,;.]+ |«D\d+» ){{0,6}}?who (?P<v>{_LEAD_VERBS}) (?:the )?(?P<o>{ORG})(?! (?:'s|’s))(?: \( (?:«O\d+»|[^\s()]+) \))?(?: at (?:the )?(?P<o2>{ORG})(?! (?:'s|’s)))?"
        for match in re.finditer(leads, e):
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "who-leads", 0.7,
                role=_LEAD_ROLES.get(match.group("v")),
            )  # fmt: skip
            if rel:
                yield rel
            if match.group("o2"):
                part = self._rel(s, match.group("o"), "partOf", match.group("o2"), "who-leads", 0.7)
                if part:
                    yield part
        # "<P>, a sinologist who teaches economics at the <O>", "<P>, an entrepreneur who heads
        # the China desk of the <O>", "<P>, ..., joins <O> as plant manager"
        for pattern, rule in (
            (
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«[OP])[^\s,;.]+ |«D\d+» ){{0,4}}?(?P<t>†[^\s,;.]+ )?who (?:teaches|taught|lectures|lectured|works|worked|researches|does research) (?:(?!«)[^\s,;.]+ |«D\d+» ){{0,4}}?at (?:the )?(?P<o>{ORG})",
                "who-teaches",
            ),
            (  # "<P>, a Polish forwarder whose company <O> trucks containers"
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«[OP])[^\s,;.]+ |«D\d+» ){{0,4}}?whose (?:own )?(?:company|firm|business|employer|agency) (?:, )?(?P<o>{ORG})",
                "whose-company",
            ),
            (  # "<P>, a Romanian engineer who joined the company in 2004 and ..."
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«[OP])[^\s,;.]+ |«D\d+» ){{0,4}}?(?P<t>†[^\s,;.]+ )?who (?:joined|has joined|rejoined) (?:the )?(?P<o>{ORG})(?! as )",
                "who-joined",
            ),
            (
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«[OP])[^\s,;.]+ |«D\d+» ){{0,4}}?(?P<t>†[^\s,;.]+ )?who (?:heads|leads|runs|directs|manages|chairs) the (?:(?!«[OP])[^\s,;.]+ |«[LD]\d+» ){{0,3}}?(?:desk|department|division|office|unit|team|section|programme|program|centre|center|committee) (?:of|at) (?:the )?(?P<o>{ORG})",
                "who-heads-unit",
            ),
            (
                rf"(?P<p>{PER}) (?:, (?:(?!«[OE])[^\s,;]+ |«[LDP]\d+» ){{1,12}}?, )?(?:joins|joined|will join|has joined|rejoins) (?:the )?(?P<o>{ORG}) as (?:its |the |a |an )?(?P<t2>{TITLE})",
                "joins-as",
            ),
        ):
            for match in re.finditer(pattern, e):
                joined = s.found(match.group("o"))
                if rule == "who-joined" and (joined is None or joined.anaphor):
                    continue  # "who joined the company": which one, the text may leave open
                group = {"joins-as": "t2", "who-teaches": "t", "who-joined": "t"}.get(rule)
                post = self._title(s, match, group) if group and match.group(group) else None
                rel = self._rel(
                    s, match.group("p"), "worksFor", match.group("o"), rule, 0.7, role=post
                )
                if rel:
                    yield rel
        # "<O>, the group's subsidiary in <L>, is headed by managing director <P>"; "<O> was
        # represented by Deputy Akim <P>"
        headed = rf"(?P<o>{ORG}) (?:, (?:(?:(?!«[OP])[^\s,;.]+ |«L\d+» ){{1,12}}?, )?)?(?:is|was|has been|will be) (?P<v>headed|led|run|managed|represented) by (?:(?P<t>{TITLE}) )?(?P<p>{PER})"
        for match in re.finditer(headed, e):
            title = self._title(s, match, "t") if match.group("t") else None
            if match.group("v") == "represented" and (
                title is None or title.split()[-1].casefold() in OUTSIDE_AGENTS
            ):
                continue  # "represented by lawyer <P>": someone else's man
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "headed-by", 0.75, role=title
            )
            if rel:
                yield rel
        # "<O> brought a pavilion of its own. Its director, <P>, said ...": the organization the
        # sentence before opened with
        # ('"...," said its General Manager, <P>.': the quote's speaker likewise)
        opening = re.search(
            rf"(?:^|\b(?:said|says|added) )(?:Its|its) (?P<t>{TITLE}) , (?P<p>{PER})", e
        )
        before = _OPENING_ORG.match(self._previous.encoded) if self._previous else None
        if opening is not None and "«O" in e[: opening.start()]:
            opening = None  # "<O2> ... said its chief executive, <P>": <O2>'s own
        if opening is not None and before is not None and self._previous is not None:
            person = s.found(opening.group("p"))
            org = self._previous.found(before.group("o"))
            if person is not None and org is not None:
                role = self._title(s, opening, "t")
                yield FoundRelation(person, "worksFor", org, "its-title", 0.7, s, role=role)
        # "... hosted by the Chinese Embassy in <Country>. Ambassador <P> welcomed the guests":
        # an envoy named by title alone serves in the one mission the text just named
        envoy = re.search(
            rf"(?:^|[^†\w] )(?P<t>†ambassador|†consul(?: †general)?|†consul-general) (?P<p>{PER})",
            e,
        )
        if envoy is not None and not e[: envoy.start("t")].endswith("» "):
            missions = [
                f
                for f in (
                    *s.mentions("O"),
                    *(self._previous.mentions("O") if self._previous else ()),
                )
                if self._names_mission(f)
            ]
            if not missions:
                # "Consul General <P> said" further down a press note of the one consulate
                # the text names: the mission of the envoy's kind
                kind = "consulate" if "consul" in envoy.group("t") else "embassy"
                missions = [m for m in self._missions if kind in m.name.casefold()]
                names = {m.name for m in missions}  # "the Consulate General": its short name
                missions = [
                    m for m in missions if not any(n.startswith(m.name + " ") for n in names)
                ]
            person = s.found(envoy.group("p"))
            if person is not None and len({m.name for m in missions}) == 1:
                role = self._title(s, envoy, "t")
                yield FoundRelation(
                    person, "worksFor", missions[0], "envoy-mission", 0.65, s, role=role
                )
        yield from self._envoys_of_countries(s)
        # "<O> sold 38,000 tonnes in 2024, according to general manager <P>": the post is in
        # the company the sentence is about
        quoted = re.search(
            rf"\baccording to (?:its |the (?:company|group|firm) 's )?(?P<t>{TITLE}) (?P<p>{PER})"
            rf"(?! (?:of|at|from|with) (?:the )?«[OL]| , (?:the )?«O)",
            e,
        )
        if quoted is not None and any(
            word in _OUTSIDE_VOICES for word in quoted.group("t").replace("†", "").split()
        ):
            quoted = None  # "according to senior analyst <P>": no post in the company
        subject = self._subject_org(s, quoted.start()) if quoted else None
        if quoted is not None and subject is not None:
            role = self._title(s, quoted, "t")
            rel = self._rel(
                s, quoted.group("p"), "worksFor", subject, "according-to-title", 0.65, role=role
            )
            if rel:
                yield rel
        # "a Chinese engineer, <P> of <O>, briefed the guests": a person known by the body
        # ("Prof <P> of the <Department> at <University> said": the department's, and the
        # university's, which the department is part of)
        for match in re.finditer(
            # ("Professor <P>, of <UTFPR>, will coordinate": set off by commas)
            rf"(?<!by )(?P<p>{PER}) (?:, )?of (?:the )?(?P<o>{ORG})(?: at (?:the )?(?P<at>{ORG}))?(?= , | (?:said|says|told|added|noted|spoke|stated|explained|disclosed|announced|urged)\b| \.$)",
            e,
        ):  # (not "the purchase by <P> of <O>": what he bought)
            rel = self._rel(s, match.group("p"), "worksFor", match.group("o"), "person-of", 0.7)
            if rel:
                yield rel
            if match.group("at") is None:
                continue
            for rel in (
                self._rel(s, match.group("p"), "worksFor", match.group("at"), "person-of", 0.65),
                self._rel(s, match.group("o"), "partOf", match.group("at"), "person-of", 0.65),
            ):
                if rel:
                    yield rel
        # "<P>, an Indian engineer who has worked for <O> since 2019", "<P>, ..., and is now
        # production manager at <O>", "<P>, ... and now heads research at <O>": the post held now
        for pattern, rule in (
            (
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«[OP])[^\s,;.]+ |«[DL]\d+» ){{0,6}}?who (?:has (?:long )?worked|works|has been working) (?:for|at) (?:the )?(?P<o>{ORG})",
                "who-worked-for",
            ),
            (
                rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«P)[^;.]){{0,160}}?\band (?:is )?now (?:(?P<v>heads|leads|runs|manages|directs) (?:(?!«)[^\s,;.]+ ){{1,4}}?|(?:the |a |an )?(?P<t>{TITLE}) )(?:at|of|with) (?:the )?(?P<o>{ORG})",
                "now-post",
            ),
        ):
            for match in re.finditer(pattern, e):
                groups = match.groupdict()
                held = (
                    self._title(s, match, "t")
                    if groups.get("t")
                    else _LEAD_ROLES.get(groups.get("v") or "")
                )
                rel = self._rel(
                    s, match.group("p"), "worksFor", match.group("o"), rule, 0.7, role=held
                )
                if rel:
                    yield rel
        works_as = re.compile(
            rf"(?P<p>{PER}) (?:(?!«P)[^\s.;]+ ){{0,20}}?(?:works|worked|working|serves|served|serving) as (?:a |an |the )?(?:(?!«)[a-z-]+ ){{0,2}}?(?:(?P<t>{TITLE}|[a-z-]+) (?:at|with|for)|(?P<t2>{TITLE}) to) (?:the )?(?P<o>{ORG})"
        )
        for match in works_as.finditer(
            e
        ):  # "<P>, who ... now works as a production manager at <O>" ("a senior adviser to
            # <O>": a post only; "a key supplier to <O>" is no employee of it)
            role = self._title(s, match, "t" if match.group("t") else "t2")
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "works-as", 0.75, role=role
            )
            if rel:
                yield rel
        noun_at = re.compile(
            rf"(?P<p>{PER}) , (?:a|an) (?:«D\d+» )?(?:(?!«)[a-z-]+ ){{0,2}}?(?P<t>[a-z-]+) at (?:the )?(?P<o>{ORG})"
        )
        for match in noun_at.finditer(e):  # "<P>, a Kenyan agronomist at <O>": any profession
            role = self._title(s, match, "t")
            if role.casefold() in self.lex.not_posts or " who " in match.group(0):
                continue  # ("<P>, a physicist who studied at <O>": a clause, not a post)
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "appositive-noun", 0.7, role=role
            )
            if rel:
                yield rel
        titled: tuple[tuple[str, str, float], ...] = (
            (
                rf"(?P<p>{PER})(?: ,)? (?:who )?(?:is|was|serves as|served as|works as|worked as|has been|became|as|(?:has been|was|is) (?:named|appointed)(?: as)?) (?:the |a |an )?"
                rf"(?P<t>{TITLE}{BOARD}) (?:of|at|with|for) (?:the )?(?P<o>{ORG})",
                "copular-title",
                0.8,
            ),
            (  # "<P>, a Mexican engineer with 17 years of experience, has been appointed
                # general manager of <O>"
                rf"(?P<p>{PER}) , (?:(?!«[OPE])[^,])* , (?:has been|had been|was|is|will be) (?:named|appointed|promoted to) (?:as )?(?:the )?"
                rf"(?P<t>{TITLE}{BOARD}) (?:of|at) (?:the )?(?P<o>{ORG})",
                "appointed-title",
                0.75,
            ),
            (  # "<P>, the brand's regional manager"
                rf"(?P<p>{PER}) , (?:the |a |an )?(?P<o>{ORG}) (?:'s|’s) (?P<t>{TITLE})",
                "possessive-title",
                0.75,
            ),
            (
                # ("<O> (<ACR>) chief executive <P>": the bracketed short name aside)
                # ("<O> president and chief executive officer <P>": two posts)
                # ("<O>'s director for Latin America, <P>": the region the post covers)
                rf"(?P<o>{ORG}) (?:\( «O\d+» \) )?(?:'s |’s )?(?P<t>{TITLE}(?: (?:and|&) {TITLE})?)(?: for (?:the )?«L\d+»)?(?: ,)? (?P<p>{PER})",
                "title-before-name",
                0.75,
            ),
            (
                # ("the agricultural attaché of the <Ministry> in <City>, <P>", "the Regional
                # Director of <O> in <Region>, <P>": a qualifier, and the post's town)
                # ("The Managing Director/Chief Executive Officer of the Abuja-based <O> (<ACR>),
                # Dr. <P>", "the President of <O>, Chief <P>": a town before, a short name after)
                # ("The vice minister of Foreign Trade of the <Ministry> (<ACR>), <P>": a remit
                # between the post and its body; "Director General of <O>, a subsidiary of the
                # <O2> (<ACR>), <P>": the body described)
                rf"(?:^|, |the |[\"“”'] |(?:by|and) )(?:(?:the )?[a-z]+ (?=†))?(?P<t>{TITLE}{BOARD})(?: (?:of|for)(?: (?!«)[^\s,;]+){{1,4}}?(?= of ))? (?:of|in) (?:the )?(?:«[LO]\d+» - based )?(?P<o>{ORG})(?: \( «O\d+» \))?(?: in (?:the )?(?:«L\d+»|[^\s,«]+)| of «L\d+»)?(?: , (?:a|an|the) (?:(?!«)[^\s,]+ ){{1,3}}(?:of|to) (?:the )?«O\d+»(?: \( «O\d+» \))?(?= ,))?(?: ,)? (?:†chief )?(?P<p>{PER})",
                "title-before-name",
                0.75,
            ),
            (
                # "Director General of <Remit> at the <Ministry> <P> said", "Deputy for <Remit>
                # at the <Ministry> (<ACR>) <P>": the post's remit, then the body it is at
                rf"(?:^|, |the |[\"“”'] |(?:by|and) )(?P<t>{TITLE}{BOARD}(?: (?:of|for)(?: (?:(?!«)[^\s,;]+|«O\d+»)){{1,4}}?)?) at (?:the )?(?P<o>{ORG})(?: \( «O\d+» \))?(?: ,)? (?P<p>{PER})",
                "title-before-name",
                0.75,
            ),
            (  # "Professor <P> of <O>", "Polish Deputy Minister <P> of the <O>"
                rf"(?:^|, |the |[\"“”'] |«D\d+» |(?:said|says|by|and) )(?P<t>{TITLE}) (?P<p>{PER}) (?:of|at|from) (?:the )?(?P<o>{ORG})",
                "title-before-name",
                0.75,
            ),
        )
        titled += (
            (  # "a delegation of the <O> led by Vice Mayor <P>": the leader holds a post there
                rf"\b(?:delegation|mission|team) (?:of|from) (?:the )?(?P<o>{ORG}) (?:was |is )?(?:led|headed) by (?:the |its )?(?P<t>{TITLE}) (?P<p>{PER})(?! of )",
                "delegation-leader",
                0.7,
            ),
        )
        for pattern, rule, confidence in titled:
            for match in re.finditer(pattern, e):
                rel = self._rel(
                    s,
                    match.group("p"),
                    "worksFor",
                    match.group("o"),
                    rule,
                    confidence,
                    role=self._title(s, match, "t"),
                )
                if rel:
                    yield rel
        spoke = re.match(  # "Prof <P> of the <O> in <City> said": the body a speaker is of
            rf"^(?P<p>{PER}) (?:of|from) the (?P<o>{ORG})(?: \( «O\d+» \))?(?: in «L\d+»)? (?:said|says|told|added|noted|stressed|explained)\b",
            e,
        )
        body = s.found(spoke.group("o")) if spoke is not None else None
        if (  # a body one works at (not "<P> from the Labour Party", "... Refugee Camp")
            spoke is not None
            and body is not None
            and set(body.name.casefold().split()) & _WORKPLACE_HEADS
        ):
            rel = self._rel(s, spoke.group("p"), "worksFor", spoke.group("o"), "speaker-of", 0.65)
            if rel:
                yield rel
        founded = re.compile(  # "<P>, a Kenyan entrepreneur who founded <O> a decade ago"
            rf"(?P<p>{PER}) (?:, (?:a |an |the )?(?:(?:(?!«[OP])\S+|«D\d+») ){{0,5}}?(?:who|and) )?(?:co-founded|cofounded|founded|set up|established) (?:the )?(?P<o>{ORG})"
        )
        for match in founded.finditer(e):
            rel = self._rel(
                s, match.group("p"), "worksFor", match.group("o"), "founder", 0.7, role="founder"
            )
            if rel:
                yield rel
        works = re.compile(
            rf"(?P<p>{PER}) (?:\S+ )?(?:works|worked|working|serves|served|joined|teaches|taught) (?:for|at|with|in)? ?(?:the )?(?P<o>{ORG})"
        )
        for match in works.finditer(e):
            rel = self._rel(s, match.group("p"), "worksFor", match.group("o"), "works-for", 0.7)
            if rel:
                yield rel

    # ---------------------------------------------------------------- nationality
    def nationality(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<P>, a (adj)* <Demonym> <noun>" and "<Demonym> <Title|noun> <P>"."""
        e = s.encoded
        # "<P>, Director General at <O>, welcomed ... The Indonesian official said": the
        # person the sentence before opened with
        again = re.match(
            r"^the (?P<d>«D\d+») (?:†\S+|official|officer|diplomat|businessman|businesswoman|executive|expert|scholar|economist)\b"
            r"|^[\"“”'] .*?[,.] [\"“”'] the (?P<d2>«D\d+») (?:†\S+|official|officer|diplomat|businessman|businesswoman|executive|expert|scholar|economist) (?:said|says|added|noted)\b",
            e,
        )
        if (
            again is not None
            and self._previous is not None
            # "Wang Yi, China's foreign minister, met Kenyan officials ...": not the opener's
            and not re.search(r"«D\d+»|«L\d+» (?:'s|’s)", self._previous.encoded)
        ):
            opener = re.match(rf"^(?:(?!«)\S+ ){{0,3}}?(?P<p>{PER})", self._previous.encoded)
            person = self._previous.found(opener.group("p")) if opener else None
            country = s.found(again.group("d") or again.group("d2"))
            if person is not None and country is not None and country.type == "Country":
                yield FoundRelation(person, "nationality", country, "demonym-again", 0.65, s)
        for match in re.finditer(
            rf"(?P<p>{PER}) , (?:a|an|the) (?:(?!«)\S+ ){{0,4}}?(?P<d>«D\d+»)", e
        ):
            rel = self._country_rel(
                s, match.group("p"), match.group("d"), "appositive-demonym", 0.85
            )
            if rel:
                yield rel
        for match in re.finditer(
            rf"(?P<d>«D\d+») (?:(?:†\S+|[a-z][a-z-]+) ){{1,3}}(?:to «L\d+» )?(?P<p>{PER})", e
        ):
            rel = self._country_rel(s, match.group("p"), match.group("d"), "demonym-title", 0.75)
            if rel:
                yield rel
        for match in re.finditer(
            rf"(?P<p>{PER})(?: ,)? (?:who is|is|was) (?:a |an )?(?P<d>«D\d+»)", e
        ):
            rel = self._country_rel(s, match.group("p"), match.group("d"), "copular-demonym", 0.75)
            if rel:
                yield rel

    def demonym_companies(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<O>, a Vietnamese maker of outsoles": a company described by a country's demonym
        is located in that country."""
        for match in re.finditer(
            rf"(?P<o>{ORG}) , (?:a|an) (?P<d>«D\d+») (?:(?!«)[^\s,;.]+ ){{0,3}}?(?:{self._described})\b"
            # "Its Kazakh subsidiary, <O>", "the Kenyan importer <O>"
            rf"|\b(?:[Ii]ts|[Tt]heir|[Tt]he) (?P<d2>«D\d+») (?:(?!«)[a-z-]+ ){{0,2}}?(?:{self._described}) ,? (?P<o2>{ORG})",
            s.encoded,
        ):
            org, demonym = (
                match.group("o") or match.group("o2"),
                match.group("d") or match.group("d2"),
            )
            place = s.found(demonym)
            if place is None or place.type != "Country":
                continue
            rel = self._rel(s, org, "locatedIn", demonym, "demonym-firm", 0.7)
            if rel:
                yield rel

    def demonym_places(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<Province>, the northern Chinese province that …", "<Town>, a Kenyan port town":
        a place described by a country's demonym and a word for a place is in that country."""
        nouns = r"(?:province|state|region|city|town|county|district|port|island|municipality)"
        for match in re.finditer(
            rf"(?P<l>«L\d+») , (?:a|an|the) (?:(?!«)[a-z-]+ ){{0,2}}?(?P<d>«D\d+») (?:(?!«)[a-z-]+ )?{nouns}\b"
            # "in the northern Kazakh city of <City>"
            rf"|(?P<d2>«D\d+») (?:city|town|port|village|county) of (?P<l2>«L\d+»)",
            s.encoded,
        ):
            if match.group("d2"):
                rel = self._rel(
                    s, match.group("l2"), "locatedIn", match.group("d2"), "demonym-place", 0.7
                )
                if rel and rel.object.type == "Country":
                    yield rel
                continue
            place, country = s.found(match.group("l")), s.found(match.group("d"))
            if place is None or country is None or country.type != "Country":
                continue
            if place.type in ("Country", "Continent") or place.name == country.name:
                continue
            rel = self._rel(
                s, match.group("l"), "locatedIn", match.group("d"), "demonym-place", 0.7
            )
            if rel:
                yield rel

    def _country_rel(
        self, s: EncodedSentence, p: str, d: str, rule: str, conf: float
    ) -> FoundRelation | None:
        place = s.found(d)
        if place is None or place.type != "Country":
            return None
        return self._rel(s, p, "nationality", d, rule, conf)

    # ---------------------------------------------------------------- partOf
    def part_of(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        parts = r"(?:subsidiary|unit|branch|division|affiliate|arm|department|member|part|subordinate|body|agency)"
        for match in re.finditer(
            rf"(?P<a>{ORG})(?: \( (?:«O\d+»|[^\s()]+) \))? , (?:(?:a|an|the) (?:(?!«)\S+ ){{0,2}}?(?:{parts}|bureau|office|directorate|secretariat|institute)|(?:now |also )?part) of {DESCRIBED}(?P<b>{ORG})"
            # "<O>, an agency under the bureau": a body below another
            rf"|(?P<a2>{ORG}) , (?:a|an|the) (?:(?!«)\S+ ){{0,2}}?(?:agency|body|office|bureau|centre|center|institute|{parts}) (?:under|subordinate to|attached to) (?:the )?(?P<b2>{ORG})(?= ,| \.|$)",
            e,
        ):
            a, b = match.group("a") or match.group("a2"), match.group("b") or match.group("b2")
            rel = self._rel(s, a, "partOf", b, "subsidiary-of", 0.8)
            if rel:
                yield rel
        # "<X> Ltd (<ACR>), a joint venture between <Country>'s <A> and the <B>": a part of both
        # ("a special purpose vehicle of <A> and <B>"; the words looked for first: most sentences
        # name no venture)
        ventured = re.search(r"\b(?:joint.venture|special purpose vehicle|consortium)\b", e)
        for match in re.finditer(
            rf"(?P<a>{ORG})(?: \( «O\d+» \))? , (?:a|an|the) (?:(?!«)[a-z-]+ ){{0,2}}?(?:joint venture|joint-venture|special purpose vehicle|consortium) (?:between|of|formed by|owned by) (?:«L\d+» (?:'s|’s) )?(?:the )?(?P<b>{ORG})(?: \( «O\d+» \))? (?:and|&) (?:«L\d+» (?:'s|’s) )?(?:the )?(?P<c>{ORG})",
            e if ventured else "",
        ):
            for side in ("b", "c"):
                rel = self._rel(
                    s, match.group("a"), "partOf", match.group(side), "venture-of", 0.75
                )
                if rel:
                    yield rel
                    yield FoundRelation(rel.object, "investsIn", rel.subject, "venture-of", 0.7, s)
        # "<Chamber>, one of three chambers operating under <Chambers>": a member body
        for match in re.finditer(
            rf"(?P<a>{ORG}) , one of (?:\S+ )?(?:(?!«)[a-z-]+ )?(?:chambers|bodies|agencies|units|companies|subsidiaries|institutes|centres|centers) (?:operating |working )?(?:under|within) (?:the )?(?P<b>{ORG})",
            e if " one of " in e else "",
        ):
            rel = self._rel(s, match.group("a"), "partOf", match.group("b"), "one-of-under", 0.75)
            if rel:
                yield rel
        # "the <Department> (ACR) under the <Ministry>", "<Agency>, operating under the
        # <Ministry>", "whose <State Department> falls under the <Ministry>": a public body
        # below the one it is under
        for match in re.finditer(
            rf"(?P<a>{ORG})(?: \( (?:«O\d+»|[^\s()]+) \))?(?: ,)? (?:(?:which |that )?(?:operating|operates|falls|fall|working|works) )?(?:under|subordinate to) (?:the )?(?P<b>{ORG})(?! (?:'s|’s))",
            e,
        ):
            body, above = s.found(match.group("a")), s.found(match.group("b"))
            if (
                body is not None
                and above is not None
                and body is not above
                and set(above.name.casefold().split()) & _PUBLIC_BODY_HEADS
                and set(body.name.casefold().split()) & (_PUBLIC_BODY_HEADS | _SERVICE_HEADS)
            ):
                yield FoundRelation(body, "partOf", above, "under-body", 0.75, s)
        # "<A>, a Romanian company founded in 1997 that has been owned since 2018 by <B>": part
        # of <B>, which bought it that year
        for match in _OWNED_SINCE.finditer(e):
            rel = self._rel(s, match.group("a"), "partOf", match.group("b"), "owned-by", 0.75)
            if rel:
                yield rel
            bought = match.group("y") and self._rel(
                s, match.group("b"), "acquired", match.group("a"), "owned-by", 0.7,
                date=match.group("y"),
            )  # fmt: skip
            if bought:
                yield bought
        for match in re.finditer(
            rf"(?P<b>{ORG}) (?:'s|’s|, whose) (?:(?P<seat>«L\d+») - based |(?!«)\S+ )?{parts}(?: ,)? (?P<a>{ORG})",
            e,
        ):
            # "<B>'s subsidiary <A>", "<B>, whose <City>-based subsidiary, <A>, ..."
            rel = self._rel(s, match.group("a"), "partOf", match.group("b"), "subsidiary-of", 0.75)
            if rel:
                yield rel
            seat = match.group("seat") and self._rel(
                s, match.group("a"), "locatedIn", match.group("seat"), "subsidiary-of", 0.7
            )
            if seat:
                yield seat
        # "<A> acquired the distributor <B> in 2019, and the unit now supplies ...": the text calls
        # what was bought its buyer's unit
        for match in re.finditer(
            rf"(?P<a>{ORG}) (?:, (?:which|that) )?(?:has |had )?(?:acquired|bought|purchased|took over) (?:the )?(?:(?!«)\S+ ){{0,4}}?(?:«[LD]\d+» )?(?:(?!«)\S+ ){{0,2}}?(?P<b>{ORG})(?P<rest>(?: (?:(?!«)[^\s.;]+|«[LD]\d+»))*?) (?P<u>{ORG})",
            e,
        ):
            bought, unit = s.found(match.group("b")), s.found(match.group("u"))
            if (
                bought is not None
                and unit is not None
                and unit.anaphor
                and unit.name == bought.name
                and self.text[unit.start : unit.end].casefold().split()[-1]
                in ("unit", "subsidiary")
            ):
                rel = self._rel(s, match.group("b"), "partOf", match.group("a"), "unit-bought", 0.7)
                if rel:
                    yield rel
        # "<J>, is 60 percent owned by <A> and 40 percent by <B>", "<J> will be 51 percent owned
        # by <A> and ...", "<J>, will be 60% owned by <A>": each owner invests in it, and it is
        # part of the one that holds more than half
        shares = re.search(
            # ("<J> (<ACR>), will be 51 per cent owned by the <City>-headquartered <A>")
            rf"(?P<j>{ORG})(?: \( «O\d+» \))? (?:, )?(?:is|was|will be|would be) (?P<x>\d+(?:\.\d+)?) (?:percent|per cent|%) owned by (?:the )?(?:«L\d+» - (?:based|headquartered) )?(?P<a>{ORG})(?: and (?P<y>\d+(?:\.\d+)?) (?:percent|per cent|%) by (?:the )?(?:«L\d+» - (?:based|headquartered) )?(?P<b>{ORG}))?",
            e,
        )
        if shares is not None:
            for side, held in (("a", "x"), ("b", "y")):
                if shares.group(side) is None:
                    continue  # "<J> will be 60% owned by <A>": one owner named
                rel = self._rel(
                    s, shares.group(side), "investsIn", shares.group("j"), "owned-shares", 0.75
                )
                if rel:
                    yield rel
                part = float(shares.group(held)) > 50 and self._rel(
                    s, shares.group("j"), "partOf", shares.group(side), "owned-shares", 0.7
                )
                if part:
                    yield part
        # "<O> acquired ... and its subsidiary <O2>": "its" is the company the sentence is about,
        # or the one the sentence before was about when this one opens with "Its subsidiary"
        its = rf"\b(?:its|(?:through|via) a) (?:wholly (?:- )?owned |(?!«)\S+ )?(?:«[DL]\d+» )?(?:subsidiary|unit|affiliate|arm|(?P<jv>joint venture))(?: ,)? (?P<a>{ORG})"
        opening = re.match(its, e)
        first = _OPENING_ORG.match(e)
        if opening is not None and self._previous is not None:
            before = self._previous
            owner = self._topic_org(before, len(before.encoded))
            owners = before.mentions("O")
            parent = before.found(owner) if owner is not None else None
            parent = parent or (owners[0] if owners else None)
            child = s.found(opening.group("a"))
            if parent is not None and child is not None and parent.name != child.name:
                yield FoundRelation(child, "partOf", parent, "its-subsidiary", 0.65, s)
                if opening.group("jv"):  # "Its Malaysian joint venture, <J>": a stake in it
                    yield FoundRelation(parent, "investsIn", child, "joint-venture-stake", 0.65, s)
        elif first is not None:
            for match in re.finditer(its, e[first.end() :]):
                rel = self._rel(
                    s, match.group("a"), "partOf", first.group("o"), "its-subsidiary", 0.7
                )
                if rel:
                    yield rel
                stake = match.group("jv") and self._rel(
                    s, first.group("o"), "investsIn", match.group("a"), "joint-venture-stake", 0.7
                )
                if stake:
                    yield stake
        # "<A> and <B> have formed a joint venture, <J>", "<A> ... unveiled a joint venture with
        # <B>: the new company, <J>": the venture is part of both, and both invest in it
        ventures = (
            rf"(?P<a>{ORG}) and (?:the )?(?:«D\d+» )?(?:(?!«)\S+ ){{0,2}}?(?P<b>{ORG})(?: , (?:(?!«[OPE])\S+ |«L\d+» ){{1,10}}?,)? (?:(?!«[OP])\S+ ){{1,10}}?joint venture(?: company)?(?: ,)? (?:called |named )?(?P<j>{ORG})",
            rf"(?P<a>{ORG}) (?:, )?(?:(?!«[OP])\S+ ){{0,6}}?(?:unveil|unveiled|unveils|announce|announced|announces|form|formed|forms|establish|established|set up|create|created|launch|launched|sign|signed)(?: (?!«)\S+){{0,2}}? joint venture with (?:the )?(?:(?:«D\d+»|(?!«)\S+) ){{0,3}}?(?P<b>{ORG}) (?:(?::|,) )?(?:(?!«)\S+ ){{0,3}}?(?:, )?(?:called |named )?(?P<j>{ORG})",
            # "<A> signed an agreement with <City>-based <B> to set up a joint venture, <J>"
            rf"(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{0,10}}?with (?:the )?(?:«L\d+» - based )?(?P<b>{ORG}) to (?:set up|form|establish|create|launch) a (?:new )?joint venture(?: ,)? (?:called |named )?(?P<j>{ORG})",
            # "<J>, a (<Town>-based) joint venture formed in 2024 by <A> and <B>"
            rf"(?P<j>{ORG}) , an? (?:(?!«)\S+ |«[LO]\d+» - based )?joint venture (?!†?partner)(?:(?:(?!«)\S+|«D\d+») ){{0,4}}?(?:by|of|between) (?:the )?(?P<a>{ORG}) and (?:the )?(?P<b>{ORG})",
            # "<A>, <what A is>, and <B>, <what B is>, signed an agreement to set up <J>, a joint
            # venture in <Place>"
            rf"(?P<a>{ORG}) (?:, (?:(?!«[OPE])\S+ |«[LD]\d+» ){{1,14}}?, )?and (?:the )?(?P<b>{ORG}) (?:, (?:(?!«[OPE])\S+ |«[LD]\d+» ){{1,14}}?, )?(?:signed|inked|reached) (?:an? )?(?:(?!«)\S+ ){{0,2}}?agreement to (?:set up|form|establish|create|launch) (?P<j>{ORG}) , an? (?:new )?joint venture",
            # "<A> showed goods made by <J>, the joint venture it formed in 2024 with <City>
            # clothing retailer <B>"
            rf"^(?:(?!«)\S+ ){{0,3}}?(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{1,12}}?(?P<j>{ORG}) , (?:the|a) (?:new )?joint venture (?:that )?it (?:formed|set up|established|created|launched) (?:in (?:19|20)\d\d )?with (?:the )?(?:(?:«[LD]\d+»|(?!«)\S+) ){{0,4}}?(?P<b>{ORG})",
            # "<A>, <what A is>, and <B>, <what B is>, showed tractors made by <J>, the joint
            # venture the two companies formed in 2023"
            rf"(?P<a>{ORG}) (?:, (?:(?!«[OPE])\S+ |«[LD]\d+» ){{1,14}}?, )?and (?:the )?(?P<b>{ORG}) (?:, (?:(?!«[OPE])\S+ |«[LD]\d+» ){{1,14}}?, )?(?:(?!«[OP])\S+ ){{1,12}}?(?P<j>{ORG}) , (?:the|a) (?:new )?joint venture (?:that )?(?:the two|both) (?:companies|firms|groups|partners) (?:formed|set up|established|created|launched)",
            # "<J> was formed in 2018 as a joint venture by <A> and <B>"
            rf"(?P<j>{ORG}) (?:was|is|has been) (?:formed|set up|established|created|founded) (?:(?!«)\S+ ){{0,3}}?as an? (?:(?!«)\S+ )?joint venture (?:by|of|between) (?:the )?(?P<a>{ORG}) and (?:the )?(?P<b>{ORG})",
            # "<A> and <B> founded <J>, a 50:50 joint venture based in <L>"
            rf"(?P<a>{ORG}) and (?:the )?(?P<b>{ORG}) (?:(?:have|had|jointly) )?(?:founded|formed|set up|established|created|launched) (?:the )?(?P<j>{ORG}) , (?:an?|their) (?:(?!«)\S+ ){{0,3}}?joint venture",
        )
        matches = [m for pattern in ventures for m in re.finditer(pattern, e)]
        # "<A> signed an agreement with <B> to set up a joint venture. The new company, <J>,
        # ...": the venture named in the next sentence
        named = re.match(
            rf"^the (?:(?:new|joint) (?:company|venture)|jv) , (?P<j>{ORG})"
            # "The partners will create a joint venture, <J>, which will ..."
            rf"|^the (?:two )?(?:partners|companies|sides|firms) (?:will |plan to |agreed to )?"
            rf"(?:create|form|set up|establish|launch) a (?:new )?joint venture (?:, )?"
            rf"(?:named |called )?(?P<j2>{ORG})",
            e,
        )
        # "... was signed by <A> and <B>, a <City>-based processor. The two will build a line
        # in <L> through a joint venture named <J>."
        both = re.match(
            rf"^the two (?:companies |partners |firms |groups )?(?:will |plan to |agreed to |are to |have |had )?(?:build|set up|form|formed|create|created|establish|established|launch|launched|run|own|operate|develop) (?:(?!«[OPE])[^\s;]+ |«[LCD]\d+» ){{0,30}}?(?:through|via|as|under) (?:a|their) (?:new )?joint venture (?:, )?(?:named |called )?(?P<j>{ORG})(?! (?:and|,) «O)",
            e,
        )
        named = named or both
        if named is not None and _NOT_FORMED.search(e):
            named = None
        if named is not None and self._previous is not None:
            agreed = re.search(
                rf"(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{0,10}}?with (?:the )?(?:«L\d+» - based )?(?P<b>{ORG}) (?:(?!«P)[^\s;]+ ){{0,30}}?to (?:set up|form|establish|create|launch) an? (?:(?!«)\S+ )?joint venture (?:\.|$)",
                self._previous.encoded,
            )
            if agreed is None:  # "<A> said it would form a joint venture with <L>'s <B> to ...",
                # "<A> signed a joint venture agreement with <B> of <Town>."
                agreed = re.search(
                    rf"(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{0,12}}?(?:form|set up|establish|create|launch|sign|ink)\w* an? (?:(?!«)\S+ )?joint venture (?:agreement |deal |contract )?with (?:the )?(?:«[LD]\d+» (?:'s |’s )?|«L\d+» - based )?(?P<b>{ORG})",
                    self._previous.encoded,
                )
            if agreed is None:
                # "The headline deal was a joint venture between <A>, a ... maker, and <B>";
                # "The largest agreement was signed between <A> and the <Town> company <B>"
                agreed = re.search(
                    rf"\b(?:joint venture|agreement|deal) (?:was )?(?:signed )?between (?:the )?(?:«L\d+» - based )?(?P<a>{ORG})(?: , (?:(?!«[OPE])[^\s;]+ |«[LCD]\d+» ){{1,16}}?,)? and (?:the )?(?:(?:«[LD]\d+»|(?!«)[a-z-]+) ){{0,3}}?(?:«L\d+» - based )?(?P<b>{ORG})",
                    self._previous.encoded,
                )
            if agreed is None and both is not None:
                agreed = re.search(
                    rf"(?P<a>{ORG}) (?:, (?:(?!«[OPE])\S+ |«[LD]\d+» ){{1,14}}?, )?and (?:the )?(?P<b>{ORG})(?: , (?:(?!«[OPE])\S+ |«[LD]\d+» ){{0,13}}?(?:(?!«[OPE])\S+|«[LD]\d+»))?$",
                    self._previous.encoded.rstrip(" ."),
                )
            if agreed is not None:
                j = s.found(named.group("j") or named.groupdict().get("j2") or "")
                # (stakes told in the sentence say whose part the venture is: read below)
                staked = re.search(r"\b(?:percent|per cent)\b|%", e) is not None
                for side in ("a", "b"):
                    partner = self._previous.found(agreed.group(side))
                    if j is not None and partner is not None and partner.name != j.name:
                        if not staked:
                            yield FoundRelation(j, "partOf", partner, "joint-venture", 0.7, s)
                        yield FoundRelation(partner, "investsIn", j, "joint-venture-stake", 0.7, s)
        # "<J> will be 51 percent owned by <A> and 49 percent by <B>"; "<A> will hold 60% of
        # the venture, to be called <J>": the owners' stakes
        for match in re.finditer(
            rf"(?P<j>{ORG}) (?:, )?(?:will be|is|are|would be) (?:\d+(?:\.\d+)? (?:percent|per cent|%) )?(?:jointly )?owned by (?:the )?(?P<a>{ORG}) and (?:\d+(?:\.\d+)? (?:percent|per cent|%) )?(?:owned )?by (?:the )?(?P<b>{ORG})"
            rf"|(?P<a2>{ORG}) (?:will hold|holds|is to hold|would hold|will own|owns) (?:a )?\d+(?:\.\d+)? (?:percent|per cent|%) (?:stake )?(?:of|in) (?:the )?(?:{ORG} , (?:to be |)(?:called|named) )?(?P<j2>{ORG})(?! (?:'s|’s))",
            e,
        ):
            venture = match.group("j") or match.group("j2")
            for side in ("a", "b", "a2"):
                owner = match.group(side)
                if owner is not None and venture is not None:
                    rel = self._rel(s, owner, "investsIn", venture, "joint-venture-stake", 0.7)
                    if rel:
                        yield rel
        for match in matches:
            if not _FORMED.search(match.group(0)) or _NOT_FORMED.search(match.group(0)):
                continue  # "criticised a joint venture called <J>", "had no joint venture"
            names = [s.found(match.group(g)) for g in ("j", "a", "b")]
            if any(f is None for f in names) or _one_in_another(*names):  # type: ignore[arg-type]
                continue  # NER cut "Sony Ericsson" to "Ericsson": a parent's name
            for side in ("a", "b"):
                for label, rule in (
                    ("partOf", "joint-venture"),
                    ("investsIn", "joint-venture-stake"),
                ):
                    subject, obj = ("j", side) if label == "partOf" else (side, "j")
                    rel = self._rel(s, match.group(subject), label, match.group(obj), rule, 0.75)
                    if rel:
                        yield rel
        # "<O>, which opened a European subsidiary, <O2>, in <City>", "<O> set up a subsidiary,
        # <O2>, in <City> in 2021": the subsidiary named in apposition, and where it is
        for match in re.finditer(
            rf"(?P<b>{ORG}) (?:, (?:which|that) )?(?:(?!«[OP])[^\s.;]+ ){{0,12}}?(?:opened|set up|established|founded|launched|created|registered) (?:a|an|its) (?:(?:new|first|wholly owned|local) )*(?:«[DL]\d+» |[a-z]+ )?(?:subsidiary|branch|unit|affiliate|arm) , (?P<a>{ORG})(?! (?:reported|said|says|reports|told|added))(?: , in (?P<l>«L\d+»))?",
            e,
        ):
            rel = self._rel(
                s, match.group("a"), "partOf", match.group("b"), "set-up-subsidiary", 0.75
            )
            if rel:
                yield rel
            if match.group("l"):
                rel = self._rel(
                    s, match.group("a"), "locatedIn", match.group("l"), "set-up-subsidiary", 0.7
                )
                if rel:
                    yield rel
        for match in re.finditer(
            rf"(?P<a>{ORG}) (?:is|was|became) (?:a |an |the )?(?:(?!«)\S+ ){{0,2}}?{parts} of (?:the )?(?P<b>{ORG})",
            e,
        ):
            rel = self._rel(s, match.group("a"), "partOf", match.group("b"), "subsidiary-of", 0.8)
            if rel:
                yield rel
        # "<O> now operates as part of <O2>", "<O> is now part of <O2>"
        for match in re.finditer(
            rf"(?P<a>{ORG}) (?:(?:now|has|had|since|then) )*(?:operates|operated|runs|is|was|became|become|been) (?:now )?(?:as )?(?:a )?(?:(?:wholly owned|integral|full) )?part of (?:the )?(?P<b>{ORG})(?! (?:'s|’s))",
            e,
        ):
            rel = self._rel(s, match.group("a"), "partOf", match.group("b"), "part-of-org", 0.75)
            if rel:
                yield rel

    # ---------------------------------------------------------------- locatedIn
    def located_in(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        # a list of exhibitors or members: "- <O>, <Town> – Booth 1C22"
        listed = re.match(r"^[-•*–] (?P<o>«O\d+») , (?P<l>«L\d+»)(?= [-–—|] | \.$| ;|$)", e)
        if listed is not None:
            rel = self._rel(
                s, listed.group("o"), "locatedIn", listed.group("l"), "listed-town", 0.7
            )
            if rel:
                yield rel
        # "<County>, also part of <City>", "<City>, a county-level city administered by <City>",
        # "<County>, in the mountainous north of <City>"
        compass = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center)"
        for match in re.finditer(
            rf"(?P<a>«L\d+») , (?:(?:also |now )?(?:part of|administered by|under the administration of)|(?:a|an) (?:(?!«)[^\s,;.]+ ){{1,4}}?(?:administered by|under)|in the (?:(?!«)[^\s,;.]+ ){{0,2}}?{compass} of) (?:the )?(?P<b>«L\d+»)",
            e,
        ):
            inner, outer = s.found(match.group("a")), s.found(match.group("b"))
            if inner is None or outer is None or outer.type == "Continent":
                continue
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "place-part-of", 0.75
            )
            if rel:
                yield rel
        # "<Town>, a port town in the <Region>", "<District>, on the western edge of <City>": a
        # place described as a place in (or at the edge of) another
        # ("a city of <X>" may be a sister city's; "a suburb of <X>" lies in it)
        for match in re.finditer(
            rf"(?P<a>«L\d+») , (?:(?:a|an) (?:(?!«)[a-z-]+ ){{0,3}}?(?:(?:{self._place_nouns}) in|(?P<part>{_PARTS_OF_PLACES_WORDS}) of)|on the (?:(?!«)[a-z-]+ )?(?P<edge>edge|edges|outskirts|fringe) of) (?:the )?(?:(?:{self._compass}) )?(?P<b>«L\d+»)(?! (?:'s|’s))",
            e,
        ):
            inner, outer = s.found(match.group("a")), s.found(match.group("b"))
            if (
                inner is None
                or outer is None
                or outer.type == "Continent"
                or outer.type in VENUE_TYPES
                or inner.type in VENUE_TYPES
                or inner.type == "Country"
            ):
                continue
            # a town in a town only as its suburb or at its edge
            part = match.group("part") or match.group("edge")
            if not (part and outer.type != "Country") and not self._contains(outer, inner):
                continue
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "place-described-in", 0.75
            )
            if rel:
                yield rel
        for match in re.finditer(  # "Mexico City's Ministry of Economic Development", a company
            r"(?:^|(?<=[^»] ))(?P<l>«L\d+») (?:'s|’s) (?P<o>«O\d+»)", e
        ):
            governed, body = s.found(match.group("l")), s.found(match.group("o"))
            if (
                governed is None
                or body is None
                or governed.type not in ("City", "AdministrativeArea", "Country")
                or not (
                    body.name.split()[0].casefold() in _STATE_BODY_HEADS
                    # "Quebec's Lac Bleu Lithium Corp.": a company by its legal form
                    or ends_in_legal_form(body.name)
                )
            ):
                continue
            yield FoundRelation(body, "locatedIn", governed, "place-s-body", 0.75, s)
        for match in re.finditer(  # "a plant at the Coega SEZ outside Gqeberha"
            r"(?P<c>«C\d+») (?:just )?outside (?:the )?(?P<l>«L\d+»)", e
        ):
            rel = self._rel(s, match.group("c"), "locatedIn", match.group("l"), "zone-outside", 0.7)
            if rel:
                yield rel
        for match in re.finditer(  # "the district of Lurín, south of Lima": a district of the city
            rf"\bdistrict of (?P<a>«L\d+») , (?:{compass}|north-east|north-west|south-east|south-west) of (?P<b>«L\d+»)",
            e,
        ):
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "district-of", 0.7)
            if rel:
                yield rel
        for match in re.finditer(  # "in Cuffe Parade, south Mumbai": a quarter of a city
            # (not a list of stops: "<Airport>, central London and Brighton")
            rf"(?P<a>«L\d+») , (?:{compass}|central|downtown|greater|old) (?P<b>«L\d+»)(?! (?:,|and|or|, and) «L)",
            e,
        ):
            inner, outer = s.found(match.group("a")), s.found(match.group("b"))
            if (
                inner is None
                or outer is None
                or outer.type != "City"
                or inner.type
                in (
                    "City",
                    "Country",
                    "AdministrativeArea",
                )
            ):
                continue
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "quarter-of-city", 0.7
            )
            if rel:
                yield rel
        for match in re.finditer(  # "based in <Town> in (<Country>'s) <Province>"
            # ("in Cascavel, in western <State>", "in Pinhais, in the Metropolitan Region of <City>")
            r"(?P<a>«L\d+»)(?=(?P<comma> ,)? in (?:the )?(?:(?:western|eastern|northern|southern|"
            r"central|north-western|north-eastern|south-western|south-eastern|northwestern|"
            r"northeastern|southwestern|southeastern) )?(?P<kind>(?:state|province|region|department) of )?"
            r"(?:«L\d+» (?:'s|’s) )?(?P<b>«L\d+»)"
            r"(?! (?:'s|’s|district|districts|area|neighbourhood|neighborhood|suburb)\b))",
            e,
        ):
            inner, outer = s.found(match.group("a")), s.found(match.group("b"))
            # "in Salinas Victoria, in the northern state of Nuevo Leon": the text says what the
            # outer place is, so a town the gazetteer does not know is in it all the same
            said = (
                match.group("kind") is not None
                and inner is not None
                and outer is not None
                and inner.type in ("City", "Place")
                and outer.type == "AdministrativeArea"
            )
            if not said and (
                inner is None
                or outer is None
                or inner.type != "City"
                or outer.type not in ("AdministrativeArea", "Country")
                or not self._contains(outer, inner)
                or (match.group("comma") and not self._division_holds(outer, inner))
            ):
                continue
            if inner is not None and outer is not None:
                yield FoundRelation(inner, "locatedIn", outer, "town-in-area", 0.75, s)
        # "Hunnan District in <City>", "<A> District and <B> District in <City>": districts of a
        # city, named as districts
        for match in re.finditer(
            r"(?P<a>«L\d+»)(?: (?:,|and|, and) (?P<a2>«L\d+»))? in (?:the )?(?P<b>«L\d+»)(?! (?:'s|’s))",
            e,
        ):
            city = s.found(match.group("b"))
            if city is None or city.type not in ("City", "AdministrativeArea", "Country"):
                continue
            chinese = self._country_code(city) == "CN"
            for group in ("a", "a2"):
                part = s.found(match.group(group)) if match.group(group) else None
                if part is None or not self._admin_suffix_word(part.name):
                    continue
                if (
                    city.type == "City"
                    and part.name.split()[-1].casefold() == "county"
                    and not chinese
                ):
                    continue  # "Cook County in Chicago": a county holds the city there
                # ("<X> County in <Province>", "<X> District in <Country>": the wider area)
                yield FoundRelation(part, "locatedIn", city, "district-in-city", 0.75, s)
        # "based in Nanzhuang Town of <City>'s Chancheng District", "<X> Township in <Y> County":
        # a town named as one, in a district or county named as one
        for match in re.finditer(
            r"(?P<a>«L\d+») (?:in|of) (?:the )?(?:«L\d+» (?:'s|’s) )?(?P<b>«L\d+»)(?! (?:'s|’s))", e
        ):
            town, area = s.found(match.group("a")), s.found(match.group("b"))
            if (
                town is not None
                and area is not None
                and town.name.split()[-1].casefold()
                in ("town", "township", "village", "subdistrict")
                and area.name.split()[-1].casefold() in ("district", "county")
                and len(area.name.split()) > 1
            ):
                yield FoundRelation(town, "locatedIn", area, "town-in-district", 0.75, s)
        # "<Park>, which straddles <A> District and <B> District": a site in both
        for match in re.finditer(
            r"(?P<a>«[LCO]\d+») , which (?:straddles|spans) (?:the )?"
            r"(?P<b>«L\d+»)(?: and (?P<c>«L\d+»))?(?! (?:'s|’s))",
            e,
        ):
            site = s.found(match.group("a"))
            if site is None or (site.kind is Kind.ORGANIZATION and not _is_site(site.name)):
                continue
            for group in ("b", "c"):
                area = s.found(match.group(group)) if match.group(group) else None
                if area is not None and area.type != "Country" and area is not site:
                    yield FoundRelation(site, "locatedIn", area, "site-straddles", 0.7, s)
        for match in re.finditer(r"(?P<a>«L\d+») of (?P<b>«L\d+»)", e):
            area, city = s.found(match.group("a")), s.found(match.group("b"))
            if (
                area is not None
                and city is not None
                and city.type in ("City", "AdministrativeArea")
                and self._admin_suffix_word(area.name)
            ):  # "Anxi County of Quanzhou", "Saihan District of Hohhot"
                yield FoundRelation(area, "locatedIn", city, "area-of-city", 0.75, s)
        for match in re.finditer(
            r"(?P<a>«L\d+») , (?=(?P<b>«L\d+»)(?P<on> (?:,|and|or|, and|, or) (?:in )?«L)?)", e
        ):
            inner, outer = s.found(match.group("a")), s.found(match.group("b"))
            if inner is None or outer is None:
                continue
            if (
                inner.type == "City"
                and outer.type == "City"
                and re.search(r"«L\d+» (?:,|and|or) $", e[: match.start()])
            ):
                continue  # "in <A>, <B>, <C>": a list of towns, none in another
            # "in <Town>, <X> Regency, <Province>": an address, a division after its town
            division = (
                _named_division(outer.name)
                and inner.type != "Country"
                and outer.type != "Country"
                and not _named_division(inner.name)
            )
            if match.group("on") and not (
                # "at the <Venue>, <District>, <City>": a venue's address, smallest place first
                (
                    inner.type in VENUE_TYPES
                    and outer.type != "Country"
                    and match.group("on").startswith(" ,")
                )
                or (division and match.group("on").startswith(" ,"))
            ):
                continue
            if (
                not match.group("on")
                and not (
                    self._contains(outer, inner)
                    or division
                    # "<X> Regency, <Province>": a division the gazetteer does not know, in one it does
                    or (
                        _named_division(inner.name)
                        and outer.type in ("AdministrativeArea", "Country")
                        and re.search(r"«L\d+» , $", e[: match.start()]) is not None
                    )
                )
            ):
                continue
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "place-comma-place", 0.8
            )
            if rel:
                yield rel
        for match in re.finditer(
            rf"(?P<a>{M})(?: \( «O\d+» \)| \( \" «O\d+» \"(?: or \" (?:(?!«)[^\s\"]+ ){{1,3}}\")? \))?(?: , (?:(?!«)[^\s,]+ ){{1,6}}?,(?= (?:is|was|has been) ))?(?: ,)? (?:was (?:founded|established|set up|created) (?:(?!«)\S+ ){{0,4}}?and )?(?:(?:which |that )?(?:is |was |are |were |has been |have been |had been |will be |would be )|(?:a|an|the) (?:(?!«[OPLCE])\S+ ){{0,12}}?)?(?:also |now |still )?(?:based|headquartered|located|situated|registered|incorporated) in (?:the )?(?:«C\d+» (?:in|of) (?:the )?)?(?:(?:(?!«)[a-z-]+ )?«D\d+» (?:city|town|port|village|county) of |(?:city|town|region|province) (?:'s|’s) |«L\d+» (?:'s|’s) |«[DL]\d+» (?:capital|port city|city) )?(?P<b>«L\d+»)",
            e,
        ):
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "based-in", 0.8)
            if rel and rel.subject.kind is not Kind.PERSON:
                yield rel
        # "<O> has agreed to buy <O2> ..., the <City>-based nickel miner said": the company the
        # sentence opens with (after its dateline; not "<O>'s delays ...", "Demand from <O>"),
        # described by its seat as the source of the news
        said_by = re.match(
            rf"^(?:(?:«L\d+»|[—–,:()-]|[A-Z]+) ){{0,4}}?(?P<a>{ORG}) (?!'s |’s )(?:(?!«P)[^;])*?, the (?P<b>«L\d+») - (?:based|headquartered) (?:(?!«)[a-z-]+ ){{1,3}}(?:said|says|announced|reported)\b",
            e,
        )
        if said_by is not None:
            rel = self._rel(s, said_by.group("a"), "locatedIn", said_by.group("b"), "based-in", 0.7)
            if rel:
                yield rel
        # "<O>, listed on the <Exchange> and based in the <X> Development Zone": the company is
        # where the zone is (read with the zone's own place: ``zone_towns``)
        for match in re.finditer(
            rf"(?P<a>{ORG}) , (?:(?!«[PEL])[^\s;]+ ){{0,14}}?(?:based|headquartered|located|situated) in (?:the )?(?P<c>«C\d+»)",
            e,
        ):
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("c"), "based-in-zone", 0.75
            )
            if rel:
                yield rel
        for match in re.finditer(
            # "at the <Venue> (EIEC) in <City>", "<Venue>, a restored palace garden complex in
            # <City>'s <District>", "at the <Venue> in the Mongolian capital <City>"
            r"(?P<a>«L\d+»)(?: \( «[OL]\d+» \))?(?: , (?:a|an|the)(?: (?!«)\S+){0,5}?)?(?: ,)? (?:in|of) (?:the )?(?:(?:city|town|capital) (?:'s|’s) )?(?:«D\d+» (?:capital|city|port|town) )?(?:(?:central|downtown|northern|southern|eastern|western|north|south|east|west) )?(?P<b>«L\d+»)",
            e,
        ):
            town_symbol = match.group("b")
            district = re.match(r" (?:'s|’s) («L\d+»)", e[match.end() :])
            if district is not None:
                town_symbol = district.group(1)  # "in <City>'s <X> District": the district
            venue, town = s.found(match.group("a")), s.found(town_symbol)
            if (
                venue is not None
                and town is not None
                and venue.type in VENUE_TYPES
                and town.type not in VENUE_TYPES
            ):
                rel = self._rel(s, match.group("a"), "locatedIn", town_symbol, "venue-in", 0.75)
                if rel:
                    yield rel
        for match in re.finditer(
            rf"(?P<a>{ORG}) (?:\( «O\d+» \) |\( \" «O\d+» \" \) )?, (?:(?:a|an|the) (?:(?!«)\S+ ){{0,3}}?|«O\d+» (?:'s|’s) )(?P<b>«L\d+») - (?:based|headquartered)",
            e,
        ):
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "based-in", 0.8)
            if rel:
                yield rel
        descriptors = "|".join(sorted(self.lex.org_descriptors, key=len, reverse=True))
        for match in re.finditer(
            rf"(?P<a>{ORG}) , (?:a|an|the) (?:(?!«)\S+ )?(?P<b>«L\d+») (?:(?!«)[a-z-]+ ){{0,2}}?(?:{descriptors})\b"
            rf"|(?P<a2>{ORG}) , (?:a|an|the|its|their) (?:(?!«)[a-z-]+ ){{0,4}}?†?(?:{descriptors}|(?:tool|parts|die|mould|mold|machine|chip|shoe|tile|drug|truck|bus)makers?|office|headquarters|plant|factory|mill|works) (?:from|in) (?:the )?(?:(?:«L\d+» (?:'s|’s) )?(?:«[DL]\d+» |[a-z-]+ )?(?:city|town|port) of |«L\d+» (?:'s|’s) )?(?P<b2>«L\d+»)"
            rf"|(?:another|a|an|the) (?P<b3>«L\d+») (?:(?!«)[a-z-]+ )?(?:{descriptors}) , (?P<a3>{ORG}) ,"
            # "<O>, one of the oldest producers in <County>"
            rf"|(?P<a4>{ORG}) , one of the (?:(?!«)[a-z-]+ ){{0,3}}?(?:{descriptors})s? (?:in|from) (?:the )?(?P<b4>«L\d+»)"
            # "the <O> in the provincial capital <City>", "<O>, founded in <City> in 2008"
            r"|(?P<a6>«O\d+») (?:in the (?:provincial |regional |state |national )?capital|, (?:which was )?founded in) (?P<b6>«L\d+»)"
            # "<O> has sold ... from an office in <City> since 2019"
            rf"|(?P<a5>{ORG}) (?:, )?(?:(?!«[OP])[^\s.;]+ ){{0,8}}?from (?:an|a|its) (?:(?!«)[a-z-]+ )?(?:office|offices|headquarters|base|plant|factory|warehouse) in (?:the )?(?P<b5>«L\d+»)"
            # "Founded in 1994 in <City>, <O> designs ...", "Headquartered in <City>, <O> ..."
            rf"|^(?:founded|established|headquartered|based) (?:in (?:19|20)\d\d )?in (?P<b7>«L\d+»)(?: , «L\d+»)? , (?:the )?(?P<a7>{ORG})",
            e,
        ):  # "<O>, a <City> bus company", "<O>, a bus maker from <City>"
            subject = next(g for g in match.group("a", "a2", "a3", "a4", "a5", "a6", "a7") if g)
            place = next(g for g in match.group("b", "b2", "b3", "b4", "b5", "b6", "b7") if g)
            found = s.found(place)
            if found is None or found.type in ("Country", "Continent") or found.demonym:
                continue
            rel = self._rel(s, subject, "locatedIn", place, "based-in", 0.7)
            if rel:
                yield rel
        for match in re.finditer(  # "<X> Dark Tea Co. from Anhua county appointed ...": a
            # company (by its legal form) from a town, not goods or flights from one
            # (the sentence's subject, or the one after "while"; not "imports cars from <O>, and
            # <O2> from <City>", where goods come from)
            r"(?:^|, while |; |\bwhile )(?:the )?(?P<a>«O\d+») from (?:the )?(?P<b>«L\d+»)(?: (?:county|city|district|province))?(?! to\b| - )",
            e,
        ):
            company, town = s.found(match.group("a")), s.found(match.group("b"))
            if (
                company is None
                or town is None
                or town.type in ("Country", "Continent")
                or not ends_in_legal_form(company.name)
            ):
                continue
            yield FoundRelation(company, "locatedIn", town, "company-from", 0.7, s)
        for match in re.finditer(
            rf"(?P<b>«L\d+») - (?:based|headquartered) (?:(?!«|and )\S+ ){{0,2}}?(?:, )?(?P<a>{M})"
            # "<City>-based cross-border e-commerce firm <O>": words up to a noun of companies
            rf"|(?P<b2>«L\d+») - (?:based|headquartered) (?:(?!«|(?:at|of|for|with|from|in|by|to) )[^\s,;.]+ ){{2,8}}?(?:{self._described}) (?P<a2>{M})",
            e,
        ):
            rel = self._rel(
                s,
                match.group("a") or match.group("a2"),
                "locatedIn",
                match.group("b") or match.group("b2"),
                "based-in",
                0.8,
            )
            if rel and rel.subject.kind is not Kind.PERSON:
                yield rel
        # "an agreement with Brenner Antriebstechnik AG of Ingolstadt": a company named with its
        # legal form, then "of" its town (a name that goes on with "of" is one name: "Bank of X")
        for match in re.finditer(rf"(?P<a>{ORG}) of (?:the )?(?P<b>«L\d+»)(?! (?:'s|’s))", e):
            company, town = s.found(match.group("a")), s.found(match.group("b"))
            if (
                company is not None
                and town is not None
                and town.type in ("City", "AdministrativeArea")
                and not town.demonym
                and {(last := company.name.split()[-1].casefold()), last + "."}
                & self.lex.legal_suffixes
            ):
                yield FoundRelation(company, "locatedIn", town, "company-of-town", 0.7, s)
        # "visited the <City> headquarters of <O>": the company's seat
        for match in re.finditer(
            rf"(?P<b>«L\d+») (?:headquarters|head office|head offices) of (?:the )?(?P<a>{M})", e
        ):
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "based-in", 0.75)
            if rel and rel.subject.kind is Kind.ORGANIZATION:
                yield rel

    def city_areas(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<City>, the provincial capital, … in the city's western <X> District": the district
        is in the city named last before it (in this sentence or the one before)."""
        for match in re.finditer(
            r"\bthe (?:city|town) (?:'s|’s) (?:(?!«)[a-z-]+ ){0,2}?(?P<a>«L\d+»)", s.encoded
        ):
            area = s.found(match.group("a"))
            if area is None or area.type != "AdministrativeArea":
                continue
            before = [f for f in s.mentions("L") if f.type == "City" and f.end <= area.start]
            if not before and self._previous is not None:
                before = [f for f in self._previous.mentions("L") if f.type == "City"]
            if before:
                city = max(before, key=lambda f: f.start)
                yield FoundRelation(area, "locatedIn", city, "city-area", 0.65, s)

    def described_areas(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "the <X> district of <City>": an area of a place."""
        words = "|".join(sorted(self.lex.admin_suffixes, key=len, reverse=True))
        for match in re.finditer(
            rf"(?P<a>«L\d+») (?P<w>{words}) (?:of|in) (?:the )?(?P<b>«L\d+»)", s.encoded
        ):
            area, place = s.found(match.group("a")), s.found(match.group("b"))
            if (
                match.group("w") in ("city", "town", "village", "port")
                and area is not None
                and place is not None
                and place.type == "City"
                and area.type in ("AdministrativeArea", "Country")
            ):  # "the <Province> city of <City>": the city is in the province
                yield FoundRelation(place, "locatedIn", area, "city-of-area", 0.75, s)
                continue
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "area-of", 0.75)
            if rel and rel.object.type not in VENUE_TYPES:
                yield rel

    def capitals_and_possessives(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<City>, (the) capital of (southwest) <Area>" and "<Country>'s <Area>"."""
        e = s.encoded
        yield from self._located(
            s,
            r"(?P<a>«L\d+») , (?:the )?(?:provincial |state |national )?capital (?:city )?of (?:(?!«)\S+ ){0,2}?(?:«L\d+» (?:'s|’s) )?(?P<b>«L\d+»)",
            "capital-of",
            0.8,
        )
        # "<City>'s "<Industry> Valley""
        yield from self._located(
            s, r"(?P<b>«L\d+») (?:'s|’s) (?:[\"“] )?(?P<a>«C\d+»)", "place-possessive", 0.75
        )
        # "a plant in the <X> Free Trade Zone, <City>, where ...": a zone's town after a comma
        # (not a list of places: "the <X> Zone, <A> and <B>")
        for match in re.finditer(
            r"\b(?:in|at|inside|within) (?:the )?(?P<a>«C\d+») , (?P<b>«L\d+»)(?= , | \.$|$| where\b)",
            e,
        ):  # (not "Like the <X> Park, <City> has ...": a comparison, the city a subject)
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "cluster-comma-place", 0.75
            )
            if rel and rel.object.type != "Continent" and rel.object.type not in VENUE_TYPES:
                yield rel
        for match in re.finditer(
            # ("at King Salman Energy Park (SPARK) in the Eastern Province": its short name aside)
            # ("she pitched the <X> Demonstration Area in <Town>, <City>")
            r"(?:\b(?:at|to|into|of|in|and|the)|,) (?:the )?(?P<a>«C\d+»)(?: \( «[CO]\d+» \))? in (?:the )?(?:«L\d+» (?:'s|’s) (?=«L))?"
            rf"(?:(?:{self._compass}) )?(?P<b>«L\d+»)",
            e,
        ):  # "in the <X> Industrial Park in <City>'s <Y> District": the district; "land at the
            # <X> Park in <Town> and the <Y> Industrial City in <City>"; "in eastern <Province>"
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), "cluster-in", 0.75)
            if rel and rel.object.type not in ("Country", "Continent"):
                yield rel  # "licences at the <X> Special Economic Zone in <City>"
        for match in re.finditer(r"(?P<b>«L\d+») (?:'s|’s) (?P<a>«L\d+»)", e):
            outer, inner = s.found(match.group("b")), s.found(match.group("a"))
            if outer is None or inner is None or inner.type == "Country":
                continue
            if outer.type == "Country":
                rule = "country-possessive"
            elif (
                outer.type in ("City", "AdministrativeArea")
                and (
                    inner.type not in ("City", "AdministrativeArea", "Continent")
                    or self._admin_suffix_word(inner.name)
                    # "<City>'s <X> district": the word for its kind written after the name
                    or re.match(
                        r" (?:district|county|area|subdistrict|township|suburb)\b", e[match.end() :]
                    )
                )
            ):
                rule = "place-possessive"  # "<City>'s <X> District", "<City>'s <X> Port"
            else:
                continue
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), rule, 0.75)
            if rel:
                yield rel
        # "<O>, which runs a latex processing plant in southern Thailand's <X> province": the
        # company's works are there
        yield from self._located(
            s,
            rf"(?P<a>{ORG}) , (?:which|that) (?:runs|operates|owns) (?:a|an|two|three|four|its) (?:(?!«)[a-z-]+ ){{0,3}}?(?:plant|plants|factory|factories|terminal|terminals|mill|mills|mine|mines) in (?:the )?(?:(?:northern|southern|eastern|western|central) )?(?:«L\d+» (?:'s|’s) )?(?P<b>«L\d+»)",
            "works-in",
            0.65,
        )
        # "an economist at <X> University in <City>": a campus or an office and its town
        for match in re.finditer(r"(?P<a>«O\d+») in (?:the )?(?P<b>«L\d+»)(?! (?:'s|’s))", e):
            body, town = s.found(match.group("a")), s.found(match.group("b"))
            if re.search(r"\bfrom (?:the )?$", e[: match.start()]):
                continue  # "a delegation from <X> University in <City>": a visit, not a seat
            last = body.name.split()[-1].casefold() if body is not None else ""
            # "its subsidiary <X> GmbH in <City>": a company and its town (not "signed with
            # <X> Ltd in <City>": where the deal was signed)
            company = last.strip(".,") in LEGAL_WORDS - _GROUP_WORDS and not re.search(
                r"\bwith (?:the )?$", e[: match.start()]
            )
            if (
                body is not None
                and town is not None
                and town.type in ("City", "AdministrativeArea")
                and (last in self.lex.seat_heads | {"university"} or company)
            ):
                yield FoundRelation(body, "locatedIn", town, "seat-in", 0.7, s)
        # "<P>, a Hungarian state secretary at the Ministry of <X>", "Polish Deputy Minister <P>
        # of the Ministry of <X>": a ministry of the official's country
        for match in re.finditer(
            rf"{PER} , (?:a|an) (?P<d>«D\d+») (?:(?!«)\S+ ){{0,3}}?(?:at|of|in) (?:the )?(?P<o>{ORG})"
            rf"|(?P<d2>«D\d+») (?:†\S+ )+{PER} (?:of|at) (?:the )?(?P<o2>{ORG})",
            e,
        ):
            body = s.found(match.group("o") or match.group("o2"))
            country = s.found(match.group("d") or match.group("d2"))
            if (
                body is not None
                and country is not None
                and country.type == "Country"
                and body.name.split()[0].casefold() in _STATE_BODIES
                and not self._names_a_place(body.name)
            ):
                yield FoundRelation(body, "locatedIn", country, "ministry-of-country", 0.65, s)
        # "Kazakhstan's Ministry of Trade", "Greece's Port of Piraeus": a body of the country
        for match in re.finditer(
            r"(?P<b>«L\d+») (?:'s|’s) (?:(?!«)(?!(?:with|from|to|for|by|of|on|in|at|and|or) )[a-z-]+ ){0,2}?(?P<a>«O\d+»)",
            e,
        ):
            country = s.found(match.group("b"))
            if country is not None and country.type == "Country" and not country.demonym:
                rel = self._rel(
                    s, match.group("a"), "locatedIn", match.group("b"), "country-body", 0.7
                )
                if rel:
                    yield rel
        # "in Nairobi's Westlands area": a place word after the name says it is a place there
        for match in re.finditer(
            r"(?P<b>«L\d+») (?:'s|’s) (?P<a>«[OX]\d+») (?:area|district|neighbourhood|neighborhood|suburb)\b",
            e,
        ):
            rel = self._rel(
                s, match.group("a"), "locatedIn", match.group("b"), "place-possessive", 0.7
            )
            if rel:
                yield rel

    def _located(
        self, s: EncodedSentence, pattern: str, rule: str, conf: float
    ) -> Iterator[FoundRelation]:
        """ "<a> locatedIn <b>" for every match of a pattern with groups ``a`` and ``b``."""
        for match in re.finditer(pattern, s.encoded):
            rel = self._rel(s, match.group("a"), "locatedIn", match.group("b"), rule, conf)
            if rel:
                yield rel

    def _names_a_place(self, name: str) -> bool:
        """Does an organization's name end with the place it belongs to ("Ministry of Commerce of
        China", "Embassy of China in Kenya")?"""
        for joint in (" in ", " of "):
            if joint in name and self.gaz.lookup(name.rsplit(joint, 1)[-1]) is not None:
                return True
        return False

    def _country_code(self, place: Found) -> str | None:
        found = self.gaz.lookup(place.name)
        return found.country_code if found is not None else None

    def _admin_suffix_word(self, name: str) -> bool:
        """Does the name end in a word of a division inside a city ("District", "County")?"""
        return name.split()[-1].casefold() in ("district", "county", "township", "subdistrict")

    def _contains(self, outer: Found, inner: Found) -> bool:
        """May ``outer`` contain ``inner`` ("Haidian District, <City>"; "<City>, <Country>";
        "<Town>, <City>" where the gazetteer puts the town in the city's division and the city
        is the bigger: "Santo Tomas, Batangas")?"""
        if outer.type == "City" and inner.type == "City":
            return self._town_of_city(inner, outer)
        if outer.type == "City" and inner.type in ("Country", "Continent"):
            return False
        if inner.type == "Country" or (outer.type == "Continent" and inner.type == "Continent"):
            return False
        if inner.type == "City" and outer.type == "Country":
            country = self.gaz.lookup(outer.name, feature="country")
            if country is None or country.country_code is None:
                return False
            place = self.gaz.lookup(inner.name, hint_countries={country.country_code})
            return bool(place and place.country_code == country.country_code)
        return inner.type in (
            "AdministrativeArea",
            "Place",
            "LandmarksOrHistoricalBuildings",
            "City",
        )

    def _division_holds(self, area: Found, town: Found) -> bool:
        """Does the gazetteer not deny that ``town`` lies in ``area`` (a division it knows,
        holding a town it knows elsewhere)?"""
        division = self.gaz.lookup(area.name, feature="admin1")
        place = self.gaz.lookup(town.name, feature="city")
        return division is None or place is None or place.division_key == division.division_key

    def _town_of_city(self, town: Found, city: Found) -> bool:
        """Is ``town`` a smaller town of the division ``city`` lies in (the city may name the
        province around it, as "Batangas" or "Cebu" do)?"""
        big = self.gaz.lookup(city.name, feature="city")
        if big is None or big.division_key is None:
            return False
        small = self.gaz.lookup(town.name, feature="city", hint_countries={big.country_code or ""})
        return (
            small is not None
            and small.geonames_id != big.geonames_id
            and small.division_key == big.division_key
            and small.population < big.population
        )

    def place_companies(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<O>('s growth) as an example of <Place> companies", "<O>, a <Place> company", "<Place> companies such as <O>"."""
        e = s.encoded
        nouns = "|".join(sorted(self.lex.company_nouns, key=len, reverse=True))
        near = (
            rf"(?P<o>{ORG}) (?:(?:'s|’s) (?!«)\S+ )?(?:(?!«)\S+ ){{0,1}}?"
            rf"(?:as an example of|as one of|one of|among|like other|, a|, an|, one of|is a|is an|as a|, the) (?:the )?(?:many |leading |major |top )?"
            rf"(?P<l>{PLACE}) (?:'s |’s )?(?:(?!«)[a-z-]+ )?(?:{nouns})\b"
        )
        for match in re.finditer(near, e):
            rel = self._rel(
                s, match.group("o"), "locatedIn", match.group("l"), "place-companies", 0.7
            )
            if rel:
                yield rel
        such = rf"(?P<l>{PLACE}) (?:(?!«)[a-z-]+ )?(?:{nouns}) (?:such as|including|like|, including|, such as) (?P<os>{ORG}(?: (?:,|and|, and) {ORG})*)"
        for match in re.finditer(such, e):
            for obj in _SYMBOL.findall(match.group("os")):
                rel = self._rel(s, obj, "locatedIn", match.group("l"), "place-companies", 0.7)
                if rel:
                    yield rel
        # "<O>, <O> and <O>, three other <Place> companies"
        listed = rf"(?P<os>{ORG}(?: (?:,|and|, and) {ORG})+) , (?:the |all |two |three |four |five |six |several |other |fellow )*(?P<l>{PLACE}) (?:(?!«)[a-z-]+ )?(?:{nouns})\b"
        for match in re.finditer(listed, e):
            for obj in _SYMBOL.findall(match.group("os")):
                rel = self._rel(s, obj, "locatedIn", match.group("l"), "place-companies", 0.7)
                if rel:
                    yield rel
        descriptors = "|".join(sorted(self.lex.org_descriptors, key=len, reverse=True))
        title = rf"(?P<l>{PLACE}) (?:(?!«)[a-z-]+ ){{0,2}}?(?:{descriptors}) (?P<o>{ORG})"
        for match in re.finditer(title, e):
            rel = self._rel(
                s, match.group("o"), "locatedIn", match.group("l"), "place-companies", 0.7
            )
            if rel:
                yield rel

    # ---------------------------------------------------------------- acquired / investsIn
    def acquisitions(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        if _ACQUISITION_WORDS.search(e) is None:
            return  # every pattern below has one of these words
        noun = "(?:acquisition|purchase|takeover|buyout)"
        verb = (
            "(?:acquired|acquires|acquire|bought|buys|purchased|purchases|took over|takes over|"
            "snapped up)"
        )
        things = r"«[OXC]\d+»"
        patterns = [
            (
                rf"(?P<a>{ORG}) (?:'s|’s) (?:(?!«)\S+ )?{noun} (?:in (?:(?:early|late|mid) )?\d{{4}} )?of (?:the )?(?P<b>{things})",
                0.85,
            ),
            (
                rf"(?P<a>{ORG}) (?:has |have |had |will |to |,? which )?(?:\S+ )?{verb} {DESCRIBED}(?P<b>{things})",
                0.8,
            ),
            # "<O> agreed to acquire <City>'s <O2>", "<O> signed a final agreement to acquire 100
            # percent of the shares of <O2>"
            (
                rf"(?P<a>{ORG}) (?:(?:has|have|had|will) )?(?:agreed|agrees|plans|planned|is set|was set|moved|moves|offered|offers) to (?:{verb}|buy|purchase|take over) (?:«L\d+» (?:'s|’s) )?{DESCRIBED}(?P<b>{things})",
                0.75,
            ),
            (
                rf"(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{0,6}}?(?:agreement|deal|offer|bid) to (?:acquire|buy|purchase|take over) (?:(?!«)\S+ ){{0,8}}?(?:of )?(?:the )?(?P<b>{things}){_ENDS}",
                0.75,
            ),
            (
                rf"(?P<a>{ORG}) (?:(?!«)\S+ ){{0,3}}?(?:its|their) (?:(?!«)\S+ )?{noun} of (?:the )?(?P<b>{things})",
                0.8,
            ),
            # "<O>, a maker of seat frames headquartered in <Zone>, bought <O2>, a foundry";
            # "The company, based in the <Zone>, acquired <O2>"
            (
                rf"(?<!of )(?<!by )(?<!to )(?P<a>{ORG}) , (?:(?:a|an|the) |(?=(?:based|headquartered|located) ))(?:(?!«[OP])[^\s,;]+ |«[LCD]\d+» ){{1,16}}?, (?:has |had |also |later )?{verb} {DESCRIBED}(?P<b>{things}){_ENDS}",
                0.75,
            ),
            (
                rf"(?P<b>{things})(?: , (?:which|that))? (?:was|were|has been|had been|is being|will be) (?:\S+ )?(?:acquired|bought|purchased|taken over) by {DESCRIBED}(?P<a>{ORG})",
                0.8,
            ),
            # "<O2> was sold to <O> in 2019"
            (
                rf"(?P<b>{things})(?: , (?:which|that))? (?:was|were|has been|had been) sold to {DESCRIBED}(?P<a>{ORG})",
                0.75,
            ),
            # "Since its 2019 acquisition by <O>, <O2> has doubled output"
            (
                rf"\bits (?:(?:\d{{4}}|recent) )?{noun} by (?:the )?(?P<a>{ORG}) , (?P<b>{things})",
                0.75,
            ),
            (rf"{noun} of (?:the )?(?P<b>{things}) by (?:the )?(?P<a>{ORG})", 0.8),
            # "<O2>, which <O> bought in 2021, now runs two factories"
            (
                rf"(?P<b>{things}) , (?:which|that) (?P<a>{ORG}) (?:had |has )?{verb}\b",
                0.8,
            ),
            # "<O2>, a dairy in <L> in northern <L> that <O> bought in 2019": what it is first
            (
                rf"(?P<b>{things}) , (?:a|an) (?:(?!«[OP])[^\s,;.]+ ){{1,10}}?(?:which|that) (?P<a>{ORG}) (?:had |has )?{verb}\b",
                0.75,
            ),
            # "<O>, whose factories sit in <L>, bought <O2>": a relative clause between them
            (
                rf"(?P<a>{ORG}) , (?:whose|which|that|who) (?:(?!«[OP])(?:\d[\d,.]*|[^\s,;.]+) ){{1,25}}?, (?:has |had |later |then )?{verb} {DESCRIBED}(?P<b>{things})",
                0.75,
            ),
            # "The company operates in <L>: in 2022 it acquired <O>": "it" is the company
            (
                rf"(?P<a>{ORG}) (?:(?!«[OP])[^\s.;]+ ){{1,20}}?(?:it|they) (?:has |had |later |then )?{verb} {DESCRIBED}(?P<b>{things})",
                0.7,
            ),
            # "<O> expanded abroad by acquiring <O2> in 2019", "<O> entered <Region> in 2021 by
            # acquiring <O2>"
            (
                rf"{_NOT_AFTER_PREPOSITION}(?P<a>{ORG}) (?:(?!«[OPE])\S+ ){{0,8}}?by (?:acquiring|buying|purchasing|taking over) (?:the )?(?P<b>{things}){_ENDS}",
                0.75,
            ),
            # "<O2>, acquired by <O> in 2019, makes buses"
            (
                rf"(?P<b>{things}) , (?:acquired|bought|purchased|taken over) (?:in \d{{4}} )?by {DESCRIBED}(?P<a>{ORG})",
                0.8,
            ),
            # "<O> completed the acquisition of <O2>", "<O> entered <L> with the purchase of <O2>"
            (
                rf"(?P<a>{ORG}) (?:(?!«)\S+ ){{0,3}}?(?:completed|announced|closed|finalized|finalised|agreed) (?:the|its|a) (?:(?!«)\S+ )?{noun} of {_WHOLE}(?:the )?(?P<b>{things}){_ENDS}",
                0.8,
            ),
            # a press release: "<O> ("<Short>" or "the Company"), a maker of <X> headquartered
            # in <L>, today announced that it has completed the acquisition of 100 percent of <O2>"
            (
                rf"(?P<a>{ORG}) (?:\( (?:(?!\))\S+ ){{1,12}}?\) )?, (?:a|an|the) (?:(?!«[OP])[^\s;]+ ){{1,30}}?, (?:today |on \S+ )?(?:announced|said|confirmed)(?: that)? it (?:has |had )?(?:successfully )?(?:completed|closed|finalized|finalised) (?:the|its) {noun} of {_WHOLE}(?:the )?(?P<b>{things}){_ENDS}",
                0.75,
            ),
            (
                rf"(?P<a>{ORG}) (?:(?!«[OP])\S+ ){{0,8}}?(?:with|through|via|after|following) (?:the|its|a) (?:\d{{4}} )?{noun} of (?:the )?(?P<b>{things}){_ENDS}(?! by )",
                0.75,
            ),
        ]
        undone = _UNDONE_DEAL.search(e) is not None  # "abandoned its bid to buy <O>"
        for pattern, conf in patterns:
            for match in re.finditer(pattern, e):
                if re.search(r"\bstake\b", e[match.start() : match.end()]):
                    continue
                if undone and re.search(
                    r"\b(?:agree\w*|plan\w*|set|moved?|moves|offer\w*|agreement|deal|bid) to\b",
                    e[match.start() : match.end()],
                ):
                    continue  # a deal blocked, dropped or failed is no acquisition
                if re.search(rf"{verb} from ", e[match.start() : match.end()]):
                    continue  # "has bought from <Place> growers": a purchase of goods
                if re.search(r" from (?:the )?«", e[match.start() : match.end()]):
                    continue  # "by buying 300 tractors from <O>": goods, not the company
                tail = e[match.end() : match.end() + 40]
                year = _YEAR.search(e[match.start() : match.end()] + " " + tail)
                years = _YEAR.findall(e)
                date = (
                    year.group(1)
                    if year and re.match(r"^\s*(?:in|,|for)?\s*(?:(?:early|late|mid) )?\d{4}", tail)
                    else (years[0] if len(set(years)) == 1 else None)
                )
                rel = self._rel(
                    s,
                    match.group("a"),
                    "acquired",
                    match.group("b"),
                    "acquisition",
                    conf,
                    date=date,
                )
                if rel:
                    yield rel
                # "... acquired <O>, a plant in <L> that is now its wholly owned subsidiary"
                if rel and _NOW_ITS_SUBSIDIARY.search(e[match.end() :].split(" . ", 1)[0]):
                    part = self._rel(
                        s, match.group("b"), "partOf", match.group("a"), "acquired-subsidiary", 0.7
                    )
                    if part:
                        yield part

    def _its_market(self, s: EncodedSentence, place_symbol: str) -> Iterator[FoundRelation]:
        """ "<O> acquired <O2> and runs <O3>. Its tractors are sold through 41 dealers in <L>":
        a sentence opening with "its" and naming no organization is about the one the sentence
        before opened with."""
        if self._previous is None or s.mentions("O"):
            return
        if not (_ITS_GOODS_SOLD.match(s.encoded) or _IT_SELLS.match(s.encoded)):
            return
        if _NEGATED.search(s.encoded):
            return  # "Its phones are not sold in <L>", "no longer sold"
        # the company the sentence before opened with, as the one who acts, not the one who
        # reports, fines or rules on another ("Reuters reported that ...")
        opening = re.match(r"^(?:the )?(«O\d+») (?P<verb>\S+)", self._previous.encoded)
        owner = self._previous.found(opening.group(1)) if opening else None
        if opening is None or owner is None or opening.group("verb") in _NOT_THE_SELLER:
            return
        if set(owner.name.casefold().split()) & self.lex.non_company_heads:
            return  # a ministry, a commission, a senate sells nothing
        place = s.found(place_symbol)
        if owner is not None and place is not None and place.kind is Kind.PLACE:
            yield FoundRelation(owner, "operatesIn", place, "market-presence-its", 0.6, s)

    def _antecedent_org(self, noun: str | None = None) -> Found | None:
        """What "it" or "the company" at a sentence's start refers to: the organization the
        sentence before opened with, when it names no other ("The FTC sued <O>. It bought ...":
        which one, the text leaves open), or when its name ends in the ``noun`` used for it
        ("<X> Parts Group bought <Y>. The group's subsidiary ...")."""
        before = self._previous
        if before is None:
            return None
        opening = _OPENING_ORG.match(before.encoded)
        first = before.found(opening.group("o")) if opening else None
        if first is None:
            return None
        # (its own short name in brackets after it is no other: "<O> (<Short>), which ...")
        bracketed = (
            re.match(r" \( («O\d+») \)", before.encoded[opening.end() :]) if opening else None
        )
        short = before.found(bracketed.group(1)) if bracketed else None
        if len({f.name for f in before.mentions("O") if f is not short}) == 1:
            return first
        named = [w.casefold().rstrip(".,") for w in first.name.split()]
        if noun is not None and noun in named[-2:]:
            return first
        return None

    def _unit_of_antecedent(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<X> Parts Group bought <Y>. The group's Serbian subsidiary, <Z>, ...": the unit
        belongs to the organization the sentence before opened with."""
        match = re.match(
            r"^(?:the (?P<n>company|group|firm)|(?P<o>«O\d+»)) (?:'s|’s) (?:(?!«)\S+ |«[LD]\d+» ){0,3}?"
            r"(?:subsidiary|unit|arm|affiliate|branch) , (?P<a>«O\d+»)",
            s.encoded,
        )
        # "<O>, the carmaker's overseas arm,": the unit named, then its owner referred back to
        for apposed in re.finditer(
            r"(?P<a>«O\d+») , (?P<o>«O\d+») (?:'s|’s) (?:(?!«)\S+ |«[LD]\d+» ){0,3}?"
            r"(?:subsidiary|unit|arm|affiliate|branch|division)\b",
            s.encoded,
        ):
            unit, owner = s.found(apposed.group("a")), s.found(apposed.group("o"))
            if unit is not None and owner is not None and owner.anaphor and unit.name != owner.name:
                yield FoundRelation(unit, "partOf", owner, "its-subsidiary", 0.7, s)
        if match is None:
            return
        if match.group("o") is not None:  # "The group's": the anaphor the text resolved
            anaphor = s.found(match.group("o"))
            owner = anaphor if anaphor is not None and anaphor.anaphor else None
        else:
            owner = self._antecedent_org(match.group("n"))
        unit = s.found(match.group("a"))
        if owner is not None and unit is not None and unit.name != owner.name:
            yield FoundRelation(unit, "partOf", owner, "its-subsidiary", 0.7, s)

    def _acquired_by_antecedent(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<O> makes buses. In 2019, it acquired <O2>." / "<O2>, which the group bought in
        2019, ...": "it", "the company" or "the group" is the organization the sentence before
        opened with."""
        buyer = self._antecedent_org()
        if buyer is None or set(buyer.name.casefold().split()) & self.lex.non_company_heads:
            return  # "The <X> Coffee Council met. The company bought ...": not the council
        verb = "(?:acquired|bought|purchased|took over)"
        them = r"(?:it|the (?:company|group|firm|carmaker|automaker|maker))"
        for pattern in (
            rf"^(?:(?:in|by) (?:(?:early|late|mid) )?\d{{4}} (?:, )?)?{them} (?:has |had |later |then |also )?{verb} (?:the )?(?:«[LD]\d+» (?:- based )?)?(?:(?!«)[a-z-]+ ){{0,2}}?(?P<b>«[OX]\d+»){_ENDS}",
            rf"(?P<b>«[OX]\d+») , (?:which|that) {them} (?:had |has )?{verb}\b",
        ):
            for match in re.finditer(pattern, s.encoded):
                bought = s.found(match.group("b"))
                if bought is None or bought.name == buyer.name:
                    continue
                if re.search(r"\b(?:from|stake|shares?)\b", s.encoded[match.start() : match.end()]):
                    continue  # "it bought 300 buses from <O>": goods, not the company
                years = set(_YEAR.findall(s.encoded))
                date = next(iter(years)) if len(years) == 1 else None
                yield FoundRelation(
                    buyer, "acquired", bought, "acquisition-anaphor", 0.7, s, date=date
                )

    def investments(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        if _INVESTMENT_WORDS.search(e) is None:
            return  # every pattern below has one of these words
        targets = r"«[OLCX]\d+»"
        # "in a new air-conditioner plant in <Place>": the place of what is built
        site = r"(?:(?:a|an|the|its|their) (?:(?!«)\S+ ){0,4}?(?:plant|factory|facility|project|site|park|centre|center|base|hub|complex|mine|line|warehouse|campus|laboratory|mill|refinery|port|terminal|farm) (?:(?!«)(?!in )(?!at )\S+ ){0,7}?(?:in|at) (?:the )?)?"
        # ("... in <O>'s plant in the free zone": the company whose plant it is)
        obj = rf"(?:{site}{DESCRIBED}(?P<b>{targets})|(?P<own>{ORG}) (?:'s|’s) (?:(?!«)[a-z-]+ )?(?:plant|factory|facility|mill|operations|expansion)\b)"
        # "<Org> (ACR), headquartered in <L>, ..."
        # "<Org>, whose plants sit in the <Zone> in <City>, the ... capital, bought ..."
        # ("<O>, which bought a stake in <O2> in 2022, will invest ...": a clause of its own)
        aside = r"(?:\( «O\d+» \) )?(?:, (?:(?!«[OPE])\S+ ){1,24}?, |, (?:which|who) [^,.;]{1,160}? , )?"
        # the company that acts, not one inside a phrase ("A rival of <O>, which ..., bought")
        free = r"(?<!of )(?<!to )(?<!by )(?<!unlike )(?<!with )"
        patterns = [
            rf"{free}(?P<a>{ORG}) {aside}(?:, (?:which|that) )?(?:(?:has|have|had|will|would|plans to|pledged to|agreed to|is|was|also|since|already|recently) )*(?:invested|invests|invest|investing) (?:(?!«)\S+ ){{0,8}}?in {obj}",
            rf"(?P<a>{ORG}) (?:'s|’s) (?:(?!«)\S+ )?investments? (?:of (?:(?!«)\S+ ){{0,6}})?in {obj}",
            rf"(?P<a>{ORG}) {aside}(?:(?!«)\S+ ){{0,2}}?(?:announced|announces|made|makes|unveiled|pledged|committed|plans|planned|signed|completed|will make) (?:an? |its |new |further |additional )*(?:(?!«)\S+ )?investments? (?:of (?:(?!«)\S+ ){{1,6}}?)?in {obj}",
            rf"investments? (?:(?!«)\S+ ){{0,5}}?by (?:the )?(?P<a>{ORG}) in {obj}",
            rf"(?P<a>{ORG}) (?:(?!\.)\S+ ){{1,24}}?and (?:also |later |then )?(?:has |had )?(?:invested|invests) (?:(?!«)\S+ ){{0,4}}?in {obj}",
            rf"(?P<a>{ORG}) {aside}(?:(?!«[OP])\S+ ){{0,4}}?(?:that )?(?:it|they) (?:would |will |plans to |planned to |is to |was to |intends to )?(?:invest|invests|invested) (?:(?!«)\S+ ){{0,8}}?in {obj}",
            # "<O> signed an agreement to build a component plant in the zone"
            rf"(?P<a>{ORG}) (?:(?!«[OP])[^\s.;]+ ){{1,16}}?to (?:build|set up|open|establish) (?:a |an )(?:(?!«)\S+ ){{0,8}}?(?:plant|factory|facility|warehouse|line|base|centre|center|mill) (?:in|at) (?:the )?(?P<b>«[LC]\d+»)",
            # "<O> signed an agreement at the <L> roundtable to invest ... in a factory in <C>"
            rf"(?P<a>{ORG}) (?:(?!«[OP])[^\s.;]+ ){{1,10}}?to invest (?:(?!«)\S+ ){{0,8}}?in {obj}",
            rf"(?P<a>{ORG}) {aside}(?:would |will |plans to |planned to |is to |intends to |agreed to )(?:invest|inject) (?:(?!«)\S+ ){{0,8}}?(?:in|into) (?:its (?:(?!«)\S+ )?(?:«D\d+» )?(?:subsidiary|unit|plant|factory) ,? )?{obj}",
            rf"(?P<a>{ORG}) {aside}(?:(?!«)\S+ ){{0,3}}?(?:that )?(?:it|they) (?:would |will |plans to |planned to |is to |was to |intends to )?(?:inject|injects|injected) (?:(?!«)\S+ ){{0,8}}?into (?:its (?:(?!«)\S+ )?(?:«D\d+» )?(?:subsidiary|unit|plant|factory) ,? )?{obj}",
            rf"{free}(?P<a>{ORG}) {aside}(?:, (?:which|that) )?(?:has |had |will )?(?:acquired|bought|took|holds|purchased|acquires|buys|takes) (?:a |an )?(?:(?!«)\S+ ){{0,3}}?stake in {obj}",
            # "<O> entered the <Country> market in 2022, when it acquired a 60% stake in <O2>"
            rf"(?P<a>{ORG}) (?:(?!«[OP])[^\s.;]+ ){{1,20}}?(?:it|they) (?:has |had |later |then )?(?:acquired|bought|took|purchased) (?:a |an )?(?:(?!«)\S+ ){{0,3}}?stake in {obj}",
            # "<O> holds 60 percent of the venture"
            rf"(?P<a>{ORG}) (?:holds|held|owns|owned|will hold|will own) (?:a )?\d[\d.,]* (?:percent|per cent|%) (?:stake )?(?:of|in) (?:the )?(?P<b>{ORG})(?! (?:'s|’s))",
        ]
        if "stake" in e:  # (these scan up to 60 words: only where a stake is named)
            patterns += [
                # "<J>, a joint venture in which <O> holds a 35-per-cent stake"
                rf"(?P<b>{ORG}) , (?:a|an|the) (?:(?!«)\S+ ){{0,2}}?(?:joint venture|venture|company|firm) in which (?:the )?(?P<a>{ORG}) (?:holds|owns|has|took|acquired) (?:a |an )?(?:(?!«)\S+ ){{0,7}}?stake\b",
                # '<O> ("<Short>" or the "Company"), ..., has completed the acquisition of an 80%
                # stake in <O2>': a majority bought, an acquisition
                rf"(?P<a>{ORG}) (?:\( (?:(?!\))\S+ ){{1,12}}?\) )?(?:(?!«[OP])[^\s;]+ ){{0,60}}?(?:acquisition|purchase) of (?:a |an )?(?:(?!«)\S+ ){{0,3}}?stake in {obj}",
                # '<O> ("<Short>") (SZSE: 002917), a maker of ..., today announced that it has
                # entered into a definitive agreement to acquire a 65% equity stake in <O2>'
                rf"(?P<a>{ORG}) (?:\( (?:(?!\))\S+ ){{1,12}}?\) )*(?:(?!«[OP])[^\s;]+ ){{0,60}}?(?:agreement|agreed|deal|plans?|offer) to (?:acquire|buy|purchase|take) (?:a |an )?(?:(?!«)\S+ ){{0,4}}?stake in {obj}",
            ]
        for pattern in patterns:
            for match in re.finditer(pattern, e):
                year = _YEAR.search(e[match.end() : match.end() + 20])
                target = match.group("b") or match.groupdict().get("own")
                if target is None:
                    continue
                rel = self._rel(
                    s,
                    match.group("a"),
                    "acquired" if _controlling_stake(match.group(0)) else "investsIn",
                    target,
                    "investment",
                    0.75,
                    date=year.group(1) if year else None,
                )
                if rel:
                    yield rel
        yield from self._sites_built(s)

    def _sites_built(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "<A> and <B> will build a tractor plant in <Town>", "a joint venture between <A> and
        <B> to build a plant at the <Zone>", "<A>, which said it would spend $420 million on a
        cell plant in the <Park>": each company invests in the place of what is built."""
        e = s.encoded
        sites = "plant|factory|facility|warehouse|line|base|centre|center|mill|smelter|project|complex|hub|terminal|refinery|cannery"
        # who builds: the subject, with the auxiliaries and reporting words that may stand
        # before the verb ("<O>, which said it would spend"), or the partners of a venture
        # "between <A> and <B> to build"; never a company merely named before another subject
        auxiliaries = (
            r"(?:(?:, )?(?:which|that) )?(?:(?:said|announced|confirmed|told \S+) (?:that )?"
            r"(?:it|they) )?(?:(?:will|would|also|plans to|planned to|agreed to|is to|are to|"
            r"is set to|are set to|intends to|aims to|to|jointly) )*"
        )
        for match in re.finditer(
            rf"(?:\bbetween (?:the )?(?:«L\d+» - based )?(?P<v>{ORG}) and (?:the )?(?:«L\d+» - based )?(?P<v2>{ORG}) to "
            rf"|(?:«L\d+» - based )?(?P<a>{ORG})(?: and (?:the )?(?:«L\d+» - based )?(?P<a2>{ORG}))? {auxiliaries})"
            rf"(?:build|set up|open|establish|spend (?:(?!«)\S+ ){{1,4}}?on|invest (?:(?!«)\S+ ){{1,4}}?in) (?:a|an|its|their|the) (?:(?!«)\S+ ){{0,8}}?(?:{sites}) (?:in|at) (?:the )?(?P<b>«[LC]\d+»)",
            e,
        ):
            place = s.found(match.group("b"))
            if place is None or place.type in ("Country", "Continent"):
                continue  # "a plant in <Country>": a market more than a site
            for symbol in match.group("a", "a2", "v", "v2"):
                rel = symbol and self._rel(
                    s, symbol, "investsIn", match.group("b"), "site-built", 0.7
                )
                if rel:
                    yield rel

    # ---------------------------------------------------------------- operatesIn
    @functools.cached_property
    def _compass(self) -> str:
        """The lexicon's compass words as a regex alternation ("eastern", "central", ...)."""
        return "|".join(sorted(self.lex.compass_words, key=len, reverse=True))

    @functools.cached_property
    def _place_nouns(self) -> str:
        """The words that say a place is a place ("town", "district", "suburb") as an alternation."""
        return "|".join(sorted(self.lex.place_nouns | _MORE_PLACE_NOUNS, key=len, reverse=True))

    @functools.cached_property
    def _presence_cues(self) -> list[re.Pattern[str]]:
        """The market and presence phrases of ``operates_in``, compiled once per reader."""
        presence = "|".join(sorted(self.lex.presence_nouns, key=len, reverse=True))
        compass = self._compass
        more = r"(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*)"
        cues = [
            rf"\bin (?:the )?(?P<l>{PLACE}) (?:'s |’s )?(?:(?!«)[a-z-]+ )?(?:market|markets)\b",
            rf"\b(?:{presence}) (?:(?!«)\S+ ){{0,2}}?in (?:the )?(?P<l>{PLACE})",
            rf"\b(?:entered|entering|enter|enters|expanded into|expanding into|expand into|expands into|operates in|operate in|operating in|exports to|exported to|for export to|present in|active in|available in) (?:the )?(?P<l>{PLACE})",
            rf"\b(?:sold|sells|sell|selling|delivered|delivers|shipped|ships|exported|exports|export|exporting|supplies|supplied|supply|supplying|serves|serve|served|service|services|serviced) (?:(?!«)[^\s;]+ ){{0,9}}?(?:in|to|across|throughout) (?:the )?(?P<l>{PLACE})(?! - based)",
            rf"\b(?:{presence}) (?:(?!«)\S+ ){{0,2}}?(?:across|throughout) (?:the )?(?:(?:{compass}) )?(?P<l>{PLACE})",
            # "opened its first branded store in <City>", "has made shoes in <Country> since"
            rf"\b(?:opened|opens|open|opening) (?:its |a |an |their )?(?:(?!«)[\w,.-]+ ){{0,6}}?(?:store|stores|shop|shops|showroom|showrooms|outlet|outlets|office|offices|branch|warehouse|warehouses|restaurant|restaurants) in (?:the )?(?:«L\d+» (?:'s|’s) )?(?P<l>{PLACE})",
            rf"\b(?:has made|have made|had made|makes|has produced|produces|manufactures|has manufactured) (?:(?!«)[a-z-]+ ){{1,3}}?in (?:the )?(?P<l>{PLACE}) (?:since|for)\b",
            # "its weekly freighter flights between <A> and <B>": an airline's routes
            rf"\b(?:flights|routes) between (?:the )?(?P<l>{PLACE})(?= and )",
            # "already knows the Kenyan market well", "for the Gulf market"
            rf"\b(?:knows|know|knew|entered|entering|into|serving|serves|for|dominates|leads) the (?P<l>{PLACE}) (?:(?!«)[a-z-]+ )?(?:market|markets)\b",
            # "will assemble 1,200 excavators a year for the markets of <A> and <B>"
            # (what the company makes; not "halted shipments for the markets of <L>")
            rf"\b(?:assembles?|assembled|assembling|produces?|produced|producing|makes?|making|manufactures?|manufacturing|builds?|building|supplies|supply|supplying|serves?|serving) (?:(?!«)[^\s;]+ ){{0,10}}?for the (?:(?!«)[a-z-]+ )?markets? of (?:the )?(?P<l>{PLACE})",
        ]
        return [re.compile(cue + more) for cue in cues]

    def operates_in(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """A market or presence phrase names where the sentence's subject organization operates."""
        e = s.encoded
        # "<O>, a <City>-based wholesaler with 35 outlets across <L> and <L>": the described one
        outlets = re.finditer(
            rf"(?P<o>{ORG}) , (?:a|an) (?:(?!«)\S+ |«L\d+» - based ){{0,6}}?(?:with|that operates|which operates|that runs|which runs) (?:(?!«)\S+ ){{0,3}}?(?:outlets|stores|restaurants|branches|offices|shops|dealers|dealerships|showrooms|warehouses|customers) (?:across|in|throughout) (?:the )?(?P<l>{PLACE})(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*)",
            e,
        )
        # "Sales in <L>, <L> and <L> are handled by <O>"
        handled = re.finditer(
            rf"\bsales in (?:the )?(?P<l>{PLACE})(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*) (?:are|is|were|will be) (?:\S+ )?(?:handled|managed|run|covered) by (?:the )?(?P<o>{ORG})",
            e,
        )
        # "<O2>, which operates coal mines in <L>": the company the clause describes
        relative = re.finditer(
            rf"(?P<o>{ORG}) , (?:which|that) (?:(?:is|was) [^,.;«]*?(?:«L\d+» )?and )?(?:operates|runs|owns|manages) (?:(?!«)[a-z-]+ ){{0,3}}?(?:{_ASSETS}) (?:in|across|throughout) (?:the )?(?P<l>{PLACE})(?! (?:'s|’s))(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*)",
            e,
        )
        # "<O>, whose exports to <A>, <B> and <C> rose 23 per cent": the company the clause is of
        whose = re.finditer(
            rf"(?P<o>{ORG}) , whose (?:(?!«)[a-z-]+ ){{0,2}}?(?:exports|sales|shipments|customers|operations|business|dealers) (?:to|in|across|throughout) (?:the )?(?P<l>{PLACE})(?! (?:'s|’s))(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*)",
            e,
        )
        # "appointed <O> as its exclusive distributor in <L>": the distributor sells there
        distributor = re.finditer(
            rf"(?P<o>{ORG}) as (?:its|their|the) (?:exclusive |sole |official |authori[sz]ed |local )*(?:distributor|distributors|agent|dealer|importer|representative) (?:in|for) (?:the )?(?P<l>{PLACE})(?! (?:'s|’s))(?P<more>(?: (?:,|and|, and) (?:the )?«[LD]\d+»)*)",
            e,
        )
        described: set[str] = set()
        for matches, rule in (
            (distributor, "distributor-in"),
            (whose, "whose-market"),
            (relative, "operates-clause"),
            (handled, "sales-handled"),
            (outlets, "outlets-in"),
        ):
            for match in matches:
                for symbol in [match.group("l"), *_SYMBOL.findall(match.group("more"))]:
                    described.add(symbol)
                    rel = self._rel(s, match.group("o"), "operatesIn", symbol, rule, 0.7)
                    if rel and rel.object.kind is Kind.PLACE:
                        yield rel
        places: list[tuple[int, str]] = []
        for cue in self._presence_cues:
            for match in cue.finditer(e):
                places.append((match.start(), match.group("l")))
                places += [(match.start(), m) for m in _SYMBOL.findall(match.group("more"))]
        if not places:
            return
        for pos, place_symbol in places:
            if place_symbol in described:
                continue  # the outlets of the company described, not of the sentence's subject
            org_symbol = self._topic_org(s, pos) or _speaker_org(e[:pos])
            if org_symbol is None:
                yield from self._its_market(s, place_symbol)
                continue
            clause = _RELATIVE_OF_ORG.search(e[:pos])
            if clause is not None and clause.group(1) != org_symbol:
                continue  # "<O> signed with <O2>, a wholesaler that supplies shops in <L>"
            rel = self._rel(s, org_symbol, "operatesIn", place_symbol, "market-presence", 0.7)
            if rel and rel.object.kind is Kind.PLACE:
                yield rel

    def _subject_org(self, s: EncodedSentence, before: int) -> str | None:
        """The organization that is the subject of the sentence before ``before``, or stands in
        apposition to its subject ("<O>'s subsidiary, <O2>, sold ..."): else the topic."""
        for _, unit, tok in _org_units(s, before):
            if tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
            ):
                return unit.text
        return self._topic_org(s, before)

    def _topic_org(self, s: EncodedSentence, before: int) -> str | None:
        """The organization the sentence is about: the nearest possessor or subject before ``before``."""
        best: str | None = None
        for unit_index, unit, tok in _org_units(s, before):
            nxt = s.units[unit_index + 1].text if unit_index + 1 < len(s.units) else ""
            if (
                tok.dep_ in ("poss", "nsubj", "nsubjpass")
                or nxt in ("'s", "’s")
                # "Its trading arm, <O>, sells steel in ...": the subject named in apposition to a
                # company's word (not "Its flagship phone, <X>", "The champion, <P>")
                or (
                    tok.dep_ == "appos"
                    and tok.head.dep_ in ("nsubj", "nsubjpass")
                    and (
                        tok.head.lower_ in self.lex.org_descriptors
                        or tok.head.lower_ in _PARTY_WORDS
                    )
                    and tok.head.head.lemma_.lower() not in _REPORTING_VERBS
                    and not _NO_LONGER.search(s.encoded)
                )
            ):
                best = unit.text
        return best


def _speaker_org(before: str) -> str | None:
    """The company of the officer whose words the text before a market cue reports: "<P>, CEO
    of <O>, said the plant would supply ...", "<O> president <P> said ..."; None when another
    organization is named after "said"."""
    match = _SPEAKER_OF_ORG.search(before)
    if match is None or "«O" in before[match.end() :]:
        return None
    said = before[match.end() :]
    if re.search(r"\bthe (?:group|parent)\b", said):
        return None  # "<P>, manager of <Arm>, said the group sold ...": the parent's market
    if not _OWN_SIDE.match(said):
        return None  # "... said Chinese carmakers were expanding into <L>": others' markets
    return match.group("o") or match.group("o2")


def _org_units(s: EncodedSentence, before: int) -> Iterator[tuple[int, Unit, Any]]:
    """The organizations of a sentence before a position: their unit's index, the unit, and the
    root token of the name in the parse."""
    for unit_index, unit in enumerate(s.units):
        if s.positions[unit_index] >= before:
            break
        if unit.found is None or unit.text[1] != "O" or unit.token is None:
            continue
        span = unit.token.doc.char_span(unit.found.start, unit.found.end, alignment_mode="expand")
        yield unit_index, unit, span.root if span is not None else unit.token


#: the last words of the name of a unit of a larger body ("<X> Directorate at <Authority>")
_UNIT_HEADS = frozenset(
    {"administration", "directorate", "department", "division", "bureau", "office", "chamber"}
    | {"institute", "centre", "center", "unit", "school", "faculty", "college", "secretariat"}
)


def _names_a_unit(name: str) -> bool:
    """Does a name open or end with a unit's head word ("Institute of China Studies", "Free
    Zones Administration")?"""
    words = name.casefold().split()
    return bool(words) and (words[0] in _UNIT_HEADS or words[-1] in _UNIT_HEADS)


#: "It exports trucks to <L>": a sentence whose subject is "it" and whose verb sells or serves
_IT_SELLS = re.compile(
    r"^it (?:also |now |already )?(?:exports|sells|supplies|ships|serves|operates|has operations)\b"
)
#: an officer of a company, then what they said: "<P>, CEO of <O>, said", "<O> president and
#: chief executive officer <P> said"
_SPEAKER_OF_ORG = re.compile(
    r"(?:«P\d+» , (?:the )?(?:†\S+ (?:- )?(?:and )?)+(?:of|at) (?:the )?(?P<o>«O\d+») ,"
    r"|(?:^|, )(?P<o2>«O\d+») (?:†\S+ (?:- )?(?:and )?)+«P\d+») "
    # ("told the conference that the plant ...": the words after "that")
    r"(?:said|says|told (?:(?:«E\d+»|(?!«)\S+) ){1,3}?that|told (?:(?:«E\d+»|(?!«)\S+) ){1,3}?)(?: that)?\b"
)
#: what an officer's words open with when they are about the company's own business: "the
#: plant", "the company", "its", "we", "the <Town> plant"
_OWN_SIDE = re.compile(
    r" (?:that )?(?:the (?:«L\d+» |[a-z-]+ )?(?:company|firm|plant|factory|facility|venture|"
    r"new plant|new factory|unit|subsidiary)|its|it|we|our)\b"
)
#: what an acquired company became: its buyer's subsidiary
_NOW_ITS_SUBSIDIARY = re.compile(
    r"\b(?:now|became|becomes|has become|as) (?:its|their|a|the group 's) (?:(?:wholly|fully|majority)(?: - | |-)owned )?subsidiary\b"
)


#: words of a company's relation to another, as a sentence's subject in apposition ("Its
#: rival, <O>, sells ...")
_PARTY_WORDS = frozenset(
    {"rival", "competitor", "partner", "customer", "owner", "parent", "buyer", "client", "one"}
    | {"venture"}  # "The joint venture, <O>, will export to .."
)
#: "The plaintiff, <O>, argues that ...": what the subject says, not what it does
_REPORTING_VERBS = frozenset(
    {"say", "claim", "argue", "report", "warn", "find", "allege", "insist", "contend", "accuse"}
)
#: "no longer sells", "stopped selling": a market left
_NO_LONGER = re.compile(r"\b(?:no longer|stopped|ceased|quit|withdrew|pulled out)\b")
#: what a company operates in a place ("which operates coal mines in <L>"), not a house or a story
_ASSETS = (
    r"mines?|plants?|factories|factory|stores?|shops?|hotels?|networks?|farms?|breweries|brewery|"
    r"warehouses?|data centres?|data centers?|ports?|terminals?|mills?|outlets?|restaurants?|"
    r"branches|branch|offices?|clinics?|hospitals?|fleets?|stations?|refiner(?:y|ies)|fields?|"
    r"lines?|routes?|services|operations|facilities|facility|dealerships?|showrooms?|vineyards?|"
    r"plantations?|parks?|depots?|workshops?"
)
#: a joint venture formed, run or agreed; not criticised, considered or denied
_FORMED = re.compile(
    r"\b(?:form|formed|forms|forming|set up|sets up|setting up|establish|established|"
    r"establishes|create|created|creates|launch|launched|launches|unveil|unveiled|unveils|"
    r"announce|announced|announces|own|owns|owned|run|runs|operate|operates|operated|build|"
    r"builds|built|agree|agreed|agrees|sign|signed|signs|reach|reached|ink|inked|hold|holds|"
    r"held|through|via|found|founded|founds|co-founded)\b"
)
_NOT_FORMED = re.compile(
    r"\b(?:no|never|not|considered|considering|rumou?red|planning|criticised|criticized|lost|"
    r"compete|competes|competing|attacked|sued|against)\b"
)

#: "the acquisition of 100 percent of <O>": the whole company
_WHOLE = r"(?:(?:100 (?:percent|per cent|%)|all) of )?"


def _controlling_stake(phrase: str) -> bool:
    """ "acquired a 51 percent stake in <O>", "a majority stake": control, so an acquisition."""
    if "stake" not in phrase:
        return False
    if re.search(r"\b(?:majority|controlling)\b", phrase):
        return True
    share = re.search(r"(\d+(?:\.\d+)?) ?(?:percent|per cent|%)", phrase)
    return share is not None and float(share.group(1)) > 50
