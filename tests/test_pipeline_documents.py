"""Documents through the whole build: mentions, evidence, curated entities winning, --docs."""

from __future__ import annotations

from pathlib import Path

import pytest

import kgbuilder
from kgbuilder.pipeline import run_extract

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = FIXTURES / "andes-fair.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("data")
    (data / "curation.yaml").write_text(
        "entities:\n  - Trade Office of the Ecuador Chamber of Commerce: {type: GovernmentOrganization, wikidata: Q1}\n",
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("out")
    graph = kgbuilder.build(data, out, render=False, documents=[FIXTURES])
    yield graph
    graph.close()


def test_build_docs_conforms_without_problems(built) -> None:  # type: ignore[no-untyped-def]
    assert built.report.problems == []
    assert built.report.validation.conforms, built.report.validation.violations


def test_build_docs_mentions_are_annotations_with_exact_offsets(built) -> None:  # type: ignore[no-untyped-def]
    text = ARTICLE.read_text(encoding="utf-8")
    rows = built.query(
        """SELECT ?start ?end ?exact WHERE {
             ?a a oa:Annotation ; oa:hasBody ?e ; oa:hasTarget ?t .
             ?e rdfs:label "Lena Ortiz" .
             ?t oa:hasSource ?doc ; oa:hasSelector ?p, ?q .
             ?doc kgb:sourcePath ?path . FILTER(STRENDS(?path, "andes-fair.txt"))
             ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }"""
    ).rows
    spans = {(int(s), int(e), str(x)) for s, e, x in rows}
    assert {x for _, _, x in spans} == {"Lena Ortiz", "Ortiz"}
    for start, end, exact in spans:
        assert text[start:end] == exact


def test_build_docs_relation_has_sentence_extractor_and_confidence(built) -> None:  # type: ignore[no-untyped-def]
    rows = built.query(
        """SELECT ?sentence ?agent ?version ?confidence WHERE {
             ?st rdf:subject ?s ; rdf:predicate schema:worksFor ; rdf:object ?o ;
                 prov:qualifiedDerivation ?d .
             ?s rdfs:label "Kai Zhou" .
             ?o rdfs:label "Dianchi Flower Group Ecuador Branch" .
             ?d kgb:confidence ?confidence ; kgb:evidence ?ev ;
                prov:hadActivity/prov:wasAssociatedWith ?ag .
             ?ag rdfs:label ?agent ; schema:softwareVersion ?version .
             ?ev oa:hasSelector/oa:exact ?sentence }"""
    ).rows
    assert rows
    sentence, agent, version, confidence = next(r for r in rows if str(r[0]).startswith("Kai Zhou"))
    assert "General Manager" in str(sentence)
    assert str(agent).startswith("kgbuilder.extract.")
    assert "en_core_web" in str(version)
    assert 0 < float(confidence) <= 1


def test_build_docs_curated_entity_wins(built) -> None:  # type: ignore[no-untyped-def]
    rows = built.query(
        """SELECT ?s WHERE { ?s a schema:GovernmentOrganization ;
             rdfs:label "Trade Office of the Ecuador Chamber of Commerce" ;
             owl:sameAs <http://www.wikidata.org/entity/Q1> }"""
    ).rows
    assert len(rows) == 1


def test_build_docs_one_entity_across_documents(built) -> None:  # type: ignore[no-untyped-def]
    rows = built.query(
        """SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
             ?p rdfs:label "Kai Zhou" . ?doc schema:mentions ?p }"""
    ).rows
    assert int(rows[0][0]) == 2


def test_build_docs_markdown_metadata(built) -> None:  # type: ignore[no-untyped-def]
    rows = built.query(
        """SELECT ?date WHERE { ?d dcterms:title "Flower growers meet in Cuenca" ;
             schema:datePublished ?date }"""
    ).rows
    assert [str(r[0]) for r in rows] == ["2025-06-02"]


def test_run_extract_uses_no_curated_records(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    result = run_extract([ARTICLE], out)
    assert result.problems == []
    assert result.documents == 1
    data = out.read_text(encoding="utf-8")
    assert "Lena Ortiz" in data
    assert "GovernmentOrganization" not in data
    again = tmp_path / "g2.ttl"
    run_extract([ARTICLE], again)
    assert again.read_bytes() == out.read_bytes()


def test_run_extract_reports_missing_and_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    result = run_extract([bad, tmp_path / "missing.txt", ARTICLE], tmp_path / "g.ttl")
    assert result.documents == 1
    assert len(result.problems) == 2


def test_why_query_gives_sentences_and_documents(built) -> None:  # type: ignore[no-untyped-def]
    result = built.run_saved(
        "why", {"subject": "person:lena-ortiz", "predicate": "schema:worksFor"}
    )
    assert result.rows
    row = dict(zip(result.variables, result.rows[0], strict=True))
    assert str(row["object"]).endswith(
        "organization/trade-office-of-the-ecuador-chamber-of-commerce"
    )
    assert str(row["sentence"]).startswith("Lena Ortiz, Director of the Trade Office")
    text = ARTICLE.read_text(encoding="utf-8")
    assert text[int(row["start"]) : int(row["end"])] == str(row["sentence"])
    assert str(row["method"]) == "extracted"
