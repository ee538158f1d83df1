"""Definite descriptions of organizations ("the company", "its carmaker") resolved to a name.

News of this kind names a company once and then goes on with "the company bought ...", "the
company's exports to ...". Such a description (a determiner and a noun of the ``org_anaphors``
list, the noun heading its phrase) becomes a mention of the organization it refers back to: the
first organization named earlier in the same sentence, else the organization that was the subject
(or, failing that, the first one named) of the nearest of the two sentences before; associations,
ministries, universities and the like (``non_company_heads``) are never meant. "the group"
refers only to an organization whose name says it is a group. Any other noun refers back to the
organization or cluster named just before whose name ends in it ("the cooperative", "the zone"),
or whose name it heads before "of" ("the department" after "Department of Commerce of <X>"). Input: the document's tokens and
top-level mentions; output: ``Found`` anaphors (rule ``anaphor``), so that the relation patterns
read them like names.
"""

from __future__ import annotations

import re
from typing import Any

from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.nlp import doc_text
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import COMPANY_KIND_WORDS, LEGAL_WORDS

DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this", "that"})
DEMONSTRATIVES = frozenset({"the", "this", "that"})
#: a purchase said before an owned noun's antecedent ("acquired the distributor <B>")
_BOUGHT = r"\b(?:acquired|bought|purchased|took over|snapped up)\b"
#: sentences looked back over for an antecedent
LOOKBACK = 2


def find_org_anaphors(tokens: list[Any], found: list[Found], lexicon: Lexicon) -> list[Found]:
    """ "the company" and the like, each as a mention of the organization it refers to."""
    orgs = sorted(
        (
            f
            for f in found
            if f.kind is Kind.ORGANIZATION
            and not f.nested
            and not f.anaphor
            and not set(f.name.casefold().split()) & lexicon.non_company_heads
        ),
        key=lambda f: f.start,
    )
    taken = [(f.start, f.end) for f in found]
    by_head: dict[str, list[Found]] = {}
    for f in found:
        if (
            f.kind in (Kind.ORGANIZATION, Kind.INDUSTRY_CLUSTER)
            and not f.anaphor
            and len(f.name.split()) > 1
        ):
            words = f.name.casefold().split()
            heads = {words[-1]}
            if "of" in words[1:]:
                heads.add(words[words.index("of") - 1])  # "Department of Commerce of <X>"
            for head in heads:
                by_head.setdefault(head, []).append(f)
    if not orgs and not by_head:
        return []
    out: list[Found] = _defined_company(tokens, orgs, taken)
    taken += [(f.start, f.end) for f in out]
    for tok in tokens:
        by_name = tok.lower_ not in lexicon.org_anaphors or tok.lower_ in lexicon.non_company_heads
        if by_name and tok.lower_ in by_head and tok.i > 0:  # "the department" is never a firm
            named = _named_by_head(tok, tokens, by_head[tok.lower_], taken, lexicon)
            if named is not None:
                out.append(named)
            continue
        if tok.lower_ not in lexicon.org_anaphors or tok.pos_ != "NOUN" or tok.i == 0:
            continue
        opener = _seated_start(tokens, tok.i)
        det = tokens[opener]
        if det.lower_ not in DETERMINERS:
            continue
        if tok.lower_ in lexicon.branch_heads and det.lower_ not in DEMONSTRATIVES:
            continue  # "its branch" is another organization; "the branch" is the one named
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ == "compound":
            continue  # "the company headquarters": the noun is not the head
        if nxt is not None and nxt.text == "," and tok.i + 2 < len(tokens):
            named = tokens[tok.i + 2].idx
            if any(o.start == named for o in orgs):
                continue  # "his company, <Name>,": the name that follows says which
        if nxt is not None and any(o.start == nxt.idx for o in orgs):
            continue  # "the carmaker BMW": the name that follows says which
        # "the <Place>-based maker": the noun alone, the place keeps its own mention
        start = det.idx if opener == tok.i - 1 else tok.idx
        end = tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken):
            continue
        comma = tokens[opener - 1] if opener > 0 else None
        apposed = (  # "<O>, the company that manages the zone": <O> itself
            next((o for o in orgs if o.end == comma.idx), None)
            if comma is not None and comma.text == ","
            else None
        )
        owner = apposed is not None and nxt is not None and nxt.lower_ in ("'s", "’s")
        # "<X> Auto Parts Europe, the group's Polish subsidiary": the parent its name says
        parent = _parent_by_name(apposed, orgs) if owner and apposed is not None else None
        if owner:
            # "<O>, the carmaker's overseas arm": the carmaker owns <O>, another company, one
            # the sentences before name ("Talking to <Agency>, <P>, head of <O>, the company's
            # subsidiary": not the agency)
            opened = tok.sent.start_char
            antecedent = parent or _antecedent(tok, tokens, [o for o in orgs if o.end <= opened])
        else:
            antecedent = apposed or _antecedent(tok, tokens, orgs)
        if antecedent is None or (
            tok.lower_ == "group"
            and parent is None
            and not _a_group(antecedent, orgs)
            and not _company_opening_sentence(tok, det, antecedent)
        ):
            continue
        out.append(
            Found(start, end, antecedent.name, antecedent.type, "anaphor", 0.6, anaphor=True)
        )
    return out


#: a press release's definition of "the Company": '<Name> ("<Short>" or "the Company")'
_DEFINES_COMPANY = re.compile(
    r'\((?:\s*["“][^"”]{1,60}["”]\s+or)?\s*["“]the (Company|Group)["”]\s*\)'
)


def _defined_company(
    tokens: list[Any], orgs: list[Found], taken: list[tuple[int, int]]
) -> list[Found]:
    """ "the Company" (capitalised) after a press release defined it is the company defined, in
    every sentence: the release's own name for itself."""
    if not tokens:
        return []
    text = doc_text(tokens[0].doc)
    out: list[Found] = []
    for match in _DEFINES_COMPANY.finditer(text):
        defined = next((o for o in orgs if 0 <= match.start() - o.end <= 1), None)
        if defined is None:
            continue
        word = match.group(1)
        for tok in tokens:
            if tok.idx <= match.end() or tok.text != word or tok.i == 0:
                continue
            det = tokens[tok.i - 1]
            if det.lower_ != "the":
                continue
            start, end = det.idx, tok.idx + len(tok.text)
            if any(a < end and start < b for a, b in taken):
                continue
            out.append(Found(start, end, defined.name, defined.type, "anaphor", 0.7, anaphor=True))
    return out


def _a_group(org: Found, orgs: list[Found]) -> bool:
    """Is the organization a group: so named ("<X> Group", "<X> Holdings Ltd"), or the short
    name of one named before ("Hengtai" after "Shanxi Hengtai Coal Chemical Group")?"""
    if set(org.name.casefold().split()) & _GROUP_WORDS:
        return True
    short = f" {org.name.casefold()} "
    return any(
        f.start < org.start
        and set(f.name.casefold().split()) & _GROUP_WORDS
        and short in f" {f.name.casefold()} "
        for f in orgs
    )


def _parent_by_name(arm: Found, orgs: list[Found]) -> Found | None:
    """ "<X> Auto Parts Europe, the group's Polish subsidiary": the company named before whose
    name opens the arm's ("<X> Auto Parts"), the parent its name says it belongs to."""
    words = arm.name.split()
    named = [
        o
        for o in orgs
        if o.start < arm.start
        and 1 < len(o.name.split()) < len(words)
        and words[: len(o.name.split())] == o.name.split()
    ]
    return max(named, key=lambda o: len(o.name)) if named else None


def _company_opening_sentence(tok: Any, det: Any, antecedent: Found) -> bool:
    """ "<X> Auto Parts, a <City> maker of castings, said ... The group entered <Country> in
    2018": "the group" as the subject opening a sentence and doing what companies do, after a
    company named as one (a word of its trade or its legal form in its name) in a sentence
    before."""
    return (
        det.i == tok.sent.start
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.lemma_.lower() in _CORPORATE_VERBS  # (a delegation "visited", "toured")
        and antecedent.end <= tok.sent.start_char
        and bool(set(antecedent.name.casefold().split()) & (COMPANY_KIND_WORDS | LEGAL_WORDS))
    )


#: what a company does that a delegation or a group of people does not
_CORPORATE_VERBS = frozenset(
    {"enter", "acquire", "buy", "purchase", "invest", "own", "operate", "employ", "produce"}
    | {"manufacture", "export", "report", "post", "list", "build", "expand", "found", "hold"}
)
#: words of a group's name ("<X> Group", "<X> Holdings Ltd")
_GROUP_WORDS = frozenset({"group", "holdings", "holding"})


def _seated_start(tokens: list[Any], i: int) -> int:
    """The token before the noun at ``i``, or before a "<Place>-based" or a people's word in
    front of it: "the Chengdu-based manufacturer", "the German carmaker" refer back like "the
    manufacturer"."""
    k = i - 1
    if k >= 2 and tokens[k].lower_ in ("based", "headquartered") and tokens[k - 1].text == "-":
        k -= 2
        while k > 0 and tokens[k].pos_ == "PROPN" and tokens[k].text[:1].isupper():
            k -= 1
    elif k >= 1 and tokens[k].ent_type_ in ("NORP", "GPE") and tokens[k].text[:1].isupper():
        k -= 1  # "the German carmaker", "the Fujian group": a people's or a place's word
    return k


#: how far back (characters) "the cooperative" looks for the "<X> Tea Cooperative" it means
HEAD_LOOKBACK = 1500


def _named_by_head(
    tok: Any,
    tokens: list[Any],
    named: list[Found],
    taken: list[tuple[int, int]],
    lexicon: Lexicon,
) -> Found | None:
    """ "the cooperative", "the theatre": of the organizations ``named`` with that last word
    ("<X> Tea Cooperative"), the one named just before."""
    det = tokens[tok.i - 1]
    if det.lower_ not in DEMONSTRATIVES or tok.lower_ in lexicon.place_nouns:
        return None  # "the province" is the place, not "<X> Department of <Y> Province"
    if tok.lower_ in lexicon.admin_suffixes or tok.lower_ in lexicon.jurisdiction_words:
        # "the zone" may be the "<X> Economic Cooperation Zone"; "the region" is no organization,
        # but "the department" may be the "Department of Commerce of <X>"
        named = [
            f
            for f in named
            if f.kind is Kind.INDUSTRY_CLUSTER or f" {tok.lower_} of " in f" {f.name.casefold()}"
        ]
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ == "compound":
        return None
    start, end = det.idx, tok.idx + len(tok.text)
    if any(a < end and start < b for a, b in taken):
        return None
    if tok.pos_ != "NOUN":
        return None
    before = [f for f in named if tok.idx - HEAD_LOOKBACK <= f.start and f.end <= tok.idx]
    if not before:
        return None
    antecedent = max(before, key=lambda f: f.start)
    return Found(start, end, antecedent.name, antecedent.type, "anaphor", 0.6, anaphor=True)


#: nouns for a company that another one, named in the same sentence, owns or invests in: they
#: refer back to the sentences before ("<O> will inject $120 million into the subsidiary")
OWNED_NOUNS = frozenset({"subsidiary", "venture", "unit"})


def _antecedent(tok: Any, tokens: list[Any], orgs: list[Found]) -> Found | None:
    sentence = tok.sent
    here = [o for o in orgs if sentence.start_char <= o.start and o.end <= tok.idx]
    if here and tok.lower_ not in OWNED_NOUNS:
        return here[0]
    if here:  # "Its subsidiary, <B>, sold ..., said <P>, the subsidiary's director": <B>
        called = _called(tok, here)
        if called is not None:
            return called
        # "<A> acquired the distributor <B> in 2019, and the unit now supplies ...": what the
        # clause before bought, not its buyer
        bought = [
            o
            for o in here
            if not _is_subject(o, tokens, sentence)
            and re.search(_BOUGHT, doc_text(tok.doc)[sentence.start_char : o.start])
        ]
        if bought:
            return bought[-1]
    sent_start = sentence.start
    for _ in range(LOOKBACK):
        if sent_start == 0:
            return None
        previous = tokens[sent_start - 1].sent
        named = [o for o in orgs if previous.start_char <= o.start < previous.end_char]
        if named:
            subjects = [o for o in named if _is_subject(o, tokens, previous)]
            if tok.lower_ in OWNED_NOUNS:  # "<A> bought control of <B>. The subsidiary ...": <B>
                called = _called(tok, named)  # "<A>, whose <City>-based subsidiary, <B>, ..."
                if called is not None:
                    return called
                others = [o for o in named if o not in subjects]
                return (others or named)[-1]
            return (subjects or named)[0]
        sent_start = previous.start
    return None


def _called(tok: Any, orgs: list[Found]) -> Found | None:
    """Of ``orgs``, the one the text calls by the anaphor's noun just before its name
    ("subsidiary, <B>")."""
    text = doc_text(tok.doc)
    for o in orgs:
        if re.search(rf"\b{tok.lower_},? $", text[max(0, o.start - 20) : o.start]):
            return o
    return None


def _is_subject(org: Found, tokens: list[Any], sentence: Any) -> bool:
    for i in range(sentence.start, sentence.end):
        tok = tokens[i]
        if org.start <= tok.idx < org.end and tok.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False
