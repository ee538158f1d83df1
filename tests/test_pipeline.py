"""The build end to end: determinism, bad inputs reported while the rest is built, atomic outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kgbuilder
from kgbuilder.config import Settings, StoreSettings


def test_build_twice_gives_identical_bytes(data_copy: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    kgbuilder.build(data_copy, first, render=False).close()
    kgbuilder.build(data_copy, second, render=False).close()
    for name in ("graph.trig", "graph.ttl"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # and a rebuild into the same folder changes nothing either
    before = (first / "graph.trig").read_bytes()
    kgbuilder.build(data_copy, first, render=False).close()
    assert (first / "graph.trig").read_bytes() == before


def test_build_reports_bad_records_and_builds_the_rest(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "records" / "broken.yaml").write_text("entities:\n  - [oops\n", encoding="utf-8")
    (data_copy / "records" / "partly-bad.yaml").write_text(
        "entities:\n  - Ana Lima: Person\n  - Bad: Nonsense\n"
        "relations:\n  - [Ana Lima, worksFor, Nobody Inc]\n  - [Ana Lima, nationality, Peru]\n",
        encoding="utf-8",
    )
    graph = kgbuilder.build(data_copy, tmp_path / "out", render=False)
    with graph:
        assert graph.report is not None
        shown = [(Path(p.path or "").name, p.line) for p in graph.report.problems]
        assert shown == [("broken.yaml", 3), ("partly-bad.yaml", 3), ("partly-bad.yaml", 5)]
        assert "unknown entity type 'Nonsense'" in graph.report.problems[1].message
        assert (
            "worksFor object 'Nobody Inc' is not a known entity" in graph.report.problems[2].message
        )
        # the good record of the partly bad file, and the seed records, are in the graph
        assert graph.query(
            "ASK { ?a rdfs:label 'Ana Lima' ; schema:nationality ?p . ?p rdfs:label 'Peru' }"
        ).boolean
        assert graph.query("ASK { ?p rdfs:label 'Paulo Braga' }").boolean
        report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
        assert len(report["problems"]) == 3 and report["problems"][0]["line"] == 3


def test_build_loads_rdf_files_into_their_own_graph(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "rdf" / "extra.ttl").write_text(
        "@prefix schema: <https://schema.org/> .\n"
        '<https://example.org/x> a schema:Thing ; <http://www.w3.org/2000/01/rdf-schema#label> "X" ;\n'
        '  schema:subjectOf [ schema:name "anonymous" ] .\n',
        encoding="utf-8",
    )
    (data_copy / "rdf" / "bad.ttl").write_text('<a> <b> "unterminated .\n', encoding="utf-8")
    with kgbuilder.build(data_copy, tmp_path / "out", render=False) as graph:
        assert graph.report is not None
        assert [(Path(p.path or "").name, p.line) for p in graph.report.problems] == [
            ("bad.ttl", 1)
        ]
        rows = graph.query(
            "SELECT ?g ?o WHERE { GRAPH ?g { <https://example.org/x> schema:subjectOf ?o } }"
        ).values()
        # the blank node became a stable IRI inside the file's own named graph
        assert rows == [
            (
                "https://w3id.org/kgbuilder/id/graph/rdf/extra",
                "https://w3id.org/kgbuilder/id/rdf/extra/genid/1",
            )
        ]


def test_build_with_memory_store_writes_files_only(data_copy: Path, tmp_path: Path) -> None:
    settings = Settings(store=StoreSettings(kind="memory"))
    with kgbuilder.build(data_copy, tmp_path / "out", settings=settings, render=False) as graph:
        assert graph.query("ASK { ?p rdfs:label 'Guan Hong' }").boolean
    assert (tmp_path / "out" / "graph.trig").is_file()
    assert not (tmp_path / "out" / "store").exists()


def test_build_missing_data_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(kgbuilder.ConfigError, match="does not exist"):
        kgbuilder.build(tmp_path / "absent", tmp_path / "out")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[project]\nbase_iri = 'not an iri'\n", "base_iri must be an absolute"),
        ("[store]\nkind = 'oxigrph'\n", "unknown store kind 'oxigrph'; did you mean 'oxigraph'?"),
        ("[render]\nphysics_max_nodes = 'many'\n", "physics_max_nodes must be a whole number"),
        ("[renderer]\nhtml = true\n", "unknown section 'renderer'; did you mean 'render'?"),
        ("[project\n", "invalid TOML"),
    ],
)
def test_build_bad_settings_name_the_file_and_key(
    data_copy: Path, tmp_path: Path, toml: str, message: str
) -> None:
    (data_copy / "kgbuilder.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(kgbuilder.ConfigError, match=r"kgbuilder\.toml") as info:
        kgbuilder.build(data_copy, tmp_path / "out")
    assert message in str(info.value)


def test_build_keeps_the_last_good_store_when_a_new_one_is_half_written(
    data_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    kgbuilder.build(data_copy, out, render=False).close()
    good = (out / "graph.trig").read_bytes()
    # an interrupted build leaves a staging folder behind; the next open or build cleans it up
    abandoned = out / ".store.new-999999999"
    abandoned.mkdir()
    (abandoned / "garbage").write_bytes(b"\x00" * 10)
    with kgbuilder.open(out, data_dir=data_copy) as graph:
        assert graph.query("ASK { ?p rdfs:label 'Paulo Braga' }").boolean
    assert not abandoned.exists()
    kgbuilder.build(data_copy, out, render=False).close()
    assert (out / "graph.trig").read_bytes() == good
