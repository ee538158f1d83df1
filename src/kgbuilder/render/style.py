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
