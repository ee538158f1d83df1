from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef

from kgbuilder.namespaces import XSD
from kgbuilder.query.frame import to_dataframe
from kgbuilder.store.results import QueryResult


def test_to_dataframe_gives_python_values_and_none_for_unbound() -> None:
    result = QueryResult(
        "SELECT",
        variables=["x", "n"],
        rows=[
            (URIRef("http://x/a"), Literal("6153", datatype=XSD.integer)),
            (URIRef("http://x/b"), None),
            (URIRef("http://x/c"), Literal("1.5", datatype=XSD.decimal)),
        ],
    )
    frame = to_dataframe(result)
    assert list(frame.columns) == ["x", "n"]
    assert frame["x"].tolist() == ["http://x/a", "http://x/b", "http://x/c"]
    assert frame["n"].tolist()[0] == 6153
    assert frame["n"].tolist()[1] is None
    assert frame["n"].tolist()[2] == Decimal("1.5")


def test_to_dataframe_of_graph_and_boolean_results() -> None:
    triples = [(URIRef("http://x/a"), URIRef("http://x/p"), Literal("v"))]
    frame = to_dataframe(QueryResult("CONSTRUCT", triples=triples))
    assert frame.to_dict("records") == [
        {"subject": "http://x/a", "predicate": "http://x/p", "object": "v"}
    ]
    assert to_dataframe(QueryResult("ASK", boolean=True))["boolean"].tolist() == [True]
