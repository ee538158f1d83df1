from kgbuilder import KnowledgeGraph


def test_seed_graph_builds_and_conforms(seed_graph: KnowledgeGraph) -> None:
    assert seed_graph.report is not None
    assert seed_graph.report.validation is not None
    assert seed_graph.report.validation.conforms, seed_graph.report.validation.violations
    assert seed_graph.report.problems == []
    assert len(seed_graph) > 500
