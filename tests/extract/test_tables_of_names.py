"""The finder's tables of names (a structural name's "of" part, a regional arm's brand, a
cluster's governing body) are keyed by ``id``; a name dropped by a later pass is freed and its
id may go to another name, which must not inherit the entry."""

from __future__ import annotations

from kgbuilder.extract.entities import EntityFinder
from kgbuilder.extract.extractor import Extractor
from kgbuilder.extract.spans import Found
from tests.extract.conftest import relations


def _finder(extractor: Extractor) -> EntityFinder:
    doc = extractor.nlp("Chairman of the Board of Nawaat Ibrahim Saleh said so.")
    return EntityFinder(doc, extractor.lexicon, extractor.gazetteer, extractor.kb, list(doc))


def test_an_entry_of_another_name_under_the_same_id_is_not_this_name_s(extractor) -> None:
    finder = _finder(extractor)
    dropped = Found(0, 5, "Board of Nawaat", "Organization", "structural-org", 0.8)
    person = Found(30, 42, "Ibrahim Saleh", "Person", "ner", 0.8)
    # as after the dropped name was freed and its id given to the person
    finder._complements[id(person)] = (dropped, (16, 22))
    finder.brands[id(person)] = (dropped, "Nawaat")
    finder._bodies[id(person)] = dropped
    assert finder._complement_of(person) is None
    assert finder._brand_of(person) is None
    finder._complements[id(dropped)] = (dropped, (16, 22))
    assert finder._complement_of(dropped) == (16, 22)


def test_a_holder_s_body_is_kept_whatever_names_came_before(read) -> None:
    rels = relations(
        read(
            "Tabuk, April 21, 2025 -- Rawasi Industrial Company (Rawasi) signed a deal. Chief "
            "Executive Officer of Rawasi Eng. Majed bin Sultan Al-Shammari said it was the first. "
            "Chairman of the Board of Directors of Rawasi Fahad bin Saud Al-Mutairi said the "
            "deal reflects its strategy.\n"
        )
    )
    assert ("Majed bin Sultan Al-Shammari", "worksFor", "Rawasi") in rels
    assert ("Fahad bin Saud Al-Mutairi", "worksFor", "Rawasi") in rels
