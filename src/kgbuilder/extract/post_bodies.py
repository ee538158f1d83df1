"""The body a post names: an official styled by the office serves in the body the text names
for that office.

"Zhang Ruiqi, Consul General of China in Lahore" serves at the "Consulate General of China in
Lahore", "Vice Minister of Trade and Integration <P>" at the "Ministry of Trade and Integration
of the Republic of <Country>", "Vice Governor of <Province> <P>" in the "People's Government of
<Province>". The post's words are not the body's name, so the name patterns do not see the
link; the body must be named in the same text, and only one body may fit.
"""

from __future__ import annotations

import re

from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

_RANKS = r"(?:(?:Vice|Deputy|Assistant|Acting|First|Executive|Senior|Under)[ -])*"
_OFFICES = r"Minister|Consul[ -]General|Consul|Ambassador|Governor|Mayor"
#: an office styled by what it serves: "Deputy Minister of <X>", "Consul General of <X> in <Y>"
# ("Ambassador to <Country>" serves at his own country's embassy there: no "to")
_POST = rf"(?P<t>{_RANKS}(?P<office>{_OFFICES}) (?:of|for) (?P<what>[A-Z][^,;.()\n]{{1,80}}?|the [A-Z][^,;.()\n]{{1,80}}?))"
_POST_AFTER = re.compile(rf"\s*,\s*(?:the\s+)?{_POST}(?=\s*[,;.]|\s+(?:said|told|who|and)\b)")
_POST_BEFORE = re.compile(rf"{_POST}\s+$")
#: a local post named by its place: "<P>, <County>'s chief officer for agriculture", "<County>'s
#: executive committee member for trade, <P>"
_PLACE = r"(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?:'s|’s)"
_POST_WORD = (
    r"(?:officer|member|secretary|governor|mayor|director|head|commissioner|minister|chief|"
    r"executive|councillor|councilor|administrator)"
)
#: the post ends in a post word, with what it is for ("chief officer for agriculture")
_LOCAL_TITLE = rf"(?P<t>(?:[a-z-]+ ){{0,3}}{_POST_WORD}(?: (?:for|of) [a-z]+(?: and [a-z]+)?)?)"
_LOCAL_AFTER = re.compile(rf"\s*,\s*{_PLACE} {_LOCAL_TITLE}(?=\s*[,;.]|\s+(?:said|told|who)\b)")
_LOCAL_BEFORE = re.compile(rf"{_PLACE} {_LOCAL_TITLE}\s*,\s*$")
#: words for a place's own government
_GOVERNMENT_WORDS = (" government ", " akimat ", " municipality ", " administration ")
#: the word for the body each office serves in
_BODY_WORD = {
    "minister": "ministry",
    "consul general": "consulate general",
    "consul": "consulate",
    "ambassador": "embassy",
}


def post_bodies(
    text: str, found: list[Found], sentences: list[EncodedSentence]
) -> list[FoundRelation]:
    """``worksFor`` from an office's style to the one body of the text that holds it."""
    bodies = [f for f in found if f.kind is Kind.ORGANIZATION and not f.anaphor]
    out: list[FoundRelation] = []
    for person in found:
        if person.kind is not Kind.PERSON or person.nested:
            continue
        post = _POST_AFTER.match(text, person.end) or _POST_BEFORE.search(
            text, max(0, person.start - 140), person.start
        )
        if post is None:
            local = _LOCAL_AFTER.match(text, person.end) or _LOCAL_BEFORE.search(
                text, max(0, person.start - 120), person.start
            )
            if local is None:
                continue
            post, body = local, _government_of(local.group("place"), bodies)
        else:
            body = _body_of(post.group("office"), post.group("what"), bodies)
            country = _country_before(post.start(), found)
            if body is not None and country is not None and not _names(body, country):
                body = None  # "Chinese Vice Minister of Commerce <P>": not the host's ministry
        sentence = next((s for s in sentences if s.start <= person.start < s.end), None)
        if body is not None and sentence is not None:
            role = " ".join(post.group("t").split())
            out.append(
                FoundRelation(person, "worksFor", body, "post-body", 0.7, sentence, role=role)
            )
    return out


def _body_of(office: str, what: str, bodies: list[Found]) -> Found | None:
    """The one body named for the office: "Ministry of <X>" (or "<X> Ministry") for a minister
    of <X>, a government naming <X> for its governor or mayor."""
    office = loose_key(office.replace("-", " "))
    what_key = _key(what)
    if office in _BODY_WORD:
        word = _BODY_WORD[office]
        full = f"{word} of {what_key}"

        def fits(key: str) -> bool:
            return key == full or key.startswith(full + " ") or key == f"{what_key} {word}"
    else:  # a governor or a mayor: the government of the place

        def fits(key: str) -> bool:
            words = f" {key} "
            return " government " in words and f" {what_key} " in words

    matches = {f.name: f for f in bodies if fits(_key(f.name))}
    return next(iter(matches.values())) if len(matches) == 1 else None


def _government_of(place: str, bodies: list[Found]) -> Found | None:
    """The one government the text names for a place ("County Government of <X>" for
    "<X> County" or "<X>")."""
    words = [w for w in _key(place).split() if w not in ("county", "province", "state", "city")]
    if not words:
        return None
    key = f" {' '.join(words)} "
    matches = {
        f.name: f
        for f in bodies
        if key in f" {_key(f.name)} " and any(w in f" {_key(f.name)} " for w in _GOVERNMENT_WORDS)
    }
    return next(iter(matches.values())) if len(matches) == 1 else None


def _country_before(at: int, found: list[Found]) -> Found | None:
    """A country or its demonym right before a post ("Chinese Ambassador", "Peru's Minister")."""
    return next(
        (f for f in found if f.kind is Kind.PLACE and f.type == "Country" and 0 <= at - f.end <= 3),
        None,
    )


def _names(body: Found, country: Found) -> bool:
    """Does the body's name name the country (or the people) the post is of?"""
    words = f" {_key(body.name)} "
    return f" {_key(country.name)} " in words or (
        country.demonym and f" {_key(country.name)[:4]}" in words
    )


def _key(name: str) -> str:
    """A name's loose key without "the" ("Consul General of the <State>", "Ministry of Economy")."""
    return " ".join(w for w in loose_key(name).split() if w != "the")
