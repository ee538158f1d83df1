"""Names read from the phrase around them: appositions, venues, missions, areas, capitals.

"<Name>, a Hangzhou-based carmaker," is a company; "<X> Trade Fair Centre" and "the <X>
exhibition center" are venues (places); "Embassy of <State> in <Place>" is seated in <Place>;
"the <X> district" is an area; "the Peruvian capital" is the capital city the document names.
A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kgbuilder.extract.finder_base import (
    DETERMINERS,
    HONORIFICS,
    PATRONYMIC_LINKS,
    PREPOSITIONS,
    ROMANCE_PARTICLES,
    SHARED_TITLE_HEADS,
    FinderBase,
    alternation,
)
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import GENERIC_GEO
from kgbuilder.kinds import Kind
from kgbuilder.names import (
    COMPANY_KIND_WORDS,
    clean_name,
    is_initialled_name,
    is_trade_word,
    loose_key,
)

#: words before a place: "in <Town>", "from <Town>"
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "near", "outside"})
#: people in a city the gazetteer must hold for an untagged name to be taken for it
_TOWN = 50_000

#: pronouns that only a person takes up
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
#: "the leg took place in the <Venue>": the place an event is held in, and shown in
_HELD_AT = re.compile(
    r"\b(?:held|hosted|staged|took place|takes place|take place|taking place) (?:at|in) (?:the )?$"
)
#: "<Forum> concluded today at <Town> Expo in <City>": an event's own verb, then where
_EVENT_AT = re.compile(
    r"\b(?:held|hosted|staged|took place|takes place|opened|opens|closed|closes|concluded|"
    r"concludes|began|begins|ended|ends|kicked off|kicks off|got under way|got underway)"
    r"(?: (?:today|yesterday|on \w+|this \w+|last \w+))? at (?:the )?$"
)
_SHOWN_AT = re.compile(r"\b(?:on show|on display) (?:at|in) (?:the )?$")
#: "gave a second performance at the <Theatre>": a stage, of a building where shows are given
_PERFORMED_AT = re.compile(
    r"\b(?:performed|performances?|concerts?|recitals?|played|sang|danced) (?:at|in) (?:the )?$"
)
#: the building words of a stage, which a name may head before "of" ("Theater of <City>")
_STAGE_WORDS = frozenset({"theatre", "theater", "hall", "auditorium", "arena"})
#: what is held or shown at a venue, besides the events of the lexicon
_VENUE_SUBJECTS = frozenset(
    {"event", "meeting", "talks", "hearing", "ceremony", "debate", "lecture", "auction", "leg"}
    | {"session", "reception", "gala", "banquet", "screening", "concert", "performance"}
    | {"exhibition", "display", "photographs", "pictures", "paintings", "works", "collection"}
    | {"stop", "edition", "round", "opening", "launch", "dinner", "seminar", "workshop"}
)
#: words of a building's name ("<X> Library", "<X> Expocentre", "Parque <X>", "Office des <X>")
#: " at Cintermex in ": a capitalised name of up to four words after an event, before a place
_VENUE_AFTER_EVENT = re.compile(
    r" at (?:the )?([A-Z][\w'’-]+(?: (?:de |del |of )?[A-Z][\w'’-]+){0,3}) in (?:the )?"
)
#: what only a business is called in apposition ("<X> Santa Rosa, a workshop from <Town>")
_BUSINESS_NOUNS = frozenset(
    {"company", "firm", "workshop", "maker", "manufacturer", "carmaker", "automaker", "retailer",
     "wholesaler", "exporter", "importer", "distributor", "startup", "start-up", "brand",
     "chain", "bank", "lender", "insurer", "dealer", "dealership", "bottler", "winery",
     "brewery", "distillery", "factory", "studio", "consultancy", "cooperative"}
)  # fmt: skip
_BUILDING_WORD = re.compile(
    r"^(?:library|museum|gallery|centre|center|theatre|theater|auditorium|hall|house|arena|stadium|palace|"
    r"castle|abbey|cathedral|park|parque|parc|office|circuit|villa|pavilion|plaza|expo|"
    r"expocentre|expocenter|congressi|kongress|forum|bazaar|bazár|market|tower|dome)$"
)
#: "the exhibition moved from the <Venue> ...": the venues of an event that travels
_MOVED_TO = re.compile(r"\b(?:moved|moves|moving)(?: on)? (?:to|from) (?:the )?$")
#: words of bodies, which hold events without being the building they are held in
_BODY_WORDS = frozenset(
    {"ministry", "department", "bureau", "committee", "commission", "council", "government"}
    | {"administration", "agency", "authority", "embassy", "consulate", "court", "party"}
    | {"association", "federation", "chamber", "company", "group", "bank", "corporation"}
    | {"board", "secretariat", "directorate", "union", "society", "foundation", "fund"}
    | {"university", "college", "institute", "school", "parliament", "assembly", "congress"}
    | {"senate", "reserve", "research"}
)
#: descriptors of a company only ("a fashion house", "a clothing company"), never of a person
_COMPANY_ONLY = frozenset(
    {"company", "firm", "house", "group", "chain", "brand", "label", "corporation", "conglomerate"}
)


#: names of bodies that a place after "in" belongs to, like a mission's
_CHAMBER_HEADS = ("chamber of commerce", "chamber of commerce and industry")


#: words for a person that describe an organization as well
_ORG_TOO = frozenset(
    {
        "member", "partner", "shareholder", "supplier", "sponsor", "founder", "adviser",
        "advisor", "consultant", "auditor", "counsel", "lender", "arranger", "underwriter",
        "broker", "agent", "investor", "owner", "backer", "creditor", "bookrunner", "distributor",
    }
)  # fmt: skip


#: what an unknown given name opening a sentence may be tagged
_OPENER_TAGS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
#: the last words of the names of zones and parks, and of the bodies that run them
_AREA_WORDS = frozenset({"zone", "zones", "park", "parks", "estate", "estates", "port", "ports"})
#: NER labels of no name (a sum, a date, a count)
_NOT_NAME_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW"}
)

#: the area around a city, named for it: "Metropolitan Region of Curitiba"
_METROPOLITAN = re.compile(
    r"\bMetropolitan (?:Region|Area) of (?:the )?(?P<c>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)


class ContextNames(FinderBase):
    """Names read from the phrase around them."""

    def _appositive_people(self) -> list[Found]:
        """ "<Name>, a buyer from <Place>,": a capitalised name NER missed, in apposition to a
        noun for a person (what they do, or a title), is a person; places are left alone."""
        out: list[Found] = []
        doc = self.toks
        nouns = self.lex.person_nouns | self.lex.title_heads
        for i, tok in enumerate(doc):
            if tok.text != "," or i < 2 or i + 2 >= len(doc):
                continue
            titled = self._titled_organization(i) or self._lower_titled(i)
            if titled is not None:
                out.append(titled)
                continue
            if doc[i + 1].lower_ not in ("a", "an", "the"):
                continue
            # "<Name>, a buyer", "<Name>, the joint venture's chief executive officer"
            k = i + 2
            while (
                k < len(doc)
                and k < i + 8
                and (
                    doc[k].pos_ in ("ADJ", "ADV", "NOUN", "PROPN")
                    or (doc[k].tag_ == "POS" and doc[i + 1].lower_ == "the")
                )
            ):
                if doc[k].lower_ in nouns and doc[k].text.islower():
                    break
                k += 1
            if k >= len(doc) or doc[k].lower_ not in nouns or not doc[k].text.islower():
                continue
            if doc[i + 1].lower_ == "the" and not any(t.tag_ == "POS" for t in doc[i + 2 : k]):
                continue  # "<Name>, the director": too often a place or a body before "the"
            while k + 1 < len(doc) and doc[k + 1].lower_ in nouns and doc[k + 1].text.islower():
                k += 1  # "chief executive officer": the title's last word
            if (
                k + 1 < len(doc)
                and doc[k + 1].text not in (",", ".", ";")
                and doc[k + 1].lower_ not in ("from", "at", "in", "with", "who", "of", "for")
            ):
                continue
            ner = next((e for e in self.ents if e.start < i and e.end >= i), None)
            if ner is not None and not (
                # NER's "organization" of two or three plain words before a person's title
                # with its owner ("<Name>, the joint venture's chief executive officer")
                doc[i + 1].lower_ == "the"
                and ner.label_ == "ORG"
                and ner.end == i
                and self._plain_name(ner.start, i)
                and doc[k].lower_ not in _ORG_TOO  # "<X> Photonics, a member of the alliance"
            ):
                continue  # NER has a name here already
            j = i
            while j > 0 and self._namey(j - 1) and doc[j - 1].sent == tok.sent:
                j -= 1
            if not 2 <= i - j <= 3 or not all(t.text[:1].isupper() for t in doc[j:i]):
                continue
            if j > 0 and doc[j - 1].lower_ in DETERMINERS:
                continue
            found = self._span_found(j, i, "Person", "person-appositive", 0.7)
            if found is not None and self._place(found.name) is None:
                out.append(found)
        return out

    def _lead_people(self) -> list[Found]:
        """ "<First> <Last> still remembers her first morning ...": a feature's opening names
        its subject, and NER may miss a name right after the byline. Two capitalised words
        opening a sentence as the subject of its verb are a person's name when the last one
        comes back alone elsewhere and a personal pronoun follows (neither a place nor an
        organization nor any name NER labelled)."""
        out: list[Found] = []
        doc = self.toks
        text = self.text
        for sent in [t.sent for t in doc if t.is_sent_start]:  # (in order: deterministic)
            i = sent.start
            if sent.end - i < 4 or doc[i].text[:1] in "\n ":
                continue
            first, last, verb = doc[i], doc[i + 1], doc[i + 2]
            if not (first.is_title and last.is_title and first.is_alpha and last.is_alpha):
                continue
            if last.pos_ != "PROPN" or first.pos_ not in _OPENER_TAGS or len(last.text) < 2:
                continue  # ("Now I can train ...")
            if verb.pos_ not in ("VERB", "AUX", "ADV") or last.dep_ != "nsubj":
                continue
            if any(e.start <= i + 1 and e.end > i for e in self.ents):
                continue
            name = f"{first.text} {last.text}"
            if self._place(name) or self._place(first.text) or self._place(last.text):
                continue
            if first.lower_ in self.lex.title_heads or last.lower_ in self.lex.org_heads:
                continue
            again = [
                m
                for m in re.finditer(rf"\b{re.escape(last.text)}\b", text)
                if m.start() != last.idx
            ]
            after = text[sent.end_char : sent.end_char + 400] if sent.end < len(doc) else ""
            pronoun = re.search(r"\b(?:she|he|her|his)\b", sent.text + " " + after, re.I)
            if not again or pronoun is None:
                continue
            found = self._span_found(i, i + 2, "Person", "person-appositive", 0.7)
            if found is not None:
                out.append(found)
        return out

    def _posts_before_names(self, candidates: list[Found]) -> list[Found]:
        """ "Vice Governor of <Province> <Given> <Family> noted", "General Manager of <Company>
        <Given> <Family> said", "Deputy Akim <Given> <Family>": a post, its body, then the
        holder's name with nothing between (a style of agency copy). The two or three
        capitalised words after the body's last word are the person (``_holder_start``); a name
        that ran the body and the person together, or the title and the person, is cut where the
        person begins."""
        doc = self.toks
        people: list[Found] = []
        remits: set[int] = set()  # where a minister's remit begins, before the holder's name
        for i, tok in enumerate(doc):
            if tok.lower_ not in self.lex.title_heads or not (tok.is_title or tok.is_upper):
                continue  # ("Director", "CEO")
            if (
                i > 0
                and doc[i - 1].text[:1].isupper()
                and not doc[i - 1].is_sent_start
                and doc[i - 1].lower_ not in self.lex.title_modifiers | self.lex.title_heads
                and doc[i - 1].lower_ not in self.lex.demonyms  # ("Ecuadorian Minister of")
                and not self._body_before_post(i)
            ):
                continue  # "<Org> Director <Name>": the body comes first, another style
            opens = i
            while opens > 0 and (
                doc[opens - 1].lower_ in self.lex.title_modifiers | self.lex.title_heads
            ):
                opens -= 1
            if opens > 1 and doc[opens - 1].text in (",", "(") and doc[opens - 2].pos_ == "PROPN":
                continue  # "<Name>, General Manager of <Body>,": the post follows its holder
            e = i + 1
            while (
                e < len(doc)
                and doc[e].sent == tok.sent
                and (
                    doc[e].is_title
                    or doc[e].text[:1].isupper()
                    or doc[e].lower_ in ("of", "the", "and", "'s", "’s", "-", "–")
                    or doc[e].text in PATRONYMIC_LINKS  # "<Given> bin <Father> Al-<Family>"
                    or (doc[e].text == "," and self._remits_listed(e))
                    or self._post_goes_on(e)
                )
            ):
                e += 1
            if e - i < 3 or (e < len(doc) and doc[e].text[:1].isdigit()):
                continue
            if (  # "Minister of <Portfolio> Ts.Bayarmagnai noted": the model cut the name at its stop
                e + 1 < len(doc)
                and doc[e].text == "."
                and not doc[e - 1].whitespace_
                and not doc[e].whitespace_
                and is_initialled_name(f"{doc[e - 1].text}.{doc[e + 1].text}")
            ):
                found = self._span_found(e - 1, e + 2, "Person", "person-appositive", 0.75)
                if found is not None:
                    people.append(found)
                continue
            named = self._named_after_comma(i, e)
            if named is not None:
                people.append(named)  # "Secretary of Economy, <Given> <Family> <Family2>, said"
                continue
            if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].ent_type_ == "PERSON":
                continue  # "Chairman of <Body>, <Given> <Family>, said": NER has the holder
            if e < len(doc) and (
                doc[e].pos_ not in ("VERB", "AUX", "PUNCT", "CCONJ", "ADP") or doc[e].text == "("
            ):
                continue  # ("<Brand> Pakistan (Pvt) Ltd": a company's legal form follows)
            b = self._holder_start(i, e)
            if b is None:
                continue
            found = self._span_found(b, e, "Person", "person-appositive", 0.75)
            if found is not None:
                people.append(found)
                if tok.lower_ in self.lex.portfolio_titles and doc[i + 1].lower_ in ("of", "for"):
                    remits.add(doc[i + 2].idx)  # "Minister of Production, Trade and ... <P>"
        if not people:
            return candidates
        out: list[Found] = []
        for c in candidates:
            held = [p for p in people if c.overlaps(p)]
            if not held:
                out.append(c)
                continue
            person = held[0]
            if c.start < person.start and c.end <= person.end and c.kind is not Kind.PERSON:
                cut = self.text[c.start : person.start].rstrip()
                cut = self._body_without_post(cut)  # "<ACR> University | Vice Rector"
                if (
                    cut
                    and not cut.endswith(",")  # ("Economy, <Name>": a post's remit)
                    and cut.split()[-1].casefold() not in self.lex.title_heads
                    # ("Minister of Production, Foreign Trade and Fisheries <P>": a remit)
                    and not (
                        c.start in remits
                        and not any(w.casefold() in self.lex.org_heads for w in cut.split())
                    )
                ):
                    body = replace(c, end=c.start + len(cut), name=clean_name(cut))
                    out.append(body)
                    # what the name said of the body ("... of <Province>": in the province)
                    self.facts[:] = [
                        (body if s is c else s, label, body if o is c else o, rule, conf)
                        for s, label, o, rule, conf in self.facts
                    ]
            # (anything else over the name gives way to it: "Akim <Given> <Family>")
        return out + people

    def _body_before_post(self, title: int) -> bool:
        """ "<ACR> University Rector <Given> <Family> said": a body's head word right before
        the post, inside one name NER ran over body, post and holder."""
        doc = self.toks
        return doc[title - 1].lower_ in self.lex.org_heads and any(
            x.label_ == "ORG" and x.start < title - 1 and (title + 2 < x.end or x.end == title)
            for x in self.ents
        )

    def _body_without_post(self, cut: str) -> str:
        """The body's name alone when a post follows its head word ("<ACR> University Vice
        Rector" → "<ACR> University"); ``cut`` as it is otherwise."""
        words = cut.split()
        post = len(words)
        while post > 1 and words[post - 1].casefold() in (
            self.lex.title_heads | self.lex.title_modifiers
        ):
            post -= 1
        if post < len(words) and words[post - 1].casefold() in self.lex.org_heads:
            return " ".join(words[:post])
        return cut

    def _post_goes_on(self, k: int) -> bool:
        """ "Director General of <Remit> at the <Ministry> <P>", "Deputy for <Remit>", "<Body>
        (<ACR>) <P>", "<Ministry>/<Board> <P>": a word inside a post and its body, before its
        holder's name, that is not capitalised."""
        doc = self.toks
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is None or after.sent != doc[k].sent:
            return False
        if doc[k].lower_ in ("at", "for"):
            if doc[k - 1].ent_type_ == "PERSON":
                return False  # "<Post> of <O> <Given> <Family> for the first time said"
            if after.lower_ == "the":
                nxt = doc[k + 2] if k + 2 < len(doc) else None
                return nxt is not None and nxt.text[:1].isupper()
            return after.text[:1].isupper() and not after.is_upper
        if doc[k].text == "/":
            return bool(after.text[:1].isupper() and doc[k - 1].text[:1].isupper())
        if doc[k].text == "(":
            return (
                k + 2 < len(doc)
                and after.is_upper
                and after.is_alpha
                and doc[k + 2].text == ")"
                and doc[k + 2].sent == doc[k].sent
            )
        return bool(doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].is_upper)

    def _remits_listed(self, comma: int) -> bool:
        """Is the comma at token ``comma`` inside a list of a post's remits that closes with
        "and" ("Minister of Production, Foreign Trade, Investment and Fisheries <Name>")?"""
        doc = self.toks
        k = comma + 1
        while k < len(doc) and k - comma < 10 and (doc[k].is_title or doc[k].text == ","):
            k += 1
        return (
            comma + 1 < len(doc)
            and doc[comma + 1].is_title
            and k < len(doc)
            and doc[k].lower_ == "and"
            and k + 1 < len(doc)
            and doc[k + 1].is_title
            and not any(  # (not "the Secretary of State, Antony Blinken and <Body>")
                t.ent_type_ == "PERSON" or t.lower_ in self.lex.org_heads
                for t in doc[comma + 1 : k + 2]
            )
        )

    def _surname_he(self) -> list[Found]:
        """ "He Lanying, Deputy Director-General of ...": at a sentence's start, the surname He
        reads as the pronoun and NER misses the person (or keeps the given name alone); a
        capitalised name after it, told as a person's by a comma and a title or by NER, is one."""
        out: list[Found] = []
        doc = self.toks
        titles = self.lex.title_heads
        for i in range(len(doc) - 2):
            tok, given = doc[i], doc[i + 1]
            if tok.text != "He" or not tok.is_sent_start:
                continue
            if not (given.text[:1].isupper() and given.text.isalpha() and given.pos_ == "PROPN"):
                continue
            person = next((e for e in self.ents if e.start == i + 1 and e.label_ == "PERSON"), None)
            end = person.end if person is not None else i + 2
            if end >= len(doc) or doc[end].text != ",":
                continue
            who = (
                end + 2 < len(doc) and doc[end + 1].lower_ == "who" and doc[end + 2].pos_ == "VERB"
            )
            if (
                person is None
                and not who
                and not any(t.lower_ in titles for t in doc[end + 1 : end + 7])
            ):
                continue  # "He Lanying, Deputy Director-General", "He Sufen, who owns <O>"
            found = self._span_found(i, end, "Person", "person-appositive", 0.7)
            if found is not None:
                out.append(found)
        return out

    def _plain_name(self, start: int, end: int, most: int = 3) -> bool:
        """Are tokens [start, end) two or three (``most``) words with nothing of an
        organization's name (no head like "Ministry", no kind like "Photonics", no legal form)?"""
        return 2 <= end - start <= most and not any(
            t.lower_ in self.lex.org_heads or t.lower_ in COMPANY_KIND_WORDS or self._is_legal(t)
            for t in self.toks[start:end]
        )

    def _named_after_comma(self, title: int, end: int) -> Found | None:
        """ "<State>'s Secretary of Economy, <Given> <Family> <Family2>, said": the holder in
        apposition after the post, when NER ran the post's remit and the name together."""
        doc = self.toks
        if end >= len(doc) or doc[end].text != "," or end - title < 3:
            return None
        while end + 1 < len(doc) and (
            doc[end + 1].lower_.rstrip(".") in HONORIFICS or doc[end + 1].text == "."
        ):
            end += 1  # "..., Mrs. <Given> <Family>,": the style of address is no part of it
        k = end + 1
        while k < len(doc) and k - end <= 4 and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        if not 2 <= k - end - 1 <= 4 or k >= len(doc) or doc[k].text != ",":
            return None
        if not any(x.label_ == "ORG" and x.start < end < x.end for x in self.ents) and (
            any(x.label_ == "PERSON" and x.start == end + 1 and x.end == k for x in self.ents)
            or not self._plain_name(end + 1, k)
            or any(
                t.lower_ in self.lex.title_heads
                or t.lower_ in self.lex.title_modifiers
                or t.lower_ in self.lex.world_regions
                or t.lower_ in self.lex.compass_words
                for t in doc[end + 1 : k]
            )
        ):
            # where NER ran them together, or misread the name (a family name as a company),
            # else the name stands on its own
            return None
        found = self._span_found(end + 1, k, "Person", "person-appositive", 0.75)
        if found is None or self._place(found.name) is not None:
            return None
        return found

    def _holder_start(self, title: int, end: int) -> int | None:
        """Where the holder's name begins in "<Title> of <Body> <Name>" (tokens up to ``end``):
        the two or three capitalised words after the body's last word (a head like "Committee",
        "Group", "Province", a legal form, a place or the title), or the last two when NER ran
        body and name together; None when they do not read as a person's name."""
        doc = self.toks

        def boundary(t: Any) -> bool:
            return (
                t.lower_ in self.lex.org_heads
                or t.lower_ in self.lex.admin_suffixes
                or t.lower_ in self.lex.title_heads
                or t.lower_ in self.lex.title_modifiers
                or self._is_legal(t)
                or t.text in ("'s", "’s")
                or is_trade_word(t.text)  # "<Title> of Steppe Cargo <Given> <Family>"
                # "<Title> of <Port> Zones,": a zones' company (not "Industry Parks <Family>")
                or (
                    t.lower_ in _AREA_WORDS
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON")
                )
                or (t.is_alpha and t.is_upper and len(t.text) >= 2)  # "of KAZAKH INVEST <Name>"
            )

        def namey(t: Any) -> bool:
            return (
                t.is_alpha
                and t.is_title
                and t.pos_ == "PROPN"
                and not boundary(t)
                # "of Foreign Affairs of Kazakhstan <Given> <Family>": the body ends on the state
                # after its "of" (not "of Barclays Victoria Smith": a given name)
                and not (doc[t.i - 1].lower_ == "of" and self._place(t.text, big_only=True))
            )

        linked = next(  # "<Title> of <Body> Saleh bin Nasser Al-Hamdan": the given name first
            (k for k in range(title + 3, end - 1) if doc[k].text in PATRONYMIC_LINKS), None
        )
        if linked is not None:
            if namey(doc[linked - 1]) and self._patronymic_end(linked - 1) == end:
                return linked - 1
            return None
        b = end
        while b > title + 1 and end - b < 4 and namey(doc[b - 1]):
            b -= 1
        words = end - b
        before = doc[b - 1]
        initialled = (  # "CEO of <X> LLC N.Erdenebileg said": a Mongolian name, one token
            end - title > 2 and is_initialled_name(doc[end - 1].text)
        )
        person = next(
            (
                x
                for x in self.ents
                if x.label_ == "PERSON" and x.end == end and title < x.start and len(x) >= 2
            ),
            None,
        )
        if initialled:
            start = end - 1
        elif (
            person is not None
            and (
                (  # "... for China Relations <Given> <Family>": a remit's words before the person
                    words == 3
                    and b < person.start
                    and doc[person.start - 2].ent_type_ in ("GPE", "NORP", "LOC")
                )
                # "<Body> Chairman AKM <Given> <Family>": initials in capitals open the name
                or (person.start < b and all(t.is_upper for t in doc[person.start : b]))
            )
        ):
            start = person.start
        elif 2 <= words <= 3 and (boundary(before) or self._place(before.text) is not None):
            start = b
        elif words >= 2 and any(x.label_ == "ORG" and x.start < end - 2 < x.end for x in self.ents):
            start = end - 2  # NER ran the body and the name together ("<Body> Invest <Name>")
        else:
            return None
        name = doc[start:end]
        written = self.text[name[0].idx : name[-1].idx + len(name[-1].text)]
        if written.casefold() in self.lex.world_regions or any(
            t.lower_ in self.lex.world_regions or t.lower_ in self.lex.compass_words for t in name
        ):
            return None  # "<Brand> Middle East": a company's regional arm
        if self._place(written) is not None or any(
            (place := self._place(t.text, big_only=True)) is not None
            and place.feature in ("country", "continent", "city")
            for t in name
        ):
            return None
        return start

    def _lower_titled(self, comma: int) -> Found | None:
        """ "<First> <Last>, chief economist at the <Org>", "<Given> <Given> <Family> <Family>,
        executive vice-president of the <Org>": two to four proper nouns NER left unlabelled or
        misread in part (a given name as a town, a family name as a company), before a post
        written in lower case and its organization, are a person."""
        doc = self.toks
        if not (doc[comma + 1].text.islower() or doc[comma + 1].text == "-"):
            return None  # (cheap test first: a post in lower case follows the comma)
        inside = [e for e in self.ents if e.start < comma and e.end > comma - 4]
        if any(e.end > comma or (e.label_ == "PERSON" and e.end == comma) for e in inside):
            return None  # (a name NER read as a person's already, or one going on)
        j = comma
        while j > 0 and comma - j < 4 and doc[j - 1].is_title and doc[j - 1].is_alpha:
            word = doc[j - 1]
            # (a given name opening the sentence may be tagged a verb: "Segun <Surname>, ...")
            if word.pos_ != "PROPN" and not (word.is_sent_start and word.pos_ in _OPENER_TAGS):
                break
            if word.lower_.rstrip(".") in HONORIFICS:
                break  # "Dr <Given> <Family>": the style of address is no part of it
            j -= 1
        if not 2 <= comma - j <= 4 or (j > 0 and doc[j - 1].pos_ in ("PROPN", "DET")):
            return None
        if any(e.start < j or e.label_ in _NOT_NAME_LABELS for e in inside):
            return None  # (NER's misreads lie inside the name)
        whole = any(e.start == j and e.end == comma for e in inside)
        k = comma + 1
        plain = 0  # "commercial manager": a word of the trade before the post
        while k < len(doc) and k < comma + 7 and (doc[k].text.islower() or doc[k].text == "-"):
            word = doc[k].lower_
            if word not in self.lex.title_heads and word not in self.lex.title_modifiers:
                if word != "-" and (plain or k != comma + 1 or doc[k].pos_ != "ADJ"):
                    break
                plain += word != "-"
            k += 1
        if k == comma + 1 or doc[k - 1].lower_ not in self.lex.title_heads:
            return None
        if whole and (
            doc[k - 1].lower_ in SHARED_TITLE_HEADS or not self._plain_name(j, comma, most=4)
        ):
            return None  # ("Mubadala Investment, sole owner of <O>": NER's one name, a body's)
        if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].text.islower():
            remit = k + 1  # "vice-president of exports at <Org>": the post's remit
            while (
                remit < len(doc)
                and remit < k + 4
                and doc[remit].text.islower()
                and doc[remit].lower_ != "at"
            ):
                remit += 1
            if remit < len(doc) and doc[remit].lower_ == "at":
                k = remit
        if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "at"):
            return None
        org = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else k + 1
        if not doc[org].text[:1].isupper():
            return None
        found = self._span_found(j, comma, "Person", "person-appositive", 0.7)
        return found if found is not None and self._place(found.name) is None else None

    def _titled_organization(self, comma: int) -> Found | None:
        """ "<First> <Middle> <Last>, Additional Secretary of the Ministry of <X>, said": a name
        of plain capitalised words NER took for an organization or a place, or cut short as a
        person's ("<First> | <Middle> <Last>"), followed by a capitalised title and "of"/"at"
        (after "currently" or "now" too), is a person's."""
        doc = self.toks
        ner = next((e for e in self.ents if e.end == comma), None)
        if ner is None:
            # "<First> <Last>, Consul General of <O>": NER ran the name and the post together
            ner = next(
                (
                    e
                    for e in self.ents
                    if e.label_ == "ORG"
                    and e.start < comma < e.end - 1
                    and all(
                        t.lower_ in self.lex.title_heads or t.lower_ in self.lex.title_modifiers
                        for t in doc[comma + 1 : e.end]
                    )
                ),
                None,
            )
        if ner is None:
            # "said <First> <Middle> <Last>, Chief Executive Officer of <O>": NER read "<First>"
            cut = next(
                (e for e in self.ents if e.label_ == "PERSON" and 0 < comma - e.end <= 2), None
            )
            if cut is None or comma - cut.start > 4:
                return None
            if not all(t.pos_ == "PROPN" and t.is_title for t in doc[cut.end : comma]):
                return None
            start = cut.start
        elif ner.label_ not in ("ORG", "GPE"):
            return None
        else:
            start = ner.start
            while (  # "<First> <Middle> | <Last>": NER read the last name alone
                start > 0
                and comma - start < 3
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and not doc[start - 1].ent_type_
            ):
                start -= 1
            if (
                not self._plain_name(start, comma)
                or any(t.pos_ != "PROPN" for t in doc[start:comma])
                or self._place(self.doc[start:comma].text) is not None
            ):
                return None
        k = comma + 1
        if k < len(doc) and doc[k].lower_ in ("currently", "now"):
            k += 1
        opened = k
        while k < len(doc) and k < opened + 4 and doc[k].text[:1].isupper():
            k += 1
        if k == opened or k >= len(doc) or doc[k].lower_ not in ("of", "at"):
            return None
        if doc[k - 1].lower_ not in self.lex.title_heads and not (
            # "Consul General", "Director General": a head, then its modifier
            doc[k - 1].lower_ in self.lex.title_modifiers
            and any(doc[j].lower_ in self.lex.title_heads for j in range(opened, k - 1))
        ):
            return None
        found = self._span_found(start, comma, "Person", "person-appositive", 0.7)
        return found if found is not None and self._place(found.name) is None else None

    def _appositive_orgs(self) -> list[Found]:
        """ "<Name>, a Hangzhou-based carmaker,": a capitalised name described by an organization
        noun in apposition is an organization, even when NER missed it or took it for a person;
        so is "<Name>, one of the county's largest producers," (the noun in the plural)."""
        out: list[Found] = []
        doc = self.toks
        for i, tok in enumerate(doc):
            if tok.text != "," or i == 0 or i + 3 >= len(doc):
                continue
            one_of = doc[i + 1].lower_ == "one" and doc[i + 2].lower_ == "of"
            if doc[i + 1].lower_ not in ("a", "an", "the") and not one_of:
                continue
            k = i + 3 if one_of else i + 2
            while (
                k < len(doc)
                and k < i + 9
                and doc[k].text not in (",", ".", ";")
                and (
                    doc[k - 1].text == "-"  # "Hangzhou-based"
                    or (
                        doc[k].lower_ not in ("based", "headquartered", "located")
                        and doc[k].lower_ not in PREPOSITIONS
                        and (
                            doc[k].pos_ not in ("VERB", "AUX", "PRON", "CCONJ")
                            or doc[k].tag_ == "VBG"  # "a charging network operator"
                        )
                    )
                )
            ):
                k += 1
            head = doc[k - 1]
            noun = head.lemma_.lower() if one_of and head.tag_ == "NNS" else head.lower_
            closed = k < len(doc) and (
                doc[k].text in (",", ".", ";")
                or doc[k].lower_
                in (
                    "of",
                    "based",
                    "headquartered",
                    "located",
                    "that",
                    "which",
                    "with",
                    "from",
                    "in",
                )
            )  # "a branch of <X>", "a battery supplier based in <X>", "a bus maker from <X>"
            if not closed or noun not in self.lex.org_descriptors or not head.text.islower():
                continue
            if one_of and head.tag_ != "NNS":
                continue  # "one of the founders' firms" aside, "one of" takes a plural
            if (
                one_of
                and noun in self.lex.person_nouns
                and not any(t.lower_ in COMPANY_KIND_WORDS for t in doc[max(0, i - 4) : i])
            ):
                continue  # "<P>, one of the county's largest coffee growers": a farmer
            if doc[k].lower_ in ("from", "in") and noun in self.lex.person_nouns:
                continue  # "<Name>, a coffee grower in <Place>": a person as well as a firm
            ner = next((e for e in self.ents if e.end == i), None)
            if ner is not None and ner.label_ in ("ORG", "NORP", "DATE", "CARDINAL", "MONEY"):
                continue  # NER has the name already (or it is no name)
            if (
                ner is not None
                and ner.label_ == "PERSON"
                and noun not in _COMPANY_ONLY
                and self._said_by_person(k, tok.sent.end)
            ):
                continue  # "<Name>, an Italian hotel supplier from <City>, said he ...": a person
            if ner is not None:
                j = ner.start
                # "Alföld | Solar Zrt., a developer": NER cut one name in two adjacent spans
                before = next((e for e in self.ents if e.end == j), None)
                if (
                    before is not None
                    and before.label_ in ("ORG", "PERSON", "GPE", "FAC")
                    and doc[j - 1].whitespace_
                    and doc[before.start].sent == tok.sent
                    and all(self._namey(t) for t in range(before.start, j))
                ):
                    j = before.start
            else:
                j = i
                while (
                    j > 0
                    and doc[j - 1].sent == tok.sent
                    and (
                        self._namey(j - 1)
                        # "Nogales del Ñuble SpA, a walnut producer": a particle inside the name
                        or (
                            doc[j - 1].text in ROMANCE_PARTICLES
                            and j > 1
                            and self._namey(j - 2)
                            and doc[j - 2].text[:1].isupper()
                        )
                    )
                ):
                    j -= 1
            if j == i or doc[i - 1].lower_ in self.lex.title_heads:
                continue
            if all(self._is_legal(doc[t]) for t in range(j, i)):
                continue  # "<X> Co., Ltd., a maker": the end of a legal form, not a name
            found = self._span_found(j, i, "Organization", "org-appositive", 0.75)
            if found is not None and self._place(found.name) is None:
                out.append(found)
        return out

    def _said_by_person(self, start: int, end: int) -> bool:
        """Does "said he"/"she said" follow (a speech verb next to "he" or "she")?"""
        doc = self.toks
        for i in range(start, end - 1):
            pair = (doc[i], doc[i + 1])
            if (
                pair[0].lemma_.lower() in self.lex.speech_verbs
                and pair[1].lower_ in _PERSONAL_PRONOUNS
            ) or (
                pair[0].lower_ in _PERSONAL_PRONOUNS
                and pair[1].lemma_.lower() in self.lex.speech_verbs
            ):
                return True
        return False

    def _companies_by_descriptor(self, accepted: list[Found]) -> list[Found]:
        """ "Hungarian retail chain <X> Market": a name right after a word for a company is a
        company, though its last word names a place ("Market", "Plaza")."""
        doc = self.toks
        starts = {t.idx: t.i for t in doc}
        ends = {t.idx + len(t.text): t.i for t in doc}
        for found in accepted:
            if found.kind not in (Kind.PLACE, Kind.PERSON):
                continue  # (cheap test first)
            i = starts.get(found.start)
            described_before = (
                i is not None
                and i > 0
                and doc[i - 1].text.islower()
                and doc[i - 1].lower_ in self.lex.org_descriptors
            )
            if (
                found.kind is Kind.PLACE
                and found.type not in ("Country", "City", "AdministrativeArea", "Continent")
                and (
                    described_before
                    or (
                        self._described_after(ends.get(found.end))
                        and not any(w.casefold() in GENERIC_GEO for w in found.name.split())
                        and not self.gaz.region_countries(found.name)
                    )
                )
            ):
                found.type = "Organization"  # ("<X> Santa Rosa, a workshop from <Town>")
            elif (
                found.kind is Kind.PERSON
                and described_before
                and i is not None
                and any(
                    doc[k].lower_ == "based" and doc[k - 1].text in ("-", "–")
                    for k in range(max(1, i - 4), i - 1)
                )
            ):
                # "Monterrey-based battery recycler Reciclados Energéticos del Norte": a name
                # after a company's seat and trade is a company's, particles and all
                found.type = "Organization"
                end = ends.get(found.end)
                while (
                    end is not None
                    and end + 2 < len(doc)
                    and doc[end + 1].lower_ in ROMANCE_PARTICLES
                    and doc[end + 2].is_title
                ):
                    end += 2
                    found.end = doc[end].idx + len(doc[end].text)
                    found.name = clean_name(self.text[found.start : found.end])
            elif (
                found.kind is Kind.PERSON
                and i is not None
                and i > 2
                and doc[i - 1].lower_ in ("venture", "subsidiary", "company", "firm")
                and doc[i - 2].lower_ in ("joint", "the", "its", "their", "new")
                and (doc[i - 2].lower_ != "joint" or doc[i - 3].lower_ in DETERMINERS)
                # set off as a name in apposition (not "the company <P> founded")
                and self.text[found.end : found.end + 2] in (", ", ". ", " (", ".", ",")
            ):
                found.type = "Organization"  # "operated by the joint venture <X> Seating"
        return accepted

    def _described_after(self, last: int | None) -> bool:
        """Is the name ending at token ``last`` followed by ", a <descriptor>" ("<X>, a
        workshop from <Town>")?"""
        doc = self.toks
        if last is None or last + 3 >= len(doc) or doc[last + 1].text != ",":
            return False
        if doc[last + 2].lower_ not in ("a", "an"):
            return False
        return any(  # (a word only a business is: not "a major oil producer", said of a region)
            doc[k].lower_ in _BUSINESS_NOUNS and doc[k].text.islower()
            for k in range(last + 3, min(last + 6, len(doc)))
        )

    def _prepositional_places(self) -> list[Found]:
        """ "assembled buses in Székesfehérvár since 2020": a capitalised name NER left untagged
        after "in", "from", "to" or "near" is a place when the gazetteer knows a city of some
        size of a country the document names (or a country, or a first-level division)."""
        out: list[Found] = []
        doc = self.toks

        def untagged(t: Any) -> bool:  # no entity, or a nationality NER made of a town
            return t.ent_iob_ == "O" or (
                t.ent_type_ == "NORP" and t.lower_ not in self.lex.demonyms
            )

        for i in range(1, len(doc)):
            # ("<X> AG of <Town>": a company's seat after its legal form)
            seat = i >= 2 and doc[i - 1].lower_ == "of" and self._is_legal(doc[i - 2])
            if (doc[i - 1].lower_ not in _PLACE_PREPOSITIONS and not seat) or not untagged(doc[i]):
                continue
            k = i
            while k < len(doc) and k - i < 3 and doc[k].pos_ == "PROPN" and untagged(doc[k]):
                k += 1
            if k == i or not doc[i].text[:1].isupper() or (k < len(doc) and doc[k].pos_ == "PROPN"):
                continue
            name = self.doc[i:k].text
            place = self._place(name)
            if place is None or (
                place.feature == "city"
                and (place.country_code not in self._countries or place.population < _TOWN)
            ):
                continue
            found = self._span_found(
                i, k, self._place_type(name, place), "prepositional-place", 0.7
            )
            if found is not None:
                out.append(found)
        return out

    def _metropolitan_areas(self) -> list[Found]:
        """ "the Metropolitan Region of Curitiba", "the Metropolitan Area of <City>": the area
        around a city, named for it."""
        return [
            Found(match.start(), match.end(), match.group(0), "AdministrativeArea", "area", 0.75)
            for match in _METROPOLITAN.finditer(self.text)
            if (city := self._place(match.group("c"))) is not None
            and city.feature in ("city", "admin1")
        ]

    def _metropolitan_seats(self, accepted: list[Found]) -> list[Found]:
        """The city a metropolitan area is named for is in it, and a mention of its own."""
        out = list(accepted)
        for area in accepted:
            match = _METROPOLITAN.fullmatch(area.name) if area.rule == "area" else None
            if match is None:
                continue
            start = area.start + match.start("c")
            seat = Found(
                start,
                start + len(match.group("c")),
                match.group("c"),
                "City",
                "name-part",
                0.7,
                nested=True,
            )
            out.append(seat)
            self.facts.append((seat, "locatedIn", area, "metropolitan-area", 0.7))
        return out

    def _described_areas(self) -> list[Found]:
        """ "the San Isidro district": a capitalised name before a lower-case word for an
        administrative area names a place (the name as written, without the common noun)."""
        out: list[Found] = []
        words = "|".join(
            sorted(
                (w for w in self.lex.admin_suffixes if " " not in w and w not in ("city", "state")),
                key=len,
                reverse=True,
            )
        )
        word = r"[A-Z](?:[\w-]|['’](?!s\b))*"  # never a possessive: "China's <X> province"
        pattern = re.compile(rf"\b({word}(?: {word}){{0,3}}) (?:{words})\b")
        for match in pattern.finditer(self.text):
            first = match.group(1).split()[0].casefold()
            if first in DETERMINERS or first in self.lex.demonyms or match.start() == 0:
                continue
            if self.text[match.start() - 2 : match.start()].strip() in (".", "!", "?", ""):
                continue  # a sentence's first word is capitalised anyway
            out.append(
                Found(
                    match.start(1),
                    match.end(1),
                    clean_name(match.group(1)),
                    "AdministrativeArea",
                    "area",
                    0.7,
                )
            )
        return out

    def _capitals(self) -> list[Found]:
        """ "the Peruvian capital": the capital city of the country the demonym names, when the
        document names that city too."""
        out: list[Found] = []
        doc = self.toks
        named = {loose_key(e.text) for e in self.ents if e.label_ in ("GPE", "LOC")}
        for i in range(1, len(doc) - 1):
            if doc[i + 1].lower_ != "capital" or doc[i - 1].lower_ != "the":
                continue
            country_name = self.lex.demonyms.get(doc[i].lower_)
            country = self.gaz.lookup(country_name, feature="country") if country_name else None
            capital = (
                self.gaz.capital(country.country_code) if country and country.country_code else None
            )
            named_after = self._named_capital(i + 2, country.country_code if country else None)
            if named_after is not None:
                out.append(named_after)  # "the Mongolian capital Ulaanbaatar": the name itself
                continue
            if capital is None or loose_key(capital.name) not in named:
                continue
            start, end = doc[i].idx, doc[i + 1].idx + len(doc[i + 1].text)
            out.append(Found(start, end, capital.name, "City", "capital", 0.65, anaphor=True))
        return out

    def _named_capital(self, at: int, country_code: str | None) -> Found | None:
        """The city named after "the <Demonym> capital" when the gazetteer puts it in that
        country (NER often misses a name in that place)."""
        doc = self.toks
        if country_code is None or at >= len(doc) or not doc[at].text[:1].isupper():
            return None
        end = at + 1
        if end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1  # "Kuala Lumpur"
        for stop in range(end, at, -1):
            name = self.text[doc[at].idx : doc[stop - 1].idx + len(doc[stop - 1].text)]
            place = self.gaz.lookup(name, hint_countries={country_code})
            if (
                place is not None
                and place.feature in ("city", "admin1")
                and place.country_code == country_code
            ):
                return self._span_found(at, stop, "City", "capital", 0.75)
        return None

    def _lowercase_venues(self) -> list[Found]:
        """ "the <Name> exhibition center": a capitalised name with a venue noun after it."""
        out: list[Found] = []
        heads = alternation(self.lex.venue_heads)
        pattern = re.compile(rf"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,3}}) ({heads})\b")
        for match in pattern.finditer(self.text):
            first = match.group(1).split()[0]
            if first.casefold() in DETERMINERS or first.casefold() in self.lex.demonyms:
                continue
            venue = Found(
                match.start(1),
                match.end(2),
                clean_name(match.group(0)),
                "CivicStructure",
                "landmark",
                0.75,
            )
            place = self._place(match.group(1))  # "the <City> pavilion": the city's, not a venue
            name = Found(
                match.start(1),
                match.end(1),
                clean_name(match.group(1)),
                "CivicStructure" if place is None else self._place_type(match.group(1), place),
                "name-part",
                0.7,
                nested=True,
            )
            out.append(venue)
            self.found.append(name)
        return out

    def _town_expo(self, name: str) -> bool:
        """Is an "expo" named for its town, as a venue is ("<Town> Expo", "<Town> International
        Expo")?"""
        words = name.split()[:-1]
        while len(words) > 1 and words[-1].casefold() in ("international", "world"):
            words = words[:-1]
        return bool(words) and self._place(" ".join(words)) is not None

    def _venues(self, accepted: list[Found]) -> list[Found]:
        """Names of venues ("<X> Trade Fair Centre", "<X> exhibition center") are places, and so
        is the acronym bracketed after one ("<X> Convention Center (SECC)"), and so is an
        "expo" another event of the sentence is held at ("<Forum> concluded at <Town> Expo")."""
        by_start = {f.start: f for f in accepted}
        events = [f for f in accepted if f.kind is Kind.EVENT]
        for found in events:
            # "<Town> Expo", a venue's name as well as a show's (not "the Canton Fair", nor "the
            # World Future Energy Expo", a show a side event is held at)
            if found.name.split()[-1].casefold() != "expo":
                continue
            before = self.text[max(0, found.start - 120) : found.start]
            said = _EVENT_AT.search(before)
            if (
                said is not None
                and self._town_expo(found.name)
                and not re.search(r"\b(?:19|20)\d\d\b", found.name)
                and any(  # the event held there, named before in the same sentence
                    other is not found
                    and found.start - 120 <= other.start
                    and other.end <= found.start - (len(before) - said.start())
                    and not re.search(r"[.!?]\s", self.text[other.end : found.start])
                    for other in events
                )
            ):
                found.type = "CivicStructure"
                self._venue_acronym(found, by_start)
        for found in accepted:
            words = found.name.split()
            if (
                found.kind is not Kind.EVENT
                and len(words) > 2
                and re.fullmatch(r"(?:19|20)\d\d", words[-1])
                and words[-2].casefold() in self.lex.event_heads
            ):
                found.type = "Event"  # "<X> Industrial Cooperation Expo 2025": an edition's name
                continue
            if (
                found.kind in (Kind.ORGANIZATION, Kind.PLACE, Kind.INDUSTRY_CLUSTER, Kind.EVENT)
                and found.type not in ("Country", "City", "AdministrativeArea", "Continent")
                and self._venue_named(found.name)
            ) or self._venue_by_verb(found):
                found.type = "CivicStructure"
                self._venue_acronym(found, by_start)
        return accepted

    def _venue_acronym(self, venue: Found, by_start: dict[int, Found]) -> None:
        """The acronym bracketed after a venue's name names the venue ("(SECC)", "(ICC
        Sydney)", "(JIExpo)")."""
        acronym = by_start.get(venue.end + 2)
        first = acronym.name.split()[0] if acronym is not None else ""
        if (
            acronym is not None
            and self.text[venue.end : venue.end + 2] == " ("
            and self.text[acronym.end : acronym.end + 1] == ")"
            and (first.isupper() or sum(ch.isupper() for ch in first) >= 3)
        ):
            acronym.type = "CivicStructure"

    def _untagged_venues(self, accepted: list[Found]) -> list[Found]:
        """ "took part in the <Forum> at Cintermex in Monterrey": a capitalised name no rule
        took, between an event's "at" and the place it is "in", is the event's venue."""
        spans = [(f.start, f.end) for f in accepted]
        places = {f.start: f for f in accepted if f.kind is Kind.PLACE}
        out = list(accepted)
        for event in accepted:
            if event.kind is not Kind.EVENT or event.nested:
                continue
            match = _VENUE_AFTER_EVENT.match(self.text, event.end)
            if match is None or match.end() not in places:
                continue
            start, end = match.span(1)
            if any(s < end and start < e for s, e in spans):
                continue  # a name found already
            if match.group(1).casefold() in self.lex.demonyms or self._place(match.group(1)):
                continue  # "at Chinese ...", a town: not a venue's name
            out.append(Found(start, end, match.group(1), "CivicStructure", "landmark", 0.6))
        return out

    def _venue_by_verb(self, found: Found) -> bool:
        """A name NER took for an organization where an event is held or shown ("the leg took
        place in the <X> Library", "the exhibition is on show at the <X> Museum", "the fair moved
        to the <X> Expocentre"): a building. Only a name with a building's word in it, after a
        sentence about an event; not a body or a company ("held at the Ministry of <X>", "the
        meeting took place at <Bank>'s offices", "deposits held at <Bank>")."""
        if found.kind is not Kind.ORGANIZATION or found.cued:
            return False
        words = {w.casefold() for w in found.name.split()}
        if not any(_BUILDING_WORD.search(w) for w in words):
            return False
        before = self.text[max(0, found.start - 200) : found.start]
        before = re.split(r"[.!?;]\s", before)[-1]
        if (
            words & _STAGE_WORDS
            and not words & _BODY_WORDS
            and found.rule in ("ner", "org-name", "structural-org")
            and _PERFORMED_AT.search(before)
        ):
            return True  # "the troupe gave a performance at the Metropolitan Theater of <City>"
        if found.rule not in ("ner", "org-name") or len(words) < 2:
            return False
        if not any(_BUILDING_WORD.search(w) for w in words):
            return False
        if words & (_BODY_WORDS | COMPANY_KIND_WORDS | self.lex.legal_suffixes):
            return False
        if self.text[found.end : found.end + 1] in ("'", "’"):
            return False  # "<X>'s offices": the building is the company's
        said = _HELD_AT.search(before) or _MOVED_TO.search(before) or _SHOWN_AT.search(before)
        if said is None:
            return False
        subject = [w.casefold().strip(",\"'“”") for w in before[: said.start()].split()]
        held = self.lex.event_heads | _VENUE_SUBJECTS
        if said.re is _MOVED_TO:  # "the exhibition moved from": the event's own verb
            return bool(subject) and subject[-1] in held
        return any(w in held for w in subject)

    def _missions(self, accepted: list[Found]) -> list[Found]:
        """ "Embassy of <State> in <Place>", "<X> Chamber of Commerce in <Country>": the place
        after "in" is part of the name and the mission's (or chamber's) seat."""
        doc = self.toks
        out = list(accepted)
        for found in accepted:
            # "the China Chamber of Commerce in <Country>": chambers abroad are named so too
            chamber = found.name.casefold().endswith(_CHAMBER_HEADS)
            if not self._mission(found.name) and not chamber:
                continue
            if found.type in ("LandmarksOrHistoricalBuildings", "CivicStructure"):
                found.type = "Organization"  # "the <Demonym> Consulate General": a mission
            if found.kind is not Kind.ORGANIZATION:
                continue
            k = next((t.i + 1 for t in doc if t.idx + len(t.text) == found.end), None)
            if k is None or k + 1 >= len(doc) or doc[k].lower_ != "in":
                continue
            first = k + 1
            if first + 1 < len(doc) and doc[first].lower_ == "the":
                first += 1  # "in the Netherlands", "in the United States"
            end = first
            while end < len(doc) and end - first <= 3 and self._namey(end):
                end += 1
            place_name = self.doc[first:end].text if end > first else ""
            gazetteer_place = self._place(place_name) if place_name else None
            if gazetteer_place is None or (chamber and gazetteer_place.feature != "country"):
                continue  # "the US Chamber of Commerce in Washington": no chamber abroad
            seat = self._span_found(first, end, "Place", "name-part", 0.8, nested=True)
            if seat is None:
                continue
            seat.type = self._place_type(seat.name, gazetteer_place)
            out = [
                f
                for f in out
                if not (f is not found and f.start >= seat.start and f.end <= seat.end)
            ]
            # "the Economic and Commercial Office of the Chinese Embassy in <Country>": the
            # mission named inside the office's name takes the seat too
            inner = [
                f
                for f in [*out, *self.found]  # (nested parts join the names later)
                if f is not found
                and f.end == found.end
                and f.start > found.start
                and f.kind is Kind.ORGANIZATION
                and self._mission(f.name)
            ]
            for f in [found, *inner]:
                f.end = seat.end
                f.name = clean_name(self.text[f.start : f.end])
                self.facts.append((f, "locatedIn", seat, "structural-org", 0.8))
            out.append(seat)
        return out
