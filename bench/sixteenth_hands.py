"""Sixteenth hands: Vietnamese boat people and their registrations, 1975-2012.

Synthetic test data for record linkage, written by "other hands": the author
knows the interchange format (``/work/shared/interchange-format.md``) and how
refugee registration worked in the world, and nothing of the linkage engine.

Run::

    python bench/sixteenth_hands.py --people 100000 --seed 161 --out DIR [--explain]

and DIR receives ``records.csv`` (interchange format), ``truth.csv``
(``record_id,person_id``) and, with ``--explain``, ``why.csv``
(``record_id,person_id,household,desk,clerk,tags``).  Standard library only,
deterministic for a seed.

The world
=========
Between 1975 and the mid 1990s about 800 000 Vietnamese left by boat and
another 600 000 left through the Orderly Departure Program (ODP).  The
simulation draws people from four streams:

* **Boats** (about 3/4 of people).  Departure years follow the historical
  arrival curve (peaks 1979 and 1989).  Each boat lands in one first-asylum
  country: Hong Kong (Kai Tak, Jubilee, Sham Shui Po, Hei Ling Chau, Chi Ma
  Wan, and after the 16 June 1988 cut-off the detention centres Whitehead,
  High Island, Tai A Chau), Malaysia (Pulau Bidong, Pulau Tengah, transit at
  Sungai Besi), Indonesia (Kuku, Galang), Thailand (Songkhla, Laem Sing,
  Sikhiu; overland arrivals from Cambodia and Laos at Phanat Nikhom) and the
  Philippines (Palawan).  Northern boats (Hai Phong, Quang Ninh, many
  ethnic Chinese "Hoa" in 1978-79) go mostly to Hong Kong, southern boats to
  the South-East Asian camps.  A boat carries families (sometimes with
  grandparents), young single men and women, groups of teenage siblings and
  unaccompanied minors, all unrelated to one another.
* **ODP** families leaving legally from Saigon (1980-1994): immigrant-visa
  family reunification (IV, often joining a son or husband who had left by
  boat years before), former re-education camp detainees (HO) and Amerasian
  children (AM) with their mothers.
* **1975 evacuees** passing through Guam and the four US reception camps.
* **Split families**: a father or eldest son leaves first by boat and the rest
  follow later (by boat to another camp, or through ODP); they are re-united
  at the resettlement agency and later community desks.

Arrivals before the cut-off dates (Hong Kong 16 June 1988, elsewhere the
Comprehensive Plan of Action of 14 March 1989) were refugees prima facie and
were resettled (USA, Canada, Australia, France, "other" countries that leave
no record here).  Later arrivals were *screened*; most were screened out and
went home on UNHCR/IOM voluntary repatriation flights, received in Viet Nam by
the labour ministry (MOLISA).  In camp people married, children were born
(their origin is sometimes the camp) and old people died.

The desks
=========
Each desk has its own record_id style, its own sites and household reference
style, and a handful of clerks with fixed habits (clerks are derived from a
fixed seed, so ``HKMP-02`` has the same habits in every run).

======  ==================================  ==========================  ===========================
desk    what it is                          record_id example           household_ref example
======  ==================================  ==========================  ===========================
HKMP    Hong Kong Marine Police boat list   ``MP79-0412-017``           ``B0412/79 F3`` (boat+fam)
TF7     Malaysian Task Force VII landing    ``TF7/KT/79/00123``         ``MB0412`` (boat only)
THMOI   Thai Ministry of Interior arrivals  ``MOI-SK-8100123``          ``BOAT 412`` / ``GRP 12``
UNHCR   UNHCR camp registration card        ``PB79/004512``             ``PB-C014`` (zone+hut)
HKID    HK Immigration screening file       ``IMM/SCR/90/01234``        ``FF/90/02231``
CPA     CPA screening file (MY/ID/TH/PH)    ``CPA-MY-90-00123``         ``MY/SF/00123``
JVA     US Joint Voluntary Agency case      ``KL045123-02``             ``KL 045123`` (US case)
PRPC    Bataan processing centre billet     ``PRPC84-001234``           ``N5-B012-U3``
IOM     ICM/IOM medical screening           ``MED/PB/84/001234``        the resettlement case no.
CANVO   Canadian visa office file           ``SGP-B012345-01``          ``B012345``
CEIC    Canadian reception (CEIC office)    ``CEIC-MTL-81-00123``       the visa file ``B012345``
AUS     Australian migrant hostel           ``DIEA/VWD/81/00123``       ``BLK C FLAT 12``
OFPRA   French refugee office               ``OFPRA-82-012345``         ``82/01234`` (dossier)
ODPVN   Vietnamese exit list (ODP)          ``XC89-001234``             ``HK0123456`` (ho khau)
ODPUS   US ODP case file                    ``ODP-HO-012345-02``        ``HO012345``
VOLAG   US resettlement agency intake       ``USCC-OC-85-00123``        ``USCC 85-00123``
MAA     later community / social service    ``BPSOS-SJ-001234``         ``CL01234``
VOLREP  voluntary repatriation manifest     ``VR-HK92-F117-012``        ``F117/12`` (flight+fam)
MOLISA  returnee reception in Viet Nam      ``TN92-001234``             ``HK0123456`` (ho khau)
IATF75  1975 reception centres (Guam, US)   ``IATF-CP-001234``          ``CP01234``
======  ==================================  ==========================  ===========================

Habits, by desk (each clerk draws its own mix from the desk's options):

* HKMP: upper-case ASCII; ages *estimated* and written as a year; whole name
  typed into family_name with ``NIL``/``XXX`` as given name; Hoa in Cantonese.
* TF7 / THMOI: upper-case ASCII, many typos, year-only or 1 January births,
  origin mostly blank, placeholders ``TIADA`` / ``NONE``; ref = the boat, so
  unrelated passengers share a household_ref.
* UNHCR: family name first, "VAN MINH" in given_name; some clerks put the
  middle name into family_name; 1 January for unknown days; old province
  names; children born in camp get the camp as origin.
* HKID: Chinese characters for Hoa (``李`` / ``文發``), father's name asked
  (patronymic), lunar dates written as if solar.
* CPA, ODPVN, MOLISA: forms ask for the father's name; Vietnamese desks
  (ODPVN, MOLISA) keep diacritics, use the "Ho va ten" split (given = last
  syllable, family = the rest) or the whole name in one field, and the post-1976
  province names (Hau Giang, Nghia Binh, TP HCM).
* JVA, ODPUS, IATF75, VOLAG: American clerks; order reversed (family "MINH",
  given "NGUYEN VAN"), middle or Thi dropped or abbreviated ``T.``, baptismal
  names (``JOSEPH MINH``), MM/DD read as DD/MM (day and month swapped),
  ``NFN``/``FNU`` placeholders, ``Dz`` for a southern D (``DZUNG``).
* PRPC and later desks: anglicised first names picked up in ESL class or after
  resettlement (``Tony``, ``Linda``), sometimes with the Vietnamese name kept
  (``Tony Tuan``).
* CANVO / CEIC / OFPRA: family upper-case, given title-case, French accents
  only (``Nguyên``, ``Trân``), hyphenated given names (``Van-Minh``), wife under
  ``TRAN épouse NGUYEN``; French and Canadian phone numbers.
* AUS: 1 July for an unknown birthday, wife under the husband's surname.
* MAA: Unicode typed by Vietnamese staff (NFC, one clerk NFD from a Mac), one
  clerk whose export is UTF-8 read as cp1252 (``Nguyá»…n``); VOLAG has one
  Usenet-era clerk typing VIQR (``Nguye^~n Va(n``); mobile phones after 2000.

Phone numbers follow the format's shape (digits, optionally with ``+`` and
country code, no spaces) but are of course American (``+14085551234`` or
``4085551234``), Canadian, Australian (``+61298765432`` / ``0298765432``) or
French (``+33145678901`` / ``0145678901``).  Camp-era desks have none;
a household shares one number, adults get their own mobile later.

Names
=====
Family + middle + given (Nguyễn Văn Minh, Trần Thị Lan); Nguyễn ~38 %, Trần,
Lê, Phạm, Hoàng/Huỳnh (north/south forms of one name), Vũ/Võ, …; middle names
Văn / Thị dominate, others (Đức, Hữu, Minh, Ngọc, Kim, Thanh …) follow;
given names are skewed (many namesakes), mostly one syllable, sometimes two
(Thanh Tâm), including southern birth-order names (Út, Sáu).  Hoa names have a
Vietnamese reading (Lý Văn Phát), Cantonese (LEE Man Fat), pinyin (Li Wenfa)
and characters (李文發); 黃 and 王 both become Wong in Cantonese.  Married women
keep their own family name; children take the father's (Amerasian children the
mother's).  Catholic families carry baptismal names (Giuse, Maria, Phêrô).

Birth dates: people know a full solar date, a lunar date, a year (possibly the
lunar year, one less for births before Tết) or only their age.  Desks write
``YYYY-MM-DD`` or ``YYYY`` only (as the format requires), never an impossible
date; unknown parts become ``YYYY``, ``YYYY-01-01`` or ``YYYY-07-01``.

Reader's guide to why.csv tags
==============================
Person-level (on every record of the person):
  ``hoa`` ethnic Chinese; ``catholic`` has a baptismal name; ``namesake`` another
  person of the same (diacritic-free) full name in the same camp/stream born
  within 3 years; ``twin``; ``father_son_same_name``; ``siblings_same_pattern``
  (shared generation middle, similar given names: Hà/Hằng/Hạnh,
  Xuân/Hạ/Thu/Đông, or a shared Hoa generation syllable); ``unaccompanied_minor``;
  ``born_in_camp``; ``died_in_camp``; ``married_in_camp``;
  ``split_family_reunited`` (appears in two households); ``amerasian``;
  ``two_syllable_family`` (Tôn Thất).
Name habits (record-level):
  ``order_reversed`` (family=given, given=family+middle); ``middle_in_family``
  (family="Nguyen Van", given="Minh"); ``whole_name_in_family`` (given is a
  placeholder); ``whole_name_in_given`` (family repeated);
  ``split_at_last_syllable`` (Vietnamese "ho va ten" cut at the last space:
  family="Nguyen Thi Thanh", given="Tam"); ``middle_dropped``;
  ``thi_dropped``; ``thi_abbreviated``; ``anglicised``; ``baptismal_name``;
  ``husband_surname`` (+ ``epouse_form``); ``hoa_cantonese``; ``hoa_pinyin``;
  ``hoa_hanzi``; ``joined_given`` (Thanhtam); ``hyphenated`` (Van-Minh);
  ``dz_spelling``; ``diacritics_stripped``; ``french_accents``; ``nfd``;
  ``viqr``; ``mojibake``; ``typo``; ``patronymic``.
Other fields:
  ``sex_blank``; ``sex_miskeyed``; ``birth_blank``; ``year_only``; ``jan1``;
  ``jul1``; ``dm_swapped``; ``age_estimated``; ``lunar_year_off``;
  ``lunar_date_as_solar``; ``year_typo``; ``origin_blank``; ``origin_is_camp``;
  ``origin_modern_name``; ``origin_french_name``; ``phone``; ``phone_mobile``;
  ``household_ref_missing``; ``ref_is_boat`` (unrelated boat mates share it).
Duplicates:
  ``re_registered`` (the household was registered again at the same desk);
  ``same_desk_again`` (this person already had a record at this desk).
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import csv
import random
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


class Pick:
    """Weighted choice by bisection over cumulative weights."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: list[tuple[Any, float]]) -> None:
        self.items = [p[0] for p in pairs]
        cum: list[float] = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            cum.append(total)
        self.cum = cum
        self.total = total

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def zipf(items: list[str], s: float = 0.7) -> Pick:
    return Pick([(x, 1.0 / (i + 1) ** s) for i, x in enumerate(items)])


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def day(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


def tet(year: int) -> int:
    """Approximate first day of the lunar year (between 21 Jan and 19 Feb)."""
    return day(year, 1, 21) + (year * 11) % 30


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

# (name, weight north, weight south); the centre uses the mean.
FAMILY_NAMES = [
    ("Nguyễn", 36, 39), ("Trần", 11, 11), ("Lê", 9, 9.5), ("Phạm", 7.5, 6.5),
    ("Hoàng", 4, 1), ("Huỳnh", 0.5, 4.5), ("Phan", 3, 5), ("Vũ", 3.5, 0.7),
    ("Võ", 0.7, 4), ("Đặng", 2.2, 2), ("Bùi", 2.5, 1.7), ("Đỗ", 2, 1.2),
    ("Hồ", 1.2, 1.5), ("Ngô", 1.5, 1.2), ("Dương", 1.2, 0.9), ("Lý", 0.5, 0.6),
    ("Đinh", 1, 0.6), ("Đoàn", 0.9, 0.7), ("Lâm", 0.3, 0.8), ("Mai", 0.7, 0.6),
    ("Trịnh", 1, 0.5), ("Trương", 0.4, 1), ("Cao", 0.6, 0.5), ("Lưu", 0.5, 0.4),
    ("Tạ", 0.4, 0.3), ("Hà", 0.6, 0.3), ("Châu", 0.1, 0.5), ("Tô", 0.3, 0.3),
    ("Kiều", 0.3, 0.2), ("La", 0.1, 0.3), ("Lương", 0.5, 0.4), ("Thái", 0.2, 0.4),
    ("Tăng", 0.1, 0.3), ("Lại", 0.3, 0.2), ("Từ", 0.2, 0.3), ("Giang", 0.1, 0.2),
    ("Tôn Thất", 0.02, 0.12), ("Quách", 0.1, 0.2), ("Nghiêm", 0.2, 0.05),
    ("Triệu", 0.3, 0.1), ("Vương", 0.2, 0.2), ("Diệp", 0.05, 0.2), ("Mạc", 0.1, 0.05),
    ("Phùng", 0.3, 0.1), ("Thân", 0.2, 0.1), ("Ông", 0.1, 0.2), ("Hứa", 0.1, 0.2),
    ("Doãn", 0.1, 0.05), ("Chu", 0.2, 0.1), ("Nông", 0.2, 0.01), ("Khúc", 0.1, 0.02),
]  # fmt: skip

MIDDLE_M = [
    ("Văn", 42), ("Đức", 5), ("Hữu", 5), ("Minh", 5), ("Quang", 4.5), ("Công", 3.5),
    ("Thanh", 3.5), ("Ngọc", 3), ("Xuân", 2.5), ("Đình", 3), ("Tấn", 3), ("Quốc", 3),
    ("Trọng", 2), ("Thế", 2), ("Bá", 1.5), ("Duy", 1.5), ("Hoàng", 1), ("Kim", 0.8),
    ("Phước", 1), ("Tiến", 0.8), ("Việt", 0.8), ("Chí", 1), ("Nhật", 0.5), ("Khắc", 0.7),
    ("Mạnh", 1), ("Anh", 1.5), ("Hồng", 0.8), ("Thành", 0.8), ("Vĩnh", 0.6), ("", 2),
]  # fmt: skip
MIDDLE_F = [
    ("Thị", 58), ("Ngọc", 7), ("Kim", 5), ("Thanh", 4.5), ("Thu", 3), ("Minh", 1.5),
    ("Mỹ", 2.5), ("Hồng", 2), ("Bích", 2), ("Thúy", 1.5), ("Phương", 1.5), ("Diệu", 0.8),
    ("Bảo", 0.8), ("Tuyết", 1), ("Xuân", 1.5), ("Hoài", 0.8), ("Quỳnh", 0.8), ("Mai", 1),
    ("Kiều", 0.7), ("Như", 0.8), ("Hoàng", 0.5), ("", 2),
]  # fmt: skip
GEN_MIDS_M = ["Minh", "Quang", "Đức", "Hữu", "Quốc", "Thanh", "Công", "Ngọc", "Xuân"]
GEN_MIDS_F = ["Ngọc", "Kim", "Thanh", "Thu", "Bích", "Mỹ", "Hồng", "Phương"]

GIVEN_M = (
    "Minh Hùng Dũng Tuấn Hải Long Nam Sơn Thắng Thành Cường Hoàng Phúc Tâm Trung "
    "Quang Bình Huy Khánh Phong Tùng Vinh Hiếu Đức Tài Thanh Việt Hưng Hòa Lộc Phát "
    "Tiến Toàn Trí Tín Nghĩa Nhân Quốc Sang Tân Thái Thiện Thịnh Thuận Vũ Bảo Danh "
    "Duy Đạt Đông Hậu Hiệp Kiên Lâm Luân Mạnh Nhật Quân Quý Tú Tường Triều Khoa "
    "Châu Chiến Công Cảnh Định Hiển Khải Lợi Lực Lương Mẫn Nguyên Nhựt Thạch Thông "
    "Thọ Trọng Trường Tuyên Vĩnh Vương Ân An Anh Hổ Lai Sáu Bảy Tám Út"
).split()
GIVEN_F = (
    "Lan Hoa Mai Hương Thủy Phương Hạnh Hằng Hà Linh Nga Nhung Oanh Thảo Trang "
    "Tuyết Vân Yến Liên Loan Dung Hồng Huệ Cúc Lệ Ngọc Nhi Quyên Thu Thúy Trinh Tâm "
    "Hiền Diệp Xuân Kim Anh Bích Châu My Vy Uyên Hường Ánh Chi Đào Giang Hậu Hoài "
    "Khanh Lài Lụa Lý Mận Mỹ Nguyệt Nhàn Nương Phượng Quế Sương Tiên Thoa Thơ Thùy "
    "Trâm Vui Xinh Út Sáu Bé"
).split()
GIVEN2_M = [
    "Anh Tuấn", "Minh Tuấn", "Quốc Bảo", "Hoàng Long", "Minh Đức", "Quang Vinh",
    "Thanh Sơn", "Hữu Phước", "Đức Minh", "Thanh Tâm", "Minh Khôi", "Quốc Việt",
]  # fmt: skip
GIVEN2_F = [
    "Thanh Tâm", "Ngọc Lan", "Kim Anh", "Bích Ngọc", "Thu Hà", "Minh Châu",
    "Thanh Thủy", "Mỹ Linh", "Hồng Nhung", "Phương Thảo", "Thu Trang", "Ngọc Anh",
    "Kim Liên", "Bảo Trân", "Thanh Hương",
]  # fmt: skip

CLUSTERS_M = [
    ["Tú", "Tuấn", "Tùng"], ["Thanh", "Thành", "Thạnh"], ["Tiến", "Tín"],
    ["Hùng", "Hưng"], ["Phúc", "Phước"], ["Nhân", "Nghĩa", "Trí", "Dũng"],
    ["Phúc", "Lộc", "Thọ"], ["Tâm", "Tân", "Tấn"], ["Long", "Lân", "Quy", "Phụng"],
]  # fmt: skip
CLUSTERS_F = [
    ["Hà", "Hằng", "Hạnh"], ["Hương", "Hường"], ["Thủy", "Thùy", "Thúy"],
    ["Phương", "Phượng"], ["Vy", "Vi"], ["Lan", "Loan"], ["Mai", "Lan", "Cúc", "Trúc"],
    ["Xuân", "Hạ", "Thu", "Đông"], ["Kim", "Ngân"], ["Hồng", "Huệ"],
]  # fmt: skip
TWINS = {
    ("M", "M"): [("Phúc", "Lộc"), ("Nhân", "Nghĩa"), ("Minh", "Mẫn"), ("Thanh", "Thành")],
    ("F", "F"): [("Kim", "Ngân"), ("Xuân", "Thu"), ("Hồng", "Huệ"), ("Thủy", "Thúy")],
    ("M", "F"): [("Long", "Phụng"), ("Tiến", "Tiên"), ("Thành", "Thảo")],
}

# Hoa (ethnic Chinese): (Hán-Việt north, Hán-Việt south, hanzi, Cantonese, pinyin, weight)
HOA_FAM = [
    ("Lý", "Lý", "李", "Lee", "Li", 8), ("Trần", "Trần", "陳", "Chan", "Chen", 12),
    ("Hoàng", "Huỳnh", "黃", "Wong", "Huang", 10), ("Lâm", "Lâm", "林", "Lam", "Lin", 8),
    ("Trương", "Trương", "張", "Cheung", "Zhang", 7), ("Quách", "Quách", "郭", "Kwok", "Guo", 4),
    ("Mạc", "Mạc", "莫", "Mok", "Mo", 2), ("Lưu", "Lưu", "劉", "Lau", "Liu", 6),
    ("Dương", "Dương", "楊", "Yeung", "Yang", 5), ("Ngô", "Ngô", "吳", "Ng", "Wu", 4),
    ("Châu", "Châu", "周", "Chau", "Zhou", 4), ("Thái", "Thái", "蔡", "Choi", "Cai", 3),
    ("Tạ", "Tạ", "謝", "Tse", "Xie", 3), ("Diệp", "Diệp", "葉", "Yip", "Ye", 3),
    ("Mã", "Mã", "馬", "Ma", "Ma", 3), ("Hà", "Hà", "何", "Ho", "He", 4),
    ("Lương", "Lương", "梁", "Leung", "Liang", 5), ("La", "La", "羅", "Law", "Luo", 3),
    ("Tăng", "Tăng", "曾", "Tsang", "Zeng", 3), ("Phùng", "Phùng", "馮", "Fung", "Feng", 2),
    ("Vương", "Vương", "王", "Wong", "Wang", 3), ("Lữ", "Lữ", "呂", "Lui", "Lu", 1),
    ("Âu", "Âu", "歐", "Au", "Ou", 1), ("Quan", "Quan", "關", "Kwan", "Guan", 2),
    ("Giang", "Giang", "江", "Kong", "Jiang", 1), ("Đặng", "Đặng", "鄧", "Tang", "Deng", 2),
    ("Hứa", "Hứa", "許", "Hui", "Xu", 2), ("Tô", "Tô", "蘇", "So", "Su", 2),
    ("Trịnh", "Trịnh", "鄭", "Cheng", "Zheng", 2), ("Lục", "Lục", "陸", "Luk", "Lu", 1),
]  # fmt: skip
# (Hán-Việt, hanzi, Cantonese, pinyin, sex M/F/U)
HOA_SYL = [
    ("Văn", "文", "Man", "Wen", "M"), ("Phát", "發", "Fat", "Fa", "M"),
    ("Minh", "明", "Ming", "Ming", "U"), ("Quang", "光", "Kwong", "Guang", "M"),
    ("Vinh", "榮", "Wing", "Rong", "M"), ("Hùng", "雄", "Hung", "Xiong", "M"),
    ("Cường", "強", "Keung", "Qiang", "M"), ("Hoa", "華", "Wah", "Hua", "U"),
    ("Mỹ", "美", "Mei", "Mei", "F"), ("Lan", "蘭", "Lan", "Lan", "F"),
    ("Phương", "芳", "Fong", "Fang", "F"), ("Ngọc", "玉", "Yuk", "Yu", "F"),
    ("Anh", "英", "Ying", "Ying", "U"), ("Kiệt", "傑", "Kit", "Jie", "M"),
    ("Tài", "財", "Choi", "Cai", "M"), ("Phúc", "福", "Fuk", "Fu", "M"),
    ("Lộc", "祿", "Luk", "Lu", "M"), ("Quý", "貴", "Kwai", "Gui", "U"),
    ("Trung", "忠", "Chung", "Zhong", "M"), ("Hải", "海", "Hoi", "Hai", "M"),
    ("Bình", "平", "Ping", "Ping", "U"), ("Kim", "金", "Kam", "Jin", "U"),
    ("Châu", "珠", "Chu", "Zhu", "F"), ("Liên", "蓮", "Lin", "Lian", "F"),
    ("Tuyết", "雪", "Suet", "Xue", "F"), ("Huệ", "慧", "Wai", "Hui", "F"),
    ("Đức", "德", "Tak", "De", "M"), ("Chí", "志", "Chi", "Zhi", "M"),
    ("Thành", "成", "Shing", "Cheng", "M"), ("Vĩ", "偉", "Wai", "Wei", "M"),
    ("Kiện", "健", "Kin", "Jian", "M"), ("Khánh", "慶", "Hing", "Qing", "U"),
    ("Mẫn", "敏", "Man", "Min", "U"), ("Thục", "淑", "Suk", "Shu", "F"),
    ("Nghi", "儀", "Yee", "Yi", "F"), ("Bảo", "寶", "Po", "Bao", "U"),
    ("Tường", "祥", "Cheung", "Xiang", "M"), ("Sinh", "生", "Sang", "Sheng", "M"),
    ("Tiến", "進", "Chun", "Jin", "M"), ("Diệu", "妙", "Miu", "Miao", "F"),
    ("Xuân", "春", "Chun", "Chun", "U"), ("Linh", "玲", "Ling", "Ling", "F"),
    ("Hồng", "紅", "Hung", "Hong", "F"), ("Giai", "佳", "Kai", "Jia", "F"),
    ("Nhàn", "嫻", "Han", "Xian", "F"), ("Thanh", "清", "Ching", "Qing", "U"),
    ("Lệ", "麗", "Lai", "Li", "F"), ("Cẩm", "錦", "Kam", "Jin", "F"),
    ("Quốc", "國", "Kwok", "Guo", "M"), ("Hào", "豪", "Ho", "Hao", "M"),
]  # fmt: skip

# (Vietnamese, English, French, sex)
BAPTISMAL = [
    ("Giuse", "Joseph", "Joseph", "M"), ("Phêrô", "Peter", "Pierre", "M"),
    ("Phaolô", "Paul", "Paul", "M"), ("Gioan", "John", "Jean", "M"),
    ("Antôn", "Anthony", "Antoine", "M"), ("Phanxicô", "Francis", "François", "M"),
    ("Micae", "Michael", "Michel", "M"), ("Đaminh", "Dominic", "Dominique", "M"),
    ("Vinhsơn", "Vincent", "Vincent", "M"), ("Maria", "Maria", "Marie", "F"),
    ("Anna", "Anna", "Anne", "F"), ("Têrêsa", "Teresa", "Thérèse", "F"),
    ("Cecilia", "Cecilia", "Cécile", "F"), ("Matta", "Martha", "Marthe", "F"),
    ("Luxia", "Lucy", "Lucie", "F"), ("Agnès", "Agnes", "Agnès", "F"),
    ("Rosa", "Rose", "Rose", "F"),
]  # fmt: skip
BAPT_FORM = {"vn": 0, "en": 1, "fr": 2}
BAPT_BY_SEX = {s: [i for i, b in enumerate(BAPTISMAL) if b[3] == s] for s in ("M", "F")}

ANGLO_LIKE = {
    "Tuấn": "Tony", "Tùng": "Tommy", "Hùng": "Henry", "Hưng": "Henry", "Dũng": "Danny",
    "Danh": "Danny", "Khánh": "Kenny", "Khoa": "Kevin", "Long": "Larry", "Nam": "Nathan",
    "Minh": "Michael", "Phong": "Peter", "Sơn": "Sonny", "Thành": "Tom", "Tâm": "Tom",
    "Vinh": "Vincent", "Việt": "Victor", "Bình": "Ben", "Hải": "Harry", "Hiếu": "Hugh",
    "Lan": "Lana", "Linh": "Linda", "Mai": "May", "Hương": "Helen", "Trang": "Tracy",
    "Vy": "Vivian", "Vân": "Vanessa", "Nga": "Nancy", "Ngọc": "Nicole", "Hạnh": "Hannah",
    "Yến": "Yvonne", "Anh": "Annie", "Tiên": "Tina", "Diệp": "Diane", "Liên": "Lily",
    "Kim": "Kimberly", "Thủy": "Tina", "Loan": "Lorraine", "Hằng": "Hannah",
    "Phương": "Fiona",
}  # fmt: skip
ANGLO_EN = {
    "M": "Tony Jimmy Johnny David Steven Andy Eric Richard Kevin Peter Paul Tommy "
    "Jason Brian Calvin Danny Michael Henry Vincent Kenny".split(),
    "F": "Linda Cindy Jenny Lisa Amy Julie Jennifer Jessica Christine Mary Nancy "
    "Vicky Tiffany Helen Susan Tina Kathy Lily Annie Kim".split(),
}
ANGLO_FR = {
    "M": "Jean Pierre Michel Philippe Thierry Éric Pascal Laurent Christophe Alain".split(),
    "F": "Marie Sophie Catherine Christine Nathalie Isabelle Sylvie Anne Hélène Valérie".split(),
}

# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

# (Vietnamese, English, French, post-1976 name or "", region, weight)
ORIGINS = [
    ("Hải Phòng", "Haiphong", "Haïphong", "", "N", 10),
    ("Hà Nội", "Hanoi", "Hanoï", "", "N", 4),
    ("Hòn Gai", "Hongay", "Hongay", "Quảng Ninh", "N", 5),
    ("Cẩm Phả", "Cam Pha", "Cam Pha", "Quảng Ninh", "N", 3),
    ("Móng Cái", "Mong Cai", "Moncay", "Quảng Ninh", "N", 3),
    ("Nam Định", "Nam Dinh", "Nam Dinh", "Hà Nam Ninh", "N", 3),
    ("Thái Bình", "Thai Binh", "Thai Binh", "", "N", 2),
    ("Hải Dương", "Hai Duong", "Hai Duong", "Hải Hưng", "N", 2),
    ("Lạng Sơn", "Lang Son", "Lang Son", "", "N", 1),
    ("Thanh Hóa", "Thanh Hoa", "Thanh Hoa", "", "N", 1.5),
    ("Vinh", "Vinh", "Vinh", "Nghệ Tĩnh", "N", 1.5),
    ("Huế", "Hue", "Hué", "Bình Trị Thiên", "C", 5),
    ("Đà Nẵng", "Da Nang", "Tourane", "Quảng Nam - Đà Nẵng", "C", 6),
    ("Quảng Ngãi", "Quang Ngai", "Quang Ngai", "Nghĩa Bình", "C", 2),
    ("Quy Nhơn", "Qui Nhon", "Qui Nhon", "Nghĩa Bình", "C", 2),
    ("Nha Trang", "Nha Trang", "Nha Trang", "Phú Khánh", "C", 3),
    ("Phan Thiết", "Phan Thiet", "Phan Thiet", "Thuận Hải", "C", 2),
    ("Đà Lạt", "Dalat", "Dalat", "Lâm Đồng", "C", 1),
    ("Buôn Ma Thuột", "Ban Me Thuot", "Ban Me Thuot", "Đắk Lắk", "C", 1),
    ("Sài Gòn", "Saigon", "Saïgon", "TP HCM", "S", 24),
    ("Chợ Lớn", "Cholon", "Cholon", "TP HCM", "S", 6),
    ("Vũng Tàu", "Vung Tau", "Cap Saint-Jacques", "Vũng Tàu - Côn Đảo", "S", 5),
    ("Rạch Giá", "Rach Gia", "Rach Gia", "Kiên Giang", "S", 5),
    ("Cần Thơ", "Can Tho", "Can Tho", "Hậu Giang", "S", 4),
    ("Mỹ Tho", "My Tho", "My Tho", "Tiền Giang", "S", 3),
    ("Châu Đốc", "Chau Doc", "Chau Doc", "An Giang", "S", 2),
    ("Long Xuyên", "Long Xuyen", "Long Xuyen", "An Giang", "S", 2),
    ("Bạc Liêu", "Bac Lieu", "Bac Lieu", "Minh Hải", "S", 2),
    ("Cà Mau", "Ca Mau", "Ca Mau", "Minh Hải", "S", 2),
    ("Biên Hòa", "Bien Hoa", "Bien Hoa", "Đồng Nai", "S", 3),
    ("Sóc Trăng", "Soc Trang", "Soc Trang", "Hậu Giang", "S", 1.5),
    ("Vĩnh Long", "Vinh Long", "Vinh Long", "Cửu Long", "S", 1.5),
    ("Bến Tre", "Ben Tre", "Ben Tre", "", "S", 1.5),
    ("Tây Ninh", "Tay Ninh", "Tay Ninh", "", "S", 1),
    ("Hà Tiên", "Ha Tien", "Ha Tien", "Kiên Giang", "S", 1),
    ("Phnôm Pênh", "Phnom Penh", "Phnom Penh", "", "K", 6),
    ("Bát Đom Bang", "Battambang", "Battambang", "", "K", 2),
    ("Viêng Chăn", "Vientiane", "Vientiane", "", "L", 4),
    ("Savannakhet", "Savannakhet", "Savannakhet", "", "L", 2),
    ("Pắc Xế", "Pakse", "Paksé", "", "L", 1),
]
SAIGON = next(i for i, o in enumerate(ORIGINS) if o[0] == "Sài Gòn")
HCM_FORMS = ["TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"]
REGION_ORIGIN = {
    r: Pick([(i, o[5]) for i, o in enumerate(ORIGINS) if o[4] == r])
    for r in ("N", "C", "S", "K", "L")
}


def _family_pick(region: str) -> Pick:
    col = {"N": 1, "S": 2}
    if region in col:
        return Pick([(f[0], f[col[region]]) for f in FAMILY_NAMES])
    return Pick([(f[0], (f[1] + f[2]) / 2) for f in FAMILY_NAMES])


FAM_PICK = {r: _family_pick(r) for r in ("N", "C", "S", "K", "L")}
MID_PICK = {"M": Pick(MIDDLE_M), "F": Pick(MIDDLE_F)}
GIVEN_PICK = {"M": zipf(GIVEN_M), "F": zipf(GIVEN_F)}
GIVEN2_PICK = {"M": zipf(GIVEN2_M, 0.5), "F": zipf(GIVEN2_F, 0.5)}
HOA_FAM_PICK = Pick([(i, f[5]) for i, f in enumerate(HOA_FAM)])


def _hoa_syl_pick(sex: str, first: bool) -> Pick:
    pairs = []
    for i, s in enumerate(HOA_SYL):
        if s[4] not in (sex, "U"):
            continue
        w = 6.0 if (first and sex == "M" and s[0] == "Văn") else 1.0
        pairs.append((i, w))
    return Pick(pairs)


HOA_S1 = {s: _hoa_syl_pick(s, True) for s in ("M", "F")}
HOA_S2 = {s: _hoa_syl_pick(s, False) for s in ("M", "F")}

# first-asylum camps: code -> site name
CAMP_NAMES = {
    "KT": "Kai Tak TC", "JB": "Jubilee TC", "SSP": "Sham Shui Po", "HLC": "Hei Ling Chau",
    "CMW": "Chi Ma Wan", "WH": "Whitehead DC", "HI": "High Island DC", "TAC": "Tai A Chau",
    "PB": "Pulau Bidong", "PT": "Pulau Tengah", "SB": "Sungai Besi", "GL": "Galang",
    "KK": "Kuku", "SKC": "Songkhla Camp", "LS": "Laem Sing", "SI": "Sikhiu",
    "PN": "Phanat Nikhom", "PFAC": "Palawan PFAC",
}  # fmt: skip
CUTOFF = {"HK": day(1988, 6, 16)}
CPA_DAY = day(1989, 3, 14)

ARRIVAL_SITES = {
    "HKMP": [("HKMP Green Island", "GI"), ("HKMP Tuen Mun", "TM"), ("HKMP Aberdeen", "AB")],
    "TF7": [("Kuala Terengganu", "KT"), ("Marang", "MR"), ("Kota Bharu", "KB"),
            ("Mersing", "MS")],
    "THMOI": [("Songkhla", "SK"), ("Pattani", "PT"), ("Narathiwat", "NR"), ("Trat", "TR")],
    "THMOI_LAND": [("Aranyaprathet", "AR"), ("Nong Khai", "NK"), ("Ubon Ratchathani", "UB")],
}  # fmt: skip
ARRIVAL_DESK = {"HK": "HKMP", "MY": "TF7", "TH": "THMOI"}
JVA_OFFICE = {"HK": "HK", "MY": "KL", "ID": "JK", "TH": "BK", "PH": "MN"}
CANVO_OFFICE = {
    "HK": ("Canadian Commission Hong Kong", "HKG"),
    "MY": ("Canadian High Commission Kuala Lumpur", "KUL"),
    "ID": ("Canadian High Commission Singapore", "SGP"),
    "TH": ("Canadian Embassy Bangkok", "BKK"),
    "PH": ("Canadian Embassy Manila", "MNL"),
}
VOLREP_SITE = {
    "HK": ("Kai Tak Airport", "HK"), "MY": ("Sungai Besi", "MY"), "ID": ("Galang", "ID"),
    "TH": ("Sikhiu", "TH"), "PH": ("Palawan PFAC", "PH"),
}  # fmt: skip

# destinations: (site name, code, area code, weight)
US_CITIES = [
    ("Orange County CA", "OC", "714", 18), ("San Jose CA", "SJ", "408", 14),
    ("Houston TX", "HOU", "713", 10), ("Los Angeles CA", "LA", "213", 8),
    ("San Diego CA", "SD", "619", 6), ("Arlington VA", "ARL", "703", 6),
    ("Seattle WA", "SEA", "206", 5), ("New Orleans LA", "NO", "504", 5),
    ("Philadelphia PA", "PHL", "215", 4), ("Boston MA", "BOS", "617", 4),
    ("Portland OR", "PDX", "503", 4), ("Oklahoma City OK", "OKC", "405", 3),
    ("Minneapolis MN", "MSP", "612", 3), ("Dallas TX", "DAL", "214", 4),
    ("Atlanta GA", "ATL", "404", 3), ("Chicago IL", "CHI", "312", 3),
]  # fmt: skip
CA_CITIES = [
    ("Montréal", "MTL", "514", 30), ("Toronto", "TOR", "416", 30),
    ("Vancouver", "VAN", "604", 15), ("Calgary", "CGY", "403", 8),
    ("Edmonton", "EDM", "780", 7), ("Ottawa", "OTT", "613", 5), ("Winnipeg", "WPG", "204", 5),
]  # fmt: skip
AU_CITIES = [
    ("Villawood NSW", "VWD", "2", 35), ("Enterprise Springvale VIC", "ENT", "3", 20),
    ("Midway Maribyrnong VIC", "MID", "3", 15), ("Pennington SA", "PEN", "8", 10),
    ("Wacol QLD", "WAC", "7", 10), ("Graylands WA", "GRY", "8", 10),
]  # fmt: skip
AU_COMMUNITY = {"2": "Cabramatta NSW", "3": "Footscray VIC", "7": "Inala QLD",
                "8": "Woodville SA"}  # fmt: skip
FR_CITIES = [("Paris", "PAR", "1", 60), ("Lyon", "LYO", "4", 15), ("Marseille", "MRS", "4", 10),
             ("Toulouse", "TLS", "5", 8), ("Lille", "LIL", "3", 7)]  # fmt: skip
CITIES = {"US": US_CITIES, "CA": CA_CITIES, "AU": AU_CITIES, "FR": FR_CITIES}
CITY_PICK = {k: Pick([(i, c[3]) for i, c in enumerate(v)]) for k, v in CITIES.items()}
AGENCY = Pick([("USCC", 35), ("IRC", 15), ("LIRS", 15), ("CWS", 12), ("ACNS", 8),
               ("WR", 10), ("HIAS", 5)])  # fmt: skip
COUNTRY_CODE = {"US": "1", "CA": "1", "AU": "61", "FR": "33"}

# ---------------------------------------------------------------------------
# desks and clerks
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Clerk:
    cid: str
    layout: Pick
    case_fam: str
    case_giv: str
    script: str
    mid_drop: float
    thi_drop: float
    thi_abbr: float
    join: str
    typo: float
    hoa: str
    hoa_p: float
    bapt: float
    bapt_form: str
    anglo: float
    husband: float
    husband_form: str
    unknown: str
    age_all: bool
    full_to_year: float
    lunar: str
    dm_swap: float
    birth_blank: float
    sex_blank: float
    origin_style: str
    origin_blank: float
    camp_origin: bool
    phone: float
    phone_form: str
    ref_missing: float
    patronymic: float
    pat_form: str
    placeholder: str
    dz: float


# Options per clerk attribute: a list is a choice, a (lo, hi) tuple a uniform
# rate; "layout" options are dicts of layout weights.
DEFAULT_PROFILE: dict[str, Any] = {
    "n": 5,
    "layout": [{"std": 1.0}],
    "case_fam": ["upper"],
    "case_giv": ["upper"],
    "script": ["ascii"],
    "mid_drop": (0.0, 0.0),
    "thi_drop": (0.0, 0.0),
    "thi_abbr": (0.0, 0.0),
    "join": ["space"],
    "typo": (0.005, 0.02),
    "hoa": ["viet"],
    "hoa_p": (1.0, 1.0),
    "bapt": (0.0, 0.0),
    "bapt_form": ["vn"],
    "anglo": (0.0, 0.0),
    "husband": (0.0, 0.0),
    "husband_form": ["plain"],
    "unknown": ["jan1"],
    "age_all": [False],
    "full_to_year": (0.0, 0.0),
    "lunar": ["year"],
    "dm_swap": (0.0, 0.01),
    "birth_blank": (0.0, 0.01),
    "sex_blank": (0.0, 0.02),
    "origin_style": ["en"],
    "origin_blank": (0.05, 0.2),
    "camp_origin": [True],
    "phone": (0.0, 0.0),
    "phone_form": ["intl"],
    "ref_missing": (0.05, 0.2),
    "patronymic": (0.0, 0.0),
    "pat_form": ["full"],
    "placeholder": ["FNU"],
    "dz": (0.0, 0.0),
}

PROFILES: dict[str, dict[str, Any]] = {
    "HKMP": {
        "n": 4,
        "layout": [{"std": 0.65, "whole_family": 0.25, "given_only": 0.1},
                   {"std": 0.88, "whole_family": 0.12}],
        "hoa": ["canto"], "hoa_p": (0.6, 0.9), "age_all": [True], "unknown": ["year"],
        "origin_blank": (0.2, 0.45), "sex_blank": (0.02, 0.08), "typo": (0.01, 0.04),
        "placeholder": ["NIL", "XXX"], "ref_missing": (0.05, 0.15),
    },
    "TF7": {
        "n": 4,
        "layout": [{"std": 0.5, "whole_family": 0.35, "given_only": 0.15}],
        "typo": (0.03, 0.07), "unknown": ["year", "jan1"], "full_to_year": (0.5, 0.9),
        "origin_blank": (0.4, 0.7), "sex_blank": (0.05, 0.15), "placeholder": ["TIADA"],
        "dm_swap": (0.0, 0.0), "ref_missing": (0.1, 0.3),
    },
    "THMOI": {
        "n": 4,
        "layout": [{"std": 0.6, "given_only": 0.2, "whole_family": 0.2}],
        "mid_drop": (0.1, 0.3), "typo": (0.02, 0.05), "unknown": ["year"],
        "full_to_year": (0.4, 0.8), "placeholder": ["NONE"], "origin_blank": (0.3, 0.6),
        "ref_missing": (0.1, 0.3),
    },
    "UNHCR": {
        "n": 8,
        "layout": [{"std": 0.85, "given_only": 0.15}, {"std": 0.7, "given_only": 0.3},
                   {"given_only": 0.8, "std": 0.2}],
        "case_fam": ["upper", "upper", "title"], "case_giv": ["upper", "title"],
        "script": ["ascii", "ascii", "ascii", "nfc"], "unknown": ["jan1", "jan1", "year"],
        "lunar": ["year", "as_solar"], "dm_swap": (0.0, 0.02),
        "origin_style": ["en", "vn", "modern"], "camp_origin": [True, False],
        "hoa": ["viet", "viet", "canto"], "hoa_p": (0.5, 1.0), "ref_missing": (0.02, 0.1),
        "join": ["space", "camel", "flat"],
    },
    "HKID": {
        "n": 6,
        "layout": [{"std": 0.9, "given_only": 0.1}, {"given_only": 0.6, "std": 0.4}],
        "case_giv": ["upper", "title"], "script": ["ascii", "ascii", "nfc"],
        "hoa": ["hanzi", "hanzi", "canto"], "hoa_p": (0.6, 0.95),
        "patronymic": (0.8, 0.95), "lunar": ["as_solar", "year"],
        "unknown": ["jan1", "year"], "dm_swap": (0.0, 0.02),
        "origin_style": ["vn", "modern", "en"], "ref_missing": (0.02, 0.08),
    },
    "CPA": {
        "n": 6,
        "layout": [{"std": 0.7, "given_only": 0.3}], "case_giv": ["title", "upper"],
        "patronymic": (0.5, 0.9), "pat_form": ["full", "given"],
        "unknown": ["jan1", "year"], "lunar": ["year", "as_solar"],
        "origin_style": ["en", "modern"], "hoa": ["viet", "canto", "pinyin"],
        "hoa_p": (0.3, 0.7),
    },
    "JVA": {
        "n": 8,
        "layout": [{"std": 0.68, "given_only": 0.1, "reversed": 0.2, "whole_family": 0.02},
                   {"std": 0.85, "reversed": 0.15}, {"reversed": 0.5, "std": 0.5}],
        "mid_drop": (0.05, 0.3), "thi_drop": (0.05, 0.3), "thi_abbr": (0.0, 0.2),
        "bapt": (0.3, 0.7), "bapt_form": ["en", "vn"], "husband": (0.0, 0.15),
        "dm_swap": (0.02, 0.08), "hoa": ["viet", "pinyin", "canto"], "hoa_p": (0.3, 0.8),
        "dz": (0.0, 0.2), "placeholder": ["FNU", "NFN"],
    },
    "PRPC": {
        "n": 6,
        "layout": [{"given_only": 0.5, "std": 0.5}, {"std": 0.8, "reversed": 0.2}],
        "case_fam": ["upper", "title"], "case_giv": ["title"], "mid_drop": (0.1, 0.4),
        "thi_drop": (0.1, 0.3), "anglo": (0.2, 0.5), "bapt": (0.2, 0.5),
        "bapt_form": ["en"], "dm_swap": (0.01, 0.05), "join": ["space", "camel", "flat"],
    },
    "IOM": {
        "n": 6,
        "layout": [{"std": 1.0}, {"std": 0.8, "reversed": 0.2}],
        "unknown": ["jan1", "jul1"], "dm_swap": (0.0, 0.04), "sex_blank": (0.0, 0.005),
        "typo": (0.01, 0.03), "origin_blank": (0.3, 0.7), "bapt": (0.0, 0.1),
        "bapt_form": ["en"], "ref_missing": (0.01, 0.05),
    },
    "CANVO": {
        "n": 5,
        "layout": [{"std": 0.9, "given_only": 0.1}], "case_giv": ["title"],
        "script": ["ascii", "french"], "unknown": ["jan1", "year"],
        "bapt": (0.1, 0.4), "bapt_form": ["en", "fr"], "hoa": ["canto", "viet"],
        "hoa_p": (0.3, 0.8), "join": ["space", "hyphen"], "ref_missing": (0.0, 0.03),
    },
    "CEIC": {
        "n": 7,
        "layout": [{"std": 0.8, "reversed": 0.1, "given_only": 0.1}],
        "case_fam": ["upper", "title"], "case_giv": ["title"], "script": ["ascii", "french"],
        "join": ["space", "hyphen", "camel"], "bapt": (0.2, 0.6), "bapt_form": ["en", "fr"],
        "anglo": (0.05, 0.3), "husband": (0.1, 0.4), "husband_form": ["plain", "epouse"],
        "phone": (0.3, 0.7), "phone_form": ["national", "intl"], "ref_missing": (0.0, 0.1),
    },
    "AUS": {
        "n": 6,
        "layout": [{"std": 0.75, "reversed": 0.15, "given_only": 0.1}],
        "case_giv": ["title", "upper"], "mid_drop": (0.1, 0.5), "thi_drop": (0.1, 0.4),
        "unknown": ["jul1", "jul1", "jan1"], "dm_swap": (0.0, 0.0),
        "husband": (0.05, 0.3), "anglo": (0.0, 0.15), "phone": (0.05, 0.2),
        "phone_form": ["national"],
    },
    "OFPRA": {
        "n": 6,
        "layout": [{"std": 0.9, "whole_family": 0.05, "given_only": 0.05}],
        "case_giv": ["title"], "script": ["french", "french", "ascii"],
        "join": ["hyphen", "hyphen", "space"], "bapt": (0.3, 0.7), "bapt_form": ["fr"],
        "husband": (0.2, 0.5), "husband_form": ["epouse", "plain"],
        "unknown": ["year", "jan1"], "dm_swap": (0.0, 0.0), "phone": (0.1, 0.4),
        "phone_form": ["national", "intl"], "origin_style": ["fr", "en", "vn"],
        "placeholder": ["X"],
    },
    "ODPVN": {
        "n": 5,
        "layout": [{"split_last": 0.6, "whole_given": 0.2, "std": 0.2},
                   {"std": 0.7, "split_last": 0.3}],
        "script": ["nfc", "ascii", "nfc"], "patronymic": (0.4, 0.8),
        "unknown": ["year"], "lunar": ["convert", "as_solar", "year"],
        "origin_style": ["vn", "modern"], "ref_missing": (0.0, 0.05),
    },
    "ODPUS": {
        "n": 6,
        "layout": [{"std": 0.6, "reversed": 0.25, "given_only": 0.15}],
        "mid_drop": (0.05, 0.2), "thi_drop": (0.0, 0.2), "thi_abbr": (0.0, 0.2),
        "dm_swap": (0.03, 0.08), "bapt": (0.1, 0.4), "bapt_form": ["en"],
        "dz": (0.0, 0.2), "placeholder": ["FNU", "NFN"], "ref_missing": (0.0, 0.05),
    },
    "VOLAG": {
        "n": 10,
        "layout": [{"std": 0.5, "reversed": 0.15, "given_only": 0.35},
                   {"std": 0.8, "whole_given": 0.05, "reversed": 0.15}],
        "case_fam": ["title", "upper"], "case_giv": ["title"], "mid_drop": (0.1, 0.5),
        "thi_drop": (0.1, 0.5), "thi_abbr": (0.0, 0.15), "bapt": (0.2, 0.6),
        "bapt_form": ["en"], "anglo": (0.1, 0.4), "husband": (0.05, 0.25),
        "dm_swap": (0.03, 0.1), "phone": (0.3, 0.6), "phone_form": ["national", "intl"],
        "dz": (0.0, 0.3), "join": ["space", "camel", "flat"],
        "hoa": ["viet", "canto", "pinyin"], "hoa_p": (0.2, 0.6),
        "special": [(3, "script", "viqr"), (3, "case_fam", "title")],
    },
    "MAA": {
        "n": 8,
        "layout": [{"std": 0.6, "given_only": 0.3, "reversed": 0.1}],
        "case_fam": ["title", "upper"], "case_giv": ["title"],
        "script": ["nfc", "nfc", "ascii", "ascii"], "anglo": (0.4, 0.8),
        "bapt": (0.1, 0.3), "bapt_form": ["en", "vn"], "husband": (0.0, 0.2),
        "dm_swap": (0.01, 0.05), "phone": (0.7, 0.95), "phone_form": ["national", "intl"],
        "origin_style": ["vn", "en", "modern"], "join": ["space", "camel"],
        "hoa": ["viet", "canto"], "hoa_p": (0.2, 0.5),
        "special": [(2, "script", "mojibake"), (5, "script", "nfd")],
    },
    "VOLREP": {
        "n": 5,
        "layout": [{"std": 0.8, "given_only": 0.2}], "unknown": ["jan1", "year"],
        "lunar": ["year", "as_solar"], "hoa": ["viet", "canto"], "hoa_p": (0.3, 0.8),
        "origin_style": ["en", "modern"], "origin_blank": (0.1, 0.3),
        "ref_missing": (0.1, 0.3),
    },
    "MOLISA": {
        "n": 5,
        "layout": [{"split_last": 0.7, "whole_given": 0.15, "std": 0.15}],
        "case_fam": ["upper", "title"], "case_giv": ["upper", "title"],
        "script": ["nfc", "nfc", "ascii"], "patronymic": (0.3, 0.7),
        "unknown": ["year"], "lunar": ["as_solar", "convert"],
        "origin_style": ["vn", "modern"], "camp_origin": [False],
    },
    "IATF75": {
        "n": 6,
        "layout": [{"std": 0.6, "reversed": 0.3, "given_only": 0.1}],
        "mid_drop": (0.05, 0.2), "bapt": (0.3, 0.6), "bapt_form": ["en", "vn"],
        "dm_swap": (0.03, 0.1), "dz": (0.05, 0.3), "placeholder": ["NFN"],
    },
}  # fmt: skip

# record_id template, counter scope, survival weight (how likely the desk's
# paper made it into the benchmark's archive)
DESK_IDS: dict[str, tuple[str, tuple[str, ...], float]] = {
    "HKMP": ("MP{yy:02d}-{no:04d}-{n:03d}", ("yy", "no"), 0.8),
    "TF7": ("TF7/{code}/{yy:02d}/{n:05d}", ("code", "yy"), 0.5),
    "THMOI": ("MOI-{code}-{yy:02d}{n:05d}", ("code", "yy"), 0.4),
    "UNHCR": ("{code}{yy:02d}/{n:06d}", ("code", "yy"), 1.5),
    "HKID": ("IMM/SCR/{yy:02d}/{n:05d}", ("yy",), 1.0),
    "CPA": ("CPA-{code}-{yy:02d}-{n:05d}", ("code", "yy"), 0.8),
    "JVA": ("{code}{no:06d}-{n:02d}", ("code", "no"), 1.2),
    "PRPC": ("PRPC{yy:02d}-{n:06d}", ("yy",), 0.7),
    "IOM": ("MED/{code}/{yy:02d}/{n:06d}", ("code", "yy"), 0.8),
    "CANVO": ("{code}-B{no:06d}-{n:02d}", ("code", "no"), 0.8),
    "CEIC": ("CEIC-{code}-{yy:02d}-{n:05d}", ("code", "yy"), 0.9),
    "AUS": ("DIEA/{code}/{yy:02d}/{n:05d}", ("code", "yy"), 0.9),
    "OFPRA": ("OFPRA-{yy:02d}-{n:06d}", ("yy",), 0.9),
    "ODPVN": ("XC{yy:02d}-{n:06d}", ("yy",), 1.0),
    "ODPUS": ("ODP-{code}-{no:06d}-{n:02d}", ("code", "no"), 1.2),
    "VOLAG": ("{code}-{yy:02d}-{n:05d}", ("code", "yy"), 1.2),
    "MAA": ("{code}-{n:06d}", ("code",), 1.0),
    "VOLREP": ("VR-{code}{yy:02d}-F{no:03d}-{n:03d}", ("code", "yy", "no"), 0.8),
    "MOLISA": ("TN{yy:02d}-{n:06d}", ("yy",), 0.7),
    "IATF75": ("IATF-{code}-{n:06d}", ("code",), 1.3),
}
DEST_DESKS = frozenset({"VOLAG", "MAA", "CEIC", "AUS", "OFPRA"})
ASYLUM_DESKS = frozenset(
    {"HKMP", "TF7", "THMOI", "UNHCR", "HKID", "CPA", "JVA", "PRPC", "IOM", "CANVO",
     "VOLREP"}
)  # fmt: skip


def make_clerks(key: str) -> list[Clerk]:
    """Clerks come from a fixed seed: the same clerk has the same habits in every run."""
    crng = random.Random(f"sixteenth-hands/{key}")
    spec = {**DEFAULT_PROFILE, **PROFILES[key]}
    clerks = []
    for i in range(spec["n"]):
        vals: dict[str, Any] = {}
        for name, opt in spec.items():
            if name in ("n", "special"):
                continue
            if isinstance(opt, tuple):
                vals[name] = crng.uniform(*opt)
            elif isinstance(opt, list):
                vals[name] = crng.choice(opt)
            else:
                vals[name] = opt
        for idx, fname, value in spec.get("special", ()):
            if idx == i:
                vals[fname] = value
        vals["layout"] = Pick(list(vals["layout"].items()))
        clerks.append(Clerk(cid=f"{key}-{i + 1:02d}", **vals))
    return clerks


CLERKS = {key: make_clerks(key) for key in PROFILES}

# ---------------------------------------------------------------------------
# the population
# ---------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Person:
    pid: int
    fam: str
    mid: str
    giv: str
    sex: str
    born: int
    region: str
    origin: int
    hoa: tuple[int, int, int] | None = None
    dk: str = "full"  # what the person knows of the birth date: full/lunar/year/age
    by: int = 0
    bm: int = 0
    bd: int = 0
    lunar: tuple[int, int, int] = (0, 0, 0)
    lunar_year: bool = False  # gives the lunar year when asked for the year
    bapt: int = -1
    anglo: str = ""
    anglo_from: int = 0
    father: Person | None = None
    father_name: tuple[str, str, str] | None = None
    spouse: Person | None = None
    married_on: int = 0
    camp: str = ""
    camp_site: str = ""
    born_in_camp: bool = False
    mobile: str = ""
    nrec: int = 0
    traps: list[str] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Stage:
    desk: str
    site: str
    code: str
    day: int
    hid: str
    ref: str
    no: int
    clerk: Clerk
    members: list[Person]
    phone: str = ""
    country: str = ""
    t0: int = 480
    selected: bool = False
    rereg: bool = False


@dataclass(slots=True, eq=False)
class Household:
    hid: str
    members: list[Person]
    stages: list[Stage] = field(default_factory=list)
    camp_end: int = 0
    esl: int = 0  # when English classes at Bataan began (anglicised names)
    dest: tuple[str, int, int] | None = None  # country, city index, arrival day


@dataclass(slots=True)
class Journey:
    country: str
    region: str
    origin: int
    depart: int
    arrival: int
    camp: str
    post: bool
    boat_no: int
    overland: bool
    hoa_share: float
    catholic: float


KNOW_OLD = Pick([("age", 0.25), ("year", 0.4), ("lunar", 0.3), ("full", 0.05)])
KNOW_ADULT_S = Pick([("full", 0.42), ("lunar", 0.25), ("year", 0.28), ("age", 0.05)])
KNOW_ADULT_N = Pick([("full", 0.3), ("lunar", 0.3), ("year", 0.33), ("age", 0.07)])
KNOW_CHILD = Pick([("full", 0.72), ("lunar", 0.1), ("year", 0.16), ("age", 0.02)])
KIDS = Pick([(0, 8), (1, 15), (2, 20), (3, 20), (4, 15), (5, 10), (6, 7), (7, 5)])


class World:
    def __init__(self, target: int, seed: int) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self.people: list[Person] = []
        self.households: list[Household] = []
        self.counters: dict[tuple, int] = {}
        self.rid_counters: dict[tuple, int] = {}
        self.singles: dict[str, list[tuple[Household, Person, int]]] = {}
        self._iso: dict[int, str] = {}
        self._year: dict[int, int] = {}

    def need(self) -> bool:
        return len(self.people) < self.target

    def next_no(self, key: tuple) -> int:
        n = self.counters.get(key, 0) + 1
        self.counters[key] = n
        return n

    def iso(self, o: int) -> str:
        s = self._iso.get(o)
        if s is None:
            s = self._iso[o] = date.fromordinal(o).isoformat()
        return s

    def year(self, o: int) -> int:
        y = self._year.get(o)
        if y is None:
            y = self._year[o] = date.fromordinal(o).year
        return y

    def household(self, members: list[Person]) -> Household:
        hh = Household(f"H{len(self.households) + 1:06d}", members)
        self.households.append(hh)
        return hh


def add_trap(p: Person, tag: str) -> None:
    if tag not in p.traps:
        p.traps.append(tag)


def set_knowledge(w: World, p: Person, age: int) -> None:
    rng = w.rng
    if p.born_in_camp:
        p.dk = "full"
    elif age >= 55:
        p.dk = KNOW_OLD(rng)
    elif age >= 15:
        p.dk = (KNOW_ADULT_N if p.region == "N" else KNOW_ADULT_S)(rng)
    else:
        p.dk = KNOW_CHILD(rng)
    start = tet(p.by)
    if p.born < start:
        ly, start = p.by - 1, tet(p.by - 1)
    else:
        ly = p.by
    days = p.born - start
    lm = min(12, days * 2 // 59 + 1)
    ld = max(1, min(30, days - int((lm - 1) * 29.5) + 1))
    p.lunar = (ly, lm, ld)
    p.lunar_year = ly != p.by and p.dk in ("year", "age") and rng.random() < 0.6


def make_person(
    w: World,
    sex: str,
    name: tuple[str, str, str, tuple[int, int, int] | None],
    born: int,
    region: str,
    origin: int,
    ref_day: int,
    *,
    register: bool = True,
) -> Person:
    fam, mid, giv, hoa = name
    pid = len(w.people) + 1 if register else 0
    p = Person(pid, fam, mid, giv, sex, born, region, origin, hoa)
    dt = date.fromordinal(born)
    p.by, p.bm, p.bd = dt.year, dt.month, dt.day
    set_knowledge(w, p, (ref_day - born) // 365)
    if hoa is not None:
        p.traps.append("hoa")
    if fam == "Tôn Thất":
        p.traps.append("two_syllable_family")
    if register:
        w.people.append(p)
    return p


def born_at_age(w: World, ref_day: int, age: int) -> int:
    if age <= 0:
        return ref_day - w.rng.randint(10, 360)
    return ref_day - int(age * 365.25) - w.rng.randrange(365)


def viet_given(w: World, sex: str) -> str:
    rng = w.rng
    if rng.random() < (0.07 if sex == "M" else 0.12):
        return GIVEN2_PICK[sex](rng)
    return GIVEN_PICK[sex](rng)


def viet_name(w: World, sex: str, region: str, fam: str = "") -> tuple:
    rng = w.rng
    fam = fam or FAM_PICK[region](rng)
    mid = "" if fam == "Tôn Thất" else MID_PICK[sex](rng)
    return fam, mid, viet_given(w, sex), None


def hoa_name(w: World, sex: str, region: str, fi: int = -1, s1: int = -1) -> tuple:
    rng = w.rng
    if fi < 0:
        fi = HOA_FAM_PICK(rng)
    if s1 < 0:
        s1 = HOA_S1[sex](rng)
    s2 = HOA_S2[sex](rng)
    while s2 == s1:
        s2 = HOA_S2[sex](rng)
    fam = HOA_FAM[fi][0 if region == "N" else 1]
    return fam, HOA_SYL[s1][0], HOA_SYL[s2][0], (fi, s1, s2)


def any_name(w: World, sex: str, region: str, hoa: bool) -> tuple:
    return hoa_name(w, sex, region) if hoa else viet_name(w, sex, region)


def invent_father(w: World, p: Person) -> tuple[str, str, str]:
    if p.hoa is not None:
        fam, mid, giv, _ = hoa_name(w, "M", p.region, fi=p.hoa[0])
    else:
        fam, mid, giv, _ = viet_name(w, "M", p.region, fam=p.fam)
    return fam, mid, giv


def single_person(w: World, sex: str, age: int, j: Journey, ref_day: int) -> Person:
    rng = w.rng
    hoa = rng.random() < j.hoa_share
    origin = j.origin if rng.random() < 0.6 else REGION_ORIGIN[j.region](rng)
    born = born_at_age(w, ref_day, age)
    p = make_person(w, sex, any_name(w, sex, j.region, hoa), born, j.region, origin, ref_day)
    if rng.random() < j.catholic * (0.2 if hoa else 1.0):
        give_baptismal(w, [p])
    return p


def give_baptismal(w: World, people: list[Person]) -> None:
    for p in people:
        p.bapt = w.rng.choice(BAPT_BY_SEX[p.sex])
        add_trap(p, "catholic")


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class FamilyPlan:
    region: str
    origin: int
    hoa: bool
    catholic: float
    ref_day: int
    father_age: int = 0
    father_absent: bool = False
    grandparents: float = 0.12
    amerasian: bool = False


def build_family(w: World, plan: FamilyPlan) -> list[Person]:
    """Father, mother, children, sometimes the father's parents."""
    rng = w.rng
    fa_age = plan.father_age or int(rng.triangular(22, 62, 33))
    mo_age = max(17, fa_age - int(rng.triangular(0, 12, 3)))
    ref = plan.ref_day
    region = plan.region
    fname = any_name(w, "M", region, plan.hoa)
    father = make_person(
        w, "M", fname, born_at_age(w, ref, fa_age), region, plan.origin, ref,
        register=not plan.father_absent,
    )  # fmt: skip
    mo_hoa = plan.hoa and rng.random() < 0.85
    mo_origin = plan.origin if rng.random() < 0.7 else REGION_ORIGIN[region](rng)
    mname = any_name(w, "F", region, mo_hoa)
    mother = make_person(w, "F", mname, born_at_age(w, ref, mo_age), region, mo_origin, ref)
    father.spouse, mother.spouse = mother, father
    members = [mother] if plan.father_absent else [father, mother]
    kids = make_children(w, father, mother, mo_age, plan)
    members.extend(kids)
    if not plan.father_absent and fa_age <= 52 and rng.random() < plan.grandparents:
        members.extend(make_grandparents(w, father, fa_age, plan))
    if rng.random() < plan.catholic * (0.2 if plan.hoa else 1.0):
        give_baptismal(w, members)
    return members


def make_grandparents(w: World, father: Person, fa_age: int, plan: FamilyPlan) -> list[Person]:
    rng = w.rng
    ref = plan.ref_day
    gf_age = fa_age + rng.randint(20, 34)
    if father.hoa is not None:
        gname = hoa_name(w, "M", plan.region, fi=father.hoa[0])
    else:
        gname = viet_name(w, "M", plan.region, fam=father.fam)
    out = []
    keep = rng.random() < 0.75
    gf = make_person(
        w, "M", gname, born_at_age(w, ref, gf_age), plan.region, plan.origin, ref,
        register=keep,
    )  # fmt: skip
    father.father = gf
    if keep:
        out.append(gf)
    if rng.random() < 0.8:
        gm_age = max(40, gf_age - rng.randint(0, 8))
        gm = make_person(
            w, "F", any_name(w, "F", plan.region, father.hoa is not None),
            born_at_age(w, ref, gm_age), plan.region, plan.origin, ref,
        )  # fmt: skip
        gm.spouse, gf.spouse = gf, gm
        out.append(gm)
    return out


@dataclass(slots=True)
class Naming:
    """How the parents name their children."""

    mids: dict[str, str]
    clusters: dict[str, list[str]]
    hoa_gen: dict[str, int]
    pattern: bool
    used_father_name: bool = False


def naming_style(w: World, father: Person) -> Naming:
    rng = w.rng
    r = rng.random()
    mids: dict[str, str] = {}
    clusters: dict[str, list[str]] = {}
    hoa_gen: dict[str, int] = {}
    if father.hoa is not None:
        if r < 0.45:
            hoa_gen = {s: HOA_S1[s](rng) for s in ("M", "F")}
        return Naming(mids, clusters, hoa_gen, bool(hoa_gen))
    if r < 0.32:
        mids = {"M": rng.choice(GEN_MIDS_M), "F": rng.choice(GEN_MIDS_F)}
    if 0.2 <= r < 0.32:
        clusters = {"M": list(rng.choice(CLUSTERS_M)), "F": list(rng.choice(CLUSTERS_F))}
    return Naming(mids, clusters, hoa_gen, r < 0.32)


def child_name(w: World, sex: str, father: Person, style: Naming) -> tuple:
    rng = w.rng
    if father.hoa is not None:
        s1 = style.hoa_gen.get(sex, -1)
        return hoa_name(w, sex, father.region, fi=father.hoa[0], s1=s1)
    if sex == "M" and not style.used_father_name and rng.random() < 0.015:
        style.used_father_name = True
        return father.fam, father.mid, father.giv, None
    mid = style.mids.get(sex) or ("" if father.fam == "Tôn Thất" else MID_PICK[sex](rng))
    cl = style.clusters.get(sex)
    giv = cl.pop(rng.randrange(len(cl))) if cl else viet_given(w, sex)
    return father.fam, mid, giv, None


def make_children(
    w: World, father: Person, mother: Person, mo_age: int, plan: FamilyPlan
) -> list[Person]:
    rng = w.rng
    span = max(0, mo_age - 17)
    n = min(KIDS(rng), span // 2 + 1) if span else 0
    ages = sorted((rng.randint(0, min(span, 28)) for _ in range(n)), reverse=True)
    am_age = -1
    if plan.amerasian:  # born to an American father before April 1975
        am_age = min(span, date.fromordinal(plan.ref_day).year - rng.randint(1966, 1975))
        ages = sorted([*ages, am_age], reverse=True)
    style = naming_style(w, father)
    kids: list[Person] = []
    for age in ages:
        is_am = age == am_age
        if is_am:
            am_age = -1
        elif rng.random() < 0.012:
            kids.extend(make_twins(w, father, mother, age, plan))
            continue
        sex = "M" if rng.random() < 0.51 else "F"
        name = child_name(w, sex, father, style)
        if is_am:  # the child carries the mother's family name
            name = (mother.fam, MID_PICK[sex](rng), viet_given(w, sex), None)
        kid = make_person(
            w, sex, name, born_at_age(w, plan.ref_day, age), plan.region, plan.origin,
            plan.ref_day,
        )  # fmt: skip
        kid.father = father
        if is_am:
            kid.father = None
            add_trap(kid, "amerasian")
        if sex == "M" and (kid.mid, kid.giv) == (father.mid, father.giv) and kid.hoa is None:
            add_trap(kid, "father_son_same_name")
            add_trap(father, "father_son_same_name")
        kids.append(kid)
    if style.pattern:
        for sex in ("M", "F"):
            same = [k for k in kids if k.sex == sex]
            if len(same) >= 2:
                for k in same:
                    add_trap(k, "siblings_same_pattern")
    return kids


def make_twins(
    w: World, father: Person, mother: Person, age: int, plan: FamilyPlan
) -> list[Person]:
    rng = w.rng
    sexes = rng.choice([("M", "M"), ("F", "F"), ("M", "F")])
    born = born_at_age(w, plan.ref_day, age)
    out = []
    if father.hoa is not None:
        s1 = HOA_S1[sexes[0]](rng) if sexes[0] == sexes[1] else -1
        names = [hoa_name(w, s, plan.region, fi=father.hoa[0], s1=s1) for s in sexes]
    else:
        pair = rng.choice(TWINS[sexes])
        mids = [MID_PICK[s](rng) for s in sexes]
        if sexes[0] == sexes[1]:
            mids[1] = mids[0]
        names = [(father.fam, mids[i], pair[i], None) for i in range(2)]
    for s, name in zip(sexes, names, strict=True):
        kid = make_person(w, s, name, born, plan.region, plan.origin, plan.ref_day)
        kid.father = father
        kid.dk = "full" if rng.random() < 0.8 else kid.dk
        add_trap(kid, "twin")
        out.append(kid)
    return out


# ---------------------------------------------------------------------------
# journeys and the desks they pass
# ---------------------------------------------------------------------------

BOAT_YEAR = Pick([
    (1976, 5), (1977, 15), (1978, 86), (1979, 202), (1980, 75), (1981, 75), (1982, 43),
    (1983, 28), (1984, 24), (1985, 22), (1986, 19), (1987, 28), (1988, 45), (1989, 71),
    (1990, 32), (1991, 22), (1992, 3), (1993, 1.5), (1994, 1), (1995, 0.5),
])  # fmt: skip
ODP_YEAR = Pick([
    (1980, 4), (1981, 9), (1982, 10), (1983, 10), (1984, 29), (1985, 25), (1986, 17),
    (1987, 8), (1988, 15), (1989, 40), (1990, 48), (1991, 55), (1992, 45), (1993, 40),
    (1994, 25),
])  # fmt: skip
ASYLUM_ERAS = [
    (1977, Pick([("MY", 0.4), ("TH", 0.3), ("ID", 0.1), ("PH", 0.1), ("HK", 0.1)])),
    (1978, Pick([("MY", 0.5), ("ID", 0.15), ("TH", 0.15), ("HK", 0.12), ("PH", 0.08)])),
    (1979, Pick([("HK", 0.35), ("MY", 0.25), ("ID", 0.2), ("TH", 0.12), ("PH", 0.08)])),
    (1987, Pick([("MY", 0.35), ("TH", 0.2), ("ID", 0.15), ("HK", 0.15), ("PH", 0.15)])),
    (1989, Pick([("HK", 0.5), ("MY", 0.2), ("ID", 0.12), ("TH", 0.08), ("PH", 0.1)])),
    (2000, Pick([("HK", 0.65), ("MY", 0.1), ("ID", 0.12), ("TH", 0.05), ("PH", 0.08)])),
]
RESETTLE_HK = Pick([("US", 0.4), ("CA", 0.15), ("AU", 0.12), ("FR", 0.03), ("OTHER", 0.3)])
RESETTLE = Pick([("US", 0.56), ("AU", 0.15), ("CA", 0.12), ("FR", 0.08), ("OTHER", 0.09)])
ODP_DEST = Pick([("US", 0.8), ("CA", 0.07), ("AU", 0.08), ("FR", 0.05)])
BOAT_KIND = Pick([("family", 0.55), ("single", 0.3), ("uam", 0.07), ("siblings", 0.08)])
STREAM = Pick([("boat", 0.281), ("odp", 0.584), ("evac", 0.135)])
K_PICK = Pick([(1, 0.84), (2, 0.11), (3, 0.035), (4, 0.01), (5, 0.005)])
IATF_CAMPS = [  # reception centre and the day it opened in 1975
    ("Camp Pendleton CA", "CP", day(1975, 4, 29)), ("Fort Chaffee AR", "FC", day(1975, 5, 2)),
    ("Eglin AFB FL", "EG", day(1975, 5, 4)), ("Fort Indiantown Gap PA", "IG", day(1975, 5, 28)),
]  # fmt: skip
SCRIPT_SINCE = {"viqr": day(1992, 1, 1), "mojibake": day(1995, 1, 1), "nfd": day(1995, 1, 1)}
CATHOLIC = {"N": 0.08, "C": 0.18, "S": 0.15, "K": 0.1, "L": 0.1}


def pick_clerk(rng: random.Random, desk: str, when: int) -> Clerk:
    clerk = rng.choice(CLERKS[desk])
    while when < SCRIPT_SINCE.get(clerk.script, 0):  # no VIQR before Usenet
        clerk = rng.choice(CLERKS[desk])
    return clerk


def add_stage(
    w: World,
    hh: Household,
    desk: str,
    site: str,
    code: str,
    when: int,
    ref: str,
    *,
    no: int = 0,
    country: str = "",
    phone: str = "",
) -> Stage:
    rng = w.rng
    clerk = pick_clerk(rng, desk, when)
    if ref and rng.random() < clerk.ref_missing:
        ref = ""
    members = list(hh.members)
    t0 = rng.randrange(480, 960)
    st = Stage(desk, site, code, when, hh.hid, ref, no, clerk, members, phone, country, t0)
    for p in members:
        p.stages.append(st)
    hh.stages.append(st)
    return st


def asylum_country(year: int, rng: random.Random) -> str:
    for last, pick in ASYLUM_ERAS:
        if year <= last:
            return pick(rng)
    return "HK"


def boat_region(country: str, year: int, rng: random.Random) -> str:
    if country == "HK":
        north = 0.85 if year <= 1979 else 0.7 if year < 1988 else 0.9
        return "N" if rng.random() < north else "S"
    return "S" if rng.random() < 0.85 else "C"


def hoa_share(country: str, region: str, year: int) -> float:
    if region in ("K", "L"):
        return 0.1
    if country == "HK":
        return 0.75 if year <= 1979 else 0.35 if year < 1988 else 0.15
    if region == "S":
        return 0.45 if year <= 1979 else 0.12
    return 0.05


def pick_camp(country: str, arrival: int, overland: bool, rng: random.Random) -> str:
    y = date.fromordinal(arrival).year
    if country == "HK":
        if arrival >= CUTOFF["HK"]:
            pairs = [("WH", 45), ("HI", 20), ("SSP", 10), ("CMW", 15), ("TAC", 10 * (y >= 1991))]
        elif y <= 1981:
            pairs = [("KT", 35), ("JB", 25), ("SSP", 25), ("HLC", 15)]
        else:
            pairs = [("CMW", 40), ("HLC", 20), ("KT", 40)]
        return Pick(pairs)(rng)
    if country == "MY":
        if y <= 1980 and rng.random() < 0.15:
            return "PT"
        return "PB" if y <= 1990 else "SB"
    if country == "ID":
        return "KK" if y <= 1982 and rng.random() < 0.35 else "GL"
    if country == "TH":
        if overland:
            return "PN" if rng.random() < 0.7 else "SI"
        if y <= 1980:
            return "SKC" if rng.random() < 0.6 else "LS"
        return ("SKC" if rng.random() < 0.6 else "SI") if y <= 1989 else "SI"
    return "PFAC"


def make_journey(w: World, year: int = 0, region: str = "") -> Journey:
    rng = w.rng
    year = year or BOAT_YEAR(rng)
    country = asylum_country(year, rng)
    overland = not region and country == "TH" and year >= 1979 and rng.random() < 0.3
    if not region:
        region = (
            ("K" if rng.random() < 0.6 else "L") if overland else boat_region(country, year, rng)
        )
    depart = day(year, 1, 1) + rng.randrange(365)
    arrival = depart + (rng.randint(10, 60) if overland else rng.randint(3, 21))
    camp = pick_camp(country, arrival, overland, rng)
    post = arrival >= CUTOFF.get(country, CPA_DAY)
    boat_no = w.next_no(("boat", country, year))
    origin = REGION_ORIGIN[region](rng)
    share = hoa_share(country, region, year)
    return Journey(
        country, region, origin, depart, arrival, camp, post, boat_no, overland, share,
        CATHOLIC[region],
    )  # fmt: skip


def decide_outcome(w: World, j: Journey, kind: str) -> str:
    rng = w.rng
    if j.post:
        rate = (0.15 if j.country == "HK" else 0.3) + (0.2 if kind == "uam" else 0.0)
        if rng.random() >= rate:
            return "REPAT"
    return RESETTLE_HK(rng) if j.country == "HK" else RESETTLE(rng)


def plan_asylum(w: World, hh: Household, j: Journey, famno: int) -> int:
    """Arrival list and camp card; returns the day of the camp card."""
    rng = w.rng
    yy = w.year(j.arrival) % 100
    desk = ARRIVAL_DESK.get(j.country)
    if desk:
        key = "THMOI_LAND" if j.overland else desk
        site, code = ARRIVAL_SITES[key][j.boat_no % len(ARRIVAL_SITES[key])]
        if desk == "HKMP":
            ref = f"B{j.boat_no:04d}/{yy:02d} F{famno}"
        elif desk == "TF7":
            ref = f"MB{j.boat_no:04d}"
        else:
            ref = f"{'GRP' if j.overland else 'BOAT'} {j.boat_no}"
        add_stage(w, hh, desk, site, code, j.arrival + rng.randint(0, 2), ref, no=j.boat_no)
    card = j.arrival + rng.randint(1, 25)
    hut = f"{j.camp}-{rng.choice('ABCDEFGH')}{rng.randint(1, 350):03d}"
    add_stage(w, hh, "UNHCR", CAMP_NAMES[j.camp], j.camp, card, hut)
    return card


def plan_screening(w: World, hh: Household, j: Journey, t: int) -> int:
    rng = w.rng
    when = t + rng.randint(120, 900)
    yy = w.year(when) % 100
    if j.country == "HK":
        no = w.next_no(("HKID",))
        ref = f"FF/{yy:02d}/{no:05d}"
        add_stage(w, hh, "HKID", CAMP_NAMES[j.camp], "HK", when, ref, no=no)
    else:
        no = w.next_no(("CPA", j.country))
        ref = f"{j.country}/SF/{no:05d}"
        add_stage(w, hh, "CPA", CAMP_NAMES[j.camp], j.country, when, ref, no=no)
    return when


def plan_repat(w: World, hh: Household, j: Journey, t: int) -> int:
    rng = w.rng
    cap = day(1997, 6, 30) if j.country == "HK" else day(1996, 6, 30)
    lo = max(t + 150, day(1989, 12, 1))
    hi = min(cap, t + 1800)
    rep = rng.randint(lo, max(hi, lo + 60))
    flight = 1 + (rep // 14) % 400
    site, code = VOLREP_SITE[j.country]
    ref = f"F{flight:03d}/{rng.randint(1, 60):02d}"
    add_stage(w, hh, "VOLREP", site, code, rep, ref, no=flight)
    if j.region == "N":
        msite = "Nội Bài (Hà Nội)" if rng.random() < 0.6 else "Cảng Hải Phòng"
    else:
        msite = "Đà Nẵng" if j.region == "C" else "Tân Sơn Nhất (TP HCM)"
    book = f"HK{rng.randint(100000, 9999999):07d}"
    add_stage(w, hh, "MOLISA", msite, "VN", rep + rng.randint(0, 1), book)
    return rep


def plan_us_case(w: World, hh: Household, office: str, sel: int, camp: str) -> tuple:
    """JVA case file, perhaps six months at Bataan; returns departure, medical site, ref."""
    rng = w.rng
    no = w.next_no(("JVA", office))
    ref = f"{office} {no:06d}"
    add_stage(w, hh, "JVA", CAMP_NAMES[camp], office, sel, ref, no=no)
    if day(1980, 8, 1) <= sel < day(1994, 6, 1) and rng.random() < 0.75:
        pr = sel + rng.randint(45, 200)  # arrival at Bataan; the roster is taken in class
        billet = f"N{rng.randint(1, 10)}-B{rng.randint(1, 300):03d}-U{rng.randint(1, 8)}"
        add_stage(w, hh, "PRPC", "Bataan PRPC", "PRPC", pr + rng.randint(0, 120), billet)
        hh.esl = pr + 30
        return pr + rng.randint(140, 200), ("Bataan PRPC", "BTN"), ref
    return sel + rng.randint(60, 240), (CAMP_NAMES[camp], camp), ref


def plan_ca_case(w: World, hh: Household, country: str, sel: int) -> tuple[int, str]:
    rng = w.rng
    site, office = CANVO_OFFICE[country]
    no = w.next_no(("CANVO",))
    ref = f"B{no:06d}"
    add_stage(w, hh, "CANVO", site, office, sel, ref, no=no)
    return sel + rng.randint(60, 300), ref


def transfer(w: World, hh: Household, camp: str, when: int) -> None:
    hut = f"{camp}-{w.rng.choice('ABCDEFGH')}{w.rng.randint(1, 350):03d}"
    add_stage(w, hh, "UNHCR", CAMP_NAMES[camp], camp, when, hut)


def plan_resettle(w: World, hh: Household, j: Journey, t: int, dest: str, city: int) -> int:
    rng = w.rng
    sel = t + (rng.randint(45, 500) if w.year(t) <= 1981 else rng.randint(150, 1100))
    camp = j.camp
    if camp == "KK" and rng.random() < 0.7:
        transfer(w, hh, "GL", rng.randint(t + 30, sel - 10))
        camp = "GL"
    if dest == "US":
        dep, med, ref = plan_us_case(w, hh, JVA_OFFICE[j.country], sel, camp)
    elif dest == "CA":
        dep, ref = plan_ca_case(w, hh, j.country, sel)
        med = (CAMP_NAMES[camp], camp)
    else:
        dep = sel + rng.randint(60, 300)
        ref = f"ICM{w.next_no(('ICM',)):06d}"
        med = (CAMP_NAMES[camp], camp)
    if j.country == "MY" and camp != "SB" and sel > day(1982, 1, 1) and rng.random() < 0.5:
        if med[1] == "BTN":  # transit at Sungai Besi on the way to Bataan
            transfer(w, hh, "SB", hh.esl - 30 - rng.randint(5, 30))
        else:
            transfer(w, hh, "SB", dep - rng.randint(20, 60))
            med = (CAMP_NAMES["SB"], "SB")
    add_stage(w, hh, "IOM", med[0], med[1], dep - rng.randint(7, 35), ref)
    if dest != "OTHER":
        arrive(w, hh, dest, dep, ref, city)
    return dep


def phone_number(w: World, country: str, area: str, mobile: bool = False) -> str:
    rng = w.rng
    if country in ("US", "CA"):
        return f"{area}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    lead = ("4" if country == "AU" else "6") if mobile else area
    return f"{lead}{rng.randint(10000000, 99999999)}"


def household_phone(w: World, country: str, area: str, when: int) -> str:
    y = w.year(when)
    p = 0.0 if y < 1977 else min(0.75, 0.3 + 0.03 * (y - 1977))
    return phone_number(w, country, area) if w.rng.random() < p else ""


def arrive(w: World, hh: Household, dest: str, dep: int, ref: str, city: int) -> None:
    """First desk in the resettlement country, maybe a community desk years later."""
    rng = w.rng
    if city < 0:
        city = CITY_PICK[dest](rng)
    name, code, area, _ = CITIES[dest][city]
    if dest == "US":
        ag = AGENCY(rng)
        when = dep + rng.randint(1, 10)
        no = w.next_no(("VOLAG", ag))
        case = f"{ag} {w.year(when) % 100:02d}-{no:05d}"
        phone = household_phone(w, dest, area, when)
        add_stage(w, hh, "VOLAG", f"{ag} {name}", f"{ag}-{code}", when, case,
                  no=no, country=dest, phone=phone)  # fmt: skip
    elif dest == "CA":
        when = dep + rng.randint(0, 5)
        phone = household_phone(w, dest, area, when)
        add_stage(w, hh, "CEIC", name, code, when, ref, country=dest, phone=phone)
    elif dest == "AU":
        when = dep + rng.randint(0, 3)
        flat = f"BLK {rng.choice('ABCDEFG')} FLAT {rng.randint(1, 60)}"
        add_stage(
            w,
            hh,
            "AUS",
            name,
            code,
            when,
            flat,
            country=dest,
            phone=household_phone(w, dest, area, when) if rng.random() < 0.3 else "",
        )
    else:
        when = dep + rng.randint(20, 200)
        no = w.next_no(("OFPRA",))
        site = "OFPRA Paris" if w.year(when) < 1985 else "OFPRA Fontenay-sous-Bois"
        dossier = f"{w.year(when) % 100:02d}/{no:05d}"
        add_stage(w, hh, "OFPRA", site, "OFP", when, dossier, no=no, country=dest,
                  phone=household_phone(w, dest, area, when))  # fmt: skip
    hh.dest = (dest, city, when)
    maybe_maa(w, hh, dest, city, when)


def maybe_maa(w: World, hh: Household, dest: str, city: int, since: int) -> None:
    rng = w.rng
    if rng.random() >= {"US": 0.45, "CA": 0.35, "AU": 0.35, "FR": 0.3}[dest]:
        return
    lo, hi = max(since + 730, day(1995, 1, 1)), day(2012, 12, 31)
    if lo >= hi:
        return
    when = rng.randint(lo, hi)
    name, code, area, _ = CITIES[dest][city]
    if dest == "US":
        site, org = f"BPSOS {name}", "BPSOS"
    elif dest == "CA":
        site, org = f"Vietnamese Association {name}", "VAC"
    elif dest == "AU":
        site, org = f"VCA {AU_COMMUNITY.get(area, name)}", "VCA"
    else:
        site, org = f"Association vietnamienne {name}", "AVF"
    code = f"{org}-{code}"
    ref = f"CL{w.next_no(('MAA', code)):05d}"
    phone = phone_number(w, dest, area) if rng.random() < 0.8 else ""
    add_stage(w, hh, "MAA", site, code, when, ref, country=dest, phone=phone)
    y = w.year(when)
    p_mobile = 0.0 if y < 1998 else min(0.85, 0.25 + 0.05 * (y - 1998))
    for p in hh.members:
        if not p.mobile and when - p.born > 16 * 365 and rng.random() < p_mobile:
            p.mobile = phone_number(w, dest, area, mobile=True)


def reunite(anchor: Person, hh: Household, since: int) -> None:
    """The one who left first is listed again with his family at the destination."""
    for st in hh.stages:
        if st.desk in DEST_DESKS and st.day >= since and anchor not in st.members:
            st.members.append(anchor)
            anchor.stages.append(st)


# ---------------------------------------------------------------------------
# households of the three streams
# ---------------------------------------------------------------------------


def boat_members(w: World, j: Journey, kind: str) -> list[Person]:
    rng = w.rng
    if kind == "family":
        origin = j.origin if rng.random() < 0.6 else REGION_ORIGIN[j.region](rng)
        hoa = rng.random() < j.hoa_share
        return build_family(w, FamilyPlan(j.region, origin, hoa, j.catholic, j.depart))
    if kind == "single":
        sex = "M" if rng.random() < 0.75 else "F"
        age = rng.randint(17, 35) if rng.random() < 0.85 else rng.randint(36, 60)
        return [single_person(w, sex, age, j, j.depart)]
    if kind == "uam":
        p = single_person(w, "M" if rng.random() < 0.7 else "F", rng.randint(9, 17), j, j.depart)
        add_trap(p, "unaccompanied_minor")
        if rng.random() < 0.35:
            p.dk = "age"
        return [p]
    return sibling_group(w, j)


def sibling_group(w: World, j: Journey) -> list[Person]:
    """Two or three teenage or young adult siblings sent off without their parents."""
    rng = w.rng
    age = rng.randint(15, 28)
    first = single_person(w, "M" if rng.random() < 0.7 else "F", age, j, j.depart)
    if first.hoa is not None:
        fname = hoa_name(w, "M", j.region, fi=first.hoa[0])
    else:
        fname = viet_name(w, "M", j.region, fam=first.fam)
    father = make_person(w, "M", fname, first.born - 9000, j.region, first.origin, j.depart,
                         register=False)  # fmt: skip
    first.father = father
    out = [first]
    for _ in range(rng.randint(1, 2)):
        sex = "M" if rng.random() < 0.6 else "F"
        if first.hoa is not None:
            name = hoa_name(w, sex, j.region, fi=first.hoa[0])
        else:
            name = viet_name(w, sex, j.region, fam=first.fam)
        sib_age = max(8, age - rng.randint(1, 6))
        sib = make_person(w, sex, name, born_at_age(w, j.depart, sib_age), j.region,
                          first.origin, j.depart)  # fmt: skip
        sib.father = father
        sib.bapt = BAPT_BY_SEX[sex][0] if first.bapt >= 0 else -1
        if first.bapt >= 0:
            add_trap(sib, "catholic")
        out.append(sib)
    return out


def pick_anchor(members: list[Person], ref_day: int) -> Person | None:
    sons = [p for p in members if p.sex == "M" and p.father is not None and p.father in members]
    sons = [p for p in sons if ref_day - p.born > 17 * 365]
    if sons:
        return min(sons, key=lambda p: p.born)
    fathers = [p for p in members if p.sex == "M" and p.spouse in members]
    return fathers[0] if fathers else None


def anchor_journey(w: World, anchor: Person, year: int, dest: str, city: int) -> int:
    """The father or eldest son leaves first by boat; returns his arrival day."""
    j = make_journey(w, year=max(1976, min(year, 1995)), region=anchor.region)
    hh = w.household([anchor])
    anchor.camp = j.camp
    plan_boat_path(w, hh, j, 1, dest, city)
    assign_anglo(w, hh)
    add_trap(anchor, "split_family_reunited")
    return hh.dest[2] if hh.dest else 0


def plan_boat_path(
    w: World, hh: Household, j: Journey, famno: int, outcome: str, city: int = -1
) -> None:
    t = plan_asylum(w, hh, j, famno)
    if j.post:
        t = plan_screening(w, hh, j, t)
    if outcome == "REPAT":
        hh.camp_end = plan_repat(w, hh, j, t)
    else:
        hh.camp_end = plan_resettle(w, hh, j, t, outcome, city)


def make_boat(w: World) -> None:
    rng = w.rng
    j = make_journey(w)
    size = int(min(300, max(6, rng.lognormvariate(3.4, 0.7))))
    famno = n = 0
    while n < size and w.need():
        famno += 1
        kind = BOAT_KIND(rng)
        members = boat_members(w, j, kind)
        outcome = decide_outcome(w, j, kind)
        anchor = None
        if kind == "family" and outcome not in ("REPAT", "OTHER") and rng.random() < 0.04:
            anchor = pick_anchor(members, j.depart)
        city = CITY_PICK[outcome](rng) if anchor else -1
        since = 0
        if anchor:
            members.remove(anchor)
            year = w.year(j.depart) - rng.randint(1, 3)
            since = anchor_journey(w, anchor, year, outcome, city)
        hh = w.household(members)
        for p in members:
            p.camp = j.camp
        plan_boat_path(w, hh, j, famno, outcome, city)
        if anchor and since:
            reunite(anchor, hh, since)
        camp_events(w, hh, j)
        if kind == "single":
            try_marriage(w, hh, j)
        assign_anglo(w, hh)
        n += len(members)


def make_odp_family(w: World) -> None:
    rng = w.rng
    r = rng.random()
    cat = "IV" if r < 0.6 else "HO" if r < 0.9 else "AM"
    year = ODP_YEAR(rng) if cat == "IV" else rng.randint(1989 if cat == "HO" else 1988, 1994)
    rr = rng.random()
    region = "S" if rr < 0.85 else "C" if rr < 0.95 else "N"
    list_day = day(year, 1, 1) + rng.randrange(365)
    plan = FamilyPlan(
        region, REGION_ORIGIN[region](rng), rng.random() < 0.08, CATHOLIC[region], list_day,
        father_age=rng.randint(45, 68) if cat == "HO" else rng.randint(40, 56) * (cat == "AM"),
        father_absent=cat == "AM" or rng.random() < 0.05, grandparents=0.1,
        amerasian=cat == "AM",
    )  # fmt: skip
    members = build_family(w, plan)
    dest = ODP_DEST(rng)
    city = CITY_PICK[dest](rng)
    anchor = pick_anchor(members, list_day) if cat == "IV" and rng.random() < 0.35 else None
    since = 0
    if anchor:
        members.remove(anchor)
        since = anchor_journey(w, anchor, year - rng.randint(1, 6), dest, city)
    hh = w.household(members)
    for p in members:
        p.camp = "ODP"
    plan_odp(w, hh, cat, list_day, dest, city)
    if anchor and since:
        reunite(anchor, hh, since)
    assign_anglo(w, hh)


def plan_odp(w: World, hh: Household, cat: str, list_day: int, dest: str, city: int) -> None:
    rng = w.rng
    region = hh.members[0].region if hh.members else "S"
    site = {"S": "Sở Công an TP HCM", "C": "Công an Quảng Nam - Đà Nẵng"}.get(
        region, "Công an Hà Nội"
    )
    add_stage(w, hh, "ODPVN", site, "VN", list_day, f"HK{rng.randint(100000, 9999999):07d}")
    interview = list_day + rng.randint(180, 1000)
    if dest == "US":
        no = w.next_no(("ODP", cat))
        ref = f"{cat}{no:06d}"
        office = "ODP Bangkok" if rng.random() < 0.4 else "ODP Saigon"
        add_stage(w, hh, "ODPUS", office, cat, interview, ref, no=no)
    elif dest == "CA":
        ref = plan_ca_case(w, hh, "TH", interview)[1]
    else:
        ref = f"ICM{w.next_no(('ICM',)):06d}"
    dep = interview + rng.randint(60, 365)
    add_stage(w, hh, "IOM", "Ho Chi Minh City", "HCM", dep - rng.randint(7, 35), ref)
    arrive(w, hh, dest, dep, ref, city)
    hh.camp_end = dep


def make_evac_family(w: World) -> None:
    """April 1975: Guam, then a reception camp in the United States, then a sponsor."""
    rng = w.rng
    start = day(1975, 4, 22) + rng.randint(0, 30)
    region = "S" if rng.random() < 0.85 else "C"
    origin = SAIGON if rng.random() < 0.7 else REGION_ORIGIN[region](rng)
    plan = FamilyPlan(region, origin, rng.random() < 0.05, 0.35, start, grandparents=0.2)
    hh = w.household(build_family(w, plan))
    for p in hh.members:
        p.camp = "EVAC"
    t = start
    if rng.random() < 0.6:
        no = w.next_no(("IATF", "GU"))
        add_stage(w, hh, "IATF75", "Guam Orote Point", "GU", t, f"GU{no:05d}", no=no)
        t += rng.randint(5, 30)
    site, code, opened = rng.choice(IATF_CAMPS)
    t = max(t, opened + rng.randint(0, 10))
    no = w.next_no(("IATF", code))
    add_stage(w, hh, "IATF75", site, code, t, f"{code}{no:05d}", no=no)
    dep = t + rng.randint(14, 200)
    arrive(w, hh, "US", dep, "", -1)
    hh.camp_end = dep
    assign_anglo(w, hh)


# ---------------------------------------------------------------------------
# life in camp: births, deaths, marriages; new names after resettlement
# ---------------------------------------------------------------------------


def camp_events(w: World, hh: Household, j: Journey) -> None:
    rng = w.rng
    if not hh.stages:
        return
    first = min(st.day for st in hh.stages)
    end = hh.camp_end
    mother = next(
        (p for p in hh.members if p.sex == "F" and p.spouse is not None and p.spouse in hh.members),
        None,
    )
    if mother and w.need() and end - first > 420 and rng.random() < 0.25:
        if first - mother.born < 40 * 365:
            camp_birth(w, hh, mother.spouse, mother, first + 270, j.camp)
    for p in list(hh.members):
        if j.arrival - p.born > 60 * 365 and end - first > 60 and rng.random() < 0.06:
            die(p, hh, rng.randint(first + 20, end))


def camp_birth(w: World, hh: Household, father: Person, mother: Person, lo: int, camp: str) -> None:
    rng = w.rng
    hi = max(st.day for st in hh.stages) - 5
    if hi <= lo:
        return
    born = rng.randint(lo, hi)
    sex = "M" if rng.random() < 0.51 else "F"
    if father.hoa is not None:
        name = hoa_name(w, sex, father.region, fi=father.hoa[0])
    else:
        name = viet_name(w, sex, father.region, fam=father.fam)
    child = make_person(w, sex, name, born, father.region, mother.origin, born)
    child.born_in_camp, child.dk = True, "full"
    child.camp, child.camp_site, child.father = camp, CAMP_NAMES.get(camp, camp), father
    child.bapt = rng.choice(BAPT_BY_SEX[sex]) if mother.bapt >= 0 else -1
    add_trap(child, "born_in_camp")
    for st in hh.stages:
        if st.day > born:
            st.members.append(child)
            child.stages.append(st)
    if child.stages:
        hh.members.append(child)
    else:
        w.people.pop()


def die(p: Person, hh: Household, when: int) -> None:
    gone = [st for st in p.stages if st.day > when and st.hid == hh.hid]
    if not gone or len(gone) == len(p.stages):
        return
    for st in gone:
        st.members.remove(p)
        p.stages.remove(st)
    add_trap(p, "died_in_camp")


def try_marriage(w: World, hh: Household, j: Journey) -> None:
    rng = w.rng
    p = hh.members[0]
    if not 17 <= (j.arrival - p.born) // 365 <= 40 or not hh.stages:
        return
    card = hh.stages[0].day
    pool = w.singles.setdefault(j.camp, [])
    if rng.random() < 0.12:
        for i in range(len(pool) - 1, max(-1, len(pool) - 40), -1):
            ohh, q, qcard = pool[i]
            if q.sex != p.sex and abs(qcard - card) < 730 and q.spouse is None:
                pool.pop(i)
                marry(w, (hh, p, card), (ohh, q, qcard), j.camp)
                return
    if len(pool) > 300:
        del pool[:100]
    pool.append((hh, p, card))


def marry(w: World, a: tuple, b: tuple, camp: str) -> None:
    """The wife moves into the husband's household after the wedding."""
    rng = w.rng
    (hhm, man, cm), (hhw, wife, cw) = (a, b) if a[1].sex == "M" else (b, a)
    when = max(cm, cw) + rng.randint(30, 300)
    man.spouse, wife.spouse = wife, man
    man.married_on = wife.married_on = when
    add_trap(man, "married_in_camp")
    add_trap(wife, "married_in_camp")
    later = [st for st in hhm.stages if st.day > when]
    if not later:
        return
    for st in [st for st in wife.stages if st.day > when and st.hid == hhw.hid]:
        st.members.remove(wife)
        wife.stages.remove(st)
    for st in later:
        st.members.append(wife)
        wife.stages.append(st)
    hhm.members.append(wife)
    if wife.anglo and hhm.dest is None:
        wife.anglo = ""
    if rng.random() < 0.3 and w.need():
        camp_birth(w, hhm, man, wife, when + 280, camp)


def pick_anglo(w: World, p: Person, french: bool) -> str:
    rng = w.rng
    last = p.giv.split(" ")[-1]
    like = ANGLO_LIKE.get(last)
    if like and not french and rng.random() < 0.6:
        return like
    return rng.choice((ANGLO_FR if french else ANGLO_EN)[p.sex])


def assign_anglo(w: World, hh: Household) -> None:
    rng = w.rng
    if hh.dest is None:
        return
    dest, city, arr = hh.dest
    french = dest == "FR" or (dest == "CA" and city == 0 and rng.random() < 0.6)
    for p in hh.members:
        if p.anglo or p.hoa is not None and rng.random() < 0.5:
            continue
        age = (arr - p.born) // 365
        prob = 0.55 if age < 12 else 0.4 if age < 26 else 0.2 if age < 46 else 0.05
        if rng.random() >= prob:
            continue
        p.anglo = pick_anglo(w, p, french)
        if hh.esl and age >= 5 and rng.random() < 0.5:
            p.anglo_from = hh.esl
        else:
            p.anglo_from = arr + rng.randint(0, 4 * 365)


# ---------------------------------------------------------------------------
# the whole population, then which papers survive
# ---------------------------------------------------------------------------


def build_world(w: World) -> None:
    rng = w.rng
    makers = {"boat": make_boat, "odp": make_odp_family, "evac": make_evac_family}
    while w.need():
        makers[STREAM(rng)](w)
    while len(w.people) > w.target:
        p = w.people.pop()
        for st in p.stages:
            st.members.remove(p)
        p.stages.clear()
    mark_namesakes(w)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("đ", "d").replace("Đ", "D")


def mark_namesakes(w: World) -> None:
    """Same diacritic-free full name in the same camp (or stream), born within 3 years."""
    groups: dict[tuple[str, str], list[Person]] = {}
    for p in w.people:
        key = (fold(f"{p.fam} {p.mid} {p.giv}").lower(), p.camp)
        groups.setdefault(key, []).append(p)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda q: q.by)
        for a, b in zip(group, group[1:], strict=False):
            if b.by - a.by <= 3:
                add_trap(a, "namesake")
                add_trap(b, "namesake")


def select_stages(w: World) -> None:
    """Each household's papers survive at k of its desks; a few were re-registered."""
    rng = w.rng
    for hh in w.households:
        stages = [st for st in hh.stages if st.members]
        if not stages:
            continue
        k = K_PICK(rng)
        if k < len(stages):
            stages.sort(key=lambda st: rng.random() ** (1.0 / DESK_IDS[st.desk][2]), reverse=True)
            stages = stages[:k]
        for st in stages:
            st.selected = True
            if rng.random() < 0.02:
                again = st.day + rng.randint(3, 60)
                copy = Stage(
                    st.desk, st.site, st.code, again, st.hid, st.ref, st.no,
                    pick_clerk(rng, st.desk, again), list(st.members), st.phone, st.country,
                    rng.randrange(480, 960), True, True,
                )  # fmt: skip
                hh.stages.append(copy)
                for p in copy.members:
                    p.stages.append(copy)


# ---------------------------------------------------------------------------
# how a clerk writes things down
# ---------------------------------------------------------------------------

VIQR_MOD = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
VIQR_TONE = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
SCRIPT_TAG = {
    "ascii": "diacritics_stripped", "french": "french_accents", "nfd": "nfd",
    "viqr": "viqr", "mojibake": "mojibake",
}  # fmt: skip
KEY_NEAR = {
    "a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
    "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}  # fmt: skip
_SCRIPT_CACHE: dict[tuple[str, str], str] = {}


def to_french(s: str) -> str:
    """What a French keyboard keeps: circumflexes, and é/è on a plain e."""
    out: list[str] = []
    base = ""
    marks: list[str] = []

    def flush() -> None:
        if not base:
            return
        if "\u0302" in marks:
            out.append(base + "\u0302")
        elif base in "eE" and marks in (["\u0301"], ["\u0300"]):
            out.append(base + marks[0])
        elif "\u0308" in marks:
            out.append(base + "\u0308")
        else:
            out.append({"đ": "d", "Đ": "D"}.get(base, base))

    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch):
            marks.append(ch)
        else:
            flush()
            base, marks = ch, []
    flush()
    return nfc("".join(out))


def to_viqr(s: str) -> str:
    """Vietnamese Quoted-Readable: Nguyễn -> Nguye^~n, Đức -> DDu+'c."""
    out: list[str] = []
    mods = tone = ""
    for ch in unicodedata.normalize("NFD", s):
        if ch in VIQR_MOD:
            mods += VIQR_MOD[ch]
        elif ch in VIQR_TONE:
            tone = VIQR_TONE[ch]
        elif unicodedata.combining(ch):
            continue
        else:
            out.append(mods + tone)
            mods = tone = ""
            out.append({"đ": "dd", "Đ": "DD"}.get(ch, ch))
    out.append(mods + tone)
    return "".join(out)


def to_mojibake(s: str) -> str:
    """UTF-8 bytes read back as Windows-1252 (undefined bytes become '?')."""
    raw = nfc(s).encode("utf-8")
    return raw.decode("cp1252", errors="replace").replace("\ufffd", "?")


def script(s: str, mode: str) -> str:
    key = (s, mode)
    out = _SCRIPT_CACHE.get(key)
    if out is None:
        if mode == "ascii":
            out = fold(s)
        elif mode == "nfd":
            out = unicodedata.normalize("NFD", s)
        elif mode == "french":
            out = to_french(s)
        elif mode == "viqr":
            out = to_viqr(s)
        elif mode == "mojibake":
            out = to_mojibake(s)
        else:
            out = nfc(s)
        _SCRIPT_CACHE[key] = out
    return out


def case(s: str, how: str) -> str:
    if how == "upper":
        return s.upper()
    if how == "lower":
        return s.lower()
    return s


def typo(s: str, rng: random.Random) -> str:
    """A dropped, doubled, swapped or neighbouring letter (never the first one)."""
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx[1:])
    op = rng.random()
    if op < 0.35:
        return s[:i] + s[i + 1 :]
    if op < 0.55:
        return s[:i] + s[i] + s[i:]
    if op < 0.8 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    near = KEY_NEAR.get(s[i].lower())
    if not near:
        return s[:i] + s[i + 1 :]
    c = rng.choice(near)
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1 :]


def join_given(giv: str, style: str) -> str:
    parts = giv.split(" ")
    if style == "camel":
        return "".join(parts)
    return parts[0] + "".join(x.lower() for x in parts[1:])


def hoa_render(p: Person, c: Clerk, rng: random.Random, tags: list[str]) -> tuple[str, str]:
    fi, s1, s2 = p.hoa or (0, 0, 0)
    hf, a, b = HOA_FAM[fi], HOA_SYL[s1], HOA_SYL[s2]
    if c.hoa == "hanzi":
        tags.append("hoa_hanzi")
        return a[1] + b[1], hf[2]
    if c.hoa == "canto":
        tags.append("hoa_cantonese")
        fam, x, y = hf[3], a[2], b[2]
        sep = {"hyphen": "-", "camel": "", "flat": ""}.get(c.join, " ")
        given = f"{x}{sep}{y.lower() if sep != ' ' else y}"
    else:
        tags.append("hoa_pinyin")
        fam, x, y = hf[4], a[3], b[3]
        given = f"{x} {y}" if c.join == "space" and rng.random() < 0.5 else x + y.lower()
    given, fam = case(given, c.case_giv), case(fam, c.case_fam)
    if rng.random() < c.typo:
        tags.append("typo")
        given = typo(given, rng)
    return given, fam


def western_given(p: Person, st: Stage, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    """An anglicised or baptismal first name, or '' when the clerk uses neither."""
    if p.anglo and st.day >= p.anglo_from and rng.random() < c.anglo:
        tags.append("anglicised")
        return f"{p.anglo} {p.giv}" if rng.random() < 0.25 else p.anglo
    if p.bapt >= 0 and rng.random() < c.bapt:
        tags.append("baptismal_name")
        return BAPTISMAL[p.bapt][BAPT_FORM[c.bapt_form]]
    return ""


def family_for(p: Person, st: Stage, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    sp = p.spouse
    if (
        sp is None
        or p.sex != "F"
        or not c.husband
        or st.day < p.married_on
        or sp.fam == p.fam
        or rng.random() >= c.husband
    ):
        return p.fam
    tags.append("husband_surname")
    if c.husband_form == "epouse":
        tags.append("epouse_form")
        return f"{p.fam} épouse {sp.fam}"
    return sp.fam


def middle_for(p: Person, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    mid = p.mid
    if mid == "Thị":
        r = rng.random()
        if r < c.thi_drop:
            tags.append("thi_dropped")
            return ""
        if r < c.thi_drop + c.thi_abbr:
            tags.append("thi_abbreviated")
            return "T."
    if mid and rng.random() < c.mid_drop:
        tags.append("middle_dropped")
        return ""
    return mid


def layout_name(
    fam: str, mid: str, giv: str, layout: str, c: Clerk, tags: list[str]
) -> tuple[str, str]:
    """Returns (given_name, family_name) before case and script."""
    if layout == "given_only" and mid:
        tags.append("middle_in_family")
        return giv, f"{fam} {mid}"
    if layout == "split_last":
        # "Ho va ten" cut at the last space: ten is one syllable
        words = " ".join(x for x in (fam, mid, giv) if x).split(" ")
        if len(words) > 2 or len(fam.split(" ")) > 1:
            tags.append("split_at_last_syllable")
        return words[-1], " ".join(words[:-1])
    if layout == "reversed":
        tags.append("order_reversed")
        return (f"{fam} {mid}" if mid else fam), giv
    full = " ".join(x for x in (fam, mid, giv) if x)
    if layout == "whole_family":
        tags.append("whole_name_in_family")
        return "", full
    if layout == "whole_given":
        tags.append("whole_name_in_given")
        return full, fam
    given = f"{mid} {giv}" if mid else giv
    if c.join == "hyphen" and " " in given:
        tags.append("hyphenated")
        given = given.replace(" ", "-")
    return given, fam


def render_name(
    p: Person, st: Stage, c: Clerk, rng: random.Random, tags: list[str]
) -> tuple[str, str]:
    if p.hoa is not None and c.hoa != "viet" and rng.random() < c.hoa_p:
        return hoa_render(p, c, rng, tags)
    west = western_given(p, st, c, rng, tags)
    anglicised = bool(west) and tags[-1] == "anglicised"
    fam = family_for(p, st, c, rng, tags)
    mid = middle_for(p, c, rng, tags)
    if anglicised:
        # Tony, Tony Tuan, Linda Thi: the Western first name leads
        given = west if rng.random() < 0.7 or not mid else f"{west} {mid}"
        family = fam
    elif west:
        given = " ".join(x for x in (west, mid, p.giv) if x)  # Joseph Van Minh
        family = fam
    else:
        giv = p.giv
        if " " in giv and c.join in ("camel", "flat"):
            tags.append("joined_given")
            giv = join_given(giv, c.join)
        if c.dz and giv[0] == "D" and rng.random() < c.dz:
            tags.append("dz_spelling")
            giv = "Dz" + giv[1:]
        given, family = layout_name(fam, mid, giv, c.layout(rng), c, tags)
    g0 = case(given, c.case_giv)
    f0 = case(family, c.case_fam)
    given = script(g0, c.script) if g0 else c.placeholder
    family = script(f0, c.script)
    if c.script in SCRIPT_TAG and (family != f0 or (g0 and given != g0)):
        tags.append(SCRIPT_TAG[c.script])
    if rng.random() < c.typo and c.script in ("ascii", "nfc", "french"):
        tags.append("typo")
        if rng.random() < 0.5 and given != c.placeholder:
            given = typo(given, rng)
        else:
            family = typo(family, rng)
    return given, family


def year_typo(y: int, when_year: int, rng: random.Random, tags: list[str]) -> int:
    if rng.random() >= 0.003:
        return y
    swapped = y // 100 * 100 + (y % 10) * 10 + (y // 10) % 10
    if swapped != y and 1880 <= swapped < when_year:
        tags.append("year_typo")
        return swapped
    return y


def convention(w: World, y: int, c: Clerk, when: int, tags: list[str]) -> str:
    """A year without day and month, written the clerk's way."""
    y = year_typo(y, w.year(when), w.rng, tags)
    if c.unknown == "jan1":
        tags.append("jan1")
        return f"{y:04d}-01-01"
    if c.unknown == "jul1" and day(y, 7, 1) <= when:
        tags.append("jul1")
        return f"{y:04d}-07-01"
    tags.append("year_only")
    return f"{y:04d}"


def full_date(w: World, ymd: tuple[int, int, int], c: Clerk, when: int, tags: list[str]) -> str:
    rng = w.rng
    y, m, d = ymd
    y = year_typo(y, w.year(when), rng, tags)
    d = min(d, calendar.monthrange(y, m)[1])
    if d <= 12 and d != m and rng.random() < c.dm_swap:
        if date(y, d, m).toordinal() <= when:
            m, d = d, m
            tags.append("dm_swapped")
    return f"{y:04d}-{m:02d}-{d:02d}"


def estimate_year(w: World, p: Person, when: int) -> int:
    rng = w.rng
    age = (when - p.born) // 365
    r = rng.random()
    if r < 0.45:
        age += 1  # Vietnamese reckoning: one year old at birth
    elif r < 0.6:
        age += rng.choice((-2, -1, 2))
    return w.year(when) - max(0, age)


def render_birth(w: World, p: Person, c: Clerk, when: int, tags: list[str]) -> str:
    rng = w.rng
    if rng.random() < c.birth_blank:
        tags.append("birth_blank")
        return ""
    if c.age_all or p.dk == "age":
        tags.append("age_estimated")
        return convention(w, estimate_year(w, p, when), c, when, tags)
    ly, lm, ld = p.lunar
    if p.dk == "lunar" and c.lunar != "convert":
        if ly != p.by:
            tags.append("lunar_year_off")
        if c.lunar == "as_solar":
            tags.append("lunar_date_as_solar")
            return full_date(w, p.lunar, c, when, tags)
        return convention(w, ly, c, when, tags)
    if p.dk == "year":
        if p.lunar_year:
            tags.append("lunar_year_off")
        return convention(w, ly if p.lunar_year else p.by, c, when, tags)
    if c.full_to_year and rng.random() < c.full_to_year:
        return convention(w, p.by, c, when, tags)
    return full_date(w, (p.by, p.bm, p.bd), c, when, tags)


def render_sex(p: Person, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    r = rng.random()
    if r < c.sex_blank:
        tags.append("sex_blank")
        return ""
    if r < c.sex_blank + 0.002:
        tags.append("sex_miskeyed")
        return "F" if p.sex == "M" else "M"
    return p.sex


def render_origin(p: Person, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    if rng.random() < c.origin_blank:
        tags.append("origin_blank")
        return ""
    if p.born_in_camp and c.camp_origin:
        tags.append("origin_is_camp")
        return p.camp_site
    vn, en, fr, modern, _, _ = ORIGINS[p.origin]
    style = c.origin_style
    if style == "en":
        s = en
    elif style == "fr":
        s = fr
        if fr != en:
            tags.append("origin_french_name")
    elif style == "modern" and modern:
        tags.append("origin_modern_name")
        s = rng.choice(HCM_FORMS) if modern == "TP HCM" else modern
    else:
        s = vn
    return script(s, c.script)


def render_phone(p: Person, st: Stage, c: Clerk, rng: random.Random, tags: list[str]) -> str:
    if not st.country or not c.phone or rng.random() >= c.phone:
        return ""
    num, mobile = st.phone, False
    if p.mobile and st.desk == "MAA" and rng.random() < 0.7:
        num, mobile = p.mobile, True
    if not num:
        return ""
    tags.append("phone_mobile" if mobile else "phone")
    cc = COUNTRY_CODE[st.country]
    if c.phone_form == "intl":
        return f"+{cc}{num}"
    return num if cc == "1" else f"0{num}"


def render_patronymic(w: World, p: Person, c: Clerk, tags: list[str]) -> str:
    if not c.patronymic or w.rng.random() >= c.patronymic or "amerasian" in p.traps:
        return ""
    if p.father is not None:
        f = (p.father.fam, p.father.mid, p.father.giv)
    else:
        if p.father_name is None:
            p.father_name = invent_father(w, p)
        f = p.father_name
    s = f[2] if c.pat_form == "given" else " ".join(x for x in f if x)
    tags.append("patronymic")
    return script(case(s, c.case_fam), c.script)


def record_id(w: World, st: Stage) -> str:
    template, scope, _ = DESK_IDS[st.desk]
    vals = {"code": st.code, "yy": w.year(st.day) % 100, "no": st.no}
    key = (st.desk, *(vals[k] for k in scope))
    n = w.rid_counters.get(key, 0) + 1
    w.rid_counters[key] = n
    return template.format(n=n, **vals)


def render_record(w: World, p: Person, st: Stage, idx: int) -> list[Any]:
    rng = w.rng
    c = st.clerk
    tags = list(p.traps)
    if st.rereg:
        tags.append("re_registered")
    given, family = render_name(p, st, c, rng, tags)
    patronymic = render_patronymic(w, p, c, tags)
    sex = render_sex(p, c, rng, tags)
    birth = render_birth(w, p, c, st.day, tags)
    origin = render_origin(p, c, rng, tags)
    phone = render_phone(p, st, c, rng, tags)
    if not st.ref:
        tags.append("household_ref_missing")
    elif st.desk in ("TF7", "THMOI"):
        tags.append("ref_is_boat")
    minute = min(st.t0 + 3 * idx + rng.randrange(3), 1439)
    when = f"{w.iso(st.day)}T{minute // 60:02d}:{minute % 60:02d}"
    rid = record_id(w, st)
    row = [rid, given, family, patronymic, sex, birth, origin, phone, st.ref, when, st.site]
    return [*row, p.pid, st.hid, st.desk, c.cid, tags, st.day]


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

HEADER = [
    "record_id", "given_name", "family_name", "patronymic", "sex", "birth_date", "origin",
    "phone", "household_ref", "registered_at", "site",
]  # fmt: skip


def emit(w: World) -> list[list[Any]]:
    """Render every surviving registration; everyone has at least one."""
    rng = w.rng
    rows: list[list[Any]] = []
    for hh in w.households:
        for st in hh.stages:
            if not st.selected:
                continue
            members = st.members
            for i, p in enumerate(members):
                if len(members) > 1 and rng.random() < 0.03:
                    continue  # not there that day
                rows.append(render_record(w, p, st, i))
                p.nrec += 1
    for p in w.people:
        if p.nrec == 0:
            st = rng.choice(p.stages)
            rows.append(render_record(w, p, st, st.members.index(p)))
            p.nrec += 1
    mark_same_desk(rows)
    rows.sort(key=lambda r: (r[9], r[0]))
    return rows


def mark_same_desk(rows: list[list[Any]]) -> None:
    by_person: dict[int, list[list[Any]]] = {}
    for r in rows:
        by_person.setdefault(r[11], []).append(r)
    for recs in by_person.values():
        if len(recs) < 2:
            continue
        recs.sort(key=lambda r: (r[16], r[0]))
        seen: list[str] = []
        for r in recs:
            if r[13] in seen:
                r[15].append("same_desk_again")
            seen.append(r[13])


def write(out: Path, rows: list[list[Any]], explain: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(r[:11] for r in rows)
    with (out / "truth.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["record_id", "person_id"])
        writer.writerows((r[0], f"P{r[11]:06d}") for r in rows)
    if not explain:
        return
    with (out / "why.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["record_id", "person_id", "household", "desk", "clerk", "tags"])
        writer.writerows(
            (r[0], f"P{r[11]:06d}", r[12], r[13], r[14], ";".join(r[15])) for r in rows
        )


def summary(rows: list[list[Any]]) -> tuple[int, int]:
    per: dict[int, int] = {}
    for r in rows:
        per[r[11]] = per.get(r[11], 0) + 1
    return len(per), sum(k * (k - 1) // 2 for k in per.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000, help="number of real people")
    ap.add_argument("--seed", type=int, default=161)
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    w = World(args.people, args.seed)
    build_world(w)
    select_stages(w)
    rows = emit(w)
    if len({r[0] for r in rows}) != len(rows):
        raise SystemExit("internal error: duplicate record_id")
    write(args.out, rows, args.explain)
    persons, pairs = summary(rows)
    took = time.perf_counter() - started
    print(
        f"sixteenth_hands: people={persons} records={len(rows)} true_pairs={pairs} "
        f"seed={args.seed} seconds={took:.1f} out={args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
