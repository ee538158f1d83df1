"""model/: resolved entities and facts become RDF, as ONTOLOGY.md says.

Input: a ``GraphInput`` (every entity reference a key). Output: a ``GraphBundle``, the triples of
each named graph: one per source (its facts and their provenance) plus the entity descriptions.
"""
