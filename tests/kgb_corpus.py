"""Data folders for the build-at-scale tests: short news texts written here, not the seed article.

``corpus(folder, count)`` writes ``count`` articles whose people, companies and places recombine,
so that entities recur across documents and resolution across documents has work to do.
"""

from __future__ import annotations

from pathlib import Path

PEOPLE = ("Maria Costa", "Jonas Keller", "Amara Okafor", "Lucas Moreau", "Ingrid Larsen")
COMPANIES = (
    ("Northwind Logistics Group", "NLG"),
    ("Harbour Steel Company", "HSC"),
    ("Bluefin Foods", None),
    ("Silverline Robotics", None),
)
PLACES = (("Lima", "Peru"), ("Rotterdam", "Netherlands"), ("Nairobi", "Kenya"), ("Oslo", "Norway"))
TITLES = ("chief executive", "chairman", "General Manager")


def article(index: int) -> str:
    """An article; the same index always gives the same text."""
    person = PEOPLE[index % len(PEOPLE)]
    company, acronym = COMPANIES[index % len(COMPANIES)]
    other, _ = COMPANIES[(index + 1) % len(COMPANIES)]
    city, country = PLACES[(index // 2) % len(PLACES)]
    title = TITLES[index % len(TITLES)]
    named = f"{company} ({acronym})" if acronym and index % 3 == 0 else company
    return (
        f"{person}, {title} of {named}, said on May {1 + index % 27}, {2010 + index % 15} that "
        f"the company would open an office in {city}, {country}.\n\n"
        f"{company} acquired {other} for ${10 + index} million in {2010 + index % 15}. "
        f"{company} is based in {city}.\n"
    )


def corpus(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """A data folder with ``count`` articles under ``documents/``."""
    docs = folder / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = docs / f"article-{index:03d}.txt"
        path.write_text(article(index), encoding="utf-8")
        paths.append(path)
    return paths
