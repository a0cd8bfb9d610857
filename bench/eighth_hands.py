"""Eighth hands: a synthetic multi-agency registry of the Tigray war flight, 2020-2023.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests and is not tuned to it.  It only knows the interchange format.

THE WORLD
War reaches western Tigray on 4 November 2020.  Within weeks some 60 000 people cross the
Tekeze/Setit into eastern Sudan: from Humera to Hamdayet (Kassala), from Mai Kadra, Adi Goshu,
Dansha, Rawyan and Baeker to Lugdi and the Village 8 transit centre (Gedaref); most of them in
November and December 2020, a trickle for two years after.  They are moved on to Um Rakuba
(from mid-November), Tunaydbah (from mid-December) and, from mid-2021, Babikri; some refuse to
leave Hamdayet or Village 8.  A few go on to Khartoum, and when Sudan's own war starts in April
2023 some leave again through Metema into Ethiopia.  Tigrayan Muslims and Amharic-speaking
families (Humera, Wolkait, Gondar, Metema) take the same roads.  Eritrean refugees who had lived
in Shimelba and Hitsats (both destroyed in January 2021) or Mai Aini flee to Addis Ababa (urban
registration by UNHCR and ARRA, 2021-22), to Alemwach (RRS, as ARRA is renamed, 2022-23) or with
the Tigrayans to Sudan (Hamdayet, Tunaydbah, Shagarab, Khartoum).  Some of them are on the
pre-war ARRA camp rosters, which keep their original registration dates (2012-2020): these are
the only records dated before November 2020 (about 2 % of all records).

People: Tigrayan Christians 80 %, Tigrayan Muslims 5 %, Amharic speakers 4 %, Eritrean
Christians 8 %, Eritrean Muslims (Tigre, Saho, Jeberti) 2 %.  Households (2.9 registered
members on average, 39 % of people under 18): couples with children, women with children whose
husband stayed, vanished or died, three generations, the households of two or three brothers
side by side, siblings without parents, young men and women alone, old people, unaccompanied
minors, and children born in the camps.

Names.  A given name, then the father's given name, then the grandfather's given name; nobody
has a family name.  Siblings share their father's and grandfather's names, a father's own
"surname" is his father's name, spouses share nothing, and the children of a woman whose
husband stayed behind carry the names of a man who is not in the registry.  Compound names
(Gebre-, Wolde-, Haile-, Tesfa-, Habte-, Tekle-, Kidane-, Fikre- + Medhin, Michael, Mariam,
Selassie, Egziabher, Giorgis, Yesus, Hiwet ...; women Lete-, Welete- + Kidan, Mariam,
Selassie ...) are 9 % of given names and 23 % of fathers' names.  Names follow three
generations (before 1966, 1966-1990, after 1990: fewer Gebre- names, more Amanuel, Yonas,
Filmon, Natnael) and are very concentrated: Tesfay 3.2 % of men, Tsegay 2.3, Berhe 2.2, Haile
2.1; Selam 3.3 % of women, Rahel 2.5, Tirhas 2.4; Mohammed about 18 % of Muslim men.  The
effective number of given names (1 / sum of squared shares) is 70-100 for Tigrayan men, 47-72
for women, 16-18 for Muslim men.  Brothers name a son after their own father, so cousins share
a given name and a grandfather.

Every name is stored once in a phonemic notation (see "Phonemic notation" below) and every
clerk writes it out with fixed habits of his own:
  * Ethiopic script at desks staffed by Ethiopians or Eritreans and in clinic lists kept by
    refugee health workers: Tigrinya spelling (ኣብርሃ, ተኽለ, መቐለ, ሓጎስ) or Amharic spelling
    (አ and ሀ for ኣ and ሓ, ቀ for ቐ, ኃይሌ, ተስፋዬ, ጸጋዬ), with ሀ/ሐ/ኀ, ሰ/ሠ, ጸ/ፀ and አ/ዐ interchanged
    and abbreviations such as ገ/መድህን and ወ/ሚካኤል.
  * Latin: Ethiopian/UN English (Gebremedhin, Tsegay or Tsegaye, Woldemichael or Weldemichael,
    Mebratu and Gebremedin with the h dropped); Eritrean, Italian-era (Ghebremariam, Tecle,
    Tesfai, Ghirmai, Uoldemariam); a Sudanese ear (Gabramadhin, Segay, Hailasilasi, Mohamed,
    Salih); a careful transliteration with apostrophes (Ts'egaye, Gebre'egziabher).  Compound
    names joined, split, hyphenated or abbreviated (G/Medhin, W/Michael, H/Mariam, T/Haimanot,
    G.Medhin; H/ and T/ are ambiguous), and all capitals at some desks.
  * Arabic script at Sudanese desks (COR, the Sudanese Red Crescent, COR clerks in the joint
    registration, some WFP lists): تسفاي, قبرمدهن; ق or ج for g, تس or ص or س for ts, a final
    vowel as ي or ه or nothing, hamza or not; Muslim names in their Arabic spelling (محمد,
    إدريس, فاطمة).
People with a ration card or an ID have the card's spelling copied now and then.
Fields: given_name is the given name; family_name usually the father's name, as UN and Western
systems do, with the grandfather in patronymic, appended to the family name ("Gebremedhin
Hailu") or dropped; some clerks put the father in patronymic and the grandfather in
family_name, drop the father and keep the grandfather, or split a passport-style full name into
"given father" and grandfather.  A clerk has one dominant layout, so the same person is filed
under the father at one desk and under the grandfather at another.  On top: given name and
family name swapped, the father's name typed into the given-name field, a wife under her
husband's name, a child under the mother's name, typos (QWERTY neighbours, dropped, doubled and
swapped letters; Ethiopic syllables in the wrong vowel order or row; Arabic dot confusions).

Dates.  The Ethiopian calendar runs 7-8 years behind the Gregorian (1 Meskerem = 11 or 12
September, twelve months of 30 days and Pagume of 5 or 6).  People know a full Ethiopian date,
an Ethiopian year, only an age (heaped on 0 and 5) or, mostly Eritreans and children born in
Sudan, a Gregorian date.  Clerks convert correctly, write the Ethiopian date or year as if it
were Gregorian (7-8 years too old), add 7 or 8 to the year and keep the Ethiopian day and month,
or turn an age into 1 January, a bare year or the registration day.  A Pagume date or 29-30
Tekemt written as February cannot be written: the clerk writes the year only, swaps day and
month, or clamps.  Day/month swaps, year typos and missing dates besides.  birth_date is always
a valid Gregorian YYYY-MM-DD or YYYY and never after registered_at.

Phones: Ethiopian (+251 9XXXXXXXX, 09XXXXXXXX; dead after the telecom cut but still given at the
border), Sudanese SIMs bought weeks after arrival (+249 9X/1X, 09...), a few Eritrean (+291
7XXXXXX), new SIMs, camp leaders' phones shared by many households, the head's phone on the
children's records, and many missing.  Origin in the script and spelling of the desk: a town
(Humera, Mai Kadra, Adi Goshu, Shire, Axum, Mekelle, Asmara, Keren ...), a zone or region
(Kafta Humera, Western Tigray, Tigray), for Eritreans often the camp (Shimelba, Hitsats) or just
Eritrea.  household_ref per agency: the UNHCR case number (kept through transit, camp,
verification, Khartoum), COR reception numbers, WFP ration cards (sometimes the UNHCR case
number), IOM manifests, ARRA ration cards (sometimes reused in Addis), often missing at clinics.

Registrations: COR reception lists at Hamdayet and Lugdi, UNHCR/COR registration in transit or
in the camp (the main one), IOM relocation manifests, WFP distribution lists (head of household
only), MSF and Sudanese Red Crescent clinic lists, birth notifications, the 2022 verification,
relocation to Babikri, COR and UNHCR in Khartoum, IOM at Metema in 2023, ARRA rosters, UNHCR/ARRA
in Addis, RRS and WFP at Alemwach, young adults registering as their own case, and the odd
double entry.  About 16 % of people have two or more records.

RATES (share of records, ranges over six seeds at 20k people and one at 100k; habits belong to
clerks, so the mix shifts with the draw and clusters by desk)
  Scripts: Latin 76-87 % (Ethiopian/UN English 37-57, Sudanese ear 21-36, Eritrean 1.6-2.7,
  apostrophes 0-6), Ethiopic 8-13 % (Amharic spelling 0.3-2.6), Arabic 5-13 %; all capitals
  4-8 %.  Layout: grandfather in patronymic 33-43 %, dropped 19-28 %, appended 8-11 %,
  grandfather as family name 6-17 % (father in patronymic 4-14, father dropped 1.6-4.5),
  "given father" in given_name 1-6 %, grandfather not stated 15 %; patronymic empty 51-62 %.
  Compounds: slash-abbreviated 8-12 %, split 4-11 %, hyphenated 1.6-4.4 %.  Card spelling
  copied 16-18 %.  Typos 1.7-2.1 % per filled name field; given/family swapped 0.9 %;
  father's name as given name 0.5 %; wife under her husband's name 0.2 %; child under the
  mother's name 0.4 %.
  Birth dates: Ethiopian date written as Gregorian 9-14 %, Ethiopian year written as Gregorian
  16-19 %, year +7/8 with Ethiopian day and month 5.5-8.3 %, converted correctly 10-13 %,
  Ethiopian year converted 8-10 %; from a stated age 25-27 % (heaped 9-10 %); 1 January 32-35 %,
  year only 15-17 %, day/month swapped 0.2-0.3 %, clamped 0.1 %, missing 1 %.
  Sex missing 0.8-1.1 %, mis-keyed 0.3-0.5 %.  Phone missing 51-52 % (children without the
  head's phone included), Sudanese 28-29 %, Ethiopian 19-20 %, Eritrean 0.2 %, camp leader's
  phone 7 %, head's phone on a child's record 17 %, new SIM 0.6 %.  Origin as zone or region
  13-16 %, camp 3.4-4.4 %, country 1-1.3 %, missing 5-6 %.  household_ref missing 8.5-9.5 %.
  Records per person 1.17-1.19; people with two or more records 15.7-17.2 %, three or more
  1.3-1.5 %.  Desks: UNHCR (transit, camp, Khartoum, Addis) 83-85 %, COR 3.6-4.6, IOM 2.4-2.9,
  ARRA 2.1-2.4, verification 1.7-2.3, WFP 1.6-1.8, RRS 1.5-1.9, clinics 1.4-1.8.

TRAPS (why.csv, per person; share of people at 20k / 100k: namesakes grow with the population)
  namesake_same_father (same given and father's name) 48-49 % / 80 %, namesake_same_father_age
  (and born within three years) 11-12 % / 35 %, namesake_full (all three names) 2.3-2.7 % / 9 %,
  namesake_same_grandfather (same given name, grandfather and home town, another father)
  13-14 % / 35 %, cousins_same_name 1.9-2.4 %, father_and_son (father and a son of 16 or more
  both registered; the son's family name is the father's given name) 10-11 %,
  grandfather_registered 2.7-3.4 %, grandson_registered 1.6-1.8 %, twin 0.5-0.9 %,
  born_in_camp 1.1-1.3 %, unaccompanied_minor 0.7-0.9 %, unisex_name (Desta, Mulu, Birhan,
  Kidan, Medhin, Nur) 2.0-2.4 %.

Not modelled apart: Kunama, Saho and Afar naming (Eritreans draw from the Tigrinya and Muslim
pools with more biblical and Italian-era names), Qemant, and the Amharic-speaking refugees'
own routes.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,tags,traps
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed.

    python bench/eighth_hands.py --people 100000 --seed 81 --out /tmp/eighth/100k --explain
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import time
from bisect import bisect
from datetime import date

# ---------------------------------------------------------------------------------------------
# Calendars
# ---------------------------------------------------------------------------------------------

JDN_OFFSET = 1721425  # date.toordinal() + JDN_OFFSET = Julian day number


def ec_to_ord(y: int, m: int, d: int) -> int:
    """Ethiopian (Amete Mihret) date to a proleptic Gregorian ordinal."""
    return 1724220 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d - JDN_OFFSET


def ord_to_ec(o: int) -> tuple[int, int, int]:
    y = (o + JDN_OFFSET - 1724221) * 4 // 1461 + 1
    while ec_to_ord(y + 1, 1, 1) <= o:
        y += 1
    while ec_to_ord(y, 1, 1) > o:
        y -= 1
    n = o - ec_to_ord(y, 1, 1)
    return y, n // 30 + 1, n % 30 + 1


def D(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


WAR_START = D(2020, 11, 4)
SUDAN_WAR = D(2023, 4, 15)
END = D(2023, 12, 20)
REF_DAY = D(2020, 11, 15)

_DIM = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_ymd(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and d >= 1):
        return False
    if m == 2:
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        return d <= (29 if leap else 28)
    return d <= _DIM[m - 1]


# ---------------------------------------------------------------------------------------------
# Phonemic notation and the three scripts
# ---------------------------------------------------------------------------------------------
# Every name and place is stored once in a compact phonemic notation from which each clerk
# writes it in Ethiopic, Latin or Arabic script with his own habits.
#   consonants  b c(ch) d f g h H(hh, Tigrinya ሐ) X(ኀ) j k K(Tigrinya ኸ, spirant k) l m n N(ny)
#               p P(p') q(k', ቀ) Q(Tigrinya ቐ) r s S(ሠ) x(sh) t T(t') C(ch') J(zh) v w y z
#               Z(ts', ጸ) D(ts', ፀ) '(glottal, አ) `(pharyngeal, ዐ)
#   vowels      e = 1st order (ä), u, i, a = 4th, E = 5th (ē), o; I and @ = 6th order
#               pronounced (Latin i or e, @ prefers e); no vowel = silent 6th order
#   ':' after a consonant doubles it (gemination, not written in Ethiopic); '+' joins the
#   parts of a compound name (Gebre+Medhin).

GEEZ_ROW = {
    "h": 0x1200,
    "l": 0x1208,
    "H": 0x1210,
    "m": 0x1218,
    "S": 0x1220,
    "r": 0x1228,
    "s": 0x1230,
    "x": 0x1238,
    "q": 0x1240,
    "Q": 0x1250,
    "b": 0x1260,
    "v": 0x1268,
    "t": 0x1270,
    "c": 0x1278,
    "X": 0x1280,
    "n": 0x1290,
    "N": 0x1298,
    "'": 0x12A0,
    "k": 0x12A8,
    "K": 0x12B8,
    "w": 0x12C8,
    "`": 0x12D0,
    "z": 0x12D8,
    "J": 0x12E0,
    "y": 0x12E8,
    "d": 0x12F0,
    "j": 0x1300,
    "g": 0x1308,
    "T": 0x1320,
    "C": 0x1328,
    "P": 0x1330,
    "Z": 0x1338,
    "D": 0x1340,
    "f": 0x1348,
    "p": 0x1350,
}
VORDER = {"e": 0, "u": 1, "i": 2, "a": 3, "E": 4, "I": 5, "@": 5, "": 5, "o": 6}
VOWELS = set("euiaEI@o")
LARYNGEALS = set("hHX'`")


def parse_phon(s: str) -> tuple:
    """'gebre+medhIn' -> ((('g', False, 'e'), ('b', False, ''), ...), (...))."""
    parts = []
    for chunk in s.split("+"):
        toks: list[tuple[str, bool, str]] = []
        i = 0
        while i < len(chunk):
            ch = chunk[i]
            if ch in VOWELS:
                toks.append(("'", False, ch))
                i += 1
                continue
            if ch not in GEEZ_ROW:
                raise ValueError(f"bad phonemic letter {ch!r} in {s!r}")
            gem = False
            v = ""
            i += 1
            if i < len(chunk) and chunk[i] == ":":
                gem = True
                i += 1
            if i < len(chunk) and chunk[i] in VOWELS:
                v = chunk[i]
                i += 1
            toks.append((ch, gem, v))
        parts.append(tuple(toks))
    return tuple(parts)


# --- Ethiopic -------------------------------------------------------------------------------


def geez_part(toks: tuple, G: dict, rnd) -> str:
    out = []
    amh = G["amh"]
    for c, _gem, v in toks:
        if c == "Q" and (amh or rnd() < 0.03):
            c = "q"
        elif c == "K" and (amh or rnd() < G["K2k"]):
            c = "k"
        elif c == "H" and rnd() < G["H2h"]:
            c = "h" if rnd() < 0.75 else "X"
        elif c == "`" and rnd() < G["ain"]:
            c = "'"
        elif c == "'" and rnd() < 0.03:
            c = "`"
        elif c == "S" and rnd() >= G["S"]:
            c = "s"
        elif c in "ZD" and rnd() < G["ZD"]:
            c = "D" if c == "Z" else "Z"
        order = VORDER[v]
        if c in LARYNGEALS and (order == 0 or order == 3):
            if amh:  # Amharic writes አ/ሀ where Tigrinya writes ኣ/ሃ for the same sound
                if rnd() < (G["lar"] if order == 0 else 0.75):
                    order = 3 - order
            elif rnd() < G["lar"]:
                order = 3 - order
        out.append(chr(GEEZ_ROW[c] + order))
    return "".join(out)


# --- Latin ----------------------------------------------------------------------------------

LAT_CONS = {
    "b": "b",
    "c": "ch",
    "d": "d",
    "f": "f",
    "g": "g",
    "h": "h",
    "H": "h",
    "X": "h",
    "j": "j",
    "k": "k",
    "l": "l",
    "m": "m",
    "n": "n",
    "N": "ny",
    "p": "p",
    "P": "p",
    "r": "r",
    "s": "s",
    "S": "s",
    "x": "sh",
    "t": "t",
    "T": "t",
    "C": "ch",
    "J": "zh",
    "v": "v",
    "w": "w",
    "z": "z",
    "D": "ts",
    "Z": "ts",
}
AP_CONS = {"T": "t'", "C": "ch'", "P": "p'", "Z": "ts'", "D": "ts'", "q": "q", "Q": "q'"}


def latin_part(toks: tuple, P: dict, rnd) -> str:
    out = []
    ap = P["ap"]
    wo = rnd() < P["wo"]
    n = len(toks)
    for i, (c, gem, v) in enumerate(toks):
        last = i == n - 1
        if c == "'" or c == "`":
            if i == 0:
                cs = ""
            elif ap and rnd() < 0.7:
                cs = "'"
            elif v == "E" and toks[i - 1][2] == "":
                cs = "i"
            else:
                cs = ""
        elif c == "y" and v == "" and i > 0 and toks[i - 1][2] not in ("", "I"):
            if last:
                cs = "i" if rnd() < P["yfin"] else "y"
            else:
                cs = "i" if rnd() < P["ymed"] else "y"
        elif c in "hHX" and v == "" and not last and i > 0 and rnd() < P["hdrop"]:
            cs = ""
        elif ap and c in AP_CONS:
            cs = AP_CONS[c]
        elif c == "q":
            cs = "q" if rnd() < P["q"] else "k"
        elif c == "Q":
            x = rnd()
            cs = "k" if x < 0.55 else ("kh" if x < 0.85 else "q")
        elif c == "K":
            cs = "k" if rnd() < 0.8 else "kh"
        else:
            cs = LAT_CONS.get(c, c)
            if gem and len(cs) == 1 and rnd() < P["gem"]:
                cs = cs + cs
        if v == "e":
            vs = "o" if (c == "w" and wo and (i == 0 or rnd() < 0.3)) else "e"
        elif v == "I":
            x = rnd()
            vs = "i" if x < P["Ii"] else ("e" if x < P["Ii"] + P["Ie"] else "")
            if vs == "" and (i == 0 or last):
                vs = "i"
        elif v == "@":
            vs = "e" if rnd() < 0.75 else "i"
        elif v == "E":
            vs = "e"
        else:
            vs = v
        out.append(cs + vs)
    return "".join(out)


_RE_GH = re.compile(r"g(?=[ei])")
_RE_KC = re.compile(r"k(?=[bcdfgjklmnpqrstvwxz]|$)")
_RE_UO = re.compile(r"^w[oe]")


def restyle_latin(s: str, P: dict, style: str, rnd) -> str:
    """Eritrean/Italian-era and Sudanese-ear habits on top of a base spelling."""
    if style == "it":
        if rnd() < P["gh"]:
            s = _RE_GH.sub("gh", s)
        if rnd() < P["kc"]:
            s = _RE_KC.sub("c", s)
        if rnd() < P["uo"]:
            s = _RE_UO.sub("uo", s)
        if s.endswith("ay") and rnd() < P["yfin"]:
            s = s[:-1] + "i"
        if "ts" in s and rnd() < P["z"]:
            s = s.replace("ts", "z")
    elif style == "sd":
        if "ts" in s and rnd() < P["tss"]:
            s = s.replace("ts", "s")
        if "ch" in s and rnd() < P["chsh"]:
            s = s.replace("ch", "sh")
        out = []
        for k, ch in enumerate(s):
            if ch == "e" and k > 0:
                x = rnd()
                ch = "a" if x < P["ea"] else ("i" if x < P["ea"] + P["ei"] else "e")
            elif ch == "o" and rnd() < P["ou"]:
                ch = "u"
            elif ch == "p" and rnd() < P["pb"]:
                ch = "b"
            elif ch == "v":
                ch = "f"
            out.append(ch)
        s = "".join(out)
    return s


def title(s: str) -> str:
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -/."
    return "".join(out)


# --- Arabic ---------------------------------------------------------------------------------

AR_CONS = {
    "b": ("ب",),
    "c": ("تش", "ش"),
    "d": ("د",),
    "f": ("ف",),
    "g": ("ق", "ج"),
    "h": ("ه",),
    "H": ("ح", "ه"),
    "X": ("خ", "ه"),
    "j": ("ج",),
    "k": ("ك",),
    "K": ("خ", "ك"),
    "l": ("ل",),
    "m": ("م",),
    "n": ("ن",),
    "N": ("ني",),
    "p": ("ب",),
    "P": ("ب",),
    "q": ("ق", "ك"),
    "Q": ("خ", "ك", "ق"),
    "r": ("ر",),
    "s": ("س",),
    "S": ("س",),
    "x": ("ش",),
    "t": ("ت",),
    "T": ("ط", "ت"),
    "C": ("تش", "ش"),
    "J": ("ج",),
    "v": ("ف",),
    "w": ("و",),
    "y": ("ي",),
    "z": ("ز",),
    "Z": ("تس", "ص", "س"),
    "D": ("تس", "ص", "س"),
}


def arabic_part(toks: tuple, A: dict, rnd, female: bool, final: bool = True) -> str:
    out = []
    n = len(toks)
    for i, (c, _gem, v) in enumerate(toks):
        last = i == n - 1
        if c == "'" or c == "`":
            if c == "`" and rnd() < A["ain"]:
                cs = "ع"
            elif i == 0:
                if rnd() < A["hamza"]:
                    cs = "إ" if v in ("i", "I", "E") else "أ"
                else:
                    cs = "ا"
            else:
                cs = "ئ" if v in ("E", "i") else ""
            if i == 0:
                vs = "و" if v in ("u", "o") else ("ي" if v in ("i", "E") else "")
                out.append(cs + vs)
                continue
        else:
            opts = AR_CONS[c]
            cs = opts[0] if len(opts) == 1 else opts[A["pick"][c]]
        if v == "a":
            if last:
                x = rnd()
                vs = "ة" if (female and x < A["ta"]) else ("ى" if x > 0.88 else "ا")
            else:
                vs = "" if rnd() < A["aomit"] else "ا"
        elif v in ("i", "E"):
            vs = "ي"
        elif v in ("u", "o"):
            vs = "و"
        elif v == "e" and last:
            vs = A["fin_e"] if final else ("ي" if rnd() < 0.3 else "")
        else:
            vs = ""
        out.append(cs + vs)
    return "".join(out)


# --- Typing mistakes ------------------------------------------------------------------------

_QW = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
LAT_NEIGH: dict[str, str] = {}
for _r, _row in enumerate(_QW):
    for _c, _ch in enumerate(_row):
        _nb = [_row[j] for j in (_c - 1, _c + 1) if 0 <= j < len(_row)]
        if _r > 0:
            _nb += [_QW[_r - 1][j] for j in (_c, _c + 1) if j < len(_QW[_r - 1])]
        if _r < 2:
            _nb += [_QW[_r + 1][j] for j in (_c - 1, _c) if 0 <= j < len(_QW[_r + 1])]
        LAT_NEIGH[_ch] = "".join(_nb)
AR_CONFUSE = ["بتثنی", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة", "يى", "اأإآ"]
AR_NEIGH = {ch: grp.replace(ch, "") for grp in AR_CONFUSE for ch in grp}
GEEZ_BASE = {v: k for k, v in GEEZ_ROW.items()}


def typo(s: str, rng: random.Random) -> str:
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    i = idx[rng.randrange(len(idx))]
    ch = s[i]
    x = rng.random()
    cp = ord(ch)
    if 0x1200 <= cp < 0x1360:  # Ethiopic: wrong vowel order, wrong consonant row, drop, double
        base = cp - (cp - 0x1200) % 8
        if x < 0.55:
            order = (cp - base + rng.choice((1, 2, 3, 4, 5, 6))) % 7
            return s[:i] + chr(base + order) + s[i + 1 :]
        if x < 0.75 and base in GEEZ_BASE:
            lat = GEEZ_BASE[base].lower()
            nb = [c for c in LAT_NEIGH.get(lat, "") if c in GEEZ_ROW]
            if nb:
                return s[:i] + chr(GEEZ_ROW[rng.choice(nb)] + (cp - base) % 8) + s[i + 1 :]
        if x < 0.9:
            return s[:i] + s[i + 1 :]
        return s[:i] + ch + s[i:]
    if 0x0600 <= cp < 0x0700:
        if x < 0.5 and ch in AR_NEIGH:
            return s[:i] + rng.choice(AR_NEIGH[ch]) + s[i + 1 :]
        if x < 0.75:
            return s[:i] + s[i + 1 :]
        if x < 0.88:
            return s[:i] + ch + s[i:]
    lo = ch.lower()
    if x < 0.35 and lo in LAT_NEIGH:
        nb = rng.choice(LAT_NEIGH[lo])
        return s[:i] + (nb.upper() if ch.isupper() else nb) + s[i + 1 :]
    if x < 0.6:
        return s[:i] + s[i + 1 :]
    if x < 0.8:
        return s[:i] + ch + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + ch + s[i + 2 :]
    return s[:i] + s[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
# key  tigrinya-phonemic  [amharic-phonemic]   (the Amharic form feeds Amharic-orthography
# Ethiopic desks and, now and then, Latin: Tesfaye for Tesfay, Tsegaye for Tsegay)

NAMEDEFS = """
Tesfay tesfay tesfayE
Haile hayle XaylE
Berhe berhe
Gebru gebru
Hailu haylu Xaylu
Kahsay kaHsay
Tsegay Zegay ZegayE
Hagos Hagos
Gidey gIdey
Girmay gIrmay gIrma
Mebrahtu mebrahtu
Mehari meHari
Berhane b@rhane
Berihu bIrIhu
Negash negax
Niguse nIgus@
Redae reda'I
Abraha 'abrIha
Araya 'araya
Asefa 'asefa
Alemayehu 'alemayehu
Amanuel 'amanu'El
Mulugeta mulugeta
Haftom haftom
Hadush Hadux
Aregawi 'aregawi
Abadi 'abadi
Atsbha 'aZbIHa
Fitsum fIZum
Goitom goytom
Measho me`axo
Weldu weldu
Kiros kiros
Kibrom kIbrom
Kidane kidane
Tekle teKle tekle
Teklay teKlay
Teklit teKlit
Yemane yemane
Desta desta
Tewelde tewelde
Zerihun zerihun
Tadesse tades:@
Tedros tEdros
Tekeste tekeste
Zeray zeray
Haileab hayle'ab
Tesfalem tesfa'alem
Kalayu kalayu
Welday welday
Kinfe kInfe
Nega nega
Hailay haylay
Meles meles
Sibhat sIbHat
Seyoum sIyum
Shishay xIxay
Embaye 'Imbaye
Asgede 'asgede
Awet `awet
Ataklti 'ataKlIti
Yohannes yohan:Is
Dawit dawit
Daniel dan'El
Samuel samu'El
Solomon selomon
Filmon fIlmon
Biniam bInyam
Henok hEnok
Natnael natna'El
Efrem 'Efrem
Yonas yonas
Abraham 'abrIham
Yisak yIsaq
Michael mika'El
Mussie musE
Mekonnen mekon:@n
Hadgu HadIgu
Birhanu bIrhanu
Habtom habtom
Habtu habtu
Tsehaye ZeHaye
Yirga yIrga
Hiluf HIluf
Abay 'abay
Petros petros
Paulos pawlos
Gebremedhin gebre+medhIn
Gebremichael gebre+mika'El
Gebremariam gebre+maryam
Gebreyesus gebre+yesus
Gebrehiwet gebre+HIywet
Gebreegziabher gebre+'Igzi'abIHEr
Gebrekidan gebre+kidan
Gebreselassie gebre+SIlasE
Gebregiorgis gebre+giyorgis
Gebrekirstos gebre+kIrIstos
Gebretsadik gebre+ZadQ gebre+Zadq
Gebremeskel gebre+mesqel
Gebretensae gebre+tInsa'E
Gebrezgi gebre+'ezgi
Woldemichael welde+mika'El
Woldemariam welde+maryam
Woldegiorgis welde+giyorgis
Woldegebriel welde+gebrI'El
Woldeselassie welde+SIlasE
Woldeyesus welde+yesus
Hailemariam hayle+maryam Xayle+maryam
Haileselassie hayle+SIlasE Xayle+SIlasE
Hailemichael hayle+mika'El Xayle+mika'El
Tesfamariam tesfa+maryam
Tesfamichael tesfa+mika'El
Tesfagiorgis tesfa+giyorgis
Kidanemariam kidane+maryam
Habtemariam habte+maryam
Habtemichael habte+mika'El
Habtegiorgis habte+giyorgis
Teklehaimanot teKle+hayImanot tekle+hayImanot
Teklemariam teKle+maryam tekle+maryam
Teklegiorgis teKle+giyorgis tekle+giyorgis
Kebede kebede
Abebe 'abebe
Getachew getacew
Tilahun tIlahun
Mesfin mesfIn
Belay belay
Ayele 'ayele
Worku werqu
Wondimu wendImu
Demeke demeqe
Fasil fasil
Asmamaw 'asmamaw
Endalkachew 'Indalkacew
Asnake 'asnaqe
Molla mol:a
Chalachew calacew
Sisay sIsay
Tigabu tIgabu
Mengistu mengIstu
Ayalew 'ayalew
Getnet getnet
Zelalem zelalem
Gashaw gaxaw
Abate 'abate
Tefera tefera
Bekele beqele
Mohammed meHamed
Idris 'Idris
Nur nur
Osman `usman
Ibrahim 'Ibrahim
Saleh saleH
Hamid Hamid
Adem 'adem
Omer `umer
Ali `ali
Abdella `abdela
Mahmud maHmud
Suleman suleyman
Ahmed 'aHmed
Hassen Hasen
Hussen Husen
Musa musa
Abdulkadir `abdulqadir
Seid se`id
Jemal jemal
Yusuf yusuf
Abubeker 'abubeker
Mohammednur meHamed+nur
Fisehaye fIsIHaye
Tsigabu ZIgabu
Amare 'amare
Kinfu kInfu
Arefaine 'arefayne
Tesfahun tesfahun
Kidu kidu
Abel 'abEl
Robel robEl
Ermias 'ermIyas
Eyob 'iyob
Nahom naHom
Kaleb kaleb
Ezana 'ezana
Teame te'ame
Merhawi merHawi
Tedla tedla
Aklilu 'aklilu
Bisrat bIsrat
Eyerusalem 'iyerusalem
Fana fana
Mizan mizan
Nardos nardos
Shewit xewit
Snit sInit
Tsehaytu ZeHaytu
Wintana wIntana
Yirgalem yIrgalem
Zebib zebib
Adhanet 'adHanet
Embet 'Imbet
Kibret kIbret
Tiberh tIberH
Letensae lete+tInsa'E
Adhanom 'adHanom
Afewerki 'afewerqi
Alem 'alem
Asmelash 'asmelax
Bahta baHta
Bereket bereket
Debesay debesay
Eyasu 'iyasu
Fesseha feseHa
Fikadu fIqadu
Gebray gebray
Hadera Hadera
Haddis Hadis
Halefom Halefom
Hidru HIdru
Isaias 'isayas
Kesete kesete
Mengesha mengexa
Mezgebe mezgebe
Mihreteab mIHrete'ab
Mogos mogos
Negassi negasi
Okbay `uQbay `uqbay
Rezene rezene
Russom rus:om
Semere semere
Tesfu tesfu
Yared yared
Yikealo yIk'alo
Zekarias zekaryas
Zeresenay zeresenay
Mebrahtom mebrahtom
Kahsu kaHsu
Hailom haylom
Medhanie medhanE
Mesele mesele
Welay welay
Gebreamlak gebre+'amlaK gebre+'amlak
Gebrekiros gebre+kiros
Gebretsion gebre+ZIyon
Gebreab gebre'ab
Gebretatios gebre+tatIyos
Woldeamanuel welde+'amanu'El
Woldetensae welde+tInsa'E
Woldekidan welde+kidan
Welderufael welde+rufa'El
Woldearegay welde+'aregay
Hailegiorgis hayle+giyorgis Xayle+giyorgis
Haileyesus hayle+yesus Xayle+yesus
Tesfayohannes tesfa+yohan:Is
Tesfaselassie tesfa+SIlasE
Tesfatsion tesfa+ZIyon
Tesfaldet tesfalIdet
Tesfazghi tesfazIgi
Habteselassie habte+SIlasE
Habtetsion habte+ZIyon
Tekleab teKle'ab tekle'ab
Teklemichael teKle+mika'El tekle+mika'El
Teklebirhan teKle+bIrhan tekle+bIrhan
Fikremariam fIqre+maryam
Fikreselassie fIqre+SIlasE
Abdu `abdu
Abdurahman `abdurahman
Ismail 'Isma`il
Yasin yasin
Kemal kemal
Mustefa musTefa
Nasir nasIr
Hamza Hamza
Bilal bilal
Aman 'aman
Alganesh 'alganex
Aberash 'aberax
Amleset 'amleset
Meaza me`aza
Meley meley
Nazret nazret
Rigbe rIgbe
Rishan rIxan
Ruta ruta
Samrawit samrawit
Segen segen
Selamawit selamawit
Tsadkan ZadIqan
Wegahta wegaHta
Zemzem zemzem
Zufan zufan
Saron saron
Rahwa raHwa
Delina delina
Danait dana'It
Yohana yohana
Sara sara
Fiyori fiyori
Merhawit merHawit
Letemichael lete+mika'El
Letegiorgis lete+giyorgis
Leteselassie lete+SIlasE
Weletemichael welete+mika'El
Weletegiorgis welete+giyorgis
Nejat nejat
Hayat Hayat
Sumeya sumeya
Rahma raHma
Munira munira
Safia safiya
Letay letay
Mebrat m@brat
Tsega Zega
Hiwet HIywet
Selam selam
Tirhas tIrHas
Abrehet 'abrehEt
Azeb 'azEb
Senait sena'It
Saba saba
Rahel raHEl
Mulu mulu
Genet genet
Almaz 'almaz
Tsehay ZeHay ZeHayE
Nigisti nIgIsti
Kidan kidan
Medhin medhIn
Haregu Haregu
Zewdi zewdi
Mihret mIHret
Akberet 'aKberet 'akberet
Freweyni fIreweyni
Yordanos yordanos
Winta winta
Luwam luwam
Eden 'Eden
Feven fEven
Meron mEron
Helen hElen
Elsa 'Elsa
Hanna Hana
Lidya lIdya
Yodit yodIt
Kisanet kisanet
Nebiat nebiyat
Semhar semHar
Simret sImret
Adiam 'adyam
Asmeret 'asmeret
Tsigereda ZIgereda
Abeba 'abeba
Birhan bIrhan
Roza roza
Weyni weyni
Mebrhit mebrIhit
Lemlem lemlem
Tsige ZIgE
Aregash 'aregax
Mariam maryam
Ruth rut
Kokob koKob kokob
Hadas Hadas
Brikti bIrIkti
Kidist qIdIst
Weleteselassie welete+SIlasE
Weletegebriel welete+gebrI'El
Weletemariam welete+maryam
Letekidan lete+kidan
Letemariam lete+maryam
Letebrhan lete+bIrhan
Tigist tIgIst
Meseret meseret
Aster 'aster
Birtukan bIrtukan
Yeshi yexi
Etenesh 'Itenex
Wubit wubit
Mekdes meqdes
Hirut hirut
Tiruwork tIruwerq
Workinesh werqInex
Alemitu 'alemitu
Zewditu zewditu
Belaynesh belaynex
Ayelech 'ayelec
Tsion Ziyon
Fatuma faTuma
Amina 'amina
Zahra zehra
Halima Halima
Asha `ayxa
Kedija kedija
Zeyneb zeyneb
Saada se`ada
Hawa Hawa
Nuria nuriya
Rukia ruqiya
Selma selma
Momina mumina
"""

# Fixed spellings where the conventional form is not what the sounds give: Latin (first is
# the commonest), Sudanese Latin, Arabic.   phonemic | latin | sudanese latin | arabic
PART_OVR = """
maryam|mariam,maryam,mariyam||مريم
mika'El|michael,mikael,mikiel,micheal|mikail,mikael|ميكائيل,ميكائل
SIlasE|selassie,silassie,selasie,sellasie,slassie|silasi,salasi|سلاسي,سيلاسي
'Igzi'abIHEr|egziabher,egziabiher,egzabher,ezgiabher|igziabher|اقزيابهير,اجزابهير
giyorgis|giorgis,georgis,giyorgis,ghiorgis|jorjis,giorgis|قيورقيس,جورجيس
HIywet|hiwet,hiwot,hywet|hiwet,hiwot|هيوت
kIrIstos|kirstos,kiristos,kristos|kiristos|كرستوس
ZadQ|tsadik,tsadiq,tsadkan|sadik|تسادق,صادق
Zadq|tsadik,tsadiq|sadik|تسادق,صادق
tInsa'E|tensae,tinsae,tensay|tinsai|تنساي
hayImanot|haimanot,haymanot,hayimanot|haimanot|هيمانوت,هايمانوت
yohan:Is|yohannes,yohanes,yohanis|yuhannis,yohanis|يوهانس,يوحنا
selomon|solomon,selomon|sulaiman,solomon|سليمان,سلمون
bInyam|biniam,binyam,biniyam|binyam|بنيام
'abrIha|abraha,abrha,abreha|abraha|أبرها,ابرهة
'abrIham|abraham,abrham|ibrahim,abraham|ابراهام,إبراهيم
bIrIhu|berihu,birhu,brhu|birhu|برهو
nIgus@|niguse,nigusse,negusse,nigus|nigusi|نقوسي
reda'I|redae,reda,redai|radai|رداي
'aZbIHa|atsbha,atsbaha,asbaha|asbaha|اتسبها
sIyum|seyoum,seyum,siyum|siyum|سيوم
'Imbaye|embaye,imbaye,embaie|imbai|امباي
'ataKlIti|ataklti,atakilti,atakelti|ataklti|اتاكلتي
musE|mussie,musie,muse|musa|موسى,موسي
yIsaq|yisak,isak,yishak|ishaq|اسحاق,يساك
tesfa'alem|tesfalem,tesfaalem|tisfalem|تسفالم
sena'It|senait,senayt,seniat|sanait|سنايت
nIgIsti|nigisti,negisti,nigsti|nigisti|نقستي
fIreweyni|freweyni,frewoyni,fireweini|firwini|فروايني
lIdya|lidya,lidia|lidia|ليديا
nebiyat|nebiat,nebiyat|nabiat|نبيات
'adyam|adiam,adiyam|adiam|أديام,اديام
ZIgereda|tsigereda,tsegereda|sigereda|تسقريدا
mebrIhit|mebrhit,mebrahit,mebrihit|mabrahit|مبرهيت
bIrIkti|brikti,birikti|brikti|بركتي
qIdIst|kidist,kidest|kidist|كديست
'Itenex|etenesh,etenesh|itenish|اتنش
tIruwerq|tiruwork,tiruwerk|tiruwork|تروورق
werqInex|workinesh,werkinesh|workinish|وورقنش
tIgIst|tigist,tigest|tigist|تقست
Ziyon|tsion,tsiyon,zion|siyon|تسيون,صهيون
Hana|hanna,hana|hanna|حنا,هنا
'Indalkacew|endalkachew,indalkachew|indalkashew|اندلكاشو
mol:a|molla,mola|mulla|ملا
meHamed|mohammed,mohamed,mohammad,muhammed,mehammed|mohamed,mohammed,muhammad|محمد
'Idris|idris,edris,idiris|idris|إدريس,ادريس
nur|nur,nuru,nour|nour,nur|نور
`usman|osman,usman|osman,othman|عثمان
'Ibrahim|ibrahim,ibrahem|ibrahim|إبراهيم,ابراهيم
saleH|saleh,salih|salih,saleh|صالح
Hamid|hamid,hamed|hamid,hamed|حامد
'adem|adem,adam|adam|آدم,ادم
`umer|omer,omar,umer|omer,omar|عمر
`ali|ali|ali|علي,على
`abdela|abdella,abdela,abdulla,abdallah|abdalla,abdallah|عبدالله,عبد الله
maHmud|mahmud,mahmoud|mahmoud|محمود
suleyman|suleman,suleiman,sulieman|suliman,sulaiman|سليمان
'aHmed|ahmed,ahmad|ahmed|أحمد,احمد
Hasen|hassen,hassan,hasen|hassan,hasan|حسن
Husen|hussen,hussein,husien|hussein,husain|حسين
musa|musa,mussa|musa,mousa|موسى
`abdulqadir|abdulkadir,abdulkader,abdelkadir|abdelgadir,abdelgader|عبدالقادر,عبد القادر
se`id|seid,said,seyid|saeed,said|سعيد
jemal|jemal,jamal|jamal|جمال
yusuf|yusuf,yesuf,yousef|yousif,yousef|يوسف
'abubeker|abubeker,abubakar|abubakr,abubaker|أبوبكر,ابوبكر
faTuma|fatuma,fatima,fatma|fatima,fatma|فاطمة
'amina|amina,aminat|amna,amina|آمنة,امنة
zehra|zahra,zehara,zahara|zahra|زهرة
Halima|halima,halime|halima|حليمة
`ayxa|asha,aisha,aysha|aisha,aysha|عائشة,عيشة
kedija|kedija,khadija,hadija|khadija|خديجة
zeyneb|zeyneb,zeinab,zaineb|zainab,zeinab|زينب
se`ada|saada,seada,saeda|saada|سعادة
Hawa|hawa|hawa|حواء,حوا
nuriya|nuria,nuriya|nuria|نورية
ruqiya|rukia,rukiya|rugaya,ruqaya|رقية
selma|selma,salma|salma|سلمى
mumina|momina,mumina|mumina|مؤمنة
fIsIHaye|fisehaye,fsehaye,fissehaye|fisihai|فسهاي
'arefayne|arefaine,arefayne|arafaini|ارفايني
'ermIyas|ermias,ermiyas|irmias|ارمياس
'iyob|eyob,iyob|ayoub|أيوب,ايوب
'iyerusalem|eyerusalem,iyerusalem|iyerusalem|ايروسالم,اورشليم
'Imbet|embet,imbet|imbet|امبت
tIberH|tiberh,tibereh,tebereh|tibrih|تبره
te'ame|teame,tewame|tiami|تعامي
tatIyos|tatios,tatiyos|tatios|تاتيوس
rufa'El|rufael,rufail|rufail|روفائيل
tesfazIgi|tesfazghi,tesfazgi|tisfazgi|تسفازقي
tesfalIdet|tesfaldet,tesfalidet|tisfaldet|تسفالدت
`uQbay|okbay,ukbay,okubay|ukbai|عقباي,اقباي
`uqbay|okbay,ukbay|ukbai|عقباي
yIk'alo|yikealo,yikalo|yikalo|يكالو
'iyasu|eyasu,iyasu|iyasu|إياسو,اياسو
'isayas|isaias,isayas,isaiyas|isayas|اسياس,إسياس
ZadIqan|tsadkan,tsadikan|sadkan|تسادقان
medhanE|medhanie,medhane,medhanye|madhani|مدهاني
zekaryas|zekarias,zakarias,zecarias|zakaria|زكريا
`abdurahman|abdurahman,abdurehman,abdulrahman|abdelrahman,abdalrahman|عبدالرحمن,عبد الرحمن
'Isma`il|ismail,ismael|ismail|إسماعيل,اسماعيل
musTefa|mustefa,mustafa|mustafa|مصطفى
nasIr|nasir,nasser|nasir|ناصر
Hamza|hamza|hamza|حمزة
bilal|bilal|bilal|بلال
Hayat|hayat|hayat|حياة
sumeya|sumeya,sumaya|sumaya|سمية
raHma|rahma|rahma|رحمة
munira|munira|munira|منيرة
safiya|safia,sofia,safiya|safia|صفية
"""

# Given-name weights per group, sex and era of birth (before 1966 / 1966-1990 / after 1990).
NAMES_TIG_M = """
Tesfay:30/30/12 Haile:25/18/6 Berhe:25/20/8 Gebru:18/16/6 Hailu:12/12/5 Kahsay:15/15/8
Tsegay:15/18/10 Hagos:15/12/5 Gidey:12/14/6 Girmay:10/12/6 Mebrahtu:6/10/6 Mehari:4/6/4
Berhane:8/8/4 Berihu:4/8/6 Negash:6/6/2 Niguse:5/6/4 Redae:4/6/4 Abraha:10/8/3 Araya:8/8/4
Asefa:5/6/3 Alemayehu:2/4/2 Amanuel:1/6/10 Mulugeta:4/8/4 Haftom:1/6/8 Hadush:3/8/6
Aregawi:5/7/4 Abadi:2/5/3 Atsbha:3/6/4 Fitsum:0/5/8 Goitom:1/6/8 Measho:2/4/2 Weldu:5/6/3
Kiros:3/6/5 Kibrom:0/4/8 Kidane:8/6/3 Tekle:8/5/2 Teklay:3/5/4 Teklit:0/3/4 Yemane:4/8/5
Desta:4/4/2 Tewelde:3/5/3 Zerihun:1/4/3 Tadesse:2/4/2 Tedros:1/4/5 Tekeste:2/4/3 Zeray:3/4/3
Haileab:0/3/4 Tesfalem:0/3/5 Kalayu:2/5/3 Welday:4/5/2 Kinfe:3/4/2 Nega:2/3/1 Hailay:2/5/4
Meles:2/3/2 Sibhat:2/2/1 Seyoum:2/3/2 Shishay:1/3/2 Embaye:2/3/2 Asgede:2/3/2 Awet:0/2/5
Ataklti:0/2/3 Yohannes:3/5/5 Dawit:1/5/6 Daniel:0/3/5 Samuel:0/3/5 Solomon:1/4/4 Filmon:0/2/6
Biniam:0/2/6 Henok:0/2/5 Natnael:0/1/5 Efrem:0/2/4 Yonas:0/3/7 Abraham:1/3/4 Yisak:1/2/2
Michael:1/3/3 Mussie:0/2/4 Mekonnen:2/3/1 Hadgu:2/3/1 Birhanu:2/5/2 Habtom:1/4/5 Habtu:2/3/1
Yirga:2/3/1 Hiluf:1/2/1 Abay:2/3/1 Gebremedhin:14/10/2 Gebremichael:12/8/2 Gebremariam:8/5/1
Gebreyesus:6/5/1 Gebrehiwet:5/5/1 Gebreegziabher:10/7/1 Gebrekidan:4/4/1 Gebreselassie:6/4/1
Gebregiorgis:3/2/0.5 Gebrekirstos:3/2/0.5 Gebretsadik:3/2/0.5 Gebremeskel:5/4/1
Gebretensae:2/2/0.5 Gebrezgi:2/3/1 Woldemichael:5/3/0.5 Woldemariam:4/2/0.5
Woldegiorgis:3/2/0.5 Woldegebriel:3/2/0.5 Woldeselassie:2/1/0.3 Woldeyesus:2/1/0.3
Hailemariam:5/3/0.5 Haileselassie:5/3/0.5 Hailemichael:3/2/0.5 Tesfamariam:3/4/1
Tesfamichael:2/3/1 Tesfagiorgis:1/2/0.5 Kidanemariam:3/2/0.5 Habtemariam:3/2/0.5
Habtemichael:2/1/0.3 Habtegiorgis:1/1/0.3 Teklehaimanot:3/2/0.5 Teklemariam:2/2/0.5
Teklegiorgis:1/1/0.3 Adhanom:1/2/1 Afewerki:1/2/1 Alem:1/2/1 Asmelash:1/2/1 Bahta:2/1/0.5
Bereket:0/1/3 Debesay:1/1/0.5 Eyasu:0.5/1/1 Fesseha:1/2/1 Fikadu:0.5/1/1 Gebray:1/1/0.5
Hadera:1/1/0.3 Haddis:1/1/1 Halefom:1/1/1 Hidru:1/1/0.5 Isaias:0.5/2/1 Kesete:1/1/0.5
Mengesha:2/1/0.3 Mezgebe:1/1/0.3 Mihreteab:0.5/1/2 Mogos:1/1/0.3 Negassi:1/1/0.5 Okbay:0.5/1/2
Rezene:0.5/1/1 Russom:1/1/1 Semere:0.5/2/2 Tesfu:1/1/0.5 Yared:0/1/2 Yikealo:0.5/1/1
Zekarias:1/1/1 Zeresenay:0.3/1/1 Mebrahtom:1/1/1 Kahsu:1/1/0.5 Hailom:0.5/1/1 Medhanie:1/1/1
Mesele:1/1/0.5 Welay:1/1/0.5 Fisehaye:1/2/1 Tsigabu:1/1/0.5 Amare:1/1/0.5
Kinfu:1/1/0.5 Arefaine:0.5/1/1 Tesfahun:1/1/0.5 Kidu:1/1/0.5 Abel:0/1/3 Robel:0/1/3
Ermias:0/1/3 Eyob:0.5/1/3 Nahom:0/0.5/3 Kaleb:0/0.5/2 Ezana:0/0.5/2 Teame:1/1/1 Merhawi:0/1/2
Tedla:1/1/0.5 Aklilu:1/1/0.5 Gebreamlak:1/1/0.3 Gebrekiros:1/1/0.3 Gebretsion:1/1/0.5
Gebreab:1/1/0.5 Gebretatios:1/0.5/0.1 Woldeamanuel:1/1/0.3 Woldetensae:1/0.5/0.1
Woldekidan:1/1/0.3 Welderufael:1/0.5/0.1 Woldearegay:1/1/0.3 Hailegiorgis:1/1/0.3
Haileyesus:1/0.5/0.1 Tesfayohannes:0.5/1/0.5 Tesfaselassie:1/1/0.3 Tesfatsion:0.5/1/0.5
Tesfaldet:0.5/1/1 Tesfazghi:0.5/1/1 Habteselassie:1/1/0.3 Habtetsion:0.5/1/0.5
Tekleab:0.5/1/1 Teklemichael:1/1/0.3 Teklebirhan:1/1/0.3 Fikremariam:0.5/1/0.5
Fikreselassie:0.5/1/0.5
"""
NAMES_TIG_F = """
Letay:6/8/3 Mebrat:6/6/2 Tsega:6/6/3 Hiwet:5/7/4 Selam:1/6/8 Tirhas:3/7/5 Abrehet:4/6/3
Azeb:4/5/3 Senait:1/5/6 Saba:3/4/4 Rahel:0/4/6 Mulu:5/6/2 Genet:3/5/3 Almaz:5/5/1
Tsehay:4/4/1 Nigisti:3/5/2 Kidan:2/3/2 Medhin:3/3/1 Haregu:3/2/0.5 Zewdi:3/4/2 Mihret:1/4/5
Akberet:2/4/2 Freweyni:1/4/4 Yordanos:0/2/5 Winta:0/2/5 Luwam:0/2/5 Eden:0/1/5 Feven:0/1/5
Meron:0/2/4 Helen:0/3/4 Elsa:0/3/4 Hanna:1/3/4 Lidya:0/2/4 Yodit:1/3/3 Kisanet:0/2/4
Nebiat:0/2/3 Semhar:0/2/4 Simret:0/2/4 Adiam:0/1/4 Asmeret:1/3/2 Tsigereda:2/2/1 Abeba:2/3/1
Birhan:2/2/1 Roza:0/1/2 Weyni:1/2/2 Mebrhit:2/3/1 Lemlem:3/3/1 Tsige:2/3/2 Aregash:3/2/0.5
Mariam:2/2/2 Ruth:0/1/3 Kokob:1/2/1 Hadas:0/2/3 Brikti:1/3/3 Kidist:0/2/3 Desta:1/1/0.5
Weleteselassie:3/1/0.1 Weletegebriel:2/0.5/0.05 Weletemariam:2/1/0.1 Letekidan:2/4/2
Letemariam:1/2/1 Letebrhan:1/2/1 Alganesh:2/1/0.3 Aberash:2/1/0.3 Amleset:1/2/1
Meaza:1/2/2 Meley:0.5/1/2 Nazret:0.5/1/2 Rigbe:1/1/1 Rishan:0/1/2 Ruta:0/1/2 Samrawit:0/1/2
Segen:0/1/2 Selamawit:0/1/2 Tsadkan:1/2/1 Wegahta:1/1/1 Zemzem:1/1/0.5 Zufan:1/1/1
Saron:0/1/2 Rahwa:0/1/2 Delina:0/1/2 Danait:0/1/2 Yohana:0/1/2 Sara:0/1/2 Fiyori:0/0.5/2
Merhawit:0/1/2 Letemichael:1/1/0.5 Letegiorgis:1/1/0.5 Leteselassie:1/1/0.5
Weletemichael:1/0.5/0.1 Weletegiorgis:1/0.5/0.1 Bisrat:0/1/2 Eyerusalem:0/1/2 Fana:0/1/2
Mizan:0/1/2 Nardos:0/1/2 Shewit:0/1/2 Snit:0/1/2 Tsehaytu:2/2/0.5 Wintana:0/1/2 Yirgalem:1/2/1
Zebib:1/2/1 Adhanet:1/2/2 Embet:1/1/0.3 Kibret:1/2/1 Tiberh:1/1/0.5 Letensae:1/1/0.5
"""
NAMES_AMH_M = """
Alemayehu:5/6/3 Abebe:6/5/2 Kebede:6/5/2 Getachew:4/6/3 Tilahun:3/5/3 Mesfin:2/5/4 Belay:4/4/2
Ayele:4/3/1 Worku:4/4/2 Wondimu:3/4/2 Demeke:2/4/3 Fasil:1/3/4 Asmamaw:2/4/3 Endalkachew:0/3/4
Tesfay:5/5/3 Solomon:2/4/4 Yohannes:3/5/5 Dawit:1/5/6 Mulugeta:4/6/3 Birhanu:4/5/3
Tadesse:4/4/2 Mekonnen:4/3/1 Yirga:3/3/1 Asnake:2/3/2 Molla:3/3/1 Chalachew:1/3/3 Sisay:2/4/3
Tigabu:2/3/2 Mengistu:3/3/1 Ayalew:3/3/1 Getnet:1/3/4 Zelalem:1/3/4 Gashaw:2/3/2 Abate:3/3/1
Tefera:3/3/1 Bekele:4/3/1 Hailemariam:3/2/1 Woldemariam:3/2/0.5 Gebremeskel:2/2/0.5
Tsegay:2/3/2 Haile:3/3/1 Amanuel:0/3/5 Henok:0/2/4 Natnael:0/1/4 Daniel:0/3/4
"""
NAMES_AMH_F = """
Almaz:5/4/1 Tigist:1/5/5 Meseret:2/5/4 Mulu:4/4/2 Aster:5/4/1 Birtukan:2/4/3 Tsehay:4/3/1
Abeba:3/3/1 Genet:2/4/3 Yeshi:4/2/0.5 Etenesh:3/3/1 Wubit:2/3/2 Mekdes:0/3/5 Hirut:2/4/2
Tiruwork:3/2/0.5 Workinesh:3/2/0.5 Alemitu:3/3/1 Zewditu:3/2/1 Belaynesh:3/2/0.5
Ayelech:3/2/0.5 Kidist:0/2/4 Selam:0/4/5 Hanna:0/3/4 Tsion:0/2/4 Mariam:2/2/2 Rahel:0/3/4
"""
NAMES_MUS_M = """
Mohammed:30/30/25 Idris:12/10/6 Nur:6/5/3 Osman:8/8/5 Ibrahim:6/7/6 Saleh:7/6/4 Hamid:5/5/4
Adem:6/5/3 Omer:6/6/5 Ali:8/7/6 Abdella:6/6/4 Mahmud:4/4/3 Suleman:4/4/3 Ahmed:10/10/8
Hassen:5/5/4 Hussen:5/5/4 Musa:4/4/3 Abdulkadir:3/3/2 Seid:5/5/3 Jemal:2/4/4 Yusuf:3/4/5
Abubeker:3/3/3 Mohammednur:4/4/2 Abdu:3/3/2 Abdurahman:2/3/3 Ismail:2/2/2 Yasin:1/2/3
Kemal:1/2/3 Mustefa:2/2/2 Nasir:1/2/2 Hamza:1/1/2 Bilal:0.5/1/2 Aman:1/2/3
"""
NAMES_MUS_F = """
Fatuma:15/14/10 Amina:10/10/8 Zahra:6/6/5 Halima:7/6/4 Asha:8/7/5 Kedija:8/8/6 Mariam:6/6/6
Zeyneb:5/5/4 Saada:4/4/2 Hawa:5/4/2 Nuria:2/4/5 Rukia:2/4/4 Selma:1/3/5 Momina:4/3/2
Nejat:1/2/3 Hayat:1/2/3 Sumeya:0.5/2/3 Rahma:1/2/2 Munira:1/2/2 Safia:1/2/2
"""
# Eritrean Christians (Tigrinya, Kunama, Bilen): the Tigrinya set, more Italian-era and
# biblical names, fewer Tigrayan ones.
ERI_M_EXTRA = "Yohannes:3 Daniel:3 Michael:4 Petros:5 Paulos:4 Tesfamariam:3 Tekle:3 Mehari:3"
ERI_F_EXTRA = "Elsa:4 Winta:3 Luwam:3 Semhar:4 Adiam:3 Simret:3 Helen:2 Ruth:2 Mariam:3 Saron:2"
ERI_DOWN = {
    "Kahsay",
    "Gidey",
    "Hadush",
    "Haftom",
    "Aregawi",
    "Atsbha",
    "Kalayu",
    "Hailay",
    "Berihu",
    "Redae",
    "Measho",
    "Abadi",
    "Letay",
    "Hiwet",
    "Mebrat",
}
UNISEX = {"Desta", "Mulu", "Birhan", "Kidan", "Medhin", "Nur"}
SLASH_PREFIX = {
    "gebre": "G",
    "welde": "W",
    "hayle": "H",
    "Xayle": "H",
    "tesfa": "T",
    "kidane": "K",
    "habte": "H",
    "teKle": "T",
    "tekle": "T",
    "welete": "W",
    "fIqre": "F",
}


def _parse_ovr(text: str) -> dict[str, tuple]:
    out = {}
    for line in text.strip().splitlines():
        phon, lat, sd, ar = line.split("|")
        out[phon] = (
            tuple(lat.split(",")),
            tuple(sd.split(",")) if sd else tuple(lat.split(",")),
            tuple(ar.split(",")) if ar else (),
        )
    return out


OVR = _parse_ovr(PART_OVR)


class Name:
    __slots__ = ("nid", "key", "tig", "amh", "tig_raw", "amh_raw", "compound", "female")

    def __init__(self, nid: int, key: str, tig: str, amh: str | None):
        self.nid = nid
        self.key = key
        self.tig_raw = tuple(tig.split("+"))
        self.amh_raw = tuple(amh.split("+")) if amh else None
        self.tig = parse_phon(tig)
        self.amh = parse_phon(amh) if amh else None
        self.compound = len(self.tig_raw) > 1
        self.female = False


NAMES: list[Name] = []
NAME_ID: dict[str, int] = {}
for _line in NAMEDEFS.strip().splitlines():
    _f = _line.split()
    NAME_ID[_f[0]] = len(NAMES)
    NAMES.append(Name(len(NAMES), _f[0], _f[1], _f[2] if len(_f) > 2 else None))

# The long tail: the servant-of / gift-of / hope-of names are a productive pattern, and the
# rarer pairings (Habteyesus, Kidanegiorgis, Fikremichael ...) occur too.
TAIL_PREFIX = {
    "gebre": "Gebre",
    "welde": "Wolde",
    "hayle": "Haile",
    "tesfa": "Tesfa",
    "habte": "Habte",
    "teKle": "Tekle",
    "kidane": "Kidane",
    "fIqre": "Fikre",
}
TAIL_SUFFIX = {
    "medhIn": "medhin",
    "mika'El": "michael",
    "maryam": "mariam",
    "yesus": "yesus",
    "HIywet": "hiwet",
    "giyorgis": "giorgis",
    "SIlasE": "selassie",
    "kIrIstos": "kirstos",
    "ZIyon": "tsion",
    "gebrI'El": "gebriel",
    "'amanu'El": "amanuel",
    "mesqel": "meskel",
    "tInsa'E": "tensae",
}
TAIL_F_PREFIX = {"lete": "Lete", "welete": "Welete"}
TAIL_F_SUFFIX = {
    "maryam": "mariam",
    "mika'El": "michael",
    "giyorgis": "giorgis",
    "SIlasE": "selassie",
    "kidan": "kidan",
    "gebrI'El": "gebriel",
    "bIrhan": "brhan",
    "yesus": "yesus",
}
TAIL_M: list[str] = []
TAIL_F: list[str] = []
for _pre, _suf, _out in (
    (TAIL_PREFIX, TAIL_SUFFIX, TAIL_M),
    (TAIL_F_PREFIX, TAIL_F_SUFFIX, TAIL_F),
):
    for _pp, _pk in _pre.items():
        for _sp, _sk in _suf.items():
            _key = _pk + _sk
            if _key not in NAME_ID and _pk.lower() != _sk:
                NAME_ID[_key] = len(NAMES)
                NAMES.append(Name(len(NAMES), _key, f"{_pp}+{_sp}", None))
                _out.append(_key)


# ---------------------------------------------------------------------------------------------
# Places: key | latin spellings | phonemic | arabic | regions (coarser names a clerk may
# write: KH Kafta Humera, WT Western Tigray, NWT North Western Tigray, TG Tigray, ER Eritrea...)
# ---------------------------------------------------------------------------------------------

PLACEDEFS = """
Humera|Humera,Homera,Humra,Humera town|Humera|حميرة,الحميرة,حمرة|KH,WT,TG
Mai Kadra|Mai Kadra,Maykadra,Mai-Kadra,May Kadra,Maikadra|may+kadra|ماي كدرا,مايكادرا|KH,WT,TG
Adi Goshu|Adi Goshu,Adigoshu,Addi Goshu,Adi Gosho|`adi+goxu|عدي قوشو,ادي قوشو|KH,WT,TG
Dansha|Dansha,Dansa,Dancha|danxa|دانشا,دنشا|WT,TG
Rawyan|Rawyan,Rawian,Ruwayan|rawyan|راويان|KH,WT,TG
Baeker|Baeker,Bae'ker,Baker,Bakar|ba'@ker|بائكر,باكر|KH,WT,TG
Mai Tsebri|Mai Tsebri,Maitsebri,May Tsebri,Mai Tsemri|may+Zebri|ماي تسبري,مايسبري|NWT,TG
Adi Remets|Adi Remets,Adiremets,Adi Remetz|`adi+remeZ|عدي رمتس,ادي رمس|WT,TG
Wolkait|Wolkait,Welkait,Wolqayt,Welkayt|welqayt|ولقايت,ولكيت|WT,TG
Sheraro|Sheraro,Shiraro,Sheraaro|xIraro|شيرارو|NWT,TG
Shire|Shire,Shire Endaselassie,Inda Selassie,Endasilasie,Shiree|xIre|شيري,شري|NWT,TG
Axum|Axum,Aksum,Axsum|'aKsum|أكسوم,اكسوم|CT,TG
Adwa|Adwa,Adowa,Adua|`adwa|عدوا,ادوا|CT,TG
Mekelle|Mekelle,Mekele,Makalle,Mek'ele|meQele|مقلي,مكلي,ميكيلي|TG
Adigrat|Adigrat,Adi Grat,Adigirat|`adigrat|عدي قرات,اديقرات|ET,TG
Gondar|Gondar,Gonder|gonder|قوندر,غوندر|AM
Metema|Metema,Metemma,Metama|metema|المتمة,متمة|AM
Asmara|Asmara,Asmera|'asmera|أسمرا,اسمرا|MK,ER
Keren|Keren,Cheren|keren|كرن|AN,ER
Mendefera|Mendefera,Mendefra|mendefera|مندفرا|DB,ER
Dekemhare|Dekemhare,Dekemhere,Decamere|deqemHare|دقمحري,دقمحاري|DB,ER
Adi Keyh|Adi Keyh,Adi Keih,Adikeyh|`adi+qeyIH|عدي قيح,ادي كيه|DB,ER
Barentu|Barentu,Barento|barentu|بارنتو|GB,ER
Tesseney|Tesseney,Teseney,Tessenei|teseney|تسني|GB,ER
Senafe|Senafe,Senafie|sen`afe|صنعفي,سنافي|DB,ER
Massawa|Massawa,Massaua,Mitsiwa|meZwa`|مصوع|ER
Shimelba|Shimelba,Shimelba camp,Shemelba|ximelba|شملبا,شيملبا|NWT,TG
Hitsats|Hitsats,Hitsats camp,Hitsas,Hetsats|HIZaZ|حتسات,هتسات|NWT,TG
Mai Aini|Mai Aini,Mai-Aini,May Ayni|may+`ayni|ماي عيني|NWT,TG
Adi Harush|Adi Harush,Adiharush|`adi+Harux|عدي حروش|NWT,TG
WT|Western Tigray,West Tigray,W. Tigray,Western Zone|mI`Irab+tIgray|غرب تقراي,غرب تيغراي|
NWT|North Western Tigray,NW Tigray,North-Western Zone|semEn+mI`Irab+tIgray|شمال غرب تقراي|
CT|Central Tigray,Central Zone|ma'Ikelay+tIgray|وسط تقراي|
ET|Eastern Tigray,East Tigray|mIbraQ+tIgray|شرق تقراي|
TG|Tigray,Tigrai,Tigray region|tIgray|تقراي,تيغراي,تجراي|
KH|Kafta Humera,Kafta-Humera,Qafta Humera|qafta+Humera|كافتا حميرة,قفتا حميرة|
AM|Amhara,Amhara region|'amHara|أمهرا,امهرة|
ER|Eritrea,Eritria,Erithrea|'ErItIra|إريتريا,ارتريا,اريتريا|
MK|Maekel,Central Region,Zoba Maekel|ma'Ikel|المركزية|
DB|Debub,Southern Region,Zoba Debub|debub|الجنوبية|
AN|Anseba,Zoba Anseba|'anseba|عنسبا|
GB|Gash Barka,Gash-Barka|gax+barka|القاش بركة|
"""


class Place:
    __slots__ = ("pid", "key", "lat", "phon", "ar", "regions")

    def __init__(self, pid: int, line: str):
        key, lat, phon, ar, reg = line.split("|")
        self.pid = pid
        self.key = key
        self.lat = tuple(lat.split(","))
        self.phon = parse_phon(phon)
        self.ar = tuple(ar.split(","))
        self.regions = tuple(reg.split(",")) if reg else ()


PLACES: list[Place] = []
PLACE_ID: dict[str, int] = {}
for _line in PLACEDEFS.strip().splitlines():
    PLACE_ID[_line.split("|")[0]] = len(PLACES)
    PLACES.append(Place(len(PLACES), _line))

ORIGINS = {
    "tig": "Humera:30 Mai Kadra:14 Adi Goshu:6 Dansha:6 Rawyan:4 Baeker:4 Mai Tsebri:3 "
    "Adi Remets:3 Wolkait:3 Sheraro:3 Shire:6 Axum:4 Adwa:3 Mekelle:4 Adigrat:2",
    "mus": "Humera:40 Mai Kadra:10 Dansha:5 Sheraro:5 Shire:6 Axum:6 Mekelle:10 Adigrat:5 "
    "Baeker:5 Adwa:3",
    "amh": "Humera:25 Gondar:25 Mai Kadra:15 Dansha:10 Metema:10 Wolkait:15",
    "eri": "Asmara:25 Keren:8 Mendefera:10 Dekemhare:8 Adi Keyh:6 Barentu:8 Tesseney:6 "
    "Senafe:6 Massawa:3",
    "erm": "Keren:20 Asmara:12 Barentu:10 Tesseney:15 Senafe:15 Massawa:15 Adi Keyh:5",
}


# ---------------------------------------------------------------------------------------------
# Desks and clerks
# ---------------------------------------------------------------------------------------------
# code | agency | site as the agency writes it | country | kind | clerk mix | clerks | capitals
# clerk types: ar Arabic script, sd Latin by a Sudanese ear, en Ethiopian/UN English Latin,
# it Eritrean (Italian-era) Latin, ap Latin with ejective/glottal apostrophes,
# gt Ethiopic in Tigrinya spelling, ga Ethiopic in Amharic spelling
DESKDEFS = """
COR-HMD|COR|Hamdayet|SD|reception|ar:45 sd:35 en:20|4|25
COR-LUG|COR|Lugdi|SD|reception|ar:50 sd:35 en:15|3|25
UNHCR-HMD|UNHCR|Hamdayet TC|SD|transit|en:52 sd:30 gt:7 ar:8 ap:3|6|5
UNHCR-V8|UNHCR|Village 8|SD|transit|en:52 sd:30 gt:7 ar:8 ap:3|6|5
IOM-HMD|IOM|HAMDAYET|SD|iom|en:50 sd:50|2|70
IOM-V8|IOM|VILLAGE 8|SD|iom|en:50 sd:50|2|70
UNHCR-UMR|UNHCR|Um Rakuba|SD|camp|en:57 sd:22 gt:10 ar:8 ap:3|12|5
UNHCR-TUN|UNHCR|Tunaydbah|SD|camp|en:57 sd:22 gt:10 ar:8 ap:3|12|5
UNHCR-BAB|UNHCR|Babikri|SD|camp|en:57 sd:25 gt:7 ar:8 ap:3|6|5
WFP-UMR|WFP|Um Rakouba FDP|SD|wfp|en:35 sd:40 ar:25|3|30
WFP-TUN|WFP|Tunaydba FDP|SD|wfp|en:35 sd:40 ar:25|3|30
WFP-HMD|WFP|Hamdait|SD|wfp|en:30 sd:40 ar:30|2|30
WFP-BAB|WFP|Babekri FDP|SD|wfp|en:35 sd:40 ar:25|2|30
WFP-V8|WFP|Village Eight|SD|wfp|en:30 sd:40 ar:30|2|30
MSF-UMR|MSF|Um Rakuba clinic|SD|clinic|gt:45 en:55|3|5
MSF-HMD|MSF|Hamdayet|SD|clinic|gt:40 en:50 sd:10|2|5
SRCS-TUN|SRCS|Tenedba|SD|clinic|ar:60 sd:40|3|10
SRCS-V8|SRCS|Al Qureisha Village 8|SD|clinic|ar:60 sd:40|2|10
VER-UMR|UNHCR|Um Rakuba Camp|SD|verif|en:62 sd:25 gt:7 ar:3 ap:3|4|5
VER-TUN|UNHCR|Tunaydbah Camp|SD|verif|en:62 sd:25 gt:7 ar:3 ap:3|4|5
VER-BAB|UNHCR|Babikri Camp|SD|verif|en:62 sd:25 gt:7 ar:3 ap:3|3|5
VER-HMD|UNHCR|Hamdayet|SD|verif|en:62 sd:25 gt:7 ar:3 ap:3|2|5
VER-V8|UNHCR|Village 8|SD|verif|en:62 sd:25 gt:7 ar:3 ap:3|2|5
COR-KRT|COR|Khartoum|SD|urban|ar:45 sd:40 en:15|4|25
UNHCR-KRT|UNHCR|Khartoum|SD|urban|en:50 sd:45 it:5|4|5
COR-SHG|COR|Shagarab|SD|urban|ar:50 sd:40 it:10|3|25
IOM-MTM|IOM|Metema|ET|metema|en:70 ga:20 it:10|3|50
ARRA-SHM|ARRA|Shimelba|ET|arra|en:55 gt:20 it:25|3|10
ARRA-HTS|ARRA|Hitsats|ET|arra|en:55 gt:20 it:25|3|10
ARRA-MAI|ARRA|Mai Aini|ET|arra|en:55 gt:20 it:25|3|10
UNHCR-ADD|UNHCR/ARRA|Addis Ababa|ET|eth|en:57 it:25 ga:15 ap:3|6|5
RRS-ALW|RRS|Alemwach|ET|eth|en:60 ga:30 it:10|3|10
WFP-ALW|WFP|Alemwach|ET|wfp|en:70 ga:30|2|20
"""

# name layouts: A grandfather in patronymic, B grandfather dropped, C grandfather appended to
# the family name, D father in patronymic and grandfather as family name, E grandfather as
# family name (father dropped), F "given father" in given_name and grandfather as family name
LAYOUTS = "ABCDEF"
KIND_LAYOUT = {
    "reception": (50, 30, 10, 5, 3, 2),
    "transit": (45, 28, 12, 8, 3, 4),
    "camp": (45, 28, 12, 8, 3, 4),
    "verif": (45, 28, 12, 8, 3, 4),
    "wfp": (20, 50, 15, 8, 5, 2),
    "clinic": (15, 55, 20, 5, 5, 0),
    "iom": (15, 35, 15, 10, 5, 20),
    "urban": (45, 30, 10, 10, 3, 2),
    "arra": (42, 18, 10, 25, 3, 2),
    "eth": (42, 18, 10, 25, 3, 2),
    "metema": (35, 20, 10, 25, 3, 7),
}
# what a clerk does with an Ethiopian-calendar birth date: convert it, write it as if it were
# Gregorian, add 7 or 8 to the year only, or write the Ethiopian year alone
EC_SD_UN = (35, 25, 20, 20)
EC_SD_OTHER = (10, 45, 20, 25)
EC_ET = (80, 5, 10, 5)
KIND_ASKAGE = {"reception": 0.25, "wfp": 0.4, "clinic": 0.6, "iom": 0.2}
# an age turned into a date: 1 January, year only, the registration day minus the age
KIND_AGEFMT = {
    "reception": (70, 30, 0),
    "wfp": (30, 70, 0),
    "clinic": (20, 80, 0),
    "iom": (50, 50, 0),
    "arra": (60, 20, 20),
    "eth": (60, 20, 20),
}
KIND_REFMISS = {
    "reception": 0.35,
    "transit": 0.1,
    "camp": 0.06,
    "wfp": 0.05,
    "clinic": 0.8,
    "iom": 0.1,
    "verif": 0.03,
    "urban": 0.08,
    "arra": 0.05,
    "eth": 0.08,
    "metema": 0.4,
}
LSTYLE = {
    "en": dict(
        wo=0.55,
        Ii=0.65,
        Ie=0.25,
        hdrop=0.15,
        yfin=0.08,
        ymed=0.9,
        gem=0.6,
        q=0.08,
        amh=0.3,
        ap=False,
    ),
    "it": dict(
        wo=0.5,
        Ii=0.5,
        Ie=0.4,
        hdrop=0.1,
        yfin=0.85,
        ymed=0.95,
        gem=0.7,
        q=0.03,
        amh=0.05,
        ap=False,
        gh=0.85,
        kc=0.6,
        uo=0.15,
        z=0.08,
    ),
    "sd": dict(
        wo=0.4,
        Ii=0.55,
        Ie=0.2,
        hdrop=0.5,
        yfin=0.45,
        ymed=0.8,
        gem=0.35,
        q=0.05,
        amh=0.2,
        ap=False,
        ea=0.3,
        ei=0.1,
        ou=0.35,
        tss=0.5,
        pb=0.9,
        chsh=0.5,
    ),
    "ap": dict(
        wo=0.5, Ii=0.5, Ie=0.3, hdrop=0.05, yfin=0.05, ymed=0.7, gem=0.8, q=0.4, amh=0.5, ap=True
    ),
}
# compound names: joined, split in two words, hyphenated, slash-abbreviated (G/Medhin)
CMP_WEIGHTS = {
    "en": (50, 12, 8, 30),
    "it": (70, 12, 6, 12),
    "sd": (55, 30, 7, 8),
    "ap": (60, 15, 15, 10),
    "geez": (60, 5, 0, 35),
    "arabic": (60, 40, 0, 0),
}
SLASH_FMTS = ("{}/{}", "{}/{}", "{}/{}", "{}/{}", "{}/{}", "{}.{}", "{}/ {}", "{}/{}")
SCRIPT_TAG = {
    "en": "script_latin_en",
    "it": "script_latin_eritrean",
    "sd": "script_latin_sudanese",
    "ap": "script_latin_apostrophe",
    "gt": "script_geez",
    "ga": "script_geez",
    "ar": "script_arabic",
}


def cum(weights) -> list[float]:
    out = []
    t = 0.0
    for w in weights:
        t += w
        out.append(t)
    return out


def pick(rng: random.Random, cw: list[float]) -> int:
    return bisect(cw, rng.random() * cw[-1])


def jitter(rng: random.Random, weights, spread: float = 0.5) -> list[float]:
    return [w * rng.uniform(1 - spread, 1 + spread) for w in weights]


def dominant(rng: random.Random, weights, share: float) -> list[float]:
    """A clerk's habit: one option (drawn by the base weights) most of the time."""
    k = pick(rng, cum(weights))
    t = sum(weights)
    return [
        share * t + (1 - share) * w if i == k else (1 - share) * w for i, w in enumerate(weights)
    ]


class Clerk:
    def __init__(self, cid: int, desk: Desk, k: int, ctype: str, rng: random.Random):
        self.cid = cid
        self.desk = desk
        self.k = k
        self.ctype = ctype
        kind = desk.kind
        self.script = {"ar": "arabic", "gt": "geez", "ga": "geez"}.get(ctype, "latin")
        self.style = ctype
        self.tag = SCRIPT_TAG[ctype]
        if ctype == "ga":
            self.tag += ";geez_amharic_spelling"
        base = LSTYLE.get(ctype, LSTYLE["en"])
        P = {
            k2: (min(1.0, v * rng.uniform(0.6, 1.4)) if isinstance(v, float) else v)
            for k2, v in base.items()
        }
        if desk.country == "ET":
            P["amh"] = min(1.0, P["amh"] + 0.3)
        self.P = P
        self.G = {
            "amh": ctype == "ga",
            "K2k": rng.uniform(0.1, 0.4),
            "H2h": rng.uniform(0.3, 0.6) if ctype == "ga" else rng.uniform(0.02, 0.1),
            "ain": rng.uniform(0.4, 0.8) if ctype == "ga" else rng.uniform(0.03, 0.15),
            "S": rng.uniform(0.2, 0.6),
            "ZD": rng.uniform(0.2, 0.5) if ctype == "ga" else rng.uniform(0.03, 0.15),
            "lar": rng.uniform(0.05, 0.25) if ctype == "ga" else rng.uniform(0.03, 0.12),
        }
        self.A = {
            "ain": rng.uniform(0.5, 0.9),
            "hamza": rng.uniform(0.1, 0.8),
            "ta": rng.uniform(0.05, 0.4),
            "aomit": rng.uniform(0.02, 0.2),
            "fin_e": ("ي", "ي", "ي", "ه", "")[rng.randrange(5)],
            "pick": {
                c: (0 if rng.random() < 0.75 else rng.randrange(len(o))) for c, o in AR_CONS.items()
            },
            "join": rng.uniform(0.3, 0.8),
        }
        cw = CMP_WEIGHTS[
            "arabic" if self.script == "arabic" else "geez" if self.script == "geez" else ctype
        ]
        cw = dominant(rng, cw, 0.75)
        self.cmp1 = cum(cw)
        self.cmp0 = cum([cw[0], cw[1], cw[2], cw[3] * 0.15])
        self.slash_fmt = SLASH_FMTS[rng.randrange(len(SLASH_FMTS))]
        self.slash_lower = rng.random() < 0.15
        self.layout = cum(dominant(rng, KIND_LAYOUT[kind], 0.8))
        mult = rng.uniform(0.4, 1.8)
        self.p_swap = 0.008 * mult
        self.p_fig = 0.005 * mult
        self.p_wife = 0.006 * mult * (2.0 if ctype in ("en", "sd") else 0.5)
        self.p_typo = rng.uniform(0.006, 0.03)
        self.caps = self.script == "latin" and rng.random() < desk.caps
        if desk.country == "ET":
            ec = EC_ET
        elif kind in ("transit", "camp", "verif", "urban"):
            ec = EC_SD_UN
        else:
            ec = EC_SD_OTHER
        self.ec = cum(dominant(rng, ec, 0.6))
        self.p_ask_age = KIND_ASKAGE.get(kind, 0.03) * rng.uniform(0.5, 1.5)
        self.agefmt = cum(jitter(rng, KIND_AGEFMT.get(kind, (60, 25, 15))))
        self.p_dob_missing = {"clinic": 0.04, "wfp": 0.05, "reception": 0.02}.get(kind, 0.008)
        self.p_dob_missing *= rng.uniform(0.5, 1.5)
        self.p_dm_swap = rng.uniform(0.0, 0.02)
        self.p_sex_missing = {"wfp": 0.05, "clinic": 0.03, "iom": 0.02, "reception": 0.02}.get(
            kind, 0.008
        ) * rng.uniform(0.5, 1.5)
        self.phone_fmt = cum(jitter(rng, (45, 40, 8, 5, 2), 0.8))
        self.p_phone_missing = rng.uniform(0.02, 0.1)
        self.p_leader = {"camp": 0.2, "transit": 0.25, "verif": 0.15, "wfp": 0.25}.get(
            kind, 0.05
        ) * rng.uniform(0.5, 1.5)
        self.p_ref_missing = min(0.95, KIND_REFMISS[kind] * rng.uniform(0.5, 1.5))
        # origin: town, district/region, missing; Eritreans: town, camp, country, missing
        self.origin = cum(jitter(rng, (78, 15, 5)))
        self.origin_eri = cum(jitter(rng, (50, 32, 10, 5)))
        self.p_copy_doc = rng.uniform(0.2, 0.7) if self.script == "latin" else 0.0
        self.p_double = 0.004 * rng.uniform(0.3, 2.0)


class Desk:
    def __init__(self, line: str):
        code, agency, site, country, kind, mix, n, caps = line.split("|")
        self.code = code
        self.agency = agency
        self.site = site
        self.country = country
        self.kind = kind
        self.mix = [(t.split(":")[0], float(t.split(":")[1])) for t in mix.split()]
        self.n = int(n)
        self.caps = float(caps) / 100
        self.clerks: list[Clerk] = []


# ---------------------------------------------------------------------------------------------
# The world: name pools, clerks, rendering
# ---------------------------------------------------------------------------------------------


def _weights(text: str) -> list[tuple[int, tuple[float, float, float]]]:
    out = []
    for tok in text.split():
        key, w = tok.split(":")
        ws = tuple(float(x) for x in w.split("/"))
        if len(ws) == 1:
            ws = (ws[0], ws[0], ws[0])
        out.append((NAME_ID[key], ws))
    return out


def _tail(keys: list[str], w: tuple[float, float, float]) -> list:
    return [(NAME_ID[k], w) for k in keys]


def _era(year: int) -> int:
    return 0 if year < 1966 else (1 if year <= 1990 else 2)


class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        rnd = rng.random
        self.rnd = rnd
        pools = {
            ("tig", "M"): _weights(NAMES_TIG_M) + _tail(TAIL_M, (0.8, 0.5, 0.15)),
            ("tig", "F"): _weights(NAMES_TIG_F) + _tail(TAIL_F, (0.8, 0.5, 0.1)),
            ("amh", "M"): _weights(NAMES_AMH_M),
            ("amh", "F"): _weights(NAMES_AMH_F),
            ("mus", "M"): _weights(NAMES_MUS_M),
            ("mus", "F"): _weights(NAMES_MUS_F),
        }
        for sex, extra in (("M", ERI_M_EXTRA), ("F", ERI_F_EXTRA)):
            base = [
                (nid, tuple(w * (0.3 if NAMES[nid].key in ERI_DOWN else 1.0) for w in ws))
                for nid, ws in pools[("tig", sex)]
            ]
            add = dict(_weights(extra))
            pools[("eri", sex)] = [
                (nid, tuple(w + add.pop(nid, (0, 0, 0))[0] for w in ws)) for nid, ws in base
            ] + list(add.items())
        pools[("erm", "M")] = pools[("mus", "M")]
        pools[("erm", "F")] = pools[("mus", "F")]
        for (_g, sex), lst in pools.items():
            if sex == "F":
                for nid, _w in lst:
                    NAMES[nid].female = True
        self.samplers = {}
        for key, lst in pools.items():
            ids = [nid for nid, _w in lst]
            self.samplers[key] = [(ids, cum([w[e] for _n, w in lst])) for e in range(3)]
        self.origins = {}
        for g, text in ORIGINS.items():
            toks = [t.rsplit(":", 1) for t in re.split(r"(?<=\d) ", text)]
            self.origins[g] = ([PLACE_ID[k] for k, _w in toks], cum([float(w) for _k, w in toks]))
        self.desks: dict[str, Desk] = {}
        self.clerks: list[Clerk] = []
        for line in DESKDEFS.strip().splitlines():
            d = Desk(line)
            self.desks[d.code] = d
            mixw = cum([w for _t, w in d.mix])
            for k in range(d.n):
                ctype = d.mix[pick(rng, mixw)][0]
                c = Clerk(len(self.clerks), d, k + 1, ctype, rng)
                d.clerks.append(c)
                self.clerks.append(c)
        # documents people carry (ration cards, IDs): a Latin spelling fixed once per person
        doc = Desk("DOC|DOC|-|SD|camp|en:100|0|0")
        self.docs = {
            "tig": [Clerk(len(self.clerks) + i, doc, i, "en", rng) for i in range(3)],
        }
        n0 = len(self.clerks) + 3
        self.docs["eri"] = [Clerk(n0 + i, doc, i, "it" if i < 3 else "en", rng) for i in range(5)]
        for c in self.docs["tig"] + self.docs["eri"]:
            c.caps = False
        self.cache: dict[tuple, tuple[str, int]] = {}
        self.ocache: dict[tuple, str] = {}

    def draw(self, grp: str, sex: str, year: int) -> int:
        ids, cw = self.samplers[(grp, sex)][_era(year)]
        return ids[bisect(cw, self.rnd() * cw[-1])]

    def draw_origin(self, grp: str) -> int:
        ids, cw = self.origins[grp]
        return ids[bisect(cw, self.rnd() * cw[-1])]

    # --- names ---------------------------------------------------------------------------------

    def render(self, clerk: Clerk, nid: int, role: int, plang: int) -> tuple[str, int]:
        nm = NAMES[nid]
        if not nm.compound:
            role = 0
        key = (clerk.cid, nid, role, plang)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        rnd = self.rnd
        script = clerk.script
        use_amh = nm.amh is not None and (
            (script == "geez" and clerk.G["amh"])
            or (script == "latin" and (rnd() < clerk.P["amh"] or (plang == 1 and rnd() < 0.8)))
        )
        parts = nm.amh if use_amh else nm.tig
        raws = nm.amh_raw if use_amh else nm.tig_raw
        if script == "geez":
            strs = [geez_part(t, clerk.G, rnd) for t in parts]
        elif script == "arabic":
            strs = []
            for t, raw in zip(parts, raws, strict=True):
                ov = OVR.get(raw)
                if ov and ov[2]:
                    strs.append(
                        ov[2][0]
                        if (len(ov[2]) == 1 or rnd() < 0.7)
                        else ov[2][1 + self.rng.randrange(len(ov[2]) - 1)]
                    )
                else:
                    strs.append(arabic_part(t, clerk.A, rnd, nm.female, t is parts[-1]))
        else:
            strs = []
            style = clerk.style
            for t, raw in zip(parts, raws, strict=True):
                ov = OVR.get(raw)
                if ov:
                    lst = ov[1] if style == "sd" else ov[0]
                    x = rnd()
                    s = (
                        lst[0]
                        if (x < 0.6 or len(lst) == 1)
                        else lst[1 + int((x - 0.6) / 0.4 * (len(lst) - 1))]
                    )
                    if style == "ap" and "'" not in s and raw[0] in "'`" and rnd() < 0.3:
                        s = "'" + s
                else:
                    s = latin_part(t, clerk.P, rnd)
                if style in ("it", "sd"):
                    s = restyle_latin(s, clerk.P, style, rnd)
                strs.append(s)
        flags = 0
        if len(strs) == 1:
            out = strs[0]
            if script == "latin":
                out = title(out)
        else:
            mode = pick(self.rng, clerk.cmp1 if role else clerk.cmp0)
            if nm.key == "Mohammednur":
                mode = 1 if rnd() < 0.6 else 0
            if mode == 3 and raws[0] not in SLASH_PREFIX:
                mode = 0
            if script == "geez":
                if mode == 3:
                    out = strs[0][0] + "/" + strs[1]
                    flags = 1
                elif mode == 1:
                    out = strs[0] + " " + strs[1]
                    flags = 2
                else:
                    out = strs[0] + strs[1]
            elif script == "arabic":
                if mode == 1 or nm.key == "Mohammednur":
                    out = strs[0] + " " + strs[1]
                    flags = 2
                else:
                    out = strs[0] + strs[1]
            else:
                a, b = strs
                if mode == 0:
                    if a[-1] == b[0] and a[-1] in "aeiou" and rnd() < 0.5:
                        b = b[1:]
                    out = title(a + b)
                elif mode == 1:
                    out = title(a) + " " + title(b)
                    flags = 2
                elif mode == 2:
                    out = title(a) + "-" + title(b)
                    flags = 4
                else:
                    letter = SLASH_PREFIX[raws[0]]
                    out = clerk.slash_fmt.format(letter, b if clerk.slash_lower else title(b))
                    flags = 1
        hit = (out, flags)
        self.cache[key] = hit
        return hit

    def place(self, clerk: Clerk, pid: int, level: int) -> str:
        """level 0: the place itself, 1..: one of its regions."""
        key = (clerk.cid, pid, level)
        hit = self.ocache.get(key)
        if hit is not None:
            return hit
        pl = PLACES[pid]
        if level and pl.regions:
            pl = PLACES[PLACE_ID[pl.regions[min(level, len(pl.regions)) - 1]]]
        rnd = self.rnd
        if clerk.script == "geez":
            strs = [geez_part(t, clerk.G, rnd) for t in pl.phon]
            out = (
                "" if (len(strs) == 2 and pl.key.startswith("Ma") and rnd() < 0.5) else " "
            ).join(strs)
        elif clerk.script == "arabic":
            out = pl.ar[0] if (len(pl.ar) == 1 or rnd() < 0.6) else self.rng.choice(pl.ar[1:])
        else:
            out = pl.lat[0] if (len(pl.lat) == 1 or rnd() < 0.55) else self.rng.choice(pl.lat[1:])
            if clerk.style == "sd" and rnd() < 0.3:
                out = restyle_latin(out.lower(), clerk.P, "sd", rnd)
                out = title(out)
        self.ocache[key] = out
        return out


# ---------------------------------------------------------------------------------------------
# People and households
# ---------------------------------------------------------------------------------------------


class Person:
    __slots__ = (
        "idx",
        "pid",
        "sex",
        "dob",
        "given",
        "father",
        "gf",
        "gf_known",
        "grp",
        "plang",
        "hh",
        "role",
        "dmode",
        "heaper",
        "ecy_err",
        "doc",
        "eth",
        "sdn",
        "eri",
        "origin",
        "traps",
        "nrec",
        "spouse",
        "mother",
    )

    def __init__(self, grp: str, sex: str, dob: int, given: int, father: int, gf: int):
        self.grp = grp
        self.sex = sex
        self.dob = dob
        self.given = given
        self.father = father
        self.gf = gf
        self.traps: list[str] | None = None
        self.nrec = 0
        self.spouse: Person | None = None
        self.mother: Person | None = None
        self.eth: str | None = None
        self.sdn: list[tuple[int, str]] | None = None
        self.eri: str | None = None
        self.role = "member"

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = [t]
        elif t not in self.traps:
            self.traps.append(t)


class Household:
    __slots__ = (
        "hid",
        "grp",
        "members",
        "head",
        "arrival",
        "refs",
        "leader",
        "kind",
        "female",
        "camp",
    )

    def __init__(self, hid: int, grp: str, kind: str):
        self.hid = hid
        self.grp = grp
        self.kind = kind
        self.members: list[Person] = []
        self.head: Person | None = None
        self.refs: dict[str, str] = {}
        self.leader: str | None = None
        self.arrival = 0
        self.female = False
        self.camp = 0


GROUPS = ("tig", "mus", "amh", "eri", "erm")
GROUP_W = cum((76, 5, 3, 13, 3))
HH_TIG = (
    "single_m",
    "single_f",
    "couple",
    "woman_kids",
    "threegen",
    "siblings",
    "elderly",
    "unacc",
    "man_kids",
    "clan",
)
HH_TIG_W = cum((20, 5, 30, 17, 6, 7, 5, 2, 3, 5))
HH_ERI_W = cum((38, 15, 20, 10, 1, 8, 0.5, 5, 2, 0.5))
SDN_PREFIX = ("91", "96", "92", "99", "90", "12", "11")
SDN_PREFIX_W = cum((30, 15, 20, 15, 8, 8, 4))
ETH_TIGRAY = ("914", "914", "914", "910", "913", "912", "911", "920")
ETH_ADDIS = ("911", "912", "913", "910", "920", "921", "930", "940", "944", "947", "963", "970")


class Maker:
    """Builds households with their members' names, births and phones."""

    def __init__(self, world: World, rng: random.Random):
        self.w = world
        self.rng = rng

    def dob_for_age(self, age: float) -> int:
        return REF_DAY - int(age * 365.25) - self.rng.randrange(365)

    def person(
        self, grp: str, sex: str, age: float, father: int | None = None, gf: int | None = None
    ) -> Person:
        rng = self.rng
        w = self.w
        dob = self.dob_for_age(age) if age < 200 else int(age)
        y = date.fromordinal(dob).year
        given = w.draw(grp, sex, y)
        if father is None:
            father = w.draw(grp, "M", y - rng.randint(24, 40))
        if gf is None:
            gf = w.draw(grp, "M", y - rng.randint(50, 75))
        p = Person(grp, sex, dob, given, father, gf)
        adult = age >= 18 if age < 200 else False
        old = age >= 50 if age < 200 else False
        p.gf_known = rng.random() < (0.8 if not adult else 0.88)
        p.plang = 1 if grp == "amh" else 0
        x = rng.random()
        if grp in ("eri", "erm"):
            modes = ("gc", "age", "ecy", "ec")
            cw = (55, 78, 86, 100) if not old else (30, 80, 92, 100)
        elif old:
            modes = ("age", "ecy", "ec", "gc")
            cw = (50, 85, 96, 100)
        elif adult:
            modes = ("ec", "ecy", "age", "gc")
            cw = (40, 63, 85, 100)
        else:
            modes = ("ec", "ecy", "age", "gc")
            cw = (55, 72, 88, 100)
        p.dmode = modes[bisect(cw, x * 100)]
        p.heaper = rng.random() < (0.8 if old else 0.55)
        p.ecy_err = rng.choice((-1, 1)) if rng.random() < 0.15 else 0
        docs = w.docs["eri" if grp in ("eri", "erm") else "tig"]
        p.doc = docs[rng.randrange(len(docs))] if rng.random() < (0.55 if adult else 0.35) else None
        if adult or (age < 200 and age >= 15):
            eri = grp in ("eri", "erm")
            if rng.random() < (0.35 if eri else 0.5):
                p.eth = rng.choice(ETH_TIGRAY) + f"{rng.randrange(1000000):06d}"
            if eri and rng.random() < 0.12:
                p.eri = "7" + f"{rng.randrange(1000000):06d}"
        return p

    def sudan_sims(self, p: Person, start: int) -> None:
        rng = self.rng
        if rng.random() < 0.65:
            t = start + int(rng.expovariate(1 / 50))
            sims = [(t, self.sdn_number())]
            if rng.random() < 0.25:
                sims.append((t + rng.randint(60, 600), self.sdn_number()))
            p.sdn = sims

    def sdn_number(self) -> str:
        rng = self.rng
        return SDN_PREFIX[pick(rng, SDN_PREFIX_W)] + f"{rng.randrange(10000000):07d}"

    def children(
        self, hh: Household, grp: str, mother_age: float, father: int, gf: int, n: int
    ) -> list[Person]:
        rng = self.rng
        kids = []
        age = mother_age - rng.triangular(16, 32, 21)
        while n > 0 and age >= 0:
            twins = rng.random() < 0.015 and n >= 2
            c = self.person(grp, "M" if rng.random() < 0.51 else "F", age, father, gf)
            while any(k.given == c.given for k in kids):
                c.given = self.w.draw(grp, c.sex, date.fromordinal(c.dob).year)
            kids.append(c)
            n -= 1
            if twins:
                t = self.person(grp, "M" if rng.random() < 0.51 else "F", age, father, gf)
                t.dob = c.dob
                while t.given == c.given:
                    t.given = self.w.draw(grp, t.sex, date.fromordinal(c.dob).year)
                t.dmode = c.dmode
                t.heaper = c.heaper
                c.trap("twin")
                t.trap("twin")
                kids.append(t)
                n -= 1
            age -= rng.uniform(1.4, 3.6)
        return kids

    def nkids(self, eri: bool) -> int:
        rng = self.rng
        n = 1
        while n < 8 and rng.random() < (0.55 if eri else 0.68):
            n += 1
        return n

    def households(self, hid0: int) -> list[Household]:
        rng = self.rng
        w = self.w
        grp = GROUPS[pick(rng, GROUP_W)]
        eri = grp in ("eri", "erm")
        kind = HH_TIG[pick(rng, HH_ERI_W if eri else HH_TIG_W)]

        def spouse_grp() -> str:
            if rng.random() < 0.08:
                return {"tig": "amh", "amh": "tig", "eri": "tig", "mus": "mus", "erm": "erm"}[grp]
            return grp

        out = []
        nhh = rng.randint(2, 3) if kind == "clan" else 1
        clan_father = clan_gf = None
        if kind == "clan":
            base_age = rng.triangular(28, 55, 38)
            y = date.fromordinal(REF_DAY).year - int(base_age)
            clan_father = w.draw(grp, "M", y - 30)
            clan_gf = w.draw(grp, "M", y - 60)
        for j in range(nhh):
            hh = Household(hid0 + j, grp, kind)
            mem = hh.members
            if kind == "single_m":
                mem.append(self.person(grp, "M", rng.triangular(17, 45, 23)))
            elif kind == "single_f":
                mem.append(self.person(grp, "F", rng.triangular(17, 45, 22)))
            elif kind == "unacc":
                mem.append(
                    self.person(grp, "M" if rng.random() < 0.7 else "F", rng.uniform(10, 17.9))
                )
                mem[0].trap("unaccompanied_minor")
            elif kind in ("couple", "threegen", "clan", "man_kids"):
                if kind == "clan":
                    ha = base_age + rng.uniform(-8, 8)
                    head = self.person(grp, "M", ha, clan_father, clan_gf)
                    while any(h.head.given == head.given for h in out):
                        head.given = w.draw(grp, "M", date.fromordinal(head.dob).year)
                else:
                    ha = rng.triangular(20, 65, 33)
                    head = self.person(grp, "M", ha)
                mem.append(head)
                wa = max(16.0, ha - rng.triangular(0, 16, 6))
                wife = None
                if kind != "man_kids":
                    wife = self.person(spouse_grp(), "F", wa)
                    wife.role = "wife"
                    wife.spouse = head
                    head.spouse = wife
                    mem.append(wife)
                kids = self.children(hh, grp, wa, head.given, head.father, self.nkids(eri))
                if kind == "clan" and kids and rng.random() < 0.75:
                    sons = [k for k in kids if k.sex == "M"] or kids[:1]
                    s = sons[0]
                    s.sex = "M"
                    s.given = clan_father
                    s.trap("cousins_same_name")
                for k in kids:
                    k.role = "child"
                    k.mother = wife
                mem.extend(kids)
                if kind == "threegen":
                    fa = min(95.0, ha + rng.triangular(20, 40, 28))
                    gpa = self.person(grp, "M", fa, head.gf)
                    gpa.given = head.father
                    gpa.role = "grandparent"
                    mem.append(gpa)
                    if rng.random() < 0.6:
                        gma = self.person(grp, "F", max(45.0, fa - rng.uniform(2, 12)))
                        gma.role = "grandparent"
                        mem.append(gma)
                    for k in kids:
                        k.trap("grandfather_registered")
                    gpa.trap("grandson_registered")
                    head.trap("father_and_son")
                    gpa.trap("father_and_son")
                for k in kids:
                    if k.sex == "M" and REF_DAY - k.dob >= 16 * 365:
                        k.trap("father_and_son")
                        head.trap("father_and_son")
            elif kind == "woman_kids":
                ha = rng.triangular(19, 55, 32)
                head = self.person(grp, "F", ha)
                hh.female = True
                mem.append(head)
                yb = date.fromordinal(head.dob).year
                hus = w.draw(grp, "M", yb - 6)
                husf = w.draw(grp, "M", yb - 36)
                kids = self.children(hh, grp, ha, hus, husf, self.nkids(eri))
                for k in kids:
                    k.role = "child"
                    k.mother = head
                mem.extend(kids)
            elif kind == "siblings":
                a0 = rng.triangular(14, 32, 20)
                f = w.draw(grp, "M", date.fromordinal(REF_DAY).year - int(a0) - 30)
                g = w.draw(grp, "M", date.fromordinal(REF_DAY).year - int(a0) - 60)
                for k in range(rng.randint(2, 4)):
                    s = self.person(
                        grp,
                        "M" if rng.random() < 0.55 else "F",
                        max(8.0, a0 - k * rng.uniform(1, 5)),
                        f,
                        g,
                    )
                    while any(o.given == s.given for o in mem):
                        s.given = w.draw(grp, s.sex, date.fromordinal(s.dob).year)
                    mem.append(s)
            else:  # elderly
                a = rng.triangular(55, 90, 66)
                head = self.person(grp, "M" if rng.random() < 0.55 else "F", a)
                mem.append(head)
                if head.sex == "M" and rng.random() < 0.6:
                    wife = self.person(grp, "F", max(45.0, a - rng.uniform(0, 12)))
                    wife.spouse = head
                    head.spouse = wife
                    wife.role = "wife"
                    mem.append(wife)
            hh.head = mem[0]
            mem[0].role = "head"
            home = w.draw_origin("erm" if grp == "erm" else grp)
            for p in mem:
                p.origin = (
                    home
                    if (p.role != "wife" or rng.random() < 0.7)
                    else w.draw_origin(p.grp if p.grp != "mus" else "tig")
                )
            out.append(hh)
        return out


# ---------------------------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------------------------

# Chances that a household (or person) leaves a record at a desk beyond its main registration.
P_BORDER = 0.045  # the border reception list survives and was digitised
P_IOM = 0.03  # relocation manifest, of those moved to a camp
P_WFP = 0.07  # food/cash list, head of household only
P_CLINIC = 0.015  # per person, clinic list
P_VERIF = 0.025  # 2022 verification, whole household
P_BABIKRI = 0.07  # relocation from Hamdayet/Village 8 to Babikri, new registration
P_KHARTOUM = 0.012  # per adult, moves to Khartoum and registers there
P_METEMA = 0.008  # household flees Sudan's war through Metema in 2023
P_OWN_CASE = 0.01  # young adult registers as his own case later
P_NEWBORN = 0.10  # a child born in the camp
P_ARRA = 0.22  # the pre-war ARRA roster of an Eritrean household survives

CAMP_DESKS = {
    "UMR": ("UNHCR-UMR", "WFP-UMR", "MSF-UMR", "VER-UMR"),
    "TUN": ("UNHCR-TUN", "WFP-TUN", "SRCS-TUN", "VER-TUN"),
    "BAB": ("UNHCR-BAB", "WFP-BAB", "MSF-UMR", "VER-BAB"),
    "HMD": ("UNHCR-HMD", "WFP-HMD", "MSF-HMD", "VER-HMD"),
    "V8": ("UNHCR-V8", "WFP-V8", "SRCS-V8", "VER-V8"),
}
CAMP_OPEN = {
    "UMR": D(2020, 11, 14),
    "TUN": D(2020, 12, 16),
    "BAB": D(2021, 6, 1),
    "HMD": D(2020, 11, 8),
    "V8": D(2020, 11, 10),
}
REF_FMT = {
    "COR-HMD": "HMD/{:05d}",
    "COR-LUG": "LGD-{:05d}",
    "COR-KRT": "KRT-{:06d}",
    "COR-SHG": "SHG/{:05d}",
    "IOM-HMD": "MNF{:05d}",
    "IOM-V8": "MNF{:05d}",
    "IOM-MTM": "MTM23-{:05d}",
    "ARRA-SHM": "SHM{:06d}",
    "ARRA-HTS": "HTS{:06d}",
    "ARRA-MAI": "MAI{:06d}",
    "UNHCR-ADD": "ADD-{:06d}",
    "RRS-ALW": "ALW-{:05d}",
}
UNHCR_SD = {
    "UNHCR-HMD",
    "UNHCR-V8",
    "UNHCR-UMR",
    "UNHCR-TUN",
    "UNHCR-BAB",
    "VER-UMR",
    "VER-TUN",
    "VER-BAB",
    "VER-HMD",
    "VER-V8",
    "UNHCR-KRT",
}


def ymd(o: int) -> str:
    d = date.fromordinal(o)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


class Registry:
    def __init__(self, world: World, rng: random.Random, explain: bool):
        self.w = world
        self.rng = rng
        self.explain = explain
        self.maker = Maker(world, rng)
        self.persons: list[Person] = []
        self.records: list[tuple] = []
        self.rec_obj: list[Person] = []
        self.why: list[tuple] = []
        self.counters: dict[str, int] = {}
        self.leaders: dict[str, list[str]] = {}

    # --- household references ------------------------------------------------------------------

    def _next(self, key: str) -> int:
        n = self.counters.get(key, 0) + self.rng.randint(1, 3)
        self.counters[key] = n
        return n

    def ref_for(self, hh: Household, code: str, day: int, own: str = "") -> str:
        rng = self.rng
        refs = hh.refs
        if code in UNHCR_SD:
            key = "UNHCR-SD" + own
            if key in refs and (code[:4] != "UNHCR" or rng.random() < 0.85):
                return refs[key]
            yy = date.fromordinal(day).year % 100
            r = f"{code.split('-')[1]}-{yy:02d}C{self._next('UNHCR-SD'):06d}"
            refs.setdefault(key, r)
            return r
        if code.startswith("WFP"):
            if "UNHCR-SD" in refs and rng.random() < 0.4:
                return refs["UNHCR-SD"]
            if "RRS-ALW" in refs and rng.random() < 0.5:
                return refs["RRS-ALW"]
            key = code + own
            if key not in refs:
                refs[key] = f"WFP/{code[4:]}/{self._next(code):06d}"
            return refs[key]
        if code.startswith(("MSF", "SRCS")):
            return f"HH{self._next(code) % 10000:04d}"
        if code.startswith("IOM") and code != "IOM-MTM":
            return REF_FMT[code].format(self._next(code))
        if code in ("UNHCR-ADD", "RRS-ALW"):
            for k in ("ARRA", "UNHCR-ADD"):
                if k in refs and rng.random() < 0.3:
                    return refs[k]
        key = ("ARRA" if code.startswith("ARRA") else code) + own
        if key not in refs:
            refs[key] = REF_FMT[code].format(self._next(code))
        return refs[key]

    # --- one visit to one desk -----------------------------------------------------------------

    def event(
        self,
        code: str,
        day: int,
        members: list[Person],
        hh: Household,
        own: str = "",
        tag: str = "",
    ) -> None:
        rng = self.rng
        desk = self.w.desks[code]
        wd = date.fromordinal(day).weekday()
        if (desk.country == "SD" and wd == 4) or (desk.country == "ET" and wd == 6):
            if rng.random() < 0.85:
                day += 1
        day = min(day, END)
        members = [p for p in members if p.dob <= day]
        if not members:
            return
        clerk = desk.clerks[rng.randrange(len(desk.clerks))]
        ref = self.ref_for(hh, code, day, own)
        minute = 8 * 60 + rng.randrange(8 * 60)
        for p in members:
            self.emit(p, hh, desk, clerk, day, min(minute, 17 * 60 + 59), ref, tag)
            minute += rng.randint(1, 6)
            if rng.random() < clerk.p_double:
                c2 = desk.clerks[rng.randrange(len(desk.clerks))]
                minute += rng.randint(5, 200)
                self.emit(p, hh, desk, c2, day, min(minute, 17 * 60 + 59), ref, "double_entry")

    def emit(
        self,
        p: Person,
        hh: Household,
        desk: Desk,
        clerk: Clerk,
        day: int,
        minute: int,
        ref: str,
        extra: str,
    ) -> None:
        rng = self.rng
        w = self.w
        tags = [clerk.tag]
        if extra:
            tags.append(extra)
        rc = clerk
        if p.doc is not None and rng.random() < clerk.p_copy_doc:
            rc = p.doc
            tags.append("doc_spelling")
        pl = p.plang
        g, fl = w.render(rc, p.given, 0, pl)
        f, ff = w.render(rc, p.father, 1, pl)
        fl |= ff
        known = p.gf_known
        lay = LAYOUTS[pick(rng, clerk.layout)]
        if known:
            gg, fgg = w.render(rc, p.gf, 1, pl)
        else:
            gg, fgg = "", 0
            tags.append("grandfather_unknown")
            if lay != "A":
                lay = "B"
        if lay == "A":
            given, fam, patr = g, f, gg
            if known:
                tags.append("grandfather_in_patronymic")
                fl |= fgg
        elif lay == "B":
            given, fam, patr = g, f, ""
            if known:
                tags.append("grandfather_dropped")
        elif lay == "C":
            given, fam, patr = g, f + " " + gg, ""
            tags.append("grandfather_appended")
            fl |= fgg
        elif lay == "D":
            given, fam, patr = g, gg, f
            tags.append("father_in_patronymic;grandfather_as_surname")
            fl |= fgg
        elif lay == "E":
            given, fam, patr = g, gg, ""
            tags.append("grandfather_as_surname;father_dropped")
            fl |= fgg
        else:
            given, fam, patr = g + " " + f, gg, ""
            tags.append("given_father_in_given")
            fl |= fgg
        x = rng.random()
        if x < clerk.p_swap:
            given, fam = fam, given
            tags.append("given_family_swap")
        elif x < clerk.p_swap + clerk.p_fig and known:
            given, fam, patr = f, gg, ""
            tags.append("father_in_given")
        elif (
            p.role == "wife"
            and p.spouse is not None
            and x < clerk.p_swap + clerk.p_fig + (clerk.p_wife)
        ):
            sp = p.spouse
            fam = w.render(rc, sp.given if rng.random() < 0.5 else sp.father, 1, sp.plang)[0]
            patr = ""
            tags.append("wife_under_husband_name")
        elif p.role == "child" and hh.female and p.mother is not None and rng.random() < 0.03:
            fam = w.render(rc, p.mother.given, 1, pl)[0]
            tags.append("child_under_mother_name")
        if fl & 1:
            tags.append("slash_abbrev")
        if fl & 2:
            tags.append("compound_split")
        if fl & 4:
            tags.append("compound_hyphen")
        if clerk.caps:
            given, fam, patr = given.upper(), fam.upper(), patr.upper()
            tags.append("caps")
        pt = clerk.p_typo
        if rng.random() < pt:
            given = typo(given, rng)
            tags.append("typo_given")
        if rng.random() < pt:
            fam = typo(fam, rng)
            tags.append("typo_family")
        if patr and rng.random() < pt:
            patr = typo(patr, rng)
            tags.append("typo_patronymic")
        # sex
        sex = p.sex
        if rng.random() < clerk.p_sex_missing:
            sex = ""
            tags.append("sex_missing")
        elif rng.random() < 0.004:
            sex = "F" if sex == "M" else "M"
            tags.append("sex_miskeyed")
        bd = self.birth(p, clerk, day, tags)
        org = self.origin(p, hh, clerk, tags)
        ph = self.phone(p, hh, desk, clerk, day, tags)
        if ref and rng.random() < clerk.p_ref_missing:
            ref = ""
        if not ref:
            tags.append("household_ref_missing")
        regat = f"{ymd(day)}T{minute // 60:02d}:{minute % 60:02d}"
        self.records.append((given, fam, patr, sex, bd, org, ph, ref, regat, desk.site))
        self.rec_obj.append(p)
        p.nrec += 1
        self.why.append((hh.hid, f"{desk.code}/{clerk.k}", ";".join(tags)))

    # --- fields --------------------------------------------------------------------------------

    def full_date(self, y: int, m: int, d: int, clerk: Clerk, tags: list[str], day: int) -> str:
        rng = self.rng
        if d <= 12 and d != m and rng.random() < clerk.p_dm_swap:
            if date(y, d, m).toordinal() <= day:
                m, d = d, m
                tags.append("day_month_swap")
        if rng.random() < 0.002:
            y2 = y + rng.choice((-10, 10, -1, 1))
            if valid_ymd(y2, m, d) and date(y2, m, d).toordinal() <= day:
                y = y2
                tags.append("dob_typo")
        return f"{y:04d}-{m:02d}-{d:02d}"

    def year_only(self, y: int, clerk: Clerk, tags: list[str]) -> str:
        cw = clerk.agefmt
        if self.rng.random() * (cw[1]) < cw[0]:
            tags.append("jan1_default")
            return f"{y:04d}-01-01"
        tags.append("year_only")
        return f"{y:04d}"

    def birth(self, p: Person, clerk: Clerk, day: int, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < clerk.p_dob_missing:
            tags.append("dob_missing")
            return ""
        mode = p.dmode
        if mode != "age" and rng.random() < clerk.p_ask_age:
            mode = "age"
            tags.append("age_asked")
        dob = p.dob
        ry = date.fromordinal(day).year
        if mode == "age":
            age = (day - dob) / 365.25
            stated = int(age)
            if stated >= 15:
                stated += round(rng.gauss(0, 1.5 if stated < 50 else 3))
                if p.heaper:
                    s5 = 5 * round(stated / 5)
                    if s5 != stated:
                        stated = s5
                        tags.append("age_heaped")
            elif stated >= 5 and rng.random() < 0.3:
                stated += rng.choice((-1, 1))
            stated = max(0, stated)
            tags.append("age_estimated")
            y = ry - stated
            k = pick(rng, clerk.agefmt)
            if k == 0:
                tags.append("jan1_default")
                return f"{y:04d}-01-01"
            if k == 1:
                tags.append("year_only")
                return f"{y:04d}"
            dd = date.fromordinal(day)
            dm, dday = dd.month, dd.day
            if not valid_ymd(y, dm, dday):
                dday = 28
            tags.append("age_to_date")
            return f"{y:04d}-{dm:02d}-{dday:02d}"
        gd = date.fromordinal(dob)
        if mode == "gc":
            return self.full_date(gd.year, gd.month, gd.day, clerk, tags, day)
        ey, em, ed = ord_to_ec(dob)
        h = pick(rng, clerk.ec)
        if mode == "ecy":
            ey += p.ecy_err
            if h in (0, 2):
                tags.append("eth_year_converted")
                y = ey + (7 if rng.random() < 0.65 else 8)
            else:
                tags.append("eth_calendar_year")
                y = ey
            return self.year_only(min(y, ry), clerk, tags)
        if h == 0:
            tags.append("eth_converted")
            return self.full_date(gd.year, gd.month, gd.day, clerk, tags, day)
        if h == 3:
            tags.append("eth_calendar_year")
            return self.year_only(ey, clerk, tags)
        if h == 1:
            tags.append("eth_calendar_date")
            y = ey
        else:
            tags.append("eth_calendar_partial")
            y = ey + (7 if rng.random() < 0.7 else 8)
        m, d = em, ed
        if m == 13:
            x = rng.random()
            if x < 0.4:
                tags.append("year_only")
                return f"{min(y, ry):04d}"
            if x < 0.7:
                m, d = d, 13
                tags.append("day_month_swap")
            else:
                m = 12
                tags.append("date_clamped")
        elif not valid_ymd(y, m, d):
            if rng.random() < 0.6:
                d = 28
                tags.append("date_clamped")
            else:
                tags.append("year_only")
                return f"{min(y, ry):04d}"
        if date(y, m, d).toordinal() > day:
            tags.append("year_only")
            return f"{min(y, ry):04d}"
        return self.full_date(y, m, d, clerk, tags, day)

    def origin(self, p: Person, hh: Household, clerk: Clerk, tags: list[str]) -> str:
        rng = self.rng
        w = self.w
        if p.grp in ("eri", "erm") and hh.camp:
            k = pick(rng, clerk.origin_eri)
            if k == 0:
                s = w.place(clerk, p.origin, 0)
            elif k == 1:
                s = w.place(clerk, hh.camp, 0)
                tags.append("origin_camp")
            elif k == 2:
                s = w.place(clerk, PLACE_ID["ER"], 0)
                tags.append("origin_country")
            else:
                tags.append("origin_missing")
                return ""
        else:
            k = pick(rng, clerk.origin)
            if k == 0:
                s = w.place(clerk, p.origin, 0)
            elif k == 1:
                regs = PLACES[p.origin].regions
                s = w.place(clerk, p.origin, 1 + rng.randrange(len(regs)) if regs else 0)
                tags.append("origin_region")
            else:
                tags.append("origin_missing")
                return ""
        return s.upper() if clerk.caps else s

    def phone(
        self, p: Person, hh: Household, desk: Desk, clerk: Clerk, day: int, tags: list[str]
    ) -> str:
        rng = self.rng
        src = p
        if day - p.dob < 16 * 365:
            h = hh.head
            if h is None or h is p or day - h.dob < 16 * 365 or rng.random() < 0.45:
                tags.append("phone_missing")
                return ""
            src = h
            tags.append("phone_of_head")
        num = ""
        cc = ""
        if rng.random() >= clerk.p_phone_missing:
            if desk.country == "SD" or desk.code == "IOM-MTM":
                if src.sdn:
                    for k, (t, n) in enumerate(src.sdn):
                        if t <= day:
                            num, cc = n, "249"
                            if k:
                                tags.append("phone_new_sim")
                    if num and desk.code == "IOM-MTM" and src.eth and rng.random() < 0.4:
                        num, cc = src.eth, "251"
                if (
                    not num
                    and src.eth
                    and (day < D(2021, 3, 1) or day > SUDAN_WAR)
                    and (rng.random() < 0.75)
                ):
                    num, cc = src.eth, "251"
                if not num and src.eri and rng.random() < 0.5:
                    num, cc = src.eri, "291"
                if not num and hh.leader and rng.random() < clerk.p_leader:
                    num, cc = hh.leader, "249"
                    tags.append("phone_leader_shared")
            else:
                if src.eth and (day > WAR_START or rng.random() < 0.7):
                    num, cc = src.eth, "251"
                elif src.eri and rng.random() < 0.5:
                    num, cc = src.eri, "291"
        if not num:
            tags.append("phone_missing")
            return ""
        tags.append({"249": "phone_sdn", "251": "phone_eth", "291": "phone_eri"}[cc])
        k = pick(rng, clerk.phone_fmt)
        if k == 0:
            return "+" + cc + num
        if k == 1:
            return "0" + num
        if k == 2:
            return cc + num
        if k == 3:
            return num
        return "00" + cc + num

    # --- journeys ------------------------------------------------------------------------------

    def leader(self, site: str) -> str:
        pool = self.leaders.setdefault(site, [])
        if not pool or self.rng.random() < 1 / 40:
            pool.append(self.maker.sdn_number())
        return pool[self.rng.randrange(len(pool))]

    def uday(self, a: int, b: int) -> int:
        return a + self.rng.randrange(max(1, b - a))

    def register_household(self, hh: Household, remaining: int) -> int:
        hh.members = hh.members[:remaining]
        if hh.grp in ("eri", "erm"):
            main = self.flow_eritrean(hh, remaining)
        else:
            main = self.flow_sudan(hh, remaining)
        for p in hh.members:  # anybody the journey missed is added to the main desk later
            if p.nrec == 0:
                code, day = main
                self.event(code, max(day, p.dob + self.rng.randint(7, 120)), [p], hh)
            if p.nrec:
                p.idx = len(self.persons)
                self.persons.append(p)
        return sum(1 for p in hh.members if p.nrec)

    def newborn(self, hh: Household, start: int) -> Person | None:
        rng = self.rng
        mothers = [
            p
            for p in hh.members
            if p.sex == "F" and 18 <= (start - p.dob) / 365.25 <= 40 and p.role in ("wife", "head")
        ]
        if not mothers or rng.random() >= P_NEWBORN:
            return None
        mo = mothers[0]
        fa = mo.spouse
        kids = [p for p in hh.members if p.role == "child"]
        if fa is not None:
            father, gf = fa.given, fa.father
        elif kids:
            father, gf = kids[0].father, kids[0].gf
        else:
            return None
        dob = self.uday(start + 60, D(2023, 6, 30))
        c = self.maker.person(hh.grp, "M" if rng.random() < 0.51 else "F", float(dob), father, gf)
        c.dob = dob
        c.given = self.w.draw(hh.grp, c.sex, date.fromordinal(dob).year)
        c.dmode = "gc" if rng.random() < 0.85 else "ec"
        c.role = "child"
        c.mother = mo
        c.origin = mo.origin
        c.trap("born_in_camp")
        hh.members.append(c)
        return c

    def flow_sudan(self, hh: Household, remaining: int) -> tuple[str, int]:
        rng = self.rng
        mem = hh.members
        x = rng.random()
        if x < 0.55:
            arr = self.uday(D(2020, 11, 8), D(2020, 12, 1))
        elif x < 0.75:
            arr = self.uday(D(2020, 12, 1), D(2021, 1, 1))
        elif x < 0.9:
            arr = self.uday(D(2021, 1, 1), D(2021, 7, 1))
        else:
            arr = self.uday(D(2021, 7, 1), D(2022, 12, 31))
        hh.arrival = arr
        late = arr >= D(2021, 3, 1)
        if hh.grp == "amh":
            entry = "LUG" if rng.random() < 0.8 else "HMD"
        else:
            entry = "HMD" if rng.random() < 0.55 else "LUG"
        if late and rng.random() < 0.4:
            entry = ""
        y = rng.random()
        if entry == "HMD":
            camp = "UMR" if y < 0.4 else ("TUN" if y < 0.85 else "HMD")
        elif entry == "LUG":
            camp = "UMR" if y < 0.45 else ("TUN" if y < 0.75 else ("V8" if y < 0.95 else "BAB"))
        else:
            camp = "UMR" if y < 0.4 else ("TUN" if y < 0.8 else "BAB")
        for p in mem:
            if (arr - p.dob) / 365.25 >= 15:
                self.maker.sudan_sims(p, arr)
        hh.leader = self.leader(camp)
        main_desk, wfp, clinic, verif = CAMP_DESKS[camp]
        transit = "V8" if entry == "LUG" else "HMD"
        if entry and rng.random() < P_BORDER:
            self.event("COR-" + entry, arr + rng.randint(0, 2), mem, hh)
        if camp in ("HMD", "V8"):
            main = max(arr + rng.randint(1, 25), CAMP_OPEN[camp])
        else:
            move = max(arr + rng.randint(3, 40), CAMP_OPEN[camp])
            if entry and rng.random() < P_IOM:
                self.event("IOM-" + transit, move, mem, hh)
            main = move + rng.randint(0, 10)
        if len(mem) < remaining:
            self.newborn(hh, main)
        self.event(main_desk, main, mem, hh)
        for c in mem:
            if c.dob > main and c.nrec == 0:
                code = main_desk if rng.random() < 0.7 else clinic
                self.event(code, c.dob + rng.randint(5, 150), [c], hh, tag="birth_notification")
        if rng.random() < P_WFP and hh.head is not None:
            self.event(wfp, main + rng.randint(3, 150), [hh.head], hh)
        for p in mem:
            if rng.random() < P_CLINIC:
                self.event(clinic, self.uday(max(arr, p.dob), min(END, arr + 900)), [p], hh)
        if rng.random() < P_VERIF:
            self.event(verif, self.uday(D(2022, 3, 1), D(2022, 12, 1)), mem, hh)
        if camp in ("HMD", "V8") and rng.random() < P_BABIKRI:
            self.event("UNHCR-BAB", self.uday(D(2021, 6, 1), D(2022, 4, 1)), mem, hh)
        krt = []
        for p in mem:
            if (main - p.dob) / 365.25 >= 18 and rng.random() < P_KHARTOUM:
                code = "COR-KRT" if rng.random() < 0.5 else "UNHCR-KRT"
                self.event(
                    code,
                    self.uday(max(main, D(2021, 3, 1)), D(2023, 4, 10)),
                    [p],
                    hh,
                    own=f"-{mem.index(p)}",
                )
                krt.append(p)
        if rng.random() < P_METEMA:
            self.event("IOM-MTM", self.uday(D(2023, 4, 25), D(2023, 12, 1)), mem, hh)
        elif krt and rng.random() < 0.3:
            self.event("IOM-MTM", self.uday(D(2023, 4, 25), D(2023, 12, 1)), krt, hh)
        for p in mem:
            if (
                p is not hh.head
                and 18 <= (main - p.dob) / 365.25 <= 30
                and (rng.random() < P_OWN_CASE)
            ):
                self.event(
                    main_desk,
                    main + rng.randint(60, 500),
                    [p],
                    hh,
                    own=f"-{mem.index(p)}",
                    tag="own_case",
                )
        return main_desk, main

    def flow_eritrean(self, hh: Household, remaining: int) -> tuple[str, int]:
        rng = self.rng
        mem = hh.members
        x = rng.random()
        camp = "Shimelba" if x < 0.4 else ("Hitsats" if x < 0.88 else "Mai Aini")
        hh.camp = PLACE_ID[camp]
        arra = {"Shimelba": "ARRA-SHM", "Hitsats": "ARRA-HTS", "Mai Aini": "ARRA-MAI"}[camp]
        eth_arr = D(int(rng.triangular(2012, 2021, 2018.5)), 1, 1) + rng.randrange(365)
        eth_arr = min(eth_arr, D(2020, 10, 20))
        has_arra = rng.random() < P_ARRA
        y = rng.random()
        dest = "ADD" if y < 0.45 else ("SD" if y < 0.7 else ("ALW" if y < 0.9 else ""))
        if not dest and not has_arra:
            dest = "ADD"
        main = ("", 0)
        if has_arra:
            day = eth_arr + rng.randint(0, 20)
            self.event(arra, day, mem, hh)
            main = (arra, day)
            for c in mem:
                if c.dob > day and c.nrec == 0 and c.dob < D(2020, 10, 1):
                    self.event(
                        arra, c.dob + rng.randint(10, 200), [c], hh, tag="birth_notification"
                    )
        for p in mem:
            if (eth_arr - p.dob) / 365.25 >= 15 and rng.random() < 0.3:
                p.eth = rng.choice(ETH_TIGRAY) + f"{rng.randrange(1000000):06d}"
        if dest == "ADD":
            for p in mem:
                if rng.random() < 0.7 and (D(2021, 6, 1) - p.dob) / 365.25 >= 15:
                    p.eth = rng.choice(ETH_ADDIS) + f"{rng.randrange(1000000):06d}"
            day = self.uday(D(2021, 2, 1), D(2022, 12, 31))
            self.event("UNHCR-ADD", day, mem, hh)
            main = ("UNHCR-ADD", day)
            if rng.random() < P_VERIF:
                self.event(
                    "UNHCR-ADD",
                    self.uday(D(2023, 1, 10), D(2023, 11, 1)),
                    mem,
                    hh,
                    tag="verification",
                )
        elif dest == "ALW":
            for p in mem:
                if rng.random() < 0.5 and (D(2022, 6, 1) - p.dob) / 365.25 >= 15:
                    p.eth = rng.choice(ETH_ADDIS) + f"{rng.randrange(1000000):06d}"
            if camp != "Mai Aini" and rng.random() < 0.15:
                self.event("ARRA-MAI", self.uday(D(2021, 2, 1), D(2021, 7, 1)), mem, hh)
            day = self.uday(D(2022, 6, 1), D(2023, 8, 31))
            self.event("RRS-ALW", day, mem, hh)
            main = ("RRS-ALW", day)
            if rng.random() < P_WFP and hh.head is not None:
                self.event("WFP-ALW", day + rng.randint(3, 120), [hh.head], hh)
        elif dest == "SD":
            arr = self.uday(D(2020, 11, 10), D(2021, 2, 15))
            hh.arrival = arr
            for p in mem:
                if (arr - p.dob) / 365.25 >= 15:
                    self.maker.sudan_sims(p, arr)
            hh.leader = self.leader("HMD")
            if rng.random() < 0.15:
                self.event("COR-HMD", arr + rng.randint(0, 2), mem, hh)
            z = rng.random()
            code = (
                "UNHCR-HMD"
                if z < 0.3
                else "UNHCR-TUN"
                if z < 0.6
                else "COR-SHG"
                if z < 0.85
                else "UNHCR-KRT"
            )
            day = max(arr + rng.randint(2, 60), CAMP_OPEN["TUN"] if code == "UNHCR-TUN" else 0)
            self.event(code, day, mem, hh)
            main = (code, day)
            for p in mem:
                if rng.random() < P_CLINIC:
                    self.event(
                        "MSF-HMD" if rng.random() < 0.5 else "SRCS-TUN",
                        self.uday(day, D(2023, 4, 1)),
                        [p],
                        hh,
                    )
            if code != "UNHCR-KRT" and rng.random() < 0.03:
                self.event("UNHCR-KRT", self.uday(D(2021, 3, 1), D(2023, 4, 10)), mem, hh)
            if rng.random() < 0.05:
                self.event("IOM-MTM", self.uday(D(2023, 4, 25), D(2023, 12, 1)), mem, hh)
        return main


# ---------------------------------------------------------------------------------------------
# Traps found after the fact, and output
# ---------------------------------------------------------------------------------------------


def mark_traps(persons: list[Person]) -> None:
    by_father: dict[tuple, int] = {}
    by_full: dict[tuple, int] = {}
    by_age: dict[tuple, list[int]] = {}
    by_gf: dict[tuple, set] = {}
    for p in persons:
        k2 = (p.given, p.father)
        by_father[k2] = by_father.get(k2, 0) + 1
        k3 = (p.given, p.father, p.gf)
        by_full[k3] = by_full.get(k3, 0) + 1
        by_age.setdefault(k2, []).append(p.dob)
        by_gf.setdefault((p.given, p.gf, p.origin), set()).add(p.father)
    for p in persons:
        k2 = (p.given, p.father)
        if by_full[(p.given, p.father, p.gf)] > 1:
            p.trap("namesake_full")
        if by_father[k2] > 1:
            p.trap("namesake_same_father")
            if sum(1 for d in by_age[k2] if abs(d - p.dob) <= 3 * 365) > 1:
                p.trap("namesake_same_father_age")
        if len(by_gf[(p.given, p.gf, p.origin)]) > 1:
            p.trap("namesake_same_grandfather")
        if NAMES[p.given].key in UNISEX:
            p.trap("unisex_name")


def generate(n_people: int, seed: int, out: str, explain: bool) -> str:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    world = World(rng)
    reg = Registry(world, rng, explain)
    count = 0
    hcount = 0
    while count < n_people:
        for hh in reg.maker.households(hcount + 1):
            hcount += 1
            if count < n_people:
                count += reg.register_household(hh, n_people - count)
    # person ids in a shuffled order too, so that they say nothing either
    order_p = list(range(len(reg.persons)))
    rng.shuffle(order_p)
    for k, i in enumerate(order_p):
        reg.persons[i].pid = f"P{k + 1:07d}"
    mark_traps(reg.persons)

    n = len(reg.records)
    order = list(range(n))
    rng.shuffle(order)
    os.makedirs(out, exist_ok=True)
    header = [
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
    objs = reg.rec_obj
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as fr,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wr = csv.writer(fr)
        wt = csv.writer(ft)
        wr.writerow(header)
        wt.writerow(["record_id", "person_id"])
        for k, i in enumerate(order):
            rid = f"R{k + 1:07d}"
            wr.writerow((rid, *reg.records[i]))
            wt.writerow((rid, objs[i].pid))
    if explain:
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw)
            ww.writerow(["record_id", "person_id", "household_id", "desk", "tags", "traps"])
            for k, i in enumerate(order):
                p = objs[i]
                hid, desk, tags = reg.why[i]
                ww.writerow((f"R{k + 1:07d}", p.pid, hid, desk, tags, ";".join(p.traps or ())))
    multi = sum(1 for p in reg.persons if p.nrec > 1)
    secs = time.perf_counter() - t0
    return (
        f"eighth_hands: people={len(reg.persons)} records={n} "
        f"registered_2plus={multi / max(1, len(reg.persons)):.1%} seconds={secs:.1f} out={out}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=81)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
