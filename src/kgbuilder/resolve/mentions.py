"""Within one document: which surface names are the same entity.

Input: an ``Extraction``. Output: ``DocumentNames``: one ``EntityDeclaration`` per entity the
document names (canonical = the longest name as written) and a map from every surface name to
that declaration. The rules, each with its negative case:

- Case, accents, a leading "the" and a possessive: names equal under ``loose_key`` are one.
- A surname or given name alone ("Souza") is the one person of the document whose full name
  begins or ends with it (or, in a name of four words, the first of two family names: "Garza"
  of "Luis Alberto Garza Treviño"); when two people share it, it is left unresolved.
- An acronym ("SMIC", "CIIE") is the one organization (event, cluster) whose initials it
  spells (words in order, extra letters from inside a word, a trailing letter for an omitted
  "Corporation"/"Group"/...), or the name it directly follows in brackets ("Name (ACR)"); an
  acronym that fits two names stays an entity of its own.
- A company named without its legal form, or with part of it ("Tianhe Foods", "Tianhe Foods
  Co."), is the one organization named with the whole ("Tianhe Foods Co., Ltd."); two candidates
  leave it alone. A company named by one word of its name ("Hengyu" after "Hengyu Shoes") is
  the one organization whose name holds that word; two leave it an entity of its own.
- A short place name ("Haidian") is the administrative area named with it ("Haidian District"),
  unless it is a country of its own ("Mexico" beside "Mexico City"), or the venue named with it
  and a common noun ("<Name> exhibition center").
- A cluster named by the end of one longer cluster name ("Greater Bay Area") is that cluster.

Surnames, short place names and one-word company names are *local* aliases: they identify the entity here only, so they
never merge entities of different documents.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from kgbuilder.datamodel import EntityDeclaration, Extraction, Mention
from kgbuilder.gazetteer import COUNTRY_ABBREVIATIONS, default_gazetteer
from kgbuilder.kinds import ENTITY_TYPES, EntityType, Kind
from kgbuilder.names import (
    AUTONOMOUS_REST,
    COMPANY_KIND_WORDS,
    LEGAL_WORDS,
    bracket_word_fits,
    loose_key,
    shortens,
)

STOPWORDS = frozenset(
    {"of", "the", "and", "for", "&", "de", "da", "do", "del", "la", "in", "on", "at"}
)
#: letters an acronym may add at the end for a word the name leaves out ("Corporation", "Group")
SUFFIX_LETTERS = ("C", "G", "L", "I", "CO", "LTD", "INC", "CORP", "PLC", "SA", "AG")
#: words that begin a family name of two words ("Al Mansouri", "van Dijk", "de Souza")
FAMILY_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "do", "dos", "das", "del", "della",
     "di", "du", "le", "la", "mac", "mc", "st", "ben"}
)  # fmt: skip
#: the most words a legal form spelt with points has in a loose key ("s a de c v")
LEGAL_WORDS_MAX = max(len(w.split()) for w in LEGAL_WORDS)
#: divisions that contain a namesake city rather than being it
WIDER_DIVISIONS = frozenset({"state", "province", "region", "county", "oblast", "governorate"})
ADMIN_WORDS = frozenset(
    {
        "district",
        "county",
        "province",
        "prefecture",
        "municipality",
        "region",
        "city",
        "state",
        "township",
        "town",
        "village",
    }
)


@dataclass
class _Cluster:
    kind: Kind
    names: Counter[str] = field(default_factory=Counter)  # strong names -> mention count
    local: set[str] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)

    def canonical(self) -> str:
        return max(self.names, key=lambda n: (len(n), self.names[n], n))


@dataclass
class DocumentNames:
    """The entities one document names, and what each surface name stands for."""

    source_id: str
    declarations: list[EntityDeclaration] = field(default_factory=list)
    #: loose key of a surface name -> (canonical name, kind); None when it is ambiguous
    names: dict[str, tuple[str, Kind] | None] = field(default_factory=dict)

    def lookup(self, name: str) -> tuple[str, Kind] | None:
        return self.names.get(loose_key(name))


def acronym_matches(acronym: str, name: str) -> bool:
    """Does ``acronym`` abbreviate ``name``?

    >>> acronym_matches("WHO", "World Health Organization")
    True
    >>> acronym_matches("SMIC", "Semiconductor Manufacturing International")
    True
    >>> acronym_matches("ABC", "Alpha Beta Gamma Delta")
    False
    """
    letters = acronym.replace(".", "").upper()
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in STOPWORDS]
    if not words or len(letters) < 2 or not letters.isalpha():
        return False
    if len(words) == 1 and len(letters) > 1 and words[0].upper() == letters:
        return False
    if _align(letters, [w.upper() for w in words]):
        return True
    return any(
        letters.endswith(suffix)
        and len(letters) > len(suffix)
        and _align(letters[: -len(suffix)], [w.upper() for w in words])
        for suffix in SUFFIX_LETTERS
    )


def _align(letters: str, words: list[str]) -> bool:
    """Every word gives its first letter, in order, and may give more letters from inside."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    rest_word = words[0][1:]
    # the first letter is used; try taking 0..n further letters from inside this word
    for take in range(0, len(letters)):
        inner = letters[1 : 1 + take]
        if not _subsequence(inner, rest_word):
            break
        if _align(letters[1 + take :], words[1:]):
            return True
    return False


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _is_short_name(name: str) -> bool:
    """A one-word name with a capital inside ("KenInvest", "ProChile"), not all capitals."""
    return (
        name.isalpha()
        and name[:1].isupper()
        and not name.isupper()
        and any(c.isupper() for c in name[1:])
    )


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and " " not in name


def resolve_document(extraction: Extraction) -> DocumentNames:
    """Cluster the names of one document (see the module docstring for the rules)."""
    result = DocumentNames(extraction.source_id)
    mentions = [m for m in extraction.mentions if m.type is not None]
    mentions = _surnames_misread(_people_inside_companies(mentions))
    kind_of: dict[str, Counter[Kind]] = defaultdict(Counter)
    for m in mentions:
        assert m.type is not None
        kind_of[loose_key(m.entity)][m.type.kind] += 1
    clusters: dict[tuple[Kind, str], _Cluster] = {}
    for m in mentions:
        assert m.type is not None
        kind = kind_of[loose_key(m.entity)].most_common(1)[0][0]
        cluster = clusters.setdefault((kind, loose_key(m.entity)), _Cluster(kind))
        cluster.names[m.entity] += 1
        cluster.types[m.type.name] += 1
        if kind is Kind.PLACE and _with_division_word(m):
            cluster.local.add(m.text)  # "Konawe regency": the place with its kind, as written
    targets: dict[tuple[Kind, str], tuple[Kind, str] | None] = {}
    index = _MentionIndex(mentions)
    for key, cluster in clusters.items():
        target = _short_form_target(key, cluster, clusters, index)
        if target != key:
            targets[key] = target
    for key, target in sorted(targets.items(), key=lambda item: item[0][1]):
        cluster = clusters.pop(key)
        if target is None:
            for name in cluster.names:
                result.names[loose_key(name)] = None
            continue
        final = target
        seen = {key}
        while final in targets and targets[final] is not None and final not in seen:
            seen.add(final)
            final = targets[final]  # type: ignore[assignment]
        if final in seen:
            clusters[key] = cluster  # two names that point at each other: both stay
            continue
        into = clusters.get(final)
        if into is None:
            continue
        is_local = (
            cluster.kind is Kind.PERSON
            or cluster.kind is Kind.PLACE
            or _word_of_name(key, final, cluster)
        )
        for name, count in cluster.names.items():
            if is_local:
                into.local.add(name)
            else:
                into.names[name] += count
        into.types.update(cluster.types)
        for name in cluster.names:
            result.names[loose_key(name)] = (into.canonical(), into.kind)
    for (kind, _), cluster in sorted(
        clusters.items(), key=lambda item: (item[0][0].value, item[0][1])
    ):
        canonical = cluster.canonical()
        type_name = _best_type(cluster)
        aliases = tuple(sorted(n for n in cluster.names if n != canonical))
        local = tuple(sorted(n for n in cluster.local if loose_key(n) != loose_key(canonical)))
        result.declarations.append(
            EntityDeclaration(
                name=canonical,
                type=ENTITY_TYPES[type_name],
                aliases=aliases,
                local_aliases=local,
                source_id=extraction.source_id,
            )
        )
        for name in (*cluster.names, *cluster.local):
            result.names.setdefault(loose_key(name), (canonical, kind))
        for name in cluster.names:
            result.names[loose_key(name)] = (canonical, kind)
    return result


def _with_division_word(mention: Mention) -> bool:
    """Is the mention's text its place's name and a lower-case word for a division after it
    ("Konawe regency" of "Konawe")?"""
    text, name = mention.text, mention.entity
    rest = text[len(name) :].strip()
    return (
        text.startswith(name + " ") and rest.islower() and rest.isalpha() and len(rest.split()) == 1
    )


def _people_inside_companies(mentions: list[Mention]) -> list[Mention]:
    """A "person" or "product" whose name is the rest of a company name after a place ("Wudang
    Axle" beside "Shiyan Wudang Axle Company"), or its first word and kind words of it ("<X>
    Battery" beside "<X> Power Battery Technology Co., Ltd."), is that company named short: NER
    mistook it."""
    places = {loose_key(m.entity) for m in mentions if m.type and m.type.kind is Kind.PLACE}
    companies = {
        loose_key(m.entity) for m in mentions if m.type and m.type.kind is Kind.ORGANIZATION
    }
    out = []
    for m in mentions:
        loose = loose_key(m.entity)
        if (
            m.type is not None
            and m.type.kind in (Kind.PERSON, Kind.OTHER)
            and len(loose.split()) > 1
            and (
                sum(_after_place(loose, c, places) for c in companies) == 1
                # "<X> Battery ranked fifth" beside "<X> Power Battery Technology Co., Ltd."
                or sum(_kind_short(loose, c) for c in companies) == 1
            )
        ):
            m = replace(m, type=ENTITY_TYPES["Organization"])
        out.append(m)
    return out


def _kind_short(loose: str, company: str) -> bool:
    """Is ``loose`` the company's name proper and kind words of its own name ("<X> Battery"
    of "<X> Power Battery Technology Co., Ltd.")?"""
    words, whole = loose.split(), company.split()
    return (
        len(whole) > len(words)
        and words[0] == whole[0]
        and all(w in COMPANY_KIND_WORDS and w in whole[1:] for w in words[1:])
    )


def _surnames_misread(mentions: list[Mention]) -> list[Mention]:
    """A one-word "organization" NER found that is the family name of the one person the
    document named in full before it ("Wróbel expects" after "Tomasz Wróbel, a Polish
    engineer", or the first of two family names) is that person: the small model reads unfamiliar surnames as companies. Two people
    of that surname, or a name a rule (not NER) found, leave it alone."""
    people = [
        (m.start, loose_key(m.entity).split())
        for m in mentions
        if m.type is not None and m.type.kind is Kind.PERSON
    ]
    out = []
    for m in mentions:
        loose = loose_key(m.entity)
        if (
            m.type is not None
            and m.type.kind is Kind.ORGANIZATION
            and m.agent.endswith(".ner")
            and len(loose.split()) == 1
        ):
            owners = {
                tuple(words)
                for start, words in people
                if len(words) > 1
                and loose
                in (words[-1], _first_surname(words))  # ("Rincón" of "<G> <G> Rincón <F>")
                and start < m.start
            }
            if len(owners) == 1:
                m = replace(m, type=ENTITY_TYPES["Person"])
        out.append(m)
    return out


#: what may follow a family name: "Jr.", "III"
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _first_surname(words: list[str]) -> str | None:
    """The first of two family names of a name of four words or more (two given names, two
    family names: "Luis Alberto | Garza | Treviño"); None for a shorter name, where a middle
    word is as often a second given name ("Juan Carlos Ferrero")."""
    while words and words[-1] in _NAME_SUFFIXES:
        words = words[:-1]
    return words[-2] if len(words) >= 4 else None


def _hyphenated(name: str) -> bool:
    """Is ``name`` one word joined by a hyphen ("Owusu-Ansah"), a double family name?"""
    return re.fullmatch(r"\w+[-‐][\w]+", name) is not None


def _best_type(cluster: _Cluster) -> str:
    """The most specific type the mentions agree on ("City" over "Place")."""
    ranked = sorted(cluster.types.items(), key=lambda item: (-item[1], item[0]))
    for name, _ in ranked:
        entity_type: EntityType = ENTITY_TYPES[name]
        if entity_type.cls != entity_type.kind.base_class:
            return name
    return ranked[0][0]


def _short_form_target(
    key: tuple[Kind, str],
    cluster: _Cluster,
    clusters: dict[tuple[Kind, str], _Cluster],
    mentions: _MentionIndex,
) -> tuple[Kind, str] | None:
    """The cluster a short form belongs to; ``key`` itself when it is no short form; None if ambiguous."""
    kind, loose = key
    words = loose.split()
    if kind is Kind.PERSON and len(words) == 1:
        found = [
            other
            for other in clusters
            if other[0] is Kind.PERSON
            and len(other[1].split()) > 1
            # first or last name, or the first of two surnames ("Garza" of "Luis Alberto Garza
            # Treviño"; not "Carlos" of "Juan Carlos Ferrero", "Luther" of "Martin Luther King")
            and (
                words[0] in (other[1].split()[0], other[1].split()[-1])
                or words[0] == _first_surname(other[1].split())
            )
        ]
        if len(found) == 1:
            return found[0]
        return None if found else key
    if (
        kind is Kind.PERSON
        and len(words) == 2
        and (words[0] in FAMILY_PARTICLES or _hyphenated(cluster.canonical()))
    ):
        # "Al Mansouri" after "Khalid Al Mansouri", "Owusu-Ansah" after "Kwabena Owusu-Ansah":
        # a family name of two words (not "Paul Jones" after "John Paul Jones": another man
        # may carry the two names)
        found = [
            other
            for other in clusters
            if other[0] is Kind.PERSON
            and len(other[1].split()) > 2
            and other[1].split()[-2:] == words
        ]
        if len(found) == 1:
            return found[0]
        return None if found else key
    if kind is Kind.ORGANIZATION:
        name = cluster.canonical()
        longer = [
            other
            for other in clusters
            if other[0] is Kind.ORGANIZATION
            and other != key
            and other[1].startswith(loose + " ")
            and (
                _legal_base(other[1]) == _legal_base(loose)
                # "Andes Pacific" for "Andes Pacific Imports S.A.": a name of two words or more
                # and the kind of company after it
                or (
                    len(words) > 1
                    and _legal_base(other[1]).startswith(loose + " ")
                    and (
                        _goods_words_only(_legal_base(other[1])[len(loose) + 1 :])
                        # "<X> Photonics" for "<X> Photonics Technology": a tail the name
                        # is written without
                        or _legal_base(other[1])[len(loose) + 1 :] in _TECHNOLOGY_TAILS
                        # "<X> Huanong" for "<X> Huanong Agricultural Machinery Co.": the trade
                        # of a company that has a legal form (not "<X> International")
                        or (
                            _legal_form_ends_loose(other[1])
                            and _trade_words_only(_legal_base(other[1])[len(loose) + 1 :])
                        )
                    )
                )
            )
        ]
        fullest = max(longer, key=lambda other: len(other[1]), default=None)
        if fullest is not None and all(
            fullest[1] == other[1] or fullest[1].startswith(other[1] + " ") for other in longer
        ):
            # one company, maybe written with and without its legal form: the fullest name
            return fullest
        if len(words) == 2 and not longer and words[0] in _place_names(clusters):
            # "<Town> <X>" for "<Town> <X> Cold Chain Logistics Co., Ltd.": a company's home
            # and name proper, the one company of the text whose name opens so
            opened = [
                other
                for other in clusters
                if other[0] is Kind.ORGANIZATION
                and other[1].startswith(loose + " ")
                and _legal_form_ends_loose(other[1])
            ]
            if len(opened) == 1:
                return opened[0]
        kinds = words[1:]  # "Hanyuan Group" for "Jiangsu Hanyuan Heavy Machinery Group Co."
        if (
            len(words[0]) > 2
            and not _is_acronym(name)
            and all(w in COMPANY_KIND_WORDS or w in LEGAL_WORDS for w in kinds)
        ):
            # "Hengyu" after "Hengyu Shoes": the one company whose name holds the word
            places = _place_names(clusters)
            holders = [
                other
                for other in clusters
                if other[0] is Kind.ORGANIZATION
                and other != key
                and _named_by_word(other[1], words[0], places)
                and all(w in other[1].split() for w in kinds)
                # with kind words, only for a name that opens with its place: "<X> Ltd." is
                # not "<X> Energy Ltd.", but "<X> Group" is "<Province> <X> Machinery Group"
                # (kind words with no legal form, "<X> Battery" of "<X> Power Battery
                # Technology Co.", name it whatever opens it; not "Tata Steel" of "Tata Steel
                # Mining", a company of its own with more words after)
                and (
                    not kinds
                    or not other[1].startswith(words[0] + " ")
                    or (
                        not any(w in LEGAL_WORDS for w in kinds)
                        and not other[1].startswith(loose + " ")
                    )
                )
            ]
            if len({_legal_base(h[1]) for h in holders}) == 1:
                # "Nawaat Industrial" and "Nawaat Industrial Company": one company, written
                # with and without its legal form; the fullest name holds the word
                holders = [max(holders, key=lambda h: len(h[1]))]
            # "<Brand>" beside only "<Brand> Motors Chile": the brand, not its regional arm
            if len(holders) == 1 and not _ends_with_place(holders[0][1], places):
                return holders[0]
    if (
        kind is Kind.PLACE
        and _is_acronym(cluster.canonical())
        and cluster.canonical() not in COUNTRY_ABBREVIATIONS  # "in Paris. UK officials ..."
    ):
        # "<X> Convention Center (SECC)": a venue's bracketed acronym; a place is never
        # matched by its initials alone ("USA" is no "United States of America" here)
        explicit = _bracketed(cluster.canonical(), kind, mentions, clusters)
        if explicit is not None:
            return explicit
    if kind is Kind.EVENT:
        # "<X> Business Forum" beside "2025 <X> Business Forum": the edition the text reports
        # (or "2025 <X> Promotion Week (Australia)": the edition and where it is held)
        editions = [
            other
            for other, c in clusters.items()
            if other[0] is Kind.EVENT
            and (
                re.fullmatch(rf"(?:19|20)\d\d {re.escape(loose)}", other[1])
                or re.fullmatch(
                    rf"(?:(?:19|20)\d\d )?{re.escape(cluster.canonical())} \([^()]+\)",
                    c.canonical(),
                )
            )
        ]
        if len(editions) == 1:
            return editions[0]
    if kind in (Kind.ORGANIZATION, Kind.EVENT, Kind.INDUSTRY_CLUSTER):
        name = cluster.canonical()
        if _is_short_name(name) or (name.isalpha() and name.istitle()):
            # "<X> Investment Authority (KenInvest)", "<X> Chamber of Commerce and Industry
            # (Kadin)": a one-word short name in brackets
            explicit = _bracketed(name, kind, mentions, clusters)
            if explicit is not None:
                return explicit
        if not _is_acronym(name):
            # '<Place> <X> Agri-Food Co., Ltd. ("<X>" or "the Company")': a press release's
            # defined name, a word of the name it follows; '<X> OOD ("the Joint Venture")':
            # a defined term of its own
            defined = _bracketed(name, kind, mentions, clusters, quoted=True)
            if defined is not None and (" " in name or loose in defined[1].split()):
                return defined
        words = name.split()
        if len(words) > 1 and not _is_acronym(words[0]):
            # "<Place> <X> Industrial Park Development Co., Ltd. (<X> Development)": a short name
            # in brackets made of the full name's own words
            explicit = _bracketed(name, kind, mentions, clusters)
            # ("<Place> <X> Motor Co., Ltd. (<X> Motors)": a word may take a plural)
            if explicit is not None and (
                _singular(loose) <= _singular(explicit[1])
                # "(Changsha ETDZ)", "(Xi'an Hi-tech Zone)": its first word, then capitals or
                # words ending on its head
                or shortens(name, clusters[explicit].canonical())
            ):
                return explicit
        if len(words) == 2 and _is_acronym(words[1]) and not _is_acronym(words[0]):
            # "Pavlodar SEZ" beside "Pavlodar special economic zone", "Changsha ETDZ": a place's
            # name, then the initials of the rest of the one name that opens with it
            spelled = [
                other
                for other, c in clusters.items()
                if other[0] is kind
                and other != key
                and other[1].split()[0] == loose.split()[0]
                and len(other[1].split()) > 2
                and acronym_matches(words[1], " ".join(c.canonical().split()[1:]))
            ]
            if len(spelled) == 1:
                return spelled[0]
        if len(words) == 2 and _is_acronym(words[0]) and words[1][:1].isupper():
            # "<X> Sub-Council of the China Council for ... (CCPIT Gansu)", "(CCI KR)"; not
            # "(BBC News)" after the corporation, a part of it
            explicit = _bracketed(name, kind, mentions, clusters)
            if explicit is not None and bracket_word_fits(words[1], clusters[explicit].canonical()):
                return explicit
        if _is_acronym(name):
            explicit = _bracketed(name, kind, mentions, clusters)
            if explicit is not None:
                return explicit
            found = [
                other
                for other, c in clusters.items()
                if other[0] is kind and other != key and acronym_matches(name, c.canonical())
            ]
            if len(found) == 1:
                return found[0]
        if kind is Kind.ORGANIZATION and set(loose.split()) <= _MISSION_WORDS:
            # "the Consulate General" after "Consulate General of <State> in <City>": the one
            # mission of the text so named
            missions = [
                other
                for other in clusters
                if other[0] is Kind.ORGANIZATION
                and (other[1].startswith(loose + " of ") or other[1].startswith(loose + " in "))
            ]
            if len(missions) == 1:
                return missions[0]
        if kind is Kind.ORGANIZATION:
            places = {other[1] for other in clusters if other[0] is Kind.PLACE}
            # "Qingxu" of "Qingxu County" begins company names as the place it is
            places |= {
                " ".join(p.split()[:-1])
                for p in places
                if len(p.split()) > 1 and p.split()[-1] in ADMIN_WORDS
            }
            found = [
                other
                for other in clusters
                if other[0] is Kind.ORGANIZATION and _after_place(loose, other[1], places)
            ]
            return found[0] if len(found) == 1 else key
    if kind is Kind.INDUSTRY_CLUSTER and len(words) > 1:
        found = [
            other
            for other in clusters
            if other[0] is Kind.INDUSTRY_CLUSTER and other != key and other[1].endswith(" " + loose)
        ]
        if len(found) == 1:
            return found[0]
    if kind is Kind.PLACE and "Country" in cluster.types:
        # "China" beside "People's Republic of China", "UK" beside "United Kingdom": one
        # country under its fullest name
        same = _same_country(loose, clusters)
        if same is not None:
            return same
    if kind is Kind.PLACE and not cluster.types.keys() & {"Country"}:
        areas = [
            other
            for other in clusters
            if other[0] is Kind.PLACE
            and other[1].startswith(loose + " ")
            and (
                (
                    # "Haidian" of "Haidian District", "Xi'an" of "Xi'an Municipality"
                    len(other[1].split()) == len(words) + 1
                    and other[1].split()[-1] in ADMIN_WORDS
                    # a city is not the state or province named after it ("Lagos", "Lagos State")
                    and not ("City" in cluster.types and other[1].split()[-1] in WIDER_DIVISIONS)
                )
                # "Xinjiang" of "Xinjiang Uygur Autonomous Region": the peoples it is named for
                or AUTONOMOUS_REST.fullmatch(other[1][len(loose) + 1 :]) is not None
            )
        ]
        if len(areas) == 1:
            return areas[0]  # "Fujian" beside "Fujian Province" and a "Fujian pavilion"
        venues = [  # "<Name> exhibition center"
            other
            for other, c in clusters.items()
            if other[0] is Kind.PLACE
            and other[1].startswith(loose + " ")
            and len(words) == 1
            # (a key with a space may be a name with none: "<Name>-<Name>" keys as two words)
            and len(rest := c.canonical().split(None, 1)) == 2
            and rest[1].islower()
        ]
        # (a town the text names is no venue's short name: "the <City> pavilion" is its pavilion)
        towns = cluster.types.keys() & {"City", "AdministrativeArea", "Continent"}
        if not areas and len(venues) == 1 and not towns:
            return venues[0]
    if kind is Kind.PLACE and len(words) > 1 and not cluster.types.keys() & {"Country"}:
        # "EXPO XXI" beside "EXPO XXI exhibition centre": the venue named without its noun
        found = [
            other
            for other, c in clusters.items()
            if other[0] is Kind.PLACE
            and other[1].startswith(loose + " ")
            and c.canonical()[len(cluster.canonical()) :].strip().islower()
        ]
        if len(found) == 1:
            return found[0]
    return key


def _same_country(
    loose: str, clusters: dict[tuple[Kind, str], _Cluster]
) -> tuple[Kind, str] | None:
    """The cluster with the fullest name of the country ``loose`` names, when that is another."""
    gazetteer = default_gazetteer()
    own = gazetteer.lookup(loose, feature="country")
    if own is None or not own.country_code:
        return None
    names = [
        other
        for other, c in clusters.items()
        if other[0] is Kind.PLACE
        and "Country" in c.types
        and (place := gazetteer.lookup(other[1], feature="country")) is not None
        and place.country_code == own.country_code
    ]
    fullest = max(names, key=lambda other: (len(other[1]), other[1]), default=None)
    return fullest if fullest is not None and fullest[1] != loose else None


#: the words of a diplomatic mission's name that name no state or place ("Consulate General")
_MISSION_WORDS = frozenset(
    {"embassy", "consulate", "general", "consulate-general", "high", "commission", "mission"}
)


def _after_place(short: str, name: str, places: set[str]) -> bool:
    """Is ``short`` the words of ``name`` that follow a place the document names ("jinsha
    solar" in "sichuan jinsha solar energy group")? Such a short form is the company itself; a
    name that only begins with it ("<brand> peru") is another company, its national arm."""
    padded = f" {name} "
    at = padded.find(f" {short} ")
    return at > 0 and padded[1:at] in places and short not in places


#: the tail a company's name is written short without ("<X> Photonics Technology")
_TECHNOLOGY_TAILS = frozenset({"technology", "technologies", "tech"})
#: kind words that may name a unit of a company as well ("<X> International", "<X> Group")
_UNIT_WORDS = frozenset(
    {"international", "group", "holdings", "co", "company", "corporation", "corp", "ltd",
     "limited", "enterprises", "media", "travel", "capital", "global"}
)  # fmt: skip


def _trade_words_only(words: str) -> bool:
    """Do these words only say what trade a company is in ("Agricultural Machinery")?"""
    return bool(words.split()) and all(
        w in COMPANY_KIND_WORDS and w not in _UNIT_WORDS for w in words.split()
    )


def _legal_form_ends_loose(loose: str) -> bool:
    """Does a loose name end with a legal form ("... co ltd", "... pty ltd", "... gmbh")?"""
    return loose.split()[-1] in LEGAL_WORDS


def _place_names(clusters: dict[tuple[Kind, str], _Cluster]) -> set[str]:
    """The loose names of the places of ``clusters``, also without a last word that says what
    kind of division they are ("jiangsu" for "jiangsu province")."""
    places = {other[1] for other in clusters if other[0] is Kind.PLACE}
    return places | {
        p.rsplit(" ", 1)[0] for p in places if " " in p and p.rsplit(" ", 1)[1] in ADMIN_WORDS
    }


#: words after a company's name that say what it trades in, not a unit of its own ("<X>
#: Imports S.A." is "<X>"; "<X> International" and "<X> Mining" may be companies of their own)
GOODS_WORDS = frozenset(
    {
        "imports", "exports", "import", "export", "trading", "foods", "food", "milk", "dairy",
        "tea", "wine", "wines", "liquor", "spirits", "beer", "rice", "oil", "fruit", "fruits",
        "coffee", "distribution", "ceramics", "porcelain",
    }
)  # fmt: skip


def _goods_words_only(words: str) -> bool:
    """Do these words only say what a company trades in ("Imports", "Milk", "Ceramics")?"""
    return bool(words.split()) and all(w in GOODS_WORDS for w in words.split())


def _named_by_word(name: str, word: str, places: set[str]) -> bool:
    """Is ``word`` the name proper of the company ``name``: after the place that may open it and
    before words that only say what kind of company it is ("Shijiazhuang Kangning Biomedical",
    "Hengyu Shoes"; not "Huawei Cloud", a unit with a name of its own)?"""
    words = name.split()
    if word not in words:
        return False
    at = words.index(word)
    opening, rest = " ".join(words[:at]), words[at + 1 :]
    return (
        bool(rest)
        and (not opening or opening in places)
        and all(w in COMPANY_KIND_WORDS or w in LEGAL_WORDS for w in rest)
    )


def _ends_with_place(loose: str, places: set[str]) -> bool:
    words = loose.split()
    return any(" ".join(words[-n:]) in places for n in (1, 2, 3) if len(words) > n)


def _word_of_name(key: tuple[Kind, str], target: tuple[Kind, str], cluster: _Cluster) -> bool:
    """Is ``key`` a company named by one word of ``target``'s name (a local alias), rather than
    by its acronym or without its legal form?"""
    word = key[1]
    return (
        key[0] is Kind.ORGANIZATION
        and len(word.split()) == 1
        and not _is_acronym(cluster.canonical())
        and not (target[1].startswith(word + " ") and _legal_base(target[1]) == _legal_base(word))
    )


def _legal_base(loose: str) -> str:
    """A company's loose key without its trailing legal form ("tianhe foods co ltd" -> "tianhe foods")."""
    words = loose.split()
    while len(words) > 1:
        size = next(
            (
                n
                for n in range(min(LEGAL_WORDS_MAX, len(words) - 1), 0, -1)
                if " ".join(words[-n:]) in LEGAL_WORDS
            ),
            0,
        )
        if not size:
            break
        del words[-size:]  # "s a", "s r l": a legal form spelt with points is several words
    return " ".join(words)


class _MentionIndex:
    """A document's mentions by name and by where they end, so that "the name just before this
    one" is a lookup, not a scan of every mention."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_entity: dict[str, list[Mention]] = defaultdict(list)
        self.by_end: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            self.by_entity[m.entity].append(m)
            self.by_end[m.end].append(m)


def _singular(name: str) -> set[str]:
    """The words of a loose key, each without a plural "s" ("motors" -> "motor")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name.split()}


def _bracketed(
    acronym: str,
    kind: Kind,
    mentions: _MentionIndex,
    clusters: dict[tuple[Kind, str], _Cluster],
    *,
    quoted: bool = False,
) -> tuple[Kind, str] | None:
    """ "Full Name (ACR)": the mention of this kind that ends just before the bracketed acronym
    (with ``quoted``, a quoted name in the bracket: 'Full Name ("Short")')."""
    gaps = (3, 7) if quoted else (1, 2)  # ' ("', ' ("the '; ' (', '('
    for m in mentions.by_entity.get(acronym, ()):
        if quoted and not m.agent.endswith(".defined-name"):
            continue
        if m.agent.endswith(".anaphor"):
            continue  # "<Arm>, the group's subsidiary": a description after a comma, no bracket
        bracketed = m.agent.endswith(".acronym")
        before = sorted(
            (
                o
                for gap in gaps
                # "<Name>(ACR)" only where the extractor read the bracket: not "HUZHOU/RAYONG";
                # a word that is no acronym only there too ("<Department>, <Company>" in a
                # contact line is no bracket)
                if quoted or bracketed or (gap > 1 and _is_acronym(acronym))
                for o in mentions.by_end.get(m.start - gap, ())
            ),
            key=lambda o: o.start,
        )
        for other in before:
            if (
                other.type is not None
                and other.type.kind is kind
                and other.entity != acronym
                and (not quoted or len(other.entity) > len(acronym))  # a short name defined
            ):
                key = (kind, loose_key(other.entity))
                if key in clusters:
                    return key
    return None
