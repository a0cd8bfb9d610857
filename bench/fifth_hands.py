#!/usr/bin/env python3
"""fifth_hands.py -- a synthetic multi-agency registry of the September 2023 Karabakh exodus.

Written "by other hands": without looking at refuge's linkage code.  Stdlib only.

    python bench/fifth_hands.py --people N --seed S --out DIR [--explain]

writes DIR/records.csv (the interchange format), DIR/truth.csv (record_id,person_id) and, with
--explain, DIR/why.csv (record_id,person_id,household_id,desk,tags).

The world
---------
* Households from Nagorno-Karabakh (nuclear, three-generation with patrilocal daughters-in-law,
  war widows of 2020 with children, elderly couples and widows, single men, adult siblings,
  unmarried mothers whose children carry her surname), ~1% with a Russian/Ukrainian wife and a
  few Russian, Ukrainian, Greek, Georgian, Assyrian and Yazidi families.
* Names are kept in their own script (Armenian for Armenian names, Russian for Russian ones) and
  rendered by each clerk: Armenian script, Eastern (passport) romanisation, "-ian", chat-style x
  for kh, Western-Armenian (Hagopian, Kevorkian, Dikran), French (Haroutiounian, Guevorg),
  Russian conventional Cyrillic (Акопян, Оганесян/Ованесян, Саркисян, Геворкян) and Latin
  derived from the Russian (Akopyan, ICAO Akopian).
* Generation-dependent given names (Soviet-era Rudik, Zhora, Roza, Lyudmila; today's Narek, Mane),
  first sons named after the paternal grandfather (grandfather and grandson share a full name),
  twins with paired names, patronymics from the real father (a wife's is her own father's).
* Desks are clerks with habits (script, romanisation, case, patronymic style, date habits, phone
  and household-reference habits, working hours) belonging to one of eight agencies, at
  Kornidzor, Goris and ~35 towns of Armenia, registering from 24 September to late December.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import os
import random
import re
import time
import zlib
from datetime import date, timedelta

# =============================================================================================
# small helpers
# =============================================================================================


def _h(*parts) -> float:
    """A stable hash in [0,1) (Python's hash() is salted per process)."""
    return zlib.crc32("|".join(map(str, parts)).encode()) / 4294967296.0


class WC:
    """Weighted choice by cumulative weights."""

    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items, self.cum, t = [], [], 0.0
        for it, w in pairs:
            if w > 0:
                t += w
                self.items.append(it)
                self.cum.append(t)
        self.tot = t

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]

    def pick_u(self, u):
        return self.items[min(bisect.bisect_right(self.cum, u * self.tot), len(self.items) - 1)]


def _cap(s: str) -> str:
    out, up = [], True
    for ch in s:
        if up and ch.isalpha():
            out.append(ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in " -":
            up = True
    return "".join(out)


# =============================================================================================
# transliteration
# =============================================================================================

HY_VOW = set("աեէըիոօ")
_HY_E = {
    "ա": "a",
    "բ": "b",
    "գ": "g",
    "դ": "d",
    "ե": "e",
    "զ": "z",
    "է": "e",
    "ը": "y",
    "թ": "t",
    "ժ": "zh",
    "ի": "i",
    "լ": "l",
    "խ": "kh",
    "ծ": "ts",
    "կ": "k",
    "հ": "h",
    "ձ": "dz",
    "ղ": "gh",
    "ճ": "ch",
    "մ": "m",
    "յ": "y",
    "ն": "n",
    "շ": "sh",
    "ո": "o",
    "չ": "ch",
    "պ": "p",
    "ջ": "j",
    "ռ": "r",
    "ս": "s",
    "վ": "v",
    "տ": "t",
    "ր": "r",
    "ց": "ts",
    "ւ": "v",
    "փ": "p",
    "ք": "k",
    "օ": "o",
    "ֆ": "f",
}
_HY_W = dict(_HY_E)
_HY_W.update(
    {
        "բ": "p",
        "պ": "b",
        "գ": "k",
        "կ": "g",
        "դ": "t",
        "տ": "d",
        "ձ": "ts",
        "ծ": "dz",
        "ճ": "j",
        "ջ": "ch",
    }
)
_HY_F = dict(_HY_E)
_HY_F.update({"շ": "ch", "չ": "tch", "ճ": "tch", "ջ": "dj", "ժ": "j"})
_RE_YAN = re.compile(r"yan(?=(ts)?\b)")
_RE_FR_G = re.compile(r"g(?=[eiy])")
_RE_FR_S = re.compile(r"(?<=[aeiou])s(?=[aeiouy])")


def hy_lat(s: str, scheme: str = "east") -> str:
    """Armenian script -> Latin.  scheme: east (passport/BGN practice), west, fr."""
    m = _HY_W if scheme == "west" else _HY_F if scheme == "fr" else _HY_E
    low = s.lower()
    n, out, i, ws = len(low), [], 0, True
    while i < n:
        c = low[i]
        if c in " -":
            out.append(c)
            ws = True
            i += 1
            continue
        if c == "ո" and i + 1 < n and low[i + 1] == "ւ":
            t = "u" if scheme == "east" else "ou"
            i += 2
        elif c == "և":
            t = "yev" if (ws and scheme == "east") else "ev"
            i += 1
        elif c == "ե":
            t = "ye" if (ws and scheme != "fr") else "e"
            i += 1
        elif c == "ո":
            t = "vo" if ws else "o"
            i += 1
        else:
            t = m.get(c, c)
            i += 1
        out.append(t)
        ws = False
    r = "".join(out)
    if scheme == "fr":
        r = r.replace("you", "iou").replace("ya", "ia").replace("yo", "io")
        r = _RE_FR_G.sub("gu", r)
        r = _RE_FR_S.sub("ss", r)
    elif scheme == "west":
        r = _RE_YAN.sub("ian", r)
    return _cap(r)


_HY_R = {
    "ա": "а",
    "բ": "б",
    "գ": "г",
    "դ": "д",
    "ե": "е",
    "զ": "з",
    "է": "э",
    "ը": "ы",
    "թ": "т",
    "ժ": "ж",
    "ի": "и",
    "լ": "л",
    "խ": "х",
    "ծ": "ц",
    "կ": "к",
    "ձ": "дз",
    "ճ": "ч",
    "մ": "м",
    "ն": "н",
    "շ": "ш",
    "չ": "ч",
    "պ": "п",
    "ջ": "дж",
    "ռ": "р",
    "ս": "с",
    "վ": "в",
    "տ": "т",
    "ր": "р",
    "ց": "ц",
    "ւ": "в",
    "փ": "п",
    "ք": "к",
    "օ": "о",
    "ֆ": "ф",
    "և": "ев",
}
_VOICELESS = set("կտթքսշխփպչճցծ")


def hy_ru(s: str, h_med: str = "г", hovh: str = "ог") -> str:
    """Armenian script -> Russian conventional Cyrillic (Հ dropped initially, г/∅ medially)."""
    low = s.lower()
    n, out, i, ws = len(low), [], 0, True
    while i < n:
        c = low[i]
        if c in " -":
            out.append(c)
            ws = True
            i += 1
            continue
        nxt = low[i + 1] if i + 1 < n else ""
        prev = low[i - 1] if i > 0 else ""
        if c == "ո" and nxt == "ւ":
            t = "у"
            i += 2
        elif c == "յ":
            n2 = low[i + 2] if i + 2 < n else ""
            if nxt == "ա":
                t, i = "я", i + 2
            elif nxt == "ո" and n2 == "ւ":
                t, i = "ю", i + 3
            elif nxt in ("ո", "ե"):
                t, i = "е", i + 2
            elif nxt == "ի":
                t, i = "и", i + 2
            elif nxt == "է":
                t, i = "э", i + 2
            else:
                t, i = "й", i + 1
        elif c == "ո":
            t = "во" if ws else "о"
            i += 1
        elif c == "հ":
            if ws:
                t = ""
            elif prev == "վ" and i >= 2 and low[i - 2] == "ո":
                if hovh == "ог" and out and out[-1] == "в":
                    out[-1] = "г"
                t = ""
            elif prev in HY_VOW or prev == "ւ":
                t = h_med if nxt in HY_VOW else "х"
            else:
                t = "г"
            i += 1
        elif c == "ղ":
            t = "х" if (nxt in _VOICELESS or prev in _VOICELESS) else "г"
            i += 1
        else:
            t = _HY_R.get(c, c)
            i += 1
        out.append(t)
        ws = False
    return _cap("".join(out))


_CL = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_CL_ICAO = dict(_CL)
_CL_ICAO.update({"ё": "e", "й": "i", "ю": "iu", "я": "ia", "ъ": "ie"})
_CYR_VOW = set("аеёиоуыэюяьъ")


def cyr_lat(s: str, scheme: str = "bgn") -> str:
    """Russian Cyrillic -> Latin.

    bgn (Natalya, Yuriy), icao (NATALIA, IURII), simple (Natalia, Yuri).
    """
    low = s.lower()
    m = _CL_ICAO if scheme == "icao" else _CL
    n, out, ws = len(low), [], True
    for i, c in enumerate(low):
        if c in " -":
            out.append(c)
            ws = True
            continue
        prev = low[i - 1] if i > 0 else ""
        nxt = low[i + 1] if i + 1 < n else ""
        end = i + 1 == n or nxt in " -"
        if c == "е" and scheme == "bgn" and (ws or prev in _CYR_VOW):
            t = "ye"
        elif c == "е" and scheme == "simple" and ws:
            t = "ye"
        elif scheme == "simple" and c == "й" and end and prev in "ыи":
            t = ""
        elif scheme == "simple" and c == "я" and prev == "ь":
            t = "ia"
        else:
            t = m.get(c, c)
        out.append(t)
        ws = False
    return _cap("".join(out))


_CH = {
    "а": "ա",
    "б": "բ",
    "в": "վ",
    "г": "գ",
    "д": "դ",
    "е": "ե",
    "ё": "յո",
    "ж": "ժ",
    "з": "զ",
    "и": "ի",
    "й": "յ",
    "к": "կ",
    "л": "լ",
    "м": "մ",
    "н": "ն",
    "о": "ո",
    "п": "պ",
    "р": "ր",
    "с": "ս",
    "т": "տ",
    "у": "ու",
    "ф": "ֆ",
    "х": "խ",
    "ц": "ց",
    "ч": "չ",
    "ш": "շ",
    "щ": "շչ",
    "ъ": "",
    "ы": "ը",
    "ь": "",
    "э": "է",
    "ю": "յու",
    "я": "յա",
}


def cyr_hy(s: str) -> str:
    """Russian Cyrillic -> Armenian script, the way an Armenian clerk spells a Russian name."""
    low = s.lower()
    n, out, ws = len(low), [], True
    i = 0
    while i < n:
        c = low[i]
        if c in " -":
            out.append(c)
            ws = True
            i += 1
            continue
        nxt = low[i + 1] if i + 1 < n else ""
        end2 = i + 2 == n
        if c in "иы" and nxt == "й" and end2:
            out.append("ի")
            i += 2
            ws = False
            continue
        if c == "е" and nxt == "в" and not ws and low[i - 1] not in _CYR_VOW:
            out.append("և")
            i += 2
            ws = False
            continue
        if c == "о" and ws:
            t = "օ"
        else:
            t = _CH.get(c, c)
        out.append(t)
        ws = False
        i += 1
    r = "".join(out)
    return r[:1].upper() + r[1:] if r else r


CLASSICAL_ROOTS = [
    ("Հովհաննես", "Յովհաննէս"),
    ("Հովհաննիս", "Յովհաննիս"),
    ("Հակոբ", "Յակոբ"),
    ("Հարություն", "Յարութիւն"),
    ("Հովսեփ", "Յովսէփ"),
    ("Հովակիմ", "Յովակիմ"),
    ("Մովսես", "Մովսէս"),
    ("Գևորգ", "Գէորգ"),
    ("Թադևոս", "Թադէոս"),
    ("Մաթևոս", "Մատթէոս"),
    ("Հովիկ", "Յովիկ"),
    ("Տեր-", "Տէր-"),
]
_RE_CL_YAN = re.compile(r"յան(ց?)(?=$|[ -])")
_RE_CL_V = re.compile(r"(?<=[աեէըիոօԱԵԷԸԻՈՕ])վ(?=[աեէըիոօ])")


def hy_classical(s: str) -> str:
    """Reformed (Soviet) Armenian spelling -> classical spelling as used in the diaspora."""
    for a, b in CLASSICAL_ROOTS:
        if a in s:
            s = s.replace(a, b)
    s = s.replace("յու", "իւ")
    s = _RE_CL_YAN.sub(r"եան\1", s)
    s = _RE_CL_V.sub("ւ", s)
    return s.replace("և", "եւ")


def hy_upper(s: str) -> str:
    return s.replace("և", "եվ").upper()


GEN_OVR = {"Սարգիս": "Սարգսի", "Դավիթ": "Դավթի", "Մկրտիչ": "Մկրտչի", "Ավետիք": "Ավետիքի"}


def hy_gen(s: str) -> str:
    if s in GEN_OVR:
        return GEN_OVR[s]
    if s[-1] in "աո":
        return s + "յի"
    return s + "ի"


def ru_patr(name: str, sex: str) -> str:
    m = sex == "M"
    if name.endswith("ий"):
        return name[:-2] + ("ьевич" if m else "ьевна")
    if name.endswith("й"):
        return name[:-1] + ("евич" if m else "евна")
    if name[-1] in "жшчщц":
        return name + ("евич" if m else "евна")
    if name.endswith("ья"):
        return name + ("евич" if m else "евна")
    if name[-1] in "ая":
        return name[:-1] + ("ович" if m else "овна")
    if name[-1] in "еиоуэ":
        return name + ("евич" if m else "евна")
    if name[-1] == "ь":
        return name[:-1] + ("евич" if m else "евна")
    return name + ("ович" if m else "овна")


# ---- typing errors -----------------------------------------------------------------------------


def _nbrs(rows):
    d = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            ns = []
            for rr in (r - 1, r, r + 1):
                if 0 <= rr < len(rows):
                    for cc in (c - 1, c, c + 1):
                        if 0 <= cc < len(rows[rr]) and (rr, cc) != (r, c):
                            ns.append(rows[rr][cc])
            d[ch] = "".join(ns)
    return d


NB_LAT = _nbrs(["qwertyuiop", "asdfghjkl", "zxcvbnm"])
NB_CYR = _nbrs(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"])
# letters an Eastern-Armenian clerk confuses by ear or by handwriting
HY_CONF = {
    "ե": "է",
    "է": "ե",
    "ո": "օ",
    "օ": "ո",
    "ռ": "ր",
    "ր": "ռ",
    "թ": "տ",
    "տ": "թ",
    "փ": "պ",
    "պ": "փ",
    "ք": "կ",
    "կ": "ք",
    "ց": "ծ",
    "ծ": "ց",
    "չ": "ճ",
    "ճ": "չ",
    "ղ": "խ",
    "խ": "ղ",
}
HY_CONF_EAR = "եէոօռր"

_L2C = dict(
    zip("qwertyuiop[]asdfghjkl;'zxcvbnm,.", "йцукенгшщзхъфывапролджэячсмитьбю", strict=True)
)
_C2L = {v: k for k, v in _L2C.items()}


def layout_slip(s: str) -> str:
    """Typed with the other keyboard layout active (ЙЦУКЕН <-> QWERTY)."""
    out = []
    for ch in s:
        lo = ch.lower()
        t = _L2C.get(lo) or _C2L.get(lo) or ch
        out.append(t.upper() if ch != lo else t)
    return "".join(out)


OCR_CONF = {
    "O": "0",
    "I": "1",
    "S": "5",
    "B": "8",
    "Z": "2",
    "G": "6",
    "D": "0",
    "U": "V",
    "E": "F",
    "H": "N",
}


def typo(s: str, script: str, rng) -> tuple[str, str]:
    n = len(s)
    if n < 3:
        return s, ""
    i = rng.randrange(1, n)
    ch = s[i]
    if not ch.isalpha():
        return s, ""
    k = rng.random()
    if script == "hy":
        if ch == "ւ" or (ch == "ո" and i + 1 < n and s[i + 1] == "ւ"):
            return s[:i] + s[i + 1 :], "typo_drop" if ch != "ւ" else ""
        lo = ch.lower()
        if k < 0.45 and lo in HY_CONF and (lo in HY_CONF_EAR or k < 0.2):
            rep = HY_CONF[lo]
            return s[:i] + (rep.upper() if ch != lo else rep) + s[i + 1 :], "typo_homophone"
        if k < 0.7:
            return s[:i] + s[i + 1 :], "typo_drop"
        if k < 0.85:
            return s[:i] + ch + s[i:], "typo_double"
        if i + 1 < n and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + ch + s[i + 2 :], "typo_swap"
        return s[:i] + s[i + 1 :], "typo_drop"
    if k < 0.3:
        return s[:i] + s[i + 1 :], "typo_drop"
    if k < 0.48:
        return s[:i] + ch + s[i:], "typo_double"
    if k < 0.72 and i + 1 < n and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + ch + s[i + 2 :], "typo_swap"
    lo = ch.lower()
    nb = (NB_CYR if script == "cyr" else NB_LAT).get(lo)
    if not nb:
        return s[:i] + s[i + 1 :], "typo_drop"
    rep = nb[int(rng.random() * len(nb))]
    return s[:i] + (rep.upper() if ch != lo else rep) + s[i + 1 :], "typo_key"


# =============================================================================================
# names
# =============================================================================================


class NameObj:
    __slots__ = (
        "id",
        "hy",
        "ru",
        "ru_f",
        "ru_over",
        "west",
        "fr",
        "dims",
        "equiv",
        "kind",
        "base",
        "sex",
    )

    def __init__(
        self,
        id_,
        hy=None,
        ru=None,
        ru_f=None,
        ru_over=None,
        west=None,
        fr=None,
        kind="arm",
        base=None,
        sex=None,
    ):
        self.id, self.hy, self.ru, self.ru_f = id_, hy, ru, ru_f
        self.ru_over, self.west, self.fr = ru_over, west, fr
        self.dims, self.equiv, self.kind, self.base, self.sex = [], None, kind, base, sex


_NAMES: list[NameObj] = []
_BY_HY: dict[str, NameObj] = {}


def _new(**kw) -> NameObj:
    o = NameObj(len(_NAMES), **kw)
    _NAMES.append(o)
    if o.hy and o.kind in ("arm", "ter", "yazidi") and o.hy not in _BY_HY:
        _BY_HY[o.hy] = o
    return o


def _over(spec: str):
    if not spec:
        return None
    out = []
    for part in spec.split("/"):
        if ":" in part:
            f, w = part.split(":")
            out.append((f, float(w)))
        else:
            out.append((part, 1.0))
    return out


# hy | sex | weights born <=1955, 1956-85, 1986-2005, 2006- | diminutives | Russian form(s) |
# Soviet/Russian equivalent | Western-Armenian form | French form
GIVEN = """
Արմեն|M|2,4,3,1|Արմո||||
Արման|M|0,1,3,4|||||
Արսեն|M|0,1,3,3|||||
Արթուր|M|0,2,4,2|Արթո||||
Արամ|M|1,2,2,2|||||
Աշոտ|M|3,3,2,1|Աշո|||Ashod|
Վարդան|M|2,2,2,1|Վարդո|||Vartan|
Կարեն|M|1,3,3,1|||||
Գոռ|M|0,0,3,3|||||
Հայկ|M|0,1,3,4|Հայկո|Айк|||
Դավիթ|M|1,1,3,5|Դավո|Давид:3/Давит:1||Tavit|David
Նարեկ|M|0,0,3,4||||Nareg|
Տիգրան|M|1,2,3,3|Տիկո|||Dikran|
Սերգեյ|M|3,3,1,0|Սերժիկ,Սերյոժա||||
Սամվել|M|2,3,2,1|Սամո||||
Գագիկ|M|1,4,1,0|Գագո|||Kakig|
Հովհաննես|M|3,2,1,2|Հովիկ,Վանիկ|Оганес:5/Ованес:4/Ованнес:1|Иван|Hovhannes|Ohannes
Գրիգոր|M|3,2,1,1|Գրիշա||Григорий|Krikor|
Լևոն|M|2,2,1,1|Լյովա||||
Սուրեն|M|2,2,1,0|Սուրո||||
Վահե|M|0,2,3,1||Ваге|||
Վահան|M|2,2,1,1||Ваган|||
Ռոբերտ|M|1,3,1,0|Ռոբիկ||||
Ալբերտ|M|2,2,0,0|Ալիկ||||
Էդուարդ|M|2,2,0,0|Էդիկ||||
Ռաֆիկ|M|3,2,0,0|||||
Սլավիկ|M|2,2,0,0|||||
Նորիկ|M|2,2,0,0|||||
Յուրի|M|2,2,0,0|Յուրա|Юрий|||
Վլադիմիր|M|2,2,0,0|Վոլոդյա,Վովա||||
Վալերի|M|1,2,0,0||Валерий|||
Ռուդիկ|M|2,1,0,0|||||
Գարիկ|M|1,2,0,0|||||
Ժորա|M|1,0,0,0|||||
Ալեքսանդր|M|1,2,1,0|Սաշա,Ալիկ||||
Մհեր|M|0,1,2,2||Мгер|||
Էդգար|M|0,1,3,1|||||
Արտյոմ|M|0,1,2,1||Артем:3/Артём:1|||
Արայիկ|M|1,3,1,0|||||
Արարատ|M|1,1,1,0|||||
Արկադի|M|1,1,0,0||Аркадий|||
Վաչագան|M|1,1,1,1|Վաչիկ||||
Սեյրան|M|1,2,0,0|||||
Սևակ|M|0,1,2,1||||Sevag|
Խաչիկ|M|2,1,0,0|Խաչո||||
Գուրգեն|M|2,1,0,0||||Kourken|
Համլետ|M|2,1,0,0||Гамлет|||
Հենրիկ|M|1,2,0,0||Генрик|||
Ռուբեն|M|1,2,1,1|Ռուբո||||
Սարգիս|M|2,1,1,2|Սաքո|Саркис|Сергей|Sarkis|Sarguis
Մկրտիչ|M|3,1,0,0|Մկո|||Mgrditch|
Մովսես|M|2,1,0,0|||||
Ավետիք|M|1,1,0,0||||Avedik|
Անդրանիկ|M|2,2,1,1|Անդո|||Antranig|
Հարություն|M|3,1,0,0|Հարութ|Арутюн||Haroutioun|Haroutioun
Հակոբ|M|3,1,1,1|Հակո|Акоп|Яков|Hagop|Hagop
Պետրոս|M|2,1,0,0||||Bedros|
Գևորգ|M|2,2,2,3|Ժորա|Геворг:1/Геворк:1|Георгий|Kevork|Guevorg
Պողոս|M|2,1,0,0|||Павел|Boghos|
Մանվել|M|2,2,1,0|||||
Մարատ|M|1,2,0,0|||||
Նվեր|M|1,1,0,0|||||
Նորայր|M|1,2,0,0|||||
Միքայել|M|1,1,1,3|Միշա|Микаел:3/Микаэл:1|Михаил|Mikael|Mikael
Ռաֆայել|M|0,0,1,3||Рафаел:2/Рафаэль:1|||
Վահագն|M|0,0,2,2||Ваагн:2/Вахагн:1|||
Արեգ|M|0,0,1,2|||||
Էրիկ|M|0,0,2,3|||||
Ալեն|M|0,0,1,2|||||
Արտակ|M|0,2,2,0|||||
Արտաշես|M|1,1,0,0||||Ardashes|
Վազգեն|M|2,2,0,0|||||
Հրանտ|M|1,1,0,0||Грант|||
Կամո|M|1,1,0,0|||||
Սպարտակ|M|1,1,0,0|||||
Վիտալի|M|0,2,0,0||Виталий|||
Արշակ|M|1,1,0,0||||Arshag|
Գառնիկ|M|1,1,0,0||||Karnig|
Հրաչ|M|0,2,1,0||Грач|||
Հրաչյա|M|1,1,0,0||Грачья|||
Զավեն|M|1,1,0,0|||||
Արմենակ|M|1,1,0,0|||||
Մուշեղ|M|1,1,0,0|||||
Հովսեփ|M|1,1,0,0||Овсеп|Иосиф|Hovsep|
Ալեքսան|M|1,1,0,0|||||
Անահիտ|F|2,3,2,1|Անո|Анаит||Anahid|Anahide
Գայանե|F|1,3,2,1|Գայա||||
Հասմիկ|F|2,3,1,0||Асмик||Hasmig|
Նվարդ|F|2,1,0,0||||Nevart|
Սուսաննա|F|1,2,1,0|Սուսիկ||||
Լուսինե|F|0,2,3,1|Լուսիկ|||Lousine|
Աշխեն|F|3,1,0,0|||||
Սիրանուշ|F|3,2,0,0|Սիրո|||Siranoush|Siranouch
Արուսյակ|F|3,1,0,0||||Arousiag|
Վարսենիկ|F|3,0,0,0|||||
Ժենյա|F|2,1,0,0|||Евгения||
Ռայա|F|2,1,0,0|||Раиса||
Ռոզա|F|3,1,0,0|||||
Լյուդմիլա|F|1,2,0,0|Լյուդա||||
Վալյա|F|2,1,0,0|||Валентина||
Զոյա|F|2,1,0,0|||||
Էմմա|F|2,2,0,0|||||
Ալվարդ|F|2,1,0,0|||||
Մարգարիտա|F|2,2,0,0|Ռիտա||||
Օֆելյա|F|2,1,0,0||Офелия|||
Սվետլանա|F|1,3,0,0|Սվետա||||
Նինա|F|2,1,0,0|||||
Գոհար|F|2,2,2,1||Гоар||Kohar|
Հրանուշ|F|2,1,0,0||Грануш|||
Աստղիկ|F|2,1,1,2||||Asdghig|
Թամարա|F|2,2,0,0|||||
Ալլա|F|1,2,0,0|||||
Կարինե|F|0,3,1,0|||||
Անժելա|F|0,2,1,0|||||
Աննա|F|1,2,3,2|Անյա||||
Արմինե|F|0,2,3,1|||||
Մարինե|F|0,3,1,0|||||
Նունե|F|0,2,2,1|||||
Ռուզաննա|F|0,2,1,0|Ռուզան||||
Նարինե|F|0,2,2,0|||||
Նաիրա|F|0,2,1,0|||||
Լիլիթ|F|0,1,3,2|||||
Մարիամ|F|1,1,2,5|Մարո||Мария||
Անուշ|F|2,2,1,1|Անուշիկ|||Anoush|Anouch
Թաթևիկ|F|0,1,2,1|||||
Լիաննա|F|0,1,2,0|||||
Ժաննա|F|0,2,1,0|||||
Սոնա|F|0,1,2,2|||||
Սյուզաննա|F|0,1,1,0|||||
Քրիստինե|F|0,1,2,1|||||
Անի|F|0,0,3,3|||||
Մանե|F|0,0,1,4|||||
Նարե|F|0,0,1,4|||||
Միլենա|F|0,0,1,3|||||
Էլեն|F|0,0,1,3|||||
Եվա|F|0,0,1,3|||||
Նանե|F|0,0,1,2|||||
Ինեսա|F|0,1,1,1|||||
Արփի|F|0,0,1,2|||||
Տաթև|F|0,0,1,2|||||
Յանա|F|0,0,1,1|||||
Անգելինա|F|0,0,1,2|||||
Դիանա|F|0,0,2,2|||||
Էլինա|F|0,0,1,2|||||
Մերի|F|0,0,1,2|||||
Հռիփսիմե|F|2,1,0,0|Ռիփսիկ|Рипсиме|||
Մարո|F|2,0,0,0|||||
Շուշան|F|2,1,1,1||||Shoushan|Chouchane
Ազնիվ|F|2,1,0,0|||||
Սաթենիկ|F|1,1,0,0||||Satenig|
Զարուհի|F|2,1,0,0||Заруи:2/Заруги:1||Zarouhi|
Թագուհի|F|2,1,0,0||Тагуи||Takouhi|
Վարդուհի|F|1,1,0,0||Вардуи||Vartouhi|
Սեդա|F|0,1,1,0|||||
Ելենա|F|1,2,0,0|Լենա||||
Մարինա|F|0,2,1,0|||||
Իրինա|F|0,1,0,0|||||
Վիկտորյա|F|0,1,1,1|Վիկա|Виктория|||
"""

# hy | weight | Russian form(s) | Western | French
SURN = """
Հարությունյան|1.76|Арутюнян||Haroutunian|Haroutiounian
Գրիգորյան|1.6|||Krikorian|
Սարգսյան|1.6|Саркисян:6/Саргсян:1|Sarkissian|Sarkissian
Հովհաննիսյան|1.52|Оганесян:5/Ованесян:3/Оганнисян:1/Ованнисян:1/Оганисян:1|Hovhannessian|Ohanessian
Խաչատրյան|1.36||Khachadourian|Khatchatrian
Հակոբյան|1.36|Акопян|Hagopian|Hakopian
Պետրոսյան|1.12||Bedrossian|Petrossian
Գևորգյան|1.12|Геворкян:3/Геворгян:2|Kevorkian|Guevorkian
Կարապետյան|1.04||Garabedian|
Ավետիսյան|0.96||Avedissian|
Մկրտչյան|0.88||Mgrdichian|Mkrtchian
Վարդանյան|0.88||Vartanian|
Ղազարյան|0.8|Казарян:3/Газарян:1|Ghazarian|
Պողոսյան|0.8||Boghossian|
Բալայան|0.8|||
Բեգլարյան|0.8|||
Բաբայան|0.8|||
Դանիելյան|0.9||Danielian|
Հայրապետյան|0.9||Hairabedian|
Ավանեսյան|0.9|||
Միրզոյան|0.8|||
Մարտիրոսյան|0.8||Mardirossian|
Սահակյան|0.8|Саакян||Sahagian|
Դավթյան|0.7||Tavitian|
Ստեփանյան|0.7|||
Մուսայելյան|0.6|||
Հովսեփյան|0.6|Овсепян|Hovsepian|
Մարգարյան|0.6||Markarian|
Բաղդասարյան|0.6||Baghdassarian|
Առաքելյան|0.6||Arakelian|
Սիմոնյան|0.6||Simonian|
Մանուկյան|0.5||Manoukian|Manoukian
Ուլուբաբյան|0.5|||
Աթայան|0.5|||
Առուշանյան|0.5|||
Իսրայելյան|0.5|||
Օհանջանյան|0.5|Оганджанян||
Ասատրյան|0.5|||
Գալստյան|0.5|||
Ավագյան|0.5||Avakian|
Ղուկասյան|0.5|||
Մովսիսյան|0.5||Movsessian|
Ասլանյան|0.5|||
Աղաջանյան|0.5|||
Աբրահամյան|0.5|Абраамян:3/Абрамян:1|Abrahamian|Abrahamian
Գասպարյան|0.5||Kasparian|
Գաբրիելյան|0.5||Kaprielian|
Աղաբեկյան|0.4|||
Իշխանյան|0.4|||
Մելքոնյան|0.4||Melkonian|
Մինասյան|0.4||Minassian|
Նազարյան|0.4||Nazarian|
Թորոսյան|0.4||Torossian|
Համբարձումյան|0.4|Амбарцумян|Hampartzoumian|
Միքայելյան|0.4||Mikaelian|
Ադամյան|0.4|||
Արզումանյան|0.4|||
Օհանյան|0.4|Оганян|Ohanian|Ohanian
Թադևոսյան|0.3||Tateosian|
Եղիազարյան|0.3|||
Թովմասյան|0.3|||
Լալայան|0.3|||
Դադայան|0.3|||
Խաչիկյան|0.3||Khachikian|
Զաքարյան|0.3||Zakarian|
Շահնազարյան|0.3|||
Ալավերդյան|0.3|||
Ոսկանյան|0.3|||
Մնացականյան|0.3|||
Ղուլյան|0.3|||
Մելիքյան|0.3||Melikian|
Բադալյան|0.3|||
Ղահրամանյան|0.3|||
Մուրադյան|0.3||Muradian|
Հակոբջանյան|0.32|Акопджанян||
Օսիպյան|0.32|||
Անտոնյան|0.32|||
Ծատուրյան|0.32|||
Խուդավերդյան|0.32|||
Հովակիմյան|0.32|||
Քարամյան|0.32|||
Քոչարյան|0.32|||
Մամյան|0.32|||
Սահրադյան|0.32|||
Մովսեսյան|0.32|||
Այվազյան|0.32|||
Աբրամյան|0.32|||
Դալլաքյան|0.32|||
Բաղիրյան|0.32|||
Թամրազյան|0.32|||
Աբգարյան|0.32|||
Ղափլանյան|0.32|||
Ալեքսանյան|0.32|||
Արշակյան|0.32|||
Զոհրաբյան|0.32|||
Հախվերդյան|0.32|||
Խաչատուրյան|0.32|Хачатурян|Khatchadourian|Khatchatourian
Շահրամանյան|0.32|||
Մանասյան|0.32|||
Ներսիսյան|0.32||Nersessian|
Բարսեղյան|0.32|||
Ղարիբյան|0.32|||
Մխիթարյան|0.32|||
Մելքումյան|0.24|||
Դարբինյան|0.24|||
Պապիկյան|0.24|||
Սեդրակյան|0.24|||
Սուքիասյան|0.24||Soukiassian|
Եսայան|0.24|||
Ղևոնդյան|0.16|||
Վանյան|0.24|||
Մաթևոսյան|0.24|||
Մանվելյան|0.24|||
Հմայակյան|0.16|||
Վահանյան|0.24|||
Խալաթյան|0.16|||
Համբարյան|0.16|||
Տերտերյան|0.16|||
Բաղրամյան|0.24|||
Մայիլյան|0.32|||
Գյուլասարյան|0.16|||
Թումասյան|0.16|||
Ամիրխանյան|0.16|||
Սարուխանյան|0.16|||
Խանզադյան|0.16|||
Աղասյան|0.16|||
Չիլինգարյան|0.16|||
Տոնոյան|0.16|||
Մամիկոնյան|0.16|||
Սամվելյան|0.24|||
Սիրունյան|0.16|||
Նիկողոսյան|0.16|||
Էլոյան|0.16|||
Սաֆարյան|0.24|||
Գալոյան|0.24|||
Մկրտումյան|0.16|||
Բարխուդարյան|0.16|||
Շիրինյան|0.16|||
Հասրաթյան|0.16|||
Տեր-Պետրոսյան|0.16||Der Bedrossian|
Տեր-Գրիգորյան|0.16||Der Krikorian|
Տեր-Ավանեսյան|0.128|||
Տեր-Հովհաննիսյան|0.128|Тер-Оганесян:2/Тер-Ованесян:1|Der Hovhannessian|Ter-Ohanessian
Տեր-Հարությունյան|0.08|Тер-Арутюнян||
Մելիք-Շահնազարյան|0.096|||
Մելիք-Իսրայելյան|0.08|||
Տեր-Հակոբյան|0.048|Тер-Акопян|Der Hagopian|
"""

# Russified Armenian surnames (Soviet documents): masculine | feminine | Armenian -yan root
RUSOV = """
Акопов|Акопова|Հակոբյան
Арутюнов|Арутюнова|Հարությունյան
Шахназаров|Шахназарова|Շահնազարյան
Мирзоев|Мирзоева|Միրզոյան
Петросов|Петросова|Պետրոսյան
Саркисов|Саркисова|Սարգսյան
Карапетов|Карапетова|Կարապետյան
Мелкумов|Мелкумова|Մելքումյան
Мартиросов|Мартиросова|Մարտիրոսյան
Аветисов|Аветисова|Ավետիսյան
Гукасов|Гукасова|Ղուկասյան
Оганов|Оганова|Օհանյան
Бегларов|Бегларова|Բեգլարյան
Тер-Акопов|Тер-Акопова|Տեր-Հակոբյան
"""

FOREIGN_SURN = {
    "ru": [
        ("Иванов", "Иванова"),
        ("Кузнецов", "Кузнецова"),
        ("Смирнов", "Смирнова"),
        ("Попов", "Попова"),
        ("Соколов", "Соколова"),
        ("Волков", "Волкова"),
        ("Морозов", "Морозова"),
        ("Новиков", "Новикова"),
        ("Фёдоров", "Фёдорова"),
        ("Козлов", "Козлова"),
        ("Павлов", "Павлова"),
        ("Семёнов", "Семёнова"),
        ("Лебедев", "Лебедева"),
        ("Белов", "Белова"),
    ],
    "ua": [
        ("Шевченко", "Шевченко"),
        ("Коваленко", "Коваленко"),
        ("Бондаренко", "Бондаренко"),
        ("Ткаченко", "Ткаченко"),
        ("Кравченко", "Кравченко"),
        ("Бойко", "Бойко"),
        ("Савченко", "Савченко"),
        ("Мельник", "Мельник"),
        ("Литвиненко", "Литвиненко"),
    ],
    "gr": [
        ("Саввиди", "Саввиди"),
        ("Ставриди", "Ставриди"),
        ("Иорданиди", "Иорданиди"),
        ("Харитониди", "Харитониди"),
        ("Пападопуло", "Пападопуло"),
    ],
    "ge": [
        ("Бериашвили", "Бериашвили"),
        ("Гелашвили", "Гелашвили"),
        ("Кахидзе", "Кахидзе"),
        ("Микеладзе", "Микеладзе"),
    ],
    "as": [
        ("Юханов", "Юханова"),
        ("Шамоев", "Шамоева"),
        ("Осипов", "Осипова"),
        ("Лазарев", "Лазарева"),
    ],
}
FOREIGN_GIVEN = {
    "ru": (
        "Александр Сергей Владимир Андрей Николай Дмитрий Виктор Иван Юрий Михаил Алексей Евгений",
        "Наталья Ирина Елена Ольга Татьяна Светлана Людмила Галина Валентина Надежда Марина Анна"
        " Любовь Екатерина",
    ),
    "ua": (
        "Олег Сергей Василий Николай Андрей Виктор Богдан Игорь",
        "Оксана Наталья Галина Ольга Тамара Людмила Ирина Светлана",
    ),
    "gr": (
        "Георгий Константин Христофор Дмитрий Иван Анастас",
        "Елена София Ксения Анастасия Мария Ирина",
    ),
    "ge": ("Георгий Давид Леван Гия Зураб", "Нино Тамара Манана Кетеван Лали"),
    "as": ("Юрий Эдуард Владимир Атур Роберт", "Шамиран Нинель Лариса Мадлена Светлана"),
}
YAZIDI = (
    ["Թամոյան", "Ավդոյան", "Խուդոյան", "Հասոյան"],
    ["Ազիզ", "Ռուստամ", "Կնյազ", "Ամարիկ"],
    ["Զինա", "Գուլիզար", "Զարիֆա", "Ասյա"],
)

TWIN_PAIRS = [
    ("Արման", "Արսեն"),
    ("Արմեն", "Արսեն"),
    ("Հայկ", "Արամ"),
    ("Նարեկ", "Գոռ"),
    ("Դավիթ", "Գոռ"),
    ("Անի", "Աննա"),
    ("Մանե", "Նարե"),
    ("Լիլիթ", "Լիաննա"),
    ("Նարեկ", "Նարե"),
    ("Արման", "Արմինե"),
    ("Դավիթ", "Դիանա"),
    ("Էրիկ", "Էլեն"),
    ("Տիգրան", "Տաթև"),
    ("Մանե", "Մարիամ"),
]

GIVEN_BY = {}  # (sex, era) -> WC of NameObj
SURN_WC = None  # WC of NameObj (Armenian surnames)
RUSOV_LIST = []
FOREIGN_G = {}  # (group, sex) -> list of NameObj
FOREIGN_S = {}  # group -> list of NameObj
YAZ = {}


def _dim_obj(hy, sex):
    o = _BY_HY.get(hy)
    if o is None:
        o = _new(hy=hy, sex=sex)
    return o


def build_tables():
    global SURN_WC
    if GIVEN_BY:
        return
    per = {}
    for line in GIVEN.strip().splitlines():
        hy, sex, w, dims, ru, eq, west, fr = line.split("|")
        o = _BY_HY.get(hy) or _new(hy=hy, sex=sex)
        o.ru_over = _over(ru)
        o.equiv = eq or None
        o.west = west or None
        o.fr = fr or None
        ws = [float(x) for x in w.split(",")]
        for era in range(4):
            per.setdefault((sex, era), []).append((o, ws[era]))
    for line in GIVEN.strip().splitlines():
        hy, sex, _w, dims, *_ = line.split("|")
        o = _BY_HY[hy]
        o.dims = [_dim_obj(d, sex) for d in dims.split(",") if d]
    for k, v in per.items():
        GIVEN_BY[k] = WC(v)
    pairs = []
    for line in SURN.strip().splitlines():
        hy, w, ru, west, fr = (line.split("|") + ["", "", ""])[:5]
        kind = "ter" if "-" in hy else "arm"
        o = _new(hy=hy, ru_over=_over(ru), west=west or None, fr=fr or None, kind=kind)
        pairs.append((o, float(w)))
    SURN_WC = WC(pairs)
    for line in RUSOV.strip().splitlines():
        m, f, root = line.split("|")
        base = _BY_HY.get(root) or _new(hy=root, kind="ter" if "-" in root else "arm")
        RUSOV_LIST.append(_new(ru=m, ru_f=f, kind="rusov", base=base))
    for g, lst in FOREIGN_SURN.items():
        FOREIGN_S[g] = [_new(ru=m, ru_f=f, kind="foreign") for m, f in lst]
    for g, (ms, fs) in FOREIGN_GIVEN.items():
        FOREIGN_G[(g, "M")] = [_new(ru=x, kind="foreign", sex="M") for x in ms.split()]
        FOREIGN_G[(g, "F")] = [_new(ru=x, kind="foreign", sex="F") for x in fs.split()]
    YAZ["s"] = [_new(hy=x, kind="yazidi") for x in YAZIDI[0]]
    YAZ["M"] = [_new(hy=x, kind="yazidi", sex="M") for x in YAZIDI[1]]
    YAZ["F"] = [_new(hy=x, kind="yazidi", sex="F") for x in YAZIDI[2]]


_YANTS = {}


def yants_of(o: NameObj) -> NameObj:
    """The older '-yants' spelling of a surname, as it stands in some Karabakh documents."""
    v = _YANTS.get(o.id)
    if v is None:
        ro = None
        if o.ru_over:
            ro = [(f + "ц", w) for f, w in o.ru_over]
        v = _new(
            hy=o.hy + "ց",
            ru_over=ro,
            kind="yants",
            base=o,
            west=(o.west + "ts") if o.west else None,
        )
        _YANTS[o.id] = v
    return v


# =============================================================================================
# places
# =============================================================================================

# Latin | Armenian | Russian | region | weight | alternative Latin spellings (, separated)
SETTLEMENTS = """
Stepanakert|Ստեփանակերտ|Степанакерт|S|45|
Martuni|Մարտունի|Мартуни|Martuni|3.5|Martouni
Karmir Shuka|Կարմիր Շուկա|Красный Базар|Martuni|1|Karmir Shuka,Krasny Bazar
Chartar|Ճարտար|Чартар|Martuni|1.2|Jardar
Herher|Հերհեր|Герхер|Martuni|0.5|
Kaghartsi|Կաղարծի|Кагарци|Martuni|0.5|
Sos|Սոս|Сос|Martuni|0.5|
Myurishen|Մյուրիշեն|Мюришен|Martuni|0.3|
Gishi|Գիշի|Гиши|Martuni|0.3|
Machkalashen|Մաճկալաշեն|Мачкалашен|Martuni|0.4|
Nngi|Ննգի|Ннги|Martuni|0.3|
Avdur|Ավդուր|Авдур|Martuni|0.3|
Taghavard|Թաղավարդ|Тагавард|Martuni|0.4|
Spitakashen|Սպիտակաշեն|Спитакашен|Martuni|0.3|
Martakert|Մարտակերտ|Мартакерт|Martakert|4|Mardakert
Drmbon|Դրմբոն|Дрмбон|Martakert|0.6|
Kichan|Քիչան|Кичан|Martakert|0.3|
Vank|Վանք|Ванк|Martakert|0.5|
Haterk|Հաթերք|Атерк|Martakert|0.6|
Vaghuhas|Վաղուհաս|Вагуас|Martakert|0.3|
Chankatagh|Ճանկաթաղ|Чанкатаг|Martakert|0.3|
Maghavuz|Մաղավուզ|Магавуз|Martakert|0.4|
Getavan|Գետավան|Гетаван|Martakert|0.3|
Mets Shen|Մեծ Շեն|Мец Шен|Martakert|0.3|
Tsmakahogh|Ծմակահող|Цмакаох|Martakert|0.3|
Nor Karmiravan|Նոր Կարմիրավան|Нор Кармираван|Martakert|0.4|
Askeran|Ասկերան|Аскеран|Askeran|2|
Khnatsakh|Խնածախ|Хнацах|Askeran|0.4|
Nakhichevanik|Նախիջևանիկ|Нахичеваник|Askeran|0.5|Nakhijevanik
Ivanyan|Իվանյան|Иванян|Askeran|0.7|
Aygestan|Այգեստան|Айгестан|Askeran|0.4|
Badara|Բադարա|Бадара|Askeran|0.4|
Noragyugh|Նորագյուղ|Норагюх|Askeran|0.4|
Sarnaghbyur|Սառնաղբյուր|Сарнахпюр|Askeran|0.3|
Shosh|Շոշ|Шош|Askeran|0.5|
Astghashen|Աստղաշեն|Астхашен|Askeran|0.3|
Dashushen|Դաշուշեն|Дашушен|Askeran|0.2|
Hadrut|Հադրութ|Гадрут|Hadrut|0|Hadrout
Togh|Տող|Тог|Hadrut|0|
Azokh|Ազոխ|Азох|Hadrut|0|
Shushi|Շուշի|Шуши|Shushi|0|Shusha
Berdzor|Բերձոր|Бердзор|Kashatagh|0|
Aghavno|Աղավնո|Агавно|Kashatagh|0|
Karvachar|Քարվաճառ|Карвачар|Shahumyan|0|
"""
# communities lost in 2020/2022 whose people had lived in Stepanakert since
NATIVE_2020 = [
    ("Hadrut", 3),
    ("Togh", 0.5),
    ("Azokh", 0.3),
    ("Shushi", 3),
    ("Berdzor", 1),
    ("Aghavno", 0.3),
    ("Karvachar", 0.5),
]
REGIONS = {
    "Martuni": ("Martuni", "Մարտունու շրջան", "Мартунинский район"),
    "Martakert": ("Martakert", "Մարտակերտի շրջան", "Мартакертский район"),
    "Askeran": ("Askeran", "Ասկերանի շրջան", "Аскеранский район"),
    "Hadrut": ("Hadrut", "Հադրութի շրջան", "Гадрутский район"),
    "Shushi": ("Shushi", "Շուշիի շրջան", "Шушинский район"),
    "Kashatagh": ("Kashatagh", "Քաշաթաղի շրջան", "Кашатагский район"),
    "Shahumyan": ("Shahumyan", "Շահումյանի շրջան", "Шаумяновский район"),
}
GENERIC_ORIGIN = {
    "lat": ["Artsakh", "Nagorno-Karabakh", "NK", "Karabakh", "NKR"],
    "hy": ["Արցախ", "ԼՂՀ", "Լեռնային Ղարաբաղ", "Արցախ"],
    "cyr": ["Нагорный Карабах", "НКР", "Арцах", "Карабах"],
}


class Settlement:
    __slots__ = ("i", "lat", "hy", "ru", "region", "alts")


SETTS: list[Settlement] = []
SETT_BY: dict[str, Settlement] = {}
SETT_WC = None
NATIVE_WC = None

# destination site | weight | province
DEST = """
Yerevan-1|6|Yerevan
Yerevan-2|6|Yerevan
Yerevan-3|6|Yerevan
Yerevan-4|5|Yerevan
Yerevan-5|5|Yerevan
Yerevan-6|5|Yerevan
Abovyan|4|Kotayk
Hrazdan|3|Kotayk
Charentsavan|2|Kotayk
Tsaghkadzor|1.5|Kotayk
Ararat|3|Ararat
Masis|4|Ararat
Artashat|4|Ararat
Armavir|3|Armavir
Vagharshapat|4|Armavir
Goris|4|Syunik
Kapan|3|Syunik
Sisian|2|Syunik
Meghri|0.5|Syunik
Yeghegnadzor|2|Vayots Dzor
Vayk|1|Vayots Dzor
Jermuk|1.5|Vayots Dzor
Gavar|1.5|Gegharkunik
Sevan|2|Gegharkunik
Martuni|1.5|Gegharkunik
Vanadzor|3|Lori
Stepanavan|1|Lori
Spitak|1|Lori
Gyumri|3|Shirak
Ashtarak|2|Aragatsotn
Aparan|1|Aragatsotn
Ijevan|1.5|Tavush
Dilijan|1.5|Tavush
Berd|0.5|Tavush
"""
HUB = {
    "Yerevan": None,
    "Kotayk": "Abovyan",
    "Ararat": "Artashat",
    "Armavir": "Armavir",
    "Syunik": "Goris",
    "Vayots Dzor": "Yeghegnadzor",
    "Gegharkunik": "Gavar",
    "Lori": "Vanadzor",
    "Shirak": "Gyumri",
    "Aragatsotn": "Ashtarak",
    "Tavush": "Ijevan",
}
HOTEL_SITES = [
    ("Tsaghkadzor", 4),
    ("Jermuk", 3),
    ("Dilijan", 2),
    ("Sevan", 2),
    ("Goris", 2),
    ("Yerevan-2", 2),
    ("Yerevan-5", 1.5),
    ("Sisian", 1),
    ("Kapan", 1),
    ("Vagharshapat", 1),
]
DEST_WC = None
PROV = {}
HOTEL_WC = None


def build_places():
    global SETT_WC, NATIVE_WC, DEST_WC, HOTEL_WC
    if SETTS:
        return
    pairs = []
    for line in SETTLEMENTS.strip().splitlines():
        lat, hy, ru, reg, w, alts = line.split("|")
        s = Settlement()
        s.i, s.lat, s.hy, s.ru, s.region = len(SETTS), lat, hy, ru, reg
        s.alts = [a for a in alts.split(",") if a]
        SETTS.append(s)
        SETT_BY[lat] = s
        pairs.append((s, float(w)))
    SETT_WC = WC(pairs)
    NATIVE_WC = WC([(SETT_BY[n], w) for n, w in NATIVE_2020])
    dp = []
    for line in DEST.strip().splitlines():
        site, w, prov = line.split("|")
        PROV[site] = prov
        dp.append((site, float(w)))
    DEST_WC = WC(dp)
    HOTEL_WC = WC(HOTEL_SITES)


# =============================================================================================
# time
# =============================================================================================

DAY0 = date(2023, 9, 24)  # a Sunday; day index 0
DAYSTR = [(DAY0 + timedelta(days=d)).isoformat() for d in range(140)]
DAYMD = [((DAY0 + timedelta(days=d)).month, (DAY0 + timedelta(days=d)).day) for d in range(140)]
ARRIVAL_DAY = WC([(0, 2), (1, 10), (2, 18), (3, 22), (4, 20), (5, 14), (6, 9), (7, 4), (8, 1)])
HOUR_WC = WC(
    [(h, (0.6 if h < 6 else 1.2 if h < 12 else 1.3 if h < 18 else 1.0)) for h in range(24)]
)


def fmt_ts(t: int) -> str:
    d, m = divmod(t, 1440)
    return f"{DAYSTR[d]}T{m // 60:02d}:{m % 60:02d}"


_DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def dim(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return _DIM[m - 1]


# =============================================================================================
# desks (clerks and their habits)
# =============================================================================================

AGENCY_IDS = {
    "GOV": "G23-{:07d}",
    "ARCS": "ARCS-{:06d}",
    "UNHCR": "UNHCR-ARM-{:07d}",
    "WFP": "WFP-{:07d}",
    "MUNI": "MUN-{:06d}",
    "HOTEL": "HTL-{:05d}",
    "DIASP": "DNGO-{:05d}",
    "RUSCH": "RU-{:05d}",
}
BASE_CLERKS = {
    ("GOV", "Kornidzor"): 8,
    ("GOV", "Goris"): 20,
    ("ARCS", "Kornidzor"): 6,
    ("ARCS", "Goris"): 4,
}
DEF_CLERKS = {
    "GOV": 3,
    "ARCS": 3,
    "UNHCR": 3,
    "WFP": 3,
    "MUNI": 2,
    "HOTEL": 1,
    "DIASP": 3,
    "RUSCH": 2,
}


class Desk:
    __slots__ = (
        "i",
        "name",
        "agency",
        "site",
        "p_hy",
        "p_cyr",
        "lat",
        "cyr_lat",
        "c_ts",
        "h_med",
        "hovh",
        "yo_drop",
        "upper",
        "lower",
        "typo",
        "year_only",
        "age_asked",
        "placeholder",
        "p_place",
        "swap",
        "dtypo",
        "dob_missing",
        "d1900",
        "patr_hy",
        "patr_lat",
        "patr_cyr",
        "patr_fill",
        "sex_fill",
        "origin_fill",
        "o_style",
        "phone_fill",
        "plus",
        "hh_phone",
        "hh_fill",
        "hh_style",
        "dim",
        "initial",
        "swap_names",
        "ocr",
        "ev_split",
        "slip",
        "utc",
        "backlog",
        "h24_until",
        "h0",
        "h1",
        "off",
        "doc",
        "ter",
        "equiv",
        "same_ts",
        "space",
        "maiden",
        "pig",
        "host_phone",
        "classical",
    )


def make_desk(i, agency, site, k, seed, scale_k):
    r = random.Random(zlib.crc32(f"{seed}|{agency}|{site}|{k}".encode()))
    d = Desk()
    d.i, d.agency, d.site = i, agency, site
    d.name = f"{agency}-{site}-{k + 1:02d}"
    # defaults
    d.p_hy, d.p_cyr, d.lat = 0.0, 0.0, "east"
    d.cyr_lat = r.choice(["bgn", "bgn", "simple", "icao"])
    d.c_ts = r.random() < 0.4
    d.h_med = "г" if r.random() < 0.65 else ""
    d.hovh = "ог" if r.random() < 0.6 else "ов"
    d.yo_drop = r.random() < 0.7
    d.upper = d.lower = 0.0
    d.typo = 0.02
    d.year_only, d.age_asked, d.placeholder, d.p_place = 0.02, 0.5, 0.9, "01-01"
    d.swap, d.dtypo, d.dob_missing, d.d1900 = 0.005, 0.004, 0.0, 0.0
    d.patr_hy, d.patr_lat, d.patr_cyr, d.patr_fill = "hy_gen", "lat_bare", "ru", 0.0
    d.sex_fill, d.origin_fill = 0.95, 0.9
    d.o_style = WC([("v", 0.6), ("r", 0.3), ("g", 0.1)])
    d.phone_fill, d.plus, d.hh_phone = 0.9, 0.5, 0.7
    d.hh_fill, d.hh_style = 0.8, agency
    d.dim, d.initial, d.swap_names = 0.02, 0.0, 0.0
    d.ocr = d.ev_split = False
    d.slip = 0.0
    d.utc = False
    d.backlog = 0.0
    d.h24_until, d.h0, d.h1, d.off = -1, 9, 18, (0,)
    d.doc = False
    d.equiv = 0.0
    d.same_ts = False
    d.space = 0.0
    d.maiden = 0.02
    d.pig = 0.0
    d.host_phone = 0.0
    d.classical = False
    tr = r.random()
    d.ter = "hyphen" if tr < 0.7 else "space" if tr < 0.85 else "joined" if tr < 0.93 else "drop"
    u = r.random()
    if agency == "GOV":
        d.doc = True
        if u < 0.85:
            d.p_hy, d.p_cyr = 0.97, 0.01
        elif u < 0.96:
            d.p_hy, d.ocr = 0.3, True
        else:
            d.p_hy, d.p_cyr = 0.55, 0.45
        d.lat = r.choice(["east"] * 8 + ["east_ian", "rulat"])
        d.upper = 1.0 if r.random() < 0.15 else 0.0
        d.typo = r.uniform(0.008, 0.025)
        d.year_only, d.placeholder = 0.02, 0.9
        d.patr_fill = r.uniform(0.8, 0.95)
        d.patr_lat = r.choice(["lat_gen", "lat_bare", "lat_ru"])
        d.sex_fill = 0.97
        d.o_style = WC([("v", 0.55), ("r", 0.3), ("g", 0.05), ("n", 0.1)])
        d.origin_fill = 0.95
        d.phone_fill, d.plus, d.hh_phone = 0.92, 0.15, 0.6
        d.hh_fill = 0.85
        d.ev_split = r.random() < 0.25
        d.slip = 0.0005
        d.pig = 0.003
        d.dim = 0.01
        d.swap_names = 0.002
        d.equiv = 0.15
        if site in ("Kornidzor", "Goris"):
            d.h24_until = 11
        d.h0, d.h1, d.off = 9, 19, (0,)
    elif agency == "ARCS":
        if u < 0.55:
            d.p_hy = 0.9
        elif u < 0.95:
            d.p_hy = 0.1
        else:
            d.p_hy, d.p_cyr = 0.3, 0.4
        d.lat = r.choice(["east"] * 7 + ["east_ian"] * 2 + ["chat"] * 2 + ["rulat"])
        d.upper = 1.0 if r.random() < 0.1 else 0.0
        d.typo = r.uniform(0.02, 0.045)
        d.year_only, d.age_asked, d.placeholder = r.uniform(0.25, 0.45), 0.6, 0.1
        d.swap, d.dtypo, d.dob_missing = 0.01, 0.008, 0.03
        d.patr_fill = 0.12
        d.patr_lat = "lat_bare"
        d.sex_fill = r.uniform(0.6, 0.9)
        d.o_style = WC([("v", 0.4), ("r", 0.25), ("g", 0.25), ("n", 0.1)])
        d.origin_fill = 0.7
        d.phone_fill, d.plus, d.hh_phone = 0.7, r.choice([0.1, 0.9]), 0.9
        d.hh_fill, d.hh_style = 0.6, "ARCS"
        d.dim, d.initial, d.swap_names = 0.3, 0.01, 0.01
        d.backlog = 0.12 if site == "Kornidzor" else 0.04
        d.h24_until = 9
        d.slip = 0.001
        d.space = 0.004
        d.maiden = 0.03
    elif agency == "UNHCR":
        d.doc = True
        d.p_hy = 0.0
        d.ocr = r.random() < 0.6
        d.lat = r.choice(["east"] * 7 + ["east_ian"] * 2 + ["rulat"])
        d.upper = 0.05
        d.typo = r.uniform(0.01, 0.02)
        d.year_only, d.placeholder = 0.03, 0.95
        d.swap, d.dtypo = 0.015, 0.004
        d.patr_fill, d.patr_lat = 0.4, "lat_bare"
        d.sex_fill = 0.99
        d.origin_fill = 0.9
        d.phone_fill, d.plus, d.hh_phone = 0.95, 0.9, 0.7
        d.hh_fill = 0.97
        d.dim = 0.03
        d.utc = r.random() < 0.08
        d.h0, d.h1, d.off = 9, 17, (0, 6)
        d.equiv = 0.05
    elif agency == "WFP":
        d.p_hy = 0.1
        d.lat = r.choice(["east"] * 6 + ["east_ian"] * 2 + ["chat"] * 2 + ["rulat"])
        d.upper, d.lower = 0.05, 0.05
        d.typo = r.uniform(0.02, 0.04)
        d.year_only, d.age_asked = 0.25, 0.8
        d.placeholder, d.p_place = 0.5, r.choice(["01-01", "07-01"])
        d.swap = 0.01
        d.patr_fill = 0.0
        d.sex_fill = 0.95
        d.o_style = WC([("v", 0.4), ("r", 0.3), ("g", 0.3)])
        d.origin_fill = 0.6
        d.phone_fill, d.plus, d.hh_phone = 0.98, 1.0, 1.0
        d.hh_fill = 0.95
        d.dim = 0.08
        d.same_ts = True
        d.utc = r.random() < 0.15
        d.h0, d.h1, d.off = 9, 18, (0,)
        d.space = 0.003
    elif agency == "MUNI":
        if u < 0.8:
            d.p_hy = 0.95
        elif u < 0.95:
            d.p_hy = 0.1
        else:
            d.p_hy, d.p_cyr = 0.5, 0.5
        d.lat = r.choice(["east"] * 3 + ["east_ian", "chat"])
        d.upper = 1.0 if r.random() < 0.1 else 0.0
        d.typo = r.uniform(0.025, 0.05)
        d.year_only, d.age_asked, d.placeholder = 0.15, 0.5, 0.3
        d.swap, d.dtypo, d.dob_missing, d.d1900 = 0.01, 0.01, 0.02, 0.002
        d.patr_fill = 0.6
        d.patr_hy = "hy_gen" if r.random() < 0.8 else "hy_nom"
        d.sex_fill = r.uniform(0.4, 0.8)
        d.o_style = WC([("v", 0.6), ("r", 0.15), ("g", 0.15), ("n", 0.1)])
        d.origin_fill = 0.85
        d.phone_fill, d.plus, d.hh_phone = 0.85, 0.05, 0.8
        d.host_phone = 0.35
        d.hh_fill = 0.7
        d.dim, d.initial, d.swap_names = 0.15, 0.01, 0.01
        d.ev_split = r.random() < 0.35
        d.h0, d.h1, d.off = 9, 18, (0, 6)
        d.space = 0.005
        d.maiden = 0.03
    elif agency == "HOTEL":
        if u < 0.6:
            d.p_hy = 0.0
        elif u < 0.95:
            d.p_hy = 1.0
        else:
            d.p_cyr = 1.0
        d.lat = r.choice(["east"] * 3 + ["east_ian", "rulat"])
        d.upper = 1.0 if r.random() < 0.4 else 0.0
        d.typo = r.uniform(0.02, 0.04)
        d.year_only, d.age_asked, d.placeholder = 0.4, 0.7, 0.0
        d.dob_missing, d.swap = 0.1, 0.01
        d.patr_fill = 0.0
        d.sex_fill = 0.4
        d.origin_fill = 0.4
        d.o_style = WC([("v", 0.4), ("r", 0.2), ("g", 0.4)])
        d.phone_fill, d.plus, d.hh_phone = 0.7, 0.5, 1.0
        d.host_phone = 0.3
        d.hh_fill = 0.9
        d.dim, d.initial, d.swap_names = 0.2, 0.15, 0.02
        d.h24_until = 200
        d.space = 0.005
    elif agency == "DIASP":
        d.p_hy = 0.0
        if r.random() < 0.3:
            # Lebanese/Syrian-Armenian volunteers typing Armenian in classical orthography
            d.p_hy, d.classical = 0.6, True
        d.lat = "west" if r.random() < 0.7 else "fr"
        d.cyr_lat = "simple"
        d.upper = 0.05
        d.typo = r.uniform(0.02, 0.04)
        d.year_only, d.age_asked, d.placeholder = 0.2, 0.6, 0.0
        d.swap = 0.03
        d.patr_fill, d.patr_lat = 0.05, "lat_bare"
        d.sex_fill = 0.9
        d.origin_fill = 0.6
        d.o_style = WC([("v", 0.5), ("r", 0.2), ("g", 0.3)])
        d.phone_fill, d.plus, d.hh_phone = 0.8, 0.6, 0.8
        d.hh_fill = 0.2
        d.dim = 0.15
        d.h0, d.h1, d.off = 10, 20, ()
    elif agency == "RUSCH":
        d.p_cyr = 0.9
        d.lat = "rulat"
        d.upper = 1.0 if r.random() < 0.3 else 0.0
        d.typo = r.uniform(0.015, 0.03)
        d.year_only, d.placeholder = 0.05, 0.3
        d.swap, d.dtypo = 0.02, 0.006
        d.patr_fill = 0.85
        d.patr_lat = "lat_ru"
        d.sex_fill = 0.95
        d.origin_fill = 0.8
        d.phone_fill, d.plus, d.hh_phone = 0.9, 0.5, 0.6
        d.hh_fill = 0.7
        d.dim = 0.1
        d.equiv = 0.35
        d.slip = 0.002
        d.h0, d.h1, d.off = 10, 18, (0,)
    return d


# =============================================================================================
# the people
# =============================================================================================


class P:
    __slots__ = (
        "pid",
        "hid",
        "sex",
        "by",
        "bm",
        "bd",
        "dj1",
        "given",
        "goes_by",
        "sov",
        "sur",
        "doc_sur",
        "maiden",
        "father",
        "role",
        "age",
        "passport",
        "pp_var",
        "kb",
        "new",
        "new_day",
        "nrec",
        "mother",
        "kid",
    )

    def __init__(self):
        self.goes_by = None
        self.sov = False
        self.maiden = None
        self.mother = None
        self.kid = False
        self.passport = None
        self.pp_var = 0
        self.kb = self.new = None
        self.new_day = 999
        self.nrec = 0
        self.dj1 = False


class HH:
    __slots__ = (
        "hid",
        "members",
        "sett",
        "native",
        "t0",
        "dest",
        "hotel",
        "host",
        "rel_phone",
        "late",
        "split",
    )


OPS_AM = ["93", "94", "77", "98", "49", "91", "99", "96", "43", "33", "55", "95", "41", "44"]
OPS_NEW = WC(
    [
        ("93", 3),
        ("94", 2),
        ("77", 2),
        ("98", 1),
        ("91", 2),
        ("99", 1.5),
        ("96", 1),
        ("55", 2),
        ("95", 1.5),
        ("41", 1),
        ("44", 1),
    ]
)


def phone_kb(rng):
    return "97" + f"{rng.randrange(1000000):06d}"


def phone_am(rng):
    return OPS_NEW.pick(rng) + f"{rng.randrange(1000000):06d}"


class Gen:
    def __init__(self, n_people, seed):
        build_tables()
        build_places()
        self.N = n_people
        self.seed = seed
        self.rng = random.Random(seed)
        self.scale = max(1.0, n_people / 100000.0)
        self.desks: list[Desk] = []
        self.desk_at = {}
        self.cache = {}
        self.counters = {}
        self.hosts = {}
        self.rows = []
        self.seq = 0

    # ---------------------------------------------------------------- desks
    def desks_for(self, agency, site):
        key = (agency, site)
        lst = self.desk_at.get(key)
        if lst is None:
            base = BASE_CLERKS.get(key, DEF_CLERKS[agency])
            n = max(1, int(round(base * self.scale)))
            lst = []
            for k in range(n):
                d = make_desk(len(self.desks), agency, site, k, self.seed, self.scale)
                self.desks.append(d)
                lst.append(d)
            # uneven workloads between clerks
            r = random.Random(zlib.crc32(f"{self.seed}|w|{agency}|{site}".encode()))
            lst = WC([(d, r.uniform(0.3, 1.7)) for d in lst])
            self.desk_at[key] = lst
        return lst.pick(self.rng)

    # ---------------------------------------------------------------- names
    def sample_given(self, sex, by, group="arm"):
        rng = self.rng
        if group == "arm":
            era = 0 if by <= 1955 else 1 if by <= 1985 else 2 if by <= 2005 else 3
            return GIVEN_BY[(sex, era)].pick(rng)
        if group == "yazidi":
            return rng.choice(YAZ[sex])
        return rng.choice(FOREIGN_G[(group, sex)])

    def sample_surname(self):
        rng = self.rng
        u = rng.random()
        if u < 0.012:
            return rng.choice(RUSOV_LIST)
        o = SURN_WC.pick(rng)
        if u > 0.985:
            return yants_of(o)
        return o

    # ---------------------------------------------------------------- people
    def person(self, hh, sex, by, given, sur, father, role, group="arm"):
        rng = self.rng
        p = P()
        p.hid = hh.hid
        p.sex, p.by = sex, by
        if by >= 2023:
            p.bm = rng.randint(1, 8)
        else:
            p.bm = rng.randint(1, 12)
        p.bd = rng.randint(1, dim(by, p.bm))
        # documents of old people often say 1 January (registered by year only long ago)
        if by < 1950:
            p.dj1 = rng.random() < 0.12
        elif by < 1970:
            p.dj1 = rng.random() < 0.04
        else:
            p.dj1 = rng.random() < 0.004
        p.given, p.sur, p.doc_sur, p.father, p.role = given, sur, sur, father, role
        p.age = 2023 - by - (1 if (p.bm, p.bd) > (9, 26) else 0)
        if p.age >= 18 and given.dims and rng.random() < 0.35:
            p.goes_by = rng.choice(given.dims)
        if by < 1975 and rng.random() < 0.45:
            p.sov = True
        if p.age >= 16:
            u = rng.random()
            p.passport = "am" if u < 0.86 else "ru" if u < 0.9 else ("am" if u < 0.92 else None)
            if p.passport == "am" and rng.random() < 0.06:
                p.pp_var = rng.randint(1, 3)
        elif rng.random() < 0.15:
            p.passport = "am"
        return p

    def add_kids(
        self, hh, father, mother, sur, n, gf_name=None, gm_name=None, dad_name=None, group="arm"
    ):
        rng = self.rng
        m_by = mother.by if mother else father.by + 3
        by = m_by + rng.randint(19, 29)
        kids = []
        first_son = first_daughter = True
        fobj = father.given if father else dad_name
        # siblings never share a given name, and a son is not named after his living father
        used = {fobj.id if fobj is not None else -1, mother.given.id if mother else -1}
        i = 0
        while i < n and by <= 2023:
            twins = rng.random() < 0.015 and i + 1 < n + 1
            sexes = ["M" if rng.random() < 0.515 else "F"]
            names = []
            if twins:
                pair = rng.choice(TWIN_PAIRS)
                s1 = _BY_HY[pair[0]].sex
                s2 = _BY_HY[pair[1]].sex
                sexes = [s1, s2]
                names = [_BY_HY[pair[0]], _BY_HY[pair[1]]]
            bm = rng.randint(1, 8 if by == 2023 else 12)
            bd = rng.randint(1, dim(by, bm))
            for j, sx in enumerate(sexes):
                if names and group == "arm":
                    g = names[j]
                elif sx == "M" and first_son and gf_name is not None and rng.random() < 0.25:
                    g = gf_name
                elif sx == "F" and first_daughter and gm_name is not None and rng.random() < 0.12:
                    g = gm_name
                else:
                    for _ in range(6):
                        g = self.sample_given(
                            sx,
                            by,
                            group if group != "mixed" else ("arm" if rng.random() < 0.8 else "ru"),
                        )
                        if g.id not in used:
                            break
                used.add(g.id)
                if sx == "M":
                    first_son = False
                else:
                    first_daughter = False
                k = self.person(hh, sx, by, g, sur, fobj, "child")
                k.bm, k.bd = bm, bd
                k.age = 2023 - by - (1 if (bm, bd) > (9, 26) else 0)
                k.kid = True
                k.mother = mother
                kids.append(k)
            i += len(sexes)
            by += rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
        return kids

    def wife_for(self, hh, husband, group="arm", wgroup=None, by=None):
        rng = self.rng
        if by is None:
            by = husband.by + rng.choice([0, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, -1, -2])
        wg = wgroup or group
        g = self.sample_given("F", by, wg)
        if wg in ("ru", "ua", "gr", "ge", "as"):
            maiden = rng.choice(FOREIGN_S[wg])
            ffather = rng.choice(FOREIGN_G[(wg, "M")])
        elif wg == "yazidi":
            maiden = rng.choice(YAZ["s"])
            ffather = rng.choice(YAZ["M"])
        else:
            maiden = self.sample_surname()
            if maiden is husband.sur:
                maiden = self.sample_surname()
            ffather = self.sample_given("M", by - 28)
        keep = rng.random() < 0.02
        w = self.person(hh, "F", by, g, maiden if keep else husband.sur, ffather, "spouse")
        w.maiden = maiden
        if not keep:
            # documents not (yet) changed to the married name
            if rng.random() < (0.15 if w.age < 30 else 0.04):
                w.doc_sur = maiden
        return w

    def household(self, hid):
        rng = self.rng
        hh = HH()
        hh.hid = hid
        hh.late = None
        hh.split = None
        u = rng.random() * 100
        sur = self.sample_surname()
        mem = []
        group = "arm"
        wgroup = None
        if u < 0.35:
            group = rng.choice(["ru", "ru", "ua", "gr", "ge", "as"])
            sur = rng.choice(FOREIGN_S[group])
        elif u < 0.4:
            group = "yazidi"
            sur = rng.choice(YAZ["s"])
        elif u < 1.1:
            wgroup = rng.choice(["ru", "ru", "ru", "ua", "ua", "gr"])
        kind_u = rng.random() * 100
        if group != "arm" or wgroup:
            kind_u = kind_u * 0.56  # only families with couples
        if kind_u < 34:  # nuclear family
            by = 2023 - int(rng.triangular(24, 64, 40))
            gf = self.sample_given("M", by - 28, group)
            h = self.person(hh, "M", by, self.sample_given("M", by, group), sur, gf, "head")
            w = self.wife_for(hh, h, group, wgroup)
            gm = self.sample_given("F", by - 26, group)
            n = rng.choices([1, 2, 3, 4, 5], [25, 35, 28, 10, 2])[0]
            mem = [h, w] + self.add_kids(
                hh, h, w, sur, n, gf, gm, group=group if not wgroup else "mixed"
            )
        elif kind_u < 56:  # three generations under one roof
            gby = 2023 - int(rng.triangular(52, 88, 64))
            ggf = self.sample_given("M", gby - 28, group)
            gfo = self.sample_given("M", gby, group)
            gfp = self.person(hh, "M", gby, gfo, sur, ggf, "gparent")
            gmp = self.wife_for(hh, gfp, group)
            gmp.role = "gparent"
            alive_gf = rng.random() < 0.62
            sby = min(max(gmp.by + rng.randint(20, 34), 1962), 2000)
            s = self.person(hh, "M", sby, self.sample_given("M", sby, group), sur, gfo, "head")
            w = self.wife_for(hh, s, group, wgroup)
            n = rng.choices([1, 2, 3, 4], [25, 38, 27, 10])[0]
            kids = self.add_kids(
                hh, s, w, sur, n, gfo, gmp.given, group=group if not wgroup else "mixed"
            )
            mem = ([gfp] if alive_gf else []) + [gmp]
            if rng.random() < 0.07:  # the son died in 2020; his widow lives with his parents
                mem += [w] + kids
                w.role = "head"
            else:
                mem += [s, w] + kids
            if rng.random() < 0.12:  # an unmarried adult child of the grandparents
                aby = sby + rng.randint(2, 9)
                if aby <= 2004:
                    sx = "M" if rng.random() < 0.5 else "F"
                    mem.append(
                        self.person(
                            hh, sx, aby, self.sample_given(sx, aby, group), sur, gfo, "other"
                        )
                    )
        elif kind_u < 65:  # elderly couple
            by = 2023 - int(rng.triangular(56, 90, 66))
            h = self.person(
                hh,
                "M",
                by,
                self.sample_given("M", by, group),
                sur,
                self.sample_given("M", by - 28, group),
                "head",
            )
            w = self.wife_for(hh, h, group)
            mem = [h, w]
        elif kind_u < 70:  # war widow with children (husband killed in 2020)
            by = 2023 - int(rng.triangular(24, 50, 33))
            dad = self.sample_given("M", by - 2)
            fake = P()
            fake.by, fake.sur, fake.given = by - 3, sur, dad
            w = self.wife_for(hh, fake, group)
            w.role = "head"
            n = rng.choices([1, 2, 3], [40, 40, 20])[0]
            mem = [w] + self.add_kids(
                hh, None, w, sur, n, dad_name=dad, gf_name=self.sample_given("M", by - 30)
            )
            if rng.random() < 0.3:
                mil = self.wife_for(hh, fake, group, by=by - rng.randint(22, 32))
                mil.role = "gparent"
                mem.append(mil)
        elif kind_u < 78:  # elderly widow alone
            by = 2023 - int(rng.triangular(62, 95, 76))
            fake = P()
            fake.by, fake.sur, fake.given = by - 3, sur, None
            w = self.wife_for(hh, fake, group, by=by)
            w.role = "head"
            mem = [w]
        elif kind_u < 80:  # elderly widower
            by = 2023 - int(rng.triangular(62, 92, 75))
            mem = [
                self.person(
                    hh,
                    "M",
                    by,
                    self.sample_given("M", by, group),
                    sur,
                    self.sample_given("M", by - 28, group),
                    "head",
                )
            ]
        elif kind_u < 86:  # single adult (mostly young men)
            sx = "M" if rng.random() < 0.7 else "F"
            by = 2023 - int(rng.triangular(18, 45, 24))
            mem = [
                self.person(
                    hh,
                    sx,
                    by,
                    self.sample_given(sx, by, group),
                    sur,
                    self.sample_given("M", by - 28, group),
                    "head",
                )
            ]
        elif kind_u < 91:  # young couple without children
            by = 2023 - int(rng.triangular(20, 33, 25))
            h = self.person(
                hh,
                "M",
                by,
                self.sample_given("M", by, group),
                sur,
                self.sample_given("M", by - 28, group),
                "head",
            )
            mem = [h, self.wife_for(hh, h, group)]
        elif kind_u < 94:  # unmarried/divorced mother; children carry her surname
            by = 2023 - int(rng.triangular(22, 45, 30))
            mf = self.sample_given("M", by - 28)
            m = self.person(hh, "F", by, self.sample_given("F", by), sur, mf, "head")
            dad = self.sample_given("M", by - 3)
            mem = [m] + self.add_kids(hh, None, m, sur, rng.choice([1, 1, 2, 3]), dad_name=dad)
            if rng.random() < 0.5:
                gby = by - rng.randint(20, 30)
                fake = P()
                fake.by, fake.sur, fake.given = gby - 3, sur, mf
                g = self.wife_for(hh, fake, group, by=gby)
                g.role = "gparent"
                mem.append(g)
        else:  # adult siblings living together
            by = 2023 - int(rng.triangular(30, 75, 50))
            f = self.sample_given("M", by - 28, group)
            mem = []
            used = {f.id}
            for j in range(rng.choice([2, 2, 3])):
                sx = "M" if rng.random() < 0.5 else "F"
                bj = by + rng.randint(-8, 8)
                for _ in range(6):
                    gn = self.sample_given(sx, bj, group)
                    if gn.id not in used:
                        break
                used.add(gn.id)
                mem.append(self.person(hh, sx, bj, gn, sur, f, "head" if j == 0 else "other"))
        # Russian feminine forms etc. are handled at rendering time.
        # ---------------------------------------------------------- household attributes
        if rng.random() < 0.12:
            hh.sett = SETT_BY["Stepanakert"]
            hh.native = NATIVE_WC.pick(rng)
        else:
            hh.sett = SETT_WC.pick(rng)
            hh.native = None
        d = ARRIVAL_DAY.pick(rng)
        if d == 0:
            h = rng.randint(15, 23)
        else:
            h = HOUR_WC.pick(rng)
        hh.t0 = d * 1440 + h * 60 + rng.randrange(60)
        hh.dest = DEST_WC.pick(rng)
        hh.hotel = HOTEL_WC.pick(rng) if rng.random() < 0.15 else None
        hh.host = rng.random() < 0.35
        hh.rel_phone = phone_am(rng) if rng.random() < 0.25 else None
        # phones: the old Karabakh Telecom number (97) and the SIM obtained after arrival
        for p in mem:
            if p.age >= 16:
                lead = p.role in ("head", "spouse")
                pk = 0.85 if lead else (0.6 if p.age < 65 else 0.3)
                if rng.random() < pk:
                    p.kb = phone_kb(rng)
                pn = 0.75 if lead else (0.45 if p.age < 65 else 0.15)
                if rng.random() < pn:
                    p.new = phone_am(rng)
                    p.new_day = d + rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 9])
        hh.members = mem
        return hh

    # ---------------------------------------------------------------- visits
    def office_time(self, t, d: Desk):
        rng = self.rng
        day, m = divmod(t, 1440)
        if day <= d.h24_until:
            return t
        if m < d.h0 * 60:
            m = d.h0 * 60 + rng.randrange(120)
        elif m >= d.h1 * 60 - 20:
            day += 1
            m = d.h0 * 60 + rng.randrange(150)
        while day % 7 in d.off:
            day += 1
        return min(day, 135) * 1440 + m

    def plan(self, hh):
        """The registrations of a household: (agency, site, start minute, members, kind)."""
        rng = self.rng
        mem = hh.members
        t0 = hh.t0
        head = mem[0]
        v = []
        prov = PROV[hh.dest]
        hub = HUB[prov] or hh.dest
        # men of fighting age often crossed days after their families
        late = None
        men = [p for p in mem if p.sex == "M" and 18 <= p.age <= 60 and not p.kid]
        if men and len(mem) > 1 and rng.random() < 0.06:
            late = men[0]
        split = None
        gps = [p for p in mem if p.role == "gparent"]
        if gps and rng.random() < 0.07:
            split = gps[-1]
        prim = [p for p in mem if p is not late and p is not split]
        u = rng.random()
        if hh.hotel and u < 0.06:
            v.append(("HOTEL", hh.hotel, t0 + rng.randint(180, 4000), prim, "primary"))
        elif u < 0.40:
            v.append(("GOV", "Goris", t0 + rng.randint(90, 960), prim, "primary"))
        elif u < 0.54:
            v.append(("GOV", "Kornidzor", t0 + rng.randint(5, 240), prim, "primary"))
        elif u < 0.62:
            v.append(("ARCS", "Kornidzor", t0 + rng.randint(5, 180), prim, "primary"))
        elif u < 0.66:
            v.append(("ARCS", "Goris", t0 + rng.randint(60, 600), prim, "primary"))
        elif u < 0.81:
            v.append(("GOV", hh.dest, t0 + rng.randint(1, 14) * 1440, prim, "primary"))
        elif u < 0.88:
            v.append(("MUNI", hh.dest, t0 + rng.randint(2, 25) * 1440, prim, "primary"))
        elif u < 0.925:
            v.append(("UNHCR", hub, rng.randint(9, 80) * 1440, prim, "primary"))
        elif u < 0.945:
            v.append(("WFP", hh.dest, rng.randint(22, 88) * 1440, prim, "primary"))
        elif u < 0.97:
            site = "Goris" if prov == "Syunik" else rng.choice(["Yerevan-1", "Yerevan-4"])
            v.append(("DIASP", site, t0 + rng.randint(2, 40) * 1440, prim, "primary"))
        elif u < 0.985:
            v.append(
                (
                    "RUSCH",
                    rng.choice(["Yerevan-2", "Goris"]),
                    rng.randint(4, 37) * 1440,
                    prim,
                    "primary",
                )
            )
        else:
            v.append(("GOV", "Goris", t0 + rng.randint(90, 960), prim, "primary"))
        pa, ps = v[0][0], v[0][1]

        def sub(p_each=0.88, excl=None):
            if rng.random() < 0.08:
                return [head] if head is not split else [p for p in mem if p is not split][:1]
            return [
                p
                for p in mem
                if p is not split and p is not excl and (p is head or rng.random() < p_each)
            ]

        # extra registrations with other agencies / desks
        if pa == "GOV" and ps == "Goris" and rng.random() < 0.06:
            v.append(("ARCS", "Kornidzor", t0 + rng.randint(5, 120), sub(0.93, late), "extra"))
        if ps in ("Goris", "Kornidzor") and rng.random() < 0.012:
            v.append((pa, ps, v[0][2] + rng.randint(30, 2000), sub(0.9), "same_site_repeat"))
        if rng.random() < 0.03:
            dest2 = hh.dest if rng.random() < 0.6 else DEST_WC.pick(rng)
            v.append(("GOV", dest2, t0 + rng.randint(6, 50) * 1440, sub(), "extra"))
        if pa != "UNHCR" and rng.random() < 0.025:
            v.append(("UNHCR", hub, rng.randint(9, 80) * 1440, sub(0.92), "extra"))
        if pa != "WFP" and rng.random() < 0.02:
            v.append(("WFP", hh.dest, rng.randint(22, 88) * 1440, sub(0.85), "extra"))
        if hh.hotel and pa != "HOTEL" and rng.random() < 0.22:
            v.append(("HOTEL", hh.hotel, t0 + rng.randint(180, 4000), sub(0.95), "extra"))
        if pa != "MUNI" and rng.random() < 0.02:
            v.append(("MUNI", hh.dest, t0 + rng.randint(3, 40) * 1440, sub(), "extra"))
        if pa != "DIASP" and rng.random() < 0.01:
            site = "Goris" if prov == "Syunik" else rng.choice(["Yerevan-1", "Yerevan-4"])
            v.append(("DIASP", site, t0 + rng.randint(2, 40) * 1440, sub(), "extra"))
        foreign = any(p.given.hy is None for p in mem)
        if pa != "RUSCH" and rng.random() < (0.12 if foreign else 0.008):
            v.append(
                (
                    "RUSCH",
                    rng.choice(["Yerevan-2", "Goris"]),
                    rng.randint(4, 37) * 1440,
                    sub(),
                    "extra",
                )
            )
        if late is not None:
            la = rng.choice(
                [("GOV", "Kornidzor"), ("GOV", "Goris"), ("GOV", "Goris"), ("ARCS", "Kornidzor")]
            )
            t_late = t0 + rng.randint(1, 5) * 1440 + rng.randrange(1440)
            # he cannot be on any list drawn up before he crossed
            v = [
                (a, s_, t, [p for p in m if p is not late] if t < t_late + 30 else m, k)
                for (a, s_, t, m, k) in v
            ]
            v = [x for x in v if x[3]]
            v.append((la[0], la[1], t_late, [late], "late_arrival"))
        if split is not None:
            dest2 = DEST_WC.pick(rng)
            ag = rng.choice(["GOV", "GOV", "MUNI", "ARCS"])
            site = dest2 if ag != "ARCS" else "Goris"
            v.append(
                (
                    ag,
                    site,
                    t0 + rng.randint(0, 10) * 1440 + rng.randrange(1440),
                    [split],
                    "split_from_family",
                )
            )
            # she may also have been listed with her son's family at another desk later
            for k in range(1, len(v) - 1):
                if v[k][4] == "extra" and rng.random() < 0.35:
                    v[k][3].append(split)
        hh.late, hh.split = late, split
        return v

    # ---------------------------------------------------------------- rendering
    def nm(self, d: Desk, script, o: NameObj, sex):
        """A clerk's habitual spelling of a name (deterministic per clerk)."""
        key = (d.i, script, o.id, sex)
        s = self.cache.get(key)
        if s is not None:
            return s
        if o.hy is not None and o.kind != "rusov":
            if script == "hy":
                s = o.hy
                if d.classical:
                    s = hy_classical(s)
                elif d.ev_split:
                    s = s.replace("և", "եվ")
            elif script == "cyr":
                s = self._ru(d, o)
            else:
                s = self._lat(d, o, sex)
        else:
            form = o.ru_f if (sex == "F" and o.ru_f) else o.ru
            if script == "cyr":
                s = form.replace("ё", "е") if d.yo_drop else form
            elif script == "hy":
                s = cyr_hy(form)
                if d.classical:
                    s = hy_classical(s)
            else:
                sch = d.cyr_lat if d.lat != "rulat" else ("icao" if d.cyr_lat == "icao" else "bgn")
                s = cyr_lat(form, sch)
        self.cache[key] = s
        return s

    def _ru(self, d, o):
        if o.ru_over:
            wc = WC(o.ru_over)
            return wc.pick_u(_h(d.i, o.id, "ru"))
        return hy_ru(o.hy, d.h_med, d.hovh)

    def _lat(self, d, o, sex):
        sch = d.lat
        if sch == "east":
            return hy_lat(o.hy, "east")
        if sch == "east_ian":
            return _cap(_RE_YAN.sub("ian", hy_lat(o.hy, "east").lower()))
        if sch == "chat":
            s = hy_lat(o.hy, "east").replace("kh", "x").replace("Kh", "X")
            if d.c_ts:
                s = s.replace("ts", "c").replace("Ts", "C")
            return s
        if sch == "rulat":
            return cyr_lat(self._ru(d, o), "icao" if d.cyr_lat == "icao" else "bgn")
        if sch == "west":
            hv = _h(d.i, o.id, "w")
            if o.west and hv < 0.75:
                return o.west
            if hv < 0.3 or hv > 0.9:
                return hy_lat(o.hy, "west")
            return _cap(_RE_YAN.sub("ian", hy_lat(o.hy, "east").lower()))
        if sch == "fr":
            hv = _h(d.i, o.id, "f")
            if o.fr and hv < 0.7:
                return o.fr
            if o.west and hv > 0.85:
                return o.west
            return hy_lat(o.hy, "fr")
        return hy_lat(o.hy, "east")

    def passport_name(self, p: P, o: NameObj, sex):
        """The Latin name in a passport's machine-readable zone."""
        key = ("pp", p.passport, p.pp_var, o.id, sex)
        s = self.cache.get(key)
        if s is None:
            if p.passport == "ru":
                if o.hy is not None and o.kind != "rusov":
                    form = WC(o.ru_over).items[0] if o.ru_over else hy_ru(o.hy)
                else:
                    form = o.ru_f if (sex == "F" and o.ru_f) else o.ru
                s = cyr_lat(form, "icao").upper()
            else:
                hy = (
                    o.hy
                    if (o.hy is not None and o.kind != "rusov")
                    else cyr_hy(o.ru_f if (sex == "F" and o.ru_f) else o.ru)
                )
                s = hy_lat(hy, "east").upper()
                if p.pp_var == 1:
                    s = _RE_YAN.sub("ian", s.lower()).upper()
                elif p.pp_var == 2:
                    s = s.replace("U", "OU") if "OU" not in s else s
                elif p.pp_var == 3 and s.startswith("YE"):
                    s = s[1:]
            s = s.replace("-", " ")
            self.cache[key] = s
        return s

    def patr(self, d: Desk, script, father: NameObj, sex, style):
        key = ("pt", d.i, script, father.id, sex, style)
        s = self.cache.get(key)
        if s is not None:
            return s
        if style in ("hy_gen", "hy_nom", "lat_gen"):
            hy = father.hy if (father.hy is not None) else cyr_hy(father.ru)
            if d.classical:
                hy = hy_classical(hy)
            elif d.ev_split:
                hy = hy.replace("և", "եվ")
            if style == "hy_nom":
                s = hy
            elif style == "hy_gen":
                s = hy_gen(hy)
            else:
                s = hy_lat(hy_gen(hy), "east")
        elif style in ("ru", "lat_ru"):
            ru = self.nm(d, "cyr", father, "M")
            s = ru_patr(ru, sex)
            if style == "lat_ru":
                s = cyr_lat(s, "bgn")
        else:  # lat_bare
            s = self.nm(d, "lat", father, "M")
        self.cache[key] = s
        return s

    def origin(self, d: Desk, script, hh: HH, style):
        st = hh.native if (style == "n" and hh.native) else hh.sett
        if style == "n" and not hh.native:
            style = "v"
        key = ("o", d.i, script, st.i, style)
        s = self.cache.get(key)
        if s is not None:
            return s
        hv = _h(d.i, st.i, "o")
        if style == "g":
            lst = GENERIC_ORIGIN[script]
            s = lst[int(_h(d.i, "g") * len(lst))]
        elif style == "r" and st.region in REGIONS:
            lat, hy, ru = REGIONS[st.region]
            if script == "hy":
                s = hy
            elif script == "cyr":
                s = ru if hv < 0.7 else ru.replace("район", "р-н")
            else:
                s = lat + (" region" if hv < 0.5 else " district" if hv < 0.8 else " reg.")
        else:
            if script == "hy":
                s = st.hy
            elif script == "cyr":
                s = st.ru
            else:
                s = st.lat
                if st.alts and hv < 0.3:
                    s = st.alts[int(hv * 100) % len(st.alts)]
                elif d.lat == "fr" and st.lat == "Martuni":
                    s = "Martouni"
        self.cache[key] = s
        return s

    def phone_of(self, p: P, hh: HH, day):
        rng = self.rng
        if p.new and day >= p.new_day and rng.random() < 0.85:
            return p.new, "phone_new_sim"
        if p.kb:
            return p.kb, "phone_karabakh"
        if p.new and day >= p.new_day:
            return p.new, "phone_new_sim"
        return None, ""

    def dob(self, d: Desk, p: P, reg_day, tags):
        rng = self.rng
        y, m, dd = p.by, p.bm, p.bd
        if p.dj1:
            # documents say 1 January; a person asked at an informal desk gives the real date
            if d.doc or rng.random() < 0.4:
                m, dd = 1, 1
            else:
                tags.append("dob_stated_not_documented")
        if d.dob_missing and rng.random() < d.dob_missing:
            tags.append("dob_missing")
            return ""
        if d.d1900 and rng.random() < d.d1900:
            tags.append("dob_default_1900")
            return "1900-01-01"
        yo = d.year_only
        if p.age >= 65:
            yo *= 1.6
        elif p.kid and p.age < 14:
            yo *= 0.5
        if rng.random() < yo:
            if rng.random() < d.age_asked:
                rm, rd = DAYMD[reg_day]
                age = 2023 - y - (1 if (m, dd) > (rm, rd) else 0)
                if age >= 70 and rng.random() < 0.25:
                    age = int(round(age / 5.0) * 5)
                    tags.append("age_heaped")
                y = 2023 - age
                tags.append("age_to_year")
            else:
                tags.append("year_only")
            if rng.random() < d.placeholder:
                tags.append("dob_placeholder_" + d.p_place.replace("-", ""))
                return f"{y}-{d.p_place}"
            return str(y)
        if d.swap and dd <= 12 and dd != m and (y < 2023 or dd <= 8) and rng.random() < d.swap:
            m, dd = dd, m
            tags.append("dob_day_month_swap")
        if d.dtypo and rng.random() < d.dtypo:
            k = rng.random()
            if k < 0.4:
                s = str(y)
                y2 = int(s[:2] + s[3] + s[2])
                if y2 != y and 1900 < y2 <= 2023 and dd <= dim(y2, m):
                    y = y2
                    tags.append("dob_year_digits_swapped")
            elif k < 0.7:
                y2 = y + rng.choice([-1, 1])
                if (y2 < 2023 or (y2 == 2023 and m <= 8)) and dd <= dim(y2, m):
                    y = y2
                    tags.append("dob_year_off_by_one")
            else:
                d2 = dd + rng.choice([-10, 10, -1, 1])
                if 1 <= d2 <= dim(y, m):
                    dd = d2
                    tags.append("dob_day_typo")
        return f"{y:04d}-{m:02d}-{dd:02d}"

    def render_visit(self, hh: HH, visit):
        rng = self.rng
        agency, site, t, members, kind = visit
        members = [p for p in members if p.nrec < 4]
        if not members:
            return
        d = self.desks_for(agency, site)
        t = self.office_time(t, d)
        u = rng.random()
        script = "hy" if u < d.p_hy else "cyr" if u < d.p_hy + d.p_cyr else "lat"
        # order at the desk: head, spouse, children, grandparents, others
        order = {"head": 0, "spouse": 1, "child": 2, "gparent": 3, "other": 4}
        members = sorted(members, key=lambda p: (order[p.role], -p.age))
        vtags = []
        if kind != "primary":
            vtags.append("visit_" + kind)
        backlog = d.backlog and rng.random() < d.backlog
        if backlog:
            day = t // 1440
            t = day * 1440 + rng.randint(20 * 60, 23 * 60 + 30)
            vtags.append("backlog_typed")
        day = t // 1440
        # household reference
        hhref = ""
        hh_tag = ""
        if rng.random() < d.hh_fill:
            hhref, hh_tag = self.hhref(d, hh, site, members)
        else:
            hh_tag = "hhref_missing"
        # the visit's contact phone: head's, a relative's, the host's or the hotel's
        contact, ctag = self.phone_of(members[0], hh, day)
        if not contact:
            for p in members[1:]:
                contact, ctag = self.phone_of(p, hh, day)
                if contact:
                    break
        if not contact and hh.rel_phone:
            contact, ctag = hh.rel_phone, "phone_relative"
        if d.host_phone and rng.random() < d.host_phone and (hh.host or agency == "HOTEL"):
            contact, ctag = (
                self.host_phone(site, hh),
                ("phone_hotel" if agency == "HOTEL" else "phone_host"),
            )
        vkey = self.seq
        off = 0
        for p in members:
            tags = list(vtags)
            ts = t + off
            if not d.same_ts:
                off += rng.randint(1, 4)
            self.record(
                d, hh, p, script, ts, hhref, hh_tag, contact, ctag, tags, vkey, agency, site
            )
            if rng.random() < 0.004 and p.nrec < 4:
                # saved twice: the clerk thought the first save failed and typed it again
                t2 = ts + rng.randint(1, 12)
                self.record(
                    d,
                    hh,
                    p,
                    script,
                    t2,
                    hhref,
                    hh_tag,
                    contact,
                    ctag,
                    list(vtags) + ["double_entry"],
                    vkey,
                    agency,
                    site,
                )

    def hhref(self, d: Desk, hh: HH, site, members):
        rng = self.rng
        ag = d.agency
        if ag == "GOV":
            n = self.counters["GOV"] = self.counters.get("GOV", 0) + 1
            return f"HH-{n:07d}", ""
        if ag == "ARCS":
            return "@ARCS", "hhref_daily_counter"
        if ag == "UNHCR":
            n = self.counters["UNHCR"] = self.counters.get("UNHCR", 0) + 1
            return f"ARM-23-{n:06d}", ""
        if ag == "WFP":
            n = self.counters["WFP"] = self.counters.get("WFP", 0) + 1
            return f"WFP-HH-{n:06d}", ""
        if ag == "MUNI":
            code, _ph, shared = self.host(site, hh)
            return code, ("hhref_host_shared" if shared else "")
        if ag == "HOTEL":
            room = rng.randint(1, 6) * 100 + rng.randint(1, 32)
            f = int(_h(d.i, "room") * 4)
            ref = [f"Room {room}", f"{room}", f"R-{room}", f"N{room}"][f]
            return ref, "hhref_room"
        if ag == "DIASP":
            n = self.counters["DIASP"] = self.counters.get("DIASP", 0) + 1
            return f"D-{n:04d}", ""
        n = self.counters["RUSCH"] = self.counters.get("RUSCH", 0) + 1
        return f"№{n}", ""

    def host(self, site, hh):
        rng = self.rng
        lst = self.hosts.setdefault(site, [])
        key = ("hostof", hh.hid, site)
        got = self.cache.get(key)
        if got:
            return got
        if lst and rng.random() < 0.12:
            code, ph = rng.choice(lst)
            shared = True
        else:
            code = f"{site[:3].upper()}-{len(lst) + 1:04d}"
            ph = phone_am(rng)
            lst.append((code, ph))
            shared = False
        self.cache[key] = (code, ph, shared)
        return code, ph, shared

    def host_phone(self, site, hh):
        return self.host(site, hh)[1]

    def record(
        self,
        d: Desk,
        hh: HH,
        p: P,
        script,
        ts,
        hhref,
        hh_tag,
        contact,
        ctag,
        tags,
        vkey,
        agency,
        site,
    ):
        rng = self.rng
        p.nrec += 1
        day = ts // 1440
        ocr = d.ocr and script == "lat" and p.passport is not None
        tags.append(
            ("ocr_passport_" + p.passport)
            if ocr
            else (
                ("script_hy_classical" if d.classical else "script_hy")
                if script == "hy"
                else "script_cyr"
                if script == "cyr"
                else "lat_" + d.lat
            )
        )
        # ---- names
        g_obj = p.given
        if ocr:
            sur_obj = p.doc_sur
        else:
            sur_obj = p.doc_sur if d.doc else p.sur
            if (
                not d.doc
                and p.maiden is not None
                and sur_obj is not p.maiden
                and rng.random() < d.maiden
            ):
                sur_obj = p.maiden
        if sur_obj is p.maiden and p.maiden is not p.sur and p.maiden is not None:
            tags.append("maiden_surname")
        if (
            p.kid
            and p.mother is not None
            and p.mother.maiden is not None
            and not ocr
            and rng.random() < (0.006 if not d.doc else 0.002)
        ):
            sur_obj = p.mother.maiden
            tags.append("child_under_mother_surname")
        equiv = False
        if not ocr and p.goes_by is not None and rng.random() < d.dim:
            g_obj = p.goes_by
            tags.append("nickname")
        elif (
            (script == "cyr" or d.lat == "rulat")
            and not ocr
            and p.sov
            and g_obj.equiv
            and rng.random() < max(d.equiv, 0.1)
        ):
            equiv = True
            tags.append("russian_equivalent_name")
        if ocr:
            given = self.passport_name(p, g_obj, p.sex)
            fam = self.passport_name(p, sur_obj, p.sex)
            if rng.random() < 0.03:
                which = rng.random() < 0.5
                s = given if which else fam
                idx = [i for i, c in enumerate(s) if c in OCR_CONF]
                if idx:
                    i = rng.choice(idx)
                    s = s[:i] + OCR_CONF[s[i]] + s[i + 1 :]
                    tags.append("ocr_misread")
                    if which:
                        given = s
                    else:
                        fam = s
            if rng.random() < 0.004:
                given = given + "<"
                tags.append("ocr_filler")
        else:
            if equiv:
                given = (
                    g_obj.equiv
                    if script == "cyr"
                    else cyr_lat(g_obj.equiv, "icao" if d.cyr_lat == "icao" else "bgn")
                )
            else:
                given = self.nm(d, script, g_obj, p.sex)
            # Russified (-ov) families: some Armenian clerks restore the -yan form
            if sur_obj.kind == "rusov" and script == "hy" and d.doc and rng.random() < 0.1:
                sur_obj = sur_obj.base
                tags.append("surname_restored_yan")
            if sur_obj.kind == "yants" and not d.doc and rng.random() < 0.4:
                sur_obj = sur_obj.base
                tags.append("yants_dropped")
            fam = self.nm(d, script, sur_obj, p.sex)
            if "-" in fam and d.ter != "hyphen":
                a, _, b = fam.partition("-")
                if d.ter == "space":
                    fam = a + " " + b
                elif d.ter == "joined":
                    fam = a + b.lower()
                else:
                    fam = b
                tags.append("prefix_" + d.ter)
            if d.initial and rng.random() < d.initial:
                given = given[0] + "."
                tags.append("given_initial")
        if ocr and " " in fam and "-" not in fam:
            tags.append("prefix_mrz_space")
        # patronymic
        patr = ""
        if d.patr_fill and rng.random() < d.patr_fill and not (ocr and rng.random() < 0.5):
            style = d.patr_hy if script == "hy" else d.patr_cyr if script == "cyr" else d.patr_lat
            patr = self.patr(d, script, p.father, p.sex, style)
            tags.append("patronymic_" + style)
        # typing errors
        if rng.random() < d.typo * (0.3 if ocr else 1.0):
            sc = "hy" if script == "hy" else "cyr" if script == "cyr" else "lat"
            if rng.random() < 0.55:
                fam, tg = typo(fam, sc, rng)
            else:
                given, tg = typo(given, sc, rng)
            if tg:
                tags.append(tg)
        if d.slip and rng.random() < d.slip and script != "hy":
            if rng.random() < 0.5:
                fam = layout_slip(fam)
            else:
                given = layout_slip(given)
            tags.append("keyboard_layout_slip")
        if d.pig and patr and rng.random() < d.pig:
            given = given + " " + patr
            tags.append("patronymic_in_given")
        # letter case
        if d.upper and not ocr and rng.random() < d.upper:
            if script == "hy":
                given, fam, patr = hy_upper(given), hy_upper(fam), hy_upper(patr)
            else:
                given, fam, patr = given.upper(), fam.upper(), patr.upper()
            tags.append("upper_case")
        elif d.lower and rng.random() < d.lower:
            given, fam, patr = given.lower(), fam.lower(), patr.lower()
            tags.append("lower_case")
        if d.swap_names and rng.random() < d.swap_names:
            given, fam = fam, given
            tags.append("names_swapped")
        if d.space and rng.random() < d.space:
            if rng.random() < 0.5:
                fam = fam + " "
            else:
                given = " " + given if rng.random() < 0.3 else given + "  "
            tags.append("stray_space")
        # ---- sex
        if ocr or rng.random() < d.sex_fill:
            sex = p.sex
            if not ocr and rng.random() < 0.002:
                sex = "F" if sex == "M" else "M"
                tags.append("sex_wrong")
        else:
            sex = ""
            tags.append("sex_missing")
        # ---- birth date
        bd = self.dob(d, p, day, tags)
        # ---- origin
        if rng.random() < d.origin_fill:
            st = d.o_style.pick(rng)
            org = self.origin(d, script, hh, st)
            if st == "r" and hh.sett.region in REGIONS:
                tags.append("origin_region")
            elif st == "g":
                tags.append("origin_generic")
            elif st == "n" and hh.native:
                tags.append("origin_native_2020")
            if d.upper and "upper_case" in tags:
                org = hy_upper(org) if script == "hy" else org.upper()
        else:
            org = ""
            tags.append("origin_missing")
        # ---- phone
        ph = ""
        if rng.random() < d.phone_fill:
            if d.hh_phone and rng.random() < d.hh_phone:
                ph, pt = contact, ctag
                if ph and (p.kb or p.new) and p is not hh.members[0]:
                    pt = (pt + ";phone_shared_household") if pt else "phone_shared_household"
            else:
                ph, pt = self.phone_of(p, hh, day)
                if not ph:
                    ph, pt = contact, ctag
            if ph:
                if pt:
                    tags.append(pt)
                if rng.random() < 0.012:
                    i = rng.randrange(2, 7)
                    if rng.random() < 0.5:
                        ph = ph[:i] + str(rng.randrange(10)) + ph[i + 1 :]
                    else:
                        ph = ph[:i] + ph[i + 1] + ph[i] + ph[i + 2 :]
                    tags.append("phone_typo")
                ph = ("+374" + ph) if rng.random() < d.plus else ("0" + ph)
            else:
                tags.append("phone_missing")
        else:
            tags.append("phone_missing")
        if hh_tag:
            tags.append(hh_tag)
        # ---- timestamp
        if d.utc:
            ts -= 240
            tags.append("clock_utc")
        self.seq += 1
        self.rows.append(
            [
                ts * 4294967296 + self.seq,
                given,
                fam,
                patr,
                sex,
                bd,
                org,
                ph,
                hhref,
                ts,
                site,
                p.pid,
                p.hid,
                d.i,
                tags,
                agency,
                vkey,
            ]
        )


# =============================================================================================
# main
# =============================================================================================

HEADER = [
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
]


def run(n_people, seed, out, explain):
    t_start = time.time()
    g = Gen(n_people, seed)
    pid = 0
    hid = 0
    while pid < n_people:
        hid += 1
        hh = g.household(hid)
        mem = hh.members[: n_people - pid]
        hh.members = mem
        for p in mem:
            pid += 1
            p.pid = pid
            p.hid = hid
        for v in g.plan(hh):
            g.render_visit(hh, v)
        # everybody is registered at least once
        for p in mem:
            if p.nrec == 0:
                g.render_visit(
                    hh, ("GOV", "Goris", hh.t0 + g.rng.randint(90, 900), [p], "individual")
                )
    rows = g.rows
    rows.sort(key=lambda r: r[0])
    rng = random.Random(seed * 7919 + 1)
    # record ids, ARCS daily family counters, carried-over references
    counters = {}
    arcs = {}
    last = {}
    carry = {}
    per = {}
    desk_no = [int(d.name.rsplit("-", 1)[1]) for d in g.desks]
    for r in rows:
        ag = r[15]
        n = counters[ag] = counters.get(ag, 0) + 1
        r[0] = AGENCY_IDS[ag].format(n)
        di = r[13]
        vkey = r[16]
        if r[8] == "@ARCS":
            day = r[9] // 1440
            k = (di, day)
            m = arcs.setdefault(k, {})
            if vkey not in m:
                m[vkey] = len(m) + 1
            pref = "K" if r[10] == "Kornidzor" else "G"
            r[8] = f"{pref}{desk_no[di]}-{m[vkey]:03d}"
        # a family typed right after another inherits the previous family's reference/phone
        lv = last.get(di)
        if lv is not None and lv[0] != vkey:
            if vkey not in carry:
                carry[vkey] = (
                    lv[2] if (lv[2] and lv[1] != r[12] and rng.random() < 0.004) else None,
                    lv[3] if (lv[3] and lv[1] != r[12] and rng.random() < 0.002) else None,
                )
        c = carry.get(vkey)
        if c:
            if c[0] is not None:
                r[8] = c[0]
                r[14].append("hhref_carried_over")
            if c[1] is not None and r[7]:
                r[7] = c[1]
                r[14].append("phone_carried_over")
        if lv is None or lv[0] != vkey:
            last[di] = (vkey, r[12], r[8], r[7])
        per[r[11]] = per.get(r[11], 0) + 1
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(
            [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], fmt_ts(r[9]), r[10]]
            for r in rows
        )
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        w.writerows((r[0], f"P{r[11]:07d}") for r in rows)
    if explain:
        names = [d.name for d in g.desks]
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["record_id", "person_id", "household_id", "desk", "tags"])
            w.writerows(
                (
                    r[0],
                    f"P{r[11]:07d}",
                    f"H{r[12]:07d}",
                    names[r[13]],
                    ";".join(dict.fromkeys(x for t in r[14] for x in t.split(";"))),
                )
                for r in rows
            )
    dup = sum(1 for v in per.values() if v > 1)
    secs = time.time() - t_start
    print(
        f"fifth_hands: people={n_people} records={len(rows)} "
        f"duplicated={dup / max(1, n_people):.3f} seconds={secs:.1f}"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true")
    a = ap.parse_args(argv)
    if a.people < 1:
        ap.error("--people must be positive")
    run(a.people, a.seed, a.out, a.explain)


if __name__ == "__main__":
    main()
