"""export/: the graph in the formats people already use.

Input: a ``GraphStore``. Output: files (Turtle, TriG, N-Quads, N-Triples, JSON-LD), written
atomically and, for the RDF formats, byte-identical for identical graphs.
"""
