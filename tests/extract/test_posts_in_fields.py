"""People told by a post in a field of a body ("head of sales at <O>", "vice president of
investment at <O>", "head of the <Region> desk at <O>"), by "who" ("<X>, who heads ..."), by
the company they own ("whose company <O>"), by a body's short name before the post ("<Name>
managing director <P>") and by the title-first style of state media ("Deputy Director of <ACR>
<P> said"); with the cases that must not give them."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_name_before_a_post_in_a_field_of_a_body_is_a_person(read) -> None:
    extraction = read(
        '"We want capital for our farms," said Camila Restrepo Gaviria, vice president of '
        'investment at ProAndina, in her closing remarks. "Our buyers are small job shops," '
        "said Dr Sabine Kessler, head of sales at Weserland Blechtechnik GmbH."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Camila Restrepo Gaviria") == "Person"
    assert kinds.get("Sabine Kessler") == "Person"  # the style of address is no part of it
    assert "Dr Sabine Kessler" not in kinds
    assert ("Camila Restrepo Gaviria", "worksFor", "ProAndina") in rels
    assert any(
        s == "Sabine Kessler" and p == "worksFor" and o.startswith("Weserland Blechtechnik")
        for s, p, o in rels
    )


def test_a_post_in_a_desk_named_for_a_region_is_in_the_body(read) -> None:
    rels = relations(
        read(
            "Dr Henrike Albers, head of the Asia desk at Bremen Invest, said four firms were "
            "looking for warehouse space."
        )
    )
    assert ("Henrike Albers", "worksFor", "Bremen Invest") in rels


def test_whose_company_names_the_employer(read) -> None:
    rels = relations(
        read(
            "Tomasz Wierzbicki, a Polish forwarder whose company Vistula Bridge Logistics trucks "
            "containers to Poznań, said transit times were shorter."
        )
    )
    assert ("Tomasz Wierzbicki", "worksFor", "Vistula Bridge Logistics") in rels


def test_a_company_short_name_before_a_post_is_the_company(read) -> None:
    rels = relations(
        read(
            "Bremen-based Unterweser Rail Cargo GmbH signed the memorandum. Unterweser managing "
            "director Jörg Hallmann said the company would add 120 wagons."
        )
    )
    assert ("Jörg Hallmann", "worksFor", "Unterweser Rail Cargo GmbH") in rels


def test_who_after_a_name_that_opens_the_clause_tells_a_person(read) -> None:
    extraction = read(
        "Sutrisno, who heads the Directorate General of Chemical Industries at the Industry "
        "Ministry, said the government wanted more plants."
    )
    assert entities(extraction).get("Sutrisno") == "Person"
    assert (
        "Sutrisno",
        "worksFor",
        "Directorate General of Chemical Industries",
    ) in relations(extraction)


def test_who_after_a_company_named_in_a_post_is_about_the_person(read) -> None:
    # "who" follows the company of the person's post: the person said it, not the company
    extraction = read(
        "Among the buyers was Saad Al Harbi, procurement director at Riyadh-based Najran "
        "Infrastructure Contracting, who said his company wanted 60 cranes."
    )
    kinds = entities(extraction)
    assert kinds.get("Najran Infrastructure Contracting") == "Organization"
    assert kinds.get("Saad Al Harbi") == "Person"


def test_a_title_first_post_of_an_acronym_then_its_holder(read) -> None:
    extraction = read(
        "The Vietnam Export Promotion Agency (VEXPA) co-hosted the meeting. Addressing the event, "
        "Deputy Director of VEXPA Tran Thi Bich Ngoc said Yunnan had become a key partner."
    )
    kinds = entities(extraction)
    assert kinds.get("Tran Thi Bich Ngoc") == "Person"
    assert ("Tran Thi Bich Ngoc", "worksFor", "VEXPA") in relations(extraction)


def test_a_zone_name_that_runs_on_to_a_company_word_is_a_company(read) -> None:
    extraction = read(
        "Zhao Mingyu, deputy general manager of Lanzhou International Port Area Operation "
        "Company, presented the rail capacities."
    )
    kinds = entities(extraction)
    assert kinds.get("Lanzhou International Port Area Operation Company") == "Organization"
    assert "Lanzhou International Port Area" not in kinds
    assert (
        "Zhao Mingyu",
        "worksFor",
        "Lanzhou International Port Area Operation Company",
    ) in relations(extraction)


def test_a_nationality_and_a_company_word_are_no_part_of_the_name(read) -> None:
    extraction = read(
        "In energy, Gansu Longyuan Wind Co. will build a 300 MW wind farm near Tokmok. "
        "Investment – $310 million. Partner – Kazakh company Saryarka Wind LLP. Commissioning "
        "is planned for 2027.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Saryarka Wind LLP") == "Organization"
    assert "Kazakh company Saryarka Wind LLP" not in kinds


def test_a_post_before_of_is_no_part_of_the_company_name(read) -> None:
    extraction = read(
        "Tianhe Ceramics Group opened a plant in Tema. The Chairman of Tianhe Ceramics Group, "
        "Mr. Zhou Wenliang, said the company chose Ghana for its stable business environment.\n"
    )
    assert "Chairman of Tianhe Ceramics Group" not in entities(extraction)
    assert ("Zhou Wenliang", "worksFor", "Tianhe Ceramics Group") in relations(extraction)


def test_a_styled_person_of_a_body_read_as_one_name_is_two(read) -> None:
    extraction = read(
        "The expo closed on Friday. Engr. Bola Adeyemi of Lagos Steel Works spoke on local "
        "sourcing.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Bola Adeyemi") == "Person"
    assert kinds.get("Lagos Steel Works") == "Organization"
    assert ("Bola Adeyemi", "worksFor", "Lagos Steel Works") in relations(extraction)
