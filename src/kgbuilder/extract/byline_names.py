"""Who wrote a report and for whom: the masthead and the byline at the top of a text.

"Jilin Daily | April 14, 2025" names the outlet (an organization) in a masthead line: a short
capitalised name before a bar. "By our reporters <P> and <P2> in <City>", "By <P>, Senior
Correspondent" and "Reporter: <P> | Editor: <P2>" name the people who wrote it: each works for
the outlet, in the post the byline gives. The outlet may also be the agency of a dateline
("LIMA, Nov. 8 (Xinhua) --"). Only the head of a text is read: a bar or "By" further down is
prose. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import re

from kgbuilder.extract.finder_base import FinderBase
from kgbuilder.extract.spans import Found, NameFact
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

#: how many lines from the top a masthead or a byline may stand on
_HEAD_LINES = 6
#: a masthead's first field: two to six capitalised words ("Asia Manufacturing Review")
_MASTHEAD = re.compile(
    r"^((?:[A-ZÀ-Ý][\w'’&.-]*)(?: (?:[A-ZÀ-Ý][\w'’&.-]*|of|the|and|&)){1,5}) [|·•] "
)  # ("Rhône Éco · Lyon's business daily")
#: a newspaper's name alone on a line: capitalised words ending in a word papers are named by
_OUTLET_LINE = re.compile(
    r"(?:The |THE )?((?:[A-ZÀ-Ý][\w'’&.-]* ){1,4}(?i:Weekly|Daily|Times|Post|Journal|Herald|"
    r"Tribune|Gazette|Ledger|Chronicle|Monitor|Observer|Courier|Telegraph|Review|News|Express|"
    r"Standard))"
)
#: the line under a masthead: an issue number or a date
_ISSUE_LINE = re.compile(
    r"\b(?:Vol\.|No\.|Issue)\s*\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: months and days: a masthead's first field is no date ("April 14, 2025 | ...")
_DATE_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "updated", "published", "press", "release"}
)
#: a byline's last word that names a newsroom, not a writer ("By Al Jazeera Staff")
_DESK_WORDS = frozenset(
    {"staff", "desk", "team", "reporters", "correspondents", "bureau", "newsroom", "wires"}
    | {"agencies", "editors", "writers"}
)
#: the words a byline opens with, in the languages of the news this reads
_BYLINE_OPENERS = frozenset({"by", "par", "por", "von", "di", "door"})
#: "By our reporters", "By staff writer": the post a "By" line gives all its names
_BY = re.compile(
    r"^(?:By|by|BY) (?:(?P<outlet>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5})"
    r" (?=(?:staff |special )?(?:reporters?|correspondents?|writers?)\b))?"
    r"(?:(?:our |staff |special )?(?P<post>reporters?|correspondents?|writers?)\b)?"
)
#: "Reporter: <P>", "Editor: <P>": a labelled field of a byline
_FIELD = re.compile(
    r"\b(?P<post>Reporters?|Editors?|Correspondents?|Writers?|Photographers?)\s*:\s*"
)


#: "Media contact:" and the three lines after it (a person, a post, an organization)
_CONTACT = re.compile(
    r"^(?:Media|Press|Investor|Public Relations)? ?[Cc]ontacts?\s*:?[ \t]*\n"
    r"([^\n:|]{3,80})\n([^\n:|]{3,120})(?:\n([^\n:|]{3,120}))?$",
    re.MULTILINE,
)


def is_byline(line: str) -> bool:
    """Does a line open with "By" and a writer or a newsroom ("by <Outlet> writers <P>, <P2>")?"""
    by = _BY.match(line)
    return by is not None and line[by.end() :].strip()[:1].isupper()


def _lead(line: str) -> int:
    """How many blanks open a line."""
    return len(line) - len(line.lstrip())


class BylineNames(FinderBase):
    """Mastheads (the outlet) and bylines (its writers) at the top of a text."""

    def _mastheads(self) -> list[Found]:
        """ "<Outlet> | <date>", "<Outlet> · <tagline>" on a line of the text's head: the outlet;
        or a text's first line that is a newspaper's name alone ("The <X> Commerce Weekly") with
        a date or an issue number on the line after it."""
        out: list[Found] = []
        head = self._head_lines()
        if len(head) > 1:
            start, line = head[0]
            alone = _OUTLET_LINE.fullmatch(line)
            # the date or issue line right under it, or under the paper's tagline
            issue = next((k for k in (1, 2) if k < len(head) and _ISSUE_LINE.search(head[k][1])), 0)
            if alone is not None and issue and self._place(line) is None:
                at = start + alone.start(1)
                name = alone.group(1)
                out.append(Found(at, at + len(name), name, "Organization", "masthead", 0.8))
                head = head[issue + 1 :]  # ("Markets & Trade | Tuesday, ...": the section)
        for start, line in head:
            match = _MASTHEAD.match(line)
            if match is None:
                continue
            name = match.group(1)
            if name.split()[0].casefold() in _BYLINE_OPENERS:
                continue  # "By <P> | Staff Reporter", "Par <P> | ...": a byline, not an outlet
            if {w.casefold().strip(".,") for w in name.split()} & _DATE_WORDS:
                continue
            if self._place(name) is not None:
                continue  # "LIMA | ...": a place heading the line, not an outlet
            out.append(Found(start, start + len(name), name, "Organization", "masthead", 0.8))
        return out

    def _byline_people(self, accepted: list[Found]) -> list[Found]:
        """ "By <P>, Special to ...", "By <P> | Staff Reporter": the name right after "By" (or
        after its "and") is a writer's, whatever NER made of it ("Jessica Arena" no arena)."""
        for start, line in self._head_lines():
            by = _BY.match(line)
            if by is None:
                continue
            for f in accepted:
                at = f.start - start
                if not by.end() <= at < len(line):
                    continue
                before = line[:at]
                words = f.name.split()
                if (
                    (
                        not line[by.end() : at].strip()  # "By <P>", "by <Outlet> writers <P>"
                        or (before.endswith((" and ", ", ")) and before[:3].casefold() == "by ")
                    )
                    and 2 <= len(words) <= 4
                    and all(w[:1].isupper() for w in words)
                    and words[-1].casefold() not in _DESK_WORDS  # "By <Outlet> Staff"
                ):
                    after = line[at + len(f.name) :].lstrip()
                    if after[:1] in ("", ",", "|") or after.startswith("and "):
                        f.type = "Person"
                        self.bylined.add(loose_key(f.name))  # a person wherever else it stands
        return accepted

    def _byline_facts(self, accepted: list[Found]) -> list[NameFact]:
        """The writers a byline names work for the outlet it names ("By <Outlet> reporters"),
        else the masthead's (or the dateline's agency), in the post it gives them."""
        outlet = next((f for f in accepted if f.rule == "masthead"), None) or next(
            (f for f in accepted if f.rule == "dateline" and f.kind is Kind.ORGANIZATION),
            None,
        )
        facts: list[NameFact] = []
        for start, line in self._head_lines():
            end = start + len(line)
            people = sorted(
                (f for f in accepted if f.kind is Kind.PERSON and start <= f.start < end),
                key=lambda f: f.start,
            )
            if not people:
                continue
            by = _BY.match(line)
            fields = list(_FIELD.finditer(line))
            if by is None and not fields:
                continue
            writes_for = outlet
            if by is not None and by.group("outlet"):
                # "By <Outlet> reporters <P> and <P2>": the outlet the line itself names
                at = start + by.start("outlet")
                writes_for = next(
                    (f for f in accepted if f.start == at and f.kind is Kind.ORGANIZATION),
                    outlet,
                )
            if writes_for is None:
                continue
            for person in people:
                at = person.start - start
                field = next((m for m in reversed(fields) if m.end() <= at), None)
                post = field.group("post") if field is not None else None
                if post is None and by is not None:
                    post = by.group("post") or self._post_after(line, person.end - start)
                role = post.rstrip("s").capitalize() if post and post.islower() else post
                facts.append(NameFact(person, "worksFor", writes_for, "byline", 0.8, role))
        return facts

    def _contact_facts(self, accepted: list[Found]) -> list[NameFact]:
        """A press release's contact block ("Media contact:" then the person, maybe a post or a
        department, and the organization, one to a line): the person works there."""
        facts: list[NameFact] = []
        for block in _CONTACT.finditer(self.text):
            lines = [(block.start(i), block.group(i)) for i in (1, 2, 3) if block.group(i)]
            if len(lines) < 2:
                continue
            (p_at, p_line), (o_at, o_line) = lines[0], lines[-1]
            person = next(
                (f for f in accepted if f.kind is Kind.PERSON and f.start == p_at + _lead(p_line)),
                None,
            )
            org = next(
                (
                    f
                    for f in accepted
                    if f.kind is Kind.ORGANIZATION and f.start == o_at + _lead(o_line)
                ),
                None,
            )
            if person is None or org is None:
                continue
            role = lines[1][1].strip() if len(lines) == 3 else None
            facts.append(NameFact(person, "worksFor", org, "contact", 0.75, role))
        return facts

    def _head_lines(self) -> list[tuple[int, str]]:
        """The first lines of the text that are not empty, with where each starts."""
        out: list[tuple[int, str]] = []
        pos = 0
        for raw in self.text.split("\n"):
            line = raw.strip()
            if line:
                out.append((pos + raw.index(line), line))
                if len(out) == _HEAD_LINES:
                    break
            pos += len(raw) + 1
        return out

    @staticmethod
    def _post_after(line: str, at: int) -> str | None:
        """ "By <P>, Senior Correspondent": the post after the name's comma."""
        match = re.match(
            r", ((?:[A-Z][a-z]+ ){0,3}(?:Correspondent|Reporter|Writer|Editor))\b", line[at:]
        )
        return match.group(1) if match else None
