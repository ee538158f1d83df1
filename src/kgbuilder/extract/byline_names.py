"""Who wrote a report and for whom: the masthead and the byline at the top of a text.

"Jilin Daily | April 14, 2025" names the outlet (an organization) in a masthead line: a short
capitalised name before a bar. "By our reporters <P> and <P2> in <City>", "By <P>, Senior
Correspondent" and "Reporter: <P> | Editor: <P2>" name the people who wrote it: each works for
the outlet, in the post the byline gives. The outlet may also be the agency of a dateline
("LIMA, Nov. 8 (Xinhua) --"). Only the head of a text is read: a bar or "By" further down is
prose. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from kgbuilder.extract.finder_base import FinderBase
from kgbuilder.extract.spans import Found, NameFact
from kgbuilder.kinds import Kind
from kgbuilder.names import clean_name, loose_key

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
#: "By WANJIRU KAMAU": a line of a writer's name in capitals
_CAPITALISED_BYLINE = re.compile(r"^(?:By|BY) (?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})$")
#: words of outlets and columns, never of a writer's name ("BY BUSINESS DAILY")
_NOT_IN_NAMES = frozenset(
    {"the", "of", "and", "for", "in", "on", "business", "daily", "weekly", "numbers", "online",
     "digital", "wire", "wires", "desk", "editorial", "opinion", "analysis", "comment"}
)  # fmt: skip


def _capitalised(word: str) -> str:
    """A word in capitals as a name writes it: "JEAN-PIERRE" -> "Jean-Pierre", "O'BRIEN" ->
    "O'Brien"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


#: the posts of a byline's desk, in capitals ("By STAFF REPORTER")
_DESK_POSTS = frozenset({"reporter", "correspondent", "writer", "editor", "our", "special"})
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


#: "Media contact:", "Press Contacts", alone on a line: the contact blocks follow it
_CONTACT_LABEL = re.compile(
    r"^[ \t]*(?:Media|Press|Investor|Public Relations)? ?[Cc]ontacts?[ \t]*:?[ \t]*$", re.MULTILINE
)
#: a contact block's first line: a person's name alone
_CONTACT_NAME = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+")
#: how many blocks (one person each) a contact section may hold
_CONTACT_BLOCKS = 4


def contact_labels(text: str) -> list[re.Match[str]]:
    """The lines of a text that label a contact section ("Media Contacts:")."""
    return list(_CONTACT_LABEL.finditer(text))


def is_byline(line: str) -> bool:
    """Does a line open with "By" and a writer or a newsroom ("by <Outlet> writers <P>, <P2>")?"""
    by = _BY.match(line)
    return by is not None and line[by.end() :].strip()[:1].isupper()


def _dated(field: str) -> bool:
    """Is a byline's field a date ("July 15, 2025", "2 June 2025")?"""
    words = {w.casefold().strip(".,") for w in field.split()}
    return bool(words & _DATE_WORDS - {"press", "release"}) and re.search(r"\d", field) is not None


def _lead(line: str) -> int:
    """How many blanks open a line."""
    return len(line) - len(line.lstrip())


class BylineNames(FinderBase):
    """Mastheads (the outlet) and bylines (its writers) at the top of a text."""

    @cached_property
    def _contact_sections(self) -> list[re.Match[str]]:
        """The lines that label a contact section, read once per document."""
        return contact_labels(self.text)

    def _contact_label(self, found: Found) -> bool:
        """ "Media Contacts:" alone on its line: a label, no organization."""
        return any(label.start() <= found.start < label.end() for label in self._contact_sections)

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
            if self._writer_line(line):
                continue  # "<P> | Mumbai | July 15, 2025": a writer, her city and the date
            out.append(Found(start, start + len(name), name, "Organization", "masthead", 0.8))
        return out

    def _writer_line(self, line: str) -> bool:
        """ "<P> | <City> | <date>": a byline of fields with no "By", the writer's name, the
        place she files from and a date."""
        fields = [f.strip() for f in re.split(r" [|·•] ", line)]
        return (
            len(fields) >= 3
            and 2 <= len(fields[0].split()) <= 4
            and self._place(fields[0]) is None
            and self._place(fields[1]) is not None
            and any(_dated(f) for f in fields[2:])
        )

    def _byline_fields(self, accepted: list[Found]) -> list[Found]:
        """ "<P> | <City> | <date>" and "By <P> | <Outlet> | <Section> | <date>": the writer is
        a person; after "By", the field after the writer's is the outlet, and a section's name
        (a field that is no place and no date) names nothing."""
        drop: set[int] = set()
        for start, line in self._head_lines():
            fields = list(re.finditer(r"[^|·•]+", line))
            if len(fields) < 3 or not any(_dated(f.group()) for f in fields[1:]):
                continue
            by = _BY.match(line)
            if by is None and not self._writer_line(line):
                continue
            for n, field in enumerate(fields):
                text = field.group().strip()
                at = start + field.start() + (len(field.group()) - len(field.group().lstrip()))
                if n == 0 and by is not None:
                    at += by.end()
                    text = text[by.end() :].strip()
                inside = [f for f in accepted if at <= f.start < at + max(len(text), 1)]
                if _dated(text) or self._place(text) is not None:
                    continue
                exact = [f for f in inside if f.start == at and f.name == clean_name(text)]
                if n == 0 and not exact and 2 <= len(text.split()) <= 4 and text.istitle():
                    drop.update(id(f) for f in inside)  # ("<Given> | <Family>": NER's part)
                    writer = Found(at, at + len(text), clean_name(text), "Person", "contact", 0.7)
                    accepted.append(writer)  # a writer's name NER missed or cut
                    self.bylined.add(loose_key(writer.name))
                    continue
                for f in inside:
                    if n == 0 and f.start == at and f.name == clean_name(text):
                        f.type = "Person"
                        self.bylined.add(loose_key(f.name))
                    elif n == 1 and by is not None and f.start == at:
                        f.type = "Organization"  # the outlet the writer files for
                    elif n >= 2 or (n == 1 and by is None):
                        drop.add(id(f))  # "Suppliers & Nearshoring": the paper's section
        return [f for f in accepted if id(f) not in drop]

    def _proper_nouns_only(self, start: int, end: int) -> bool:
        """Are the words between two offsets all proper nouns by their tags?"""
        words = [t for t in self.toks if start <= t.idx < end]
        return bool(words) and all(t.pos_ == "PROPN" for t in words)

    def _writer_over_dateline(self, accepted: list[Found]) -> list[Found]:
        """ "<Given> <Family>" alone on a line, over a line "<City> | <date>": the writer of a
        daily's report, whatever NER made of the name (a product, a place)."""
        lines = self._head_lines()
        for (start, line), (below_at, below) in itertools.pairwise(lines[1:]):
            fields = [f.strip() for f in re.split(r" [|·•] ", below)]
            words = line.split()
            if (  # (under the headline: a short headline may stand over a dateline)
                len(fields) < 2
                or self._place(fields[0]) is None
                or not any(_dated(f) for f in fields[1:])
                or not 2 <= len(words) <= 4
                or not all(w.isalpha() and w.istitle() for w in words)
                or self._place(line) is not None
                or any(self._place(w, big_only=True) is not None for w in words)
                or not self._proper_nouns_only(start, start + len(line))
            ):
                continue
            inside = [f for f in accepted if start <= f.start < start + len(line)]
            body = self.text[below_at + len(below) :]
            if any(f.kind is Kind.ORGANIZATION for f in inside) or any(
                re.search(rf"\b{re.escape(w)}\b", body) for w in words
            ):
                continue  # "Safaricom Profits Soar": a headline about what the text tells of
            accepted = [f for f in accepted if not any(f is g for g in inside)]
            accepted.append(Found(start, start + len(line), line, "Person", "contact", 0.7))
            self.bylined.add(loose_key(line))
        return accepted

    def _capitalised_writers(self, accepted: list[Found]) -> list[Found]:
        """ "By WANJIRU KAMAU": a writer's name in capitals, which NER does not read, is a person
        (written as a name is, "Wanjiru Kamau"); a desk ("By STAFF REPORTER") is none."""
        for start, line in self._head_lines():
            match = _CAPITALISED_BYLINE.match(line)
            if match is None:
                continue
            words = match.group("name").split()
            if any(
                w.casefold() in _DESK_WORDS
                or w.casefold() in _DESK_POSTS
                or w.casefold() in self.lex.org_heads
                or w.casefold() in _NOT_IN_NAMES
                for w in words
            ):
                continue  # "BY KENYA NEWS AGENCY", "BY THE NUMBERS": no writer
            if self._place(match.group("name").title()) is not None:
                continue
            at = start + match.start("name")
            inside = [f for f in accepted if at <= f.start < at + len(match.group("name"))]
            accepted = [f for f in accepted if not any(f is g for g in inside)]
            name = " ".join(_capitalised(w) for w in words)
            accepted.append(
                Found(at, at + len(match.group("name")), name, "Person", "contact", 0.7)
            )
            self.bylined.add(loose_key(name))
        return accepted

    def _byline_people(self, accepted: list[Found]) -> list[Found]:
        """ "By <P>, Special to ...", "By <P> | Staff Reporter": the name right after "By" (or
        after its "and") is a writer's, whatever NER made of it ("Jessica Arena" no arena)."""
        accepted = self._writer_over_dateline(self._byline_fields(accepted))
        accepted = self._capitalised_writers(accepted)
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

    def _contact_people(self) -> list[Found]:
        """The first line of each block of a contact section is a person's name ("Zhou Min"),
        whatever NER made of it: two to four capitalised words and nothing else."""
        out: list[Found] = []
        for label in self._contact_sections:
            for block in self._blocks_after(label.end())[:_CONTACT_BLOCKS]:
                at, line = block[0]
                name = line.strip()
                if len(block) < 2 or _CONTACT_NAME.fullmatch(name) is None:
                    break
                if self._place(name) is not None or any(
                    w.casefold() in self.lex.legal_suffixes for w in name.split()
                ):
                    break
                start = at + _lead(line)
                out.append(Found(start, start + len(name), name, "Person", "contact", 0.75))
        return out

    def _contact_facts(self, accepted: list[Found]) -> list[NameFact]:
        """A press release's contact section ("Media contacts:", then blocks of a person, a post
        or a department, and the organization, one to a line, or the post and the organization
        on one line after a comma): each person works there."""
        facts: list[NameFact] = []
        people = {f.start: f for f in accepted if f.kind is Kind.PERSON}
        orgs = sorted((f for f in accepted if f.kind is Kind.ORGANIZATION), key=lambda f: f.start)
        for label in self._contact_sections:
            for block in self._blocks_after(label.end())[:_CONTACT_BLOCKS]:
                (p_at, p_line), rest = block[0], block[1:3]
                person = people.get(p_at + _lead(p_line))
                if person is None:
                    break  # the section ended
                for at, line in reversed(rest):
                    # (the last: "Head of Corporate Communications, <Company>")
                    org = next((o for o in reversed(orgs) if at <= o.start < at + len(line)), None)
                    if org is None:
                        continue
                    post = self.text[at + _lead(line) : org.start].rstrip(", \t")
                    if not post and len(rest) > 1 and rest[0][0] != at:
                        post = rest[0][1].strip()  # the post on the line between
                    facts.append(NameFact(person, "worksFor", org, "contact", 0.75, post or None))
                    break
        return facts

    def _blocks_after(self, at: int) -> list[list[tuple[int, str]]]:
        """The runs of non-empty lines after a position, each line with where it starts."""
        blocks: list[list[tuple[int, str]]] = [[]]
        pos = at
        for raw in self.text[at:].split("\n"):
            if raw.strip():
                blocks[-1].append((pos, raw))
            elif blocks[-1]:
                if len(blocks) > _CONTACT_BLOCKS:
                    break
                blocks.append([])
            pos += len(raw) + 1
        return [b for b in blocks if b]

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
