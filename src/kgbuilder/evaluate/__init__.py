"""evaluate/: how well text became a graph, against gold annotations.

``score_graph`` compares a graph (entities, direct relations) with a gold file in the format of
the shared eval README; ``redocred`` runs the extractor on Re-DocRED documents and scores its
mentions and mapped relations. Both return plain dataclasses that print as a table and dump as JSON.
"""
