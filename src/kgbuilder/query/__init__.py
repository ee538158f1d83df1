"""query/: SPARQL for people: results in the W3C formats, tables for the terminal.

Input: a ``GraphStore`` and a query. Output: a ``QueryResult`` and its serialisations.
"""
