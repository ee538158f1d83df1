"""sources/: read inputs and normalise them (Documents, curated records, curation rules, RDF files).

Input: paths in the data folder. Output: plain dataclasses of ``kgbuilder.datamodel`` and a list of
``Problem`` for whatever could not be read (never an exception that stops the build).
"""
