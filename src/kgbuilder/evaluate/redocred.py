"""Re-DocRED (Wikipedia, entity clusters, Wikidata relations): mentions and mapped relations.

Each document's text is its tokens joined by single spaces, so gold mentions get character
offsets. Mentions are scored at the span level: a predicted mention matches a gold one with the
same characters and the same type under this mapping of kinds (TIME and NUM are not entities in
kgbuilder's model and are left out of both sides):

    Person -> PER, Organization -> ORG, Place -> LOC, Event / IndustryCluster / Other -> MISC

A place written as a demonym ("German") is MISC in Re-DocRED's guidelines, so such mentions are
scored as MISC. The bare spaCy pipeline is scored on the same documents and the same terms
(PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, NORP/EVENT/WORK_OF_ART/LAW/PRODUCT/LANGUAGE -> MISC).

Relations are scored per document between gold entity clusters, for the Wikidata properties that
correspond to kgbuilder's labels (``PROPERTY_MAP``). The predicted relations are those of the graph
``kgbuilder extract`` makes of the document (extraction, resolution, GeoNames containment); a
relation's ends are matched to a cluster when one of the entity's names equals one of the
cluster's mention names (``eval_key``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder.datamodel import Document, Source, SourceKind
from kgbuilder.evaluate.keys import eval_key
from kgbuilder.evaluate.score import Counts
from kgbuilder.kinds import Kind

#: Wikidata property -> (kgbuilder label, reversed?); reversed means t -> h in kgbuilder's direction
PROPERTY_MAP: dict[str, tuple[str, bool]] = {
    "P108": ("worksFor", False),  # employer
    "P27": ("nationality", False),  # country of citizenship
    "P749": ("partOf", False),  # parent organization
    "P361": ("partOf", False),  # part of (organizations only)
    "P355": ("partOf", True),  # subsidiary
    "P131": ("locatedIn", False),  # located in the administrative territorial entity
    "P17": ("locatedIn", False),  # country (of a non-person)
    "P159": ("locatedIn", False),  # headquarters location
    "P276": ("locatedIn", False),  # location
    "P150": ("locatedIn", True),  # contains administrative territorial entity
    "P710": ("participatedIn", True),  # participant
    "P1344": ("participatedIn", False),  # participant in
    "P127": ("acquired", True),  # owned by
    "P664": ("organizedBy", False),  # organizer
}
KIND_TYPE = {
    Kind.PERSON: "PER",
    Kind.ORGANIZATION: "ORG",
    Kind.PLACE: "LOC",
    Kind.EVENT: "MISC",
    Kind.INDUSTRY_CLUSTER: "MISC",
    Kind.OTHER: "MISC",
}
SPACY_TYPE = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}
SCORED_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})


@dataclass
class RedocredDocument:
    document: Document
    mentions: set[tuple[int, int, str]]  # (start, end, type)
    clusters: list[set[str]]  # eval keys of each entity's mention names
    cluster_types: list[str]
    relations: set[tuple[int, str, int]]  # (h cluster, label, t cluster) in kgbuilder direction


@dataclass
class RedocredScore:
    documents: int = 0
    words: int = 0
    mentions: Counts = field(default_factory=Counts)
    mentions_untyped: Counts = field(default_factory=Counts)
    mentions_by_type: dict[str, Counts] = field(default_factory=dict)
    baseline_mentions: Counts = field(default_factory=Counts)
    baseline_untyped: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    relations_by_label: dict[str, Counts] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "words": self.words,
            "mentions": self.mentions.to_dict(),
            "mentions_untyped": self.mentions_untyped.to_dict(),
            "mentions_by_type": {k: v.to_dict() for k, v in sorted(self.mentions_by_type.items())},
            "baseline_spacy_mentions": self.baseline_mentions.to_dict(),
            "baseline_spacy_untyped": self.baseline_untyped.to_dict(),
            "relations": self.relations.to_dict(),
            "relations_by_label": {
                k: v.to_dict() for k, v in sorted(self.relations_by_label.items())
            },
            "property_map": {p: list(v) for p, v in PROPERTY_MAP.items()},
        }


def load_redocred(path: Path, *, limit: int | None = None) -> list[RedocredDocument]:
    """Documents of a Re-DocRED JSON file with character offsets for every gold mention."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in raw[:limit] if limit else raw:
        offsets: list[list[tuple[int, int]]] = []
        parts: list[str] = []
        pos = 0
        for sentence in item["sents"]:
            row = []
            for token in sentence:
                if parts:
                    parts.append(" ")
                    pos += 1
                row.append((pos, pos + len(token)))
                parts.append(token)
                pos += len(token)
            offsets.append(row)
        text = "".join(parts)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        source = Source(
            id=f"sha256:{digest}", kind=SourceKind.DOCUMENT, title=item.get("title"), sha256=digest
        )
        mentions: set[tuple[int, int, str]] = set()
        clusters: list[set[str]] = []
        types: list[str] = []
        for vertex in item["vertexSet"]:
            names = set()
            for m in vertex:
                start = offsets[m["sent_id"]][m["pos"][0]][0]
                end = offsets[m["sent_id"]][m["pos"][1] - 1][1]
                if m["type"] in SCORED_TYPES:
                    mentions.add((start, end, m["type"]))
                names.add(eval_key(text[start:end]))
            clusters.append(names)
            types.append(vertex[0]["type"])
        relations = set()
        for label in item.get("labels", []):
            mapped = PROPERTY_MAP.get(label["r"])
            if mapped is None:
                continue
            h, t = (label["t"], label["h"]) if mapped[1] else (label["h"], label["t"])
            if not _allowed(mapped[0], types[h], types[t]):
                continue
            relations.add((h, mapped[0], t))
        out.append(RedocredDocument(Document(source, text), mentions, clusters, types, relations))
    return out


def _allowed(label: str, head: str, tail: str) -> bool:
    """Keep only gold relations whose kinds kgbuilder's label can join."""
    if label == "worksFor":
        return head == "PER" and tail == "ORG"
    if label == "nationality":
        return head == "PER" and tail == "LOC"
    if label == "partOf":
        return head == "ORG" and tail == "ORG"
    if label == "locatedIn":
        return head != "PER" and tail == "LOC" and head not in ("TIME", "NUM")
    if label == "participatedIn":
        return head in ("PER", "ORG") and tail == "MISC"
    if label == "acquired":
        return head == "ORG" and tail in ("ORG", "MISC")
    if label == "organizedBy":
        return head == "MISC" and tail in ("PER", "ORG")
    return False


def _add(counts: Counts, predicted: set[Any], gold: set[Any]) -> None:
    counts.tp += len(predicted & gold)
    counts.fp += len(predicted - gold)
    counts.fn += len(gold - predicted)


def evaluate_redocred(
    path: Path, *, limit: int | None = None, model: str = "auto"
) -> RedocredScore:
    """Extract every document (no knowledge base) and score mentions and mapped relations."""
    from kgbuilder.config import Settings
    from kgbuilder.extract.extractor import Extractor
    from kgbuilder.resolve.resolver import resolve
    from kgbuilder.sources.collect import SourceInputs

    settings = Settings()

    docs = load_redocred(path, limit=limit)
    extractor = Extractor(model)
    result = RedocredScore(
        documents=len(docs), words=sum(len(d.document.text.split()) for d in docs)
    )
    for item, extraction in zip(docs, extractor.extract_all(d.document for d in docs), strict=True):
        predicted = set()
        for m in extraction.mentions:
            if m.type is None or m.agent.endswith(".anaphor"):
                continue
            kind_type = "MISC" if m.agent.endswith(".demonym") else KIND_TYPE[m.type.kind]
            predicted.add((m.start, m.end, kind_type))
        _add(result.mentions, predicted, item.mentions)
        _add(result.mentions_untyped, {p[:2] for p in predicted}, {g[:2] for g in item.mentions})
        for kind_type in SCORED_TYPES:
            _add(
                result.mentions_by_type.setdefault(kind_type, Counts()),
                {p for p in predicted if p[2] == kind_type},
                {g for g in item.mentions if g[2] == kind_type},
            )
        graph_input = resolve(SourceInputs(documents=[item.document]), settings, [], [extraction])
        names_of = {
            e.key: {eval_key(n) for n in (e.name, *e.aliases)} for e in graph_input.entities
        }
        predicted_relations: set[tuple[int, str, int]] = set()
        for relation in graph_input.relations:
            s_keys, o_keys = names_of[relation.subject], names_of[relation.object]
            s_clusters = [i for i, c in enumerate(item.clusters) if c & s_keys]
            o_clusters = [i for i, c in enumerate(item.clusters) if c & o_keys]
            pairs = {(s, relation.label, o) for s in s_clusters for o in o_clusters}
            hit = pairs & item.relations
            if hit:
                predicted_relations |= hit
            elif relation.label != "relatedTo":
                unmatched = sorted(pairs)[:1] or [
                    (-1, relation.label, -len(predicted_relations) - 1)
                ]
                predicted_relations |= set(unmatched)
        _add(result.relations, predicted_relations, item.relations)
        for label in {r[1] for r in predicted_relations | item.relations}:
            _add(
                result.relations_by_label.setdefault(label, Counts()),
                {r for r in predicted_relations if r[1] == label},
                {r for r in item.relations if r[1] == label},
            )
    nlp = extractor.nlp
    for item, doc in zip(docs, nlp.pipe(d.document.text for d in docs), strict=True):
        baseline = {
            (e.start_char, e.end_char, SPACY_TYPE[e.label_])
            for e in doc.ents
            if e.label_ in SPACY_TYPE
        }
        _add(result.baseline_mentions, baseline, item.mentions)
        _add(result.baseline_untyped, {b[:2] for b in baseline}, {g[:2] for g in item.mentions})
    return result
