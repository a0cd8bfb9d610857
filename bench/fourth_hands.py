"""Fourth hands: registration data as a fourth, independent team would have produced it.

A benchmark data generator for the record-linkage engine, written without looking at the
engine or at the other generators, so that the engine meets habits it was not tuned on.

Usage::

    .venv/bin/python bench/fourth_hands.py --people 100000 --seed 41 --out bench/out/x --explain

writes ``records.csv`` (the interchange format of ``shared/interchange-format.md``),
``truth.csv`` (``record_id,person_id``) and, with ``--explain``, ``why.csv``: for every record
its person, household, channel, agency, clerk, the ``;``-joined habits and mistakes applied to
it (``tags``: ``style:ian``, ``nickname``, ``maiden_name``, ``dob:age``, ``phone:caller``, ...),
the person's true name and birth date, and ``traps``: what makes the person easy to confuse
with someone else (``twin``, ``same_name_in_household`` for a grandfather and the grandson named
after him, ``namesake_same_year`` when another person has the same canonical given and family
name and birth year). Linkage errors can so be sorted by cause. The one-line summary also
gives ``namesake_pairs``: pairs of different people sharing canonical name and birth year.

Scenario
--------
Late September 2023: some 100,000 people leave Nagorno-Karabakh within a week, cross at
Kornidzor, are received in Goris and disperse to hotels, collective centres, rented flats and
host families all over Armenia. They are registered, often more than once, by:

``gov``
    government desks at Kornidzor, Goris and the municipalities, copying from documents.
    Most clerks type Armenian script (patronymic in the Armenian genitive, ``Արմենի``); some
    copy the Latin page of the passport, often in capitals; some type Russian, and anyone who
    shows an old Soviet-style passport tends to be copied in Russian with an ``-ович`` /
    ``-овна`` patronymic. Dates are mostly right; elderly people without exact dates get year
    only or ``01-01``. Kornidzor records carry the Karabakh mobile numbers (+374 97).
``un``
    UN-agency case workers with interpreters, typing Latin on laptops. Each clerk has a fixed
    transliteration habit (the official scheme, ``-ian`` English style, Latin from the Russian
    form: ``Akopyan``/``Akopian``, scholarly apostrophes ``Harut'yunyan``, French
    ``Khatchatrian``, Western-Armenian ``Bedrosian``/``Krikorian``); unknown day and month
    become ``01-01``; "father's name" holds the plain father's name.
``ngo``
    NGO paper forms typed later by data clerks: Armenian-, Russian- or English-working
    organisations; more typos (handwriting), US-style day/month swaps, small sequential
    household numbers (``HH-0042``) that collide between organisations.
``mobile``
    mobile teams on tablets with a Latin keyboard only: names transliterated on the fly, by
    ear, often lower case; touch-keyboard typos; year-only births and ages.
``hotline``
    a phone hotline: names heard, not read (aspirated/plain consonants confused, doubled
    letters lost, ``H`` dropped, Karabakh-dialect ``-yants`` surnames); birth year derived
    from a stated age (heaped on multiples of five for the old); the caller's phone recorded
    for every family member named in the call; rarely a household number.
``web``
    the host-family self-registration form: people type their own names in whatever script
    (Armenian; informal chat Latin such as ``Xachatryan``/``Qocharyan``/``Hakobjan``;
    Russian), in capitals, given and family name swapped, both names in one field with the
    other left ``-`` or repeated, patronymic typed into the given-name field, nicknames
    (``Ano``, ``Rafik``, ``Серёжа``), a Cyrillic letter hidden in a Latin name, Russian typed
    on a Latin layout (``Fhvty`` for ``Армен``), a date picker left on today, the sex
    drop-down left on ``M``, the host's phone and the host's application number shared by
    every family the host takes in.

Clerks are persistent: each has a profile (script, transliteration scheme, capitals, typo
rate, patronymic style, date habits, phone format) drawn once, so a clerk's mistakes are
consistent across the people they register, as in real data.

People
------
Households (nuclear, three-generation, single mother, elderly couple, lone elder, young
couple, single adult) from a mostly Armenian population with Russian, Ukrainian, Georgian,
Yazidi, Assyrian, Greek and Persian minorities and foreign spouses. Names are chosen by birth
cohort (``Gagik``/``Zhanna`` in the 1960s, ``Narek``/``Mariam`` in the 2010s); surnames follow a
long-tailed national distribution mixed with village clans, so namesakes of the same birth
year are common. The eldest son is often named after his paternal grandfather (the two can
share a household, a surname and a phone); twins share a date, a surname and a household;
father and son occasionally share a given name. Married women may be recorded under their
maiden name; children of mothers who kept their surname may be recorded under it;
non-Armenian women have feminine surname forms (``Иванова``) that some clerks get wrong.
People displaced in 2020 (Hadrut, Shushi, Berdzor) give their old home or Stepanakert.

Names are stored once as Armenian phoneme tokens (or Russian Cyrillic for non-Armenian names)
and rendered per record into Armenian script, six Latin schemes plus informal chat Latin,
Russian Cyrillic (with the conventional Russian forms: ``Оганес``, ``Акопян``, ``Саркисян``)
and four Latin transliterations of the Russian form. Phones: Karabakh numbers, new Armenian
SIMs picked up in the first days, shared household phones, relatives', hosts' and collective
centres' phones.

Records per person average about 1.2 (at most 4); rows are shuffled and record ids say
nothing about the person. One ``random.Random(seed)`` drives everything, so a seed always
gives the same files, with or without ``--explain``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")

HEADER = (
    "record_id",
    "given_name",
    "family_name",
    "patronymic",
    "sex",
    "birth_date",
    "origin",
    "phone",
    "household_ref",
    "registered_at",
    "site",
)
WHY_HEADER = (
    "record_id",
    "person_id",
    "household_id",
    "channel",
    "agency",
    "clerk",
    "event",
    "tags",
    "true_given",
    "true_family",
    "true_birth_date",
    "traps",
)
SEP = "\x1f"


class Table(Generic[T]):
    """A weighted choice table."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        items: list[T] = []
        weights: list[float] = []
        for item, weight in pairs:
            if weight > 0:
                items.append(item)
                weights.append(weight)
        if not items:
            raise ValueError("empty table")
        self.items = items
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def table(**weights: float) -> Table[str]:
    return Table(weights.items())


# ---------------------------------------------------------------------------------------------
# Scripts and transliteration
# ---------------------------------------------------------------------------------------------
# Armenian names are written as phoneme tokens, one token per Armenian letter: an apostrophe
# marks the aspirated consonant (k' = ք, t' = թ, p' = փ, ts' = ց, ch' = չ), E = է, O = օ,
# o = ո (read "vo" word-initially), e = ե (read "ye" word-initially), u = ու, rr = ռ,
# @ = ը, & = և; "|" separates letters that would otherwise read as one token.

ARM = {
    "a": "ա", "b": "բ", "g": "գ", "d": "դ", "e": "ե", "z": "զ", "E": "է", "@": "ը",
    "t'": "թ", "zh": "ժ", "i": "ի", "l": "լ", "kh": "խ", "ts": "ծ", "k": "կ", "h": "հ",
    "dz": "ձ", "gh": "ղ", "ch": "ճ", "m": "մ", "y": "յ", "n": "ն", "sh": "շ", "o": "ո",
    "ch'": "չ", "p": "պ", "j": "ջ", "rr": "ռ", "s": "ս", "v": "վ", "t": "տ", "r": "ր",
    "ts'": "ց", "u": "ու", "p'": "փ", "k'": "ք", "O": "օ", "f": "ֆ", "&": "և",
    " ": " ", "-": "-",
}  # fmt: skip
MULTI = ("ch'", "ts'", "t'", "p'", "k'", "kh", "gh", "zh", "sh", "dz", "ts", "ch", "rr")
VOWELS = frozenset(("a", "e", "E", "@", "i", "o", "u", "O", "&"))
SPACERS = frozenset((" ", "-"))

LAT = {
    "a": "a", "b": "b", "g": "g", "d": "d", "e": "e", "z": "z", "E": "e", "@": "y",
    "t'": "t", "zh": "zh", "i": "i", "l": "l", "kh": "kh", "ts": "ts", "k": "k", "h": "h",
    "dz": "dz", "gh": "gh", "ch": "ch", "m": "m", "y": "y", "n": "n", "sh": "sh", "o": "o",
    "ch'": "ch", "p": "p", "j": "j", "rr": "r", "s": "s", "v": "v", "t": "t", "r": "r",
    "ts'": "ts", "u": "u", "p'": "p", "k'": "k", "O": "o", "f": "f", "&": "ev",
}  # fmt: skip
LAT_INIT = {"e": "ye", "o": "vo", "&": "yev"}

RU = {
    "a": "а", "b": "б", "g": "г", "d": "д", "z": "з", "t'": "т", "zh": "ж", "i": "и",
    "l": "л", "kh": "х", "ts": "ц", "k": "к", "dz": "дз", "gh": "г", "ch": "ч", "m": "м",
    "n": "н", "sh": "ш", "ch'": "ч", "p": "п", "j": "дж", "rr": "р", "s": "с", "v": "в",
    "t": "т", "r": "р", "ts'": "ц", "u": "у", "p'": "п", "k'": "к", "O": "о", "f": "ф",
    "@": "ы", "e": "е",
}  # fmt: skip

CYR_TOK: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "ж": ("zh",),
    "з": ("z",), "и": ("i",), "й": ("y",), "к": ("k",), "л": ("l",), "м": ("m",),
    "н": ("n",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",),
    "ф": ("f",), "х": ("kh",), "ц": ("ts'",), "ч": ("ch'",), "ш": ("sh",),
    "щ": ("sh", "ch'"), "ъ": (), "ь": (), "ы": ("@",), "э": ("E",), "ю": ("y", "u"),
    "я": ("y", "a"), "ё": ("y", "o"), " ": (" ",), "-": ("-",),
}  # fmt: skip

# Latin transliterations of Russian forms.
_RL_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", " ": " ", "-": "-",
}  # fmt: skip
RL_SCHEMES: dict[str, dict[str, str]] = {
    "rl_old": dict(_RL_BASE),
    "rl_icao": {**_RL_BASE, "й": "i", "ю": "iu", "я": "ia", "ъ": "ie"},
    "rl_fr": {
        **_RL_BASE, "у": "ou", "ч": "tch", "ш": "ch", "ж": "j", "й": "i", "ю": "iou",
        "я": "ia", "дж": "dj", "щ": "chtch",
    },
    "rl_de": {
        **_RL_BASE, "в": "w", "ж": "sh", "з": "s", "й": "j", "х": "ch", "ц": "z",
        "ч": "tsch", "ш": "sch", "ю": "ju", "я": "ja", "дж": "dsch", "щ": "schtsch",
    },
}  # fmt: skip

_RE_YAN = re.compile(r"yan(?=$|[ -])")
_RE_DOUBLE = re.compile(r"([a-z])\1")
_RE_DOUBLE_CYR = re.compile(r"([а-яё])\1")


def _ian_post(s: str) -> str:
    return _RE_YAN.sub("ian", s).replace("yu", "iu")


# style name -> (token map, word-initial map, "y before a vowel" spelling, post-processing)
LatStyle = tuple[dict[str, str], dict[str, str], str | None, Callable[[str], str] | None]
LAT_STYLES: dict[str, LatStyle] = {
    "lat": (LAT, LAT_INIT, None, None),
    "ian": (LAT, LAT_INIT, None, _ian_post),
    "alalc": (
        {**LAT, "t'": "t'", "p'": "p'", "k'": "k'", "ts'": "ts'", "ch'": "ch'"},
        LAT_INIT,
        None,
        None,
    ),
    "west": (
        {
            **LAT, "b": "p", "p": "b", "g": "k", "k": "g", "d": "t", "t": "d", "j": "ch",
            "ch": "j", "dz": "ts", "ts": "dz", "u": "ou",
        },
        LAT_INIT,
        None,
        _ian_post,
    ),
    "fr": (
        {**LAT, "u": "ou", "ch": "tch", "ch'": "tch", "j": "dj", "zh": "j", "sh": "ch"},
        {"e": "e", "o": "vo", "&": "ev"},
        "i",
        None,
    ),
}  # fmt: skip
# Informal "chat" Latin as Armenians type their own names (phonetic keyboard habits).
_CHAT = [
    {"kh": "x", "ts": "c", "ts'": "c", "k'": "q"},
    {"gh": "x", "zh": "j", "@": "y"},
    {"kh": "x", "gh": "x", "ts": "c", "ts'": "c", "y": "j", "@": "e"},
    {"ts": "c", "ts'": "c", "k'": "q", "u": "ou"},
    {"kh": "x", "@": "@", "&": "&"},
    {"kh": "x", "gh": "g", "ts'": "c", "rr": "rr"},
]
_CHAT_INIT = [
    {"e": "e", "o": "o", "&": "ev"},
    LAT_INIT,
    {"e": "e", "o": "vo", "&": "ev"},
    LAT_INIT,
    {"e": "e", "o": "o", "&": "&"},
    LAT_INIT,
]
for _i, (_m, _init) in enumerate(zip(_CHAT, _CHAT_INIT, strict=True)):
    LAT_STYLES[f"chat{_i}"] = ({**LAT, **_m}, _init, None, None)
CHAT_STYLES = tuple(f"chat{i}" for i in range(len(_CHAT)))
TOKEN_STYLES = ("hy", *LAT_STYLES)  # rendered from tokens and cached per name
LATIN_STYLES = frozenset((*LAT_STYLES, *RL_SCHEMES))


def tokenize(code: str) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(code):
        if code[i] == "|":
            i += 1
            continue
        for m in MULTI:
            if code.startswith(m, i):
                out.append(m)
                i += len(m)
                break
        else:
            out.append(code[i])
            i += 1
    for t in out:
        if t not in ARM:
            raise ValueError(f"bad token {t!r} in {code!r}")
    return tuple(out)


def cap_words(s: str) -> str:
    out: list[str] = []
    up = True
    for ch in s:
        if up and ch not in " -":
            out.append("Եվ" if ch == "և" else ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in " -":
            up = True
    return "".join(out)


def upper(s: str) -> str:
    return s.replace("և", "ԵՎ").upper()


def r_hy(toks: Sequence[str]) -> str:
    return cap_words("".join(ARM[t] for t in toks))


def r_lat(toks: Sequence[str], style: str) -> str:
    m, init, yv, post = LAT_STYLES[style]
    out: list[str] = []
    start = True
    n = len(toks)
    for i, t in enumerate(toks):
        if t in SPACERS:
            out.append(t)
            start = True
            continue
        if start and t in init:
            out.append(init[t])
        elif yv is not None and t == "y" and i + 1 < n and toks[i + 1] in VOWELS:
            out.append(yv)
        else:
            out.append(m[t])
        start = False
    s = "".join(out)
    if post is not None:
        s = post(s)
    return cap_words(s)


def r_ru(toks: Sequence[str]) -> str:
    """Russian Cyrillic by the usual conventions (Հ dropped before a vowel, յա -> я, ...)."""
    out: list[str] = []
    n = len(toks)
    i = 0
    start = True
    while i < n:
        t = toks[i]
        if t in SPACERS:
            out.append(t)
            start = True
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        prev = None if start else toks[i - 1]
        if t == "h":
            if prev is None:
                s = "" if nxt in VOWELS else "г"
            elif nxt is None or nxt not in VOWELS:
                s = "х"
            elif prev in VOWELS:
                s = ""
            else:
                s = "г"
        elif t == "o":
            s = "во" if prev is None else "о"
        elif t == "y":
            s = "й"
            if nxt == "a":
                s, i = "я", i + 1
            elif nxt == "u":
                s, i = "ю", i + 1
            elif nxt == "e":
                s, i = "е", i + 1
            elif nxt == "o":
                s, i = "йо", i + 1
            elif nxt == "i":
                s = ""
        elif t == "&":
            s = "ев"
        elif t == "E":
            s = "э"
        else:
            s = RU[t]
        out.append(s)
        start = False
        i += 1
    return cap_words("".join(out))


def r_rulat(ru: str, scheme: str) -> str:
    m = RL_SCHEMES[scheme]
    low = ru.lower()
    out: list[str] = []
    i = 0
    n = len(low)
    while i < n:
        if low.startswith("дж", i) and "дж" in m:
            out.append(m["дж"])
            i += 2
            continue
        c = low[i]
        if c == "е" and (i == 0 or low[i - 1] in " -ьъаеиоуюяэ") and scheme == "rl_old":
            out.append("ye")
        else:
            out.append(m.get(c, c))
        i += 1
    return cap_words("".join(out))


def cyr_tokens(s: str) -> tuple[str, ...]:
    low = s.lower()
    out: list[str] = []
    for i, c in enumerate(low):
        start = i == 0 or low[i - 1] in " -"
        if c == "е":
            if not start and low[i - 1] in "ьъ":
                out += ("y", "e")
            else:
                out.append("e")
        elif c == "о":
            out.append("O" if start else "o")
        elif c == "р" and start:
            out.append("rr")
        elif c == "й" and i > 0 and low[i - 1] == "и" and (i + 1 == len(low) or low[i + 1] in " -"):
            continue
        else:
            out += CYR_TOK[c]
    return tuple(out)


def render_tokens(toks: Sequence[str], style: str) -> str:
    if style == "hy":
        return r_hy(toks)
    if style == "ru":
        return r_ru(toks)
    if style in RL_SCHEMES:
        return r_rulat(r_ru(toks), style)
    return r_lat(toks, style)


def ru_patronymic(ru: str, sex: str) -> str:
    """Russian patronymic from the Russian form of the father's name."""
    m = sex != "F"
    if ru.endswith("ий"):
        return ru[:-2] + ("ьевич" if m else "ьевна")
    if ru.endswith(("ей", "ай")):
        return ru[:-1] + ("евич" if m else "евна")
    if ru.endswith("ь"):
        return ru[:-1] + ("евич" if m else "евна")
    if ru[-1] in "аеиоуэюя":
        return ru + ("евич" if m else "евна")
    if ru[-1] in "жшчщц":
        return ru + ("евич" if m else "евна")
    return ru + ("ович" if m else "овна")


def feminine_ru(ru: str) -> str | None:
    if ru.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return ru + "а"
    if ru.endswith(("ский", "цкий")):
        return ru[:-2] + "ая"
    return None


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
class Entry:
    """One written name (given name, surname, place), with its renderings precomputed."""

    __slots__ = (
        "uid",
        "tokens",
        "forms",
        "ru",
        "ru_table",
        "rulat",
        "dims",
        "fem",
        "masc",
        "variants",
        "_gen",
        "_ovich",
    )
    _next_uid = 0

    def __init__(self, tokens: tuple[str, ...], ru: list[tuple[str, float]]) -> None:
        self.uid = Entry._next_uid
        Entry._next_uid += 1
        self.tokens = tokens
        self.forms = {s: render_tokens(tokens, s) for s in TOKEN_STYLES}
        forms = [f for f, _ in ru]
        self.ru = forms
        self.ru_table: Table[int] = Table((i, w) for i, (_, w) in enumerate(ru))
        self.rulat = {sc: [r_rulat(f, sc) for f in forms] for sc in RL_SCHEMES}
        self.dims: list[Entry] = []
        self.fem: Entry | None = None
        self.masc: Entry | None = None
        self.variants: list[tuple[str, Entry]] = []
        self._gen: Entry | None = None
        self._ovich: dict[str, Entry] = {}

    @classmethod
    def arm(cls, code: str, ru_spec: str = "") -> Entry:
        toks = tokenize(code)
        ru = parse_ru(ru_spec) if ru_spec else [(r_ru(toks), 1.0)]
        e = cls(toks, ru)
        fem = feminine_ru(ru[0][0])
        if fem is not None:
            f = cls(toks + ("a",), [(r + "а", w) for r, w in ru])
            f.masc = e
            e.fem = f
        return e

    @classmethod
    def cyr(cls, name: str, alt: Sequence[str] = ()) -> Entry:
        forms = [(name, 4.0)] + [(a, 1.0) for a in alt]
        if "ё" in name:
            forms.append((name.replace("ё", "е"), 4.0))
        e = cls(cyr_tokens(name), forms)
        fem = feminine_ru(name)
        if fem is not None:
            f = cls.cyr(fem)
            f.masc = e
            e.fem = f
        return e

    def gen(self) -> Entry:
        """The Armenian genitive, used as a patronymic (Արմեն -> Արմենի)."""
        if self._gen is None:
            last = self.tokens[-1]
            add: tuple[str, ...] = ("y", "i") if last in ("a", "o", "u", "O") else ("i",)
            self._gen = Entry(self.tokens + add, [(self.ru[0], 1.0)])
        return self._gen

    def ovich(self, sex: str) -> Entry:
        e = self._ovich.get(sex)
        if e is None:
            e = Entry.cyr(ru_patronymic(self.ru[0], sex))
            self._ovich[sex] = e
        return e

    def render(self, style: str, rng: Random) -> str:
        if style == "ru":
            return self.ru[self.ru_table.pick(rng)]
        if style in RL_SCHEMES:
            return self.rulat[style][self.ru_table.pick(rng)]
        return self.forms[style]


def parse_ru(spec: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for part in spec.split(","):
        name, _, w = part.partition(":")
        out.append((name, float(w) if w else 1.0))
    return out


def dim_entry(spec: str) -> Entry:
    if spec.startswith("="):
        return Entry.cyr(spec[1:])
    code, _, ru = spec.partition("/")
    return Entry.arm(code, ru)


# given names: tokens | Russian forms | nicknames | weights by birth cohort
# (<=1950, 1951-72, 1973-92, 1993-2008, 2009+)
MALE_HY = """
armen||armo/Армо|1 8 9 3 1
arman|||0 1 3 6 4
aram|||2 3 3 2 2
art'ur|Артур||0 3 6 4 2
arsen|||0 1 4 5 3
ashot||ashotik/Ашотик|3 5 4 1 0.5
arayik|Араик||0 2 4 1 0.2
davit|Давид:4,Давит:1|davo/Даво|1 2 4 8 8
gor|||0 0 1 6 3
narek|||0 0 1 8 6
hayk|Айк||0 1 3 7 6
tigran|||1 2 4 5 4
vahe|Ваге:3,Ваэ:1||0 2 4 4 2
vardan||vardo/Вардо|2 3 3 2 1
gagik||gago/Гаго|1 6 4 0.5 0.1
karen|||0.5 4 6 2 1
samvel|Самвел:4,Самуэл:1|samo/Само|2 5 4 1 0.5
sergey|Сергей|=Серёжа|1 4 3 0.5 0.1
g&org|Геворг|zhora/Жора|2 3 3 3 2
grigor|Григорий:3,Григор:2|grisha/Гриша|3 3 2 2 2
hovhannes|Оганес:5,Ованес:3,Иван:0.3|vanik/Ваник vano/Вано|3 2 1 1 1
harut'yun|Арутюн||2 2 1 0.3 0.2
khach'atur|Хачатур|khach'o/Хачо|3 2 1 0.2 0.2
levon|Левон|levo/Лёва:1,Лево:1|1 2 3 4 3
mher|Мгер||0 1 2 3 2
rrafayel|Рафаэль:3,Рафаел:2,Рафаэл:1|rrafik/Рафик|3 3 1 0.3 0.2
rruben|Рубен||2 3 2 1 1
sargis|Саркис:3,Саргис:1|sako/Сако|3 2 2 2 1
suren||suro/Суро|2 3 2 1 0.5
vazgen|||2 3 2 0.5 0.3
vladimir|Владимир|volodya/Володя|2 3 1 0.1 0
valeri|Валерий:3,Валери:1|valera/Валера|0.5 3 2 0.3 0
yuri|Юрий:3,Юра:1|yura/Юра|1 3 1 0.1 0
albert|Альберт:3,Алберт:1|alik/Алик|1 3 2 0.3 0
Eduard|Эдуард|Edik/Эдик|1 3 2 0.3 0
andranik|||2 2 1 1 0.5
arkadi|Аркадий:3,Аркади:1||1 3 1 0.2 0
artak|||0 2 4 2 0.5
Erik|Эрик||0 0 1 4 5
Edgar|Эдгар||0 0 2 4 3
hamlet|Гамлет||2 3 1 0.1 0
norik|||1 2 1 0.1 0
gegham|||1 2 2 1 0.5
seyran|Сейран||1 2 1 0.1 0
mkrtich'|Мкртич|mko/Мко|3 1 0.5 0.2 0.1
mushegh|||1 1 1 0.5 0.3
nver|||1 2 1 0.3 0
manvel|Манвел:3,Мануэл:1||1 2 2 1 0.5
vach'agan||vach'o/Вачо|1 2 2 1 0.5
vagharshak|||1 1 1 0.3 0.2
vitali|Виталий:3,Витали:1||0 2 2 0.3 0
alen|||0 0 0.5 3 4
mark|||0 0 0.3 2 4
alek'sandr|Александр||1 2 2 2 2
mik'ayel|Микаел:3,Михаил:2|misha/Миша|1 1 2 3 3
movses|Мовсес:4,Моисей:1||1 1 1 1 1
hrach'ya|Грачья:3,Грачя:1|hrach'ik/Грачик|2 2 1 0.3 0.2
hrant|||1 2 1 0.5 0.5
hakob|Акоп:5,Акоб:1,Яков:1||2 1 1 1 1
petros|||2 1 0.5 0.5 0.5
poghos|||2 1 0.3 0.2 0.2
step'an|Степан|=Стёпа|2 2 1 0.5 0.3
garik|||0 3 2 0.5 0
kamo|||1 2 1 0.2 0
garnik|||1 2 2 0.5 0.2
rrobert|||1 3 2 0.5 0.2
martin|||0 1 2 2 1
gurgen|||2 2 1 0.5 0.3
eghishe|||2 1 0.5 0.5 0.3
nerses|||1 1 1 1 1
vyach'eslav|Вячеслав|slava/Слава|0 2 1 0.1 0
zaven|||1 1 1 0.3 0
vahagn|Ваагн:3,Ваган:1||0 0.5 1 2 2
hovsep'|Овсеп:4,Осип:1,Иосиф:1||2 1 0.5 0.3 0.2
misak|||1 1 0.5 0.1 0
ararat|||1 1 1 0.5 0.3
sevak|||0 0.5 1 2 1
hmayak|Амаяк:3,Гмаяк:1||1 1 0.5 0.1 0
ishkhan|||1 1 0.5 0.2 0
armenak|||2 1 0.5 0.1 0
khoren|||1 1 0.5 0.2 0
avetik'|||1 1 0.5 0.2 0.2
arshak|||1 1 1 0.5 0.3
rrazmik|||0.5 2 1 0.3 0
aghasi|||1 1 0.5 0.1 0
sasun|||0.5 1 1 0.5 0.3
derenik|||0.5 1 1 0.5 0.2
smbat|||1 1 1 0.5 0.3
vrezh|||0 1 2 1 0.5
t'at'ul|||0.5 1 1 0.5 0.2
serob|||1 0.5 0.3 0.2 0.1
hayrapet|||1 0.5 0.2 0 0
"""

FEMALE_HY = """
anahit|Анаит:4,Анахит:1|ano/Ано|2 4 3 1 0.5
armine|Армине:3,Армина:2||0 1 4 3 1
ani|||0 0 2 6 5
anna|||1 2 3 3 3
lilit|||0 1 2 5 3
mariam|Мариам:3,Марьям:1,Мария:1|mari/Мари|1 1 1 5 8
nare|||0 0 0.2 3 5
nane|||0 0 0.2 2 4
milena|||0 0 0 2 4
sona|||0 1 2 2 2
tat'&|Татев||0 0 1 3 3
gayane|Гаяне:3,Гаяна:2||1 3 3 1 0.5
hasmik|Асмик:4,Гасмик:1||2 4 3 1 0.3
karine|Карине:3,Карина:2||0 4 4 1 0.2
lusine|Лусине:3,Лусинэ:1||0 2 5 3 1
marine|Марине:3,Марина:2||1 4 3 0.5 0
narine|Нарине:3,Наринэ:1||0 3 4 1 0.3
rruzanna|||1 3 2 0.5 0.2
susanna|||1 3 2 0.5 0.2
siranush||sirush/Сируш|3 2 0.5 0.2 0.2
zhanna|||0 3 2 0.2 0
alla|||0 2 1 0 0
lyudmila|Людмила|lyuda/Люда|1 3 1 0 0
margarita|Маргарита|rrita/Рита|2 3 2 0.5 0.3
nvard|||3 1 0.5 0.3 0.2
astghik|Астхик:3,Астгик:1||2 2 1 1 0.5
srbuhi|||2 1 0.3 0.3 0.2
anush|||2 2 1 1 1
Emma|||1 3 1 0.3 0
larisa|||0 3 1 0 0
Elmira|Эльмира:3,Элмира:1||1 2 1 0 0
greta|||0 2 1 0 0
syuzanna|||0 1 2 1 0.3
gohar|||1 1 2 2 1
t'amara|||2 2 1 0.3 0.3
nelli|||0 2 1 0 0
flora|||1 2 0.5 0 0
zoya|||1 2 0.5 0 0
valentina|Валентина|valya/Валя|2 2 0.3 0 0
rima|||1 2 0.5 0 0
rroza|||2 2 0.3 0 0
svetlana|Светлана|sveta/Света|0 3 2 0.3 0
inna|||0 1 1 0.3 0
anzhela|||0 1 3 0.5 0
silva|Сильва:3,Силва:1||1 2 1 0.2 0
sat'enik|||1 2 1 0.5 0.3
arak'sya|Араксия:2,Араксья:1||1 2 1 0.5 0.2
mane|||0 0 0.5 2 3
Elen|||0 0 0.5 3 4
eva|||0 0 0 2 4
mari|||0 0 0 1 3
inesa|Инесса:2,Инеса:1||0 1 2 1 0
naira|||0 1 3 1 0.5
k'ristine|Кристине:2,Кристина:2||0 0 2 4 1
diana|||0 0 2 4 2
arpi|||0 0 1 2 2
seda|||0 1 2 2 1
meri|||1 1 1 1 1
shushan|||1 1 1 1 1
heghine|Эгине:2,Гегине:1||1 1 1 2 1
nazeli|||0 1 1 2 1
alvard|||2 1 0.5 0.2 0
arevik|||0 1 2 2 1
sofia|София:3,Софья:1||0 0 0.5 2 4
elena|Елена|lena/Лена|0 2 2 1 0.3
arusyak|||2 1 0.5 0.2 0
varsik|||2 1 0.2 0 0
hrrip'sime|Рипсиме||1 2 1 1 1
haykuhi|||0 0.5 1 2 1
arsine|||0 0 0.5 2 2
nune|||0 1 2 1 0.3
liana|||0 0 1 3 2
ashkhen|||2 1 0.5 0.2 0.2
zaruhi|||2 1 0.3 0.1 0
knarik|||1 2 1 0.2 0
hermine|Эрмине||0 0.5 1 1 0.5
Ofelya|Офелия||1 2 1 0 0
"""

# surnames roughly in order of frequency in Karabakh; tokens | Russian forms
SURNAMES_HY = """
harut'yunyan
grigoryan
hakobyan|Акопян
sargsyan|Саркисян:3,Саргсян:2
petrosyan
hovhannisyan|Оганесян:4,Ованесян:2,Оганисян:1,Ованнисян:1
avanesyan
danielyan
balayan
babayan
gabrielyan
mirzoyan
arrak'elyan
aghajanyan
Ohanyan|Оганян
musayelyan
baghdasaryan
beglaryan
melik'yan
at'ayan
ghukasyan
israyelyan
avagyan
martirosyan
mkrtch'yan
sahakyan
khach'atryan
gasparyan
ghazaryan|Казарян:3,Газарян:2
galstyan
vardanyan
karapetyan
poghosyan
movsisyan
abrahamyan|Абраамян:3,Абрамян:1
hayrapetyan
asryan
t'ovmasyan
adamyan
avetisyan
aslanyan
ishkhanyan
shahramanyan
ghulyan
arrustamyan
hasrat'yan
zak'aryan|Закарян:2,Захарян:1
nersisyan
dadayan
movsesyan
lalayan
eghiazaryan
step'anyan
davt'yan
simonyan
minasyan
t'orosyan
alaverdyan
manukyan
mik'ayelyan
oskanyan
hambardzumyan|Амбарцумян:4,Амбардзумян:1
karamyan
ayvazyan
ulubabyan
hovsep'yan
safaryan
mnats'akanyan
Ohanjanyan|Оганджанян
t'amrazyan
mkhit'aryan
khach'aturyan
melk'umyan
aydinyan
barseghyan
k'och'aryan
arzumanyan
kirakosyan
ghahramanyan|Каграманян:2,Гахраманян:1
hakhverdyan
beknazaryan
shahnazaryan
melik'-shahnazaryan
ter-grigoryan
ter-petrosyan
ter-avanesyan
ter-hovhannisyan|Тер-Оганесян:3,Тер-Ованесян:1
aghabekyan
abgaryan
hakobjanyan|Акопджанян
balasanyan
mamyan
g&orgyan
hovakimyan
vanyan
ghevondyan
alek'sanyan
margaryan
suk'iasyan
sarukhanyan
t'ad&osyan
asatryan
badalyan
nazaryan
antonyan
eremyan
gharibyan
shahverdyan
p'ashayan
t'umanyan
hayrumyan
aghasyan
bakhshiyan
khanzadyan
at'abekyan
shirinyan
nalbandyan
darbinyan
najaryan
hakhnazaryan
ch'ilingaryan
tsatryan
tsaturyan
ch'obanyan
kyureghyan
melk'onyan
khach'ikyan
zohrabyan
kostanyan
mat'&osyan
Osipyan
melik'set'yan
haroyan
avakyan
karakhanyan
arzumanov
melik'ov
akopov|Акопов
"""

# surnames derived from given names ("son of ..."), the long tail
TAIL_STEMS = (
    "aram arsham ashot artak gagik garnik gurgen hmayak khoren levon manvel misak nerses norik "
    "samvel sevak smbat suren vahan vazgen zaven arshak avetik' sos andranik armenak derenik "
    "hrant khach'ik mushegh rrazmik sasun t'at'ul vrezh serob armen karen tigran vardan gevorg "
    "aghas sarkis mesrop galust gaspar hamazasp hayk mkhitar nahapet sahak sargis t'ad&os "
    "ghazar ohan barsegh gabriel grigor melkon yeghish mnats'akan movses poghos rrub&n"
).split()

GENERIC_ORIGIN = {
    "hy": ("Արցախ", "ԼՂՀ", "Ղարաբաղ"),
    "ru": ("Арцах", "НКР", "Карабах", "Нагорный Карабах"),
    "lat": ("Artsakh", "NK", "Nagorno-Karabakh", "Karabakh", "NKR"),
    "chat": ("Arcax", "Artsax", "Artsakh", "Karabax"),
}

# non-Armenian groups: male given, female given, surnames (Russian Cyrillic)
GROUPS: dict[str, tuple[str, str, str]] = {
    "ru": (
        "Сергей Александр Владимир Николай Андрей Алексей Дмитрий Михаил Виктор Юрий Иван "
        "Евгений Игорь Олег Максим Артём",
        "Наталья Елена Ольга Татьяна Светлана Ирина Людмила Галина Марина Анна Екатерина "
        "Валентина Надежда Юлия Мария",
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров "
        "Морозов Волков Алексеев Лебедев Семенов Егоров Павлов Козлов Степанов Николаев Орлов "
        "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев",
    ),
    "uk": (
        "Александр Сергей Владимир Николай Тарас Богдан Виктор Андрей Юрий",
        "Оксана Олеся Наталья Елена Татьяна Галина Ирина Людмила",
        "Коваленко Шевченко Бондаренко Ткаченко Кравченко Мельник Бойко Коваль Олейник "
        "Ковальчук Лысенко Мороз Савченко Руденко",
    ),
    "ge": (
        "Гиорги Давит Леван Ираклий Лаша Зураб Гела Автандил",
        "Нино Тамар Кетеван Нана Манана Эка Натия Лия",
        "Беридзе Капанадзе Гелашвили Майсурадзе Гиоргадзе Ломидзе Чиковани Табатадзе Бахтадзе "
        "Мамулашвили",
    ),
    "yz": (
        "Азиз Рустам Хасан Джамал Мирза Худо Амар Шамо",
        "Зина Гулизар Ханум Назе Асья Бесе Зейнаб Гули",
        "Тамоян Авдоян Хасанян Худоян Исоян Мамоян Шамоян Рашоян",
    ),
    "as": (
        "Ашур Сарго Нинос Юханна Шмуэл Иосиф Давид Саргис",
        "Шамирам Нинэль Марта Лейла Сара Эльза Анна Роза",
        "Юханов Шмавонов Адамов Ниссанов Лазарев Осипов Авдышев Бадалов",
    ),
    "gr": (
        "Георгий Христофор Иван Дмитрий Константин Харлампий Анастас Николай",
        "Елена София Анастасия Мария Ирина Кириакия Евдокия Софья",
        "Саввиди Анастасиади Кесиди Попандопуло Иорданов Харитонов Мавриди Кузиди Пашалиди "
        "Теодориди",
    ),
    "pe": (
        "Реза Али Мехди Амир Хосейн Саид",
        "Марьям Захра Лейла Нахид Фатеме Шабнам",
        "Карими Хоссейни Мохаммади Резаи Ахмади Джафари",
    ),
}
GROUP_DIMS = {
    "Сергей": "Серёжа",
    "Александр": "Саша",
    "Владимир": "Володя",
    "Николай": "Коля",
    "Михаил": "Миша",
    "Дмитрий": "Дима",
    "Алексей": "Лёша",
    "Евгений": "Женя",
    "Наталья": "Наташа",
    "Елена": "Лена",
    "Татьяна": "Таня",
    "Светлана": "Света",
    "Людмила": "Люда",
    "Галина": "Галя",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Юлия": "Юля",
    "Ольга": "Оля",
    "Ирина": "Ира",
    "Анна": "Аня",
    "Надежда": "Надя",
    "Валентина": "Валя",
}
GROUP_ALT = {"Наталья": ("Наталия",), "Юрий": ("Юри",), "Гиорги": ("Георгий",)}

# communities of origin: tokens | Russian | weight ; grouped by region (first = region centre)
ORIGINS = {
    "step'anakert": ("", 45, ["step'anakert||1"]),
    "martuni": (
        "",
        12,
        [
            "martuni||4", "karmir shuka|Кармир Шука|1.5", "chartar|Чартар|1.5",
            "machkalashen||1", "sos||0.8", "taghavard||0.8", "herher|Херхер|0.6",
            "gishi||0.6", "nngi||0.4", "kherkhan||0.4", "avdurr||0.4", "berdashen||0.6",
        ],
    ),
    "martakert": (
        "",
        14,
        [
            "martakert||4", "vank'||1", "mataghis||1", "drmbon||0.8", "hat'erk'|Атерк|0.8",
            "vaghuhas||0.6", "nor maragha||0.8", "mets shen||0.6", "k'ich'an||0.5",
            "madat'ashen||0.5",
        ],
    ),
    "askeran": (
        "",
        10,
        [
            "askeran||3", "khramort'||1", "nakhij&anik||1", "aygestan||1",
            "noragyugh|Норагюх|1", "khach'mach'||0.8", "sardarashen||0.6", "ivanyan||1.2",
            "astghashen|Астхашен|0.5",
        ],
    ),
    "hadrut'": ("Гадрут", 7, ["hadrut'|Гадрут|5", "tsor||0.5", "tagh|Таг|0.5"]),
    "shushi": ("", 5, ["shushi||1"]),
    "k'ashat'agh": ("Кашатаг", 3, ["berdzor||3", "aghavno||1"]),
}  # fmt: skip
DISPLACED_2020 = frozenset(("hadrut'", "shushi", "k'ashat'agh"))


@dataclass(slots=True)
class Place:
    entry: Entry
    region: Entry
    region_key: str
    is_centre: bool
    clans: Table[Entry] | None = None
    clan_share: float = 0.0


# Armenia: province, weight, towns (weight), villages for mobile teams, UN hub
PROVINCES = [
    ("Yerevan", 36, {"Yerevan": 1}, (), "Yerevan"),
    (
        "Kotayk",
        11,
        {"Abovyan": 3, "Hrazdan": 3, "Charentsavan": 2, "Tsaghkadzor": 2, "Yeghvard": 1},
        ("Arzni", "Nor Geghi", "Proshyan", "Balahovit", "Kasakh"),
        "Abovyan",
    ),
    (
        "Ararat",
        11,
        {"Masis": 3, "Ararat": 2, "Artashat": 3, "Vedi": 2},
        ("Yeraskh", "Dalar", "Mkhchyan", "Ayntap", "Nor Kharberd"),
        "Artashat",
    ),
    (
        "Armavir",
        8,
        {"Armavir": 3, "Vagharshapat": 4, "Metsamor": 1},
        ("Aragats", "Myasnikyan", "Bambakashat", "Musaler"),
        "Vagharshapat",
    ),
    (
        "Syunik",
        10,
        {"Goris": 4, "Kapan": 3, "Sisian": 2, "Meghri": 1, "Kajaran": 1},
        ("Tegh", "Khndzoresk", "Angeghakot", "Shinuhayr", "Karahunj"),
        "Goris",
    ),
    (
        "Lori",
        6,
        {"Vanadzor": 4, "Spitak": 2, "Stepanavan": 1, "Alaverdi": 1},
        ("Vahagni", "Margahovit", "Dsegh"),
        "Vanadzor",
    ),
    ("Shirak", 5, {"Gyumri": 5, "Artik": 1, "Maralik": 1}, ("Akhuryan", "Azatan"), "Gyumri"),
    (
        "Gegharkunik",
        5,
        {"Sevan": 3, "Gavar": 2, "Martuni": 1, "Vardenis": 1},
        ("Lchashen", "Tsovagyugh", "Noratus"),
        "Sevan",
    ),
    (
        "Vayots Dzor",
        3,
        {"Jermuk": 2, "Vayk": 1, "Yeghegnadzor": 2},
        ("Areni", "Getap", "Malishka"),
        "Yeghegnadzor",
    ),
    (
        "Tavush",
        3,
        {"Ijevan": 2, "Dilijan": 2, "Berd": 1},
        ("Achajur", "Haghartsin", "Aygehovit"),
        "Ijevan",
    ),
    (
        "Aragatsotn",
        2,
        {"Ashtarak": 2, "Talin": 1, "Aparan": 1},
        ("Oshakan", "Byurakan", "Ohanavan"),
        "Ashtarak",
    ),
]

ARM_PREFIX = Table(
    [
        ("91", 3), ("99", 2), ("96", 1), ("43", 1), ("33", 1),
        ("93", 3), ("94", 2), ("77", 2), ("98", 1), ("49", 1),
        ("55", 3), ("95", 2), ("41", 2), ("44", 1),
    ]
)  # fmt: skip

# keyboard neighbours for typos: QWERTY, ЙЦУКЕН, and Armenian phonetic (on QWERTY keys)
_QW = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_JC = ("йцукенгшщзх", "фывапролджэ", "ячсмитьбю")
_HY_KEYS = dict(zip("qwertyuiopasdfghjklzxcvbnm", "քոերտըւիօպասդֆգհյկլզխցվբնմ", strict=True))


def _neighbours(rows: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            nb = [row[c - 1]] if c > 0 else []
            if c + 1 < len(row):
                nb.append(row[c + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows) and c < len(rows[rr]):
                    nb.append(rows[rr][c])
            out[ch] = "".join(nb)
    return out


NEIGH = {**_neighbours(_QW), **_neighbours(_JC)}
for _k, _v in _neighbours(_QW).items():
    NEIGH[_HY_KEYS[_k]] = "".join(_HY_KEYS[x] for x in _v)
LAYOUT = dict(zip("йцукенгшщзфывапролдячсмитьё", "qwertyuiopasdfghjklzxcvbnm`", strict=True))
HOMO_L2C = dict(zip("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху", strict=True))
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
ASPIRATE = {
    "k": "k'", "k'": "k", "t": "t'", "t'": "t", "p": "p'", "p'": "p",
    "ts": "ts'", "ts'": "ts", "ch": "ch'", "ch'": "ch", "rr": "r",
}  # fmt: skip

D_FIRST = dt.date(2023, 9, 24).toordinal()
D_LAST = dt.date(2023, 11, 30).toordinal()
ARRIVAL = Table(
    [(0, 5), (1, 15), (2, 20), (3, 20), (4, 16), (5, 10), (6, 7), (7, 4), (8, 2), (9, 1)]
)
YEAR_START = {y: dt.date(y, 1, 1).toordinal() for y in range(1900, 2026)}


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------
def _cohort(year: int) -> int:
    if year <= 1950:
        return 0
    if year <= 1972:
        return 1
    if year <= 1992:
        return 2
    if year <= 2008:
        return 3
    return 4


class Lexicon:
    def __init__(self) -> None:
        self.by_key: dict[str, Entry] = {}
        self.male = self._given(MALE_HY)
        self.female = self._given(FEMALE_HY)
        self.male_t = [Table((e, w[c]) for e, w in self.male) for c in range(5)]
        self.female_t = [Table((e, w[c]) for e, w in self.female) for c in range(5)]
        sur: list[tuple[Entry, float]] = []
        lines = [ln for ln in SURNAMES_HY.strip().splitlines() if ln]
        for rank, line in enumerate(lines):
            code, _, ru = line.partition("|")
            e = Entry.arm(code, ru)
            self._hyphen_variants(e)
            sur.append((e, 1.0 / (rank + 8)))
        for stem in TAIL_STEMS:
            sur.append((Entry.arm(stem + "yan"), 0.004))
        self.surnames = sur
        self.surname_t = Table(sur)
        self.mid_surnames = Table((e, 1.0) for e, _ in sur[20:120])
        self.groups: dict[str, tuple[Table[Entry], Table[Entry], Table[Entry]]] = {}
        for g, (m, f, s) in GROUPS.items():
            self.groups[g] = (self._cyr_table(m), self._cyr_table(f), self._cyr_table(s))
        twins = [
            ("armen", "arsen"), ("arman", "armen"), ("davit", "hayk"), ("narek", "nare"),
            ("gor", "gohar"), ("ani", "anna"), ("mane", "mariam"), ("hayk", "haykuhi"),
            ("arsen", "arsine"), ("lilit", "lusine"), ("davit", "mariam"), ("tigran", "tat'&"),
        ]  # fmt: skip
        self.twins = [(self.by_key[a], self.by_key[b]) for a, b in twins]
        self.female_set = {e for e, _ in self.female}
        self.origins = self._origins()

    def _given(self, text: str) -> list[tuple[Entry, list[float]]]:
        out = []
        for line in text.strip().splitlines():
            code, ru, dims, weights = line.split("|")
            e = Entry.arm(code, ru)
            e.dims = [dim_entry(d) for d in dims.split()] if dims else []
            self.by_key[code] = e
            out.append((e, [float(x) for x in weights.split()]))
        return out

    def _cyr_table(self, words: str) -> Table[Entry]:
        entries = []
        for w in words.split():
            e = Entry.cyr(w, GROUP_ALT.get(w, ()))
            if w in GROUP_DIMS:
                e.dims = [Entry.cyr(GROUP_DIMS[w])]
            entries.append(e)
        return Table((e, 1.0 / (i + 2)) for i, e in enumerate(entries))

    @staticmethod
    def _hyphen_variants(e: Entry) -> None:
        if "-" not in e.tokens:
            return
        i = e.tokens.index("-")
        head, tail = e.tokens[:i], e.tokens[i + 1 :]
        ru = e.ru[0]
        ru_head, _, ru_tail = ru.partition("-")
        e.variants = [
            ("hyphen:joined", Entry(head + tail, [(ru_head + ru_tail.lower(), 1.0)])),
            ("hyphen:space", Entry(head + (" ",) + tail, [(ru_head + " " + ru_tail, 1.0)])),
            ("hyphen:dropped_prefix", Entry(tail, [(ru_tail, 1.0)])),
        ]

    def _origins(self) -> Table[Place]:
        places: list[tuple[Place, float]] = []
        for region_code, (region_ru, weight, comms) in ORIGINS.items():
            region = Entry.arm(region_code, region_ru)
            parsed = [c.split("|") for c in comms]
            total = sum(float(w) for _, _, w in parsed)
            for i, (code, ru, w) in enumerate(parsed):
                entry = region if code == region_code else Entry.arm(code, ru)
                p = Place(entry, region, region_code, i == 0)
                places.append((p, weight * float(w) / total))
        return Table(places)

    def given(self, sex: str, year: int, rng: Random) -> Entry:
        t = self.male_t if sex == "M" else self.female_t
        return t[_cohort(year)].pick(rng)


# ---------------------------------------------------------------------------------------------
# Population
# ---------------------------------------------------------------------------------------------
@dataclass(slots=True, eq=False)
class Person:
    pid: int
    sex: str
    birth: int
    given: Entry
    family: Entry
    father: Entry | None
    maiden: Entry | None = None
    mother_sur: Entry | None = None
    old_phone: str | None = None
    new_phone: str | None = None
    new_day: int = 0
    soviet_doc: bool = False
    dob_fuzzy: bool = False
    adult: bool = True
    nrec: int = 0
    traps: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Household:
    hid: int
    kind: str
    eth: str
    members: list[Person]
    origin: Place
    origin_alt: Place | None
    arrival: int
    moves: list[tuple[int, str, str]]  # (from day, province, town)
    district: int
    accom: str
    cc: int
    host_id: int
    host_phone: str | None
    gov_ref: str = ""


@dataclass(slots=True)
class Clerk:
    cid: str
    channel: str
    styles: Table[str]
    caps: Table[str]
    typo: float
    ear: float
    patr: Table[str]
    patr_mix: float
    nick: float
    swap: float
    onefield: float
    given_patr: float
    dates: Table[str]
    age_placeholder: float
    sex_missing: float
    sex_default_m: float
    phone_plus: float
    phone_missing: float
    phone_typo: float
    origin: Table[str]
    maiden: float
    child_mother: float
    fem_error: float
    odd: float = 0.0  # homoglyphs, wrong layout, stray spaces (self-typed)


@dataclass(slots=True)
class Event:
    channel: str
    day: int
    minute: int
    site: str
    agency: str
    clerk: Clerk
    ref: str
    members: list[Person] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    caller: Person | None = None
    pool: str = ""


ETHNICITY = table(hy=955, hy_ru=15, ru=8, uk=3, ge=3, yz=4, as_=2, gr=4, pe=2)
HOUSEHOLD_KIND = table(
    nuclear=38,
    extended=20,
    single_mother=10,
    elder_couple=8,
    single_elder=8,
    young_couple=6,
    single_adult=10,
)
EVENTS_PER_HOUSEHOLD = Table([(1, 835), (2, 120), (3, 35), (4, 10)])
FIRST_CHANNEL = table(gov=50, un=10, ngo=12, mobile=8, hotline=8, web=12)
LATER_CHANNEL = table(gov=15, un=22, ngo=22, mobile=12, hotline=14, web=15)
REF_MISSING = {"gov": 0.05, "un": 0.03, "ngo": 0.25, "mobile": 0.4, "hotline": 0.85, "web": 0.2}
HOURS = {
    "gov": Table((h, 1 + (h >= 10) * 2 + (h >= 16) * 1) for h in range(24)),
    "office": Table((h, 1.0) for h in range(9, 18)),
    "hotline": Table((h, 1.0 + (h in (10, 11, 12, 19, 20))) for h in range(8, 22)),
    "web": Table((h, 0.3 + (h >= 9) + (h >= 19) * 1.5 - (h == 23)) for h in range(24)),
}
NGOS = [
    ("hy", "HH-{n:04d}"),
    ("hy", "{n}"),
    ("ru", "{n:05d}"),
    ("intl", "HH-{n:04d}"),
    ("hy", "ՏՏ-{n:04d}"),
    ("intl", "{a}/{n:04d}"),
    ("ru", "№{n}"),
    ("hy", "{n:04d}"),
    ("intl", "HH{n:05d}"),
    ("hy", "HH-{n:04d}"),
]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        Entry._next_uid = 0
        self.lex = Lexicon()
        rng = self.rng
        self.province_t = Table((p[0], p[1]) for p in PROVINCES)
        self.provinces = {p[0]: p for p in PROVINCES}
        self.town_t = {p[0]: Table(p[2].items()) for p in PROVINCES}
        # village clans: a few surnames dominate some communities
        for place in self.lex.origins.items:
            if place.region_key == "step'anakert":
                share, k = 0.04, 6
            elif place.is_centre:
                share, k = 0.12, 4
            else:
                share, k = rng.uniform(0.2, 0.45), rng.randint(2, 4)
            clans = [
                (
                    self.lex.mid_surnames.pick(rng)
                    if rng.random() < 0.7
                    else self.lex.surname_t.pick(rng),
                    rng.uniform(0.5, 2.0),
                )
                for _ in range(k)
            ]
            place.clans = Table(clans)
            place.clan_share = share
        self.stepanakert = next(p for p in self.lex.origins.items if p.region_key == "step'anakert")
        self.ngo_orgs = []
        for i, (kind, fmt) in enumerate(NGOS):
            provs = {p[0] for p in rng.sample(PROVINCES, rng.randint(2, 5))}
            abbr = "".join(rng.choice("ABCDEFGHKLMNPRSTUV") for _ in range(3))
            self.ngo_orgs.append((f"NGO-{i + 1:02d}", kind, fmt, provs, abbr))
        self.mobile_teams = {
            p[0]: [f"T{rng.randint(1, 40):02d}" for _ in range(3)] for p in PROVINCES
        }
        self.pools: dict[tuple[str, str], list[Clerk]] = {}
        self.counters: Counter[str] = Counter()
        self.last_ref: dict[str, str] = {}
        self.cc_phones: dict[tuple[str, int], str] = {}
        self.recent_hosts: dict[str, tuple[int, str]] = {}
        self.pid = 0
        self.hid = 0
        self.rows: list[str] = []
        self.why: list[str] = []
        self.person_of = array("l")
        self.namesakes: Counter[int] = Counter()
        self.key_of: dict[int, int] = {}
        self.traps: dict[int, str] = {}

    # ------------------------------------------------------------------ people and households
    def _surname(self, eth: str, place: Place) -> Entry:
        rng = self.rng
        if eth in ("hy", "hy_ru"):
            if place.clans is not None and rng.random() < place.clan_share:
                return place.clans.pick(rng)
            return self.lex.surname_t.pick(rng)
        return self.lex.groups[eth][2].pick(rng)

    def _given(self, eth: str, sex: str, year: int) -> Entry:
        if eth in ("hy", "hy_ru"):
            return self.lex.given(sex, year, self.rng)
        m, f, _ = self.lex.groups[eth]
        return (m if sex == "M" else f).pick(self.rng)

    @staticmethod
    def _gendered(e: Entry, sex: str) -> Entry:
        return e.fem if sex == "F" and e.fem is not None else e

    def _person(
        self,
        sex: str,
        year: int,
        given: Entry,
        family: Entry,
        father: Entry | None,
        arrival: int,
        birth: int | None = None,
    ) -> Person:
        rng = self.rng
        if birth is None:
            year = max(1920, min(2023, year))
            days = YEAR_START[year + 1] - YEAR_START[year]
            birth = YEAR_START[year] + rng.randrange(days)
            if birth >= arrival:
                birth = arrival - 1 - rng.randrange(60)
        p = Person(self.pid, sex, birth, given, self._gendered(family, sex), father)
        self.pid += 1
        age = 2023 - year
        p.adult = age >= 18
        if age >= 14:
            old_p = 0.5 if age >= 70 else (0.6 if age < 18 else 0.85)
            new_p = 0.4 if age >= 70 else (0.4 if age < 18 else 0.7)
            if rng.random() < old_p:
                land = age >= 65 and rng.random() < 0.25
                p.old_phone = ("47" if land else "97") + f"{rng.randrange(10**6):06d}"
            if rng.random() < new_p:
                p.new_phone = ARM_PREFIX.pick(rng) + f"{rng.randrange(10**6):06d}"
                p.new_day = arrival + min(int(rng.expovariate(0.5)), 12)
        p.soviet_doc = year < 1975 and rng.random() < 0.12
        p.dob_fuzzy = rng.random() < (0.3 if year < 1945 else 0.01)
        return p

    def _wife(self, eth: str, place: Place, year: int, husband_sur: Entry, arrival: int) -> Person:
        rng = self.rng
        weth = eth
        if eth == "hy_ru":
            weth = "ru" if rng.random() < 0.75 else "uk"
        elif eth in ("ru", "uk", "gr", "as", "ge") and rng.random() < 0.3:
            weth = "hy"
        elif eth == "pe":
            weth = "hy"
        maiden = self._gendered(self._surname(weth, place), "F")
        keep = 0.25 if weth == "hy" else 0.3
        if eth == "pe":
            keep = 0.7
        family = maiden if rng.random() < keep else husband_sur
        given = self._given(weth, "F", year)
        father = self._given(weth, "M", year - 28)
        w = self._person("F", year, given, family, father, arrival)
        w.maiden = maiden
        return w

    def _children(
        self,
        eth: str,
        mother_year: int,
        count: int,
        sur: Entry,
        father_given: Entry,
        mother: Person | None,
        grandfather: Entry | None,
        grandmother: Entry | None,
        arrival: int,
    ) -> list[Person]:
        rng = self.rng
        kids: list[Person] = []
        year = mother_year + rng.randint(19, 31)
        first_son = first_daughter = True
        while len(kids) < count and year <= 2023:
            twins = rng.random() < 0.015
            forced: list[Entry | None] = [None, None] if twins else [None]
            if twins and eth in ("hy", "hy_ru") and rng.random() < 0.5:
                forced = list(rng.choice(self.lex.twins))
            birth: int | None = None
            for name in forced:
                if name is not None:
                    sex = "F" if name in self.lex.female_set else "M"
                    given = name
                else:
                    sex = "M" if rng.random() < 0.51 else "F"
                    if eth == "hy_ru":
                        ceth = "ru" if rng.random() < 0.4 else "hy"
                    elif eth in ("pe", "as", "gr"):
                        ceth = "hy" if rng.random() < 0.5 else eth
                    else:
                        ceth = eth
                    given = self._given(ceth, sex, year)
                    if sex == "M" and first_son:
                        if grandfather is not None and rng.random() < 0.35:
                            given = grandfather
                        elif rng.random() < 0.02:
                            given = father_given
                    elif sex == "F" and first_daughter:
                        if grandmother is not None and rng.random() < 0.15:
                            given = grandmother
                first_son = first_son and sex != "M"
                first_daughter = first_daughter and sex != "F"
                kid = self._person(sex, year, given, sur, father_given, arrival, birth)
                if twins:
                    kid.traps.append("twin")
                birth = kid.birth
                if mother is not None and mother.family is not self._gendered(sur, "F"):
                    kid.mother_sur = self._gendered(mother.family, sex)
                kids.append(kid)
            year += rng.randint(1, 6)
        return kids

    def household(self, arrival: int) -> Household:
        rng = self.rng
        lex = self.lex
        eth = ETHNICITY.pick(rng).rstrip("_")
        kind = HOUSEHOLD_KIND.pick(rng)
        place = lex.origins.pick(rng)
        feth = "hy" if eth in ("hy", "hy_ru") else eth
        members: list[Person] = []
        if kind in ("nuclear", "extended", "young_couple", "elder_couple"):
            if kind == "young_couple":
                fy = round(rng.triangular(1988, 2003, 1997))
            elif kind == "elder_couple":
                fy = round(rng.triangular(1928, 1962, 1950))
            elif kind == "extended":
                fy = round(rng.triangular(1962, 2000, 1986))
            else:
                fy = round(rng.triangular(1955, 2002, 1983))
            gf_given = self._given(feth, "M", fy - 30)
            sur = self._surname(feth, place)
            father = self._person("M", fy, self._given(feth, "M", fy), sur, gf_given, arrival)
            my = fy + rng.randint(0, 7) if rng.random() > 0.1 else fy - rng.randint(1, 3)
            mother = self._wife(eth, place, my, sur, arrival)
            members += [father, mother]
            gm_given: Entry | None = None
            if kind == "extended":
                gy = fy - rng.randint(22, 36)
                if rng.random() < 0.6:
                    gf = self._given(feth, "M", gy - 30)
                    members.append(self._person("M", gy, gf_given, sur, gf, arrival))
                if rng.random() < 0.85:
                    gmy = gy + rng.randint(-1, 7)
                    gm = self._wife(feth, place, gmy, sur, arrival)
                    gm_given = gm.given
                    members.append(gm)
            nk = {
                "nuclear": Table([(1, 25), (2, 40), (3, 25), (4, 10)]),
                "extended": Table([(0, 15), (1, 30), (2, 35), (3, 20)]),
                "young_couple": Table([(0, 55), (1, 45)]),
                "elder_couple": Table([(0, 1)]),
            }[kind].pick(rng)
            members += self._children(
                eth, my, nk, sur, father.given, mother, gf_given, gm_given, arrival
            )
        elif kind == "single_mother":
            my = round(rng.triangular(1965, 2001, 1986))
            sur = self._surname(feth, place)
            husband = self._given(feth, "M", my - 3)
            mother = self._wife(eth, place, my, sur, arrival)
            members.append(mother)
            if rng.random() < 0.3 and mother.maiden is not None:
                gy = my - rng.randint(20, 35)
                gm = self._person(
                    "F", gy, self._given(feth, "F", gy), mother.maiden,
                    self._given(feth, "M", gy - 28), arrival,
                )  # fmt: skip
                members.append(gm)
            nk = rng.randint(1, 3)
            members += self._children(eth, my, nk, sur, husband, mother, None, None, arrival)
        else:
            if kind == "single_elder":
                sex = "F" if rng.random() < 0.7 else "M"
                y = round(rng.triangular(1926, 1962, 1947))
            else:
                sex = "M" if rng.random() < 0.6 else "F"
                y = round(rng.triangular(1955, 2005, 1995))
            sur = self._surname(feth, place)
            p = self._person(
                sex, y, self._given(feth, sex, y), sur, self._given(feth, "M", y - 28), arrival
            )
            if sex == "F" and rng.random() < 0.6:
                p.maiden = self._gendered(self._surname(feth, place), "F")
            members.append(p)
        seen: dict[tuple[int, int], Person] = {}
        for p in members:
            other = seen.setdefault((p.given.uid, p.family.uid), p)
            if other is not p:
                for q in (p, other):
                    if "same_name_in_household" not in q.traps:
                        q.traps.append("same_name_in_household")
        alt = self.stepanakert if place.region_key in DISPLACED_2020 else None
        prov = self.province_t.pick(rng)
        town = self.town_t[prov].pick(rng)
        moves = [(arrival, prov, town)]
        if rng.random() < 0.15:
            p2 = self.province_t.pick(rng)
            moves.append((arrival + rng.randint(5, 30), p2, self.town_t[p2].pick(rng)))
        accom = Table([("cc", 35), ("host", 45), ("rent", 20)]).pick(rng)
        host_id, host_phone = 0, None
        if accom == "host":
            prev = self.recent_hosts.get(town)
            if prev is not None and rng.random() < 0.15:
                host_id, host_phone = prev
            else:
                self.counters["host"] += 1
                host_id = self.counters["host"]
                host_phone = ARM_PREFIX.pick(rng) + f"{rng.randrange(10**6):06d}"
                self.recent_hosts[town] = (host_id, host_phone)
        hh = Household(
            self.hid, kind, eth, members, place, alt, arrival, moves, rng.randint(1, 12),
            accom, rng.randint(1, 6), host_id, host_phone,
        )  # fmt: skip
        self.hid += 1
        return hh

    # ------------------------------------------------------------------ clerks
    def clerk(self, channel: str, pool: str, size: int, org_kind: str = "") -> Clerk:
        key = (channel, pool)
        clerks = self.pools.setdefault(key, [])
        if len(clerks) < size and (not clerks or self.rng.random() < 0.5):
            c = self._new_clerk(channel, f"{channel}:{pool}:{len(clerks) + 1}", org_kind)
            clerks.append(c)
            return c
        return self.rng.choice(clerks)

    def _new_clerk(self, channel: str, cid: str, org_kind: str = "") -> Clerk:
        rng = self.rng
        j = rng.uniform
        latin_main = Table(
            [
                ("lat", 45), ("ian", 20), ("rl_old", 10), ("rl_icao", 6), ("alalc", 5),
                ("fr", 5), ("west", 3), ("rl_de", 2), ("rl_fr", 2), ("chat1", 2),
            ]
        ).pick(rng)  # fmt: skip
        none_sex = 0.0
        if channel == "gov":
            kind = table(hy=65, lat=20, ru=15).pick(rng)
            styles = {
                "hy": table(hy=92, lat=5, ru=3),
                "lat": table(lat=88, hy=10, rl_old=2),
                "ru": table(ru=70, hy=30),
            }[kind]
            caps = table(title=60, upper=40) if kind == "lat" else table(title=95, upper=5)
            patr = table(gen=70, plain=10, ovich=10, none=10)
            return Clerk(
                cid, channel, styles, caps, 0.012 * j(0.3, 2), 0.1 if "Kornidzor" in cid else 0,
                patr, 0.03, 0.003, 0.01, 0.0, 0.0,
                table(full=930, year=20, swap=15, typo=15, d0101=10, none=10), 0.3,
                0.02, 0.0, 0.6, 0.15, 0.01 * j(0.5, 2),
                table(community=80, region=10, generic=3, none=7), 0.05, 0.03, 0.05,
            )  # fmt: skip
        if channel == "un":
            styles = Table([(latin_main, 85), ("lat", 10), ("ian", 5)])
            return Clerk(
                cid, channel, styles, table(title=80, upper=20), 0.02 * j(0.3, 2), 0.25,
                table(plain=55, none=30, ovich=10, gen=5), 0.02, 0.01, 0.02, 0.0, 0.0,
                table(full=850, d0101=60, swap=30, typo=15, year=30, age=10, none=5), 0.8,
                0.005, 0.0, 0.7, 0.1, 0.015 * j(0.5, 2),
                table(community=70, region=15, generic=10, none=5), 0.1, 0.05, 0.1,
            )  # fmt: skip
        if channel == "ngo":
            kind = org_kind if org_kind in ("hy", "ru") else "intl"
            styles = {
                "hy": table(hy=85, lat=10, ru=5),
                "ru": table(ru=85, hy=15),
                "intl": Table([(latin_main, 80), ("lat", 15), ("ru", 5)]),
            }[kind]
            return Clerk(
                cid, channel, styles, table(title=85, upper=12, lower=3), 0.035 * j(0.3, 2),
                0.1, table(gen=35, plain=25, ovich=15, none=25), 0.05, 0.03, 0.04, 0.01, 0.0,
                table(full=800, swap=50, typo=30, year=50, d0101=30, none=40), 0.3,
                0.08, 0.0, rng.random(), 0.2, 0.025 * j(0.5, 2),
                table(community=60, region=15, generic=10, none=15), 0.1, 0.1, 0.08,
            )  # fmt: skip
        if channel == "mobile":
            main = latin_main if latin_main not in ("alalc", "west") else "lat"
            styles = Table([(main, 70), (CHAT_STYLES[rng.randrange(6)], 20), ("lat", 10)])
            return Clerk(
                cid, channel, styles, table(lower=35, title=50, upper=15), 0.045 * j(0.5, 2),
                0.5, table(plain=40, none=50, ovich=10), 0.0, 0.03, 0.03, 0.01, 0.0,
                table(full=650, year=120, age=60, typo=50, swap=40, d0101=40, none=40), 0.3,
                0.03, 0.0, 0.3, 0.2, 0.03 * j(0.5, 2),
                table(community=50, region=20, generic=15, none=15), 0.1, 0.1, 0.0,
            )  # fmt: skip
        if channel == "hotline":
            kind = table(hy=50, lat=30, ru=20).pick(rng)
            styles = {
                "hy": table(hy=95, lat=5),
                "lat": Table([(latin_main, 80), ("lat", 20)]),
                "ru": table(ru=90, hy=10),
            }[kind]
            return Clerk(
                cid, channel, styles, table(title=97, upper=3), 0.02 * j(0.5, 2), 1.0,
                table(none=60, plain=25, gen=10, ovich=5), 0.02, 0.08, 0.02, 0.0, 0.0,
                table(age=450, full=350, year=80, none=80, swap=20, typo=20), 0.1,
                0.1, 0.0, 0.5, 0.05, 0.03 * j(0.5, 2),
                table(generic=30, community=45, region=10, none=15), 0.12, 0.15, 0.1,
            )  # fmt: skip
        # web: a host or a displaced person typing for the family
        kind = table(hy=45, chat=30, ru=20, lat=5).pick(rng)
        styles = {
            "hy": table(hy=97, ru=3),
            "chat": Table([(CHAT_STYLES[rng.randrange(6)], 95), ("lat", 5)]),
            "ru": table(ru=97, hy=3),
            "lat": table(lat=60, ian=40),
        }[kind]
        caps = Table([(table(title=1), 78), (table(upper=1), 15), (table(lower=1), 7)]).pick(rng)
        none_sex = 0.03
        return Clerk(
            cid, channel, styles, caps, 0.02 * j(0.3, 2), 0.0,
            table(none=40, gen=25, plain=20, ovich=15), 0.1, 0.06, 0.08, 0.05, 0.03,
            table(full=860, swap=40, typo=20, d0101=20, today=6, none=50), 0.5,
            none_sex, 0.05, rng.random(), 0.1, 0.02,
            table(community=60, generic=20, region=10, none=10), 0.08, 0.12, 0.1, odd=1.0,
        )  # fmt: skip

    # ------------------------------------------------------------------ events
    def _town_at(self, hh: Household, day: int) -> tuple[str, str]:
        prov, town = hh.moves[0][1], hh.moves[0][2]
        for d, p, t in hh.moves:
            if day >= d:
                prov, town = p, t
        return prov, town

    def _next_ref(self, counter: str, fmt: str, abbr: str = "") -> str:
        self.counters[counter] += 1
        return fmt.format(n=self.counters[counter], a=abbr)

    def _later_day(self, hh: Household, lo: int, hi: int) -> int:
        d = hh.arrival + lo + int((hi - lo) * self.rng.random() ** 1.6)
        return min(d, D_LAST)

    def _event(self, hh: Household, channel: str, first: bool) -> Event:
        rng = self.rng
        tags: list[str] = []
        agency = channel
        if channel == "gov":
            if first:
                if rng.random() < 0.3:
                    site, day, code = "Kornidzor", hh.arrival, "KRN"
                else:
                    site = "Goris"
                    day = hh.arrival + Table([(0, 6), (1, 3), (2, 1)]).pick(rng)
                    code = "GRS"
            else:
                day = self._later_day(hh, 2, 35)
                _, town = self._town_at(hh, day)
                site = f"Yerevan-{hh.district}" if town == "Yerevan" else town
                code = f"YR{hh.district}" if town == "Yerevan" else town[:3].upper()
            size = {"Kornidzor": 14, "Goris": 40}.get(site, 4)
            clerk = self.clerk("gov", site, size)
            ref = self._next_ref(site, "{a}-{n:05d}", code)
            agency = f"gov:{site}"
            hour = HOURS["gov"].pick(rng)
        elif channel == "un":
            day = self._later_day(hh, 3, 60)
            prov, _ = self._town_at(hh, day)
            hub = self.provinces[prov][4]
            site = f"{hub}-Hub"
            clerk = self.clerk("un", site, 6)
            ref = self._next_ref("un", "ARM-23-{n:06d}")
            hour = HOURS["office"].pick(rng)
        elif channel == "ngo":
            day = self._later_day(hh, 2, 60)
            prov, town = self._town_at(hh, day)
            orgs = [o for o in self.ngo_orgs if prov in o[3]] or self.ngo_orgs
            name, kind, fmt, _, abbr = rng.choice(orgs)
            site = f"{town}-CC{hh.cc}" if hh.accom == "cc" else town
            clerk = self.clerk("ngo", name, 5, kind)
            ref = self._next_ref(name, fmt, abbr)
            agency = f"ngo:{name}"
            hour = HOURS["office"].pick(rng)
        elif channel == "mobile":
            day = self._later_day(hh, 3, 45)
            prov, town = self._town_at(hh, day)
            villages = self.provinces[prov][3]
            site = rng.choice(villages) if villages and rng.random() < 0.6 else town
            team = rng.choice(self.mobile_teams[prov])
            clerk = self.clerk("mobile", team, 1)
            ref = self._next_ref(team, team + "-{n:03d}")
            agency = f"mobile:{team}"
            hour = HOURS["office"].pick(rng)
        elif channel == "hotline":
            day = self._later_day(hh, 1, 25)
            site = "Hotline"
            clerk = self.clerk("hotline", "op", 30)
            ref = ""
            if hh.gov_ref and rng.random() < 0.15:
                ref = hh.gov_ref
                tags.append("ref:read_out_gov")
            hour = HOURS["hotline"].pick(rng)
        else:
            day = self._later_day(hh, 3, 40)
            site = "Online"
            self.counters["webclerk"] += 1
            clerk = self._new_clerk("web", f"web:self:{self.counters['webclerk']}")
            if hh.accom == "host":
                ref = f"HF-{hh.host_id:06d}"
                tags.append("ref:host_application")
            else:
                ref = self._next_ref("webapp", "HF-9{n:05d}")
            hour = HOURS["web"].pick(rng)
        if channel in ("un", "ngo") and hh.gov_ref and rng.random() < 0.15:
            ref = hh.gov_ref
            tags.append("ref:copied_gov")
        elif ref and channel != "web" and rng.random() < 0.005 and site in self.last_ref:
            ref = self.last_ref[site]
            tags.append("ref:reused_other_household")
        if ref and not tags:
            self.last_ref[site] = ref
        if channel == "gov" and not hh.gov_ref:
            hh.gov_ref = ref
        if "ref:copied_gov" not in tags and rng.random() < REF_MISSING[channel]:
            ref = ""
        minute = hour * 60 + rng.randrange(60)
        pool = clerk.cid.split(":")[1]
        return Event(channel, day, minute, site, agency, clerk, ref, tags=tuple(tags), pool=pool)

    def events(self, hh: Household) -> list[Event]:
        rng = self.rng
        k = EVENTS_PER_HOUSEHOLD.pick(rng)
        evs: list[Event] = []
        for i in range(k):
            if i > 0 and rng.random() < 0.15:
                prev = evs[-1]
                ev = Event(
                    prev.channel, min(prev.day + rng.randint(0, 3), D_LAST),
                    prev.minute, prev.site, prev.agency,
                    self.clerk(prev.channel, prev.pool, 40) if prev.channel != "web"
                    else prev.clerk,
                    prev.ref if rng.random() < 0.5 else "",
                    tags=("repeat_same_site",), pool=prev.pool,
                )  # fmt: skip
                ev.minute = HOURS["office"].pick(rng) * 60 + rng.randrange(60)
            else:
                ch = (FIRST_CHANNEL if i == 0 else LATER_CHANNEL).pick(rng)
                ev = self._event(hh, ch, i == 0 or not any(e.channel == "gov" for e in evs))
            evs.append(ev)
        evs.sort(key=lambda e: (e.day, e.minute))
        members = hh.members
        adults = [p for p in members if p.adult] or members
        for i, ev in enumerate(evs):
            if ev.channel == "hotline":
                ev.caller = adults[0] if rng.random() < 0.6 else rng.choice(adults)
                chosen = [ev.caller] + [
                    p for p in members if p is not ev.caller and rng.random() < 0.45
                ]
            elif i == 0 or rng.random() < 0.75:
                chosen = list(members)
            else:
                chosen = [members[0]] + [p for p in members[1:] if rng.random() < 0.6]
            ev.members = [p for p in chosen if p.nrec < 4]
            for p in ev.members:
                p.nrec += 1
        for p in members:
            if p.nrec == 0:
                evs[0].members.append(p)
                p.nrec = 1
        return evs

    # ------------------------------------------------------------------ records
    def name_text(self, e: Entry, style: str, ear: float, tags: list[str], what: str) -> str:
        rng = self.rng
        if ear and rng.random() < ear:
            if style == "ru":
                base = e.render(style, rng)
                s = self._cyrillic_ear(base)
            elif style in RL_SCHEMES:
                base = e.render(style, rng)
                s = self._latin_ear(base)
            else:
                base = e.forms[style]
                s = render_tokens(self._ear_tokens(e.tokens), style)
                if style in LAT_STYLES:
                    s = self._latin_ear(s)
            if s != base:
                tags.append(f"by_ear:{what}")
            return s
        return e.render(style, rng)

    def _cyrillic_ear(self, s: str) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            s = _RE_DOUBLE_CYR.sub(r"\1", s)
        if "ь" in s and rng.random() < 0.3:
            s = s.replace("ь", "")
        if rng.random() < 0.15:
            i = s.find("о", 1)
            if i > 0:
                s = s[:i] + "а" + s[i + 1 :]
        if s[:1] == "Э" and rng.random() < 0.3:
            s = "Е" + s[1:]
        return s

    def _ear_tokens(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        rng = self.rng
        out: list[str] = []
        start = True
        for t in toks:
            if out and t == out[-1] and t not in SPACERS and rng.random() < 0.5:
                continue
            r = rng.random()
            if t in ASPIRATE and r < (0.03 if t == "r" else 0.1):
                t = ASPIRATE[t]
            elif start and t == "E" and r < 0.3:
                t = "e"
            elif start and t == "e" and r < 0.1:
                t = "E"
            out.append(t)
            start = t in SPACERS
        return tuple(out)

    def _latin_ear(self, s: str) -> str:
        rng = self.rng
        if len(s) > 2 and s[0] in "Hh" and s[1] in "aeiouAEIOU" and rng.random() < 0.35:
            s = s[1].upper() + s[2:]
        if "gh" in s.lower() and rng.random() < 0.4:
            s = s.replace("gh", "g").replace("Gh", "G")
        if "kh" in s.lower() and rng.random() < 0.3:
            s = s.replace("kh", "h").replace("Kh", "H")
        if s.endswith("yan") and rng.random() < 0.3:
            s = s[:-3] + "ian"
        if "yu" in s and rng.random() < 0.3:
            s = s.replace("yu", "iu")
        if s.startswith("Ye") and rng.random() < 0.3:
            s = "E" + s[2:]
        if s.startswith("Vo") and rng.random() < 0.3:
            s = "O" + s[2:]
        if "vh" in s and rng.random() < 0.5:
            s = s.replace("vh", "v")
        if rng.random() < 0.3:
            s = _RE_DOUBLE.sub(r"\1", s)
        return s

    def _typo(self, s: str) -> str:
        rng = self.rng
        n = len(s)
        if n < 3:
            return s
        i = rng.randrange(1, n) if rng.random() < 0.85 else 0
        ch = s[i]
        if not ch.isalpha():
            return s
        r = rng.random()
        if r < 0.3:
            return s[:i] + s[i + 1 :]
        if r < 0.5:
            return s[:i] + ch + s[i:]
        if r < 0.75 and i + 1 < n and s[i + 1].isalpha() and s[i + 1] != ch:
            return s[:i] + s[i + 1] + ch + s[i + 2 :]
        nb = NEIGH.get(ch.lower())
        if nb:
            rep = rng.choice(nb)
            return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1 :]
        return s[:i] + s[i + 1 :]

    def _birth(self, p: Person, c: Clerk, day: int, tags: list[str]) -> str:
        rng = self.rng
        mode = c.dates.pick(rng)
        b = dt.date.fromordinal(p.birth)
        if p.dob_fuzzy and mode in ("full", "swap", "typo"):
            mode = "d0101" if rng.random() < 0.5 else "year"
            tags.append("dob:unknown_to_person")
        full = b.isoformat()
        if mode == "full":
            return full
        if mode == "year":
            out = str(b.year)
        elif mode == "age":
            r = dt.date.fromordinal(day)
            age = r.year - b.year - ((r.month, r.day) < (b.month, b.day))
            if age >= 50 and rng.random() < 0.35:
                age = 5 * round(age / 5)
            y = r.year - age
            out = f"{y}-01-01" if rng.random() < c.age_placeholder else str(y)
        elif mode == "swap":
            if b.day > 12 or b.day == b.month:
                return full
            out = f"{b.year}-{b.day:02d}-{b.month:02d}"
        elif mode == "typo":
            out = self._date_typo(b)
        elif mode == "d0101":
            out = f"{b.year}-01-01"
        elif mode == "today":
            out = dt.date.fromordinal(day).isoformat()
        else:
            out = ""
        if out != full:
            tags.append(f"dob:{mode}")
        return out

    def _date_typo(self, b: dt.date) -> str:
        rng = self.rng
        y, m, d = b.year, b.month, b.day
        r = rng.random()
        if r < 0.35:
            yy = y % 100
            y2 = y - yy + (yy % 10) * 10 + yy // 10
            y = y2 if y2 != y and y2 <= 2023 else y + rng.choice((-1, 1))
        elif r < 0.6:
            y += rng.choice((-1, 1))
        elif r < 0.8:
            d += rng.choice((-10, 10, -1, 1))
        else:
            m += rng.choice((-1, 1))
        try:
            out = dt.date(min(y, 2023), m, d)
        except ValueError:
            out = dt.date(min(y, 2023), b.month, min(b.day, 28))
        if out.toordinal() > D_FIRST:
            out = dt.date(b.year - 1, b.month, min(b.day, 28))
        return out.isoformat()

    def _phone(self, p: Person, hh: Household, ev: Event, tags: list[str]) -> str:
        rng = self.rng
        c = ev.clerk
        day = ev.day

        def own(q: Person) -> str | None:
            if q.new_phone is not None and day >= q.new_day:
                if q.old_phone is not None and rng.random() < 0.12:
                    tags.append("phone:stale_karabakh")
                    return q.old_phone
                return q.new_phone
            return q.old_phone

        num: str | None
        if rng.random() < c.phone_missing:
            num = None
        elif ev.channel == "hotline" and ev.caller is not None:
            num = own(ev.caller) or hh.host_phone
            if ev.caller is not p:
                tags.append("phone:caller")
        elif ev.channel == "web" and hh.host_phone is not None and rng.random() < 0.45:
            num = hh.host_phone
            tags.append("phone:host")
        else:
            num = own(p) if rng.random() < 0.8 else None
            if num is None:
                for q in hh.members:
                    if q is not p and q.adult:
                        num = own(q)
                        if num is not None:
                            tags.append("phone:household_member")
                            break
            if num is None and hh.host_phone is not None and rng.random() < 0.5:
                num = hh.host_phone
                tags.append("phone:host")
            if num is None and hh.accom == "cc" and ev.channel in ("ngo", "un"):
                key = (self._town_at(hh, day)[1], hh.cc)
                if key not in self.cc_phones:
                    self.cc_phones[key] = ARM_PREFIX.pick(rng) + f"{rng.randrange(10**6):06d}"
                num = self.cc_phones[key]
                tags.append("phone:collective_centre")
        if num is None:
            tags.append("phone:none")
            return ""
        if rng.random() < c.phone_typo:
            digits = list(num)
            i = rng.randrange(2, 8)
            if rng.random() < 0.5 and i < 7:
                digits[i], digits[i + 1] = digits[i + 1], digits[i]
            else:
                digits[i] = str((int(digits[i]) + rng.randint(1, 9)) % 10)
            num = "".join(digits)
            tags.append("phone:typo")
        return ("+374" if rng.random() < c.phone_plus else "0") + num

    def _origin(self, hh: Household, c: Clerk, style: str, tags: list[str]) -> str:
        rng = self.rng
        mode = c.origin.pick(rng)
        if mode == "none":
            return ""
        script = "hy" if style == "hy" else "ru" if style == "ru" else "lat"
        if mode == "generic":
            key = "chat" if style.startswith("chat") else script
            tags.append("origin:generic")
            return rng.choice(GENERIC_ORIGIN[key])
        place = hh.origin
        if hh.origin_alt is not None and rng.random() < 0.45:
            place = hh.origin_alt
            tags.append("origin:lived_in_since_2020")
        ostyle = style if style in TOKEN_STYLES else ("ru" if style in RL_SCHEMES else script)
        if style in RL_SCHEMES:
            ostyle = "lat"
        if mode == "region" and not place.is_centre:
            tags.append("origin:region")
            text = place.region.render(ostyle, rng)
            if rng.random() < 0.3:
                text += {"hy": " շրջան", "ru": " район"}.get(ostyle, " region")
            return text
        text = place.entry.render(ostyle, rng)
        if not place.is_centre and script == "lat" and rng.random() < 0.15:
            text = f"{text}, {place.region.render(ostyle, rng)}"
        return text

    def record(self, hh: Household, ev: Event, p: Person, k: int, n_in_event: int) -> None:
        rng = self.rng
        c = ev.clerk
        tags: list[str] = list(ev.tags)
        style = c.styles.pick(rng)
        if ev.channel == "gov" and p.soviet_doc and rng.random() < 0.6:
            style = "ru"
            tags.append("doc:soviet_passport")
        tags.append(f"style:{style}")
        given = p.given
        if given.dims and rng.random() < c.nick:
            given = rng.choice(given.dims)
            tags.append("nickname")
        fam = p.family
        if p.maiden is not None and p.maiden is not p.family and rng.random() < c.maiden:
            fam = p.maiden
            tags.append("maiden_name")
        elif p.mother_sur is not None and rng.random() < c.child_mother:
            fam = p.mother_sur
            tags.append("mother_surname")
        if fam.masc is not None and rng.random() < c.fem_error:
            fam = fam.masc
            tags.append("surname_male_form")
        if fam.variants and rng.random() < 0.2:
            tag, fam = rng.choice(fam.variants)
            tags.append(tag)
        g = self.name_text(given, style, c.ear, tags, "given")
        f = self.name_text(fam, style, c.ear, tags, "family")
        if ev.channel == "hotline" and rng.random() < 0.03:
            for end, add in (("yan", "ts"), ("ian", "ts"), ("ян", "ц"), ("յան", "ց")):
                if f.endswith(end):
                    f += add
                    tags.append("dialect_yants")
                    break
        if rng.random() < c.typo:
            g = self._typo(g)
            tags.append("typo:given")
        if rng.random() < c.typo:
            f = self._typo(f)
            tags.append("typo:family")
        patr = ""
        if p.father is not None:
            mode = c.patr.pick(rng)
            if mode != "none":
                pstyle = style
                if rng.random() < c.patr_mix:
                    pstyle = rng.choice(("hy", "lat")) if style == "ru" else "ru"
                    tags.append("patr:other_script")
                if mode == "gen" and pstyle in ("ru", *RL_SCHEMES):
                    mode = "ovich"
                if mode == "gen":
                    pe = p.father.gen()
                elif mode == "plain":
                    pe = p.father
                else:
                    pe = p.father.ovich(p.sex)
                patr = pe.render(pstyle, rng)
                if rng.random() < c.typo * 0.5:
                    patr = self._typo(patr)
                tags.append(f"patr:{mode}")
        caps = c.caps.pick(rng)
        if caps == "upper":
            g, f, patr = upper(g), upper(f), upper(patr)
            tags.append("caps:upper")
        elif caps == "lower":
            g, f, patr = g.lower(), f.lower(), patr.lower()
            tags.append("caps:lower")
        if rng.random() < c.swap:
            g, f = f, g
            tags.append("swap_given_family")
        elif rng.random() < c.onefield:
            both = f"{g} {f}" if rng.random() < 0.6 else f"{f} {g}"
            other = "-" if rng.random() < 0.6 else both
            if rng.random() < 0.7:
                g, f = both, other
                tags.append("one_field:given")
            else:
                g, f = other, both
                tags.append("one_field:family")
        elif patr and rng.random() < c.given_patr:
            g = f"{g} {patr}"
            if rng.random() < 0.6:
                patr = ""
            tags.append("patronymic_in_given")
        if c.odd:
            g, f, patr = self._oddities(g, f, patr, style, tags)
        sex = p.sex
        if rng.random() < c.sex_missing:
            sex = ""
            tags.append("sex:missing")
        elif sex == "F" and rng.random() < c.sex_default_m:
            sex = "M"
            tags.append("sex:form_default")
        elif rng.random() < 0.002:
            sex = "M" if sex == "F" else "F"
            tags.append("sex:flipped")
        birth = self._birth(p, c, ev.day, tags)
        origin = self._origin(hh, c, style, tags)
        phone = self._phone(p, hh, ev, tags)
        ref = ev.ref
        if not ref:
            tags.append("ref:none")
        minute = min(ev.minute + k * rng.randint(1, 4), 24 * 60 - 1)
        if ev.channel == "hotline":
            minute = min(ev.minute + k, 24 * 60 - 1)
        day = dt.date.fromordinal(ev.day).isoformat()
        reg = f"{day}T{minute // 60:02d}:{minute % 60:02d}"
        self.rows.append(SEP.join((g, f, patr, sex, birth, origin, phone, ref, reg, ev.site)))
        self.person_of.append(p.pid)
        self.why.append(
            SEP.join(
                (
                    f"P{p.pid:07d}", f"H{hh.hid:06d}", ev.channel, ev.agency, ev.clerk.cid,
                    str(n_in_event), ";".join(tags), p.given.forms["lat"],
                    p.family.forms["lat"], dt.date.fromordinal(p.birth).isoformat(),
                )
            )
        )  # fmt: skip

    def _oddities(
        self, g: str, f: str, patr: str, style: str, tags: list[str]
    ) -> tuple[str, str, str]:
        rng = self.rng
        r = rng.random()
        if r < 0.004 and style == "ru":
            if all(ch in LAYOUT or ch == " " for ch in (g + f).lower()):

                def conv(s: str) -> str:
                    return "".join(
                        (LAYOUT[ch.lower()].upper() if ch.isupper() else LAYOUT[ch])
                        if ch != " " else " "
                        for ch in s
                    )  # fmt: skip

                tags.append("wrong_keyboard_layout")
                if all(ch in LAYOUT for ch in patr.lower()):
                    patr = conv(patr)
                return conv(g), conv(f), patr
        elif r < 0.014:
            target = g if rng.random() < 0.5 else f
            table_ = HOMO_C2L if style == "ru" else HOMO_L2C
            idx = [i for i, ch in enumerate(target) if ch in table_]
            if idx and style != "hy":
                i = idx[0] if rng.random() < 0.6 else rng.choice(idx)
                new = target[:i] + table_[target[i]] + target[i + 1 :]
                tags.append("homoglyph")
                return (new, f, patr) if target is g else (g, new, patr)
        elif r < 0.064:
            tags.append("stray_whitespace")
            w = rng.random()
            if w < 0.4:
                return g + " ", f, patr
            if w < 0.7:
                return g, " " + f, patr
            return g, f + "  ", patr
        return g, f, patr

    # ------------------------------------------------------------------ driver
    def run(self, people: int) -> None:
        rng = self.rng
        made = 0
        while made < people:
            arrival = D_FIRST + ARRIVAL.pick(rng)
            hh = self.household(arrival)
            if made + len(hh.members) > people:
                hh.members = hh.members[: people - made]
            made += len(hh.members)
            for p in hh.members:
                y = dt.date.fromordinal(p.birth).year
                key = (p.given.uid * 100_000 + p.family.uid) * 1000 + y - 1900
                self.namesakes[key] += 1
                self.key_of[p.pid] = key
                if p.traps:
                    self.traps[p.pid] = ";".join(p.traps)
            for ev in self.events(hh):
                for k, p in enumerate(ev.members):
                    self.record(hh, ev, p, k, len(ev.members))

    def write(self, out: Path, explain: bool) -> int:
        out.mkdir(parents=True, exist_ok=True)
        order = list(range(len(self.rows)))
        self.rng.shuffle(order)
        width = max(7, len(str(len(order))))
        with (
            (out / "records.csv").open("w", newline="", encoding="utf-8") as fr,
            (out / "truth.csv").open("w", newline="", encoding="utf-8") as ft,
        ):
            wr, wt = csv.writer(fr), csv.writer(ft)
            wr.writerow(HEADER)
            wt.writerow(("record_id", "person_id"))
            for n, i in enumerate(order, 1):
                rid = f"R{n:0{width}d}"
                wr.writerow((rid, *self.rows[i].split(SEP)))
                wt.writerow((rid, f"P{self.person_of[i]:07d}"))
        if explain:
            with (out / "why.csv").open("w", newline="", encoding="utf-8") as fw:
                ww = csv.writer(fw)
                ww.writerow(WHY_HEADER)
                for n, i in enumerate(order, 1):
                    pid = self.person_of[i]
                    traps = self.traps.get(pid, "")
                    if self.namesakes[self.key_of[pid]] > 1:
                        traps = f"{traps};namesake_same_year" if traps else "namesake_same_year"
                    ww.writerow((f"R{n:0{width}d}", *self.why[i].split(SEP), traps))
        return len(order)


def namesake_pairs(counts: Counter[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts.values())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gen = Generator(args.seed)
    gen.run(args.people)
    n = gen.write(args.out, args.explain)
    secs = time.perf_counter() - t0
    print(
        f"fourth_hands: people={args.people} records={n} seconds={secs:.1f} "
        f"namesake_pairs={namesake_pairs(gen.namesakes)} out={args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
