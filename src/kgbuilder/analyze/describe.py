"""Plain-text descriptions of what the projection holds: citations, qualifiers, figures.

Paths, neighbourhoods and the HTML view all say the same things about a relation (its post title,
its date, where it was read), so the wording lives here once. The functions take the plain dicts
of the projection and return text; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def cite(evidence: Mapping[str, Any]) -> str:
    """Where a relation was read, as one line: the sentence and its document, or the record.

    Examples
    --------
    >>> cite({"sentence": "Ana works for Acme.", "title": "Acme news", "published": "2024-11",
    ...       "start": 0, "end": 19, "method": "extracted", "confidence": 0.8})
    '“Ana works for Acme.” — Acme news (2024-11), characters 0–19; extracted, confidence 0.8'
    >>> cite({"path": "records/acme.yaml", "line": 12, "method": "curated",
    ...       "primary_title": "Acme news", "primary_published": "2024-11"})
    'records/acme.yaml, line 12, from “Acme news” (2024-11); curated'
    """
    document = evidence.get("title") or evidence.get("path") or evidence.get("source") or "?"
    if evidence.get("published"):
        document += f" ({evidence['published']})"
    if evidence.get("sentence"):
        text = f"“{evidence['sentence']}” — {document}"
        if evidence.get("start") is not None and evidence.get("end") is not None:
            text += f", characters {evidence['start']}–{evidence['end']}"
    elif evidence.get("line") is not None:
        text = f"{evidence.get('path') or document}, line {evidence['line']}"
    else:
        text = document
    if evidence.get("primary_title") or evidence.get("primary_source"):
        text += f", from “{evidence.get('primary_title') or evidence.get('primary_source')}”"
        if evidence.get("primary_published"):
            text += f" ({evidence['primary_published']})"
    if evidence.get("url"):
        text += f" <{evidence['url']}>"
    how = str(evidence.get("method") or "")
    confidence = evidence.get("confidence")
    if how and confidence is not None and confidence < 1:
        how += f", confidence {confidence:g}"
    return f"{text}; {how}" if how else text


def qualifier_text(qualifiers: Mapping[str, Any]) -> str:
    """A relation's qualifiers in a few words: post titles, date, amount.

    Examples
    --------
    >>> qualifier_text({"roles": ["General Manager"]})
    'General Manager'
    >>> qualifier_text({"date": "2011", "amount": "5000000", "currency": "USD"})
    '2011, 5000000 USD'
    >>> qualifier_text({})
    ''
    """
    parts = [", ".join(qualifiers.get("roles", []))]
    parts.append(str(qualifiers.get("date") or ""))
    if qualifiers.get("amount"):
        parts.append(f"{qualifiers['amount']} {qualifiers.get('currency') or ''}".strip())
    return ", ".join(p for p in parts if p)


def figure_text(figure: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """A figure or rank in words; ``labels`` names the place (node id -> label).

    Examples
    --------
    >>> figure_text({"measure": "rank", "value": "1", "scope": "among imported brands",
    ...              "place": "x/place/chile", "period": "2024-01/2024-09"}, {"x/place/chile": "Chile"})
    'rank 1 among imported brands (Chile, 2024-01/2024-09)'
    >>> figure_text({"measure": "sales", "value": "6153", "unit": "units"}, {})
    'sales 6153 units'
    """
    text = f"{figure.get('measure')} {figure.get('value')}"
    for extra in (figure.get("unit"), figure.get("scope")):
        if extra:
            text += f" {extra}"
    where = [labels.get(figure["place"], figure["place"]) if figure.get("place") else None]
    where.append(figure.get("period"))
    context = ", ".join(str(w) for w in where if w)
    return f"{text} ({context})" if context else text
