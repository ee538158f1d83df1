"""Name normalisation for matching: the comparison rules of the eval README, in one place.

``match_key`` is what two names must share to be the same name: NFKC, case-folded, white space
folded, a leading "the" and a trailing possessive dropped, accents kept. ``loose_key`` also folds
accents and punctuation, for matching variants ("Bogota" and "Bogotá").
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: legal forms and corporate words a company's short name leaves out ("Co., Ltd.", "Inc.", "Group")
LEGAL_WORDS = frozenset(
    {
        "co", "ltd", "inc", "corp", "corporation", "company", "limited", "llc", "plc", "gmbh",
        "ag", "sa", "s a", "sas", "ltda", "srl", "s r l", "spa", "s p a", "bv", "b v", "nv",
        "n v", "pte", "pty", "kg", "group", "holdings", "holding", "llp", "fze", "fzco", "jsc",
        "tbk", "bhd", "sp z o o", "a s", "s r o", "de c v", "s a de c v", "kft", "zrt", "nyrt",
        "oy", "oyj", "ab", "aps", "asa", "sarl", "s a r l", "sl", "s l", "sdn bhd", "kk", "ou",
        "s a s", "s a a", "sac", "s a c", "lda", "unipessoal lda", "sagl", "d o o",
    }
)  # fmt: skip
#: words that say what kind of company a name is, after its name proper ("<X> Shoes")
COMPANY_KIND_WORDS = frozenset(
    {
        "foods", "food", "shoes", "footwear", "apparel", "garments", "textiles", "textile",
        "electric", "electronics", "appliances", "appliance", "machinery", "motors", "motor",
        "auto", "automobile", "automotive", "steel", "metals", "chemicals", "chemical",
        "pharmaceutical", "pharmaceuticals", "pharma", "biomedical", "biotech", "dairy", "tea",
        "coffee", "wine", "logistics", "shipping", "trading", "technology", "technologies", "tech",
        "materials", "alloys", "energy", "solar", "mining", "industries", "industrial",
        "manufacturing", "enterprises", "sports", "goods", "bus", "trucks", "airlines", "group",
        "holdings", "international", "co", "company", "corporation", "corp", "ltd", "limited",
        "photonics", "optics", "optoelectronics", "semiconductor", "semiconductors", "telecom",
        "software", "battery", "batteries", "power", "robotics", "ceramics", "porcelain",
        "agricultural", "equipment", "instruments", "vehicles", "vehicle", "furniture",
        "cosmetics", "beverages", "brewery", "catering", "travel", "media", "medical", "packaging",
        "plastics", "glass", "cement", "seeds", "aquatic", "products", "parts", "engineering",
        "heavy", "construction", "industry", "precision", "intelligent", "smart", "imports",
        "exports", "import", "export", "distribution", "distributors", "trade", "agri", "agro",
        "foodstuffs", "machine", "tool", "tools", "milk", "liquor", "spirits", "beer", "rice",
        "oil", "fruit", "fruits", "sugar", "paper", "tyre", "tyres", "tire", "tires", "seed",
        "wines", "winery", "aluminium", "aluminum", "copper", "ceramic", "lighting", "carpet",
        "carpets", "noodle", "noodles", "meat", "agritech", "commodities", "cable", "cables",
        "components", "component", "castings", "forgings", "bearings", "valves", "pumps",
        "fittings", "textile mills", "mills", "implements", "fasteners", "tiles", "rail",
        "railway", "cargo", "freight", "cranes", "crane", "hoisting",
        # the trade words of company names written in Turkish, Spanish, Portuguese, Polish
        "tekstil", "mobilya", "ilaç", "gıda", "enerji", "otomotiv", "makina", "kimya", "inşaat",
        "alimentos", "textil", "têxtil", "vinos", "minera", "mineração", "aceros", "energía",
        "energia", "química", "embalagens", "recykling", "logistyka",
        # and in German, Italian, French, Dutch and the Nordic languages
        "gruppe", "gruppo", "groupe", "groep", "gruppen", "technik", "fahrzeugtechnik",
        "logistik", "elektronik", "maschinenbau", "werke", "stahlbau", "chemie", "industrie",
        "meccanica", "costruzioni", "mécanique", "industrier",
        # and in Japanese, romanised
        "denki", "denko", "kogyo", "kōgyō", "shoji", "shōji", "seisakusho", "sangyo", "sangyō",
        "tsusho", "jidosha", "kikai", "kensetsu", "kasei", "seiko", "shokai",
    }
)  # fmt: skip
#: trade words that are also English family names or words of a person's name ("Samantha
#: Power", "Condoleezza Rice", "Ira Glass"): they make no "person" a company
_TRADE_WORDS_BORNE_BY_PEOPLE = frozenset(
    {"power", "rice", "glass", "steel", "smart", "paper", "cable", "heavy", "bus", "mills"}
    | {"sugar", "wine", "media", "travel", "tool", "tools", "copper", "beer", "milk", "seed"}
    | {"oil", "tea", "coffee", "trade", "fruit", "meat", "rail", "crane", "international"}
    | {"co", "company", "group", "corporation", "corp", "ltd", "limited", "goods", "parts"}
)
#: the trade words that end a company's name and no person's ("<Name> Tekstil")
TRADE_NAME_ENDS = COMPANY_KIND_WORDS - _TRADE_WORDS_BORNE_BY_PEOPLE
#: a Mongolian name after the initial of the father's name, with no space: "Ts.Bayarmagnai"
INITIALLED_NAME = re.compile(r"(?<![\w.])(?P<initial>[A-Z][a-z]?)\.[A-Z][a-z]{3,}(?![\w.])")
#: abbreviations that stand before a word as an initial would ("St.Petersburg", "Mt.Everest")
_NOT_INITIALS = frozenset({"St", "Mt", "Ft", "Dr", "Mr", "Ms", "No", "Co", "Pt", "Sq", "Rd"})


def ends_in_legal_form(name: str) -> bool:
    """Does a name of three words or more end with a legal form ("<X> Agri-Food Co., Ltd.",
    "<X> Dark Tea Co.")? Its form vouches for it being a company's name (not "<X> Group")."""
    words = loose_key(name).split()
    return (
        len(name.split()) >= 3
        and any(" ".join(words[-n:]) in LEGAL_WORDS for n in (1, 2) if len(words) > n)
        and words[-1] not in ("group", "holdings", "holding", "company", "corporation")
    )


def is_initialled_name(text: str) -> bool:
    """Is ``text`` a name written after an initial and a full stop ("N.Erdenebileg")?"""
    match = INITIALLED_NAME.fullmatch(text)
    return match is not None and match.group("initial") not in _NOT_INITIALS


#: the ends of German compound trade words ("Fahrzeugtechnik", "Antriebstechnik", "Walzwerke")
_COMPOUND_TRADE_ENDS = ("technik", "logistik", "elektronik", "maschinenbau", "werke")


def is_trade_word(word: str) -> bool:
    """Is ``word`` a trade word that ends company names and no person's ("Tekstil",
    "Fahrzeugtechnik", "Gruppe")?"""
    folded = word.casefold()
    return folded in TRADE_NAME_ENDS or (len(folded) > 8 and folded.endswith(_COMPOUND_TRADE_ENDS))


#: what follows a place's own name in the name of its autonomous area ("Zhuang Autonomous
#: Region", "Dai Autonomous Prefecture", "Autonomous Region"): the peoples it is named for, its kind
AUTONOMOUS_REST = re.compile(
    r"(?:\w+ (?:and \w+ )?)?autonomous (?:region|prefecture|county|oblast|okrug|district|banner)",
    re.IGNORECASE,
)
_AUTONOMOUS_AREA = re.compile(rf"(.+?) (?:{AUTONOMOUS_REST.pattern})", re.IGNORECASE)


def autonomous_own_name(name: str) -> str | None:
    """The place's own name in an autonomous area's name ("Guangxi" of "Guangxi Zhuang
    Autonomous Region"); None for any other name."""
    match = _AUTONOMOUS_AREA.fullmatch(name)
    return match.group(1) if match else None


_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_WORD = re.compile(r"[^\w]+")
_QUOTES = "\"'“”‘’«»"


def clean_name(name: str) -> str:
    """A name as it should be written in a label: white space folded, outer quotes removed."""
    name = _SPACE.sub(" ", unicodedata.normalize("NFKC", name)).strip()
    if len(name) > 1 and name[0] in _QUOTES and name[-1] in _QUOTES:
        name = name[1:-1].strip()
    return name


@functools.lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """The key under which two names are the same (eval README rules).

    >>> match_key("The  University of Bogotá")
    'university of bogotá'
    >>> match_key("Acme's")
    'acme'
    """
    text = clean_name(name).casefold()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text) if len(text) > 3 else text
    return text.strip(_QUOTES + " ")


@functools.lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """``match_key`` with accents, quotes and punctuation folded away.

    >>> loose_key("Bogota") == loose_key("Bogotá")
    True
    """
    text = match_key(name)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def bracket_word_fits(word: str, name: str) -> bool:
    """Is the second word of a bracketed "<ACR> <Word>" a word of the name before it ("CCPIT
    Gansu" after "Gansu Sub-Council of ..."), or the initials of its last words ("CCI KR" after
    "... of the Kyrgyz Republic")?"""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if word in words:
        return True
    return word.isupper() and "".join(w[0] for w in words[-len(word) :]) == word


def shortens(short: str, name: str) -> bool:
    """Is ``short`` a shortened ``name`` that keeps its first word: "Changsha ETDZ" of "Changsha
    Economic and Technological Development Zone", "Xi'an Hi-tech Zone" of "Xi'an High-tech
    Industries Development Zone" (not "Dubai Mall" after "Dubai Chambers")?"""
    words, named = short.split(), name.split()
    if len(words) >= len(named) or words[0] != named[0]:
        return False
    last = words[-1]
    if last.isupper():
        return 2 <= len(last) <= 6 and len(words) == 2
    return last == named[-1] and len(words) <= 4
