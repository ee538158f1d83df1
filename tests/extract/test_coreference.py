"""Definite descriptions of organizations ("the company") read as mentions of the one meant."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_org_anaphor_is_the_subject_of_the_sentence_before(read) -> None:
    found = read(
        "Norvale Holdings, a Lagos-based trader, reported record sales. "
        "The company bought the Ghanaian cocoa exporter Akwaaba Cocoa in 2019."
    )
    deals = [
        (r.subject, r.object, r.qualifiers.date) for r in found.relations if r.label == "acquired"
    ]
    assert deals == [("Norvale Holdings", "Akwaaba Cocoa", "2019")]
    anaphors = [m for m in found.mentions if m.text == "The company"]
    assert [m.entity for m in anaphors] == ["Norvale Holdings"]


def test_org_anaphor_prefers_an_organization_named_earlier_in_its_sentence(read) -> None:
    found = read(
        "Kestrel Motors opened a showroom. Li Na, General Manager of Kestrel Motors Chile, said "
        "the company sold 900 cars in Chile."
    )
    assert ("Kestrel Motors Chile", "operatesIn", "Chile") in relations(found)
    # "the company" is the arm named in the sentence (the parent operates in Chile through
    # its Chilean arm, a fact of its own)
    anaphors = [m for m in found.mentions if m.text == "the company"]
    assert [m.entity for m in anaphors] == ["Kestrel Motors Chile"]


def test_org_anaphor_never_means_an_association_or_ministry(read) -> None:
    found = read(
        "The Peru Coffee Council met on Monday. The company bought the Bolivian roaster Cafe "
        "Yungas in 2020."
    )
    assert not [r for r in found.relations if r.label == "acquired"]


def test_org_anaphor_group_needs_a_group(read) -> None:
    found = read(
        "Kestrel Motors presented its cars. The group then visited the Akwaaba Cocoa farm in Ghana."
    )
    assert not [m for m in found.mentions if m.text == "The group"]


def test_org_anaphor_the_branch_is_the_arm_named_before(read) -> None:
    found = read(
        "Omar Saleh, General Manager of Quanlong Middle East, said the branch sold cables "
        "in Saudi Arabia."
    )
    assert ("Quanlong Middle East", "operatesIn", "Saudi Arabia") in relations(found)


def test_org_anaphor_its_subsidiary_is_another_company(read) -> None:
    found = read(
        "Haoda Motors presented its plans through Haoda Latin America, its subsidiary in "
        "Panama City."
    )
    mentions = [m for m in found.mentions if m.text == "its subsidiary"]
    assert not mentions
    assert ("Haoda Latin America", "locatedIn", "Panama City") in relations(found)
