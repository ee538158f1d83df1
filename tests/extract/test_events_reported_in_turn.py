"""A report that moves from one event to the next: the paragraphs after the one that says a
second event took place go on reporting it, until a section heading or another event."""

from __future__ import annotations

from tests.extract.conftest import relations

REPORT = (
    "The company plans to present its products at the International Technical Fair in May.\n\n"
    "Later on Tuesday, the Serbian-German Economic Forum, organised by the Chamber of Commerce "
    "of Serbia, gathered some 220 business people in Belgrade.\n\n"
    "Anke Hoffmann, Deputy Head of Mission at the German Embassy in Belgrade, said German "
    "companies had invested more than EUR 2.5 billion.\n"
)


def test_a_speaker_after_the_paragraph_that_reports_an_event_spoke_at_it(read) -> None:
    rels = relations(read(REPORT))
    assert ("Anke Hoffmann", "participatedIn", "Serbian-German Economic Forum") in rels
    assert ("Anke Hoffmann", "participatedIn", "International Technical Fair") not in rels


def test_a_side_event_held_on_the_sidelines_does_not_take_the_report_over(read) -> None:
    rels = relations(
        read(
            "The Shaanxi Investment Fair opened in Riyadh on Monday.\n\n"
            "At the Energy Cooperation Forum held on the sidelines of the fair, 19 agreements "
            "were signed.\n\n"
            "Du Yongping, chairman of Qinhuan Solar, said the region had good sun.\n"
        )
    )
    assert ("Du Yongping", "participatedIn", "Energy Cooperation Forum") not in rels


def test_a_report_goes_on_at_a_conference_held_on_a_fair_s_sidelines(read) -> None:
    rels = relations(
        read(
            "Fujian brands seek partners at Manila fair\n\n"
            "More than 150 enterprises are showcasing their products at the Fujian (Philippines) "
            "Brands Trade Fair 2025, which opened at the SMX Convention Center in Pasay on "
            "October 16.\n\n"
            "On the sidelines of the fair, the Fujian – Manila Trade and Investment Connection "
            "Conference drew nearly 300 businesses, and 18 deals were signed.\n\n"
            '"Consumers want healthy drinks," said Maria Santos, CEO of Luzon Leaf Trading, '
            "after the signing.\n"
        )
    )
    conference = "Fujian – Manila Trade and Investment Connection Conference"
    assert ("Maria Santos", "participatedIn", conference) in rels
    assert (
        "Maria Santos",
        "participatedIn",
        "Fujian (Philippines) Brands Trade Fair 2025",
    ) not in (rels)
