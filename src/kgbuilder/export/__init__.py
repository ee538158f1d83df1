"""export/: the graph in the formats people already use.

Input: a ``GraphStore``. Output: files. RDF (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML),
written atomically and byte-identical for identical graphs; the network (GEXF, GraphML, CSV) from
the networkx projection, for Gephi, yEd, Cytoscape, spreadsheets and pandas.
"""

from kgbuilder.export.formats import EXPORT_FORMATS, ExportResult, export_graph
from kgbuilder.export.network import flat_network, gexf_date, write_csv, write_gexf, write_graphml
from kgbuilder.export.rdf import write_rdf

__all__ = [
    "EXPORT_FORMATS",
    "ExportResult",
    "export_graph",
    "flat_network",
    "gexf_date",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_rdf",
]
