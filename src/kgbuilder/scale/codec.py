"""A document's ``Source`` and ``Extraction`` as plain JSON, and back, checked field by field.

The extraction cache (``kgbuilder.scale.cache``) keeps what the extractor read in each document in
this form. Reading it back never runs code (no pickle): every field is checked for its type, and
anything unexpected is a ``CacheFormatError``, which the cache treats as a miss.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from kgbuilder.datamodel import (
    Attribute,
    Evidence,
    Extraction,
    Figure,
    Mention,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.kinds import ENTITY_TYPES


class CacheFormatError(ValueError):
    """A cache entry that is not what this version of kgbuilder writes."""


# --- writing -------------------------------------------------------------------------------------


def source_to_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "kind": source.kind.value,
        "title": source.title,
        "path": source.path,
        "url": source.url,
        "published": source.published,
        "publisher": source.publisher,
        "sha256": source.sha256,
        "work_type": source.work_type,
        "cites": list(source.cites),
    }


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    return {
        "source_id": extraction.source_id,
        "extractor": extraction.extractor,
        "version": extraction.version,
        "mentions": [_mention(m) for m in extraction.mentions],
        "relations": [_relation(r) for r in extraction.relations],
        "figures": [_figure(f) for f in extraction.figures],
        "attributes": [_attribute(a) for a in extraction.attributes],
    }


def _mention(m: Mention) -> list[Any]:
    return [
        m.source_id,
        m.start,
        m.end,
        m.text,
        m.entity,
        m.type.name if m.type is not None else None,
        m.confidence,
        m.agent,
        m.agent_version,
    ]


def _provenance(p: Provenance) -> list[Any]:
    return [
        p.source_id,
        p.method,
        p.agent,
        p.agent_version,
        p.confidence,
        [[e.source_id, e.start, e.end, e.text, e.line] for e in p.evidence],
        list(p.primary_sources),
    ]


def _relation(r: Relation) -> list[Any]:
    q = r.qualifiers
    qualifiers = [q.role, q.date, None if q.amount is None else str(q.amount), q.currency]
    return [r.subject, r.label, r.object, _provenance(r.provenance), qualifiers]


def _figure(f: Figure) -> list[Any]:
    return [
        f.about,
        f.measure,
        str(f.value),
        _provenance(f.provenance),
        f.unit,
        f.period,
        f.place,
        f.scope,
    ]


def _attribute(a: Attribute) -> list[Any]:
    return [a.subject, a.name, a.value, _provenance(a.provenance)]


# --- reading -------------------------------------------------------------------------------------


def source_from_json(data: object) -> Source:
    obj = _dict(data, "source")
    try:
        kind = SourceKind(_str(obj.get("kind"), "source kind"))
    except ValueError:
        raise CacheFormatError(f"unknown source kind {obj.get('kind')!r}") from None
    return Source(
        id=_str(obj.get("id"), "source id"),
        kind=kind,
        title=_opt_str(obj.get("title"), "title"),
        path=_opt_str(obj.get("path"), "path"),
        url=_opt_str(obj.get("url"), "url"),
        published=_opt_str(obj.get("published"), "published"),
        publisher=_opt_str(obj.get("publisher"), "publisher"),
        sha256=_opt_str(obj.get("sha256"), "sha256"),
        work_type=_str(obj.get("work_type"), "work_type"),
        cites=tuple(_str(c, "cites") for c in _list(obj.get("cites"), "cites")),
    )


def extraction_from_json(data: object) -> Extraction:
    obj = _dict(data, "extraction")
    try:
        return Extraction(
            source_id=_str(obj.get("source_id"), "source_id"),
            mentions=tuple(_read_mention(m) for m in _list(obj.get("mentions"), "mentions")),
            relations=tuple(_read_relation(r) for r in _list(obj.get("relations"), "relations")),
            figures=tuple(_read_figure(f) for f in _list(obj.get("figures"), "figures")),
            attributes=tuple(
                _read_attribute(a) for a in _list(obj.get("attributes"), "attributes")
            ),
            extractor=_str(obj.get("extractor"), "extractor"),
            version=_str(obj.get("version"), "version"),
        )
    except (TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, CacheFormatError):
            raise
        raise CacheFormatError(f"malformed extraction: {exc}") from None


def _read_mention(data: object) -> Mention:
    source_id, start, end, text, entity, type_name, confidence, agent, version = _row(
        data, 9, "mention"
    )
    entity_type = None
    if type_name is not None:
        entity_type = ENTITY_TYPES.get(_str(type_name, "mention type"))
        if entity_type is None:
            raise CacheFormatError(f"unknown entity type {type_name!r}")
    return Mention(
        source_id=_str(source_id, "mention source"),
        start=_int(start, "mention start"),
        end=_int(end, "mention end"),
        text=_str(text, "mention text"),
        entity=_str(entity, "mention entity"),
        type=entity_type,
        confidence=_float(confidence, "confidence"),
        agent=_str(agent, "agent"),
        agent_version=_str(version, "agent version"),
    )


def _read_provenance(data: object) -> Provenance:
    source_id, method, agent, version, confidence, evidence, primary = _row(data, 7, "provenance")
    spans = []
    for item in _list(evidence, "evidence"):
        e_source, e_start, e_end, e_text, e_line = _row(item, 5, "evidence")
        spans.append(
            Evidence(
                source_id=_str(e_source, "evidence source"),
                start=_opt_int(e_start, "evidence start"),
                end=_opt_int(e_end, "evidence end"),
                text=_opt_str(e_text, "evidence text"),
                line=_opt_int(e_line, "evidence line"),
            )
        )
    return Provenance(
        source_id=_str(source_id, "provenance source"),
        method=_str(method, "method"),
        agent=_str(agent, "agent"),
        agent_version=_str(version, "agent version"),
        confidence=_float(confidence, "confidence"),
        evidence=tuple(spans),
        primary_sources=tuple(_str(p, "primary source") for p in _list(primary, "primary")),
    )


def _read_relation(data: object) -> Relation:
    subject, label, obj, provenance, qualifiers = _row(data, 5, "relation")
    role, date, amount, currency = _row(qualifiers, 4, "qualifiers")
    return Relation(
        subject=_str(subject, "subject"),
        label=_str(label, "label"),
        object=_str(obj, "object"),
        provenance=_read_provenance(provenance),
        qualifiers=Qualifiers(
            role=_opt_str(role, "role"),
            date=_opt_str(date, "date"),
            amount=None if amount is None else _decimal(amount, "amount"),
            currency=_opt_str(currency, "currency"),
        ),
    )


def _read_figure(data: object) -> Figure:
    about, measure, value, provenance, unit, period, place, scope = _row(data, 8, "figure")
    return Figure(
        about=_str(about, "about"),
        measure=_str(measure, "measure"),
        value=_decimal(value, "value"),
        provenance=_read_provenance(provenance),
        unit=_opt_str(unit, "unit"),
        period=_opt_str(period, "period"),
        place=_opt_str(place, "place"),
        scope=_opt_str(scope, "scope"),
    )


def _read_attribute(data: object) -> Attribute:
    subject, name, value, provenance = _row(data, 4, "attribute")
    return Attribute(
        subject=_str(subject, "subject"),
        name=_str(name, "name"),
        value=_str(value, "value"),
        provenance=_read_provenance(provenance),
    )


# --- checked access ------------------------------------------------------------------------------


def _dict(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CacheFormatError(f"{what}: expected an object")
    return value


def _list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise CacheFormatError(f"{what}: expected a list")
    return value


def _row(value: object, size: int, what: str) -> list[Any]:
    row = _list(value, what)
    if len(row) != size:
        raise CacheFormatError(f"{what}: expected {size} fields, found {len(row)}")
    return row


def _str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise CacheFormatError(f"{what}: expected a string")
    return value


def _opt_str(value: object, what: str) -> str | None:
    return None if value is None else _str(value, what)


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise CacheFormatError(f"{what}: expected a whole number")
    return value


def _opt_int(value: object, what: str) -> int | None:
    return None if value is None else _int(value, what)


def _float(value: object, what: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise CacheFormatError(f"{what}: expected a number")
    return float(value)


def _decimal(value: object, what: str) -> Decimal:
    try:
        number = Decimal(_str(value, what))
    except InvalidOperation:
        raise CacheFormatError(f"{what}: not a decimal number: {value!r}") from None
    if not number.is_finite():
        raise CacheFormatError(f"{what}: not a finite number: {value!r}")
    return number
