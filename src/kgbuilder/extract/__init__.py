"""extract/: documents to mentions, relations, figures and dated attributes (NLP + rules).

Input: a ``Document``. Output: an ``Extraction`` (``kgbuilder.datamodel``) whose entity references
are still surface names; resolve/ turns them into entities. Extraction of one document depends on
that document, the spaCy pipeline and the knowledge base only, so it can be cached by content hash
and extractor version and run in parallel.
"""
