"""Eleventh hands: a synthetic multi-agency registry of Ukrainians who fled in February-June 2022.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests (nothing under src/, tests/ or docs/linkage.md was read) and is not tuned to it;
it only knows the interchange format (/work/shared/interchange-format.md).  Standard library only.

THE WORLD
Households who fled the full-scale invasion (24 February 2022) between February and June, with
the peak in the first two weeks of March, from Kyiv, Kharkiv, Odesa, Dnipro, Zaporizhzhia,
Mariupol, Mykolaiv, Kherson, Chernihiv, Sumy, Irpin, Bucha, Kramatorsk, Sievierodonetsk,
Melitopol and forty more towns (weighted by where 2022 refugees came from; some of them occupied,
six renamed in 2016 - Dnipropetrovsk, Artemivsk, Krasnoarmiisk, Kirovohrad, Komsomolsk,
Dzerzhynsk - which older people still use; 2 % of people from Kyiv, Kharkiv, Dnipro, Mariupol ...
were displaced from Donetsk or Luhansk in 2014 and give either town).  Households: mothers with
children (41 %, a quarter with a grandmother), women alone, elderly women, elderly couples,
grandmothers with grandchildren, two sisters with their children, young women, an adult daughter
with her old mother, mothers with teenagers; men of 18-60 only as fathers of three or more
children or as exempt (6.6 % of adults).  39 % children, 16 % aged 60+, 27 % male; 2.4 per
household.  Registered at six countries' desks, in the order they really moved: Poland (51 % of
records), Germany 16, Czechia 11, Romania 8, Moldova 8, Slovakia 7; routes depend on the region
of origin (the south goes through Moldova and Romania, the rest mostly through Poland), with
onward moves PL>DE, PL>CZ, MD>RO, SK>CZ, RO>DE ...; 15 % of families split when moving on.
Desks (141 sites, 2-6 clerks each; 549 clerks at seed 111): Polish Border Guard crossings (Medyka,
Korczowa, Dorohusk ...), reception points (Przemyśl Tesco, Nadarzyn PTAK), PESEL UKR at gminas
(from 16 March), UNHCR cash enrolment and Blue Dot hubs, IOM, the Red Cross societies (PCK, CRM,
CRR, SČK, ČČK, DRK), municipal shelters, Moldovan border police (Palanca, Otaci ...), MoldExpo and
the placement centres, Romanian border police and IGI temporary protection (from 18 March), Slovak
border and foreign police, Czech KACPU and OAMP visa-strip offices and ÚP benefit offices, German
arrival centres (Berlin Hbf, Tegel), Ausländerbehörden and Jobcenters (from 1 June).  Each desk
opens on its real date, registers a family some days after arrival (border: same day; legal
status: days to weeks; cash: weeks) but before it moves on, and is closed on Sundays if it is an
office.  Registration times are local office hours (border points around the clock).

NAMES
Every person is stored once in Ukrainian Cyrillic (legal form) with a Russian form beside it:
115 given names weighted by birth cohort (Валентина, Галина for the old; Наталія, Олена,
Тетяна for the middle; Юлія, Анастасія; Софія, Марія, Максим, Артем, Матвій for children), with
Ukrainian and Russian diminutives (Сашко/Саша, Наталка/Наташа, Вова, Діма, Слава ...); Russian
forms Александр, Наталья, Игорь, Юлия, Пётр, Елена; patronymics by the real rules (Олександрович,
Олександрівна, Миколайович, Сергіївна; Александрович, Николаевна, Юрьевич, Ильич).  Surnames:
12 % a head of common surnames (Мельник, Шевченко, Бойко, Коваленко, Ковальчук ...), 40 % built
like Ukrainian surnames are (first-name or trade root + -енко, -ук/-юк, -чук, -ишин, -ів, -ович,
-ик, -ак: Гаврилюк, Петришин, Мельниченко), 48 % rare surnames from Ukrainian-sounding roots;
women's forms -ська/-ова/-іна/-а, indeclinable -енко, -ук, -чук; Russian forms -ский/-ая,
-ёв (Ковалёв), Олейник, Лысенко, і->и, є->е.  Women are married (husband's surname, maiden name
kept; 12 % of mothers kept their own), children carry the father's.  About 0.6 % of girls born
since 2008 have a double name (Анна-Марія).
Documents: 60 % of adults (30 % of the old, 30-45 % of children) hold a biometric passport,
whose Latin spelling is the national transliteration of 2010 (Oleksandr, Nataliia, Yuliia,
Ihor, Kovalchuk, Zhytomyr, with its word-initial ye/yi/y/yu/ya) or, for 12 % of people, an
older spelling kept from an earlier passport (Natalia, Yulia, Serhiy, Igor, Aleksandr,
Olexandr, Kovalskyy/Kovalskiy, Oleynik); 2 % of people have a passport still in the maiden name.

CLERKS' HABITS (fixed per clerk; the mix depends on the desk's country and kind)
  * Script: Latin; Ukrainian Cyrillic (Ukrainian volunteers at reception points, shelters, Red
    Cross); Russian Cyrillic (Moldova, Russian-speaking volunteers), who write Russian forms and
    often е for ё.  A clerk copies the passport when there is one (legal desks 88-100 % of the
    time, shelters 20-50 %), else transliterates the Ukrainian ID, or for a Russian speaker at an
    informal desk writes the Russian name as heard.  Systems: the 2010 national system, the older
    BGN-like one (Nataliya, Serhiy, Kyyiv), Polish (Ołeksandr, Natalija, Kowalczuk, Szewczenko,
    Jurij, Charkiw), German (Natalija, Kowaltschuk, Schewtschenko, Wassyl, Schytomyr), Czech/Slovak
    (Kovalčuk, Ševčenko, Julija), Romanian (Covalciuc, Șevcenco, Iulia, Olexandr); from Russian:
    English (Aleksandr, Natalya, Sergey, Kharkov), Polish (Siergiej, Natalja, Jelena), German
    (Alexander, Sergej, Tatjana), Czech (Sergej, Jelena), Romanian (Serghei, Iurii, Oleinic).
  * Exonyms for towns (Charków, Kiew, Kyjev, Harkov, Nipru) or old English ones (Kharkov, Kiev);
    origin as town, oblast ("Харківська обл.", "obwód charkowski", "Oblast Charkiw", "regiunea
    Harkov") or both; MRZ-style capitals without diacritics; diacritics dropped; Polish clerks
    who make -śkyj into -ski; Czech/Slovak clerks who add -ová; English clerks who "fix" -iia to
    -ia; Ukrainian typed on a Russian keyboard (Latin i for і); apostrophe ' ’ ʼ or none.
  * Patronymic kept, dropped (most Western desks), written into the given-name field (German and
    Czech desks copying an ID card), or replaced by the father's given name (PESEL asks for the
    father's name: "Wiktor" where a Ukrainian desk writes "Вікторович").
  * Given and family name swapped (Ukrainian IDs print the surname first), diminutives at
    informal desks (Sasha, Natasha, Tanya, Ira, Dima, Vova, Slava, Лена), a child written under
    the mother's surname (sometimes in its feminine form), typos (dropped, doubled, swapped or
    neighbouring-key letters; и/і, е/є confusions).
  * Dates: all written YYYY-MM-DD or YYYY as the format requires.  Clerks on a US-format system
    who type dd.mm.yyyy get day and month swapped whenever the day is 12 or less; digit typos
    (1985 -> 1958, day +-1 or +-10); year only for young children registered by informal desks
    or by a grandmother.
  * Phones: a Ukrainian +380 number per adult and teenager, plus a Polish/German/Czech/Slovak/
    Moldovan/Romanian SIM bought in the country (the free Polish SIMs: 60 %); written with +
    and country code or in national form; a child's record carries the head's phone.
  * Household references per agency: UNHCR group ids (POL-22-C004201), IOM, Red Cross
    (PCK/1823/2022), shelters (S0123, numbered per shelter, so the same number recurs), border
    groups, MoldExpo, Czech benefit (HD-002738), Jobcenter Bedarfsgemeinschaft (42480BG0003455);
    PESEL, IGI, ÚHCP and KACPU register individuals and give none.

RATES (share of records unless said; first figure at 100k people with seed 111, in brackets the
range over seeds 1-6 at 20k people.  Habits belong to clerks, so the mix shifts with the draw.)
  People with two or more records 19.6 % (19.3-20.1), three or more 3.7 % (3.0-3.6), records
  per person 1.24 (1.23-1.25); people registered in two or more countries 12.3 %; registered
  again at the same desk 1.9 % of records.
  Script: passport Latin 35 % (34-36); Latin from the Ukrainian ID 45 %: 2010 system 19 (17-21),
  Polish 11 (10-12), BGN-like 6 (7-9), Czech 5 (4-6), German 4 (3-4), Romanian 1.2 (1.1-1.7);
  Latin from spoken Russian 4 % (3.8-4.3); Ukrainian Cyrillic 12 % (7-11); Russian Cyrillic
  4 % (3-7).  Capitals 22 % (17-26), diacritics stripped 4 %, -iia simplified 1 %, -ová 0.5 %,
  polonised -ski 0.1 %, Latin i in Cyrillic 0.5 % (0.4-2).
  Patronymic empty 53 % (52-59), father's given name instead 17 % (14-19), in the given-name
  field 5 % (4-5.5).  Diminutive 1.2 %, given/family swapped 0.6 %, typo in given name 1.5 %,
  in family name 1.5 %, in patronymic 0.7 %, maiden name 1.2 %, child under the mother's surname
  0.45 % (in her feminine form 0.07 %).
  Birth date: day/month swapped 1.6 % (1.0-1.6), year only 2.7 %, typo 0.6 %, missing 0.4 %.
  Sex missing 6.5 % (5.5-6.2), wrong 0.2 %.  Phone missing 38 %, with country code 31 % (32-36),
  local SIM 24 %, the head's phone on a child's record 16 %, typo 0.6 %.  Origin missing 42 %,
  old town name 0.24 %, the 2014 home instead of the 2022 one 0.5 %, "Ukraine" only 0.6 %.
  Household reference missing 64 % (65-66).

TRAPS (why.csv, per person; share of people): legacy_passport_spelling 11.5 %,
surname_differs_from_mother 4.3 (half-siblings, mothers who kept their name), sisters_in_household
3.4, grandmother_maternal 2.7 / grandmother_paternal 1.8, escorted_by_grandmother 2.3,
idp_since_2014 2.2, passport_in_maiden_name 2.0, namesake_same_year 1.5 (0.4-0.5 at 20k: it grows
with the population; same given name, surname and birth year in different households),
named_after_grandfather 1.2 (a son named after his grandfather: the father's patronymic is the
son's given name), twin 0.7 (same birth date, surname and patronymic), mother_daughter_same_name
0.5, sisters 0.5.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,household_kind,desk,clerk,
                   tags (the habits applied to this record),traps (of the person)
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed (and independent of PYTHONHASHSEED).

    python bench/eleventh_hands.py --people 100000 --seed 111 --out DIR --explain
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import os
import random
import time
import unicodedata

# ----------------------------------------------------------------------------------------------
# Calendar.  Everything is kept as date ordinals; strings are made once per day.

START = dt.date(2022, 2, 24).toordinal()  # the full-scale invasion
LAST_FLIGHT = dt.date(2022, 6, 30).toordinal()
END = dt.date(2022, 12, 31).toordinal()
REF_YEAR = 2022
_DAY_STR: dict[int, str] = {}


def day_str(o: int) -> str:
    s = _DAY_STR.get(o)
    if s is None:
        s = _DAY_STR[o] = dt.date.fromordinal(o).isoformat()
    return s


def d(y: int, m: int, dd: int) -> int:
    return dt.date(y, m, dd).toordinal()


def valid_date(y: int, m: int, dd: int) -> bool:
    if not (1 <= m <= 12 and 1 <= dd <= 31 and 1900 <= y <= 2022):
        return False
    if m == 2:
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        return dd <= (29 if leap else 28)
    return dd <= (30 if m in (4, 6, 9, 11) else 31)


# ----------------------------------------------------------------------------------------------
# Given names.  sex | Ukrainian (legal form) | Russian form | weights for people born
# before 1960, 1960-79, 1980-99, 2000 on | Ukrainian diminutives | Russian diminutives

GIVEN_DATA = """
M|Олександр|Александр|40,60,60,40|Сашко,Саша|Саша,Шура
M|Володимир|Владимир|40,45,15,8|Вова,Володя|Вова,Володя
M|Сергій|Сергей|25,50,40,6|Сергійко|Серёжа
M|Андрій|Андрей|10,35,45,15|Андрійко|Андрюша
M|Дмитро|Дмитрий|5,15,40,35|Діма|Дима
M|Микола|Николай|45,30,6,4|Коля|Коля
M|Іван|Иван|40,20,12,25|Івась|Ваня
M|Віктор|Виктор|30,35,6,2|Вітя|Витя
M|Юрій|Юрий|20,35,12,2|Юра|Юра
M|Олег|Олег|6,25,25,2||Олежка
M|Василь|Василий|40,15,6,4|Вася|Вася
M|Петро|Пётр|30,10,4,3|Петрик|Петя
M|Михайло|Михаил|25,15,10,18|Михась|Миша
M|Ігор|Игорь|6,30,25,1||
M|Анатолій|Анатолий|35,20,2,0|Толя|Толя
M|Віталій|Виталий|3,20,30,3|Віталік|Виталик
M|Богдан|Богдан|4,6,25,20|Бодя|
M|Тарас|Тарас|3,6,18,6|Тарасик|
M|Ярослав|Ярослав|4,6,15,18|Ярик,Слава|Слава
M|В'ячеслав|Вячеслав|6,20,12,2|Слава|Слава
M|Владислав|Владислав|0,4,25,20|Влад|Влад
M|Святослав|Святослав|0,1,4,12|Свят|Слава
M|Євген|Евгений|6,25,30,4|Женя|Женя
M|Максим|Максим|1,5,30,60|Макс|Макс
M|Артем|Артём|0,3,25,50|Тьома|Тёма
M|Денис|Денис|0,6,30,12||
M|Роман|Роман|3,12,30,18|Рома|Рома
M|Назар|Назар|1,2,10,25||
M|Костянтин|Константин|6,12,12,5|Костя|Костя
M|Валерій|Валерий|15,25,3,0|Валера|Валера
M|Григорій|Григорий|25,8,2,1|Гриша|Гриша
M|Степан|Степан|15,4,4,8|Стьопа|Стёпа
M|Павло|Павел|12,12,15,10|Паша|Паша
M|Руслан|Руслан|0,12,25,5||
M|Вадим|Вадим|2,15,20,2|Вадік|Вадик
M|Олексій|Алексей|10,20,35,18|Льоша|Лёша
M|Ілля|Илья|2,3,10,30|Іллюша|Илюша
M|Кирило|Кирилл|1,3,12,30|Кірюша|Кирюша
M|Матвій|Матвей|0,0,2,40||
M|Данило|Даниил|1,2,12,35|Даня|Даня
M|Тимофій|Тимофей|0,0,2,25|Тимоша|Тима
M|Марк|Марк|0,0,2,25||
M|Давид|Давид|0,1,3,20||
M|Єгор|Егор|0,1,10,25||
M|Микита|Никита|0,1,20,25||
M|Остап|Остап|1,1,4,8||
M|Леонід|Леонид|25,12,1,0|Льоня|Лёня
M|Геннадій|Геннадий|15,20,1,0|Гена|Гена
M|Борис|Борис|20,10,2,1|Боря|Боря
M|Федір|Фёдор|15,3,1,3|Федько|Федя
M|Яків|Яков|8,2,1,2||Яша
M|Захар|Захар|2,1,2,15||
M|Тимур|Тимур|0,2,8,6||
M|Едуард|Эдуард|5,12,4,0|Едік|Эдик
M|Валентин|Валентин|10,10,4,1||Валик
M|Станіслав|Станислав|3,10,12,4|Стас|Стас
M|Антон|Антон|4,10,25,10||Антоша
M|Аркадій|Аркадий|10,3,0,0||
F|Наталія|Наталья|20,60,25,1|Наталка|Наташа
F|Олена|Елена|25,55,35,3|Оленка|Лена,Алёна
F|Ольга|Ольга|35,45,20,2|Оля|Оля
F|Тетяна|Татьяна|30,50,20,1|Таня|Таня
F|Ірина|Ирина|12,45,30,2|Іра|Ира
F|Юлія|Юлия|1,12,45,6|Юля|Юля
F|Світлана|Светлана|20,40,12,1|Світланка|Света
F|Людмила|Людмила|40,35,3,0|Люда|Люда
F|Оксана|Оксана|5,40,25,1|Оксанка|Ксюша
F|Марія|Мария|40,15,20,35|Марічка|Маша
F|Ганна|Анна|30,10,3,1|Ганя|Аня
F|Анна|Анна|5,15,35,35|Аня|Аня
F|Катерина|Екатерина|15,15,35,25|Катя|Катя
F|Валентина|Валентина|55,20,1,0|Валя|Валя
F|Галина|Галина|55,25,1,0|Галя|Галя
F|Надія|Надежда|45,20,3,0|Надя|Надя
F|Любов|Любовь|45,20,2,0|Люба|Люба
F|Віра|Вера|40,10,1,1|Віруся|Верочка
F|Лариса|Лариса|15,30,3,0|Лора|Лара
F|Вікторія|Виктория|1,12,40,30|Віка|Вика
F|Анастасія|Анастасия|1,3,40,50|Настя|Настя
F|Дар'я|Дарья|0,2,15,25|Даша|Даша
F|Дарина|Дарина|0,1,10,25|Даринка|Даша
F|Софія|София|1,1,8,60|Соня|Соня
F|Аліна|Алина|0,3,25,20||
F|Яна|Яна|0,6,25,10||
F|Христина|Кристина|1,6,25,12|Христя|
F|Марина|Марина|10,30,25,3||
F|Інна|Инна|5,25,6,0||
F|Алла|Алла|12,25,3,0||
F|Ніна|Нина|50,12,1,0||
F|Зоя|Зоя|20,6,1,1||
F|Раїса|Раиса|40,10,0,0|Рая|Рая
F|Тамара|Тамара|35,12,1,0||
F|Лідія|Лидия|40,10,1,0|Ліда|Лида
F|Поліна|Полина|1,1,6,40||
F|Вероніка|Вероника|0,1,8,30|Ніка|Ника
F|Діана|Диана|0,3,15,25||
F|Злата|Злата|0,0,1,30||
F|Мілана|Милана|0,0,1,30||
F|Єва|Ева|0,0,1,25||
F|Уляна|Ульяна|1,1,6,20|Уля|Уля
F|Ангеліна|Ангелина|0,1,8,20||
F|Соломія|Соломия|0,0,2,15||
F|Олеся|Олеся|1,8,15,3||
F|Євгенія|Евгения|3,8,15,8|Женя|Женя
F|Валерія|Валерия|0,2,15,20|Лєра|Лера
F|Маргарита|Маргарита|3,5,8,8|Рита|Рита
F|Антоніна|Антонина|35,5,0,0|Тоня|Тоня
F|Зінаїда|Зинаида|30,3,0,0|Зіна|Зина
F|Олександра|Александра|2,4,12,25|Саша|Саша
F|Кіра|Кира|0,0,2,15||
F|Аріна|Арина|0,0,3,15||
F|Варвара|Варвара|1,0,2,12|Варя|Варя
F|Мар'яна|Марьяна|0,3,12,10||
F|Ксенія|Ксения|0,2,12,12|Ксеня|Ксюша
F|Єлизавета|Елизавета|1,1,5,25|Ліза|Лиза
"""


class Given:
    __slots__ = ("sex", "uk", "ru", "dims_uk", "dims_ru", "pat_uk", "pat_ru")

    def __init__(self, line: str) -> None:
        sex, uk, ru, _w, du, dr = line.split("|")
        self.sex, self.uk, self.ru = sex, uk, ru
        self.dims_uk = tuple(x for x in du.split(",") if x)
        self.dims_ru = tuple(x for x in dr.split(",") if x)
        self.pat_uk = patronymic_uk(uk) if sex == "M" else ("", "")
        self.pat_ru = patronymic_ru(ru) if sex == "M" else ("", "")


_PAT_UK_SPECIAL = {
    "Микола": ("Миколайович", "Миколаївна"),
    "Микита": ("Микитович", "Микитівна"),
    "Григорій": ("Григорович", "Григорівна"),
    "Ілля": ("Ілліч", "Іллівна"),
    "Яків": ("Якович", "Яківна"),
    "Федір": ("Федорович", "Федорівна"),
    "Василь": ("Васильович", "Василівна"),
}
_PAT_RU_SPECIAL = {
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Илья": ("Ильич", "Ильинична"),
    "Яков": ("Яковлевич", "Яковлевна"),
    "Никита": ("Никитич", "Никитична"),
    "Даниил": ("Даниилович", "Данииловна"),
}


def patronymic_uk(name: str) -> tuple[str, str]:
    """Ukrainian patronymic (male, female) from a father's given name."""
    if name in _PAT_UK_SPECIAL:
        return _PAT_UK_SPECIAL[name]
    if name.endswith("ій"):
        return name + "ович", name[:-1] + "ївна"
    if name.endswith("о"):
        return name[:-1] + "ович", name[:-1] + "івна"
    return name + "ович", name + "івна"


def patronymic_ru(name: str) -> tuple[str, str]:
    """Russian patronymic (male, female) from the Russian form of the father's name."""
    if name in _PAT_RU_SPECIAL:
        return _PAT_RU_SPECIAL[name]
    if name.endswith("ий"):
        return name[:-2] + "ьевич", name[:-2] + "ьевна"
    if name.endswith("ей"):
        return name[:-2] + "еевич", name[:-2] + "еевна"
    if name.endswith("ай"):
        return name[:-2] + "аевич", name[:-2] + "аевна"
    if name.endswith("ь"):
        return name[:-1] + "евич", name[:-1] + "евна"
    return name + "ович", name + "овна"


GIVEN: list[Given] = []
# per sex and birth cohort: (indexes, cumulative weights)
GIVEN_DRAW: dict[tuple[str, int], tuple[list[int], list[float]]] = {}


def _load_given() -> None:
    acc: dict[tuple[str, int], tuple[list[int], list[float]]] = {}
    for line in GIVEN_DATA.strip().splitlines():
        g = Given(line)
        ws = [float(x) for x in line.split("|")[3].split(",")]
        for c in range(4):
            if ws[c] > 0:
                idx, cum = acc.setdefault((g.sex, c), ([], []))
                idx.append(len(GIVEN))
                cum.append((cum[-1] if cum else 0.0) + ws[c])
        GIVEN.append(g)
    GIVEN_DRAW.update(acc)


def cohort(year: int) -> int:
    return 0 if year < 1960 else 1 if year < 1980 else 2 if year < 2000 else 3


def draw_given(rng: random.Random, sex: str, year: int) -> int:
    idx, cum = GIVEN_DRAW[(sex, cohort(year))]
    return idx[bisect.bisect_right(cum, rng.random() * cum[-1])]


# ----------------------------------------------------------------------------------------------
# Surnames.  A head of common real surnames (about 12 % of people), then surnames built the way
# Ukrainian surnames are built (a first-name or trade root plus -енко, -ук/-юк, -чук, -ишин, -ів,
# -ович, -ик, -ак; about 40 %), then rare surnames from Ukrainian-sounding roots (48 %), so that
# the namesake rate stays near what a real population of this size shows.

HEAD_SURNAMES = """
Мельник 30, Шевченко 30, Бойко 28, Коваленко 27, Бондаренко 26, Ткаченко 24, Ковальчук 24,
Кравченко 23, Олійник=Олейник 22, Шевчук 22, Коваль 21, Поліщук 20, Бондар 19, Ткачук 19,
Марченко 18, Савченко 18, Руденко 17, Мороз 17, Лисенко=Лысенко 16, Петренко 16, Клименко 15,
Павленко 15, Кравчук 15, Кузьменко 14, Кушнір 14, Левченко 14, Іваненко 13, Гончаренко 13,
Харченко 13, Мельничук 12, Романенко 12, Савчук 12, Литвиненко 12, Карпенко 11, Юрченко 11,
Остапенко 11, Панченко 11, Гаврилюк 10, Лук'яненко 10, Сидоренко 10, Костенко 10, Марчук 10,
Приходько 10, Тимошенко 9, Білик 9, Романюк 9, Гуменюк 9, Мартинюк 9, Демченко 9, Яковенко 9,
Пономаренко 9, Кириленко 8, Федоренко 8, Антонюк 8, Зінченко 8, Захарченко 8, Науменко 8,
Чорний 8, Вовк 8, Кучер 8, Гнатюк 7, Онищенко 7, Семенюк 7, Дмитренко 7, Гордієнко 7,
Нестеренко 7, Головко 7, Сергієнко 7, Симоненко 7, Ярошенко 7, Степаненко 7, Волошин 7,
Пилипенко 6, Мазур 6, Дорошенко 6, Гребенюк 6, Гавриленко 6, Соловйов 6, Ковальов 6, Литвин 6,
Коломієць 6, Ігнатенко 6, Грищенко 6, Бабенко 6, Тарасенко 6, Жук 6, Кравець 6, Козак 6,
Дяченко 6, Василенко 6, Фесенко 5, Максименко 5, Мірошниченко 5, Іванов 6, Петров 5,
Кузнєцов 5, Попов 5, Морозов 5, Волков 4, Новіков 4, Смирнов 4, Сидоров 4, Павлов 4, Козлов 4,
Лебедєв 4, Федоров 4, Яковлєв 4, Зайцев 4, Ковальський 5, Вишневський 4, Левицький 4,
Савицький 4, Яворський 4, Заболотний 4, Бережний 4, Білий 4, Ясінський 3, Ковалевський 3,
Сокол 4, Гуцул 3, Присяжнюк 4, Пасічник 4, Стасюк 3, Котляр 3, Шаповал 5, Сорока 4, Горбань 4,
Кирилюк 4, Ющенко 3, Кононенко 4, Давиденко 5, Тищенко 4, Власенко 4, Лозовий 3, Чумак 4,
Бабич 4, Бондарчук 5, Мельниченко 5, Слободян 3, Рибак=Рыбак 4, Федорчук 4, Горобець 4,
Швець 4, Тимченко 4, Дудник 4, Гайдай 3, Шпак 3, Грищук 3, Ничипорук 3, Якименко 3, Ковтун 5,
Сахно 3, Середа 4, Левчук 3, Кучеренко 4, Остапчук 4, Білоус 4, Щербак 4, Щербина 3,
Стельмах 3, Дубровський 2, Поплавський 2, Островський 2, Малиновський 2, Терлецький 2,
Тарнавський 2, Жуковський 2, Городецький 2, Білецький 2, Задорожний 2, Головатий 2,
Безкоровайний 1, Кривоніс 2, Чорновол 1, Непийвода 1, Перебийніс 1, Вернигора 1, Довгаль 2,
Лисогор 1, Сивак 2, Цимбалюк 2, Коноваленко 2, Писаренко 2, Гетьман 2, Сотник 2, Кобзар 2,
Лелека 1, Шуляк 1, Яструб 1, Цап 1, Півень 1, Бугай 2, Береза 2, Калина 1, Гуменний 1,
Андрухович 1, Прокопович 2, Якубович 1, Юхимович 1, Кузьмич 2, Хомич 2, Захаров 3, Романов 3,
Гончаров 3, Макаров 3, Назаров 2, Тарасов 2, Степанов 3, Максимов 2, Кравцов 3, Шевцов 3
"""

NAME_ROOTS = (
    "Петр Іван Гаврил Гнат Данил Дем'ян Дорош Захар Карп Кирил Клим Кондрат Кост Лук'ян Макар "
    "Максим Мартин Микит Мирон Михайл Назар Нестер Онищ Опанас Остап Павл Панас Пилип Прокоп "
    "Роман Сав Семен Сидор Степан Стефан Тарас Тимош Трохим Устим Федор Филип Фес Харитон Хом "
    "Юрч Юхим Яким Ярем Ярош Яц Гриц Лес Андрух Андрущ Борис Васил Влас Корній Матвій Сергій "
    "Андрій Гордій Демид Зінч Левч Марч Олекс Охрім Пархом Радч Савч Сенч Тимч Тищ Ющ Якуб Лавр "
    "Кузьм Демч Антон Артем Богдан Вакул Герасим Дмитр Єрем Зиновій Ілляш Кирик Мусій Овсій "
    "Оліфір Пантелей Потап Самійл Сава Сидір Тиміш Улас Хведор Юсип Левк Марко Грицай Іванч"
).split()

NOUN_ROOTS = (
    "Бондар Гончар Коваль Кравч Мельник Ткач Кушнір Шевч Чумак Рибак Паламар Пономар Котляр "
    "Римар Козак Мірошник Пасічник Бортник Сокол Голуб Ворон Журавл Вовк Лис Бабак Баран "
    "Гусак Шуляк Шпак Дуб Мороз Руд Сір Чорн Біл Бабич Коновал Цимбал Кобзар Гетьман Писар Дяк "
    "Кухар Пастух Скляр Сотник Ковбас Гарбуз Галушк Бублик Дзюб Горб Кучер Лиман Береж Явор "
    "Калин Вишн Гречан Рудниц Кривош Сорокун Бурлак Гайдамак Чабан Бакай Гуля Крамар Ковтун "
    "Кулик Дрозд Сорок Шевел Ляшк Поляк Литвин Волох Руснак Мадяр Турч Греч Москал"
).split()

SUFFIX_NAME = ("енко", "ук", "чук", "ишин", "ів", "ович", "ик", "ак", "енко", "ук")
SUFFIX_NOUN = ("енко", "ук", "чук", "", "енко", "ак", "ишин")

ONSETS = (
    "б в г д ж з к л м н п р с т х ц ч ш бл бр гл гр др кл кр пл пр ст тр шп шт зв хв св сл кв дз ґ"
).split()
VOWELS = "а а о о у е и і".split()
CODAS = "б в д ж з к л м н п р с т х ч ш рн рд вч нч рб лб рк нд ст рч лк шк вк".split()
SUFFIX_RARE = (
    "енко енко енко ук ук чук ишин ак ик ець ко ан ай ич ів ський ун юк енко ук ак".split()
)


def join_surname(root: str, suf: str) -> str | None:
    """Join a root and a surname suffix the way Ukrainian does (к -> ч before -енко and so on)."""
    if suf == "":
        return None if root[-1] == "ч" else root
    if root[-1] in "аоуеи":  # Марко -> Марченко, Марків; Сава -> Савенко
        root = root[:-1]
    last = root[-1]
    if suf in ("ук", "юк"):
        if last in "лнйь":
            return (root[:-1] if last in "йь" else root) + "юк"
        if last == "к":
            return root[:-1] + "чук"
        return root + "ук"
    if suf == "чук":
        if last in "чшщжкцтдсз":
            return None
        return root + "чук"
    if suf == "енко":
        if last == "к":
            return root[:-1] + "ченко"
        if last == "й":
            return root[:-1] + "єнко"
        if last == "ь":
            return root[:-1] + "енко"
        return root + "енко"
    if suf == "ишин":
        if last in "йь":
            root = root[:-1]
        if last == "к":
            return root[:-1] + "чишин"
        return root + "ишин"
    if suf == "ів":
        if last in "йьк":
            return None
        return root + "ів"
    if suf == "ович":
        if last in "йьч":
            return None
        return root + "ович"
    if suf in ("ик", "ак"):
        if last in "кйь":
            return None
        return root + suf
    if suf == "ець":
        if last in "кйьцч":
            return None
        return root + "ець"
    if suf == "ський":
        if last in "сзцкйьч":
            return None
        return root + "ський"
    if last in "йь":
        return None
    return root + suf


def uk_feminine(m: str) -> str:
    """Ukrainian feminine form of a masculine surname; -енко, -ук, -чук ... do not change."""
    if m.endswith("ий"):
        return m[:-2] + "а"
    if m.endswith(("ов", "ев", "єв", "ін", "їн")) or (m.endswith("шин") and not m.endswith("ишин")):
        return m + "а"
    return m


_RU_LETTER = str.maketrans(
    {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "ь", "Є": "Е", "І": "И", "Ї": "И", "Ґ": "Г"}
)


def ru_from_uk(s: str) -> str:
    """A Russian-speaking clerk's (or the person's own old Soviet-era) form of a surname."""
    s = s.replace("ьо", "ё").replace("йо", "ьё")
    for a, b in (("ськ", "ск"), ("цьк", "цк"), ("зьк", "зк")):
        s = s.replace(a, b)
    if s.endswith("ць"):
        s = s[:-1]
    if s.endswith("ий") and len(s) > 3 and s[-3] not in "кгхжшчщ":
        s = s[:-2] + "ый"
    return s.translate(_RU_LETTER)


def ru_feminine(r: str) -> str:
    if r.endswith(("ий", "ый", "ой")):
        return r[:-2] + "ая"
    if r.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return r + "а"
    return r


class Surname:
    __slots__ = ("uk_m", "uk_f", "ru_m", "ru_f")

    def __init__(self, uk_m: str, ru_m: str | None = None) -> None:
        self.uk_m = uk_m
        self.uk_f = uk_feminine(uk_m)
        self.ru_m = ru_m or ru_from_uk(uk_m)
        self.ru_f = self.ru_m if self.uk_f == uk_m else ru_feminine(self.ru_m)

    def uk(self, sex: str) -> str:
        return self.uk_f if sex == "F" else self.uk_m

    def ru(self, sex: str) -> str:
        return self.ru_f if sex == "F" else self.ru_m


class SurnamePool:
    """Draws surnames: real head, productive middle, and a rare tail generated on demand."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.head: list[Surname] = []
        hcum: list[float] = []
        seen: set[str] = set()
        for item in HEAD_SURNAMES.replace("\n", " ").split(","):
            item = item.strip()
            if not item:
                continue
            name, w = item.rsplit(" ", 1)
            uk, _, ru = name.partition("=")
            self.head.append(Surname(uk, ru or None))
            seen.add(uk)
            hcum.append((hcum[-1] if hcum else 0.0) + float(w))
        self.hcum = hcum
        mid: list[Surname] = []
        mcum: list[float] = []
        for roots, sufs in ((NAME_ROOTS, SUFFIX_NAME), (NOUN_ROOTS, SUFFIX_NOUN)):
            for root in roots:
                for suf in dict.fromkeys(sufs):
                    s = join_surname(root, suf)
                    if s is None or s in seen or len(s) < 4:
                        continue
                    seen.add(s)
                    mid.append(Surname(s))
                    # some combinations are common, most are rare
                    mcum.append((mcum[-1] if mcum else 0.0) + min(6.0, rng.lognormvariate(0, 0.8)))
        self.mid, self.mcum = mid, mcum
        self.rare: dict[str, Surname] = {}

    def draw(self) -> Surname:
        rng = self.rng
        u = rng.random()
        if u < 0.12:
            return self.head[bisect.bisect_right(self.hcum, rng.random() * self.hcum[-1])]
        if u < 0.52:
            return self.mid[bisect.bisect_right(self.mcum, rng.random() * self.mcum[-1])]
        while True:
            root = rng.choice(ONSETS) + rng.choice(VOWELS)
            if rng.random() < 0.2:  # two syllables: a simple consonant between them
                root += rng.choice(CODAS[:18]) + rng.choice(VOWELS)
            root += rng.choice(CODAS)
            s = join_surname(root.capitalize(), rng.choice(SUFFIX_RARE))
            if s:
                break
        sn = self.rare.get(s)
        if sn is None:
            sn = self.rare[s] = Surname(s)
        return sn


# ----------------------------------------------------------------------------------------------
# Places of origin.  key | Ukrainian | Russian | oblast | weight among 2022 refugees | former
# Ukrainian name / former Russian name (renamed 2016 under decommunisation, or Dnipro)

OBLASTS = {
    # key: Ukrainian adjective, Russian adjective, Polish adjective, Czech adjective, centre
    "kyiv": ("Київська", "Киевская", "kijowski", "Kyjevská", "kyiv"),
    "kharkiv": ("Харківська", "Харьковская", "charkowski", "Charkovská", "kharkiv"),
    "donetsk": ("Донецька", "Донецкая", "doniecki", "Doněcká", "donetsk"),
    "luhansk": ("Луганська", "Луганская", "ługański", "Luhanská", "luhansk"),
    "zaporizhzhia": ("Запорізька", "Запорожская", "zaporoski", "Záporožská", "zaporizhzhia"),
    "kherson": ("Херсонська", "Херсонская", "chersoński", "Chersonská", "kherson"),
    "mykolaiv": ("Миколаївська", "Николаевская", "mikołajowski", "Mykolajivská", "mykolaiv"),
    "odesa": ("Одеська", "Одесская", "odeski", "Oděská", "odesa"),
    "dnipro": (
        "Дніпропетровська",
        "Днепропетровская",
        "dniepropetrowski",
        "Dněpropetrovská",
        "dnipro",
    ),
    "chernihiv": ("Чернігівська", "Черниговская", "czernihowski", "Černihivská", "chernihiv"),
    "sumy": ("Сумська", "Сумская", "sumski", "Sumská", "sumy"),
    "zhytomyr": ("Житомирська", "Житомирская", "żytomierski", "Žytomyrská", "zhytomyr"),
    "poltava": ("Полтавська", "Полтавская", "połtawski", "Poltavská", "poltava"),
    "vinnytsia": ("Вінницька", "Винницкая", "winnicki", "Vinnycká", "vinnytsia"),
    "cherkasy": ("Черкаська", "Черкасская", "czerkaski", "Čerkaská", "cherkasy"),
    "kirovohrad": (
        "Кіровоградська",
        "Кировоградская",
        "kirowohradzki",
        "Kirovohradská",
        "kropyvnytskyi",
    ),
    "lviv": ("Львівська", "Львовская", "lwowski", "Lvovská", "lviv"),
    "rivne": ("Рівненська", "Ровенская", "rówieński", "Rivnenská", "rivne"),
    "volyn": ("Волинська", "Волынская", "wołyński", "Volyňská", "lutsk"),
    "ternopil": ("Тернопільська", "Тернопольская", "tarnopolski", "Ternopilská", "ternopil"),
    "ivano": (
        "Івано-Франківська",
        "Ивано-Франковская",
        "iwanofrankiwski",
        "Ivanofrankivská",
        "ivano",
    ),
    "khmelnytskyi": ("Хмельницька", "Хмельницкая", "chmielnicki", "Chmelnycká", "khmelnytskyi"),
    "chernivtsi": ("Чернівецька", "Черновицкая", "czerniowiecki", "Černovická", "chernivtsi"),
    "zakarpattia": ("Закарпатська", "Закарпатская", "zakarpacki", "Zakarpatská", "uzhhorod"),
}

CITY_DATA = """
kyiv|Київ|Киев|kyiv|14
kharkiv|Харків|Харьков|kharkiv|12
odesa|Одеса|Одесса|odesa|6
dnipro|Дніпро|Днепр|dnipro|5|Дніпропетровськ/Днепропетровск
zaporizhzhia|Запоріжжя|Запорожье|zaporizhzhia|5
mariupol|Маріуполь|Мариуполь|donetsk|5
mykolaiv|Миколаїв|Николаев|mykolaiv|4
kherson|Херсон|Херсон|kherson|3.5
chernihiv|Чернігів|Чернигов|chernihiv|2.5
sumy|Суми|Сумы|sumy|2
kryvyirih|Кривий Ріг|Кривой Рог|dnipro|2
irpin|Ірпінь|Ирпень|kyiv|2
bucha|Буча|Буча|kyiv|1.5
bilatserkva|Біла Церква|Белая Церковь|kyiv|1.5
lviv|Львів|Львов|lviv|2
zhytomyr|Житомир|Житомир|zhytomyr|1.5
kramatorsk|Краматорськ|Краматорск|donetsk|1.5
brovary|Бровари|Бровары|kyiv|1.2
sloviansk|Слов'янськ|Славянск|donetsk|1.2
sievierodonetsk|Сєвєродонецьк|Северодонецк|luhansk|1.2
melitopol|Мелітополь|Мелитополь|zaporizhzhia|1.2
vinnytsia|Вінниця|Винница|vinnytsia|1.2
donetsk|Донецьк|Донецк|donetsk|1.2
lysychansk|Лисичанськ|Лисичанск|luhansk|1
poltava|Полтава|Полтава|poltava|1
bakhmut|Бахмут|Бахмут|donetsk|0.9|Артемівськ/Артёмовск
berdiansk|Бердянськ|Бердянск|zaporizhzhia|0.9
cherkasy|Черкаси|Черкассы|cherkasy|0.8
kropyvnytskyi|Кропивницький|Кропивницкий|kirovohrad|0.7|Кіровоград/Кировоград
hostomel|Гостомель|Гостомель|kyiv|0.6
pokrovsk|Покровськ|Покровск|donetsk|0.6|Красноармійськ/Красноармейск
nikopol|Нікополь|Никополь|dnipro|0.6
kremenchuk|Кременчук|Кременчуг|poltava|0.6
luhansk|Луганськ|Луганск|luhansk|0.6
rivne|Рівне|Ровно|rivne|0.6
lutsk|Луцьк|Луцк|volyn|0.6
khmelnytskyi|Хмельницький|Хмельницкий|khmelnytskyi|0.6
rubizhne|Рубіжне|Рубежное|luhansk|0.5
enerhodar|Енергодар|Энергодар|zaporizhzhia|0.5
novakakhovka|Нова Каховка|Новая Каховка|kherson|0.5
izium|Ізюм|Изюм|kharkiv|0.5
ternopil|Тернопіль|Тернополь|ternopil|0.5
ivano|Івано-Франківськ|Ивано-Франковск|ivano|0.5
chernivtsi|Чернівці|Черновцы|chernivtsi|0.5
borodianka|Бородянка|Бородянка|kyiv|0.4
chuhuiv|Чугуїв|Чугуев|kharkiv|0.4
pavlohrad|Павлоград|Павлоград|dnipro|0.4
volnovakha|Волноваха|Волноваха|donetsk|0.4
okhtyrka|Охтирка|Ахтырка|sumy|0.3
toretsk|Торецьк|Торецк|donetsk|0.3|Дзержинськ/Дзержинск
uzhhorod|Ужгород|Ужгород|zakarpattia|0.3
horishniplavni|Горішні Плавні|Горишние Плавни|poltava|0.2|Комсомольськ/Комсомольск
"""

# Exonyms that a clerk writing in their own language uses instead of a transliteration.
EXONYMS = {
    "pl": {
        "kyiv": "Kijów",
        "kharkiv": "Charków",
        "odesa": "Odessa",
        "dnipro": "Dniepr",
        "zaporizhzhia": "Zaporoże",
        "lviv": "Lwów",
        "mykolaiv": "Mikołajów",
        "kherson": "Chersoń",
        "chernihiv": "Czernihów",
        "zhytomyr": "Żytomierz",
        "vinnytsia": "Winnica",
        "poltava": "Połtawa",
        "kryvyirih": "Krzywy Róg",
        "bilatserkva": "Biała Cerkiew",
        "rivne": "Równe",
        "lutsk": "Łuck",
        "ternopil": "Tarnopol",
        "chernivtsi": "Czerniowce",
        "donetsk": "Donieck",
        "luhansk": "Ługańsk",
        "kremenchuk": "Krzemieńczuk",
        "khmelnytskyi": "Chmielnicki",
        "sloviansk": "Słowiańsk",
        "mariupol": "Mariupol",
        "sievierodonetsk": "Siewierodonieck",
        "irpin": "Irpień",
        "bucha": "Bucza",
        "ivano": "Iwano-Frankiwsk",
        "uzhhorod": "Użhorod",
        "cherkasy": "Czerkasy",
    },
    "de": {
        "kyiv": "Kiew",
        "odesa": "Odessa",
        "chernivtsi": "Czernowitz",
        "dnipro": "Dnipro",
        "zaporizhzhia": "Saporischschja",
        "mykolaiv": "Mykolajiw",
        "kharkiv": "Charkiw",
    },
    "cs": {
        "kyiv": "Kyjev",
        "kharkiv": "Charkov",
        "odesa": "Oděsa",
        "zaporizhzhia": "Záporoží",
        "lviv": "Lvov",
        "donetsk": "Doněck",
        "chernivtsi": "Černovice",
        "rivne": "Rovno",
        "dnipro": "Dněpr",
        "mykolaiv": "Mykolajiv",
        "uzhhorod": "Užhorod",
    },
    "ro": {
        "kyiv": "Kiev",
        "kharkiv": "Harkov",
        "odesa": "Odesa",
        "dnipro": "Nipru",
        "zaporizhzhia": "Zaporojie",
        "lviv": "Liov",
        "mykolaiv": "Nikolaev",
        "kherson": "Herson",
        "chernihiv": "Cernigov",
        "zhytomyr": "Jitomir",
        "chernivtsi": "Cernăuți",
        "donetsk": "Donețk",
        "luhansk": "Lugansk",
        "uzhhorod": "Ujgorod",
    },
    "en_old": {
        "kyiv": "Kiev",
        "kharkiv": "Kharkov",
        "odesa": "Odessa",
        "dnipro": "Dnepropetrovsk",
        "zaporizhzhia": "Zaporozhye",
        "lviv": "Lvov",
        "mykolaiv": "Nikolaev",
        "chernihiv": "Chernigov",
        "rivne": "Rovno",
        "luhansk": "Lugansk",
    },
}


class City:
    __slots__ = ("key", "uk", "ru", "oblast", "old_uk", "old_ru", "group")

    def __init__(self, line: str) -> None:
        parts = line.split("|")
        self.key, self.uk, self.ru, self.oblast = parts[:4]
        self.old_uk = self.old_ru = ""
        if len(parts) > 5:
            self.old_uk, self.old_ru = parts[5].split("/")
        south = ("odesa", "mykolaiv", "kherson")
        west = (
            "lviv",
            "volyn",
            "rivne",
            "ternopil",
            "ivano",
            "zakarpattia",
            "chernivtsi",
            "khmelnytskyi",
            "vinnytsia",
        )
        self.group = "south" if self.oblast in south else "west" if self.oblast in west else "east"


CITIES: list[City] = []
CITY_BY_KEY: dict[str, City] = {}
CITY_CUM: list[float] = []
RUSSOPHONE = {
    "kharkiv": 0.6,
    "donetsk": 0.7,
    "luhansk": 0.7,
    "zaporizhzhia": 0.55,
    "dnipro": 0.5,
    "odesa": 0.6,
    "mykolaiv": 0.5,
    "kherson": 0.45,
    "kyiv": 0.3,
    "sumy": 0.3,
    "poltava": 0.2,
    "chernihiv": 0.2,
    "kirovohrad": 0.25,
}


def _load_cities() -> None:
    for line in CITY_DATA.strip().splitlines():
        c = City(line)
        CITIES.append(c)
        CITY_BY_KEY[c.key] = c
        CITY_CUM.append((CITY_CUM[-1] if CITY_CUM else 0.0) + float(line.split("|")[4]))


# ----------------------------------------------------------------------------------------------
# Transliteration.  Every system works on lower-case Cyrillic; the caller restores the case.
# Ukrainian sources: ua2010 (Cabinet resolution 55 of 2010, biometric passports), bgn (the older
# passport and English habit: ye/yi/y/yu/ya everywhere), pl, de, cs (also used in Slovakia), ro.
# Russian sources (a Russophone person saying her name, an old Soviet-era document): ru_en,
# ru_pl, ru_de, ru_cs, ru_ro.

_UK_VOW = frozenset("аеєиіїоуюя")
_RU_VOW = frozenset("аеёиоуыэюя")
_APOS = frozenset("'’ʼ`")
_WORD_START = frozenset(" -")

_UA10 = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia".split(),
        strict=True,
    )
)
_UA10["ь"] = ""
_UA10_INIT = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def _tr_ua2010(w: str) -> str:
    out = []
    prev = " "
    for c in w:
        if c in _APOS:
            prev = c
            continue
        if prev in _WORD_START and c in _UA10_INIT:
            out.append(_UA10_INIT[c])
        elif c == "г" and prev == "з":
            out.append("gh")
        else:
            out.append(_UA10.get(c, c))
        prev = c
    return "".join(out)


def _tr_bgn(w: str) -> str:
    out = []
    for c in w:
        if c in _APOS:
            continue
        out.append(_UA10_INIT.get(c) or _UA10.get(c, c))
    return "".join(out)


_PL = dict(
    zip(
        "абвгґдежзиіклмнопрстуфхцчшщ",
        "a b w h g d e ż z y i k ł m n o p r s t u f ch c cz sz szcz".split(),
        strict=True,
    )
)
_PL_SOFT = {"н": "ń", "с": "ś", "з": "ź", "ц": "ć"}
_IOT = {"є": "e", "ю": "u", "я": "a", "е": "e", "ё": "o"}


def _tr_pl(w: str) -> str:
    out: list[str] = []
    n = len(w)
    for i, c in enumerate(w):
        prev = w[i - 1] if i else " "
        nxt = w[i + 1] if i + 1 < n else " "
        if c in _APOS:
            continue
        if c == "л":
            out.append("l" if nxt in "ієюяїь" else "ł")
        elif c == "ь":
            if nxt == "о":
                out.append("" if prev == "л" else "i")
            elif prev in _PL_SOFT and out:
                out[-1] = _PL_SOFT[prev]
        elif c in "єюя":
            v = _IOT[c]
            if prev in _WORD_START or prev in _UK_VOW or prev in _APOS or prev == "ь":
                out.append("j" + v)
            elif prev == "л":
                out.append(v)
            else:
                out.append("i" + v)
        elif c == "ї":
            out.append("ji")
        elif c == "й":
            out.append("j")
        else:
            out.append(_PL.get(c, c))
    return "".join(out)


_DE = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщюя",
        "a b w h g d e je sch s y i ji j k l m n o p r s t u f ch z tsch sch schtsch ju ja".split(),
        strict=True,
    )
)
_CS = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщюя",
        "a b v h g d e je ž z y i ji j k l m n o p r s t u f ch c č š šč ju ja".split(),
        strict=True,
    )
)


def _tr_de_cs(w: str, table: dict[str, str], ss: bool) -> str:
    out = []
    n = len(w)
    for i, c in enumerate(w):
        if c in _APOS:
            continue
        nxt = w[i + 1] if i + 1 < n else " "
        if c == "ь":
            out.append("j" if nxt == "о" else "")
        elif ss and c == "с" and i and w[i - 1] in _UK_VOW and nxt in _UK_VOW:
            out.append("ss")
        else:
            out.append(table.get(c, c))
    return "".join(out)


_RO = dict(
    zip(
        "абвгґдежзиіїйлмнопрстуфхцшьєюя",
        "a b v h g d e j z î i i i l m n o p r s t u f h ț ș _ ie iu ia".split(),
        strict=True,
    )
)
_RO["ь"] = ""


def _tr_ro(w: str) -> str:
    out = []
    n = len(w)
    i = 0
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else " "
        if nxt in _APOS:
            nxt = w[i + 2] if i + 2 < n else " "
        i += 1
        if c in _APOS:
            continue
        if c == "к":
            if nxt == "с":
                out.append("x")
                i += 1
            else:
                out.append("ch" if nxt in "еиієюяї" else "c")
        elif c == "ч":
            out.append("c" if nxt in "еиієяюї" else "ci")
        elif c == "щ":
            out.append("șc" if nxt in "еиієяюї" else "șci")
        elif c == "і" and nxt in "яює":
            continue
        else:
            out.append(_RO.get(c, c))
    s = "".join(out)
    if s.endswith("chîi"):
        s = s[:-4] + "chi"
    return s


_RU_EN = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщыэюя",
        "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya".split(),
        strict=True,
    )
)


def _tr_ru_en(w: str) -> str:
    out = []
    prev = " "
    for c in w:
        if c in "ьъ":
            prev = c
            continue
        if c == "е":
            out.append("ye" if prev in _RU_VOW or prev in "ьъ" else "e")
        elif c == "ё":
            out.append("yo" if prev in _RU_VOW or prev in "ьъ " else "e")
        else:
            out.append(_RU_EN.get(c, c))
        prev = c
    return "".join(out)


_RU_PL = dict(
    zip(
        "абвгджзклмнопрстуфхцчшщыэй",
        "a b w g d ż z k ł m n o p r s t u f ch c cz sz szcz y e j".split(),
        strict=True,
    )
)


def _tr_ru_pl(w: str) -> str:
    out: list[str] = []
    n = len(w)
    for i, c in enumerate(w):
        prev = w[i - 1] if i else " "
        nxt = w[i + 1] if i + 1 < n else " "
        if c == "л":
            out.append("l" if nxt in "еёиьюя" else "ł")
        elif c in "еёюя":
            v = _IOT[c]
            if prev in _WORD_START or prev in _RU_VOW or prev in "ьъ":
                out.append("j" + v)
            elif prev == "л" or prev in "жшчщц":
                out.append(v)
            else:
                out.append("i" + v)
        elif c == "и":
            if prev in "жшц":
                out.append("y")
            elif prev in _RU_VOW or prev == "ь":
                out.append("ji")
            else:
                out.append("i")
        elif c == "ь":
            if prev in _PL_SOFT and nxt not in _RU_VOW and out:
                out[-1] = _PL_SOFT[prev]
        elif c == "ъ":
            continue
        else:
            out.append(_RU_PL.get(c, c))
    return "".join(out)


_RU_DE = dict(
    zip(
        "абвгджзийклмнопрстуфхцчшщыэюя",
        "a b w g d sch s i j k l m n o p r s t u f ch z tsch sch schtsch y e ju ja".split(),
        strict=True,
    )
)
_RU_CS = dict(
    zip(
        "абвгджзийклмнопрстуфхцчшщыэюя",
        "a b v g d ž z i j k l m n o p r s t u f ch c č š šč y e ju ja".split(),
        strict=True,
    )
)
_RU_DE_NAMES = {"александр": "alexander", "алексей": "alexej", "александра": "alexandra"}


def _tr_ru_de_cs(w: str, table: dict[str, str], ss: bool) -> str:
    if ss and w in _RU_DE_NAMES:
        return _RU_DE_NAMES[w]
    out = []
    n = len(w)
    for i, c in enumerate(w):
        prev = w[i - 1] if i else " "
        nxt = w[i + 1] if i + 1 < n else " "
        if c in "ьъ":
            out.append("j" if nxt == "о" else "")
        elif c == "е":
            out.append("je" if prev in _WORD_START or prev in _RU_VOW or prev in "ьъ" else "e")
        elif c == "ё":
            out.append("o" if prev in "жшчщ" else "jo")
        elif ss and c == "с" and prev in _RU_VOW and nxt in _RU_VOW:
            out.append("ss")
        else:
            out.append(table.get(c, c))
    return "".join(out)


_RU_RO = dict(
    zip(
        "абвдежзийлмнопрстуфхцшыэюяё",
        "a b v d e j z i i l m n o p r s t u f h ț ș î e iu ia io".split(),
        strict=True,
    )
)


def _tr_ru_ro(w: str) -> str:
    out = []
    n = len(w)
    i = 0
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else " "
        i += 1
        if c == "г":
            out.append("gh" if nxt in "еи" else "g")
        elif c == "к":
            if nxt == "с":
                out.append("x")
                i += 1
            else:
                out.append("ch" if nxt in "еи" else "c")
        elif c == "ч":
            out.append("c" if nxt in "еияюё" else "ci")
        elif c == "щ":
            out.append("șc" if nxt in "еияюё" else "șci")
        elif c == "и" and nxt in "яю":
            continue
        elif c in "ьъ":
            continue
        else:
            out.append(_RU_RO.get(c, c))
    s = "".join(out)
    if s.endswith("chii"):
        s = s[:-4] + "chi"
    return s


SYSTEMS = {
    "ua2010": _tr_ua2010,
    "bgn": _tr_bgn,
    "pl": _tr_pl,
    "de": lambda w: _tr_de_cs(w, _DE, True),
    "cs": lambda w: _tr_de_cs(w, _CS, False),
    "ro": _tr_ro,
    "ru_en": _tr_ru_en,
    "ru_pl": _tr_ru_pl,
    "ru_de": lambda w: _tr_ru_de_cs(w, _RU_DE, True),
    "ru_cs": lambda w: _tr_ru_de_cs(w, _RU_CS, False),
    "ru_ro": _tr_ru_ro,
}
_TR_CACHE: dict[tuple[str, str], str] = {}


def titlecase(s: str) -> str:
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -"
    return "".join(out)


def translit(s: str, system: str) -> str:
    key = (system, s)
    r = _TR_CACHE.get(key)
    if r is None:
        r = _TR_CACHE[key] = titlecase(SYSTEMS[system](s.lower()))
    return r


_STRIP_CACHE: dict[str, str] = {}
_EXTRA_STRIP = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"})


def strip_marks(s: str) -> str:
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = unicodedata.normalize("NFKD", s.translate(_EXTRA_STRIP))
        r = _STRIP_CACHE[s] = "".join(ch for ch in t if not unicodedata.combining(ch))
    return r


# ----------------------------------------------------------------------------------------------
# Countries, agencies, desks.

COUNTRY = {
    # code: desk language, phone country code, trunk prefix, ISO3, share who buy a local SIM
    "PL": ("pl", "48", "", "POL", 0.6),
    "MD": ("ro", "373", "0", "MDA", 0.3),
    "RO": ("ro", "40", "0", "ROU", 0.3),
    "SK": ("cs", "421", "0", "SVK", 0.4),
    "CZ": ("cs", "420", "", "CZE", 0.5),
    "DE": ("de", "49", "0", "DEU", 0.5),
}
UN_AGENCIES = ("UNHCR", "IOM", "BlueDot")

# Agencies: country, agency, kind of desk, weight among that country's registrations, the day it
# began registering Ukrainians (month-day 2022), household-reference scheme, share of records with
# a household reference, share of a family's members it records, the site label; then its sites.
AGENCY_TABLE = """
PL SG       border    10 02-24 group   0.5  0.97 {} SG
    Medyka, Korczowa, Dorohusk, Hrebenne, Zosin, Budomierz
PL PR       reception 10 02-24 shelter 0.6  0.95 {}
    Przemyśl Tesco, Nadarzyn PTAK, Kraków Dworzec Główny, Chełm PR, Lublin Targi
PL PESEL    legal     45 03-16 none    0.0  0.97 PESEL {}
    Warszawa, Kraków, Wrocław, Poznań, Gdańsk, Łódź, Katowice, Lublin, Rzeszów, Przemyśl,
    Chełm, Szczecin, Białystok, Bydgoszcz
PL UNHCR    cash      12 03-28 unhcr   0.9  0.98 UNHCR {}
    Warszawa, Kraków, Rzeszów, Lublin, Wrocław, Gdańsk
PL BlueDot  ngo        4 03-07 bd      0.3  0.9  Blue Dot {}
    Medyka, Przemyśl, Warszawa, Kraków
PL IOM      ngo        3 03-10 iom     0.8  0.9  IOM {}
    Warszawa, Rzeszów
PL PCK      ngo        5 02-26 rc      0.7  0.9  PCK {}
    Lublin, Chełm, Przemyśl, Rzeszów
PL Shelter  shelter    5 02-27 shelter 0.8  0.95 {}
    Schronisko Wrocław, Hala EXPO Kraków, Schronisko Łódź, Torwar Warszawa
MD PF       border    30 02-24 group   0.4  0.97 PF {}
    Palanca, Otaci, Giurgiulești, Tudora, Criva, Ocnița
MD MoldExpo reception 12 02-26 me      0.8  0.95 Chișinău {}
    MoldExpo
MD CTP      shelter   12 02-27 shelter 0.7  0.95 CTP {}
    Chișinău, Bălți, Căușeni, Ștefan Vodă
MD UNHCR    cash      22 03-21 unhcr   0.9  0.98 UNHCR {}
    Chișinău, Bălți
MD CRM      ngo       12 02-26 rc      0.6  0.9  CRM {}
    Chișinău, Bălți, Ungheni
MD IOM      ngo        6 03-05 iom     0.8  0.9  IOM {}
    Chișinău
RO PF       border    22 02-24 group   0.3  0.97 PF {}
    Siret, Isaccea, Sighetu Marmației, Halmeu
RO IGI      legal     38 03-18 none    0.0  0.97 IGI {}
    București, Suceava, Galați, Iași, Constanța, Brașov, Cluj-Napoca
RO UNHCR    cash      15 04-04 unhcr   0.9  0.98 UNHCR {}
    București, Iași, Suceava
RO CRR      ngo       12 02-26 rc      0.6  0.9  CRR {}
    Suceava, Galați, Siret
RO Shelter  shelter    8 03-01 shelter 0.7  0.95 {}
    Romexpo București, Sala Polivalentă Iași
SK Border   border    22 02-24 group   0.3  0.97 {}
    Vyšné Nemecké, Ubľa, Veľké Slemence
SK UHCP     legal     45 03-01 none    0.0  0.97 ÚHCP {}
    Bratislava, Košice, Michalovce, Humenné, Prešov
SK UNHCR    cash      15 04-04 unhcr   0.9  0.98 UNHCR {}
    Bratislava, Michalovce
SK SCK      ngo       10 02-27 rc      0.6  0.9  SČK {}
    Košice, Bratislava
SK TTN      shelter    8 03-01 shelter 0.7  0.95 TTN {}
    Humenné, Michalovce
CZ KACPU    legal     50 03-01 none    0.05 0.97 KACPU {}
    Praha, Brno, Ostrava, Plzeň, Liberec, Olomouc, Hradec Králové, Zlín, České Budějovice,
    Karlovy Vary
CZ OAMP     legal     10 03-01 none    0.0  0.97 OAMP {}
    Praha 3, Praha 4, Brno
CZ UP       benefit   20 03-10 up      0.6  0.95 ÚP {}
    Praha, Brno, Ostrava, Plzeň
CZ CCK      ngo       10 02-28 rc      0.6  0.9  ČČK {}
    Praha, Brno
CZ Shelter  shelter   10 03-05 shelter 0.7  0.95 Ubytování {}
    Praha Vysočany, Brno Výstaviště
DE Arrival  arrival   12 02-28 group   0.3  0.95 {}
    Berlin Hbf, Berlin-Tegel, Hannover Messe, Cottbus
DE ABH      legal     42 03-04 none    0.02 0.97 ABH {}
    Berlin LEA, München KVR, Hamburg, Köln, Frankfurt am Main, Dresden, Leipzig, Hannover,
    Stuttgart, Düsseldorf
DE JC       benefit   22 06-01 bg      0.9  0.98 Jobcenter {}
    Berlin Mitte, München, Hamburg, Leipzig, Köln, Dresden
DE DRK      ngo       10 02-28 rc      0.6  0.9  DRK {}
    Berlin, Dresden, Frankfurt
DE NU       shelter    8 03-01 shelter 0.7  0.95 Notunterkunft {}
    Berlin Messe, München Riem
"""


def agency_rows() -> list[tuple[list[str], str, list[str]]]:
    rows: list[tuple[list[str], str, list[str]]] = []
    for line in AGENCY_TABLE.strip("\n").splitlines():
        if line.startswith(" "):
            rows[-1][2].extend(x.strip() for x in line.split(",") if x.strip())
        else:
            f = line.split()
            rows.append((f[:8], " ".join(f[8:]), []))
    return rows


# routes by region of origin: countries in the order they registered there
ROUTES_TABLE = """
east:  PL 45, PL>DE 8, PL>CZ 3, CZ 9, DE 10, SK 4, SK>CZ 2, MD 3, RO 4, MD>RO 1, PL>CZ>DE 0.5,
       RO>DE 1, SK>DE 1
south: MD 20, MD>RO 7, MD>DE 2, RO 14, RO>DE 2.5, PL 25, PL>DE 4, CZ 5, DE 5, SK 3,
       MD>RO>DE 0.5, RO>CZ 1
west:  PL 50, PL>DE 7, PL>CZ 2.5, SK 7, SK>CZ 2, CZ 8, DE 9, RO 3, MD 1, RO>DE 1, SK>DE 1
"""
ROUTES: dict[str, tuple[tuple[tuple[str, ...], float], ...]] = {}


def _load_routes() -> None:
    text = ROUTES_TABLE.replace("\n       ", " ")
    for line in text.strip().splitlines():
        group, items = line.split(":")
        pairs = []
        for item in items.split(","):
            route, w = item.split()
            pairs.append((tuple(route.split(">")), float(w)))
        ROUTES[group] = tuple(pairs)


class Clerk:
    __slots__ = (
        "cid script lat rulat passport spoken patr dimin upper strip polonise swap typo us "
        "dob_typo kids_year sex_missing phone_rate phone_intl origin_rate origin_mode exonym "
        "old_latin fix_ii yo homoglyph apos ova kid_mom"
    ).split()


class Desk:
    __slots__ = (
        "name country agency kind lang opens scheme hh_rate cover clerks ccum un counter "
        "office iso3"
    ).split()


def wpick(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    u = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        u -= w
        if u < 0:
            return v
    return pairs[-1][0]


LAT_MIX = {
    "pl": (("pl", 0.55), ("ua2010", 0.35), ("bgn", 0.10)),
    "de": (("de", 0.45), ("ua2010", 0.40), ("bgn", 0.15)),
    "cs": (("cs", 0.6), ("ua2010", 0.35), ("bgn", 0.05)),
    "ro": (("ro", 0.3), ("ua2010", 0.35), ("bgn", 0.35)),
    "en": (("ua2010", 0.6), ("bgn", 0.4)),
}
RU_SYS = {"pl": "ru_pl", "de": "ru_de", "cs": "ru_cs", "ro": "ru_ro", "en": "ru_en"}
PASSPORT_COPY = {
    "legal": (0.88, 1.0),
    "benefit": (0.85, 1.0),
    "border": (0.8, 1.0),
    "cash": (0.6, 0.9),
    "reception": (0.4, 0.8),
    "arrival": (0.5, 0.9),
    "ngo": (0.3, 0.7),
    "shelter": (0.2, 0.5),
}
INFORMAL = frozenset(("reception", "ngo", "shelter", "arrival"))


def make_clerk(rng: random.Random, desk: Desk, cid: str) -> Clerk:
    c, k, lang, un = desk.country, desk.kind, desk.lang, desk.un
    informal = k in INFORMAL
    cl = Clerk()
    cl.cid = cid
    if k in ("legal", "benefit"):
        mix = (1.0, 0.0, 0.0)
    elif k == "border":
        mix = (0.8, 0.0, 0.2) if c == "MD" else (0.95, 0.05, 0.0)
    elif un:
        mix = (0.75, 0.05, 0.2) if c == "MD" else (0.85, 0.1, 0.05)
    elif c == "MD":
        mix = (0.3, 0.15, 0.55)
    elif c == "RO":
        mix = (0.8, 0.1, 0.1)
    else:
        mix = (0.55, 0.35, 0.10)  # volunteers at reception points, shelters, Red Cross
    cl.script = wpick(rng, (("lat", mix[0]), ("uk", mix[1]), ("ru", mix[2])))
    cl.lat = wpick(rng, LAT_MIX[lang])
    cl.rulat = RU_SYS[lang]
    lo, hi = PASSPORT_COPY[k]
    cl.passport = rng.uniform(lo, hi)
    if k in ("legal", "benefit", "border"):
        sp = rng.uniform(0.0, 0.08)
    elif k == "cash":
        sp = rng.uniform(0.05, 0.3)
    else:
        sp = rng.uniform(0.2, 0.6)
    cl.spoken = min(0.9, sp + (0.2 if c in ("MD", "RO") else 0.0))
    if cl.script != "lat":
        pm: tuple[tuple[str, float], ...] = (("keep", 0.85), ("drop", 0.12), ("given", 0.03))
    elif c == "PL" and k == "legal":
        pm = (("father", 0.65), ("drop", 0.35))  # the PESEL form asks for the father's name
    elif c == "DE" and k in ("legal", "benefit"):
        pm = (("drop", 0.7), ("given", 0.2), ("keep", 0.1))
    elif c in ("CZ", "SK") and k in ("legal", "benefit"):
        pm = (("drop", 0.85), ("keep", 0.1), ("given", 0.05))
    elif c == "RO" and k == "legal":
        pm = (("drop", 0.8), ("keep", 0.15), ("given", 0.05))
    elif c in ("MD", "RO"):
        pm = (("keep", 0.55), ("drop", 0.4), ("given", 0.05))
    elif un:
        pm = (("keep", 0.45), ("drop", 0.5), ("given", 0.05))
    else:
        pm = (("drop", 0.55), ("keep", 0.35), ("given", 0.05), ("father", 0.05))
    cl.patr = wpick(rng, pm)
    cl.dimin = rng.uniform(0, 0.08) if informal else rng.uniform(0, 0.01) if k == "cash" else 0.0
    cl.upper = rng.random() < {"border": 0.5, "legal": 0.25, "benefit": 0.2}.get(k, 0.1)
    cl.strip = rng.random() < 0.3
    cl.polonise = lang == "pl" and rng.random() < 0.35
    if k == "border" and c in ("MD", "RO"):
        cl.swap = rng.uniform(0, 0.04)  # copying from a Ukrainian ID, surname first
    elif c == "DE" and k == "legal":
        cl.swap = rng.uniform(0, 0.02)
    else:
        cl.swap = rng.uniform(0, 0.01)
    cl.typo = rng.uniform(0.005, 0.04) if informal else rng.uniform(0.003, 0.02)
    cl.us = rng.random() < (0.15 if un else 0.1 if k == "arrival" else 0.03)
    cl.dob_typo = rng.uniform(0.002, 0.012)
    cl.kids_year = rng.uniform(0.05, 0.25) if informal else rng.uniform(0.0, 0.03)
    if k in ("legal", "benefit"):
        cl.sex_missing = 0.0
    elif k == "border":
        cl.sex_missing = rng.uniform(0, 0.05)
    else:
        cl.sex_missing = rng.uniform(0, 0.3)
    cl.phone_rate = {
        "legal": rng.uniform(0.5, 0.9),
        "cash": rng.uniform(0.9, 1.0),
        "border": rng.uniform(0.3, 0.7),
        "benefit": rng.uniform(0.7, 0.95),
    }.get(k, rng.uniform(0.6, 0.9))
    cl.phone_intl = rng.random() < 0.55
    cl.origin_rate = {
        "legal": rng.uniform(0.2, 0.6),
        "cash": rng.uniform(0.8, 1.0),
        "border": rng.uniform(0.6, 0.9),
        "benefit": rng.uniform(0.1, 0.4),
    }.get(k, rng.uniform(0.6, 0.95))
    cl.origin_mode = wpick(rng, (("city", 0.7), ("oblast", 0.15), ("both", 0.15)))
    cl.exonym = lang != "en" and rng.random() < 0.6
    cl.old_latin = rng.random() < (0.15 if lang == "en" else 0.05)
    cl.fix_ii = rng.random() < (0.2 if lang == "en" else 0.05)
    cl.yo = rng.random() < 0.3
    cl.homoglyph = rng.random() < 0.1
    cl.apos = wpick(rng, (("'", 0.5), ("’", 0.25), ("ʼ", 0.1), ("", 0.15)))
    cl.ova = c in ("CZ", "SK") and k != "legal" and rng.random() < 0.3
    cl.kid_mom = 0.3 if informal else 0.05
    return cl


def build_desks(rng: random.Random) -> dict[str, list[tuple[Desk, float]]]:
    by_country: dict[str, list[tuple[Desk, float]]] = {}
    for (c, ag, kind, w, opens, scheme, rate, cover), label, site_list in agency_rows():
        om, od = (int(x) for x in opens.split("-"))
        for s in site_list:
            dk = Desk()
            dk.name = label.format(s)
            dk.country, dk.agency, dk.kind = c, ag, kind
            dk.un = ag in UN_AGENCIES
            dk.lang = "en" if dk.un else COUNTRY[c][0]
            dk.iso3 = COUNTRY[c][3]
            dk.opens = d(2022, om, od)
            dk.scheme, dk.hh_rate, dk.cover = scheme, float(rate), float(cover)
            dk.counter = rng.randrange(100, 5000)
            dk.office = f"{rng.randrange(10000, 99999)}"
            n = rng.randint(2, 6)
            dk.clerks = [make_clerk(rng, dk, f"{dk.name}#{i + 1}") for i in range(n)]
            cum: list[float] = []
            for _ in dk.clerks:
                cum.append((cum[-1] if cum else 0.0) + rng.uniform(0.3, 2.0))
            dk.ccum = cum
            weight = float(w) * rng.uniform(0.5, 1.5) / len(site_list)
            by_country.setdefault(c, []).append((dk, weight))
    return by_country


# ----------------------------------------------------------------------------------------------
# People and households.


class Person:
    __slots__ = (
        "pid hh sex dob gi g2 sn maiden pass_maiden father_gi russo passport phone sims kid "
        "mother escort old_names idp traps nrec head"
    ).split()

    def __init__(self, pid: int, sex: str, dob: int, gi: int, sn: Surname, father_gi: int):
        self.pid, self.sex, self.dob, self.gi, self.sn, self.father_gi = (
            pid,
            sex,
            dob,
            gi,
            sn,
            father_gi,
        )
        self.g2 = -1
        self.maiden: Surname | None = None
        self.pass_maiden = False
        self.passport: tuple[str, str] | None = None
        self.phone: tuple[str, str] | None = None
        self.sims: dict[str, tuple[str, str] | None] = {}
        self.mother: Person | None = None
        self.escort = False
        self.old_names = False
        self.idp: City | None = None
        self.traps: list[str] | None = None
        self.nrec = 0
        self.head: Person = self
        self.russo = False
        self.kid = False
        self.hh: Household

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = []
        if t not in self.traps:
            self.traps.append(t)

    def given(self, script: str) -> str:
        g = GIVEN[self.gi]
        s = g.uk if script == "uk" else g.ru
        if self.g2 >= 0:
            g2 = GIVEN[self.g2]
            s += "-" + (g2.uk if script == "uk" else g2.ru)
        return s

    def patronymic(self, script: str) -> str:
        g = GIVEN[self.father_gi]
        pair = g.pat_uk if script == "uk" else g.pat_ru
        return pair[0] if self.sex == "M" else pair[1]

    def father(self, script: str) -> str:
        g = GIVEN[self.father_gi]
        return g.uk if script == "uk" else g.ru


class Household:
    __slots__ = ("hid", "kind", "city", "members", "refs")

    def __init__(self, hid: int, kind: str, city: City) -> None:
        self.hid, self.kind, self.city = hid, kind, city
        self.members: list[Person] = []
        self.refs: dict[str, str] = {}


HH_KINDS = (
    ("mother_kids", 30),
    ("mother_kids_grandma", 11),
    ("woman_alone", 15),
    ("elderly_woman", 6),
    ("elderly_couple", 6),
    ("large_family", 4),
    ("grandma_kids", 4),
    ("sisters_kids", 4),
    ("young_women", 6),
    ("man_exempt", 4),
    ("daughter_mother", 6),
    ("mother_teens", 4),
)
REF_DAY = d(2022, 3, 1)
UA_OPS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")


def ua_phone(rng: random.Random) -> tuple[str, str]:
    return ("380", rng.choice(UA_OPS) + f"{rng.randrange(10**7):07d}")


def local_phone(rng: random.Random, c: str) -> tuple[str, str]:
    cc = COUNTRY[c][1]
    if c == "PL":
        nsn = rng.choice("5678") + f"{rng.randrange(10**8):08d}"
    elif c == "MD":
        nsn = rng.choice("67") + f"{rng.randrange(10**7):07d}"
    elif c == "RO":
        nsn = "7" + f"{rng.randrange(10**8):08d}"
    elif c == "SK":
        nsn = "9" + f"{rng.randrange(10**8):08d}"
    elif c == "CZ":
        nsn = rng.choice("67") + f"{rng.randrange(10**8):08d}"
    else:
        nsn = "1" + rng.choice("567") + f"{rng.randrange(10**9):09d}"
    return (cc, nsn)


class World:
    """Builds households of people who fled, with names, documents and phones."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = SurnamePool(rng)
        self.persons: list[Person] = []
        self.households: list[Household] = []
        self.adult_women: list[Person] = []
        self.kind_cum: list[float] = []
        for _, w in HH_KINDS:
            self.kind_cum.append((self.kind_cum[-1] if self.kind_cum else 0.0) + w)

    # -- people --------------------------------------------------------------------------------
    def dob(self, age: float) -> int:
        return REF_DAY - int((age + self.rng.random()) * 365.2425)

    def person(
        self,
        hh: Household,
        sex: str,
        age: float,
        sn: Surname,
        father_gi: int = -1,
        gi: int = -1,
        dob: int = 0,
    ) -> Person:
        rng = self.rng
        if not dob:
            dob = self.dob(age)
        year = dt.date.fromordinal(dob).year
        if gi < 0:
            gi = draw_given(rng, sex, year)
        if father_gi < 0:
            father_gi = draw_given(rng, "M", year - 28)
        p = Person(len(self.persons) + 1, sex, dob, gi, sn, father_gi)
        p.hh = hh
        p.kid = age < 18
        if year >= 2008 and sex == "F" and rng.random() < 0.006:
            p.g2 = draw_given(rng, "F", year)  # Анна-Марія
            if p.g2 == gi:
                p.g2 = -1
        hh.members.append(p)
        self.persons.append(p)
        return p

    def finish(self, hh: Household, russo_p: float) -> None:
        """Documents, phones, language and the old names of towns, per member."""
        rng = self.rng
        russo = rng.random() < russo_p
        head = hh.members[0]
        city = hh.city
        for p in hh.members:
            p.head = head
            p.russo = russo if rng.random() < 0.9 else not russo
            age = (REF_DAY - p.dob) / 365.2425
            if age >= 16 or (age >= 14 and rng.random() < 0.5):
                p.phone = ua_phone(rng)
            has_pass = 0.6 if 18 <= age < 70 else 0.3 if age >= 70 else 0.45 if age >= 5 else 0.3
            if rng.random() < has_pass:
                p.passport = self.passport(p, age)
            p.old_names = age >= 45 and rng.random() < 0.35
            if city.key in IDP_HOSTS and age >= 10 and rng.random() < 0.06:
                p.idp = CITY_BY_KEY[rng.choice(("donetsk", "luhansk", "donetsk"))]
                p.trap("idp_since_2014")

    def passport(self, p: Person, age: float) -> tuple[str, str]:
        """The Latin spelling in the person's biometric passport."""
        rng = self.rng
        sn = p.maiden if p.pass_maiden and p.maiden else p.sn
        g_uk, f_uk = p.given("uk"), sn.uk(p.sex)
        if rng.random() < (0.9 if age < 18 else 0.7):
            return translit(g_uk, "ua2010"), translit(f_uk, "ua2010")
        # an older passport, or a spelling kept from one: Russian-based or the pre-2010 system
        if rng.random() < 0.35:
            g = translit(p.given("ru"), "ru_en")
        else:
            g = translit(g_uk, "bgn")
        if rng.random() < 0.5:
            g = g.replace("iya", "ia").replace("iy", "ii" if rng.random() < 0.3 else "iy")
        if rng.random() < 0.15:
            g = g.replace("ks", "x")
        f = translit(f_uk, "bgn") if rng.random() < 0.75 else translit(sn.ru(p.sex), "ru_en")
        if f.endswith("yy"):
            f = f[:-2] + rng.choice(("yi", "iy", "y", "yy"))
        p.trap("legacy_passport_spelling")
        return g, f

    def married(self, p: Person, own: Surname, pass_rate: float = 0.07) -> None:
        """p carries her husband's surname; own is her maiden name."""
        if own is not p.sn:
            p.maiden = own
            if self.rng.random() < pass_rate:
                p.pass_maiden = True
                p.trap("passport_in_maiden_name")

    def namesake(self, p: Person) -> None:
        """Now and then a woman has the same name and birth year as another, unrelated one."""
        rng = self.rng
        if self.adult_women and rng.random() < 0.006:
            o = self.adult_women[rng.randrange(len(self.adult_women))]
            y = dt.date.fromordinal(o.dob).year
            if o.hh is not p.hh and abs(y - dt.date.fromordinal(p.dob).year) <= 8:
                p.gi, p.sn = o.gi, o.sn
                p.dob = d(y, 1, 1) + rng.randrange(365)
                p.trap("namesake_same_year")
                o.trap("namesake_same_year")
        self.adult_women.append(p)

    # -- households ----------------------------------------------------------------------------
    def household(self) -> Household:
        rng = self.rng
        kind = HH_KINDS[bisect.bisect_right(self.kind_cum, rng.random() * self.kind_cum[-1])][0]
        city = CITIES[bisect.bisect_right(CITY_CUM, rng.random() * CITY_CUM[-1])]
        hh = Household(len(self.households) + 1, kind, city)
        self.households.append(hh)
        getattr(self, "hh_" + kind)(hh)
        self.finish(hh, RUSSOPHONE.get(city.oblast, 0.05))
        return hh

    def kids(self, hh: Household, mother: Person, n: int, sn: Surname, father_gi: int) -> None:
        rng = self.rng
        m_age = (REF_DAY - mother.dob) / 365.2425
        first: Person | None = None
        for k in range(n):
            ksn, kfa = sn, father_gi
            if k and rng.random() < 0.06:  # a half-sibling from an earlier marriage
                ksn, kfa = self.pool.draw(), draw_given(rng, "M", 1975)
            sex = "M" if rng.random() < 0.51 else "F"
            if first is not None and k == 1 and rng.random() < 0.03:
                kid = self.person(hh, sex, 0, first.sn, first.father_gi, dob=first.dob)
                kid.trap("twin")
                first.trap("twin")
            else:
                age = rng.uniform(0, max(0.5, min(17.9, m_age - 19)))
                gi = -1
                if sex == "F" and rng.random() < 0.01:
                    gi = mother.gi
                kid = self.person(hh, sex, age, ksn, kfa, gi=gi)
                if gi >= 0:
                    kid.trap("mother_daughter_same_name")
                    mother.trap("mother_daughter_same_name")
            kid.mother = mother
            if mother.sn is not kid.sn:
                kid.trap("surname_differs_from_mother")
            first = first or kid

    def mother(self, hh: Household, age: float) -> tuple[Person, Surname, int]:
        """A married mother: returns her, her husband's surname and her husband's name."""
        rng = self.rng
        husband_sn, own = self.pool.draw(), self.pool.draw()
        year = REF_YEAR - int(age)
        husband = draw_given(rng, "M", year - 2)
        keeps = rng.random() < 0.12
        m = self.person(hh, "F", age, own if keeps else husband_sn)
        if not keeps:
            self.married(m, own)
        self.namesake(m)
        return m, husband_sn, husband

    def hh_mother_kids(self, hh: Household, grandma: bool = False) -> None:
        rng = self.rng
        age = rng.triangular(21, 48, 34)
        m, sn, husband = self.mother(hh, age)
        n = 1 if rng.random() < 0.5 else 2 if rng.random() < 0.74 else 3
        self.kids(hh, m, n, sn, husband)
        if grandma:
            g_age = min(92, age + rng.uniform(19, 32))
            if rng.random() < 0.6:  # her own mother: her maiden name is the grandmother's
                g = self.person(hh, "F", g_age, m.maiden or m.sn)
                g.trap("grandmother_maternal")
            else:
                g = self.person(hh, "F", g_age, sn)
                g.trap("grandmother_paternal")
            self.married(g, self.pool.draw(), 0.02)

    def hh_mother_kids_grandma(self, hh: Household) -> None:
        self.hh_mother_kids(hh, grandma=True)

    def hh_woman_alone(self, hh: Household) -> None:
        rng = self.rng
        age = rng.triangular(18, 65, 33)
        if age > 23 and rng.random() < 0.6:
            self.mother(hh, age)
        else:
            self.namesake(self.person(hh, "F", age, self.pool.draw()))

    def hh_elderly_woman(self, hh: Household) -> None:
        rng = self.rng
        w = self.person(hh, "F", rng.triangular(60, 92, 70), self.pool.draw())
        self.married(w, self.pool.draw(), 0.02)
        if rng.random() < 0.25:
            if rng.random() < 0.5 and w.maiden:  # her sister
                s = self.person(hh, "F", rng.triangular(58, 92, 70), self.pool.draw(), w.father_gi)
                self.married(s, w.maiden, 0.02)
            else:
                self.person(hh, "F", rng.triangular(58, 92, 70), self.pool.draw())

    def hh_elderly_couple(self, hh: Household) -> None:
        rng = self.rng
        sn = self.pool.draw()
        a = rng.triangular(60, 88, 67)
        h = self.person(hh, "M", a, sn)
        w = self.person(hh, "F", max(55.0, a - rng.uniform(-2, 6)), sn)
        self.married(w, self.pool.draw(), 0.02)
        if rng.random() < 0.1:  # an adult son with a disability travels with them
            gi = h.father_gi if rng.random() < 0.35 else -1
            s = self.person(hh, "M", rng.uniform(22, min(50, a - 20)), sn, h.gi, gi=gi)
            s.mother = w
            if gi >= 0:
                s.trap("named_after_grandfather")
                h.trap("named_after_grandfather")

    def hh_large_family(self, hh: Household) -> None:
        """Fathers of three or more children could leave."""
        rng = self.rng
        fa_age = rng.uniform(28, 55)
        sn, own = self.pool.draw(), self.pool.draw()
        f = self.person(hh, "M", fa_age, sn)
        m = self.person(hh, "F", max(22.0, fa_age - rng.uniform(-2, 7)), sn)
        self.married(m, own)
        n = rng.choice((3, 3, 3, 4, 4, 5))
        self.kids(hh, m, n, sn, f.gi)
        sons = [p for p in hh.members[2:] if p.sex == "M" and p.sn is sn]
        if sons and rng.random() < 0.3:  # a son named after his grandfather
            s = sons[0]
            s.gi = f.father_gi
            s.trap("named_after_grandfather")
            f.trap("named_after_grandfather")

    def hh_grandma_kids(self, hh: Household) -> None:
        rng = self.rng
        age = rng.triangular(45, 76, 58)
        g = self.person(hh, "F", age, self.pool.draw())
        self.married(g, self.pool.draw(), 0.02)
        sn = g.sn if rng.random() < 0.6 else self.pool.draw()
        fa = draw_given(rng, "M", REF_YEAR - int(age) + 24)
        for _ in range(1 if rng.random() < 0.6 else 2):
            k = self.person(hh, rng.choice("MF"), rng.uniform(2, min(17.9, age - 38)), sn, fa)
            k.escort = True
            k.trap("escorted_by_grandmother")

    def hh_sisters_kids(self, hh: Household) -> None:
        rng = self.rng
        maiden = self.pool.draw()
        pat = draw_given(rng, "M", 1955)
        for _ in range(2):
            age = rng.uniform(24, 45)
            husband_sn = self.pool.draw()
            m = self.person(hh, "F", age, husband_sn, pat)
            self.married(m, maiden)
            m.trap("sisters_in_household")
            self.kids(
                hh,
                m,
                1 if rng.random() < 0.6 else 2,
                husband_sn,
                draw_given(rng, "M", REF_YEAR - int(age) - 2),
            )

    def hh_young_women(self, hh: Household) -> None:
        rng = self.rng
        sn = self.pool.draw()
        p = self.person(hh, "F", rng.uniform(18, 27), sn)
        self.namesake(p)
        if rng.random() < 0.4:
            if rng.random() < 0.5:
                self.person(hh, "F", rng.uniform(18, 27), sn, p.father_gi).trap("sisters")
            else:
                self.person(hh, "F", rng.uniform(18, 27), self.pool.draw())

    def hh_man_exempt(self, hh: Household) -> None:
        rng = self.rng
        sn = self.pool.draw()
        a = rng.uniform(18, 60) if rng.random() < 0.6 else rng.triangular(60, 85, 64)
        m = self.person(hh, "M", a, sn)
        if rng.random() < 0.5 and a < 65:
            mo = self.person(hh, "F", min(92, a + rng.uniform(20, 35)), sn)
            self.married(mo, self.pool.draw(), 0.02)
            m.mother = mo

    def hh_daughter_mother(self, hh: Household) -> None:
        rng = self.rng
        a = rng.uniform(30, 62)
        msn = self.pool.draw()
        if rng.random() < 0.7:
            dau = self.person(hh, "F", a, self.pool.draw())
            self.married(dau, msn)
        else:
            dau = self.person(hh, "F", a, msn)
        self.namesake(dau)
        gi = dau.gi if rng.random() < 0.025 else -1
        mo = self.person(hh, "F", min(95, a + rng.uniform(19, 36)), msn, gi=gi)
        self.married(mo, self.pool.draw(), 0.02)
        if gi >= 0:
            mo.trap("mother_daughter_same_name")
            dau.trap("mother_daughter_same_name")
        # the older woman is the head of the household at most desks
        hh.members.remove(mo)
        hh.members.insert(0, mo)

    def hh_mother_teens(self, hh: Household) -> None:
        rng = self.rng
        age = rng.uniform(38, 58)
        m, sn, husband = self.mother(hh, age)
        if rng.random() < 0.75:
            gi = m.gi if rng.random() < 0.01 else -1
            dau = self.person(hh, "F", rng.uniform(18, min(28, age - 18)), sn, husband, gi=gi)
            dau.mother = m
            if gi >= 0:
                dau.trap("mother_daughter_same_name")
                m.trap("mother_daughter_same_name")
        if len(hh.members) == 1 or rng.random() < 0.4:
            son = self.person(hh, "M", rng.uniform(14, 17.99), sn, husband)
            son.mother = m
            son.kid = True

    def tag_namesakes(self) -> None:
        """Mark every pair of unrelated people with the same name and birth year."""
        groups: dict[tuple[int, str, int], list[Person]] = {}
        for p in self.persons:
            key = (p.gi, p.sn.uk_m, dt.date.fromordinal(p.dob).year)
            groups.setdefault(key, []).append(p)
        for g in groups.values():
            if len(g) > 1 and len({p.hh.hid for p in g}) > 1:
                for p in g:
                    p.trap("namesake_same_year")


IDP_HOSTS = frozenset(
    "kyiv kharkiv dnipro zaporizhzhia kramatorsk sloviansk mariupol irpin bucha".split()
)


# ----------------------------------------------------------------------------------------------
# Journeys and registrations.

P_EXTRA = 0.07  # a second registration in the first country (a third: 25 % of those)
P_ONWARD_REGISTERED = 0.75
P_SAME_DESK_AGAIN = 0.02
FLIGHT_CUM: list[float] = []


def _load_flight() -> None:
    import math

    for k in range(LAST_FLIGHT - START + 1):
        w = 0.3 + 0.07 * k if k < 10 else math.exp(-(k - 10) / 12) + 0.06
        FLIGHT_CUM.append((FLIGHT_CUM[-1] if FLIGHT_CUM else 0.0) + w)


class Event:
    __slots__ = ("desk", "clerk", "day", "minute", "members", "ref", "again")


LAT_NEIGHBOURS = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхї", "фівапролджє", "ячсмитьбю"):
    for _i, _ch in enumerate(_row):
        LAT_NEIGHBOURS[_ch] = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
CYR_CONFUSE = {"и": "і", "і": "и", "е": "є", "є": "е", "ї": "і", "г": "ґ"}


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    ch = s[i]
    if not ch.isalpha():
        return s
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.45:
        return s[:i] + ch + s[i:]
    if op < 0.7 and s[i - 1].isalpha():
        return s[: i - 1] + ch + s[i - 1] + s[i + 1 :]
    low = ch.lower()
    alt = CYR_CONFUSE.get(low) if rng.random() < 0.5 else None
    if alt is None:
        nb = LAT_NEIGHBOURS.get(low)
        if not nb:
            return s[:i] + s[i + 1 :]
        alt = rng.choice(nb)
    return s[:i] + (alt.upper() if ch.isupper() else alt) + s[i + 1 :]


POLONISE = (
    ("śkyj", "ski"),
    ("śka", "ska"),
    ("ćkyj", "cki"),
    ("ćka", "cka"),
    ("skij", "ski"),
    ("skaja", "ska"),
    ("ckij", "cki"),
    ("ckaja", "cka"),
    ("zkyj", "zki"),
)
COUNTRY_ONLY = {
    "uk": "Україна",
    "ru": "Украина",
    "pl": "Ukraina",
    "de": "Ukraine",
    "cs": "Ukrajina",
    "ro": "Ucraina",
    "en": "Ukraine",
}
HOURS_24 = [1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 4, 3, 2, 2]
HOURS_CUM = [sum(HOURS_24[: i + 1]) for i in range(24)]


class Registry:
    def __init__(
        self, rng: random.Random, world: World, desks: dict[str, list[tuple[Desk, float]]]
    ) -> None:
        self.rng = rng
        self.world = world
        self.desks: dict[tuple[str, bool], tuple[list[Desk], list[float]]] = {}
        for c, lst in desks.items():
            for first in (True, False):
                ds, cum = [], []
                for dk, w in lst:
                    if first or dk.kind not in ("border", "arrival"):
                        ds.append(dk)
                        cum.append((cum[-1] if cum else 0.0) + w)
                self.desks[(c, first)] = (ds, cum)
        self.counters: dict[str, int] = {}
        self.rows: list[tuple[str, ...]] = []
        self.owner: list[Person] = []
        self.why: list[tuple[str, str, str]] = []

    # -- journeys ------------------------------------------------------------------------------
    def pick_desk(self, c: str, first: bool) -> Desk:
        ds, cum = self.desks[(c, first)]
        return ds[bisect.bisect_right(cum, self.rng.random() * cum[-1])]

    def desk_day(self, dk: Desk, arrival: int) -> int:
        rng = self.rng
        k = dk.kind
        if k in ("border", "arrival"):
            day = arrival
        elif k == "reception":
            day = arrival + rng.randint(0, 2)
        elif k == "shelter":
            day = arrival + rng.randint(0, 5)
        elif k == "legal":
            day = max(arrival + rng.randint(0, 3), dk.opens) + int(rng.expovariate(0.1))
        elif k == "cash":
            day = max(arrival + 7, dk.opens) + int(rng.expovariate(0.05))
        elif k == "ngo":
            day = max(arrival, dk.opens) + int(rng.expovariate(0.125))
        else:
            day = max(arrival + 14, dk.opens) + int(rng.expovariate(0.04))
        day = min(max(day, dk.opens), END)
        if k in ("legal", "benefit", "cash") and (day - 1) % 7 == 6:  # closed on Sundays
            day = min(day + 1, END)
        return day

    def event(self, dk: Desk, day: int, present: list[Person], hh: Household) -> Event:
        rng = self.rng
        ev = Event()
        ev.desk, ev.day, ev.again = dk, day, False
        ev.clerk = dk.clerks[bisect.bisect_right(dk.ccum, rng.random() * dk.ccum[-1])]
        if dk.kind in ("border", "arrival"):
            hour = bisect.bisect_right(HOURS_CUM, rng.random() * HOURS_CUM[-1])
        else:
            hour = rng.randint(8, 18 if dk.kind == "legal" else 16)
        ev.minute = hour * 60 + rng.randrange(60)
        ev.members = [present[0]] + [p for p in present[1:] if rng.random() < dk.cover]
        ev.ref = self.hh_ref(dk, hh)
        return ev

    def hh_ref(self, dk: Desk, hh: Household) -> str:
        rng = self.rng
        if dk.hh_rate == 0.0 or rng.random() >= dk.hh_rate:
            return ""
        per_desk = dk.scheme in ("group", "shelter", "me")
        key = dk.name if per_desk else dk.country + dk.agency
        ref = hh.refs.get(key)
        if ref is not None and rng.random() < 0.85:
            return ref
        n = self.counters.get(key, dk.counter) + rng.randint(1, 7)
        self.counters[key] = n
        s = dk.scheme
        if s == "unhcr":
            ref = f"{dk.iso3}-22-C{n:06d}"
        elif s == "iom":
            ref = f"IOM-{dk.country}-{n:05d}"
        elif s == "group":
            ref = f"GR{n:05d}"
        elif s == "shelter":
            ref = f"S{n:04d}"
        elif s == "bd":
            ref = f"BD{n:05d}"
        elif s == "rc":
            ref = f"{dk.agency}/{n}/2022"
        elif s == "me":
            ref = f"ME-{n:04d}"
        elif s == "up":
            ref = f"HD-{n:06d}"
        elif s == "bg":
            ref = f"{dk.office}BG{n:07d}"
        else:
            ref = str(n)
        hh.refs[key] = ref
        return ref

    def journey(self, hh: Household) -> None:
        rng = self.rng
        routes = ROUTES[hh.city.group]
        route = routes[-1][0]
        u = rng.random() * sum(w for _, w in routes)
        for r, w in routes:
            u -= w
            if u < 0:
                route = r
                break
        flight = START + bisect.bisect_right(FLIGHT_CUM, rng.random() * FLIGHT_CUM[-1])
        # arrival in each country; CZ or DE first means transit without registering
        arrivals = [flight + (rng.randint(1, 3) if route[0] in ("CZ", "DE") else 0)]
        for _ in route[1:]:
            arrivals.append(arrivals[-1] + rng.randint(3, 75))
        present = list(hh.members)
        events: list[Event] = []
        for si, c in enumerate(route):
            arrival = arrivals[si]
            leave = arrivals[si + 1] if si + 1 < len(route) else END + 1
            if arrival > END - 5:
                break
            if si == 0:
                n_ev = 1
                while n_ev < 4 and rng.random() < (P_EXTRA if n_ev == 1 else 0.25):
                    n_ev += 1
            else:
                if len(present) > 1 and rng.random() < 0.15:  # part of the family stays behind
                    present = [present[0]] + [p for p in present[1:] if rng.random() < 0.6]
                if rng.random() > P_ONWARD_REGISTERED:
                    continue
                n_ev = 1 + (rng.random() < P_EXTRA / 2)
            used: list[str] = []
            for j in range(n_ev):
                for _attempt in range(4):  # a desk they could reach before moving on
                    dk = self.pick_desk(c, j == 0)
                    if dk.agency in used and rng.random() < 0.7:
                        dk = self.pick_desk(c, False)
                    day = self.desk_day(dk, arrival)
                    if day < leave:
                        break
                else:
                    continue
                used.append(dk.agency)
                ev = self.event(dk, day, present, hh)
                events.append(ev)
                if rng.random() < P_SAME_DESK_AGAIN:
                    day2 = min(END, leave - 1, ev.day + rng.randint(1, 60))
                    again = self.event(dk, day2, present, hh)
                    again.again = True
                    events.append(again)
        if not events:  # could not register before moving on: the last country registers them
            dk = self.pick_desk(route[-1], True)
            events.append(self.event(dk, self.desk_day(dk, arrivals[-1]), list(hh.members), hh))
        covered = {p.pid for ev in events for p in ev.members}
        for p in hh.members:
            if p.pid not in covered:
                events[0].members.append(p)
        events.sort(key=lambda e: (e.day, e.minute))
        for ev in events:
            for idx, p in enumerate(ev.members):
                self.render(p, ev, idx)

    # -- one record ----------------------------------------------------------------------------
    def render(self, p: Person, ev: Event, idx: int) -> None:
        rng = self.rng
        dk, cl = ev.desk, ev.clerk
        tags: list[str] = []
        if ev.again:
            tags.append("same_desk_again")
        script = cl.script
        fsex = p.sex
        sn = p.sn
        src = script
        system = ""
        if script == "lat":
            if p.passport is not None and rng.random() < cl.passport:
                src = "passport"
                system = cl.lat
            elif p.russo and rng.random() < cl.spoken:
                src, system = "ru", cl.rulat
            else:
                src, system = "uk", cl.lat
            tags.append("passport" if src == "passport" else f"{src}>{system}")
        else:
            tags.append("cyrillic_" + script)
        # which surname
        if p.maiden is not None and src != "passport":
            if rng.random() < (0.1 if p.pass_maiden else 0.01):
                sn = p.maiden
                tags.append("maiden_name")
        elif p.pass_maiden and src == "passport":
            tags.append("maiden_name")
        if (
            p.mother is not None
            and p.mother.sn is not p.sn
            and src != "passport"
            and p.kid
            and rng.random() < cl.kid_mom
        ):
            sn = p.mother.sn
            tags.append("child_under_mother_surname")
            if p.sex == "M" and rng.random() < 0.3:
                fsex = "F"
                tags.append("mother_surname_form")
        lang_src = "ru" if src == "ru" or (script == "ru") else "uk"
        g = GIVEN[p.gi]
        given = p.given(lang_src)
        dim = dim_sys = ""
        if cl.dimin and rng.random() < cl.dimin * (2.0 if p.kid else 1.0):
            ru_dims = lang_src == "ru" or (p.russo and script != "uk")
            dims = g.dims_ru if ru_dims else g.dims_uk
            if dims:
                dim = rng.choice(dims)
                dim_sys = cl.rulat if ru_dims else cl.lat
                tags.append("diminutive")
                if script != "lat":
                    given = dim
        family = sn.ru(fsex) if lang_src == "ru" else sn.uk(fsex)
        pat = p.patronymic(lang_src)
        father = p.father(lang_src)
        if script == "lat":
            if src == "passport":
                assert p.passport is not None
                given, family = p.passport
            else:
                given, family = translit(given, system), translit(family, system)
            if dim:
                given = translit(dim, dim_sys)
            pat, father = translit(pat, system), translit(father, system)
            if p.g2 >= 0 and rng.random() < 0.3:
                given = given.split("-")[0]
                tags.append("second_given_dropped")
        # patronymic habits
        patronymic = ""
        mode = cl.patr
        if rng.random() < 0.03:
            mode = "drop"
        if mode == "keep":
            patronymic = pat
        elif mode == "father":
            patronymic = father
            tags.append("father_name_as_patronymic")
        elif mode == "given":
            given = f"{given} {pat}"
            tags.append("patronymic_in_given")
        # script-specific habits
        if script == "lat":
            if cl.polonise and system in ("pl", "ru_pl"):
                for a, b in POLONISE:
                    if family.endswith(a):
                        family = family[: -len(a)] + b
                        tags.append("polonised_surname")
                        break
            if cl.fix_ii and "iia" in given:
                given = given.replace("iia", "ia")
                tags.append("iia_simplified")
            if cl.ova and fsex == "F" and rng.random() < 0.5 and not family.endswith("á"):
                if family.endswith("a"):
                    family = family[:-1] + "á"
                elif family.endswith("o"):
                    family += "vá"
                else:
                    family += "ová"
                tags.append("czech_ova")
        else:
            if script == "ru" and not cl.yo:
                given, family, patronymic = (
                    given.replace("ё", "е"),
                    family.replace("ё", "е"),
                    patronymic.replace("ё", "е"),
                )
            if cl.apos != "'":
                given, family = given.replace("'", cl.apos), family.replace("'", cl.apos)
            if script == "uk" and cl.homoglyph:
                given, family, patronymic = (
                    given.replace("і", "i").replace("І", "I"),
                    family.replace("і", "i").replace("І", "I"),
                    patronymic.replace("і", "i"),
                )
                tags.append("latin_i_in_cyrillic")
        if rng.random() < cl.swap:
            given, family = family, given
            tags.append("given_family_swapped")
        if rng.random() < cl.typo:
            given = typo(rng, given)
            tags.append("typo_given")
        if rng.random() < cl.typo:
            family = typo(rng, family)
            tags.append("typo_family")
        if patronymic and rng.random() < cl.typo:
            patronymic = typo(rng, patronymic)
            tags.append("typo_patronymic")
        if script == "lat":
            if cl.upper:
                given, family, patronymic = (
                    strip_marks(given).upper().replace("'", ""),
                    strip_marks(family).upper().replace("'", ""),
                    strip_marks(patronymic).upper(),
                )
                tags.append("capitals")
            elif cl.strip:
                stripped = strip_marks(given), strip_marks(family), strip_marks(patronymic)
                if stripped != (given, family, patronymic):
                    given, family, patronymic = stripped
                    tags.append("diacritics_stripped")
        if not given.strip():
            given = family
        # sex
        sex = p.sex
        if rng.random() < cl.sex_missing:
            sex = ""
        elif rng.random() < 0.002:
            sex = "M" if sex == "F" else "F"
            tags.append("sex_wrong")
        birth = self.birth(p, cl, tags)
        phone = self.phone(p, dk, cl, tags)
        origin = (
            self.origin(p, dk, cl, script, system, tags) if rng.random() < cl.origin_rate else ""
        )
        ref = ev.ref if rng.random() < 0.95 else ""
        minute = min(ev.minute + idx * rng.randint(1, 4), 23 * 60 + 59)
        at = f"{day_str(ev.day)}T{minute // 60:02d}:{minute % 60:02d}"
        self.rows.append((given, family, patronymic, sex, birth, origin, phone, ref, at, dk.name))
        self.owner.append(p)
        self.why.append((dk.name, cl.cid, ";".join(tags)))
        p.nrec += 1

    def birth(self, p: Person, cl: Clerk, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.004:
            tags.append("dob_missing")
            return ""
        date = dt.date.fromordinal(p.dob)
        y, m, dd = date.year, date.month, date.day
        young = p.kid and (REF_DAY - p.dob) < 14 * 365
        if (young and (rng.random() < cl.kids_year or (p.escort and rng.random() < 0.3))) or (
            rng.random() < 0.003
        ):
            tags.append("dob_year_only")
            return str(y)
        if dd <= 12 and dd != m and rng.random() < (0.85 if cl.us else 0.002):
            m, dd = dd, m
            tags.append("dob_day_month_swapped")
        if rng.random() < cl.dob_typo:
            for _ in range(5):
                r = rng.random()
                if r < 0.35:
                    ny, nm, nd = y, m, rng.choice((dd + 1, dd - 1, dd + 10, dd - 10, dd % 10 + 10))
                elif r < 0.55:
                    ny, nm, nd = y, rng.choice((m + 1, m - 1)), dd
                elif r < 0.8:
                    ny, nm, nd = y + rng.choice((1, -1)), m, dd
                else:  # the last two digits of the year transposed (1985 -> 1958)
                    ny, nm, nd = y - y % 100 + (y % 10) * 10 + (y // 10) % 10, m, dd
                if valid_date(ny, nm, nd) and (ny, nm, nd) != (y, m, dd):
                    y, m, dd = ny, nm, nd
                    tags.append("dob_typo")
                    break
        return f"{y:04d}-{m:02d}-{dd:02d}"

    def phone(self, p: Person, dk: Desk, cl: Clerk, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() >= cl.phone_rate:
            return ""
        owner = p
        if p.phone is None:
            if p.head.phone is None or rng.random() >= 0.6:
                return ""
            owner = p.head
            tags.append("phone_of_head")
        assert owner.phone is not None
        c = dk.country
        if c not in owner.sims:
            owner.sims[c] = local_phone(rng, c) if rng.random() < COUNTRY[c][4] else None
        sim = owner.sims[c]
        num = owner.phone
        if sim is not None and rng.random() < 0.75:
            num = sim
            tags.append("local_sim")
        cc, nsn = num
        if cl.phone_intl:
            s = "+" + cc + nsn
        else:
            s = ("" if cc in ("48", "420") else "0") + nsn
        if rng.random() < 0.01:
            i = rng.randrange(len(s) - 6, len(s))
            s = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1 :]
            tags.append("phone_typo")
        return s

    def origin(
        self, p: Person, dk: Desk, cl: Clerk, script: str, system: str, tags: list[str]
    ) -> str:
        rng = self.rng
        city = p.hh.city
        if p.idp is not None and rng.random() < 0.4:
            city = p.idp
            tags.append("origin_before_2014")
        old = bool(city.old_uk) and p.old_names and rng.random() < 0.6
        if old:
            tags.append("old_city_name")
        lang = dk.lang if script == "lat" else script
        if rng.random() < 0.01:
            tags.append("origin_country_only")
            return COUNTRY_ONLY[lang]
        mode = cl.origin_mode
        if city.key == "kyiv":  # the capital is not part of Kyiv oblast
            mode = "city"
        ob = OBLASTS[city.oblast]
        if script == "uk":
            name = city.old_uk if old else city.uk
            obl = f"{ob[0]} обл." if rng.random() < 0.7 else f"{ob[0]} область"
            if mode == "both":
                return f"м. {name}, {obl}"
            return obl if mode == "oblast" else name
        if script == "ru":
            name = city.old_ru if old else city.ru
            if mode == "both":
                return f"г. {name}, {ob[1]} обл."
            return f"{ob[1]} обл." if mode == "oblast" else name
        name = city.old_uk if old else city.uk
        ex = EXONYMS.get(lang, {})
        centre = ob[4]
        if not old and cl.exonym and city.key in ex:
            lat = ex[city.key]
        elif not old and cl.old_latin and city.key in EXONYMS["en_old"]:
            lat = EXONYMS["en_old"][city.key]
        elif system.startswith("ru_"):
            lat = translit(city.old_ru if old else city.ru, system)
        elif rng.random() < (0.9 if lang == "en" else 0.5):
            lat = translit(name, "ua2010")  # the official spelling, as on road signs and maps
        else:
            lat = translit(name, system or cl.lat)
        if mode == "city":
            out = lat
        else:
            if lang == "pl":
                obl = f"obwód {ob[2]}"
            elif lang == "cs":
                obl = f"{ob[3]} oblast"
            elif lang == "de":
                obl = "Oblast " + EXONYMS["de"].get(centre, translit(CITY_BY_KEY[centre].uk, "de"))
            elif lang == "ro":
                obl = "regiunea " + EXONYMS["ro"].get(
                    centre, translit(CITY_BY_KEY[centre].ru, "ru_ro")
                )
            elif rng.random() < 0.5:
                obl = translit(ob[0], "ua2010") + " oblast"
            else:
                obl = translit(CITY_BY_KEY[centre].uk, "ua2010") + " Oblast"
            out = obl if mode == "oblast" else f"{lat}, {obl}"
        if cl.upper:
            out = strip_marks(out).upper()
        elif cl.strip:
            out = strip_marks(out)
        return out


# ----------------------------------------------------------------------------------------------
# Output.

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


def generate(people: int, seed: int, out: str, explain: bool) -> str:
    t0 = time.perf_counter()
    if not GIVEN:
        _load_given()
        _load_cities()
        _load_flight()
        _load_routes()
    rng = random.Random(seed)
    desks = build_desks(rng)
    world = World(rng)
    while len(world.persons) < people:
        world.household()
    # the last household may overshoot: drop its extra members
    while len(world.persons) > people:
        p = world.persons.pop()
        p.hh.members.remove(p)
    world.households = [h for h in world.households if h.members]
    world.tag_namesakes()
    reg = Registry(rng, world, desks)
    for hh in world.households:
        reg.journey(hh)
    n = len(reg.rows)
    order = list(range(n))
    rng.shuffle(order)
    os.makedirs(out, exist_ok=True)
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as fr,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wr, wt = csv.writer(fr), csv.writer(ft)
        wr.writerow(HEADER)
        wt.writerow(["record_id", "person_id"])
        for k, i in enumerate(order):
            rid = f"R{k + 1:07d}"
            wr.writerow((rid, *reg.rows[i]))
            wt.writerow((rid, f"P{reg.owner[i].pid:06d}"))
    if explain:
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw)
            ww.writerow(
                [
                    "record_id",
                    "person_id",
                    "household_id",
                    "household_kind",
                    "desk",
                    "clerk",
                    "tags",
                    "traps",
                ]
            )
            for k, i in enumerate(order):
                p = reg.owner[i]
                desk, clerk, tags = reg.why[i]
                ww.writerow(
                    (
                        f"R{k + 1:07d}",
                        f"P{p.pid:06d}",
                        f"H{p.hh.hid:06d}",
                        p.hh.kind,
                        desk,
                        clerk,
                        tags,
                        ";".join(p.traps or ()),
                    )
                )
    multi = sum(1 for p in world.persons if p.nrec > 1)
    secs = time.perf_counter() - t0
    return (
        f"eleventh_hands: people={len(world.persons)} records={n} "
        f"registered_2plus={multi / max(1, len(world.persons)):.1%} seconds={secs:.1f} out={out}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
