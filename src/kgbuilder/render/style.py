"""How each kind of entity looks in the network view: colour and shape, one table."""

from __future__ import annotations

from kgbuilder.kinds import Kind

#: kind -> (colour, vis-network shape); colours from the Tableau 10 palette (colour-blind aware)
KIND_STYLE: dict[str, tuple[str, str]] = {
    Kind.PERSON.value: ("#4e79a7", "dot"),
    Kind.ORGANIZATION.value: ("#f28e2b", "square"),
    Kind.PLACE.value: ("#59a14f", "triangle"),
    Kind.EVENT.value: ("#e15759", "star"),
    Kind.INDUSTRY_CLUSTER.value: ("#b07aa1", "diamond"),
    Kind.OTHER.value: ("#9c755f", "hexagon"),
}


def shade(colour: str, factor: float) -> str:
    """``#rrggbb`` darkened (factor < 1) or lightened towards white (factor > 1).

    >>> shade("#808080", 0.5)
    '#404040'
    >>> shade("#808080", 2.0)
    '#ffffff'
    """
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    if factor <= 1:
        mixed = [round(c * factor) for c in channels]
    else:
        mixed = [round(c + (255 - c) * min(factor - 1, 1)) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def node_colour(colour: str) -> dict[str, object]:
    """The vis-network colour of a node of this kind: filled, with a darker border."""
    border = shade(colour, 0.7)
    return {
        "background": colour,
        "border": border,
        "highlight": {"background": shade(colour, 1.25), "border": "#1f2328"},
        "hover": {"background": shade(colour, 1.15), "border": border},
    }
