"""resolve/: names to entities. One entity per real thing, with a stable key and an IRI.

Input: entity declarations (curated records, the curation file), surface names of mentions and
relation ends. Output: ``Entity`` objects and the same relations with their ends as entity keys.
"""
