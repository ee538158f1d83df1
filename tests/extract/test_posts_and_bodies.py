"""Officials tied to their bodies by the post's own words: an acronym written again before a
post ("<ACR> Chief Executive Officer <P>"), and an office styled by what it serves ("Consul
General of <State> in <City>", "Vice Minister of <X>", "Vice Governor of <Province>") in the
one body the text names for it; with the cases that must not give it."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_an_acronym_written_again_before_a_post_is_the_body_of_the_post(read) -> None:
    rels = relations(
        read(
            "The Sindh Board of Investment (SBI) hosted the meeting. SBI Chief Executive Officer "
            "Kamran Ali Qureshi said land was ready."
        )
    )
    assert ("Kamran Ali Qureshi", "worksFor", "SBI") in rels  # (resolved to the name later)


def test_a_short_name_inside_a_longer_capitalised_run_is_no_mention(read) -> None:
    # a Title Case headline NER tags nothing in: "Qinfeng" there is part of a longer name, not
    # the defined short name again (only an acronym right before a post is let through)
    text = (
        "Aerovale and China's Qinfeng Aviation Composites Form Joint Venture to Build Composite "
        "Aerostructures Plant in Brazil\n\nSAO PAULO, March 4, 2025 -- Aerovale Sistemas S.A. "
        'and Xi\'an Qinfeng Aviation Composites Co., Ltd. ("Qinfeng") today announced a joint '
        "venture. Qinfeng will second 25 engineers.\n"
    )
    extraction = read(text)
    headline = text.index("\n")
    assert not [m for m in extraction.mentions if m.text == "Qinfeng" and m.start < headline]


def test_a_consul_general_serves_at_the_consulate_general_the_text_names(read) -> None:
    rels = relations(
        read(
            "The forum was co-hosted by the Consulate General of China in Karachi. Li Weimin, "
            "Consul General of China in Karachi, said 40 firms had come."
        )
    )
    assert ("Li Weimin", "worksFor", "Consulate General of China in Karachi") in rels


def test_a_minister_and_a_governor_serve_in_the_bodies_named_for_their_offices(read) -> None:
    rels = relations(
        read(
            "It was organized by the Ministry of Industry and Trade of the Republic of Uzbekistan "
            "and the People's Government of Gansu Province. The delegation was headed by Vice "
            "Governor of Gansu Province Zhou Ming. The forum was opened by Deputy Minister of "
            "Industry and Trade Botir Karimov."
        )
    )
    assert ("Zhou Ming", "worksFor", "People's Government of Gansu Province") in rels
    assert (
        "Botir Karimov",
        "worksFor",
        "Ministry of Industry and Trade of the Republic of Uzbekistan",
    ) in rels


def test_an_office_whose_body_the_text_does_not_name_gives_no_post(read) -> None:
    rels = relations(
        read(
            "The delegation was headed by Vice Governor of Gansu Province Zhou Ming. The "
            "Ministry of Industry and Trade of Uzbekistan and the Ministry of Trade of Kazakhstan "
            "sent envoys. Deputy Minister of Trade Aibek Nurlanov spoke first."
        )
    )
    assert not [r for r in rels if r[0] == "Zhou Ming" and r[1] == "worksFor"]
    assert (
        "Aibek Nurlanov",
        "worksFor",
        "Ministry of Industry and Trade of Uzbekistan",
    ) not in rels


def test_posts_held_now_after_a_past_one_are_with_their_bodies(read) -> None:
    rels = relations(
        read(
            "Anil Rao, an Indian engineer who has worked for Kestrel Gulf in Dubai since 2018, "
            "said sales rose. Omar Nabil, a chemist who spent four years at Huaxing's plant in "
            "Changzhou and is now plant manager at Nile Motors Egypt, spoke next. Ana Ruiz, a "
            "physicist who studied at Wuhan University and now heads research at Andes Litio, "
            "will lead the team. Tom Baker, who advised the board, now works as a senior adviser "
            "to Oakridge Holdings."
        )
    )
    assert ("Anil Rao", "worksFor", "Kestrel Gulf") in rels
    assert ("Omar Nabil", "worksFor", "Nile Motors Egypt") in rels
    assert ("Ana Ruiz", "worksFor", "Andes Litio") in rels
    assert ("Tom Baker", "worksFor", "Oakridge Holdings") in rels
    # where one studied or spent time is no employer
    assert ("Ana Ruiz", "worksFor", "Wuhan University") not in rels


def test_a_local_post_named_by_its_place_is_in_that_place_government(read) -> None:
    rels = relations(
        read(
            "The County Government of Machakos and the County Government of Kitui signed deals. "
            "Jane Mutua, Machakos's chief officer for trade, said the plant would help. Kitui "
            "County's executive committee member for roads, Peter Musyoka, told delegates the "
            "county would act. Machakos's biggest exporter, John Kamau, agreed."
        )
    )
    assert ("Jane Mutua", "worksFor", "County Government of Machakos") in rels
    assert ("Peter Musyoka", "worksFor", "County Government of Kitui") in rels
    assert ("John Kamau", "worksFor", "County Government of Machakos") not in rels


def test_a_person_known_by_the_body_works_there(read) -> None:
    rels = relations(
        read(
            "Later, a Chinese engineer, Zhou Bin of Hongda Pump Machinery, briefed the guests. "
            "The tour of Karachi Port followed."
        )
    )
    assert ("Zhou Bin", "worksFor", "Hongda Pump Machinery") in rels


def test_a_body_described_as_a_bureau_or_part_of_another_is_part_of_it(read) -> None:
    rels = relations(
        read(
            "The sessions were arranged by PromPeru Trade, the export promotion bureau of the "
            "Ministry of Foreign Trade, which led 40 companies to Shanghai. The event was "
            "organised by Laos's Investment Promotion Department, part of the Ministry of "
            "Planning and Investment."
        )
    )
    assert ("PromPeru Trade", "partOf", "Ministry of Foreign Trade") in rels
    assert (
        "Investment Promotion Department",
        "partOf",
        "Ministry of Planning and Investment",
    ) in rels


def test_an_envoy_to_a_country_or_a_foreign_minister_is_not_of_the_host_body(read) -> None:
    rels = relations(
        read(
            "The Embassy of Pakistan in Beijing co-hosted the trade forum on Monday. Chinese "
            "Ambassador to Pakistan Jiang Zaidong said 40 firms had come. The Ministry of "
            "Commerce of Pakistan hosted talks. Chinese Vice Minister of Commerce Li Fei said "
            "trade grew."
        )
    )
    assert ("Jiang Zaidong", "worksFor", "Embassy of Pakistan in Beijing") not in rels
    assert ("Li Fei", "worksFor", "Ministry of Commerce of Pakistan") not in rels


def test_past_posts_suppliers_and_buyers_are_no_employees(read) -> None:
    rels = relations(
        read(
            "Zhang Wei said his factory now serves as a key supplier to Hengda Auto, a carmaker. "
            "Anil Rao, an engineer who worked for Siemens Energy until 2019, now runs a shop. "
            "Li Wei, chief executive of Hongda Pump, thanked the engineers who worked at Huaxing "
            "Motors. The 2016 purchase by Wang Jianlin of Legendary Entertainment drew scrutiny. "
            "The County Government of Machakos met. Speaking at Machakos's trade fair on behalf "
            "of the county governor, Peter Mwangi said prices rose."
        )
    )
    for wrong in (
        ("Zhang Wei", "worksFor", "Hengda Auto"),
        ("Anil Rao", "worksFor", "Siemens Energy"),
        ("Li Wei", "worksFor", "Huaxing Motors"),
        ("Wang Jianlin", "worksFor", "Legendary Entertainment"),
        ("Peter Mwangi", "worksFor", "County Government of Machakos"),
    ):
        assert wrong not in rels
