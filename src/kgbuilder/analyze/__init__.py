"""analyze/: the graph as a networkx network, and the questions asked of it.

Input: a ``GraphStore``. Output: a ``networkx.MultiDiGraph`` of entities and direct relations (the
projection, shared with the HTML view), and plain functions over it in the networkx style (graph
first, options keyword-only, plain data out): connections between two entities with their
evidence, neighbourhoods, centralities, communities, components, bridges and articulation points.
"""

from kgbuilder.analyze.analysis import (
    DEFAULT_BETWEENNESS_SAMPLES,
    EXACT_BETWEENNESS_MAX_NODES,
    NODE_MEASURES,
    Analysis,
    analysis_document,
    analyze_graph,
    annotate,
    write_analysis,
)
from kgbuilder.analyze.centrality import betweenness, pagerank, relation_degree
from kgbuilder.analyze.communities import communities, modularity
from kgbuilder.analyze.describe import cite, figure_text, qualifier_text
from kgbuilder.analyze.lookup import Candidate, candidates, entity_key, find_entity, fold
from kgbuilder.analyze.neighbors import Neighbor, distances, ego_network, neighborhood
from kgbuilder.analyze.paths import (
    Connection,
    Hop,
    Link,
    connection_subgraph,
    connections,
    describe_path,
    kind_name,
    link_between,
    shortest_paths,
)
from kgbuilder.analyze.projection import to_networkx
from kgbuilder.analyze.structure import articulation_points, bridges, components
from kgbuilder.analyze.views import directed_view, undirected_view

__all__ = [
    "DEFAULT_BETWEENNESS_SAMPLES",
    "EXACT_BETWEENNESS_MAX_NODES",
    "NODE_MEASURES",
    "Analysis",
    "Candidate",
    "Connection",
    "Hop",
    "Link",
    "Neighbor",
    "analysis_document",
    "analyze_graph",
    "annotate",
    "articulation_points",
    "betweenness",
    "bridges",
    "candidates",
    "cite",
    "communities",
    "components",
    "connection_subgraph",
    "connections",
    "describe_path",
    "directed_view",
    "distances",
    "ego_network",
    "entity_key",
    "figure_text",
    "find_entity",
    "fold",
    "kind_name",
    "link_between",
    "modularity",
    "neighborhood",
    "pagerank",
    "qualifier_text",
    "relation_degree",
    "shortest_paths",
    "to_networkx",
    "undirected_view",
    "write_analysis",
]
