#!/usr/bin/env python3
"""Fifteenth hands: Rohingya registrations in Bangladesh, Malaysia, India and Indonesia.

A synthetic test-data generator for the record-linkage benchmark.  It writes ``records.csv`` in
the registration interchange format (``/work/shared/interchange-format.md``), ``truth.csv``
(``record_id,person_id``) and, with ``--explain``, ``why.csv`` (one line per record: the person,
household, desk, clerk and every habit or trap applied to that record).

    python bench/fifteenth_hands.py --people N --seed S --out DIR [--explain]

It was written by "other hands": without reading the linkage engine, its tests, its docs or the
other generators in ``bench/``.  The only project file consulted was the interchange format.  All
it knows is the file format and how Rohingya registration works in the real world, so the habits
below are not tuned to what the matcher happens to handle.

THE WORLD
---------
Rohingya Muslims from northern Rakhine State, Myanmar (Maungdaw, Buthidaung, Rathedaung; earlier
also Sittwe, Kyauktaw, Pauktaw, Minbya, Mrauk-U) fled to Bangladesh in waves:

* 1978 (about 200,000, nearly all sent back in 1979; the relief ledgers were later typed in),
* 1991-92 (about 250,000; some 30,000 stayed as "registered refugees" in Kutupalong and
  Nayapara registered camps, with MRC numbers, and were re-registered in proGres in 2006-08),
* 2012-2015 (after the 2012 violence; undocumented, in the makeshift settlements - counted in the
  2016 Census of Undocumented Myanmar Nationals; many young men took boats to Malaysia),
* October 2016 - July 2017 (about 87,000),
* and above all 25 August - December 2017 (over 700,000) through Teknaf, Sabrang, Shah Porir
  Dwip and Ukhiya (Anjuman Para, Palong Khali) into Kutupalong-Balukhali (camps 1E-20X),
  Jamtoli (15), Hakimpara (14), Moynarghona (16), Chakmarkul (21), Unchiprang (22),
  Shamlapur (23), Leda (24), Ali Khali (25), Nayapara (26) and Jadimura (27).

From December 2020 some households were relocated to Bhasan Char; from late 2022 many boats
left the camps for Aceh, Indonesia.  A diaspora lives in Malaysia (UNHCR Kuala Lumpur) and
India (UNHCR New Delhi, settlements in Jammu and Hyderabad); some of the India families came
back to the camps in 2019-2021.

The desks (each writes its own ``site`` and ``record_id`` style and its own household reference):

==========  ======================================================  =========================
desk        who / when                                              household_ref
==========  ======================================================  =========================
LEDGER78    1978 relief-camp ledgers, typed in later (T00:00 times)  ledger book/page
RRRC92      RRRC/UNHCR registration 1992-93, registered camps        MRC number
PG07        UNHCR proGres re-registration 2006-08, registered camps  KTP/NYP case
BBS16       2016 census of undocumented Myanmar nationals            UMN household number
MSF         MSF clinics 2012-2023 (individual patients)              block / shelter, often none
TRANSIT17   arrival lists at transit points, Aug-Dec 2017            usually none
MOHA17      MoHA/DIP biometric registration Sep 2017 - 2018          none (individual card)
FC17        UNHCR/RRRC family counting, Sep 2017 - Jan 2018          FCN (family counting no.)
UNICEF      child protection, unaccompanied/separated children       UASC case number
IOM         site management and health posts 2017-2023               camp/block/shelter or FCN
WFP         food and e-voucher distribution 2018-2023                SCOPE card no. (or FCN)
JV          GoB-UNHCR joint verification (smart cards) 2018-19       proGres household ID
BHASAN      Bhasan Char relocation lists 2020-2023                   proGres ID or cluster/room
UNHCR-MYS   UNHCR Malaysia, Kuala Lumpur 2008-2023                   UNHCR case number
UNHCR-IND   UNHCR India: New Delhi, Jammu, Hyderabad 2012-2023       UNHCR case number
ACEH        boat arrivals in Aceh 2015, 2020, 2022-23                boat and group number
==========  ======================================================  =========================

The formats of the reference numbers are invented but plausible; place names are real.

PEOPLE
------
Households of about five: a man, one wife (sometimes two), many children; widows heading
households; elderly parents; nephews and nieces taken in when their parents were killed;
widows who remarried, with children of two fathers; unaccompanied and separated children living
together; single young men; girls married at 14-17 who leave for their husband's household.
Children are born in the camps until 2023.  Elderly people die.  Some households move camp
(fires, landslides, re-siting).  A polygamous man's second wife is often registered as her own
household, so he appears under two household numbers.

Rohingya have NO family names.  A person has one personal name of one to three words
(Mohammed Hossain, Nur Begum, Abdul Karim, Md. Ayas, Umme Salma, Janu Ara).  The name stocks
below are frequency-skewed, so a few names (Nur Begum, Mohammed Hossain, Nur Alam, Rashida
Begum, Abdul Karim ...) are very common: many namesakes live in the same block.  Fathers and
sons sometimes share a name; brothers share a first element; twins get paired names.

Birth dates are mostly unknown.  Ages are estimated by the clerk, independently at each desk,
with heaping on multiples of five and person-level bias (some people look older).  Children born
in the camps since 2018 often have a known date from a birth notification.  The smart card of
the 2018-19 joint verification carries a date (often 1 January of an estimated year), which later
desks copy.

CLERKS AND HABITS
-----------------
Every desk has several clerks, each with fixed habits drawn once:

* spelling style: English/UNHCR (Mohammed, Hossain), Bengali-influenced (Mohammad, Hosen, Rohim,
  Kobir, Jahid, Anowar), Malaysian (Muhammad, Husin, Ahmad, bin/binti), Indonesian (Muhammad,
  Rasyid), Indian (Mohd., Hussain, Khatoon, Noor, Kareem); a clerk spells a given word the same
  way nearly every time, with some drift;
* script: some desks write Bengali script (মোহাম্মদ হোসেন), a few Rohingya volunteers write
  Urdu-style Arabic script; copies of Myanmar documents come in Burmese script (rare, and only
  for words with a known form - the Burmese spellings here are approximate);
* abbreviations: Md./Md/MD./Mohd./Mohd/Muhd/Mat for Mohammed, dropping Mohammed, Mst./
  Mosammat for women, adding Md. to every man; titles (Haji, Maulvi, Hafez, Master, Majhi);
* joins and splits: Nurul Islam/Nurulislam, Abdul Karim/Abdulkarim, Nurjahan/Nur Jahan;
* what goes into ``family_name``: the father's name, the husband's name (married women), the
  household head's name, the last word of the person's own name, a copy of the whole name,
  "-", "N/A", "FNU", "LNU", "Rohingya", "bin <father>"; some clerks put the whole name
  and "S/O ..." / "D/O ..." / "W/O ..." into ``given_name``;
* ``patronymic`` (father's name) only where the desk's form has it; Bangladeshi forms ask
  "father's/husband's name", so married women get the husband; "Late ..." for dead fathers;
* letter case (Title, UPPER, lower), typo rate, sex left blank;
* birth date: year only, 1 January, 1 July, 31 December, the registration day and month with
  the estimated year, an invented full date, the true date when known; day/month swaps (a few
  clerks swap systematically), age heaping, blanks;
* phones: Bangladeshi mobiles (01812345678, +8801812345678, 8801812345678, 01812-345678,
  0181 234 5678, +88 01812-345678, 1812345678) - the household's, or the block majhi's shared
  phone when the household has none; +95 Myanmar numbers from before flight; +60, +91 abroad;
* origin: township, village (official or Rohingya name), "village, township", Rakhine/Arakan,
  Myanmar/Burma, in Bengali script, or the camp where the child was born;
* household reference formats, blanks; working hours (no Fridays in Bangladesh).

TRAPS (a reader's guide to why.csv tags)
---------------------------------------
``namesake-in-block:P...`` (a head gets the name of another head in the same block, ages within
six years), ``twin``, ``same-name-as-father``, ``father=stepfather``/``father=uncle`` (the
social father is written in one exercise, the biological father in another),
``family=husband``, ``patronymic=husband``, ``family=head`` (an old man under his son's name, a
wife under her husband's, a stepchild under the stepfather's), ``married-girl`` (moves to the
husband's household and reference), ``second-wife-own-household`` (her husband is in two
households), ``double-registration`` (the same person registered twice at one desk under another
household number), ``sex-wrong``, ``sex-blank``, ``name-in-family-field`` (empty given name),
``whole-name-one-field`` (S/O, D/O, W/O), ``said-without-Mohammed``, ``said-without-suffix``
(Rashida for Rashida Begum), ``copied-smartcard``/``copied-moha-date`` (later desks copy the
verification card, including its mistakes), ``age-heaped``, ``dm-swap``, ``birth=...``,
``origin=camp``, ``majhi-phone``, ``myanmar-phone``, ``moved-camp``, ``left-registered-camp``,
``relocated-Bhasan-Char``, ``emigrated-MYS``/``emigrated-IDN``/``boat-to-Aceh``,
``returned-from-India``, ``fled-twice`` (1978 and again in 1992 or 2017),
``late-registration`` (a person no sampled household exercise caught - mostly children born
later - registered alone), ``script-fallback`` (a script clerk writes a word in Latin letters).

Rows with an empty ``given_name`` (about 0.2%) or an empty ``family_name`` (rare) are
deliberate: real clerks do it, even though the format calls the fields required.

Deterministic for a given seed (random.Random(seed), per-clerk habits from crc32 of the seed,
desk and word; no hash randomisation, time or set ordering).  Standard library only
(numpy is not needed).
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import sys
import time
import zlib
from datetime import date

# --------------------------------------------------------------------------------------------
# dates


def od(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


END = od(2023, 12, 31)
REF17 = od(2017, 9, 1)
NEVER = 10**9


def iso(o: int) -> str:
    return date.fromordinal(o).isoformat()


def year_of(o: int) -> int:
    return date.fromordinal(o).year


class WC:
    """Weighted choice by cumulative weights."""

    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [a for a, _ in pairs]
        c, acc = [], 0.0
        for _, w in pairs:
            acc += w
            c.append(acc)
        self.cum = c
        self.tot = acc

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def wpick(rng, d):
    """Weighted choice from a small dict."""
    tot = sum(d.values())
    x = rng.random() * tot
    for k, w in d.items():
        x -= w
        if x < 0:
            return k
    return k


# --------------------------------------------------------------------------------------------
# name words: canonical | variants (tag letters: e English, b Bengali-influenced, m Malaysian,
# y Indonesian, i Indian) | Bengali script | Arabic (Urdu-style) script | Burmese script

NAME_WORD_TABLE = """
Mohammed|Mohammad:bi,Muhammad:emy,Mohamed:e,Mohamad:m,Muhammed:e,Mohammod:b,Muhamad:my,Mohamud,Mohmmed|মোহাম্মদ|محمد|မိုဟာမက်
Nur|Noor:ie,Nour:e,Nurr,Noore:i,Nuur:m|নুর|نور|နူရ်
Nurul|Noorul:i,Nurool:i,Norul:b,Nural:b,Nurol:b|নুরুল|نور|နူရူလ်
Hossain|Hussain:ei,Hosen:b,Hossen:b,Hosain:b,Husain:m,Husin:my,Hussein:e,Hossein,Hoshen:b|হোসেন|حسین|ဟိုစိန်
Begum|Begam:bi,Bagum:b,Beghum,Begom:b,Bgum|বেগম|بیگم|ဘေဂမ်
Khatun|Khatoon:i,Katun:my,Khatoun:e,Khaton:b,Khatu|খাতুন|خاتون|ခါတွန်
Alam|Alom:b,Allam,Aalam:i,Alum:m|আলম|عالم|အာလမ်
Rahman|Rahaman:b,Rohman:b,Rehman:i,Rahmaan:i,Rohoman:b,Rahmann|রহমান|رحمان|ရာမန်
Ullah|Ulla:b,Hulla:b,Ulloh:b,Olla:b,Ulah:my,Ullha|উল্লাহ|اللہ|အူလာ
Abdul|Abdu:b,Abul:b,Abdool:i,Abdol:b,Abd:m|আব্দুল|عبد|အဗ္ဒုလ်
Abdur|Abdul:e,Abdu:b,Abdor:b,Abdurr|আব্দুর|عبد|
Abdus|Abdul:e,Abdu:b,Abdos:b,Abdush:b|আব্দুস|عبد|
Abu|Abou:e,Abo:b,Aboo:i|আবু|ابو|အဘူ
Abul|Abu:e,Abol:b,Abool:i|আবুল|ابو|
Ayas|Ayaz:ei,Ilyas:emi,Elias:e,Eliyas:b,Iliyas:b,Ilias:my,Aiyas|আয়াছ|الیاس|
Ahmed|Ahmad:miy,Ahammed:b,Ahmod:b,Ahamed:b,Amed,Ahmet|আহমদ|احمد|အာမက်
Islam|Eslam:b,Islom:b,Islaam:i,Islam|ইসলাম|اسلام|အစ္စလမ်
Karim|Korim:b,Kareem:ie,Kerim,Karem:m|করিম|کریم|ကရင်မ်
Kabir|Kobir:b,Kabeer:i,Kobeer:b,Kabir|কবির|کبیر|ကဘီရ်
Sultan|Sulton:b,Soltan:b,Sultaan:i|সুলতান|سلطان|ဆူလ်တန်
Shofi|Shafi:ei,Safi:my,Shafee:i,Sofi:b,Shofee|শফি|شفیع|ရှိုဖီ
Rashida|Roshida:b,Rasheeda:i,Rosida:b,Rasyidah:y,Rashidah:m|রশিদা|رشیدہ|ရာရှီဒါ
Hasina|Hasinah:m,Hoseena,Hasena:b,Haseena:i|হাসিনা|حسینہ|
Umme|Ummay:b,Ummeh,Ume:b,Ummi:my,Umm:e|উম্মে|ام|
Salma|Salmah:m,Selma,Solma:b,Salmaa:i|সালমা|سلمی|
Janu|Jannu:b,Januh,Zanu|জানু||
Ara|Ara|আরা|آرا|
Ali|Aly,Alee:i,Aley|আলী|علی|အလီ
Hakim|Hakeem:i,Hokim:b,Hakem:m|হাকিম|حکیم|
Amin|Ameen:i,Amen:b,Amin|আমিন|امین|
Haque|Hoque:b,Haq:i,Hoq:b,Hak:m,Huq:e|হক|حق|
Miah|Mia:b,Mian:i,Mea:b,Miya:b,Miyah|মিয়া|میاں|
Uddin|Uddeen:i,Udin:m,Uddin,Udden:b|উদ্দিন|الدین|
Zaman|Jaman:b,Zamaan:i,Zoman:b|জামান|زمان|
Bashar|Boshor:b,Bashor:b,Basar:m|বশর|بشر|
Rahim|Rohim:b,Raheem:i,Rahem:m|রহিম|رحیم|ရာဟင်မ်
Hamid|Hamed:b,Hameed:i,Homid:b|হামিদ|حامد|ဟာမစ်
Yunus|Younus:e,Yunos:b,Eunus:b,Younis:i,Yunos|ইউনুস|یونس|
Salim|Selim:b,Saleem:i,Solim:b,Salem:m|সেলিম|سلیم|
Ismail|Esmail:b,Ismael:e,Ismile,Ismyl:i|ইসমাইল|اسماعیل|အစ်စမေးလ်
Idris|Edris:b,Idrees:i,Idrish:b|ইদ্রিস|ادریس|
Yusuf|Yousuf:ei,Yousef:e,Iusuf:b,Yusop:my,Usuf:b|ইউসুফ|یوسف|ယူဆွပ်
Ibrahim|Ebrahim:b,Ibraheem:i,Ibrahem,Ebrahem:b|ইব্রাহিম|ابراہیم|အီဗရာဟင်မ်
Hasan|Hassan:eim,Hason:b,Hasen|হাসান|حسن|ဟာဆန်
Osman|Usman:imy,Othman:m,Oshman:b|ওসমান|عثمان|
Siddique|Siddik:b,Siddiq:i,Sidik:my,Siddiqui:i|সিদ্দিক|صدیق|
Fatema|Fatima:emiy,Fatimah:my,Fotema:b,Fatama:b,Fatma|ফাতেমা|فاطمہ|ဖာတီမာ
Amina|Aminah:my,Ameena:i,Emina:b|আমিনা|آمنہ|အာမီနာ
Khadija|Khadiza:b,Khadijah:my,Khodeja:b,Kadija|খাদিজা|خدیجہ|ခဒီဂျာ
Halima|Halimah:my,Holima:b,Haleema:i|হালিমা|حلیمہ|ဟာလီမာ
Rokeya|Rokeia:b,Rokaya:b,Roqaiya:i,Rukiah:my,Rokia|রোকেয়া|رقیہ|
Akter|Akhter:i,Aktar:b,Akhtar:i,Aktter|আক্তার|اختر|
Bibi|Bebi:b,Beebee:i,Bibee|বিবি|بی بی|
Nahar|Nahar|নাহার|نہار|
Jahan|Jahan|জাহান|جہاں|
Banu|Bano:i,Banoo:i|বানু|بانو|
Kulsum|Kulsoom:i,Kulsuma:b,Kolsum:b,Kalsom:my|কুলসুম|کلثوم|
Hafez|Hafiz:eimy,Hafej:b|হাফেজ|حافظ|
Haji|Hajee:i,Hazi:b,Hj.:my|হাজী|حاجی|
Maulvi|Moulvi:b,Molvi:i,Moulovi:b|মৌলভী|مولوی|
Master|Mastor:b|মাস্টার||
Majhi|Mazi:b,Majee,Maji:b|মাঝি||
Shukkur|Shukur:e,Sukkur:b,Shokkur:b,Syukur:y|শুক্কুর|شکور|
Jafar|Zafar:e,Jaffar:i,Jofor:b|জাফর|جعفر|
Zafar|Jafar:b,Zaffar:i,Jafor:b|জাফর|ظفر|
Zahid|Jahid:b,Zaheed:i,Zahed:b|জাহিদ|زاہد|
Anwar|Anowar:b,Anuar:my,Anwer:i,Anoar:b|আনোয়ার|انور|
Jubair|Zubair:ei,Jubayer:b,Zubayr:m|জুবায়ের|زبیر|
Sayed|Syed:ei,Saiyed:b,Soyod:b,Said:my|সৈয়দ|سید|
Noman|Nouman:e,Numan:m|নোমান|نعمان|
Belal|Bilal:eimy,Belaal|বেলাল|بلال|
Omar|Umar:imy,Omor:b|ওমর|عمر|
Jannat|Jannath:i,Jonnat:b,Jannah:m|জান্নাত|جنت|
Rafiq|Rofique:b,Rafique:e,Rofik:b,Rafik:my,Rafeeq:i|রফিক|رفیق|
Shafiq|Shofique:b,Shafique:e,Syafiq:y,Shafeeq:i|শফিক|شفیق|
Kasim|Kashem:b,Qasim:ei,Kassim:m,Kasem:b|কাসিম|قاسم|
Hashim|Hashem:b,Hasyim:y,Hashem|হাশিম|ہاشم|
Yakub|Yaqub:ei,Yakoob:i,Iakub:b,Yaakob:m|ইয়াকুব|یعقوب|
Ishak|Ishaq:ei,Ishaque:b,Eshak:b|ইসহাক|اسحاق|
Mariam|Mariyam:b,Maryam:emi,Morium:b,Marium:b|মরিয়ম|مریم|
Ayesha|Aysha:b,Aisha:ei,Aishah:my,Ayasha|আয়েশা|عائشہ|
Sokina|Sakina:ei,Shokina:b,Sakinah:m|সকিনা|سکینہ|
Zohura|Johura:b,Zohra:ei,Zahra:m,Johora:b|জোহরা|زہرہ|
Formina|Formena:b,Furmina,Farmina|ফরমিনা||
Senuara|Senoara:b,Senowara:b,Senu Ara|সেনোয়ারা||
Nurjahan|Noorjahan:i,Nurjan:b,Nurjahan|নুরজাহান|نورجہاں|
Anowara|Anwara:e,Anuara:m,Anwarah:m|আনোয়ারা|انورہ|
Monowara|Monwara:e,Manuara:m,Monoara:b|মনোয়ারা||
Setara|Sitara:ei,Setera:b,Setarah:m|সেতারা|ستارہ|
Kaida|Kayda:b,Qaida:i,Kaeda|কায়দা||
Ankis|Ankes:b,Ankish|আনকিস||
Mst.|Mst:b,Mosammat:b,Most.:b,Mosa.:b|মোছাঃ||
"""

_TOK_INDEX: dict[str, int] = {}
TOK_CANON: list[str] = []
TOK_VARS: list[list[tuple[str, str]]] = []  # (variant, style letters)
TOK_ALLV: list[list[str]] = []
TOK_BN: list[str] = []
TOK_AR: list[str | None] = []
TOK_MMR: list[str | None] = []

_VOW = set("aeiou")


def _auto_variants(c: str) -> list[tuple[str, str]]:
    """Rule-made spelling variants for words without an explicit entry."""
    out: list[tuple[str, str]] = []
    lo = c.lower()

    def add(v: str, tags: str) -> None:
        if v and v != c and all(v != x for x, _ in out):
            out.append((v[0].upper() + v[1:], tags))

    # Bengali-influenced: first 'a' after a consonant becomes 'o'; z>j; w>o; q>k; ee>i
    if len(lo) > 3 and lo[0] not in _VOW:
        i = lo.find("a")
        if 0 < i < len(lo) - 1 and lo[i + 1] not in _VOW:
            add(lo[:i] + "o" + lo[i + 1 :], "b")
    if "z" in lo:
        add(lo.replace("z", "j"), "b")
    if "w" in lo:
        add(lo.replace("w", "o"), "b")
    if "q" in lo:
        add(lo.replace("q", "k"), "bmy")
    # Indian: u>oo, final-syllable i>ee
    j = lo.rfind("u")
    if j > 0:
        add(lo[:j] + "oo" + lo[j + 1 :], "i")
    j = lo.rfind("i")
    if 0 < j < len(lo) - 1 and lo[j + 1] not in _VOW:
        add(lo[:j] + "ee" + lo[j + 1 :], "i")
    # Malay / Indonesian: final -a > -ah, e > a in last syllable, sh > sy, double > single
    if lo.endswith("a") and len(lo) > 3:
        add(lo + "h", "my")
    j = lo.rfind("e")
    if 0 < j < len(lo) - 1:
        add(lo[:j] + "a" + lo[j + 1 :], "my")
    if "sh" in lo:
        add(lo.replace("sh", "sy"), "y")
        add(lo.replace("sh", "s"), "b")
    for k in range(1, len(lo)):
        if lo[k] == lo[k - 1] and lo[k] not in _VOW:
            add(lo[:k] + lo[k + 1 :], "my")
            break
    # generic: final h dropped / i<>e / o<>u
    if lo.endswith("h") and len(lo) > 3:
        add(lo[:-1], "")
    j = lo.find("i", 1)
    if j > 0:
        add(lo[:j] + "e" + lo[j + 1 :], "")
    j = lo.find("o", 1)
    if j > 0:
        add(lo[:j] + "u" + lo[j + 1 :], "")
    return out


# crude Latin -> Bengali script for words without a hand-written form
_BN_CONS = [
    ("kh", "খ"), ("gh", "ঘ"), ("ch", "চ"), ("jh", "ঝ"), ("th", "থ"), ("dh", "ধ"), ("ph", "ফ"),
    ("bh", "ভ"), ("sh", "শ"), ("k", "ক"), ("q", "ক"), ("g", "গ"), ("j", "জ"), ("z", "জ"),
    ("t", "ত"), ("d", "দ"), ("n", "ন"), ("p", "প"), ("f", "ফ"), ("b", "ব"), ("v", "ভ"),
    ("m", "ম"), ("r", "র"), ("l", "ল"), ("s", "স"), ("h", "হ"), ("c", "ক"), ("x", "ক্স"),
]  # fmt: skip
_BN_VOW = [
    ("aa", "আ", "া"), ("ai", "আই", "াই"), ("au", "আউ", "াউ"), ("ee", "ঈ", "ী"), ("oo", "উ", "ু"),
    ("ou", "ঔ", "ৌ"), ("a", "আ", "া"), ("i", "ই", "ি"), ("u", "উ", "ু"), ("e", "এ", "ে"),
    ("o", "ও", "ো"),
]  # fmt: skip


def bn_translit(word: str) -> str:
    s = word.lower().replace(".", "")
    out: list[str] = []
    i, n = 0, len(s)
    prev_cons = False
    first_vowel = True
    while i < n:
        ch = s[i]
        if ch in "wy" and i + 1 < n and s[i + 1] in _VOW:
            if ch == "w":
                out.append("ও")
                prev_cons = False
            elif s[i + 1] in "ui" and i == 0:
                out.append("ই")
                prev_cons = False
            else:
                out.append("ইয়" if i == 0 else "য়")
                prev_cons = True
            i += 1
            continue
        for lat, ind, dep in _BN_VOW:
            if s.startswith(lat, i):
                rest = s[i + len(lat) :]
                if prev_cons:
                    inherent = (
                        lat == "a"
                        and first_vowel
                        and len(rest) >= 2
                        and rest[0] not in _VOW
                        and rest[1] in _VOW
                    )
                    out.append("" if inherent else dep)
                else:
                    out.append(ind)
                i += len(lat)
                prev_cons = False
                first_vowel = False
                break
        else:
            for lat, bn in _BN_CONS:
                if s.startswith(lat, i):
                    if lat == "h" and i == n - 1 and i > 0:
                        i += 1
                        break
                    if prev_cons:
                        out.append("্")
                    out.append(bn)
                    i += len(lat)
                    prev_cons = True
                    break
            else:
                i += 1
    return "".join(out)


def tok(name: str) -> int:
    t = _TOK_INDEX.get(name)
    if t is not None:
        return t
    t = len(TOK_CANON)
    _TOK_INDEX[name] = t
    TOK_CANON.append(name)
    TOK_VARS.append(_auto_variants(name))
    TOK_BN.append(bn_translit(name))
    TOK_AR.append(None)
    TOK_MMR.append(None)
    TOK_ALLV.append([name] + [v for v, _ in TOK_VARS[t]])
    return t


def _load_token_table() -> None:
    for line in NAME_WORD_TABLE.strip().splitlines():
        parts = line.split("|")
        canon = parts[0]
        t = tok(canon)
        vs: list[tuple[str, str]] = []
        for item in parts[1].split(","):
            v, _, tags = item.partition(":")
            if v and v != canon:
                vs.append((v, tags))
        TOK_VARS[t] = vs
        TOK_ALLV[t] = [canon] + [v for v, _ in vs]
        if len(parts) > 2 and parts[2]:
            TOK_BN[t] = parts[2]
        if len(parts) > 3 and parts[3]:
            TOK_AR[t] = parts[3]
        if len(parts) > 4 and parts[4]:
            TOK_MMR[t] = parts[4]


_load_token_table()

# Arabic forms for words that have none in the table (Urdu-style spellings)
_AR_MORE = {
    "Sultan": "سلطان", "Jamal": "جمال", "Kamal": "کمال", "Rashid": "رشید", "Aziz": "عزیز",
    "Habib": "حبیب", "Siraj": "سراج", "Harun": "ہارون", "Faruk": "فاروق", "Musa": "موسی",
    "Isa": "عیسی", "Zakaria": "زکریا", "Yahya": "یحیی", "Abdullah": "عبداللہ", "Jabbar": "جبار",
    "Gaffar": "غفار", "Malek": "مالک", "Majid": "مجید", "Kader": "قادر", "Latif": "لطیف",
    "Mannan": "منان", "Goni": "غنی", "Wahab": "وہاب", "Razzak": "رزاق", "Sattar": "ستار",
    "Salam": "سلام", "Jalil": "جلیل", "Samad": "صمد", "Hashem": "ہاشم", "Nabi": "نبی",
    "Taher": "طاہر", "Bakkar": "بکر", "Kalam": "کلام", "Hamida": "حمیدہ", "Jamila": "جمیلہ",
    "Habiba": "حبیبہ", "Hafsa": "حفصہ", "Yasmin": "یاسمین", "Laila": "لیلی", "Rabeya": "رابعہ",
    "Sayeda": "سیدہ", "Shah": "شاہ", "Mir": "میر", "Din": "دین", "Gul": "گل", "Dil": "دل",
    "Khan": "خان", "Akbar": "اکبر", "Ayub": "ایوب", "Yasin": "یاسین", "Hamza": "حمزہ",
    "Rahima": "رحیمہ", "Amir": "امیر", "Bashir": "بشیر", "Anas": "انس", "Rahmat": "رحمت",
    "Mostafa": "مصطفی", "Saleh": "صالح", "Sufian": "سفیان", "Hanif": "حنیف", "Halim": "حلیم",
    "Rob": "رب", "Rouf": "رؤف", "Huda": "ہدی", "Matin": "متین", "Hai": "حی", "Bari": "باری",
    "Kuddus": "قدوس", "Sobhan": "سبحان", "Khaleque": "خالق", "Hannan": "حنان", "Absar": "ابصار",
    "Fazal": "فضل", "Golam": "غلام", "Zakir": "ذاکر", "Tayeb": "طیب", "Nazir": "نذیر",
}  # fmt: skip
_MMR_MORE = {
    "Sultan": "ဆူလ်တန်", "Jamal": "ဂျမာလ်", "Taher": "တာဟီရ်", "Abdullah": "အဗ္ဒုလ္လာ",
    "Harun": "ဟာရွန်း", "Musa": "မူဆာ", "Ayub": "အာယုဘ်", "Salam": "ဆလမ်",
}  # fmt: skip
for _k, _v in _AR_MORE.items():
    TOK_AR[tok(_k)] = _v
for _k, _v in _MMR_MORE.items():
    TOK_MMR[tok(_k)] = _v

# Bengali spellings for more words (the rule-made transliteration is only a fallback)
_BN_MORE = dict(
    item.split("=")
    for item in """
Jamal=জামাল Kamal=কামাল Rashid=রশিদ Aziz=আজিজ Habib=হাবিব Siraj=সিরাজ Harun=হারুন
Faruk=ফারুক Musa=মুসা Isa=ঈসা Zakaria=জাকারিয়া Yahya=ইয়াহিয়া Abdullah=আব্দুল্লাহ
Jabbar=জব্বার Gaffar=গফফার Malek=মালেক Majid=মজিদ Kader=কাদের Latif=লতিফ Mannan=মান্নান
Goni=গনি Wahab=ওহাব Razzak=রাজ্জাক Sattar=সাত্তার Salam=সালাম Jalil=জলিল Samad=সামাদ
Hashem=হাশেম Kashem=কাশেম Nabi=নবী Taher=তাহের Bakkar=বক্কর Kalam=কালাম Hamida=হামিদা
Jamila=জমিলা Habiba=হাবিবা Hafsa=হাফসা Yasmin=ইয়াসমিন Laila=লাইলা Rabeya=রাবেয়া
Sayeda=সৈয়দা Shah=শাহ Mir=মীর Din=দীন Gul=গুল Dil=দিল Khan=খান Akbar=আকবর Ayub=আইয়ুব
Yasin=ইয়াসিন Hamza=হামজা Amir=আমির Bashir=বশির Anas=আনাস Rahmat=রহমত Mostafa=মোস্তফা
Saleh=সালেহ Sufian=সুফিয়ান Hanif=হানিফ Halim=হালিম Rob=রব Rouf=রউফ Huda=হুদা Matin=মতিন
Hai=হাই Bari=বারী Kuddus=কুদ্দুস Sobhan=সোবহান Khaleque=খালেক Hannan=হান্নান Absar=আবছার
Fazal=ফজল Golam=গোলাম Zakir=জাকির Tayeb=তৈয়ব Nazir=নজির Emam=ইমাম Eman=ঈমান Kala=কালা
Sona=সোনা Lal=লাল Monir=মনির Jashim=জসিম Jahangir=জাহাঙ্গীর Shamsul=শামসুল Badiul=বদিউল
Mokbul=মকবুল Abbas=আব্বাস Ata=আতা Box=বক্স Hassan=হাসান Tayub=তৈয়ব Sorwar=সরোয়ার
Sadek=সাদেক Arafat=আরাফাত Rubel=রুবেল Sohel=সোহেল Jalal=জালাল Rashed=রাশেদ Saddam=সাদ্দাম
Shakil=শাকিল Tareq=তারেক Nazim=নাজিম Azim=আজিম Emran=ইমরান Enayet=এনায়েত Faisal=ফয়সাল
Salman=সালমান Mizan=মিজান Dildar=দিলদার Alamgir=আলমগীর Shamim=শামীম Tasmin=তাসমিন
Sumaiya=সুমাইয়া Tasnim=তাসনিম Nusrat=নুসরাত Sadia=সাদিয়া Sharmin=শারমিন Mim=মিম Asma=আসমা
Tania=তানিয়া Jorina=জরিনা Morjina=মর্জিনা Minara=মিনারা Tahera=তাহেরা Momtaz=মমতাজ
Roshan=রওশন Sufia=সুফিয়া Asia=আছিয়া Mabia=মাবিয়া Shamsun=শামসুন Sabekun=সাবেকুন
Kamrun=কামরুন Shahida=শাহিদা Jahida=জাহিদা Rehana=রেহানা Rozina=রোজিনা Shafika=শফিকা
Sajeda=সাজেদা Marjan=মারজান Husne=হুসনে Samira=সামিরা Shobnom=শবনম Senu=সেনু Hazera=হাজেরা
Nasima=নাসিমা Parvin=পারভীন Afroza=আফরোজা Bilkis=বিলকিস Kohinur=কহিনুর Toyaba=তৈয়বা
Rajuma=রাজুমা Delwara=দেলোয়ারা Sanjida=সানজিদা Shomshida=শমশিদা Ajida=আজিদা Hani=হানি
Salema=সালেমা Haba=হাবা Kolima=কলিমা Bahar=বাহার Jan=জান Khair=খায়ের Fayez=ফয়েজ
Talib=তালেব Monsur=মনসুর Shahid=শহিদ Sabbir=সাব্বির Hares=হারেস Ershad=এরশাদ Hafiz=হাফিজ
Moktar=মোক্তার Shahab=শাহাব Samsu=সামসু Foyez=ফয়েজ Lokman=লোকমান Sirajul=সিরাজুল
Mujib=মুজিব Mojib=মজিব Hamidul=হামিদুল Azizul=আজিজুল Faizul=ফয়জুল Kefayet=কেফায়েত
Faiz=ফয়েজ Yar=ইয়ার Dost=দোস্ত Fayaz=ফৈয়াজ Sher=শের Barkat=বরকত Zaman=জামান
Khurshida=খুরশিদা Mumtaz=মমতাজ Toslima=তসলিমা Khaleda=খালেদা Rukia=রুকিয়া Gulshan=গুলশান
Sabura=সাবুরা Arafa=আরাফা Shakila=শাকিলা Tayeba=তৈয়বা Mahbuba=মাহবুবা Marufa=মারুফা
Shahana=শাহানা Ruma=রুমা Junaid=জুনায়েদ Rayhan=রায়হান Tamim=তামিম Nayeem=নাঈম Sakib=সাকিব
Rifat=রিফাত Tasin=তাসিন Ayan=আয়ান Ridwan=রিদওয়ান Saiful=সাইফুল Abrar=আবরার Hakim=হাকিম
Bashar=বশর Karim=করিম Rahim=রহিম Monowara=মনোয়ারা Anowara=আনোয়ারা Setara=সেতারা
Jahan=জাহান Nahar=নাহার Kulsum=কুলসুম Kaida=কায়দা Ankis=আনকিস Kiyas=কিয়াস Sofa=সোফা
Nurkis=নুরকিস Fulbahar=ফুলবাহার Samuda=সামুদা Yeasmin=ইয়াসমিন Idrish=ইদ্রিস Jobair=জোবায়ের
Moshiur=মশিউর Rezaul=রেজাউল Shaker=শাকের Motaleb=মোতালেব Baset=বাসেত Alim=আলিম Mazid=মজিদ
Ghafur=গফুর Aleem=আলিম Hafez=হাফেজ Afsar=আফসার Sattar=সাত্তার Ahmad=আহমদ Ziabur=জিয়াবুর
Rofik=রফিক Kefait=কেফায়েত
""".split()
)
for _k, _v in _BN_MORE.items():
    TOK_BN[tok(_k)] = _v

MOH = tok("Mohammed")
NUR = tok("Nur")
MST = tok("Mst.")
AR_DEFINITE_BEFORE = {tok("Abdul"), tok("Abdur"), tok("Abdus"), tok("Nurul"), tok("Abul")}

# --------------------------------------------------------------------------------------------
# name stocks (weights give the skew: a few names are very common)

MALE_PRE = [
    ("Nur", 30), ("Sultan", 10), ("Shofi", 9), ("Jafar", 8), ("Zafar", 5), ("Rashid", 8),
    ("Anwar", 6), ("Jamal", 6), ("Kamal", 5), ("Dil", 7), ("Kala", 5), ("Sayed", 8), ("Shah", 5),
    ("Ali", 6), ("Amir", 5), ("Bashir", 5), ("Fazal", 5), ("Hamid", 5), ("Shamsul", 6),
    ("Badiul", 3), ("Siraj", 5), ("Habib", 6), ("Aziz", 5), ("Rafiq", 5), ("Monir", 4),
    ("Zahid", 4), ("Jashim", 4), ("Kefayet", 3), ("Mojib", 3), ("Nazir", 4), ("Eman", 4),
    ("Emam", 3), ("Gul", 4), ("Sher", 4), ("Din", 3), ("Mir", 4), ("Jahangir", 4), ("Rahmat", 4),
    ("Barkat", 3), ("Sona", 4), ("Lal", 4), ("Mokbul", 3), ("Ahmed", 4), ("Abbas", 3),
    ("Golam", 5), ("Ata", 3), ("Zakir", 4), ("Tayeb", 3), ("Kabir", 5), ("Faiz", 3), ("Yar", 2),
    ("Dost", 2), ("Fayaz", 2), ("Hafiz", 2), ("Moktar", 3), ("Jalal", 3), ("Shahab", 2),
    ("Samsu", 3), ("Foyez", 2), ("Lokman", 3), ("Sadek", 2), ("Sirajul", 2), ("Mujib", 2),
    ("Kefait", 1), ("Rofik", 1), ("Ziabur", 1), ("Hamidul", 2), ("Azizul", 2), ("Faizul", 2),
]  # fmt: skip
MALE_SUF = [
    ("Alam", 30), ("Hossain", 28), ("Ahmed", 26), ("Mohammed", 14), ("Ullah", 18), ("Miah", 12),
    ("Islam", 8), ("Kabir", 8), ("Uddin", 8), ("Haque", 8), ("Amin", 8), ("Rahman", 7),
    ("Karim", 5), ("Ali", 8), ("Zaman", 4), ("Akbar", 4), ("Bashar", 3), ("Khan", 3),
    ("Hakim", 4), ("Box", 2), ("Shah", 2), ("Hassan", 1), ("Jalal", 1), ("Ahmad", 1),
]  # fmt: skip
MALE_CORE = [
    ("Ayas", 12), ("Yunus", 10), ("Salim", 8), ("Ismail", 10), ("Idris", 8), ("Yusuf", 8),
    ("Ibrahim", 8), ("Harun", 6), ("Osman", 6), ("Faruk", 5), ("Rafiq", 7), ("Shafiq", 5),
    ("Hashim", 6), ("Kasim", 6), ("Yakub", 6), ("Ishak", 4), ("Hasan", 8), ("Hossain", 5),
    ("Alam", 5), ("Amin", 6), ("Sadek", 4), ("Sorwar", 3), ("Siddique", 5), ("Jubair", 5),
    ("Tayub", 4), ("Anas", 3), ("Arafat", 3), ("Rubel", 2), ("Sohel", 2), ("Jamal", 4),
    ("Kamal", 4), ("Hamza", 3), ("Musa", 5), ("Isa", 3), ("Zakaria", 4), ("Yahya", 3),
    ("Jalal", 4), ("Belal", 4), ("Noman", 2), ("Rashed", 3), ("Saddam", 4), ("Shakil", 2),
    ("Tareq", 2), ("Hanif", 4), ("Halim", 2), ("Rahim", 5), ("Karim", 4), ("Nazim", 2),
    ("Azim", 2), ("Anwar", 3), ("Zahid", 3), ("Emran", 3), ("Enayet", 2), ("Faisal", 3),
    ("Abdullah", 5), ("Ayub", 4), ("Shaker", 2), ("Hashem", 3), ("Yasin", 4), ("Sayed", 3),
    ("Omar", 4), ("Salman", 2), ("Mizan", 2), ("Aziz", 3), ("Idrish", 1), ("Sultan", 2),
    ("Dildar", 2), ("Moshiur", 1), ("Sabbir", 2), ("Shahid", 2), ("Rezaul", 1), ("Kefayet", 1),
    ("Jobair", 1), ("Shamim", 2), ("Hares", 2), ("Hakim", 2), ("Ershad", 1), ("Alamgir", 2),
]  # fmt: skip
MALE_YOUNG = [
    ("Anas", 6), ("Arafat", 5), ("Jubair", 6), ("Tasin", 3), ("Sakib", 3), ("Rifat", 3),
    ("Sabbir", 3), ("Nayeem", 3), ("Junaid", 4), ("Ayan", 3), ("Rayhan", 3), ("Tamim", 3),
    ("Yasin", 4), ("Omar", 4), ("Hamza", 4), ("Ridwan", 2), ("Saiful", 2), ("Abrar", 2),
]  # fmt: skip
ABDUL_NAMES = [
    ("Abdul", "Karim", 12), ("Abdur", "Rahman", 12), ("Abdus", "Salam", 8), ("Abdul", "Hamid", 8),
    ("Abdus", "Shukkur", 8), ("Abdul", "Jabbar", 6), ("Abdul", "Gaffar", 5), ("Abdul", "Malek", 6),
    ("Abdul", "Majid", 5), ("Abdul", "Aziz", 6), ("Abdul", "Kader", 6), ("Abdul", "Khaleque", 4),
    ("Abdur", "Rashid", 6), ("Abdul", "Latif", 5), ("Abdul", "Mannan", 4), ("Abdul", "Goni", 5),
    ("Abdul", "Wahab", 3), ("Abdur", "Razzak", 4), ("Abdul", "Halim", 4), ("Abdul", "Kuddus", 3),
    ("Abdus", "Sattar", 5), ("Abdul", "Bari", 3), ("Abdul", "Hai", 3), ("Abdul", "Motaleb", 3),
    ("Abdul", "Hannan", 2), ("Abdul", "Hakim", 4), ("Abdul", "Amin", 4), ("Abdur", "Rahim", 6),
    ("Abdul", "Jalil", 4), ("Abdus", "Samad", 4), ("Abdus", "Sobhan", 3), ("Abdul", "Haque", 4),
    ("Abdul", "Matin", 3), ("Abdul", "Alim", 2), ("Abdul", "Baset", 2), ("Abdul", "Hashem", 3),
    ("Abdul", "Kashem", 3), ("Abdul", "Nabi", 3), ("Abdur", "Rob", 3), ("Abdur", "Rouf", 3),
    ("Abdul", "Mazid", 1), ("Abdul", "Hafez", 2), ("Abdul", "Ghafur", 2), ("Abdul", "Aleem", 1),
]  # fmt: skip
NURUL_NAMES = [
    ("Islam", 8), ("Amin", 8), ("Haque", 6), ("Alam", 5), ("Absar", 3), ("Bashar", 3),
    ("Kabir", 3), ("Hakim", 2), ("Huda", 2), ("Afsar", 2), ("Mostafa", 2), ("Hossain", 2),
]  # fmt: skip
ABU_NAMES = [
    ("Abu", "Taher", 6), ("Abu", "Bakkar", 6), ("Abu", "Siddique", 3), ("Abu", "Sayed", 3),
    ("Abu", "Ahmed", 3), ("Abul", "Kalam", 6), ("Abul", "Hashem", 5), ("Abul", "Kasim", 5),
    ("Abul", "Hossain", 4), ("Abul", "Fayez", 2), ("Abu", "Sufian", 3), ("Abu", "Hanif", 2),
    ("Abu", "Saleh", 3), ("Abul", "Bashar", 3), ("Abul", "Khair", 3), ("Abu", "Zafar", 2),
    ("Abu", "Talib", 2), ("Abu", "Jafar", 1), ("Abul", "Monsur", 2),
]  # fmt: skip
FEM_SUF = [
    ("Begum", 40), ("Khatun", 25), ("Akter", 12), ("Bibi", 10), ("Nahar", 6), ("Ara", 8),
    ("Jahan", 3), ("Banu", 4), ("Bahar", 3), ("Jan", 3),
]  # fmt: skip
_STD = "Begum Khatun Akter Bibi Banu"
FEM_PRE = [
    ("Nur", 30, "Begum Khatun Akter Bibi Nahar Jahan Banu Bahar"), ("Rashida", 10, _STD),
    ("Hasina", 8, _STD), ("Janu", 6, "Ara Begum Bibi"), ("Rokeya", 7, _STD), ("Fatema", 8, _STD),
    ("Minara", 6, _STD), ("Rahima", 8, _STD), ("Tahera", 5, _STD), ("Momtaz", 5, _STD),
    ("Dil", 6, "Bahar Begum Ara"), ("Roshan", 5, "Ara"), ("Sufia", 6, _STD), ("Halima", 7, _STD),
    ("Asia", 5, _STD), ("Khadija", 6, _STD), ("Amina", 7, _STD), ("Jamila", 5, _STD),
    ("Hamida", 6, _STD), ("Rabeya", 5, _STD), ("Mabia", 4, _STD), ("Jannat", 6, "Ara Begum"),
    ("Shamsun", 6, "Nahar"), ("Sabekun", 4, "Nahar"), ("Kamrun", 4, "Nahar"),
    ("Sayeda", 4, _STD), ("Shahida", 5, _STD), ("Jahida", 4, _STD), ("Rehana", 4, _STD),
    ("Rozina", 4, _STD), ("Yasmin", 5, _STD), ("Shafika", 3, _STD), ("Sajeda", 4, _STD),
    ("Marjan", 3, _STD), ("Gul", 3, "Bahar Jan Begum"), ("Husne", 3, "Ara"), ("Laila", 4, _STD),
    ("Zohura", 5, _STD), ("Sona", 4, "Bibi Begum Banu"), ("Ayesha", 6, _STD), ("Mariam", 5, _STD),
    ("Sokina", 5, _STD), ("Jorina", 4, _STD), ("Morjina", 4, _STD), ("Rajuma", 4, _STD),
    ("Samira", 3, _STD), ("Shobnom", 3, _STD), ("Senu", 3, "Ara"), ("Hazera", 4, _STD),
    ("Nasima", 4, _STD), ("Parvin", 3, "Akter Begum"), ("Afroza", 3, _STD), ("Bilkis", 4, _STD),
    ("Khurshida", 2, _STD), ("Mumtaz", 2, _STD), ("Toslima", 2, _STD), ("Kohinur", 3, _STD),
    ("Umme", 0, ""),
]  # fmt: skip
FEM_CORE = [
    ("Formina", 5), ("Senuara", 4), ("Rahima", 6), ("Fatema", 8), ("Amina", 7), ("Khadija", 6),
    ("Halima", 6), ("Jannat", 4), ("Tasmin", 3), ("Nurjahan", 6), ("Sanjida", 3), ("Yasmin", 4),
    ("Rozina", 4), ("Shahida", 4), ("Minara", 5), ("Shomshida", 3), ("Ajida", 3), ("Kohinur", 4),
    ("Toyaba", 3), ("Anowara", 5), ("Monowara", 5), ("Setara", 5), ("Hamida", 4), ("Sajeda", 3),
    ("Sokina", 4), ("Morjina", 4), ("Jorina", 3), ("Ayesha", 5), ("Mariam", 5), ("Hasina", 3),
    ("Rashida", 4), ("Rokeya", 3), ("Zohura", 3), ("Bilkis", 3), ("Delwara", 3), ("Rabeya", 3),
    ("Hazera", 3), ("Rajuma", 3), ("Nasima", 3), ("Shakila", 2), ("Arafa", 2), ("Sabura", 2),
    ("Gulshan", 2), ("Dildar", 1), ("Hafsa", 2), ("Khaleda", 3), ("Asma", 2), ("Rukia", 2),
    ("Samuda", 1), ("Nurkis", 1), ("Fulbahar", 1), ("Tayeba", 2), ("Yeasmin", 1),
]  # fmt: skip
FEM_YOUNG = [
    ("Tasmin", 5), ("Sumaiya", 5), ("Tasnim", 4), ("Nusrat", 3), ("Mahbuba", 2), ("Sadia", 3),
    ("Sharmin", 2), ("Mim", 3), ("Hafsa", 4), ("Ruma", 2), ("Asma", 3), ("Jannat", 5),
    ("Marufa", 2), ("Umme Habiba", 3), ("Sanjida", 3), ("Tania", 2), ("Shahana", 2),
]  # fmt: skip
UMME_NAMES = [("Salma", 8), ("Kulsum", 8), ("Habiba", 5), ("Hani", 4), ("Salema", 3), ("Hafsa", 2)]
NUR_FEM = [
    ("Kaida", 5), ("Ankis", 3), ("Haba", 3), ("Fatema", 3), ("Hafsa", 2), ("Kolima", 2),
    ("Jahan", 3), ("Nahar", 3), ("Bahar", 2), ("Ayesha", 2), ("Kiyas", 1), ("Sofa", 1),
]  # fmt: skip

# twin pairs: the second twin gets the partner word
TWIN_PAIRS = {
    "Hasan": "Hossain", "Hossain": "Hasan", "Rahim": "Karim", "Karim": "Rahim", "Jamal": "Kamal",
    "Kamal": "Jamal", "Rahima": "Fahima", "Fatema": "Khadija", "Kaida": "Ankis", "Salma": "Kulsum",
    "Anas": "Arafat", "Jubair": "Junaid",
}  # fmt: skip

JOIN_FIRST = {tok(w) for w in ("Nurul", "Abdul", "Abdur", "Abdus", "Abu", "Abul", "Umme",
                               "Shamsun", "Kamrun", "Sabekun", "Roshan", "Jannat", "Husne",
                               "Senu")}  # fmt: skip
JOIN_SECOND = {tok(w) for w in ("Ullah", "Uddin", "Ara", "Nahar", "Jahan")}
SPLITS = {
    tok("Nurjahan"): "Nur Jahan", tok("Senuara"): "Senu Ara", tok("Anowara"): "Anow Ara",
    tok("Monowara"): "Mono Ara", tok("Kohinur"): "Kohi Nur", tok("Delwara"): "Del Ara",
    tok("Abdullah"): "Abdul Lah", tok("Alamgir"): "Alam Gir", tok("Fulbahar"): "Ful Bahar",
    tok("Nurkis"): "Nur Kis", tok("Jahangir"): "Jahan Gir",
}  # fmt: skip
FEM_DROPPABLE = {tok(w) for w in ("Begum", "Khatun", "Akter", "Bibi")}


def _build_stocks():
    male_pre = WC([(tok(a), w) for a, w in MALE_PRE])
    male_suf = WC([(tok(a), w) for a, w in MALE_SUF])
    male_core = WC([(tok(a), w) for a, w in MALE_CORE])
    male_young = WC([(tok(a), w) for a, w in MALE_YOUNG])
    abdul = WC([((tok(a), tok(b)), w) for a, b, w in ABDUL_NAMES])
    nurul = WC([((tok("Nurul"), tok(a)), w) for a, w in NURUL_NAMES])
    abu = WC([((tok(a), tok(b)), w) for a, b, w in ABU_NAMES])
    fsuf_w = {tok(a): w for a, w in FEM_SUF}
    fpre = []
    for a, w, allowed in FEM_PRE:
        if w == 0:
            continue
        sufs = [tok(s) for s in allowed.split()]
        fpre.append(((tok(a), WC([(s, fsuf_w.get(s, 3)) for s in sufs])), w))
    fpre_wc = WC(fpre)
    fcore = WC([(tuple(tok(x) for x in a.split()), w) for a, w in FEM_CORE])
    fyoung = WC([(tuple(tok(x) for x in a.split()), w) for a, w in FEM_YOUNG])
    umme = WC([((tok("Umme"), tok(a)), w) for a, w in UMME_NAMES])
    nurf = WC([((NUR, tok(a)), w) for a, w in NUR_FEM])
    return (
        male_pre,
        male_suf,
        male_core,
        male_young,
        abdul,
        nurul,
        abu,
        fpre_wc,
        fcore,
        fyoung,
        umme,
        nurf,
    )


(M_PRE, M_SUF, M_CORE, M_YOUNG, M_ABDUL, M_NURUL, M_ABU, F_PRE, F_CORE, F_YOUNG, F_UMME,
 F_NUR) = _build_stocks()  # fmt: skip

M_PATTERNS = WC([("moh_core", 22), ("core", 9), ("pre_suf", 38), ("abdul", 13), ("nurul", 6),
                 ("abu", 6), ("moh_pre_suf", 6)])  # fmt: skip
F_PATTERNS = WC([("pre_suf", 50), ("core", 30), ("umme", 6), ("nur", 8), ("young", 0)])


def male_name(rng, byear: int) -> tuple[int, ...]:
    p = M_PATTERNS.pick(rng)
    if byear >= 2005 and rng.random() < 0.35:
        c = M_YOUNG.pick(rng)
        return (MOH, c) if rng.random() < 0.6 else (c,)
    if p == "moh_core":
        return (MOH, M_CORE.pick(rng))
    if p == "core":
        return (M_CORE.pick(rng),)
    if p == "abdul":
        return M_ABDUL.pick(rng)
    if p == "nurul":
        return M_NURUL.pick(rng)
    if p == "abu":
        return M_ABU.pick(rng)
    a = M_PRE.pick(rng)
    b = M_SUF.pick(rng)
    while b == a:
        b = M_SUF.pick(rng)
    if p == "moh_pre_suf" and a != MOH:
        return (MOH, a, b)
    return (a, b)


def female_name(rng, byear: int) -> tuple[int, ...]:
    if byear >= 2005 and rng.random() < 0.35:
        return F_YOUNG.pick(rng)
    p = F_PATTERNS.pick(rng)
    if p == "core":
        return F_CORE.pick(rng)
    if p == "umme":
        return F_UMME.pick(rng)
    if p == "nur":
        return F_NUR.pick(rng)
    first, sufs = F_PRE.pick(rng)
    return (first, sufs.pick(rng))


def canon_name(toks) -> str:
    return " ".join(TOK_CANON[t] for t in toks) if toks else ""


T_HAJI, T_MAULVI, T_HAFEZ, T_MASTER, T_MAJHI = (
    tok("Haji"), tok("Maulvi"), tok("Hafez"), tok("Master"), tok("Majhi"))  # fmt: skip

# --------------------------------------------------------------------------------------------
# places

# (official village name, township, Rohingya name or "")
VILLAGES = [
    ("Min Gyi", "Maungdaw", "Tula Toli"), ("Kha Maung Seik", "Maungdaw", "Fakira Bazar"),
    ("Myo Thu Gyi", "Maungdaw", ""), ("Nga Khu Ya", "Maungdaw", "Ngakura"),
    ("Kyein Chaung", "Maungdaw", ""), ("Kyee Kan Pyin", "Maungdaw", ""),
    ("Dar Gyi Zar", "Maungdaw", ""), ("Inn Din", "Maungdaw", ""), ("Pa Din", "Maungdaw", ""),
    ("Alel Than Kyaw", "Maungdaw", "Hasurata"), ("Hpon Nyo Leik", "Maungdaw", ""),
    ("U Shey Kya", "Maungdaw", ""), ("Yae Khat Chaung Gwa Son", "Maungdaw", ""),
    ("Kyauk Pyin Seik", "Maungdaw", ""), ("Zin Paing Nyar", "Maungdaw", ""),
    ("Thit Tone Nar Gwa Son", "Maungdaw", ""), ("Shwe Zar", "Maungdaw", ""),
    ("Kyar Gaung Taung", "Maungdaw", ""), ("Myin Hlut", "Maungdaw", ""),
    ("Ngar Sar Kyu", "Maungdaw", ""), ("Aung Sit Pyin", "Maungdaw", ""),
    ("Laung Don", "Maungdaw", ""), ("Maungdaw", "Maungdaw", "Mongdu"),
    ("Kyun Pauk Hla", "Maungdaw", ""), ("Wet Kyein", "Maungdaw", ""),
    ("Maung Nu", "Buthidaung", "Monu Para"), ("Gu Dar Pyin", "Buthidaung", "Gudampara"),
    ("Kyauk Hlay Ka", "Buthidaung", ""), ("Chein Khar Li", "Buthidaung", ""),
    ("Taung Bazar", "Buthidaung", ""), ("Kin Taung", "Buthidaung", ""),
    ("Buthidaung", "Buthidaung", "Buchidong"), ("Thin Baw Hla", "Buthidaung", ""),
    ("Sin Oo Ywa", "Buthidaung", ""), ("Tat Min Chaung", "Buthidaung", ""),
    ("Chut Pyin", "Rathedaung", ""), ("Koe Tan Kauk", "Rathedaung", ""),
    ("Zay Di Pyin", "Rathedaung", ""), ("Ah Htet Nan Yar", "Rathedaung", ""),
    ("Auk Nan Yar", "Rathedaung", ""), ("Tha Pyay Taw", "Rathedaung", ""),
    ("Aung Mingalar", "Sittwe", ""), ("Thet Kae Pyin", "Sittwe", ""), ("Bu May", "Sittwe", ""),
    ("Da Paing", "Sittwe", ""), ("Ohn Taw Gyi", "Sittwe", ""), ("Sittwe", "Sittwe", "Akyab"),
    ("Apaukwa", "Kyauktaw", ""), ("Kyauktaw", "Kyauktaw", ""), ("Minbya", "Minbya", ""),
    ("Mrauk-U", "Mrauk-U", ""), ("Pauktaw", "Pauktaw", ""), ("Ponnagyun", "Ponnagyun", ""),
]  # fmt: skip
TOWNSHIP_VARIANTS = {
    "Maungdaw": ["Maungdaw", "Maungtaw", "Mongdu", "Mungdu", "Maung Daw", "Moungdaw"],
    "Buthidaung": ["Buthidaung", "Buthedaung", "Buchidong", "Buthi Daung", "Butheedaung"],
    "Rathedaung": ["Rathedaung", "Rathidaung", "Rasidong", "Rathe Daung"],
    "Sittwe": ["Sittwe", "Akyab", "Sittway"],
    "Kyauktaw": ["Kyauktaw", "Kyaukto"],
    "Minbya": ["Minbya", "Minbiya"],
    "Mrauk-U": ["Mrauk-U", "Mrauk U", "Myohaung"],
    "Pauktaw": ["Pauktaw", "Pauk Taw"],
    "Ponnagyun": ["Ponnagyun", "Ponnakyun"],
}
TOWNSHIP_BN = {
    "Maungdaw": "মংডু", "Buthidaung": "বুচিডং", "Rathedaung": "রাচিডং", "Sittwe": "আকিয়াব",
    "Kyauktaw": "ক্যকতাও", "Minbya": "মিনবিয়া", "Mrauk-U": "ম্রাউক-উ", "Pauktaw": "পকতাও",
    "Ponnagyun": "পোন্নাগিউন",
}  # fmt: skip
TOWNSHIP_MMR = {
    "Maungdaw": "မောင်တော", "Buthidaung": "ဘူးသီးတောင်", "Rathedaung": "ရသေ့တောင်",
    "Sittwe": "စစ်တွေ", "Kyauktaw": "ကျောက်တော်", "Minbya": "မင်းပြား", "Mrauk-U": "မြောက်ဦး",
    "Pauktaw": "ပေါက်တော", "Ponnagyun": "ပုဏ္ဏားကျွန်း",
}  # fmt: skip
_TS_W = {  # cohort -> township weights
    "1978": {"Maungdaw": 55, "Buthidaung": 35, "Rathedaung": 10},
    "1992": {"Maungdaw": 55, "Buthidaung": 35, "Rathedaung": 8, "Sittwe": 2},
    "2012": {"Sittwe": 30, "Maungdaw": 25, "Buthidaung": 12, "Kyauktaw": 10, "Pauktaw": 8,
             "Minbya": 6, "Mrauk-U": 5, "Rathedaung": 4},
    "2016": {"Maungdaw": 85, "Buthidaung": 10, "Rathedaung": 5},
    "2017": {"Maungdaw": 55, "Buthidaung": 30, "Rathedaung": 12, "Sittwe": 1, "Ponnagyun": 1,
             "Kyauktaw": 1},
}  # fmt: skip
VILLAGES_BY_TS: dict[str, list[int]] = {}
for _i, (_v, _ts, _r) in enumerate(VILLAGES):
    VILLAGES_BY_TS.setdefault(_ts, []).append(_i)

# camp code, area, weight for 2017 arrivals
CAMPS = [
    ("1E", "Kutupalong", 4), ("1W", "Kutupalong", 4), ("2E", "Kutupalong", 3),
    ("2W", "Kutupalong", 3), ("3", "Kutupalong", 4), ("4", "Kutupalong", 3),
    ("4X", "Kutupalong", 1), ("5", "Kutupalong", 2), ("6", "Kutupalong", 2),
    ("7", "Kutupalong", 4), ("8E", "Balukhali", 3), ("8W", "Balukhali", 3),
    ("9", "Balukhali", 3), ("10", "Balukhali", 3), ("11", "Balukhali", 3),
    ("12", "Balukhali", 2), ("13", "Balukhali", 4), ("14", "Hakimpara", 3),
    ("15", "Jamtoli", 5), ("16", "Moynarghona", 2), ("17", "Kutupalong", 1),
    ("18", "Balukhali", 3), ("19", "Balukhali", 2), ("20", "Kutupalong", 1),
    ("20X", "Kutupalong", 1), ("21", "Chakmarkul", 1), ("22", "Unchiprang", 2),
    ("23", "Shamlapur", 1), ("24", "Leda", 3), ("25", "Ali Khali", 1),
    ("26", "Nayapara", 4), ("27", "Jadimura", 1), ("KRC", "Kutupalong", 0),
    ("NRC", "Nayapara", 0),
]  # fmt: skip
CAMP_AREA = {c: a for c, a, _ in CAMPS}
CAMPS_2017 = WC([(c, w) for c, _, w in CAMPS if w > 0])
CAMPS_MAKESHIFT = WC([("1E", 4), ("1W", 4), ("2E", 2), ("2W", 2), ("24", 4), ("23", 2),
                      ("8E", 1), ("8W", 1), ("9", 1), ("26", 2)])  # fmt: skip
AREA_UPAZILA = {
    "Kutupalong": "Ukhiya", "Balukhali": "Ukhiya", "Hakimpara": "Ukhiya", "Jamtoli": "Ukhiya",
    "Moynarghona": "Ukhiya", "Chakmarkul": "Teknaf", "Unchiprang": "Teknaf",
    "Shamlapur": "Teknaf", "Leda": "Teknaf", "Ali Khali": "Teknaf", "Nayapara": "Teknaf",
    "Jadimura": "Teknaf",
}  # fmt: skip
BLOCK_LETTERS = "ABCDEFGH"


def camp_label(code: str, mode: str) -> str:
    if code == "KRC":
        return "Kutupalong RC" if mode != "short" else "KRC"
    if code == "NRC":
        return "Nayapara RC" if mode != "short" else "NRC"
    c = code.replace("X", " Extension") if mode == "long" else code.replace("X", "Ext")
    if mode == "camp0":
        return "Camp-" + (c if not c[:2].isdigit() and not c.isdigit() else c.zfill(2))
    if mode == "area":
        return f"{CAMP_AREA[code]} Camp {c}"
    return "Camp " + c


# --------------------------------------------------------------------------------------------
# desks


class Desk:
    __slots__ = (
        "code", "idx", "label", "unit", "locs", "ws", "we", "weight", "repeat", "prefix",
        "near_start", "cohorts", "ref_kind", "has_father", "copy_card", "copy_moha", "social",
        "styles", "policies", "dob_styles", "phone", "origin_modes", "nclerks", "backfill",
        "site_mode", "clerks", "months", "typo", "dob_blank", "sex_blank", "weekend",
    )  # fmt: skip

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


_P_BGD = {"father": 0.5, "husband": 0.2, "dash": 0.15, "onefield": 0.1, "copy": 0.05}
DESK_SPECS = [
    dict(
        code="LEDGER78",
        label="1978 relief ledger (typed in)",
        unit="hh",
        locs=("BGD78",),
        ws=od(1978, 5, 1),
        we=od(1978, 12, 31),
        weight=10,
        repeat=False,
        prefix="L78-",
        cohorts=("1978",),
        ref_kind="ledger",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.5,
        styles={"en": 0.6, "bn": 0.4},
        policies={"father": 0.5, "dash": 0.2, "onefield": 0.2, "copy": 0.1},
        dob_styles={"Y": 0.9, "J1": 0.1},
        phone=0.0,
        origin_modes={"township": 0.5, "vt": 0.3, "village": 0.2},
        nclerks=3,
        backfill=1.0,
        site_mode="ledger",
        typo=0.08,
        dob_blank=0.1,
        sex_blank=0.05,
        weekend=None,
    ),
    dict(
        code="RRRC92",
        label="RRRC/UNHCR registration 1992",
        unit="hh",
        locs=("BGD_RC",),
        ws=od(1992, 1, 10),
        we=od(1993, 6, 30),
        weight=10,
        repeat=False,
        prefix="RRRC92-",
        cohorts=None,
        ref_kind="mrc",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.5,
        styles={"bn": 0.6, "en": 0.4},
        policies={"father": 0.6, "husband": 0.15, "onefield": 0.15, "dash": 0.1},
        dob_styles={"Y": 0.8, "J1": 0.2},
        phone=0.0,
        origin_modes={"township": 0.5, "vt": 0.3, "village": 0.2},
        nclerks=5,
        backfill=0.5,
        site_mode="rc",
        typo=0.05,
        dob_blank=0.03,
        sex_blank=0.02,
        weekend=4,
    ),
    dict(
        code="PG07",
        label="UNHCR proGres re-registration 2006-08",
        unit="hh",
        locs=("BGD_RC",),
        ws=od(2006, 6, 1),
        we=od(2008, 6, 30),
        weight=8,
        repeat=False,
        prefix="PG07-",
        cohorts=None,
        ref_kind="pg07",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.4,
        styles={"en": 0.7, "bn": 0.3},
        policies={"father": 0.4, "split": 0.3, "husband": 0.1, "fnu": 0.1, "dash": 0.1},
        dob_styles={"J1": 0.7, "Y": 0.1, "REG": 0.2},
        phone=0.05,
        origin_modes={"township": 0.6, "vt": 0.2, "state": 0.2},
        nclerks=6,
        backfill=0.0,
        site_mode="rc",
        typo=0.03,
        dob_blank=0.01,
        sex_blank=0.005,
        weekend=4,
    ),
    dict(
        code="BBS16",
        label="2016 census of undocumented Myanmar nationals",
        unit="hh",
        locs=("BGD",),
        ws=od(2016, 5, 20),
        we=od(2016, 7, 10),
        weight=5,
        repeat=False,
        prefix="UMN16-",
        cohorts=("1992", "2012", "1978"),
        ref_kind="umn",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.5,
        styles={"bn": 0.5, "bns": 0.5},
        policies=_P_BGD,
        dob_styles={"Y": 0.9, "J1": 0.1},
        phone=0.3,
        origin_modes={"township": 0.6, "village": 0.2, "country": 0.2},
        nclerks=8,
        backfill=0.0,
        site_mode="bbs",
        typo=0.05,
        dob_blank=0.03,
        sex_blank=0.01,
        weekend=4,
    ),
    dict(
        code="MSF",
        label="MSF clinic patient registration",
        unit="ind",
        locs=("BGD", "BGD_RC"),
        ws=od(2012, 1, 1),
        we=END,
        weight=3,
        repeat=True,
        prefix="MSF-",
        cohorts=None,
        ref_kind="shelter",
        has_father=False,
        copy_card=0.25,
        copy_moha=0.1,
        social=0.4,
        styles={"en": 0.5, "bn": 0.4, "bns": 0.1},
        policies={"split": 0.3, "father": 0.2, "dash": 0.2, "copy": 0.1, "na": 0.1, "husband": 0.1},
        dob_styles={"Y": 0.5, "J1": 0.3, "FULLGUESS": 0.2},
        phone=0.6,
        origin_modes={"empty": 0.6, "township": 0.3, "country": 0.1},
        nclerks=10,
        backfill=0.0,
        site_mode="msf",
        typo=0.04,
        dob_blank=0.02,
        sex_blank=0.005,
        weekend=None,
    ),
    dict(
        code="TRANSIT17",
        label="arrival lists at transit points 2017",
        unit="hh",
        locs=("BGD",),
        ws=od(2017, 8, 25),
        we=od(2017, 12, 31),
        weight=3,
        repeat=False,
        prefix="TR17-",
        cohorts=("2017",),
        near_start=12,
        ref_kind="none",
        has_father=False,
        copy_card=0,
        copy_moha=0,
        social=0.5,
        styles={"bn": 0.5, "en": 0.3, "bns": 0.2},
        policies={"onefield": 0.3, "dash": 0.3, "head": 0.2, "split": 0.2},
        dob_styles={"Y": 1.0},
        phone=0.15,
        origin_modes={"village": 0.4, "township": 0.4, "rvillage": 0.2},
        nclerks=8,
        backfill=0.3,
        site_mode="transit",
        typo=0.07,
        dob_blank=0.3,
        sex_blank=0.03,
        weekend=None,
    ),
    dict(
        code="MOHA17",
        label="MoHA/DIP biometric registration",
        unit="hh",
        locs=("BGD",),
        ws=od(2017, 9, 11),
        we=od(2018, 9, 30),
        weight=6,
        repeat=False,
        prefix="MOHA-",
        cohorts=("1992", "2012", "2016", "2017", "1978"),
        ref_kind="none",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.3,
        styles={"bn": 0.5, "bns": 0.3, "en": 0.2},
        policies={"father": 0.5, "husband": 0.3, "dash": 0.2},
        dob_styles={"J1": 0.5, "REG": 0.2, "FULLGUESS": 0.2, "D31": 0.1},
        phone=0.1,
        origin_modes={"township": 0.5, "vt": 0.3, "village": 0.2},
        nclerks=14,
        backfill=0.0,
        site_mode="booth",
        typo=0.04,
        dob_blank=0.0,
        sex_blank=0.003,
        weekend=4,
    ),
    dict(
        code="FC17",
        label="UNHCR/RRRC family counting",
        unit="hh",
        locs=("BGD",),
        ws=od(2017, 9, 25),
        we=od(2018, 1, 31),
        weight=8,
        repeat=False,
        prefix="FC-",
        cohorts=("1992", "2012", "2016", "2017", "1978"),
        ref_kind="fcn",
        has_father=False,
        copy_card=0,
        copy_moha=0.15,
        social=0.6,
        styles={"en": 0.6, "bn": 0.4},
        policies={"head": 0.35, "split": 0.25, "father": 0.2, "dash": 0.1, "rohingya": 0.1},
        dob_styles={"Y": 0.8, "J1": 0.2},
        phone=0.4,
        origin_modes={"township": 0.5, "village": 0.3, "empty": 0.2},
        nclerks=16,
        backfill=0.0,
        site_mode="camp",
        typo=0.04,
        dob_blank=0.05,
        sex_blank=0.01,
        weekend=None,
    ),
    dict(
        code="UNICEF",
        label="UNICEF child protection (UASC)",
        unit="ind",
        locs=("BGD",),
        ws=od(2017, 9, 5),
        we=od(2019, 12, 31),
        weight=0,
        repeat=False,
        prefix="CP-",
        cohorts=None,
        ref_kind="cp",
        has_father=True,
        copy_card=0.2,
        copy_moha=0.1,
        social=0.1,
        styles={"en": 0.7, "bn": 0.3},
        policies={"father": 0.6, "split": 0.2, "dash": 0.2},
        dob_styles={"J1": 0.5, "Y": 0.3, "FULLGUESS": 0.2},
        phone=0.3,
        origin_modes={"village": 0.4, "vt": 0.4, "township": 0.2},
        nclerks=6,
        backfill=0.0,
        site_mode="cp",
        typo=0.03,
        dob_blank=0.01,
        sex_blank=0.003,
        weekend=4,
    ),
    dict(
        code="IOM",
        label="IOM site management / health post",
        unit="hh",
        locs=("BGD", "BGD_RC", "BHC"),
        ws=od(2017, 9, 15),
        we=END,
        weight=6,
        repeat=True,
        prefix="IOM-",
        cohorts=None,
        ref_kind="shelter",
        has_father=False,
        copy_card=0.3,
        copy_moha=0.15,
        social=0.5,
        styles={"en": 0.5, "bn": 0.35, "ars": 0.08, "bns": 0.07},
        policies={
            "split": 0.35,
            "head": 0.2,
            "dash": 0.15,
            "na": 0.1,
            "copy": 0.1,
            "rohingya": 0.1,
        },
        dob_styles={"Y": 0.6, "J1": 0.3, "J7": 0.1},
        phone=0.5,
        origin_modes={"empty": 0.5, "township": 0.3, "camp": 0.2},
        nclerks=14,
        backfill=0.0,
        site_mode="camp0",
        typo=0.05,
        dob_blank=0.05,
        sex_blank=0.01,
        weekend=4,
    ),
    dict(
        code="WFP",
        label="WFP SCOPE food / e-voucher",
        unit="hh",
        locs=("BGD", "BGD_RC", "BHC"),
        ws=od(2018, 2, 1),
        we=END,
        weight=8,
        repeat=True,
        prefix="WFP-",
        cohorts=None,
        ref_kind="scope",
        has_father=False,
        copy_card=0.5,
        copy_moha=0.2,
        social=0.6,
        styles={"en": 0.6, "bn": 0.4},
        policies={"head": 0.4, "split": 0.3, "copy": 0.1, "dash": 0.1, "na": 0.1},
        dob_styles={"Y": 0.6, "J1": 0.4},
        phone=0.6,
        origin_modes={"empty": 0.8, "township": 0.2},
        nclerks=14,
        backfill=0.0,
        site_mode="area",
        typo=0.03,
        dob_blank=0.03,
        sex_blank=0.01,
        weekend=4,
    ),
    dict(
        code="JV",
        label="GoB-UNHCR joint verification (smart card)",
        unit="hh",
        locs=("BGD", "BGD_RC"),
        ws=od(2018, 6, 25),
        we=od(2019, 12, 31),
        weight=10,
        repeat=False,
        prefix="JV-",
        cohorts=None,
        ref_kind="progres",
        has_father=True,
        copy_card=0,
        copy_moha=0.25,
        social=0.3,
        styles={"en": 0.9, "bn": 0.1},
        policies={
            "split": 0.35,
            "father": 0.2,
            "fnu": 0.15,
            "dash": 0.1,
            "copy": 0.1,
            "husband": 0.1,
        },
        dob_styles={"J1": 0.7, "REG": 0.1, "FULLGUESS": 0.2},
        phone=0.5,
        origin_modes={"vt": 0.5, "township": 0.3, "village": 0.2},
        nclerks=20,
        backfill=0.0,
        site_mode="booth",
        typo=0.02,
        dob_blank=0.0,
        sex_blank=0.002,
        weekend=4,
    ),
    dict(
        code="BHASAN",
        label="Bhasan Char relocation list",
        unit="hh",
        locs=("BHC",),
        ws=od(2020, 12, 1),
        we=END,
        weight=10,
        repeat=False,
        prefix="BC-",
        cohorts=None,
        near_start=45,
        ref_kind="bhc",
        has_father=True,
        copy_card=0.8,
        copy_moha=0,
        social=0.4,
        styles={"bn": 0.5, "en": 0.3, "bns": 0.2},
        policies={"father": 0.4, "husband": 0.3, "dash": 0.3},
        dob_styles={"J1": 0.6, "Y": 0.4},
        phone=0.5,
        origin_modes={"empty": 0.6, "township": 0.4},
        nclerks=6,
        backfill=0.0,
        site_mode="bhc",
        typo=0.04,
        dob_blank=0.02,
        sex_blank=0.01,
        weekend=4,
    ),
    dict(
        code="UNHCR-MYS",
        label="UNHCR Malaysia, Kuala Lumpur",
        unit="hh",
        locs=("MYS",),
        ws=od(2008, 1, 1),
        we=END,
        weight=10,
        repeat=True,
        prefix="MYS-",
        cohorts=None,
        ref_kind="mys",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.3,
        styles={"my": 0.8, "en": 0.2},
        policies={"bin": 0.4, "father": 0.2, "split": 0.2, "fnu": 0.1, "rohingya": 0.1},
        dob_styles={"J1": 0.6, "FULLGUESS": 0.2, "Y": 0.2},
        phone=0.8,
        origin_modes={"state": 0.4, "country": 0.3, "township": 0.3},
        nclerks=10,
        backfill=0.0,
        site_mode="mys",
        typo=0.03,
        dob_blank=0.01,
        sex_blank=0.003,
        weekend=56,
    ),
    dict(
        code="UNHCR-IND",
        label="UNHCR India",
        unit="hh",
        locs=("IND",),
        ws=od(2012, 1, 1),
        we=END,
        weight=10,
        repeat=True,
        prefix="IND-",
        cohorts=None,
        ref_kind="ind",
        has_father=True,
        copy_card=0,
        copy_moha=0,
        social=0.3,
        styles={"in": 0.8, "en": 0.1, "ars": 0.1},
        policies={"rohingya": 0.3, "father": 0.3, "split": 0.2, "lnu": 0.1, "dash": 0.1},
        dob_styles={"J1": 0.6, "Y": 0.4},
        phone=0.7,
        origin_modes={"country": 0.4, "state": 0.3, "township": 0.3},
        nclerks=6,
        backfill=0.0,
        site_mode="ind",
        typo=0.04,
        dob_blank=0.02,
        sex_blank=0.005,
        weekend=6,
    ),
    dict(
        code="ACEH",
        label="Aceh boat arrivals (UNHCR/IOM/local)",
        unit="hh",
        locs=("IDN",),
        ws=od(2015, 5, 10),
        we=END,
        weight=10,
        repeat=False,
        prefix="ACH-",
        cohorts=None,
        near_start=10,
        ref_kind="aceh",
        has_father=False,
        copy_card=0,
        copy_moha=0,
        social=0.4,
        styles={"y": 0.8, "en": 0.2},
        policies={"bin": 0.3, "dash": 0.3, "father": 0.2, "split": 0.2},
        dob_styles={"Y": 0.6, "J1": 0.2, "D31": 0.2},
        phone=0.1,
        origin_modes={"country": 0.5, "state": 0.3, "empty": 0.2},
        nclerks=5,
        backfill=0.0,
        site_mode="aceh",
        typo=0.06,
        dob_blank=0.05,
        sex_blank=0.01,
        weekend=None,
    ),
]
DESK_ORDER = [s["code"] for s in DESK_SPECS]

# --------------------------------------------------------------------------------------------
# clerks

SCRIPT_STYLES = {"bns": "bn", "ars": "ar"}
MD_ABBR = {"en": ["Md.", "Md"], "bn": ["Md.", "Md", "MD.", "Mohd."], "in": ["Mohd.", "Md.", "Mohd"],
           "my": ["Mohd", "Muhd", "Mat", "Mohd."], "y": ["M.", "Moh."]}  # fmt: skip
CANON_PREF = {"en": 0.55, "bn": 0.22, "my": 0.2, "y": 0.2, "in": 0.3}
PHONE_FMT_BD = ["0{d}", "+880{d}", "880{d}", "0{a}-{b}", "0{c} {e} {f}", "+880 {a}-{b}",
                "{d}", "+88 0{a}-{b}"]  # fmt: skip


class Clerk:
    __slots__ = (
        "code", "desk", "style", "script", "latin_style", "canon_pref", "drift", "case",
        "md_mode", "md_abbr", "md_add", "mst_prob", "mst", "join_prob", "split_prob",
        "title_prob", "typo", "sex_blank", "sex_wrong", "dob_style", "age_sd", "heap",
        "dm_swap", "dob_blank", "use_known", "phone_prob", "majhi", "phone_fmt",
        "origin_mode", "origin_sp", "ref_blank", "ref_fmt", "primary", "pol_mix", "patr_fill",
        "foh", "late_prob", "swap_prob", "start_hour", "backfill", "cache", "seed", "t0", "t1",
        "weight", "fam_blank", "bin_fam",
    )  # fmt: skip

    def __init__(self, desk: Desk, n: int, rng: random.Random, seed: int):
        self.code = f"{desk.code}-c{n:02d}"
        self.desk = desk
        self.seed = seed
        st = wpick(rng, desk.styles)
        self.style = st
        self.script = SCRIPT_STYLES.get(st)
        # the Latin habits a script-writing clerk falls back to
        self.latin_style = "bn" if st == "bns" else ("in" if st == "ars" else st)
        ls = self.latin_style
        self.canon_pref = min(0.95, max(0.05, CANON_PREF[ls] + rng.uniform(-0.15, 0.15)))
        self.drift = rng.choice([0.01, 0.03, 0.05, 0.1])
        if desk.code == "LEDGER78":
            self.case = "upper" if rng.random() < 0.9 else "title"
        elif ls == "bn":
            self.case = wpick(rng, {"title": 0.5, "upper": 0.45, "lower": 0.05})
        elif ls in ("my", "y"):
            self.case = wpick(rng, {"upper": 0.6, "title": 0.4})
        else:
            self.case = wpick(rng, {"title": 0.6, "upper": 0.35, "lower": 0.05})
        self.md_mode = wpick(
            rng,
            {
                "bn": {"abbr": 0.6, "full": 0.35, "drop": 0.05},
                "en": {"full": 0.7, "abbr": 0.2, "drop": 0.1},
                "in": {"abbr": 0.6, "full": 0.4},
                "my": {"full": 0.8, "abbr": 0.2},
                "y": {"full": 0.85, "drop": 0.1, "abbr": 0.05},
            }[ls],
        )
        self.md_abbr = rng.choice(MD_ABBR[ls])
        self.md_add = rng.choice([0.0, 0.0, 0.3, 0.7]) if ls == "bn" else 0.0
        self.mst_prob = {"bn": rng.choice([0.0, 0.3, 0.7]), "en": rng.choice([0.0, 0.0, 0.1])}.get(
            ls, 0.0
        )
        self.mst = rng.choice(["Mst.", "Mst.", "Mst.", "Mst", "Mosammat", "Most.", "Mosa."])
        self.join_prob = rng.choice([0.02, 0.1, 0.3, 0.7])
        self.split_prob = rng.choice([0.0, 0.05, 0.2, 0.5])
        self.title_prob = rng.choice([0.1, 0.4, 0.8])
        self.typo = desk.typo * rng.choice([0.3, 0.6, 1.0, 1.5, 2.5])
        self.sex_blank = desk.sex_blank if rng.random() < 0.85 else 0.08
        self.sex_wrong = rng.choice([0.001, 0.003, 0.01])
        self.dob_style = wpick(rng, desk.dob_styles)
        self.age_sd = rng.uniform(0.6, 1.6)
        self.heap = rng.uniform(0.2, 0.9)
        self.dm_swap = 0.9 if rng.random() < 0.05 else rng.choice([0.0, 0.0, 0.03, 0.1])
        self.dob_blank = desk.dob_blank * rng.choice([0.5, 1.0, 2.0])
        self.use_known = rng.uniform(0.6, 0.95)
        self.phone_prob = min(1.0, desk.phone * rng.uniform(0.5, 1.4))
        self.majhi = rng.choice([0.0, 0.2, 0.6])
        self.phone_fmt = rng.randrange(len(PHONE_FMT_BD)) if rng.random() < 0.5 else 0
        self.origin_mode = wpick(rng, desk.origin_modes)
        self.origin_sp = rng.randrange(6)
        self.ref_blank = rng.choice([0.02, 0.05, 0.15, 0.3])
        self.ref_fmt = rng.randrange(4)
        pols = desk.policies
        self.primary = wpick(rng, pols)
        self.pol_mix = WC([(k, v * 0.25 + (0.75 if k == self.primary else 0.0))
                           for k, v in pols.items()])  # fmt: skip
        self.patr_fill = rng.uniform(0.6, 1.0) if desk.has_father else 0.0
        self.foh = (0.7 if ls == "bn" else 0.2) * rng.uniform(0.5, 1.3)
        self.late_prob = (0.5 if ls == "bn" else 0.1) * rng.uniform(0.3, 1.5)
        self.swap_prob = 0.02 if rng.random() < 0.06 else 0.0015
        self.fam_blank = 0.01 if rng.random() < 0.1 else 0.0
        self.bin_fam = rng.random() < 0.5
        self.start_hour = rng.choice([8, 8, 9, 9, 10])
        self.backfill = rng.random() < (desk.backfill or 0.0)
        self.cache: dict[int, str | None] = {}
        self.weight = rng.paretovariate(1.5)
        self.t0 = self.t1 = 0

    def spell(self, t: int, rng: random.Random, script: str | None) -> str | None:
        key = t if script is None else (t + (1 << 20) if script == "bn" else t + (2 << 20))
        s = self.cache.get(key, 0)
        if s == 0:
            s = self._choose(t, script)
            self.cache[key] = s
        if script is None and rng.random() < self.drift:
            allv = TOK_ALLV[t]
            return allv[int(rng.random() * len(allv))]
        return s  # type: ignore[return-value]

    def _choose(self, t: int, script: str | None) -> str | None:
        if script == "bn":
            return TOK_BN[t]
        if script == "ar":
            return TOK_AR[t]
        r = random.Random(zlib.crc32(f"{self.seed}|{self.code}|{TOK_CANON[t]}".encode()))
        canon = TOK_CANON[t]
        cands = TOK_VARS[t]
        if not cands or r.random() < self.canon_pref:
            return canon
        letter = self.latin_style[0] if self.latin_style != "en" else "e"
        styled = [v for v, tags in cands if letter in tags]
        if styled and r.random() < 0.75:
            return r.choice(styled)
        generic = [v for v, tags in cands if not tags]
        if generic and r.random() < 0.4:
            return r.choice(generic)
        return canon if r.random() < 0.6 else r.choice(cands)[0]


# --------------------------------------------------------------------------------------------
# people and households


class Person:
    __slots__ = (
        "pid", "sex", "dob", "known", "name", "title", "father", "father_dead", "husband",
        "husband_dead", "married_from", "step", "step_kind", "role", "bias", "card", "moha",
        "recs", "death", "leave", "mm_doc", "hid", "born_camp", "tags",
    )  # fmt: skip

    def __init__(self, pid, sex, dob, name, father, role):
        self.pid = pid
        self.sex = sex
        self.dob = dob
        self.known = False
        self.name = name
        self.title = None
        self.father = father
        self.father_dead = False
        self.husband = None
        self.husband_dead = False
        self.married_from = 0
        self.step = None
        self.step_kind = ""
        self.role = role
        self.bias = 0.0
        self.card = None
        self.moha = None
        self.recs = 0
        self.death = NEVER
        self.leave = NEVER
        self.mm_doc = False
        self.hid = 0
        self.born_camp = ""
        self.tags = ""


class Household:
    __slots__ = (
        "hid", "kind", "cohort", "arrive", "locs", "camps", "village", "members", "head",
        "refs", "phone_a", "phone_b", "mm_phone", "abroad_phone", "site", "tags", "first_done",
    )  # fmt: skip

    def __init__(self, hid, kind, cohort, arrive):
        self.hid = hid
        self.kind = kind
        self.cohort = cohort
        self.arrive = arrive
        self.locs: list[tuple[str, int, int]] = []
        self.camps: list[tuple[int, str, str, int]] = []
        self.village = 0
        self.members: list[tuple[Person, int, int]] = []
        self.head: Person | None = None
        self.refs: dict[str, object] = {}
        self.phone_a = ""
        self.phone_b = ""
        self.mm_phone = ""
        self.abroad_phone = ""
        self.site = ""
        self.tags = ""
        self.first_done = False

    def camp_at(self, d: int) -> tuple[int, str, str, int]:
        cur = self.camps[0]
        for c in self.camps:
            if c[0] <= d:
                cur = c
        return cur

    def loc_at(self, d: int) -> str:
        for loc, s, e in self.locs:
            if s <= d <= e:
                return loc
        return ""


def bd_mobile(rng) -> str:
    op = rng.choice("7777733888899456")
    return "1" + op + f"{rng.randrange(10**8):08d}"


def mm_mobile(rng) -> str:
    return "9" + rng.choice("42796") + f"{rng.randrange(10**8):08d}"


def my_mobile(rng) -> str:
    return "1" + rng.choice("0123467891") + f"{rng.randrange(10**7, 10**8)}"


def in_mobile(rng) -> str:
    return rng.choice("9876") + f"{rng.randrange(10**9):09d}"


# --------------------------------------------------------------------------------------------
# the generator


class World:
    def __init__(self, n_people: int, seed: int, explain: bool):
        self.n = n_people
        self.seed = seed
        self.explain = explain
        self.rng = random.Random(seed)
        self.next_pid = 0
        self.next_hid = 0
        self.recs: list[tuple] = []
        self.seq = 0
        self.counters: dict[str, int] = {}
        self.stray = 0
        scale = max(0.3, (n_people / 100000) ** 0.5)
        self.desks: list[Desk] = []
        crng = random.Random(seed * 7919 + 15)
        for i, spec in enumerate(DESK_SPECS):
            d = Desk(**spec)
            d.idx = i
            d.near_start = spec.get("near_start", 0)
            nc = max(3, round(d.nclerks * scale))
            d.clerks = [Clerk(d, k + 1, crng, seed) for k in range(nc)]
            self._tenures(d, crng)
            self.desks.append(d)
        self.by_code = {d.code: d for d in self.desks}
        self.by_loc: dict[str, list[Desk]] = {}
        for d in self.desks:
            for loc in d.locs:
                self.by_loc.setdefault(loc, []).append(d)
        # blocks per camp: about 80 households a block
        n_hh = n_people / 5.2
        self.n_blocks = max(3, min(160, round(n_hh / 33 / 80)))
        self.block_heads: dict[tuple[str, str], list[Person]] = {}
        self.majhi: dict[tuple[str, str], tuple[str, str]] = {}
        self.shelter_ctr: dict[str, int] = {}

    def _tenures(self, d: Desk, rng: random.Random) -> None:
        """Clerks on long-running desks work for a few years each."""
        span = d.we - d.ws
        for c in d.clerks:
            if span > 900:
                length = rng.randint(400, 1600)
                s = d.ws + rng.randint(-length // 2, span)
                c.t0, c.t1 = s, s + length
            else:
                c.t0, c.t1 = d.ws - 1, d.we + 1
        # make sure every day has somebody
        d.months = {}

    def clerk_at(self, d: Desk, day: int) -> Clerk:
        key = (day - d.ws) // 60
        lst = d.months.get(key)
        if lst is None:
            active = [c for c in d.clerks if c.t0 <= day <= c.t1] or d.clerks
            lst = WC([(c, c.weight) for c in active])
            d.months[key] = lst
        return lst.pick(self.rng)

    # ----- people ---------------------------------------------------------------------------

    def person(self, sex, dob, name, father, role, hh) -> Person:
        self.next_pid += 1
        p = Person(self.next_pid, sex, dob, name, father, role)
        p.hid = hh.hid if hh else 0
        rng = self.rng
        y = year_of(dob)
        age17 = 2017 - y
        if age17 >= 18:
            p.bias = rng.gauss(0, 2.5)
            p.father_dead = rng.random() < min(0.9, age17 / 80)
        if sex == "M":
            r = rng.random()
            if age17 >= 50 and r < 0.04:
                p.title = T_HAJI
            elif age17 >= 40 and r < 0.10:
                p.title = T_MAULVI
            elif age17 >= 30 and r < 0.12:
                p.title = T_MASTER
            elif 10 <= age17 <= 40 and r < 0.15:
                p.title = T_HAFEZ
        if y < 1950:
            lo = max(dob + 60 * 365, REF17 - 365 * 30)
            hi = dob + 95 * 365
            if hi > lo:
                dd = rng.randint(lo, hi)
                p.death = dd if dd < END else NEVER
        return p

    def new_hh(self, kind, cohort, arrive) -> Household:
        self.next_hid += 1
        return Household(self.next_hid, kind, cohort, arrive)

    def rand_dob(self, year: int) -> int:
        rng = self.rng
        year = min(year, 2023)
        return od(year, 1, 1) + rng.randrange(365)

    def block_for(self, camp: str) -> str:
        rng = self.rng
        k = rng.randrange(self.n_blocks)
        sub = (k // 8) * 4 + 1 + (zlib.crc32(camp.encode()) + k) % 4
        return f"{BLOCK_LETTERS[k % 8]}-{sub}"

    def shelter(self, camp: str) -> int:
        v = self.shelter_ctr.get(camp, 0) + self.rng.randint(1, 3)
        self.shelter_ctr[camp] = v
        return v

    def children(
        self,
        hh,
        mother: Person | None,
        father_toks,
        father_p: Person | None,
        lo: int,
        hi: int,
        twins_ok=True,
    ) -> list[Person]:
        """Children of a mother (or of a dead couple) born between lo and hi (ordinals)."""
        rng = self.rng
        out: list[Person] = []
        if mother is not None:
            start = max(lo, mother.dob + int(rng.uniform(15.5, 22) * 365.25))
            stop = min(hi, mother.dob + 45 * 365, END)
        else:
            start, stop = lo, min(hi, END)
        ftoks = tuple(father_toks) if father_toks else ()
        used: set[tuple[int, ...]] = set()
        d = start
        while d <= stop:
            if rng.random() < 0.9:
                y = year_of(d)
                n_born = 2 if (twins_ok and rng.random() < 0.018) else 1
                for k in range(n_born):
                    if k == 0:
                        sex = "M" if rng.random() < 0.51 else "F"
                        nm = male_name(rng, y) if sex == "M" else female_name(rng, y)
                        if sex == "M" and ftoks:
                            r = rng.random()
                            if r < 0.03:
                                nm = ftoks
                            elif r < 0.15 and len(ftoks) >= 2 and len(nm) >= 2:
                                if nm[0] != ftoks[0] and ftoks[0] not in nm[1:]:
                                    nm = (ftoks[0],) + tuple(nm[1:])
                    else:
                        first = out[-1]
                        sex = (
                            first.sex if rng.random() < 0.6 else ("F" if first.sex == "M" else "M")
                        )
                        nm = male_name(rng, y) if sex == "M" else female_name(rng, y)
                        if sex == first.sex:
                            partner = TWIN_PAIRS.get(TOK_CANON[first.name[-1]])
                            if partner:
                                nm = tuple(first.name[:-1]) + (tok(partner),)
                            elif len(first.name) >= 2 and len(nm) >= 2 and nm[-1] != first.name[0]:
                                nm = (first.name[0],) + tuple(nm[1:])
                    if nm in used and nm != ftoks:
                        nm = male_name(rng, y) if sex == "M" else female_name(rng, y)
                    used.add(nm)
                    c = self.person(sex, d, nm, ftoks, "child", hh)
                    if ftoks and nm == ftoks:
                        c.tags += "same-name-as-father;"
                    if k == 1:
                        c.tags += "twin;"
                        out[-1].tags += "twin;"
                    c.father_dead = father_p is not None and father_p.death < d
                    out.append(c)
            d += int(rng.uniform(1.4, 3.6) * 365.25)
        return out

    def make_cluster(self) -> tuple[list[Household], list[Person]]:
        rng = self.rng
        r = rng.random()
        kind = "bgd" if r < 0.945 else ("mys" if r < 0.975 else ("ind" if r < 0.995 else "idn"))
        if kind == "bgd":
            cohort = wpick(rng, {"1978": 0.015, "1992": 0.05, "2012": 0.06, "2016": 0.10,
                                 "2017": 0.775})  # fmt: skip
        else:
            cohort = {"mys": "2012", "ind": "2012", "idn": "2015"}[kind]
        if cohort == "1978":
            arrive = od(1978, 4, 15) + rng.randrange(100)
        elif cohort == "1992":
            arrive = od(1991, 10, 1) + rng.randrange(270)
        elif cohort == "2012":
            if kind == "mys":
                arrive = od(2008, 1, 1) + rng.randrange(365 * 10)
            else:
                arrive = od(2012, 6, 10) + int(
                    rng.random() ** 2 * (od(2015, 12, 31) - od(2012, 6, 10))
                )
        elif cohort == "2015":
            arrive = rng.choice([od(2015, 5, 10), od(2015, 5, 20), od(2020, 6, 24),
                                 od(2020, 9, 7)]) + rng.randrange(6)  # fmt: skip
        elif cohort == "2016":
            arrive = od(2016, 10, 9) + rng.randrange(od(2017, 8, 24) - od(2016, 10, 9))
        else:
            arrive = od(2017, 8, 25) + int(rng.triangular(0, 128, 10))
        hh = self.new_hh(kind, cohort, arrive)
        ts = wpick(rng, _TS_W.get(cohort, _TS_W["2017"]))
        hh.village = rng.choice(VILLAGES_BY_TS[ts])
        hhs = [hh]
        persons: list[Person] = []
        # locations
        later: tuple[int, str] | None = None
        if kind == "bgd":
            if cohort == "1978":
                hh.locs.append(("BGD78", arrive, od(1979, 7, 31)))
                hh.site = rng.choice(["Dumdumia", "Kutupalong", "Nhila", "Leda", "Ukhiya",
                                      "Teknaf", "Ghumdhum"])  # fmt: skip
                if rng.random() < 0.5:
                    back = od(1991, 10, 1) + rng.randrange(270)
                    hh.locs.append(("BGD_RC", back, END))
                    camp = rng.choice(["KRC", "NRC"])
                else:
                    back = od(2017, 8, 25) + int(rng.triangular(0, 128, 10))
                    hh.locs.append(("BGD", back, END))
                    camp = CAMPS_2017.pick(rng)
                hh.tags += "fled-twice;"
                settle = back
            elif cohort == "1992":
                camp = rng.choice(["KRC", "NRC"])
                settle = arrive
                if rng.random() < 0.2:
                    # left the registered camps (or was struck off) for the makeshift sites
                    drop = od(1995, 1, 1) + rng.randrange(365 * 15)
                    hh.locs.append(("BGD_RC", arrive, drop - 1))
                    hh.locs.append(("BGD", drop, END))
                    later = (drop, CAMPS_MAKESHIFT.pick(rng))
                    hh.tags += "left-registered-camp;"
                else:
                    hh.locs.append(("BGD_RC", arrive, END))
            elif cohort in ("2012", "2016"):
                camp = CAMPS_MAKESHIFT.pick(rng) if rng.random() < 0.7 else CAMPS_2017.pick(rng)
                hh.locs.append(("BGD", arrive, END))
                settle = arrive
            else:
                camp = CAMPS_2017.pick(rng)
                hh.locs.append(("BGD", arrive, END))
                settle = arrive
            block = self.block_for(camp)
            hh.camps.append((settle, camp, block, self.shelter(camp)))
            if later is not None:
                camp, settle = later[1], later[0]
                block = self.block_for(camp)
                hh.camps.append((settle, camp, block, self.shelter(camp)))
            if rng.random() < 0.1 and settle < od(2022, 1, 1):
                mv = rng.randint(max(settle + 200, od(2018, 3, 1)), od(2022, 12, 31))
                camp2 = camp if rng.random() < 0.5 else CAMPS_2017.pick(rng)
                hh.camps.append((mv, camp2, self.block_for(camp2), self.shelter(camp2)))
                hh.tags += "moved-camp;"
            # leaving for Bhasan Char or Aceh
            last_loc, s0, _ = hh.locs[-1]
            if last_loc == "BGD" and cohort in ("2016", "2017") and rng.random() < 0.04:
                rel = rng.choice(
                    [
                        od(2020, 12, 4),
                        od(2020, 12, 29),
                        od(2021, 1, 29),
                        od(2021, 2, 15),
                        od(2021, 4, 1),
                        od(2021, 11, 25),
                        od(2022, 3, 10),
                        od(2022, 11, 20),
                        od(2023, 3, 1),
                    ]
                )
                rel += rng.randrange(10)  # fmt: skip
                hh.locs[-1] = (last_loc, s0, rel - 1)
                hh.locs.append(("BHC", rel, END))
                hh.tags += "relocated-Bhasan-Char;"
            elif last_loc == "BGD" and cohort == "2017" and rng.random() < 0.012:
                boat = od(2022, 11, 15) + rng.randrange(400)
                hh.locs[-1] = (last_loc, s0, boat - 1)
                hh.locs.append(("IDN", boat + 8, END))
                hh.tags += "boat-to-Aceh;"
            key = (camp, block)
            if key not in self.majhi:
                self.majhi[key] = (bd_mobile(rng), bd_mobile(rng) if rng.random() < 0.6 else "")
            if rng.random() < 0.3:
                hh.phone_a = bd_mobile(rng)
            if rng.random() < 0.5:
                hh.phone_b = hh.phone_a if (hh.phone_a and rng.random() < 0.5) else bd_mobile(rng)
            if cohort in ("2016", "2017") and rng.random() < 0.2:
                hh.mm_phone = mm_mobile(rng)
        else:
            loc = {"mys": "MYS", "ind": "IND", "idn": "IDN"}[kind]
            hh.locs.append((loc, arrive, END))
            hh.camps.append((arrive, "", "", 0))
            if kind == "ind":
                hh.site = wpick(rng, {"New Delhi": 0.45, "Jammu": 0.35, "Hyderabad": 0.2})
                hh.abroad_phone = in_mobile(rng) if rng.random() < 0.6 else ""
                if rng.random() < 0.25:
                    back = od(2019, 1, 1) + rng.randrange(900)
                    hh.locs[-1] = (loc, arrive, back - 1)
                    hh.locs.append(("BGD", back, END))
                    camp = CAMPS_2017.pick(rng)
                    hh.camps = [(arrive, "", "", 0), (back, camp, self.block_for(camp),
                                                      self.shelter(camp))]  # fmt: skip
                    self.majhi.setdefault((camp, hh.camps[1][2]), (bd_mobile(rng), ""))
                    hh.tags += "returned-from-India;"
                    hh.phone_b = bd_mobile(rng) if rng.random() < 0.4 else ""
            elif kind == "mys":
                hh.site = rng.choice(["Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "Penang",
                                      "Johor Bahru"])  # fmt: skip
                hh.abroad_phone = my_mobile(rng) if rng.random() < 0.8 else ""
            else:
                hh.site = rng.choice(["Lhokseumawe", "Pidie", "Sabang", "Aceh Besar", "Bireuen",
                                      "Aceh Timur"])  # fmt: skip
                if rng.random() < 0.5:
                    go = arrive + rng.randint(60, 500)
                    hh.locs[-1] = ("IDN", arrive, go - 1)
                    hh.locs.append(("MYS", go, END))
                    hh.abroad_phone = my_mobile(rng) if rng.random() < 0.6 else ""
                    hh.tags += "Aceh-then-Malaysia;"
        self.populate(hh, hhs, persons)
        return hhs, persons

    def populate(self, hh: Household, hhs: list[Household], persons: list[Person]) -> None:
        rng = self.rng
        R = hh.arrive
        kind = hh.kind
        if kind == "idn" and hh.cohort == "2015":
            htype = "single_man" if rng.random() < 0.8 else "young_couple"
        elif kind == "mys":
            htype = wpick(rng, {"nuclear": 0.5, "young_couple": 0.3, "single_man": 0.2})
        else:
            htype = wpick(rng, {
                "nuclear": 0.56, "extended": 0.10, "widow": 0.13, "poly": 0.035, "step": 0.03,
                "foster": 0.05, "uasc": 0.015, "single_man": 0.03, "elderly": 0.03,
                "young_couple": 0.03,
            })  # fmt: skip
        hh.tags += f"type={htype};"
        add = persons.append

        def member(p: Person, s: int = -NEVER, e: int = NEVER, h: Household = hh) -> None:
            h.members.append((p, s, e))
            if p.hid == 0:
                p.hid = h.hid

        def man(age_lo: float, age_hi: float, mode: float, role: str) -> Person:
            age = rng.triangular(age_lo, age_hi, mode)
            dob = R - int(age * 365.25) - rng.randrange(365)
            p = self.person("M", dob, male_name(rng, year_of(dob)),
                            male_name(rng, year_of(dob) - 25), role, hh)  # fmt: skip
            return p

        def woman(age: float, role: str) -> Person:
            dob = R - int(age * 365.25) - rng.randrange(365)
            return self.person("F", dob, female_name(rng, year_of(dob)),
                               male_name(rng, year_of(dob) - 25), role, hh)  # fmt: skip

        def wife_of(h: Person, role: str = "wife", young=False) -> Person:
            hage = (R - h.dob) / 365.25
            gap = rng.triangular(0, 15, 5)
            age = max(14.0 + rng.random() * 3, hage - gap)
            if young or (hage < 24 and rng.random() < 0.5):
                age = min(age, rng.uniform(14, 17.9))
            w = woman(age, role)
            w.husband = h.name
            w.married_from = w.dob + int(max(14.0, min(age, rng.uniform(14, 20))) * 365.25)
            if (R - w.dob) / 365.25 < 18:
                w.tags += "married-girl;"
            return w

        head: Person
        if htype in ("nuclear", "extended", "foster", "poly", "young_couple"):
            if htype == "young_couple":
                head = man(17, 27, 21, "head")
            else:
                head = man(20, 70, 33, "head")
            hh.head = head
            member(head)
            add(head)
            w = wife_of(head, young=(htype == "young_couple" and rng.random() < 0.4))
            member(w)
            add(w)
            kids = self.children(hh, w, head.name, head, -NEVER, END)
            for k in kids:
                member(k)
                add(k)
            if htype == "poly":
                w2 = wife_of(head, "second-wife")
                w2.dob = max(w2.dob, w.dob + 365 * 3)
                add(w2)
                kids2 = self.children(hh, w2, head.name, head, -NEVER, END)
                for k in kids2:
                    add(k)
                if rng.random() < 0.5:
                    # the second wife is registered as her own household; he is in both
                    h2 = self.new_hh(hh.kind, hh.cohort, R)
                    h2.locs = list(hh.locs)
                    c = hh.camps[0]
                    h2.camps = [(c[0], c[1], c[2], self.shelter(c[1]) if c[1] else 0)]
                    h2.village = hh.village
                    h2.head = head
                    h2.site = hh.site
                    h2.phone_a = hh.phone_a if rng.random() < 0.5 else ""
                    h2.tags = "type=second-wife-own-household;"
                    member(head, h=h2)
                    w2.hid = h2.hid
                    member(w2, h=h2)
                    w2.tags += "second-wife-own-household;"
                    for k in kids2:
                        k.hid = h2.hid
                        member(k, h=h2)
                    hhs.append(h2)
                else:
                    member(w2)
                    for k in kids2:
                        member(k)
            if htype == "extended":
                if rng.random() < 0.6:
                    gm = woman((R - head.dob) / 365.25 + rng.uniform(18, 32), "mother-of-head")
                    gm.husband = head.father
                    gm.husband_dead = True
                    gm.married_from = gm.dob + 16 * 365
                    member(gm)
                    add(gm)
                if rng.random() < 0.5:
                    gf_age = (R - head.dob) / 365.25 + rng.uniform(20, 35)
                    gdob = R - int(gf_age * 365.25) - rng.randrange(365)
                    gf = self.person("M", gdob, head.father, male_name(rng, year_of(gdob) - 25),
                                     "father-of-head", hh)  # fmt: skip
                    member(gf)
                    add(gf)
                    head.father_dead = False
                else:
                    head.father_dead = True
            if htype == "foster":
                # nephews and nieces whose parents were killed
                bro = male_name(rng, year_of(head.dob))
                if rng.random() < 0.35 and len(head.name) >= 2:
                    bro = (head.name[0],) + tuple(bro[-1:]) if bro[-1] != head.name[0] else bro
                lo = R - int(rng.uniform(2, 16) * 365.25)
                orph = self.children(hh, None, bro, None, lo, R - 300, twins_ok=False)[:4]
                for k in orph:
                    k.father_dead = True
                    k.step = head.name
                    k.step_kind = "uncle"
                    k.role = "orphan-nephew"
                    member(k)
                    add(k)
        elif htype == "widow":
            age = rng.triangular(18, 65, 32)
            w = woman(age, "head-widow")
            w.husband = male_name(rng, year_of(w.dob) - 5)
            w.husband_dead = True
            w.married_from = w.dob + int(rng.uniform(14, 20) * 365.25)
            hh.head = w
            member(w)
            add(w)
            dead_h = R - rng.randrange(30, 400 if hh.cohort in ("2017", "2016") else 3000)
            kids = self.children(hh, w, w.husband, None, -NEVER, dead_h)
            for k in kids:
                k.father_dead = True
                member(k)
                add(k)
            head = w
        elif htype == "step":
            w = woman(rng.uniform(24, 40), "wife")
            first = male_name(rng, year_of(w.dob) - 5)
            remar = R - rng.randrange(-900, 1500)
            kids1 = self.children(hh, w, first, None, -NEVER, remar - 300)
            dob_h = w.dob - int(rng.uniform(0, 12) * 365.25)
            head = self.person("M", dob_h, male_name(rng, year_of(dob_h)),
                               male_name(rng, year_of(dob_h) - 25), "head", hh)  # fmt: skip
            hh.head = head
            w.husband = head.name
            w.married_from = remar
            member(head)
            add(head)
            member(w)
            add(w)
            for k in kids1:
                k.father_dead = True
                k.step = head.name
                k.step_kind = "stepfather"
                k.role = "stepchild"
                member(k)
                add(k)
            kids2 = self.children(hh, w, head.name, head, remar + 280, END)
            for k in kids2:
                member(k)
                add(k)
        elif htype == "uasc":
            n = rng.choice([1, 1, 2, 2, 3])
            f = male_name(rng, 1975)
            lo = R - int(17.5 * 365.25)
            kids = self.children(hh, None, f, None, lo, R - int(6 * 365.25), twins_ok=False)[:n]
            if not kids:
                kids = [self.person("M", R - int(rng.uniform(8, 17) * 365.25),
                                    male_name(rng, 2005), f, "uasc", hh)]  # fmt: skip
            kids.sort(key=lambda p: p.dob)
            for k in kids:
                k.father_dead = rng.random() < 0.7
                k.role = "uasc"
                k.tags += "unaccompanied-child;"
                member(k)
                add(k)
            head = kids[0]
            hh.head = head
        elif htype == "single_man":
            head = man(15, 35, 20, "head-single")
            hh.head = head
            member(head)
            add(head)
        else:  # elderly
            head = (
                man(58, 88, 66, "head")
                if rng.random() < 0.5
                else woman(rng.uniform(58, 85), "head-widow")
            )
            if head.sex == "F":
                head.husband = male_name(rng, year_of(head.dob) - 5)
                head.husband_dead = True
                head.married_from = head.dob + 16 * 365
            hh.head = head
            member(head)
            add(head)
            if head.sex == "M" and rng.random() < 0.5:
                w = wife_of(head)
                member(w)
                add(w)
            if head.death < R + 400:
                head.death = NEVER
        # the head's name as majhi, or a namesake in the same block
        camp, block = hh.camps[0][1], hh.camps[0][2]
        if camp and head.sex == "M":
            key = (camp, block)
            lst = self.block_heads.setdefault(key, [])
            if lst and rng.random() < 0.12:
                other = lst[int(rng.random() * len(lst))]
                if abs(other.dob - head.dob) < 365 * 6 and other.name != head.name:
                    old_name = head.name
                    head.name = other.name
                    head.tags += f"namesake-in-block:P{other.pid:07d};"
                    for p in persons:
                        if p.father == old_name:
                            p.father = head.name
                        if p.husband == old_name:
                            p.husband = head.name
                        if p.step == old_name:
                            p.step = head.name
            if len(lst) < 30:
                lst.append(head)
            else:
                lst[int(rng.random() * 30)] = head
            if rng.random() < 0.02 and hh.kind == "bgd":
                head.title = T_MAJHI
        for p in persons:
            if p.death <= max(R, p.dob) + 400:
                p.death = NEVER
        # birth-date knowledge, Myanmar documents
        for p, _, _ in hh.members:
            y = year_of(p.dob)
            if y >= 2018:
                p.known = rng.random() < 0.7
                p.born_camp = "camp"
            elif hh.cohort == "1992" and y >= 1993:
                p.known = rng.random() < 0.5
                p.born_camp = "camp"
            elif y >= 2007:
                p.known = rng.random() < 0.15
            else:
                p.known = rng.random() < 0.05
            p.mm_doc = hh.cohort in ("2016", "2017", "2012") and y < 2005 and rng.random() < 0.04
        # married girls leave for a husband's household
        if hh.kind == "bgd":
            for p, _s, _e in list(hh.members):
                if p.sex != "F" or p.role not in ("child", "stepchild", "orphan-nephew", "uasc"):
                    continue
                when = p.dob + int(rng.uniform(14.5, 19.5) * 365.25)
                if when < max(R, od(2012, 1, 1)) or when > END - 200 or rng.random() > 0.45:
                    continue
                loc = hh.loc_at(when)
                if loc not in ("BGD", "BGD_RC", "BHC"):
                    continue
                self.marry_out(hh, p, when, hhs, persons)
            # young men and brides leave for Malaysia / Aceh
            for p, _s, _e in hh.members:
                if p.leave != NEVER:
                    continue
                age17 = (REF17 - p.dob) / 365.25
                go = 0
                dest = ""
                if p.sex == "M" and hh.cohort in ("2012", "2016", "1992") and 14 < age17 < 32:
                    if rng.random() < 0.12:
                        go = max(hh.arrive + 60, od(2012, 10, 1)) + rng.randrange(900)
                        dest = "MYS"
                elif p.sex == "M" and hh.cohort == "2017" and 14 < age17 < 30:
                    x = rng.random()
                    if x < 0.015:
                        go, dest = od(2018, 10, 1) + rng.randrange(1400), "MYS"
                    elif x < 0.025:
                        go, dest = od(2022, 11, 15) + rng.randrange(400), "IDN"
                elif p.sex == "F" and 13 < age17 < 19 and p.husband is None:
                    if rng.random() < 0.015:
                        go, dest = od(2018, 6, 1) + rng.randrange(1500), "MYS"
                if go and go < END - 30 and hh.loc_at(go) in ("BGD", "BGD_RC"):
                    self.emigrate(hh, p, go, dest, hhs, persons)

    def marry_out(self, hh, girl: Person, when: int, hhs, persons) -> None:
        rng = self.rng
        h2 = self.new_hh("bgd", hh.cohort, when)
        h2.locs = [(hh.loc_at(when) if hh.loc_at(when) != "BHC" else "BHC", when, END)]
        c = hh.camp_at(when)
        camp = c[1] if rng.random() < 0.6 else CAMPS_2017.pick(rng)
        blk = c[2] if camp == c[1] else self.block_for(camp)
        h2.camps = [(when, camp, blk, self.shelter(camp))]
        self.majhi.setdefault((camp, blk), (bd_mobile(rng), ""))
        h2.village = hh.village if rng.random() < 0.5 else rng.randrange(len(VILLAGES))
        h2.phone_b = bd_mobile(rng) if rng.random() < 0.4 else ""
        h2.tags = "type=married-girl-household;"
        dob_h = girl.dob - int(rng.uniform(3, 14) * 365.25)
        husband = self.person("M", dob_h, male_name(rng, year_of(dob_h)),
                              male_name(rng, year_of(dob_h) - 25), "head", h2)  # fmt: skip
        h2.head = husband
        h2.members.append((husband, when, NEVER))
        persons.append(husband)
        # she leaves her parents' household
        for i, (p, s, _e) in enumerate(hh.members):
            if p is girl:
                hh.members[i] = (p, s, when - 1)
        h2.members.append((girl, when, NEVER))
        girl.husband = husband.name
        girl.married_from = when
        girl.tags += "married-girl;"
        if rng.random() < 0.6 and when + 400 < END:
            b = when + rng.randint(300, 900)
            if b < END:
                baby = self.person("M" if rng.random() < 0.5 else "F", b, (), husband.name,
                                   "child", h2)  # fmt: skip
                baby.name = (
                    male_name(rng, year_of(b)) if baby.sex == "M" else female_name(rng, year_of(b))
                )
                baby.known = rng.random() < 0.7
                baby.born_camp = "camp"
                h2.members.append((baby, b, NEVER))
                persons.append(baby)
        hhs.append(h2)

    def emigrate(self, hh, p: Person, go: int, dest: str, hhs, persons) -> None:
        rng = self.rng
        p.leave = go
        arrive = go + (rng.randint(10, 60) if dest == "MYS" else rng.randint(5, 20))
        if arrive >= END:
            p.leave = NEVER
            return
        h2 = self.new_hh({"MYS": "mys", "IDN": "idn"}[dest], hh.cohort, arrive)
        h2.locs = [(dest, arrive, END)]
        h2.camps = [(arrive, "", "", 0)]
        h2.village = hh.village
        h2.head = p
        if dest == "MYS":
            h2.site = "Kuala Lumpur"
            h2.abroad_phone = my_mobile(rng) if rng.random() < 0.8 else ""
            h2.tags = "type=emigrant;emigrated-MYS;"
        else:
            h2.site = rng.choice(["Pidie", "Aceh Besar", "Sabang", "Lhokseumawe", "Bireuen"])
            h2.tags = "type=emigrant;boat-to-Aceh;"
        h2.members.append((p, arrive, NEVER))
        for h in hhs:
            for i, (q, s, e) in enumerate(h.members):
                if q is p:
                    h.members[i] = (q, s, min(e, go - 1))
        p.tags += "emigrated-" + dest + ";"
        hhs.append(h2)

    # ----- events ---------------------------------------------------------------------------

    def windows(self, hh: Household, strict: bool = True):
        out = []
        for loc, s, e in hh.locs:
            for d in self.by_loc.get(loc, ()):
                if d.cohorts and hh.cohort not in d.cohorts:
                    continue
                a = max(s, d.ws)
                b = min(e, d.we)
                if d.near_start and strict:
                    if s < d.ws - 5:
                        continue
                    b = min(b, s + d.near_start)
                if d.code == "TRANSIT17" and hh.kind != "bgd":
                    continue
                if a <= b:
                    out.append((d, a, b))
        return out

    def present(self, hh: Household, day: int) -> list[Person]:
        out = []
        for p, s, e in hh.members:
            if s <= day <= e and p.dob <= day < p.death:
                out.append(p)
        return out

    def schedule(self, hh: Household) -> list[tuple]:
        rng = self.rng
        wins = self.windows(hh)
        if not wins:
            return []
        x = rng.random()
        k = 1 if x < 0.80 else (2 if x < 0.93 else (3 if x < 0.98 else 4))
        events = []
        first = True
        pool = list(wins)
        for _ in range(k):
            if not pool:
                break
            tot = sum(max(w[0].weight, 0.01) for w in pool)
            y = rng.random() * tot
            j = len(pool) - 1
            for idx, w in enumerate(pool):
                y -= max(w[0].weight, 0.01)
                if y < 0:
                    j = idx
                    break
            d, a, b = pool[j]
            if not d.repeat:
                pool.pop(j)
            day = rng.randint(a, b)
            pres = self.present(hh, day)
            if not pres:
                continue
            if d.unit == "ind":
                who = [self.pick_patient(pres)]
            else:
                inc = 0.95 if first else 0.8
                who = [p for p in pres if rng.random() < inc]
                if not who:
                    who = [hh.head if hh.head in pres else pres[0]]
            first = False
            events.append((day, d, hh, who, ""))
        # extras: a clinic visit, an unaccompanied child's case, a double registration
        if hh.kind == "bgd" and rng.random() < 0.05:
            msf = self.by_code["MSF"]
            cands = [w for w in wins if w[0] is msf]
            if cands:
                _, a, b = cands[0]
                day = rng.randint(a, b)
                pres = self.present(hh, day)
                if pres:
                    events.append((day, msf, hh, [self.pick_patient(pres)], ""))
        if any(p.role == "uasc" for p, _, _ in hh.members):
            cp = self.by_code["UNICEF"]
            a, b = max(hh.locs[0][1], cp.ws), min(hh.locs[0][2], cp.we)
            if a <= b:
                for p, _, _ in hh.members:
                    if p.role == "uasc" and rng.random() < 0.6:
                        day = rng.randint(a, b)
                        if p.dob <= day:
                            events.append((day, cp, hh, [p], ""))
        if events and rng.random() < 0.015:
            day, d, _, who, _ = events[int(rng.random() * len(events))]
            day2 = day + rng.randint(3, 150)
            if day2 <= d.we and hh.loc_at(day2) in d.locs:
                sub = [p for p in who if rng.random() < 0.7 and p.dob <= day2 < p.death] or who[:1]
                events.append((day2, d, hh, sub, "double-registration"))
        return events

    def pick_patient(self, pres: list[Person]) -> Person:
        rng = self.rng
        w = []
        for p in pres:
            w.append(3.0 if p.role == "child" else (2.0 if p.sex == "F" else 1.0))
        tot = sum(w)
        x = rng.random() * tot
        for p, wi in zip(pres, w, strict=True):
            x -= wi
            if x < 0:
                return p
        return pres[-1]

    def forced(self, p: Person, hhs: list[Household]) -> tuple | None:
        """A record for somebody no sampled exercise caught."""
        rng = self.rng
        cands = []
        for hh in hhs:
            for q, s, e in hh.members:
                if q is not p:
                    continue
                for d, a, b in self.windows(hh, strict=False):
                    if d.code == "UNICEF" and p.role != "uasc":
                        continue
                    a2 = max(a, s, p.dob)
                    b2 = min(b, e, p.death - 1)
                    if a2 <= b2:
                        cands.append((d, a2, b2, hh))
        if not cands:
            return None
        tot = sum(max(c[0].weight, 0.5) for c in cands)
        x = rng.random() * tot
        for c in cands:
            x -= max(c[0].weight, 0.5)
            if x < 0:
                break
        d, a, b, hh = c
        return (rng.randint(a, b), d, hh, [p], "")

    # ----- rendering ------------------------------------------------------------------------

    def words(
        self,
        clerk: Clerk,
        script,
        toks,
        rng,
        tags: list[str],
        male: bool,
        female_adult: bool,
        title=None,
        self_name=True,
    ):
        """Spell a name's words the way this clerk does; None if the script has no form."""
        n = len(toks)
        out: list[str] = []
        if self_name and n > 1:
            if toks[0] == MOH and rng.random() < 0.12:
                toks = toks[1:]
                n -= 1
                tags.append("said-without-Mohammed")
            elif not male and toks[-1] in FEM_DROPPABLE and rng.random() < 0.07:
                toks = toks[:-1]
                n -= 1
                tags.append("said-without-suffix")
        i = 0
        prev = -1
        while i < n:
            t = toks[i]
            if t == MOH and n > 1:
                m = clerk.md_mode
                if rng.random() < 0.08:
                    m = ("full", "abbr", "drop")[int(rng.random() * 3)]
                if m == "drop" and i < n - 1:
                    tags.append("dropped-Mohammed")
                    i += 1
                    continue
                if m == "abbr" and script != "ar":
                    out.append("মোঃ" if script == "bn" else clerk.md_abbr)
                    prev = t
                    i += 1
                    continue
            w = clerk.spell(t, rng, script)
            if w is None:
                return None
            if script == "ar" and prev in AR_DEFINITE_BEFORE and out:
                out[-1] = out[-1] + ("" if w.startswith("ال") else "ال") + w
                prev = t
                i += 1
                continue
            if i + 1 < n and (t in JOIN_FIRST or toks[i + 1] in JOIN_SECOND):
                if rng.random() < clerk.join_prob:
                    w2 = clerk.spell(toks[i + 1], rng, script)
                    if w2 is None:
                        return None
                    if script is None:
                        w2 = w2.lower()
                    elif script == "ar" and t in AR_DEFINITE_BEFORE and not w2.startswith("ال"):
                        w2 = "ال" + w2
                    out.append(w + w2)
                    tags.append("joined")
                    prev = toks[i + 1]
                    i += 2
                    continue
            if script is None and t in SPLITS and rng.random() < clerk.split_prob:
                out.append(SPLITS[t])
                tags.append("split")
            else:
                out.append(w)
            prev = t
            i += 1
        if self_name:
            if male and toks and toks[0] != MOH and clerk.md_add and rng.random() < clerk.md_add:
                out.insert(0, "মোঃ" if script == "bn" else clerk.md_abbr)
                tags.append("added-Md")
            if title is not None and rng.random() < clerk.title_prob:
                tw = clerk.spell(title, rng, script)
                if tw is not None:
                    if title == T_MAJHI:
                        out.append(tw)
                    else:
                        out.insert(0, tw)
                    tags.append("title")
            if female_adult and rng.random() < clerk.mst_prob:
                out.insert(0, "মোছাঃ" if script == "bn" else clerk.mst)
                tags.append("Mst")
        return out

    def render_event(self, ev, explain: bool) -> None:
        day, desk, hh, who, etag = ev
        rng = self.rng
        clerk = self.clerk_at(desk, day)
        # working day
        wd = date.fromordinal(day).weekday()
        shift = 0
        if desk.weekend == 4 and wd == 4:
            shift = 1
        elif desk.weekend == 56 and wd >= 5:
            shift = 7 - wd
        elif desk.weekend == 6 and wd == 6:
            shift = 1
        if day + shift <= END:
            day += shift
        if clerk.backfill:
            minute = 0
        else:
            minute = clerk.start_hour * 60 + int(rng.random() * 390)
        for p in who:
            self.render_record(day, minute, desk, clerk, hh, p, etag, explain)
            if minute:
                minute = min(minute + rng.randint(1, 6), 23 * 60 + 59)

    def render_record(
        self,
        day,
        minute,
        desk: Desk,
        clerk: Clerk,
        hh: Household,
        p: Person,
        etag: str,
        explain: bool,
    ) -> None:
        rng = self.rng
        tags: list[str] = []
        if etag:
            tags.append(etag)
        ls = clerk.latin_style
        male = p.sex == "M"
        age = (day - p.dob) / 365.25
        married = p.husband is not None and day >= p.married_from
        female_adult = (not male) and (age >= 15 or married)
        upper = clerk.case
        # a Myanmar document copied at the verification desk, in Burmese script
        mm_copy = desk.code == "JV" and p.mm_doc and rng.random() < 0.35
        given = family = patr = ""
        dob_str = None
        copied = False
        if (
            desk.copy_card
            and p.card is not None
            and p.card[4] < day
            and rng.random() < desk.copy_card
        ):
            given, family, patr, dob_str, _ = p.card
            copied = True
            tags.append("copied-smartcard")
        elif (
            desk.copy_moha
            and p.moha is not None
            and p.moha[4] < day
            and rng.random() < desk.copy_moha
        ):
            dob_str = p.moha[3]
            tags.append("copied-moha-date")
        if not copied:
            # the father this desk writes down
            father = p.father
            fdead = p.father_dead
            if p.step is not None and rng.random() < desk.social:
                father = p.step
                fdead = False
                tags.append("father=" + p.step_kind)
            words = None
            if mm_copy and all(TOK_MMR[t] for t in p.name) and all(TOK_MMR[t] for t in father):
                words = [TOK_MMR[t] for t in p.name]
                fwords = [TOK_MMR[t] for t in father]
                tags.append("burmese-document")
                script = "mmr"
            else:
                script = clerk.script
                words = self.words(clerk, script, p.name, rng, tags, male, female_adult, p.title)
                if words is None:
                    # no form in the clerk's script: falls back to Latin letters
                    tags.append("script-fallback")
                    script = None
                    words = self.words(clerk, None, p.name, rng, tags, male, female_adult, p.title)
                fwords = self.words(clerk, script, father, rng, tags, True, False, None, False)
                if fwords is None:
                    fwords = self.words(clerk, None, father, rng, tags, True, False, None, False)
            if script == "bn":
                tags.append("bengali-script")
            elif script == "ar":
                tags.append("arabic-script")
            full = " ".join(words)
            fname = " ".join(fwords) if fwords else ""
            sc2 = script if script != "mmr" else None
            if fname and fdead and rng.random() < clerk.late_prob:
                fname = ("মৃত " if script == "bn" else "Late ") + fname
                tags.append("late-father")
            pol = clerk.pol_mix.pick(rng)
            if pol == "husband" and not married:
                pol = "father"
            if pol == "head" and (hh.head is None or hh.head is p):
                pol = "father"
            given = full
            if pol == "father":
                family = fname or "-"
                tags.append("family=father")
            elif pol == "husband":
                hw = self.words(clerk, sc2, p.husband, rng, tags, True, False, None, False) or []
                if script == "mmr":
                    hw = [TOK_MMR[t] or TOK_CANON[t] for t in p.husband]
                family = " ".join(hw) or "-"
                tags.append("family=husband")
            elif pol == "head":
                hp = hh.head
                hw = self.words(clerk, sc2, hp.name, rng, tags, hp.sex == "M", False, None, False)
                family = " ".join(hw or [TOK_CANON[t] for t in hp.name])
                tags.append("family=head")
            elif pol == "split":
                if len(words) >= 2:
                    given = " ".join(words[:-1])
                    family = words[-1]
                    tags.append("family=last-word")
                else:
                    family = full if rng.random() < 0.5 else "-"
                    tags.append("family=copy" if family == full else "family=dash")
            elif pol == "copy":
                family = full
                tags.append("family=copy")
            elif pol == "onefield":
                if married and rng.random() < 0.6:
                    hw = (
                        self.words(clerk, sc2, p.husband, rng, tags, True, False, None, False) or []
                    )
                    rel = "স্বামী" if script == "bn" else "W/O"
                    given = full + f" {rel} " + " ".join(hw)
                else:
                    rel = "পিতা" if script == "bn" else ("S/O" if male else "D/O")
                    given = full + f" {rel} " + fname
                family = "" if rng.random() < 0.15 else "-"
                tags.append("whole-name-one-field")
            elif pol == "bin":
                b = (
                    ("bin" if male else "binti")
                    if ls == "my" or rng.random() < 0.7
                    else ("b." if male else "bt.")
                )
                given = full + f" {b} " + fname
                if clerk.bin_fam:
                    family = fname or "-"
                else:
                    family = "-"
                tags.append("bin-father")
            else:
                family = {
                    "dash": "-",
                    "na": "N/A",
                    "fnu": "FNU",
                    "lnu": "LNU",
                    "rohingya": "Rohingya" if script != "bn" else "রোহিঙ্গা",
                }[pol]
                tags.append("family=" + family)
            if desk.has_father and rng.random() < clerk.patr_fill:
                if married and rng.random() < clerk.foh:
                    hw = (
                        self.words(clerk, sc2, p.husband, rng, tags, True, False, None, False) or []
                    )
                    patr = " ".join(hw)
                    tags.append("patronymic=husband")
                else:
                    patr = fname
            # letter case
            if script is None:
                given = _case(given, upper)
                family = _case(family, upper)
                patr = _case(patr, upper)
            if rng.random() < clerk.swap_prob:
                given, family = "", (given + " " + family if family not in ("-", "") else given)
                tags.append("name-in-family-field")
            elif rng.random() < clerk.fam_blank and family in ("-", "N/A"):
                family = ""
                tags.append("family-blank")
        else:
            if upper == "upper" and given.isascii():
                given, family, patr = given.upper(), family.upper(), patr.upper()
            if not desk.has_father:
                patr = ""
        # typos
        if rng.random() < clerk.typo:
            if family and (rng.random() < 0.35 or not given) and len(family) > 3:
                family = _typo(family, rng)
            elif given and len(given) > 3:
                given = _typo(given, rng)
            tags.append("typo")
        # sex
        sex = p.sex
        r = rng.random()
        if r < clerk.sex_blank:
            sex = ""
            tags.append("sex-blank")
        elif r < clerk.sex_blank + clerk.sex_wrong:
            sex = "F" if male else "M"
            tags.append("sex-wrong")
        # birth date
        if dob_str is not None:
            bd = dob_str
            if clerk.dob_style == "Y" and len(bd) == 10:
                bd = bd[:4]
        else:
            bd = self.birth_field(p, day, clerk, rng, tags)
        if desk.code == "JV" and not copied and p.card is None:
            p.card = (given, family, patr, bd, day)
        if desk.code == "MOHA17" and p.moha is None:
            p.moha = (given, family, patr, bd, day)
        # origin, phone, household reference, site
        origin = self.origin_field(p, hh, clerk, rng, tags, day)
        phone = self.phone_field(hh, clerk, desk, rng, tags, day)
        ref = self.ref_field(hh, p, desk, clerk, rng, day, etag)
        site = self.site_field(hh, desk, clerk, rng, day)
        ts = f"{iso(day)}T{minute // 60:02d}:{minute % 60:02d}"
        tail = ",".join(_q(x) for x in (given, family, patr, sex, bd, origin, phone, ref, ts, site))
        why = None
        if explain:
            why = ",".join(
                _q(x)
                for x in (
                    f"H{hh.hid:07d}",
                    desk.code,
                    clerk.code,
                    p.role,
                    hh.cohort,
                    canon_name(p.name),
                    iso(p.dob),
                    (p.tags + hh.tags + ";".join(tags)),
                )
            )
        self.seq += 1
        p.recs += 1
        self.recs.append((ts, desk.idx, self.seq, p.pid, tail, why))

    def birth_field(self, p: Person, day: int, clerk: Clerk, rng, tags) -> str:
        if rng.random() < clerk.dob_blank:
            tags.append("birth-blank")
            return ""
        d = date.fromordinal(day)
        if p.known and rng.random() < clerk.use_known:
            b = date.fromordinal(p.dob)
            y, m, dd = b.year, b.month, b.day
            tags.append("birth=true-date")
        else:
            age = (day - p.dob) / 365.25
            if age < 3:
                o = min(day, p.dob + int(rng.gauss(0, 45 * clerk.age_sd)))
                b = date.fromordinal(o)
                y, m, dd = b.year, b.month, b.day
                if clerk.dob_style == "Y":
                    return str(y)
                tags.append("birth=mother-recall")
                return self._fmt_full(y, m, dd, day, clerk, rng, tags)
            sd = 1.0 if age < 12 else (2.0 if age < 18 else (3.5 if age < 50 else 6.0))
            est = age + (p.bias if age >= 18 else 0.0) + rng.gauss(0, sd * clerk.age_sd)
            if est >= 15 and rng.random() < clerk.heap:
                est = 5 * round(est / 5)
                tags.append("age-heaped")
            est = max(0.0, est)
            y = d.year - int(round(est))
            st = clerk.dob_style
            if st == "Y":
                return str(y)
            if st == "J1":
                m, dd = 1, 1
            elif st == "J7":
                m, dd = 7, 1
            elif st == "D31":
                m, dd = 12, 31
            elif st == "REG":
                m, dd = d.month, min(d.day, 28) if d.month == 2 else d.day
                tags.append("birth=registration-day")
            else:
                m, dd = rng.randint(1, 12), rng.randint(1, 28)
                tags.append("birth=invented-day")
            if y == d.year and (m, dd) > (d.month, d.day):
                m, dd = d.month, d.day
        return self._fmt_full(y, m, dd, day, clerk, rng, tags)

    def _fmt_full(self, y, m, dd, day, clerk, rng, tags) -> str:
        if dd <= 12 and dd != m and rng.random() < clerk.dm_swap:
            if od(y, dd, m) <= day:
                m, dd = dd, m
                tags.append("dm-swap")
        return f"{y:04d}-{m:02d}-{dd:02d}"

    def origin_field(self, p, hh, clerk, rng, tags, day) -> str:
        mode = clerk.origin_mode
        if rng.random() < 0.05:
            mode = "empty"
        vname, ts, rname = VILLAGES[hh.village]
        if p.born_camp and mode in ("village", "vt", "township", "rvillage", "camp"):
            if rng.random() < 0.35 or mode == "camp":
                c = hh.camp_at(day)
                if c[1]:
                    tags.append("origin=camp")
                    return (
                        CAMP_AREA.get(c[1], "Kutupalong")
                        if rng.random() < 0.6
                        else camp_label(c[1], "plain")
                    )
        if mode == "camp":
            mode = "township"
        if mode == "empty":
            return ""
        tv = TOWNSHIP_VARIANTS[ts]
        tsn = (
            tv[clerk.origin_sp % len(tv)] if rng.random() < 0.9 else tv[int(rng.random() * len(tv))]
        )
        if clerk.script == "bn" and mode in ("township", "vt", "village") and rng.random() < 0.7:
            return TOWNSHIP_BN[ts]
        if mode == "township":
            return tsn
        if mode == "village":
            return vname
        if mode == "rvillage":
            return rname or vname
        if mode == "vt":
            return f"{rname if (rname and rng.random() < 0.3) else vname}, {tsn}"
        if mode == "state":
            return rng.choice(["Rakhine", "Arakan", "Rakhine State", "Arakan, Myanmar"])
        return rng.choice(["Myanmar", "Myanmar", "Burma", "MMR"])

    def phone_field(self, hh, clerk, desk, rng, tags, day) -> str:
        if rng.random() >= clerk.phone_prob:
            return ""
        loc = hh.loc_at(day)
        if loc in ("MYS",):
            num = hh.abroad_phone
            if not num:
                return ""
            f = clerk.phone_fmt % 3
            return ("+60" + num, "0" + num, f"+60 {num[:2]}-{num[2:5]} {num[5:]}")[f]
        if loc == "IND":
            num = hh.abroad_phone
            if not num:
                return ""
            f = clerk.phone_fmt % 3
            return ("+91" + num, "0" + num, f"+91 {num[:5]} {num[5:]}")[f]
        if loc == "IDN":
            return ""
        if loc == "BGD78":
            return ""
        if day < od(2017, 12, 31) and hh.mm_phone and rng.random() < 0.5:
            num = hh.mm_phone
            tags.append("myanmar-phone")
            f = clerk.phone_fmt % 3
            return ("+95" + num, "0" + num, "95" + num)[f]
        num = hh.phone_a if day < od(2020, 1, 1) else hh.phone_b
        if not num and day >= od(2017, 8, 1):
            c = hh.camp_at(day)
            mj = self.majhi.get((c[1], c[2]))
            if mj and rng.random() < clerk.majhi:
                num = mj[0] if day < od(2020, 1, 1) or not mj[1] else mj[1]
                tags.append("majhi-phone")
        if not num:
            return ""
        f = clerk.phone_fmt if rng.random() > 0.05 else int(rng.random() * len(PHONE_FMT_BD))
        out = PHONE_FMT_BD[f].format(d=num, a=num[:4], b=num[4:], c=num[:3], e=num[3:6],
                                     f=num[6:])  # fmt: skip
        if rng.random() < 0.01:
            i = 4 + int(rng.random() * (len(out) - 5))
            if out[i].isdigit() and out[i + 1].isdigit():
                out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
                tags.append("phone-typo")
        return out

    def _ref(self, hh: Household, key: str, lo: int, step: int = 7) -> int:
        v = hh.refs.get(key)
        if v is None:
            base = self.counters.get(key.split("#")[0], lo)
            v = base + self.rng.randint(1, step)
            self.counters[key.split("#")[0]] = v
            hh.refs[key] = v
        return v  # type: ignore[return-value]

    def ref_field(self, hh, p, desk, clerk, rng, day, etag) -> str:
        kind = desk.ref_kind
        if kind == "none" or rng.random() < clerk.ref_blank:
            return ""
        f = clerk.ref_fmt
        dup = "#dup" if etag == "double-registration" else ""
        if kind == "ledger":
            v = self._ref(hh, "ledger", 1000, 3)
            return (
                f"Bk {v // 400 + 1} P {v % 400 + 1}" if f < 2 else f"B{v // 400 + 1}/P{v % 400 + 1}"
            )
        if kind == "mrc":
            v = self._ref(hh, "mrc" + dup, 10000, 5)
            return (f"MRC-{v}", f"MRC No. {v}", str(v), f"MRC {v}")[f]
        if kind == "pg07":
            v = self._ref(hh, "pg07" + dup, 100, 4)
            pre = "KTP" if hh.camp_at(day)[1] == "KRC" else "NYP"
            return (f"{pre}/{v:05d}", f"{pre}-{v:05d}", f"{pre}{v:05d}", f"BGD-06-{v:06d}")[f]
        if kind == "umn":
            v = self._ref(hh, "umn", 100000, 9)
            return (f"UMN-{v:07d}", f"{v:07d}", f"UMN{v}", f"CXB-{v:07d}")[f]
        use_fcn = (
            kind == "fcn"
            or (kind == "scope" and day < od(2019, 3, 1) and f == 0)
            or (kind == "shelter" and f == 3 and desk.code == "IOM")
        )
        if use_fcn and day >= od(2017, 9, 20):
            v = self._ref(hh, "fcn" + dup, 10000000, 6)
            fmts = ("FCN-{v}", "FCN {v}", "{v}", "FCN{v}")
            return fmts[(f + (0 if kind == "fcn" else 1)) % 4].format(v=v)
        if kind == "scope":
            v = self._ref(hh, "scope" + dup, 4000000000, 97)
            s = str(v)
            return (f"SCOPE-{s}", f"{s[:4]} {s[4:7]} {s[7:]}", s, f"SC{s}")[f]
        if kind == "progres":
            v = self._ref(hh, "progres" + dup, 1000000, 11)
            return (f"BGD18-{v:07d}", f"BGD18{v:07d}", f"BGD-18-{v:07d}", f"bgd18 {v:07d}")[f]
        if kind == "bhc":
            if rng.random() < 0.5 and "progres" in hh.refs:
                return f"BGD18-{hh.refs['progres']:07d}"
            v = self._ref(hh, "bhc", 0, 1)
            return f"Cluster {v // 192 + 1} House {(v // 16) % 12 + 1} Room {v % 16 + 1}"
        if kind == "cp":
            if p.role == "uasc":
                v = self._ref(hh, f"cp{p.pid}", 1000, 3)
                return f"UASC-{v:06d}" if f % 2 == 0 else f"CP/UASC/{v}"
            v = self._ref(hh, "fcn", 10000000, 6)
            return f"FCN-{v}"
        if kind == "mys":
            v = self._ref(hh, "mys" + dup, 10000, 9)
            yy = f"{year_of(hh.arrive) % 100:02d}"
            return (f"354-{yy}C{v:05d}", f"354-{yy}C{v:05d}", f"{yy}C{v:05d}", f"354{yy}C{v:05d}")[
                f
            ]
        if kind == "ind":
            v = self._ref(hh, "ind" + dup, 100, 5)
            yy = f"{year_of(hh.arrive) % 100:02d}"
            return (f"DEL-{yy}C{v:05d}", f"{yy}C{v:05d}", f"IND/{yy}/{v:05d}", f"DEL{yy}C{v}")[f]
        if kind == "aceh":
            v = self._ref(hh, "aceh", 0, 1)
            yy = year_of(hh.arrive)
            return f"Boat {yy}-{v // 150 + 1:02d} / {v % 150 + 1:03d}"
        # shelter address
        _, camp, block, sh = hh.camp_at(day)
        if not camp:
            return ""
        c = camp.replace("X", "Ext")
        if f == 0:
            if camp in ("KRC", "NRC"):
                return f"{camp}/{block}/{sh:04d}"
            return f"C{c}/{block}/{sh:04d}"
        if f == 1:
            return f"Camp {c} Block {block} Shelter {sh}"
        if f == 2:
            return f"{c}-{block.replace('-', '')}-{sh}"
        return f"Camp-{c}, {block}, SH-{sh}"

    def site_field(self, hh, desk, clerk, rng, day) -> str:
        mode = desk.site_mode
        _, camp, _, _ = hh.camp_at(day)
        if mode == "ledger":
            return hh.site or "Teknaf"
        if mode in ("mys", "ind", "aceh"):
            return hh.site or {"mys": "Kuala Lumpur", "ind": "New Delhi", "aceh": "Pidie"}[mode]
        if mode == "bhc":
            return "Bhasan Char"
        if not camp:
            camp = "1E"
        area = CAMP_AREA.get(camp, "Kutupalong")
        if mode == "rc":
            return camp_label(camp, "plain") if camp in ("KRC", "NRC") else area
        if mode == "bbs":
            up = AREA_UPAZILA.get(area, "Ukhiya")
            return f"{up} ({area})" if camp not in ("KRC", "NRC") else f"{up} ({area} RC)"
        if mode == "msf":
            if day < od(2017, 8, 25):
                return "MSF Kutupalong" if area != "Leda" else "MSF Leda"
            return {
                "Kutupalong": "MSF Kutupalong Hospital", "Balukhali": "MSF Balukhali",
                "Jamtoli": "MSF Jamtoli", "Hakimpara": "MSF Hakimpara",
                "Moynarghona": "MSF Moynarghona", "Unchiprang": "MSF Unchiprang",
                "Chakmarkul": "MSF Jamtoli", "Shamlapur": "MSF Shamlapur", "Leda": "MSF Leda",
                "Ali Khali": "MSF Leda", "Nayapara": "MSF Nayapara", "Jadimura": "MSF Nayapara",
            }.get(area, "MSF Kutupalong Hospital")  # fmt: skip
        if mode == "transit":
            return rng.choice(["Sabrang", "Teknaf", "Shah Porir Dwip", "Ukhiya", "Anjuman Para",
                               "Palong Khali", "Sabrang", "Teknaf"])  # fmt: skip
        if mode == "booth":
            if desk.code == "MOHA17" and rng.random() < 0.3:
                return "Teknaf" if AREA_UPAZILA.get(area) == "Teknaf" else "Ukhiya"
            return area
        if mode == "cp":
            return "CFS " + camp_label(camp, "plain")
        if mode == "camp0":
            return camp_label(camp, "camp0")
        if mode == "area":
            return camp_label(camp, "area")
        return camp_label(camp, "plain")

    # ----- driver ---------------------------------------------------------------------------

    def run(self) -> None:
        explain = self.explain
        while self.next_pid < self.n:
            remaining = self.n - self.next_pid
            start_pid = self.next_pid
            if remaining < 12:
                hhs, persons = self.single_cluster()
            else:
                hhs, persons = self.make_cluster()
                if len(persons) > remaining:
                    # roll back and fill the tail with single people
                    self.next_pid = start_pid
                    for lst in self.block_heads.values():
                        lst[:] = [q for q in lst if q.pid <= start_pid]
                    hhs, persons = self.single_cluster()
            for i, p in enumerate(persons):
                p.pid = start_pid + 1 + i
            self.next_pid = start_pid + len(persons)
            events = []
            for hh in hhs:
                events.extend(self.schedule(hh))
            events.sort(key=lambda e: e[0])
            for ev in events:
                self.render_event(ev, explain)
            for p in persons:
                if p.recs == 0:
                    ev = self.forced(p, hhs)
                    if ev is None:
                        # should not happen: register at the household's first window
                        hh = hhs[0]
                        wins = self.windows(hh, False) or [(self.by_code["IOM"], REF17, END)]
                        d, a, b = wins[0]
                        ev = (min(b, max(a, p.dob)), d, hh, [p], "")
                        self.stray += 1
                    self.render_event((ev[0], ev[1], ev[2], ev[3], "late-registration"), explain)

    def single_cluster(self) -> tuple[list[Household], list[Person]]:
        rng = self.rng
        arrive = od(2017, 8, 25) + int(rng.triangular(0, 128, 10))
        hh = self.new_hh("bgd", "2017", arrive)
        hh.locs.append(("BGD", arrive, END))
        camp = CAMPS_2017.pick(rng)
        hh.camps.append((arrive, camp, self.block_for(camp), self.shelter(camp)))
        self.majhi.setdefault((camp, hh.camps[0][2]), (bd_mobile(rng), ""))
        hh.village = rng.choice(VILLAGES_BY_TS["Maungdaw"])
        if rng.random() < 0.5:
            dob = arrive - int(rng.uniform(16, 40) * 365.25)
            p = self.person("M", dob, male_name(rng, year_of(dob)),
                            male_name(rng, year_of(dob) - 25), "head-single", hh)  # fmt: skip
        else:
            dob = arrive - int(rng.uniform(25, 75) * 365.25)
            p = self.person("F", dob, female_name(rng, year_of(dob)),
                            male_name(rng, year_of(dob) - 25), "head-widow", hh)  # fmt: skip
            p.husband = male_name(rng, year_of(dob) - 5)
            p.husband_dead = True
            p.married_from = dob + 16 * 365
        p.death = NEVER
        hh.head = p
        hh.members.append((p, -NEVER, NEVER))
        hh.tags = "type=single;"
        return [hh], [p]

    def write(self, out: str) -> None:
        os.makedirs(out, exist_ok=True)
        order = {d.idx: i for i, d in enumerate(self.desks)}
        self.recs.sort(key=lambda r: (r[0], order[r[1]], r[2]))
        counters = [0] * len(self.desks)
        width = max(6, len(str(len(self.recs))))
        prefixes = [d.prefix for d in self.desks]
        header = ("record_id,given_name,family_name,patronymic,sex,birth_date,origin,phone,"
                  "household_ref,registered_at,site\n")  # fmt: skip
        with (
            open(os.path.join(out, "records.csv"), "w", encoding="utf-8", newline="") as fr,
            open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as ft,
        ):
            fw = None
            if self.explain:
                fw = open(os.path.join(out, "why.csv"), "w", encoding="utf-8", newline="")
                fw.write("record_id,person_id,household_id,desk,clerk,role,cohort,true_name,"
                         "true_birth,habits\n")  # fmt: skip
            fr.write(header)
            ft.write("record_id,person_id\n")
            bufr, buft, bufw = [], [], []
            for _ts, di, _seq, pid, tail, why in self.recs:
                counters[di] += 1
                rid = f"{prefixes[di]}{counters[di]:0{width}d}"
                bufr.append(f"{rid},{tail}\n")
                buft.append(f"{rid},P{pid:07d}\n")
                if fw is not None:
                    bufw.append(f"{rid},P{pid:07d},{why}\n")
                if len(bufr) >= 50000:
                    fr.write("".join(bufr))
                    ft.write("".join(buft))
                    bufr.clear()
                    buft.clear()
                    if fw is not None:
                        fw.write("".join(bufw))
                        bufw.clear()
            fr.write("".join(bufr))
            ft.write("".join(buft))
            if fw is not None:
                fw.write("".join(bufw))
                fw.close()


# --------------------------------------------------------------------------------------------
# small helpers

_KEEP_CASE = {"bin": "bin", "binti": "binti", "b.": "b.", "bt.": "bt.", "s/o": "S/O",
              "d/o": "D/O", "w/o": "W/O", "n/a": "N/A", "fnu": "FNU", "lnu": "LNU"}  # fmt: skip


def _case(s: str, mode: str) -> str:
    if not s or mode == "asis":
        return s
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    parts = s.split(" ")
    res = []
    for w in parts:
        k = _KEEP_CASE.get(w.lower())
        if k is not None:
            res.append(k)
        elif w[:1].isalpha() and w.isascii():
            res.append(w[:1].upper() + w[1:].lower())
        else:
            res.append(w)
    return " ".join(res)


_KEYS = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}  # fmt: skip


def _typo(s: str, rng: random.Random) -> str:
    n = len(s)
    i = 1 + int(rng.random() * (n - 2))
    if s[i] == " " or s[i - 1] == " ":
        i = max(1, min(n - 2, i + 1))
    op = rng.random()
    if not s.isascii():
        return s[:i] + s[i + 1 :] if op < 0.6 else s[:i] + s[i] + s[i:]
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i] + s[i:]
    if op < 0.7 and i + 1 < n:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    c = s[i]
    lo = c.lower()
    if lo in "aeiou" and rng.random() < 0.6:
        rep = rng.choice([v for v in "aeiou" if v != lo])
    elif lo in _KEYS:
        ks = _KEYS[lo]
        rep = ks[int(rng.random() * len(ks))]
    else:
        return s
    if c.isupper():
        rep = rep.upper()
    return s[:i] + rep + s[i + 1 :]


def _q(s: str) -> str:
    if "," in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=151)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    w = World(a.people, a.seed, a.explain)
    w.run()
    w.write(a.out)
    n_rec = len(w.recs)
    print(
        f"fifteenth_hands: {w.next_pid} people, {n_rec} records "
        f"({n_rec / max(1, w.next_pid):.3f} per person) -> {a.out} "
        f"in {time.perf_counter() - t0:.1f}s" + (f" ({w.stray} stray)" if w.stray else ""),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
