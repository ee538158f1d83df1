"""What every name rule of ``EntityFinder`` shares: the document, the word lists, helpers.

``FinderBase`` holds one document's parse (text, tokens, NER spans, with adjacent place spans
joined: "Baja" + "California"), the lexicon, gazetteer and knowledge base, the parts and facts
found so far, and the helpers the rule mixins use: a trimmed ``Found`` over tokens, gazetteer
look-ups with the document's countries as hints, "is this token part of a name".
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from kgbuilder.extract.knowledge import KnowledgeBase
from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.nlp import doc_text
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import Gazetteer, Place
from kgbuilder.names import LEGAL_WORDS, clean_name

#: NER labels kept, and the entity type each becomes before corrections
#: "<Place>-based", "<Place>-headquartered": a seat described, no part of the name that follows
SEAT_WORDS = ("based", "headquartered")
#: participles after a hyphen that describe a name, not continue it ("<Exchange>-listed <X>")
_DESCRIBING_PARTICIPLES = frozenset(
    (*SEAT_WORDS, "listed", "owned", "backed", "funded", "run", "led", "controlled", "made")
)

NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
    "PRODUCT": "Product",
    "WORK_OF_ART": "CreativeWork",
    "LAW": "Thing",
    "LANGUAGE": "Language",
}
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our"}
)
#: a sum in a currency written with its sign or letters before the figure ("R$380", "HK$ 2",
#: "Sh4.2 billion", "KSh 850", "Rs 40", "RM12", "Rp5", "€3", "R2.4bn", "P18.6 billion", "PLN 1.1bn")
CURRENCY_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "HKD", "TWD", "KRW", "SGD", "MYR", "THB", "VND",
        "IDR", "PHP", "INR", "PKR", "BDT", "LKR", "AED", "SAR", "QAR", "KWD", "OMR", "BHD", "EGP",
        "MAD", "NGN", "KES", "ZAR", "GHS", "ETB", "TZS", "UGX", "TRY", "PLN", "HUF", "CZK", "RON",
        "BGN", "RSD", "UAH", "RUB", "KZT", "UZS", "CHF", "SEK", "NOK", "DKK", "AUD", "NZD", "CAD",
        "MXN", "BRL", "CLP", "ARS", "PEN", "COP",
    }
)  # fmt: skip
#: a figure that is a sum, not a model number ("P18.6 billion", "PLN 210m", "R1,200", not "P3
#: Logistic Parks" nor "COP 28"): a magnitude after it, a decimal point or thousands
_AMOUNT = (
    r"\d[\d.,]*\s?(?:bn|bil|billion|mil|million|mn|m|k|trillion|tn|crore|lakh)\b"
    r"|\d+\.\d+|\d{1,3}(?:,\d{3})+"
)
SUM_OF_MONEY = re.compile(
    r"(?:[A-Z]{0,3}\$|K?Sh|Ksh|Rs\.?|RM|Rp|₦|₹|€|£|¥)\s?\d"
    rf"|(?:R|P|(?:{'|'.join(sorted(CURRENCY_CODES))}) )\s?(?:{_AMOUNT})"
)
#: title heads an organization can be described by too ("a leader in", "a partner of")
SHARED_TITLE_HEADS = frozenset(
    {"leader", "partner", "member", "owner", "investor", "producer", "designer", "architect",
     "representative", "delegate", "founder", "co-founder", "cofounder", "executive", "head",
     "trustee", "proprietor", "consultant", "adviser", "advisor", "expert", "specialist"}
)  # fmt: skip
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "madam"}
    | {"madame", "mme", "mme.", "monsieur", "herr", "frau", "sr.", "sra.", "ato"}
    # Nigerian, South Asian and Italian styles: "Alhaji <P>", "Engr. <P>", "Shri <P>", "Dott. <P>"
    | {"alhaji", "alhaja", "hajia", "engr", "engr.", "mallam", "shri", "smt", "smt.", "dott."}
    | {"dott.ssa", "ing.", "sig.", "sig.ra", "eng.", "hon.", "arch.", "atty.", "amb."}
    | {"puan", "encik"}  # Malay: "Puan <P>" (Mrs), "Encik <P>" (Mr)
)
#: words joining an Arabic or Malay given name to the father's ("Saleh bin Nasser")
PATRONYMIC_LINKS = frozenset({"bin", "bint", "ibn", "binti"})
#: the article written before an Arab family name ("Al-Qahtani", "El-Sayed")
_FAMILY_ARTICLES = frozenset({"Al", "al", "El", "el"})
#: prepositions before a building's name that say it is the place, not the body in it
LOCATIVES = frozenset(
    {"at", "outside", "inside", "in", "near", "to", "from", "before", "opposite", "of", "into"}
)
#: Malaysian and Bruneian styles of address written before a name (lower case; "Tan Sri" is
#: also a family name and a word: only a style when a name follows)
STYLES = frozenset(
    {"datuk", "dato'", "dato’", "dato", "datin", "tun", "toh puan", "tan sri", "puan sri"}
    | {"datuk seri", "dato' sri", "dato’ sri", "dato sri", "datin seri", "datuk wira", "pehin"}
    | {"dato '", "dato ’", "dato ' sri", "dato ’ sri"}  # as the tokenizer splits "Dato' Sri"
)
#: the first words of the styles and honorifics: a token that is none of them starts none
STYLE_OPENERS = frozenset(w.split()[0] for w in STYLES | HONORIFICS)
PREPOSITIONS = frozenset(
    {"at", "of", "in", "for", "from", "with", "to", "by", "on", "into", "near", "under", "over"}
    | {"between", "among", "like", "as", "about", "after", "before", "during", "across"}
)
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "da", "do", "del", "la", "on", "in"})
#: joining words inside a Romance company's name ("<X> del <Y> SpA", "<X> da <Y> Ltda.")
ROMANCE_PARTICLES = frozenset({"de", "del", "da", "do", "das", "dos", "della", "di", "du"})
#: a city named without context is taken as a place above this population even if NER says otherwise
BIG_CITY = 1_000_000
QUOTES = "\"'“”‘’«»"


@functools.lru_cache(maxsize=64)
def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regular-expression alternation of words, longest first (made once per word list)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: a line this long or longer is a paragraph on one line, not prose wrapped at a fixed width
_UNWRAPPED_LINE = 120


def hard_wrapped(text: str) -> bool:
    """Is a text's prose wrapped at a fixed width (no line as long as a paragraph)?"""
    return all(len(line) < _UNWRAPPED_LINE for line in text.splitlines())


class FinderBase:
    """One document's parse and the state and helpers the name rules share."""

    def __init__(
        self,
        doc: Any,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        kb: KnowledgeBase,
        tokens: list[Any] | None = None,
    ) -> None:
        self.doc = doc
        # the text, entities and tokens once: spaCy builds each of them anew on every access
        self.text: str = doc_text(doc)
        self.toks: list[Any] = tokens if tokens is not None else list(doc)
        #: where each token starts (character offsets, ascending), to find the token at a place
        self._token_starts: list[int] = [t.idx for t in self.toks]
        self.lex = lexicon
        #: a text whose lines are prose wrapped at a fixed width, where a name may go on over a
        #: line break; in any other text a line break ends a name
        self._hard_wrapped = hard_wrapped(self.text)
        self.ents: list[Any] = self._joined_places(list(doc.ents), gazetteer)
        # the entities by their first token (they never overlap): looked up, not scanned, as a
        # long text has thousands
        self._ent_at: dict[int, Any] = {int(e.start): e for e in self.ents}
        #: " <Head>" endings of cluster names ("… Free Zone"), for str.endswith
        self._cluster_endings = tuple(" " + head for head in self.lex.cluster_heads_title)
        self.gaz = gazetteer
        self.kb = kb
        self.found: list[Found] = []
        self.facts: list[tuple[Found, str, Found, str, float]] = []
        self._countries: set[str] = set()
        self._place_memo: dict[str, Place | None] = {}
        # (the tables below are keyed by ``id`` and keep the name itself: a name dropped in a
        # later pass is freed, and its id may be given to another, which must not inherit)
        #: id of a structural organization name -> the name and the span of its "of"/"at" part
        self._complements: dict[int, tuple[Found, tuple[int, int]]] = {}
        #: governing bodies named after a cluster ("<X> Zone Administrative Committee"), by id
        self._bodies: dict[int, Found] = {}
        #: id of a regional arm's name ("<Brand> Middle East") -> its brand as written
        self.brands: dict[int, tuple[Found, str]] = {}
        #: loose keys of the names a byline gives as its writers'
        self.bylined: set[str] = set()

    def _forget_places(self) -> None:
        """The document's countries changed: ambiguous names may now mean other places."""
        self._place_memo.clear()

    def _joined_places(self, ents: list[Any], gazetteer: Gazetteer) -> list[Any]:
        """ "Baja" + "California": adjacent place spans that together name a known place."""
        from spacy.tokens import Span

        out: list[Any] = []
        for ent in self._slashed_apart(ents, gazetteer):
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.end == ent.start
                and prev.label_ in ("GPE", "LOC")
                and ent.label_ in ("GPE", "LOC")
                and gazetteer.lookup(self.doc[prev.start : ent.end].text) is not None
            ):
                out[-1] = Span(self.doc, prev.start, ent.end, label=prev.label_)
                continue
            owner = (
                next((t.i for t in self.toks[ent.start + 1 : ent.end - 1] if t.tag_ == "POS"), None)
                if len(ent) > 2
                else None
            )
            owner_place = (
                gazetteer.lookup(self.doc[ent.start : owner].text)
                if owner is not None and ent.label_ in ("GPE", "LOC")
                else None
            )
            if (
                owner is not None
                and owner + 1 < ent.end
                and owner_place is not None
                and owner_place.feature in ("country", "admin1")
            ):  # "China's Hebei", "Turkey's Kocaeli": a place, then a place or a body in it
                out.append(Span(self.doc, ent.start, owner, label="GPE"))
                ent = Span(self.doc, owner + 1, ent.end, label=ent.label_)
            toks = self.toks
            if ent.label_ == "LANGUAGE" and ent.end < len(toks) and toks[ent.end].text == "-":
                continue  # "English-language": a word of an adjective, no mention of a language
            if (
                len(ent) > 2
                and toks[ent.start].lower_ == "courtesy"
                and toks[ent.start + 1].lower_ == "of"
            ):
                # "(Courtesy of <Company>)" under a photo: who gave it
                ent = Span(self.doc, ent.start + 2, ent.end, label="ORG")
            if (
                ent.label_ in ("GPE", "LOC")
                and ent.start >= 2
                and toks[ent.start - 1].is_lower
                and toks[ent.start - 2].text[:1].isupper()
                and (not out or out[-1].end <= ent.start - 2)
                and gazetteer.lookup(self.doc[ent.start - 2 : ent.end].text) is not None
            ):  # "Dar es | Salaam": NER left the first words of the place out
                ent = Span(self.doc, ent.start - 2, ent.end, label=ent.label_)
            if toks[ent.end - 1].is_space and len(ent) > 1:  # "<X> KG\n": the line break is no part
                ent = Span(self.doc, ent.start, ent.end - 1, label=ent.label_)
            if all(self._is_legal(t) for t in ent):
                continue  # "KG" of a name wrapped over a heading's line end: no name of its own
            line_end = next(
                (t.i for t in toks[ent.start : ent.end - 1] if "\n" in t.whitespace_ or t.is_space),
                None,
            )
            if (
                line_end is not None
                and line_end > ent.start
                and any(t.text == ":" for t in toks[line_end + 1 : ent.end + 1])
            ):
                # "<X> AD\nTel: +359 ...": the next line is a label, not more of the name (a
                # name hard-wrapped over two lines goes on)
                end = line_end + (0 if toks[line_end].is_space else 1)
                ent = Span(self.doc, ent.start, end, label=ent.label_)
            elif (
                line_end is not None
                and line_end + (0 if toks[line_end].is_space else 1) > ent.start
                and not self._hard_wrapped
            ):
                # "About <X> GmbH & Co. KG\n<X> GmbH & Co. KG, based in", "<Name>\nHead of
                # Communications": a heading or a contact line ends where its line does
                end = line_end + (0 if toks[line_end].is_space else 1)
                rest = end
                while rest < ent.end and toks[rest].is_space:
                    rest += 1
                head = Span(self.doc, ent.start, end, label=ent.label_)
                if not all(self._is_legal(t) for t in head):  # not a legal form's last word
                    out.append(head)
                if rest >= ent.end:
                    continue
                ent = Span(self.doc, rest, ent.end, label=ent.label_)
            if (
                len(ent) > 2
                and toks[ent.end - 1].lower_ in SEAT_WORDS
                and toks[ent.end - 2].text == "-"
            ):  # "Chiang Mai-based" taken for a name: the place, then "-based"
                ent = Span(self.doc, ent.start, ent.end - 2, label="GPE")
            if ent.label_ == "PERSON":
                comma = next((t.i for t in self.toks[ent.start : ent.end] if t.text == ","), None)
                if comma is not None and comma > ent.start:
                    # "<Name>, Chairwoman": a person's name ends at the comma
                    ent = Span(self.doc, ent.start, comma, label=ent.label_)
                of = next((t.i for t in self.toks[ent.start : ent.end] if t.lower_ == "of"), None)
                if (
                    of is not None
                    and of - ent.start >= 1
                    and gazetteer.lookup(self.doc[of + 1 : ent.end].text) is not None
                ):
                    # "Vice Mayor <Name> of <City>": the person, then where they serve
                    ent = Span(self.doc, ent.start, of, label=ent.label_)
            out.append(ent)
        return out

    def _slashed_apart(self, ents: list[Any], gazetteer: Gazetteer) -> list[Any]:
        """ "Nürtingen/Stuttgart –", "(Xinhua/<Photographer>)": names joined by a slash are
        two; a part the gazetteer knows is a place."""
        from spacy.tokens import Span

        out: list[Any] = []
        for ent in ents:
            toks = self.toks[ent.start : ent.end]
            cuts = [t.i for t in toks if t.text == "/" and not t.whitespace_]
            cuts = [c for c in cuts if c > ent.start and not self.toks[c - 1].whitespace_]
            if not cuts or ent.label_ not in ("ORG", "GPE", "LOC", "PERSON", "FAC"):
                out.append(ent)
                continue
            bounds = [ent.start, *cuts, ent.end]
            for a, b in itertools.pairwise(bounds):
                a = a + 1 if self.toks[a].text == "/" else a
                if a >= b:
                    continue
                part = self.doc[a:b]
                label = "GPE" if gazetteer.lookup(part.text) is not None else ent.label_
                out.append(Span(self.doc, a, b, label=label))
        return out

    def _span_found(
        self, start_tok: int, end_tok: int, type_name: str, rule: str, conf: float, **kw: Any
    ) -> Found | None:
        """A ``Found`` over tokens [start_tok, end_tok) trimmed of determiners and possessives."""
        doc = self.toks
        while start_tok < end_tok and (
            doc[start_tok].lower_ in DETERMINERS
            or doc[start_tok].is_punct
            or doc[start_tok].is_space
            # "On May 5 <Name> Foods signed": a sentence's opening preposition and date
            or (doc[start_tok].is_sent_start and doc[start_tok].pos_ == "ADP")
            or doc[start_tok].ent_type_ in ("DATE", "TIME")
            or self._line_label(start_tok)
        ):
            start_tok += 1
        while end_tok > start_tok and (
            doc[end_tok - 1].tag_ == "POS"
            or doc[end_tok - 1].lower_ in ("'s", "’s")
            or (doc[end_tok - 1].is_punct and doc[end_tok - 1].text not in (")",))
            or doc[end_tok - 1].is_space
        ):
            end_tok -= 1
        if end_tok <= start_tok:
            return None
        if (
            end_tok < len(doc)
            and doc[end_tok].text == "."
            and not doc[end_tok - 1].whitespace_
            and doc[end_tok - 1].lower_ + "." in self.lex.legal_suffixes
        ):
            end_tok += 1  # "<X> Kft.": the point belongs to the abbreviated legal form
        if (
            start_tok > 0
            and doc[start_tok - 1].text.isupper()
            and doc[start_tok - 1].lower_ in self.lex.legal_prefixes
            and doc[start_tok - 1].sent == doc[start_tok].sent
        ):
            start_tok -= 1  # "PT <Name>": the legal form written first is part of the name
        start, end = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        last = self.text[start:end].rsplit(None, 1)[-1].casefold()
        if last in self.lex.legal_suffixes or last + "." in self.lex.legal_suffixes:
            tail = _legal_tail_pattern(self.lex.legal_tails).match(self.text, end)
            if tail is not None:
                end = tail.end()  # "<X> Sp. z o.o.", "<X> S.A. de C.V.": a legal form in words
        text = self.text[start:end]
        if text.endswith("-"):
            end -= 1
            text = text[:-1]
        name = clean_name(text)
        if not name or not any(ch.isalnum() for ch in name):
            return None
        return Found(start, end, name, type_name, rule, conf, **kw)

    def _place_opens(self, i: int) -> bool:
        """Does a known place ("Auvergne-Rhône-Alpes", its hyphens joined) begin a longer name
        at token ``i`` ("<Region> Entreprises")?"""
        doc = self.toks
        k = i + 1
        while k + 1 < len(doc) and doc[k].text in ("-", "–") and not doc[k - 1].whitespace_:
            k += 2
        if k >= len(doc) or not doc[k].text[:1].isupper() or not self._namey(k):
            return False
        return (
            self._place(self.text[doc[i].idx : doc[k - 1].idx + len(doc[k - 1].text)]) is not None
        )

    def _line_label(self, i: int) -> bool:
        """ "I. <Name> brands ...", "SOURCE <Company>": a section's Roman numeral or a press
        release's label opening a line is no part of a name."""
        doc = self.toks
        if re.fullmatch(r"(?i:tel|fax|phone|mobile|e-?mail|web)\.?", doc[i].text) and (
            i + 1 < len(doc)
            and re.match(r"[:.]?\s*[+(\d]", self.text[doc[i].idx + len(doc[i].text) :])
        ):
            return True  # "Tel. +49 7022 ...": a contact field's label
        return re.fullmatch(r"[IVX]{1,4}\.|SOURCE", doc[i].text) is not None and (
            i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_
        )

    def _is_legal(self, token: Any) -> bool:
        """Is the token a legal form or its abbreviation ("Co.", "Ltd", "GmbH")?"""
        return (
            token.lower_ in self.lex.legal_suffixes or token.lower_ + "." in self.lex.legal_suffixes
        )

    def _place(self, name: str, *, big_only: bool = False) -> Place | None:
        # a document asks for the same names again and again: looked up once per countries
        # (``_forget_places`` when the document's countries change)
        try:
            place = self._place_memo[name]
        except KeyError:
            place = self._place_memo[name] = self.gaz.lookup(name, hint_countries=self._countries)
        if place is None:
            return None
        if big_only and place.feature == "city" and place.population < BIG_CITY:
            return None
        return place

    def _opens_line(self, i: int) -> bool:
        """Does token ``i`` open its sentence or its line ("By <Outlet> reporters" under a
        headline the parser ran into one sentence)?"""
        tok = self.toks[i]
        if tok.is_sent_start:
            return True
        return not self.text[self.text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()

    def _namey(self, i: int) -> bool:
        tok = self.toks[i]
        text = tok.text
        if tok.is_space or (tok.is_punct and text not in ("&", "-", "'", "’")):
            return False
        if (
            text == "-"
            and 0 < i < len(self.toks) - 1
            and not self.toks[i - 1].whitespace_
            and not tok.whitespace_
            and self.toks[i - 1].text[:1].isupper()
            and self.toks[i + 1].text.isalpha()
            and self.toks[i + 1].lower_ not in _DESCRIBING_PARTICIPLES
        ):
            return True  # the hyphen of "High-tech"
        if (
            i >= 2
            and text.isalpha()
            and self.toks[i - 1].text == "-"
            and self.toks[i - 1].idx + 1 == tok.idx
            and self.toks[i - 2].idx + len(self.toks[i - 2].text) == tok.idx - 1
            and self.toks[i - 2].text[:1].isupper()
            and tok.lower_ not in _DESCRIBING_PARTICIPLES
        ):
            return True  # "High-tech": a word joined by a hyphen to a capitalised one
        return bool(
            text[:1].isupper()
            or (tok.like_num and any(c.isdigit() for c in text))
            or (len(text) > 1 and text.isupper())
        )

    def _patronymic_end(self, given: int) -> int | None:
        """Where an Arabic or Malay name that opens at token ``given`` with "bin" after it ends
        ("Turki bin Abdulaziz Al-Qahtani", "Mohammed bin Salman"); None when it is no person's:
        the capitalised words run on into an institution named for one ("Mohammed bin Rashid
        Space Centre", "Hamdan bin Mohammed Smart University")."""
        toks = self.toks
        i = given + 1
        if (
            i + 1 >= len(toks)
            or toks[i].text not in PATRONYMIC_LINKS
            or not (self._given_word(given) and self._given_word(i + 1))
        ):
            return None
        j = i + 2
        while j < len(toks):
            if toks[j].text in PATRONYMIC_LINKS and self._given_word(j + 1):
                j += 2  # "<Given> bin <Father> bin <Grandfather>"
            elif toks[j].text in _FAMILY_ARTICLES and j + 2 < len(toks):
                hyphened = toks[j + 1].text == "-" and not toks[j].whitespace_
                last = j + 2 if hyphened else j + 1
                if not self._given_word(last):
                    break
                j = last + 1  # "Al-Qahtani", "Al Saud", "El-Sayed"
            elif self._given_word(j) and toks[j].lower_ not in self.lex.demonyms:
                j += 1
            else:
                break
        if j - i > 6:
            return None
        if j < len(toks) and toks[j].text[:1].isupper() and toks[j].is_alpha:
            return None  # the name runs on: "... Space Centre", "... Smart University"
        return j

    def _given_word(self, i: int) -> bool:
        """Can token ``i`` be one word of a person's name: a capitalised word that is no post's,
        body's or style's word?"""
        if i >= len(self.toks):
            return False
        tok = self.toks[i]
        return (
            tok.is_alpha
            and tok.text.istitle()
            and tok.lower_ not in self.lex.title_heads
            and tok.lower_ not in self.lex.title_modifiers
            and tok.lower_ not in self.lex.org_heads
            and tok.lower_ not in HONORIFICS
        )

    def _complement_of(self, found: Found) -> tuple[int, int] | None:
        """The span of the "of"/"at" part of a structural organization's name, if it is one."""
        entry = self._complements.get(id(found))
        return entry[1] if entry is not None and entry[0] is found else None

    def _brand_of(self, found: Found) -> str | None:
        """The brand words of a regional arm's name ("<Brand> Peru"), if it is one."""
        entry = self.brands.get(id(found))
        return entry[1] if entry is not None and entry[0] is found else None

    def _admin_suffix(self, name: str) -> bool:
        words = name.casefold().split()
        return any(
            " ".join(words[-n:]) in self.lex.admin_suffixes for n in (1, 2, 3) if len(words) > n
        )

    def _place_type(self, name: str, place: Place | None) -> str:
        if place is not None:
            return {
                "country": "Country",
                "city": "City",
                "continent": "Continent",
                "admin1": "AdministrativeArea",
            }.get(place.feature, "Place")
        if self._admin_suffix(name):
            return "AdministrativeArea"
        return "Place"

    def _mission(self, name: str) -> bool:
        """Is this the name of a state's mission ("Embassy of <State>", "Consulate General")?"""
        return any(w in self.lex.mission_heads for w in name.casefold().replace("-", " ").split())

    def _cluster_named(self, name: str) -> bool:
        """Does a name end in a cluster head ("... Development Zone", "... industry cluster")?"""
        folded = name.casefold()
        return any(
            folded.endswith(" " + head.casefold())
            for head in (*self.lex.cluster_heads_title, *self.lex.cluster_heads_lower)
        )

    def _cluster_then_town(self, name: str) -> bool:
        """Does a name end in a cluster head and then the town it is in ("Khalifa Economic
        Zones Abu Dhabi", "<X> Industrial Park Shenzhen")?"""
        words = name.split()
        for n in (1, 2):
            if len(words) <= n + 2 or self._place(" ".join(words[-n:])) is None:
                continue
            head = words[:-n]
            if head[-1].endswith("s") and len(head[-1]) > 4:  # "Zones", "Parks"
                head = [*head[:-1], head[-1][:-1]]
            if " ".join(head).endswith(self._cluster_endings):
                return True
        return False

    def _venue_named(self, name: str) -> bool:
        """Does a name end in a venue head ("... Convention Center", "... Trade City"), or in one
        and the city it is in ("... Congress Center Munich")?"""
        words = name.casefold().split()
        if self._ends_in_venue_head(words):
            return True
        if len(words) > 2 and " ".join(words) in self.lex.venue_heads:
            return True  # "the World Trade Centre": a venue's head that names it whole
        if (  # "Hotel <Name> <District>": a hotel named head first
            2 <= len(words) <= 5
            and words[0] in _HEAD_FIRST_VENUES
            and not any(w in self.lex.org_heads or w.strip(".,") in LEGAL_WORDS for w in words)
        ):
            return True
        # "International Congress Center Munich": the head, then its city
        return any(
            len(words) > n + 1
            and self._ends_in_venue_head(words[:-n])
            and self._place(" ".join(name.split()[-n:])) is not None
            for n in (1, 2)
        )

    def _ends_in_venue_head(self, words: list[str]) -> bool:
        return _venue_head_pattern(self.lex.venue_heads).search(" ".join(words)) is not None


#: words that open venues' names ("Hotel <Name>", "Palacio de <X>")
_HEAD_FIRST_VENUES = frozenset({"hotel", "palacio", "palais"})


@functools.cache
def _venue_head_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """A venue head ending a folded name, after at least one other word."""
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"\S (?:{words})$")


@functools.cache
def _legal_tail_pattern(tails: frozenset[str]) -> re.Pattern[str]:
    """The words that finish a legal form begun by an abbreviation ("Sp." + "z o.o.")."""
    words = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{words})(?![\w])", re.IGNORECASE)
