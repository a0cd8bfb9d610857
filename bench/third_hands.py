"""Third-hands registry: an independent generator of a reception registry and its truth.

Written without knowledge of the linker or of the other generators, from how names, dates and
phones are actually written at a mass-flight reception (Nagorno-Karabakh, September 2023).

Design
------
* People come in households (nuclear, three-generation with the paternal grandparents, elderly
  couples, lone widows, mothers alone with children, single adults, young couples).  Brothers'
  households share a "clan": surname, origin and the grandfather, whom first sons are often named
  after, so cousins and grandfather/grandson pairs are namesakes.  Twins share a birth date.
* Each person has one canonical name in a *source script*: Armenian script for Armenians
  (including Yazidis with Armenianised surnames), Russian Cyrillic for Russians, Ukrainians,
  Belarusians, Georgians, Assyrians and Russified Armenians (Soviet documents), Latin for
  Persian/Arabic spouses and Western foreigners.  Diaspora Armenians (Syria, Lebanon, Iran) also
  carry the Western spelling of their foreign passport (Hagopian, Krikor) that a clerk may copy.
* Households arrive on 24 Sep - 2 Oct 2023, register first at Kornidzor, Goris or their
  destination, and some re-register (whole household, part of it, or one adult) over ~3 weeks.
* Every registration is keyed by one clerk with fixed habits: an output system (Armenian script,
  Russian Cyrillic, Armenian-passport Latin, Russian-passport Latin pre-2010 or ICAO 2013,
  diaspora English or French spelling, chat Latin, ALA-LC), letter case, patronymic style, and
  personal error rates (typos on the clerk's own keyboard, swapped name fields, day/month swaps,
  year-only or age-derived years, missing fields, phone formats, household-ref practice).
* Output rows are spread over temporary bucket files and shuffled bucket by bucket, so memory
  stays small; record ids are assigned after shuffling and say nothing about the person.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import shutil
import tempfile
import time
import unicodedata
import zlib
from bisect import bisect
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from faker.providers.person.de_DE import Provider as DeNames
from faker.providers.person.en_US import Provider as EnNames
from faker.providers.person.fr_FR import Provider as FrNames
from faker.providers.person.ru_RU import Provider as RuNames

START = date(2023, 9, 24)  # first day of the exodus through the Lachin corridor
LAST_DAY = 20  # registrations are modelled over three weeks
DAY_STR = [(START + timedelta(d)).isoformat() for d in range(LAST_DAY + 4)]
DAY_DATE = [START + timedelta(d) for d in range(LAST_DAY + 4)]

# A name is (source script, canonical text, foreign-passport Latin or "").
Name = tuple[str, str, str]


class Pool:
    """Weighted choice with a precomputed cumulative table (much faster than rng.choices)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = list(pairs)
        self.items = [p for p, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def pick(self, rng):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def names(text, script, default=1.0):
    """Parse 'Name:weight Name=DocLatin:weight ...' into (Name, weight) pairs."""
    out = []
    for tok in text.split():
        tok, _, w = tok.partition(":")
        canon, _, doc = tok.partition("=")
        out.append(((script, canon, doc), float(w) if w else default))
    return out


# --------------------------------------------------------------------------- name data
# Armenian surnames: the concentrated head (Grigoryan, Harutyunyan ... as in Armenian civil
# registers), Karabakh-specific families (Beglaryan, Balayan, Ulubabyan ...), Melik/Ter prefixes.
ARM_SURNAMES = """
Գրիգորյան:100 Հարությունյան:95 Սարգսյան:90 Հովհաննիսյան:85 Խաչատրյան:85 Հակոբյան:75
Պետրոսյան:75 Վարդանյան:60 Կարապետյան:60 Գևորգյան:55 Մկրտչյան:50 Պողոսյան:45 Մանուկյան:40
Ղազարյան:40 Ավետիսյան:40 Մարտիրոսյան:40 Ստեփանյան:35 Դավթյան:35 Սիմոնյան:30 Համբարձումյան:30
Ասատրյան:28 Դանիելյան:25 Բաղդասարյան:28 Մարգարյան:28 Մնացականյան:20 Սահակյան:30 Ավագյան:20
Առաքելյան:22 Գալստյան:25 Միրզոյան:22 Մելքոնյան:18 Մովսիսյան:18 Միքայելյան:18 Բարսեղյան:18
Աղաջանյան:15 Ալեքսանյան:15 Աբրահամյան:22 Ներսիսյան:18 Թորոսյան:15 Զաքարյան:18 Եղիազարյան:15
Բաբայան:25 Ադամյան:12 Հայրապետյան:20 Մուսայելյան:15 Սաֆարյան:12 Օհանյան:15 Գասպարյան:18
Թադևոսյան:14 Կիրակոսյան:14 Ղուկասյան:18 Աթայան:12 Ավանեսյան:15 Իսրայելյան:12 Հովսեփյան:14
Մելիքյան:12 Շահբազյան:10 Սողոմոնյան:10 Ասլանյան:10 Ղահրամանյան:10 Մուրադյան:14 Նազարյան:12
Եսայան:10 Վարդազարյան:10 Արզումանյան:12 Թովմասյան:12 Հախվերդյան:8 Իշխանյան:10 Ռուստամյան:8
Ուլուբաբյան:10 Բեգլարյան:20 Բալայան:18 Ղուլյան:10 Հայրիյան:8 Դադայան:10 Իսահակյան:10
Մուշեղյան:8 Լալայան:8 Գաբրիելյան:10 Օհանջանյան:8 Աղաբեկյան:8 Հակոբջանյան:6 Մամյան:6
Մովսեսյան:10 Շահրամանյան:6 Աբաղյան:6 Առուստամյան:6 Ալավերդյան:6 Գուլյան:6 Մելիքսեթյան:6
Խաչատուրյան:8 Հովհաննեսյան:8 Սարգիսյան:3 Ալլահվերդյան:5 Բաբաջանյան:5 Ալիխանյան:4
Խանզադյան:4 Շահինյան:5 Դալլաքյան:4 Թումանյան:5 Սարիբեկյան:4 Մելիք-Շահնազարյան:2
Տեր-Պետրոսյան:3 Տեր-Գրիգորյան:3 Մելիք-Հակոբյան:2 Տեր-Ավետիսյան:2
"""
# Long tail: Armenian surnames are patronymic (root + -յան), from given names and trades.
ARM_ROOTS = """
Աբել Ազատ Ալեք Ամիր Անդրեաս Արամ Արշակ Արտեմ Բաբկեն Բագրատ Գալուստ Գառնիկ Գեղամ Գուրգեն Դարբին
Դերձակ Եղիշ Երվանդ Զոհրաբ Թաթուլ Թևոս Լևոն Խաժակ Խոսրով Ծատուր Կամսար Կոստան Հայկազ Համազասպ
Հմայակ Ղարիբ Մաթևոս Մամիկոն Միհրան Մինաս Մխիթար Մհեր Նահապետ Նշան Շավարշ Շմավոն Ոսկան Պապիկ
Ջհանգիր Ռազմիկ Սամսոն Սեդրակ Սերոբ Սմբատ Սուքիաս Վաղարշ Վահան Վահրամ Վարոս Տիրան Փիլոս Քալանթար
Քոչար Օսիպ Ֆրանգ Ղամբար Բունիաթ Ջանիբեկ Զուրաբ Հովակիմ Ավետ Գագիկ Սուրեն Ռուբեն Խաչիկ Ղարագյոզ
Աղասի Բեկնազար Դոլուխան Թամրազ Լազար Կարախան Հունան Մարուխ Նավասարդ Շիրին Չիլինգար
"""
# Given names by birth cohort (Soviet-era names for the old, a 2000s wave of Davit/Narek/Mariam).
MALE = [
    """Վլադիմիր:8 Սերգեյ:10 Յուրի:8 Ալբերտ:8 Ռոբերտ:8 Ռաֆիկ:10 Ռուդիկ:6 Ժորա:6 Համլետ:8 Սեյրան:8
    Գրիշա:5 Միշա:4 Էդիկ:5 Վալերի:6 Հրանտ:6 Աշոտ:10 Սամվել:8 Հրաչյա:6 Արկադի:6 Գուրգեն:6 Վաչագան:5
    Վազգեն:8 Լևոն:6 Գագիկ:6 Հովհաննես:8 Կարապետ:6 Մկրտիչ:5 Խաչատուր:6 Հարություն:7 Գրիգոր:7
    Սարգիս:7 Մանվել:6 Երվանդ:5 Վարդան:6 Արտաշես:5 Արշավիր:4 Բորիս:5 Սուրեն:6 Ռուբեն:6 Հենրիկ:4
    Նորիկ:4 Սլավիկ:4 Արմեն:5 Ալեքսանդր:6 Վաղարշակ:3 Գևորգ:6 Հակոբ:6 Պետրոս:4 Պողոս:4""",
    """Արմեն:60 Աշոտ:35 Արթուր:35 Կարեն:35 Սամվել:30 Գագիկ:30 Արտակ:30 Վահե:25 Արա:20 Տիգրան:25
    Դավիթ:20 Հայկ:15 Սերգեյ:15 Արսեն:15 Գևորգ:20 Վարդան:18 Հովհաննես:15 Հակոբ:12 Գրիգոր:12 Սարգիս:15
    Մհեր:10 Նորայր:8 Արայիկ:15 Վլադիմիր:8 Ալեքսանդր:10 Արկադի:6 Գարիկ:8 Սուրեն:10 Էդգար:8 Լևոն:10
    Կամո:6 Վաչե:6 Ռոբերտ:8 Արման:10 Մանվել:8 Արտյոմ:6 Հրաչ:6 Մխիթար:5 Սևակ:6 Ռուբեն:8 Վահրամ:6
    Կարո:4 Գոռ:5 Վազգեն:6 Հովիկ:6 Ռաֆիկ:4 Յուրի:4 Սասուն:3 Համլետ:4 Հրայր:4""",
    """Դավիթ:50 Նարեկ:45 Հայկ:40 Գոռ:35 Տիգրան:30 Արման:25 Էրիկ:20 Մարկ:8 Ալեքս:10 Միքայել:18
    Արսեն:20 Սամվել:15 Սարգիս:12 Ռաֆայել:10 Մհեր:10 Արեգ:12 Արեն:8 Էդգար:15 Արթուր:15 Վահե:10
    Գևորգ:15 Հովհաննես:10 Արտյոմ:10 Հարություն:6 Կարեն:8 Արամ:12 Սևակ:8 Լևոն:10 Վարդան:8 Ռոբերտ:6
    Գրիգոր:8 Արտաշես:5 Աշոտ:8 Արմեն:10 Մաքսիմ:5 Նորայր:4 Վաչագան:5 Սուրեն:6 Մանվել:5 Ալբերտ:4
    Հրայր:4 Տարոն:5 Արայիկ:4 Էդուարդ:4""",
]
FEMALE = [
    """Ալվարդ:8 Ռոզա:8 Զինա:6 Ռայա:6 Լյուբա:4 Գալյա:5 Սվետլանա:6 Լյուդմիլա:5 Սիրանուշ:8 Արուսյակ:6
    Վարսիկ:5 Մարո:5 Ասյա:5 Քնարիկ:5 Հասմիկ:8 Նինա:5 Ջեմմա:4 Էլլա:4 Ռիմա:4 Անահիտ:8 Սուսաննա:5
    Վարդանուշ:5 Ազնիվ:5 Շուշանիկ:4 Սոֆյա:5 Գոհար:7 Նվարդ:5 Սաթենիկ:5 Հռիփսիմե:4 Թամարա:6 Էմմա:5
    Արփենիկ:4 Ռուզաննա:4 Նելլի:4 Վալյա:4 Լենա:3 Մարգո:3 Ժենյա:3 Սոնյա:4 Լաուրա:3""",
    """Անահիտ:40 Լուսինե:40 Նարինե:35 Գայանե:30 Կարինե:35 Մարինե:25 Արմինե:20 Սուսաննա:20
    Ռուզաննա:20 Լիլիթ:18 Քրիստինե:15 Աստղիկ:15 Հասմիկ:20 Նունե:12 Նելլի:10
    Նաիրա:12 Աննա:15 Մարիամ:10 Գոհար:12 Ալվարդ:8 Սվետլանա:15 Ժաննա:10 Մարինա:12 Ռիտա:6
    Էմմա:8 Իրինա:8 Սոնա:8 Արմենուհի:8 Հերմինե:8 Սիրանուշ:8 Թամարա:8 Ինգա:6 Լաուրա:5
    Էլմիրա:4 Սիլվա:5""",
    """Մարիամ:40 Աննա:30 Նարե:20 Անի:25 Մանե:15 Եվա:12 Միլենա:12 Էլեն:12 Սոֆի:10 Անժելա:6 Նանե:8
    Լիլիթ:15 Մերի:10 Սյուզաննա:8 Դիանա:10 Տաթև:10 Էլինա:8 Անահիտ:8 Գայանե:6 Արփի:6 Ալինա:6
    Քրիստինա:8 Ինեսսա:4 Ռուզաննա:4 Լուսինե:8 Սոնա:8 Ելենա:4 Արմինե:6 Նարինե:5 Լիանա:6 Ստելլա:4""",
]
# Diaspora (Syria, Lebanon, Iran): Eastern form for Armenian clerks = foreign-passport spelling.
# The passport spellings follow Western Armenian sounds (b/p, g/k, d/t swap: Bedros, Krikor,
# Garabed), French or English habits (ou, tch, dj, doubled s) and classical spelling (-ourian).
DIA_SURNAMES = """
Հակոբյան=Hagopian:4 Պողոսյան=Boghossian:3 Գևորգյան=Kevorkian:3 Խաչատրյան=Khatchadourian:3
Սարգսյան=Sarkissian:4 Պետրոսյան=Bedrossian:3 Կարապետյան=Garabedian:3 Թորոսյան=Torossian
Մարտիրոսյան=Martirossian:2 Ազնավուրյան=Aznavourian Չոլաքյան=Tcholakian Քեշիշյան=Keshishian:2
Դեմիրճյան=Demirdjian:2 Աբրահամյան=Aprahamian Մանուկյան=Manoukian:3 Բաղդասարյան=Baghdassarian:2
Տեր-Ղազարյան=Der-Ghazarian Ղազարյան=Ghazarian:2 Հովհաննիսյան=Hovhannessian:3 Մկրտչյան=Mgrdichian
Մելքոնյան=Melkonian:2 Սիմոնյան=Simonian Նալբանդյան=Nalbandian:2 Թոփալյան=Topalian
Կույումջյան=Kouyoumdjian Ղուկասյան=Ghoukassian Ասլանյան=Aslanian Գասպարյան=Kasparian
Դավթյան=Tavitian Եղիազարյան=Yeghiazarian Ավետիսյան=Avedissian:2 Հարությունյան=Haroutiounian:2
Զաքարյան=Zakarian Տերզյան=Terzian:2 Բոյաջյան=Boyadjian Գալստյան=Kaloustian:2 Սահակյան=Sahakian
Ներսիսյան=Nercessian Շահինյան=Chahinian
"""
DIA_MALE = """Գրիգոր=Krikor:3 Պետրոս=Bedros:2 Կարապետ=Garabed:2 Հակոբ=Hagop:3 Սարգիս=Sarkis:3
Վարդան=Vartan:2 Պողոս=Boghos Թորոս=Toros Նշան=Nishan Հովսեփ=Hovsep Ռաֆֆի=Raffi:2 Սեդրակ=Setrak
Գևորգ=Kevork:2 Հրաչ=Hratch Վաչե=Vatche:2 Շանթ=Shant Ժիրայր=Jirair Գառնիկ=Karnig Հարութ=Harout:2
Վիգեն=Viken:2 Մովսես=Movses Ավետիս=Avedis Հովհաննես=Hovannes Սերժ=Serge Ժորժ=Georges"""
DIA_FEMALE = """Արաքսի=Araxie Մարալ=Maral:2 Սոսի=Sossi Սեդա=Seta:2 Հասմիկ=Hasmig:2 Ծովիկ=Dzovig
Անուշ=Anoush:2 Թալին=Taline:2 Նայիրի=Nairi Մարի=Mary Լենա=Lena Նորա=Nora Սիլվա=Silva Ալիս=Alice
Ռիթա=Rita Վերժին=Verjine Զվարթ=Zvart Հուրի=Houri Մելինե=Meline Շողիկ=Shoghig"""
# Yazidis of Armenia carry Armenianised -oyan surnames and are written in Armenian script.
YZ_SURNAMES = "Թամոյան:3 Մամոյան:2 Սլոյան:2 Ռաշոյան:2 Շամոյան:2 Խուդոյան:2 Ալոյան:2 Հասոյան Ավդոյան"
YZ_MALE = "Ազիզ Ռուստամ Քնյազ Շարո Ամարիկ Ջանգիր Մրազ Ալիխան Սիաբանդ Ռաշիդ Խդր Համիդ Սաշիկ"
YZ_FEMALE = (
    "Գուլիզար Զինա Նազո Խանում Ալմաստ Զարիֆա Գյուլնարա Ասյա Գուլի Զեյնաբ Խաթուն Ջավահիր Շաքե"
)
# Russians (Soviet given-name waves), Ukrainians/Belarusians in Russian spelling, Georgians and
# Assyrians as written in Soviet/Russian documents, Russified Armenian -ov surnames.
RU_MALE = [
    "Владимир:5 Николай:4 Александр:4 Виктор:4 Анатолий:3 Юрий:3 Василий:3 Иван:3 Валерий:2",
    "Сергей:6 Александр:6 Андрей:5 Алексей:4 Дмитрий:4 Игорь:3 Олег:3 Евгений:3 Владимир:3",
    "Александр:5 Максим:4 Артём:4 Дмитрий:4 Иван:3 Никита:3 Кирилл:3 Даниил:2 Егор:2 Михаил:3",
]
RU_FEMALE = [
    "Валентина:4 Галина:4 Нина:3 Людмила:4 Тамара:3 Раиса:2 Зинаида:2 Мария:3 Вера:3 Лидия:2",
    "Елена:6 Ольга:5 Наталья:5 Татьяна:5 Ирина:4 Светлана:4 Марина:3 Юлия:3 Анна:2 Оксана:2",
    "Анастасия:5 Мария:4 Дарья:4 Анна:4 Екатерина:3 Полина:3 Виктория:3 Алина:2 София:2 Ксения:2",
]
UA_SURNAMES = """Шевченко:3 Бондаренко:3 Коваленко:3 Ткаченко:2 Кравченко:2 Олейник:2 Мельник:2
Бойко:2 Коваль Ковальчук Савченко Руденко Литвиненко Марченко Лысенко Петренко Павленко Гончаренко
Козловский:2 Жук Макаревич Климович Новик Ковалевский Лукьянович Мицкевич"""
GE_SURNAMES = """Беридзе Капанадзе Гелашвили Майсурадзе Джапаридзе Кипиани Цхададзе Гогуадзе
Абашидзе Бердзенишвили Хуцишвили Натрошвили Гогия Кварацхелия Ломидзе"""
GE_MALE = "Георгий:3 Гиорги:2 Давид:3 Зураб:2 Леван:2 Гия Тамаз Ираклий Нодар Автандил Шота"
GE_FEMALE = "Нино:3 Тамара:3 Манана:2 Натела Кетеван:2 Нана Мзия Эка Тамила Лали"
AS_SURNAMES = "Лазарев:2 Михайлов:2 Бениаминов Гиваргизов Беджанов Юханаев Осипов Шимонов Адамов"
AS_MALE = "Арсен:2 Саргон:2 Ашур:2 Нинос Атур Роберт Юрий Давид Эдвард Михаил Тимур Лазарь"
AS_FEMALE = "Шамирам:2 Нинва Ева Юлия Марина Анна Атра Рамина Лариса Жанна Белла Светлана"
ARM_RU_SURNAMES = """Арутюнов Саркисов Петросов Аванесов Шахназаров Акопов Оганов Карапетов
Мартиросов Погосов Галустов Мелкумов Бегларов"""
PA_MALE = "Mohammad:3 Ali:3 Reza:2 Hossein:2 Ahmad Omar Khaled Samir Karim"
PA_FEMALE = "Maryam:3 Fatemeh:2 Zahra:2 Leila:2 Nasrin Shirin Rania Samira Yasmin Layla"
PA_SURNAMES = """Rezaei Hosseini Ahmadi Karimi Mohammadi Jafari Haddad Khoury Nasser Saleh Hamdan
Darwish Mansour Tehrani"""
# People go by pet forms at some desks (Hovik for Hovhannes, Sasha for Aleksandr, Seryozha).
NICK = dict(
    p.split("=")
    for p in """Հովհաննես=Հովիկ Ալեքսանդր=Սաշա Վլադիմիր=Վոլոդյա Գրիգոր=Գրիշա Միքայել=Միշա
    Խաչատուր=Խաչիկ Սերգեյ=Սերյոժա Հարություն=Արտուշ Կարապետ=Կարո Սվետլանա=Սվետա Լյուդմիլա=Լյուդա
    Անահիտ=Անո Սարգիս=Սաքո Գևորգ=Գևո Александр=Саша Владимир=Володя Сергей=Серёжа Наталья=Наташа
    Елена=Лена Татьяна=Таня Ольга=Оля Светлана=Света Михаил=Миша Дмитрий=Дима Екатерина=Катя
    Анастасия=Настя""".split()
)


def wt(spec):
    return [(k, float(w)) for k, _, w in (t.partition(":") for t in spec.split())]


def faker_pool(obj, limit=400):
    items = list(obj.items()) if hasattr(obj, "items") else [(x, 1.0) for x in obj]
    return Pool([(("la", n, ""), float(w)) for n, w in items[:limit]])


def zipf(words, script, skew=6.0):
    return [((script, w, ""), 1.0 / (i + skew)) for i, w in enumerate(words)]


ARM_SUR = Pool(
    names(ARM_SURNAMES, "hy")
    + [(("hy", r + "յան", ""), 3.0 if i % 3 == 0 else 1.5) for i, r in enumerate(ARM_ROOTS.split())]
)


def simple(male, female, surnames, script):
    m, f = Pool(names(male, script)), Pool(names(female, script))
    return [m] * 3, [f] * 3, Pool(names(surnames, script))


POOLS = {
    "ka": ([Pool(names(t, "hy")) for t in MALE], [Pool(names(t, "hy")) for t in FEMALE], ARM_SUR),
    "dia": simple(DIA_MALE, DIA_FEMALE, DIA_SURNAMES, "hy"),
    "yz": simple(YZ_MALE, YZ_FEMALE, YZ_SURNAMES, "hy"),
    "ge": simple(GE_MALE, GE_FEMALE, GE_SURNAMES, "ru"),
    "as": simple(AS_MALE, AS_FEMALE, AS_SURNAMES, "ru"),
    "pa": simple(PA_MALE, PA_FEMALE, PA_SURNAMES, "la"),
    "ru": (
        [Pool(names(t, "ru")) for t in RU_MALE],
        [Pool(names(t, "ru")) for t in RU_FEMALE],
        Pool(zipf(list(RuNames.last_names_male), "ru")),
    ),
    "ua": (
        [Pool(names(t + " Тарас Богдан", "ru")) for t in RU_MALE],
        [Pool(names(t + " Оксана:3 Олеся", "ru")) for t in RU_FEMALE],
        Pool(names(UA_SURNAMES, "ru")),
    ),
    "we": (
        [faker_pool(EnNames.first_names_male)] * 2 + [faker_pool(FrNames.first_names_male)],
        [faker_pool(EnNames.first_names_female)] * 2 + [faker_pool(DeNames.first_names_female)],
        faker_pool(EnNames.last_names),
    ),
}
ARM_RU_SUR = Pool(names(ARM_RU_SURNAMES, "ru"))
# Households by community; a Karabakh husband's wife is sometimes from elsewhere.
HH_GROUP = Pool(wt("ka:909 dia:30 ru:20 ua:8 ge:6 yz:15 as:6 we:3 pa:3"))
WIFE_GROUP = Pool(wt("same:935 ru:30 ua:10 dia:15 ge:5 pa:3 yz:2"))
HH_KIND = Pool(wt("nuclear:38 extended:22 elderly:10 lone_old:8 mother:9 single:7 young:6"))

# --------------------------------------------------------------------------- places
# key: Armenian, Latin variants, Russian variants, district, weight.  Russians write the
# Russian forms (Гадрут, Шуша, Красный Базар); Stepanakert dominates (over half the population).
ORIGINS = {}
for _row in """Stepanakert|Ստեփանակերտ|Stepanakert|Степанакерт|Artsakh|52
Martuni|Մարտունի|Martuni|Мартуни|Artsakh|5
Martakert|Մարտակերտ|Martakert|Мартакерт|Artsakh|5
Askeran|Ասկերան|Askeran|Аскеран|Artsakh|3
Chartar|Ճարտար|Chartar|Чартар|Martuni|3
Karmir Shuka|Կարմիր Շուկա|Karmir Shuka|Кармир Шука;Красный Базар|Martuni|1.5
Ivanyan|Իվանյան|Ivanyan|Иванян|Askeran|1.5
Khnapat|Խնապատ|Khnapat|Хнапат|Askeran|1
Avetaranots|Ավետարանոց|Avetaranots|Аветараноц|Askeran|1
Aygestan|Այգեստան|Aygestan|Айгестан|Askeran|1
Shosh|Շոշ|Shosh|Шош|Askeran|0.6
Sarushen|Սարուշեն|Sarushen|Сарушен|Askeran|0.5
Vank|Վանք|Vank|Ванк|Martakert|1
Haterk|Հաթերք|Haterk|Атерк|Martakert|1
Drmbon|Դրմբոն|Drmbon|Дрмбон|Martakert|0.7
Mataghis|Մատաղիս|Mataghis|Матагис|Martakert|0.7
Taghavard|Տաղավարդ|Taghavard|Тагавард|Martuni|1
Sos|Սոս|Sos|Сос|Martuni|0.8
Herher|Հերհեր|Herher|Герхер|Martuni|0.7
Machkalashen|Մաճկալաշեն|Machkalashen|Мачкалашен|Martuni|0.5
Hadrut|Հադրութ|Hadrut|Гадрут|Artsakh|0
Shushi|Շուշի|Shushi;Shusha;Shushi|Шуши;Шуша|Artsakh|0
Togh|Տող|Togh|Тог|Hadrut|0
Mets Tagher|Մեծ Թաղեր|Mets Tagher|Мец Тагер|Hadrut|0
Berdzor|Բերձոր|Berdzor;Lachin|Бердзор;Лачин|Artsakh|0
Artsakh|Արցախ|Artsakh;Nagorno-Karabakh;Artsakh;NKR|Арцах;Нагорный Карабах;НКР|Artsakh|0
""".strip().splitlines():
    _k, _hy, _la, _ru, _dist, _w = _row.split("|")
    ORIGINS[_k] = (_hy, _la.split(";"), _ru.split(";"), _dist, float(_w))
ORIGIN_POOL = Pool((k, v[4]) for k, v in ORIGINS.items() if v[4] > 0)
# People displaced from Hadrut, Shushi, Berdzor in 2020 lived in Stepanakert until 2023.
DISPLACED = ["Hadrut", "Hadrut", "Shushi", "Shushi", "Togh", "Mets Tagher", "Berdzor"]

# --------------------------------------------------------------------------- sites
# name, code, household-ref format, opening day, n clerks, clerk mix, destination weight
SITES = [
    ("Kornidzor", "KRN", "KRN-{n:05d}", 0, 14, "border", 0),
    ("Goris", "GRS", "G{md}-{n:04d}", 0, 18, "border", 8),
    ("Vayk", "VYK", "VK{n:04d}", 1, 6, "town", 5),
    ("Sisian", "SIS", "SIS/{n}", 1, 6, "town", 5),
    ("Kapan", "KPN", "KPN-{n:05d}", 1, 6, "town", 6),
    ("Yerevan-1", "YR1", "Y1-{n:06d}", 2, 14, "city", 20),
    ("Yerevan-2", "YR2", "YR2/{n:05d}", 3, 12, "city", 17),
    ("Masis", "MSS", "MS{n:04d}", 2, 8, "town", 9),
    ("Abovyan", "ABV", "AB-{n}", 3, 8, "town", 8),
    ("Ararat", "ARR", "ARR-{n:05d}", 2, 6, "town", 8),
    ("Armavir", "ARM", "ARM{n:04d}", 4, 5, "town", 5),
    ("Vanadzor", "VND", "VND/{n:05d}", 4, 5, "town", 4),
    ("Hrazdan", "HRZ", "HRZ-{n:04d}", 4, 4, "town", 5),
]
SITE = {s[0]: s for s in SITES}
DEST_POOL = Pool((s[0], s[6]) for s in SITES if s[6])
CLERK_SYSTEMS = {
    "border": wt("hy:45 ru:14 am:22 ru_old:4 ru_icao:3 west:3 chat:6 fr:1"),
    "city": wt("hy:28 ru:12 am:28 ru_old:5 ru_icao:5 west:9 fr:4 chat:9"),
    "town": wt("hy:42 ru:18 am:20 ru_old:4 ru_icao:3 west:3 chat:8 fr:1"),
}
ARRIVAL = Pool((int(k), w) for k, w in wt("0:5 1:12 2:20 3:20 4:18 5:13 6:8 7:3 8:1"))
# Kornidzor worked around the clock; other desks in office hours.
BORDER_HOURS = Pool([(h, 1 if h < 6 else 4 if h < 9 else 8 if h < 21 else 3) for h in range(24)])
# New Armenian SIMs (Viva-MTS, Team, Ucom) replacing Karabakh Telecom's +374 97.
NEW_SIM = Pool(wt("93:8 94:6 77:8 98:4 91:7 99:6 96:4 43:2 55:8 95:6 41:3 44:4"))

# --------------------------------------------------------------------------- scripts
HY_VOWELS = set("աեէըիոօև")


def table(spec, base=None):
    t = dict(base or {})
    for pair in spec.split():
        k, _, v = pair.partition(":")
        t[k] = v
    return t


# Armenian passport / ICAO-Armenia (BGN-like): Hovhannisyan, Khachatryan, Yeghiazaryan, Voskanyan.
HY_AM = table(
    "ա:a բ:b գ:g դ:d ե:e զ:z է:e ը:y թ:t ժ:zh ի:i լ:l խ:kh ծ:ts կ:k հ:h ձ:dz ղ:gh ճ:ch մ:m յ:y "
    "ն:n շ:sh ո:o չ:ch պ:p ջ:j ռ:r ս:s վ:v տ:t ր:r ց:ts ւ:v փ:p ք:k օ:o ֆ:f ու:u ե0:ye ո0:vo "
    "և:ev և0:yev"
)
# Diaspora volunteer hearing Eastern speech but spelling like home: -ian, ou, doubled s.
HY_WEST = table("ու:ou _ian:1 _ss:1", HY_AM)
HY_FR = table("շ:ch չ:tch ճ:tch ջ:dj ժ:j", HY_WEST)  # French-school Armenians (Beirut, Marseille)
# Armenian chat Latin ("translit"): x for kh, q for k', c for ts, bare e at the start.
HY_CHAT = table("խ:x ք:q ց:c ծ:c ե0:e ժ:j", HY_AM)
# ALA-LC (library / scholarly), aspirates with the ʻ modifier letter.
HY_LC = table("է:ē ը:ě թ:tʻ չ:chʻ ռ:ṙ ց:tsʻ փ:pʻ ք:kʻ օ:ō ե0:e ո0:o", HY_AM)
HY_LAT = {"am": HY_AM, "west": HY_WEST, "fr": HY_FR, "chat": HY_CHAT, "lc": HY_LC}
SS_RE = re.compile(r"(?<=[aeiou])s(?=[aeiouy])")

# Armenian -> Russian as Soviet offices wrote it; lexicalised forms override the letter rules
# (Акопян not Акобян, Оганесян/Ованесян, Саакян, Амбарцумян, Soviet originals Сергей, Юрий).
HY_CYR = table(
    "ա:а բ:б գ:г դ:д ե:е զ:з է:э ը:ы թ:т ժ:ж ի:и լ:л խ:х ծ:ц կ:к ձ:дз ղ:г ճ:ч մ:м ն:н շ:ш ո:о "
    "չ:ч պ:п ջ:дж ռ:р ս:с վ:в տ:т ր:р ց:ц ւ:в փ:п ք:к օ:о ֆ:ф և:ев"
)
RU_FORMS = {
    k: v.split("|")
    for k, v in (
        p.split("=")
        for p in """Հովհաննիսյան=Оганесян|Ованесян|Ованнисян Հովհաննեսյան=Оганесян|Ованесян
        Հովհաննես=Ованес|Оганес Հակոբյան=Акопян Հակոբ=Акоп Հակոբջանյան=Акопджанян
        Սարգսյան=Саргсян|Саркисян Սարգիս=Саркис|Саргис Սարգիսյան=Саркисян Ղազարյան=Казарян|Газарян
        Ղազար=Казар Խաչատրյան=Хачатрян|Хачатурян Համբարձումյան=Амбарцумян Սահակյան=Саакян
        Իսահակյան=Исаакян Աբրահամյան=Абраамян|Абрамян Ղահրամանյան=Каграманян Հայկ=Айк|Гайк
        Համլետ=Гамлет Հենրիկ=Генрих|Генрик Հրաչյա=Грачья|Грачя Հռիփսիմե=Рипсиме Հերմինե=Эрмине
        Գոհար=Гоар Անահիտ=Анаит|Анаид Սահակ=Саак
        Արմենուհի=Арменуи Վահրամ=Ваграм|Вахрам Սերգեյ=Сергей Յուրի=Юрий Վալերի=Валерий
        Վլադիմիր=Владимир Արկադի=Аркадий Արտյոմ=Артём|Артем Ալեքսանդր=Александр Դավիթ=Давид|Давит
        Ռաֆայել=Рафаэль|Рафаел Սոֆյա=Софья Միքայել=Микаел|Микаэл Էդուարդ=Эдуард
        Գրիգոր=Григор|Григорий         Սերյոժա=Серёжа|Сережа Վոլոդյա=Володя Ժենյա=Женя""".split()
    )
}
RU_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_CYR = "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я".split()


def cyr_table(latin, extra=""):
    return table(" ".join(f"{c}:{v}" for c, v in zip(_CYR, latin.split(","), strict=True)) + extra)


# Russian passports in Latin: MVD 1997 (Akopyan, Arutyunyan) and ICAO 2013 (Akopian, Arutiunian).
RU_OLD = cyr_table("a,b,v,g,d,e,e,zh,z,i,y,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,,y,,e,yu,ya")
RU_ICAO = cyr_table("a,b,v,g,d,e,e,zh,z,i,i,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,ie,y,,e,iu,ia")
RU_BGN = table("е0:ye ё:yo", RU_OLD)  # an Armenian clerk romanising a Russian name (Yelena)
RU_LC = table("й:ĭ э:ė", RU_ICAO)
RU_HY = cyr_table("ա,բ,վ,գ,դ,ե,յո,ժ,զ,ի,յ,կ,լ,մ,ն,ո,պ,ր,ս,տ,ու,ֆ,խ,ց,չ,շ,շչ,,ը,,է,յու,յա", " о0:օ")
CYR_LAT = dict(ru_old=RU_OLD, ru_icao=RU_ICAO, am=RU_BGN, west=RU_OLD, fr=RU_OLD, chat=RU_OLD)
CYR_LAT["lc"] = RU_LC
# Latin -> Armenian / Russian as a clerk writes a foreign name by ear (Թոմաս, Мохаммад).
LAT_DIGRAPHS = "sh ch kh gh zh th ph ts ou oo ee ya yu ye".split()
LAT_HY = table(
    "sh:շ ch:չ kh:խ gh:ղ zh:ժ th:թ ph:ֆ ts:ց ou:ու oo:ու ee:ի ya:յա yu:յու ye:յե a:ա b:բ c:կ d:դ "
    "e:ե f:ֆ g:գ h:հ i:ի j:ջ k:կ l:լ m:մ n:ն o:ո p:պ q:ք r:ր s:ս t:թ u:ու v:վ w:վ x:քս y:յ z:զ "
    "e0:է o0:օ"
)
LAT_RU = table(
    "sh:ш ch:ч kh:х gh:г zh:ж th:т ph:ф ts:ц ou:у oo:у ee:и ya:я yu:ю ye:е a:а b:б c:к d:д e:е "
    "f:ф g:г h:х i:и j:дж k:к l:л m:м n:н o:о p:п q:к r:р s:с t:т u:у v:в w:в x:кс y:и z:з "
    "e0:э y0:й"
)


def cap(w):
    return w[:1].upper() + w[1:]


def by_parts(fn):
    """Apply a one-word converter to each part of 'Melik-Shahnazaryan' or 'Karmir Shuka'."""

    def convert(text, *args):
        return "".join(
            p if p in ("-", " ", "") else fn(p, *args) for p in re.split(r"([- ])", text)
        )

    return convert


@by_parts
def hy_to_lat(part, tab):
    w, s, i, pv = part.lower(), [], 0, False
    while i < len(w):
        ch = w[i]
        if ch == "ո" and w[i + 1 : i + 2] == "ւ":
            s.append(tab["ու"])
            i, pv = i + 2, True
            continue
        key = ch
        if ch == "ե" and (i == 0 or pv):
            key = "ե0"  # Yerevan, Mikayel: ye at the start and after a vowel
        elif ch in ("ո", "և") and i == 0:
            key = ch + "0"  # Voskanyan, Yev-
        s.append(tab.get(key, ch))
        pv, i = ch in HY_VOWELS, i + 1
    r = "".join(s)
    if "_ian" in tab and r.endswith("yan"):
        r = r[:-3] + "ian"
    return cap(SS_RE.sub("ss", r) if "_ss" in tab else r)


@by_parts
def hy_to_cyr(part, salt):
    forms = RU_FORMS.get(part)
    if forms:
        return forms[(salt + zlib.crc32(part.encode())) % len(forms)]
    w, s, i = part.lower(), [], 0
    while i < len(w):
        ch, nx, step = w[i], w[i + 1 : i + 2], 1
        if ch == "ո" and nx == "ւ":
            t, step = "у", 2
        elif ch == "յ" and w[i + 1 : i + 3] == "ու":
            t, step = "ю", 3
        elif ch == "յ" and nx in ("ա", "ե"):
            t, step = ("я" if nx == "ա" else "е"), 2
        elif ch == "հ":  # Акопян, Грант, Мгер, Шахназарян
            t = ("г" if i else "") if nx in HY_VOWELS else ("х" if i else "г")
        elif ch == "ո" and i == 0:
            t = "во"  # Воскан
        else:
            t = HY_CYR.get(ch, ch)
        s.append(t)
        i += step
    return cap("".join(s))


def cyr_to(text, tab):
    out, prev = [], " "
    for ch in text:
        low = ch.lower()
        t = tab.get(low)
        if t is None:
            out.append(ch)
        else:
            if low in "ео" and (prev in " -" or prev in RU_VOWELS) and low + "0" in tab:
                t = tab[low + "0"]
            out.append(cap(t) if ch != low else t)
        prev = ch
    return "".join(out)


def lat_to(text, tab):
    out, w, i = [], strip_accents(text), 0
    while i < len(w):
        ch = w[i]
        low, two, step = ch.lower(), w[i : i + 2].lower(), 1
        if two in LAT_DIGRAPHS and two in tab:
            t, step = tab[two], 2
        elif (i == 0 or w[i - 1] in " -") and low + "0" in tab:
            t = tab[low + "0"]
        elif low == "c" and w[i + 1 : i + 2].lower() in ("e", "i"):
            t = tab["s"]
        elif low == "y" and w[i + 1 : i + 2].lower() not in tuple("aeiou"):
            t = tab["i"]  # Khoury, Lynn: a vowel, not a glide
        elif low == "e" and i == len(w) - 1 and i > 3 and w[i - 1].lower() not in "aeiouy":
            t = ""  # silent final e: Alice, Cécile
        else:
            t = tab.get(low, ch)
        out.append(cap(t) if ch.isupper() else t)
        i += step
    return "".join(out)


def strip_accents(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


_RENDER: dict = {}


def render(name, system, salt):
    """Canonical name -> the given output system; cached (names repeat a lot)."""
    key = (name, system, salt)
    r = _RENDER.get(key)
    if r is None:
        r = _RENDER[key] = _render(name, system, salt)
    return r


def _render(name, system, salt):
    script, text, _doc = name
    if script == "hy":
        if system == "hy":
            return text
        if system in ("ru", "ru_old", "ru_icao"):
            cyr = hy_to_cyr(text, salt)
            return cyr if system == "ru" else cyr_to(cyr, CYR_LAT[system])
        r = hy_to_lat(text, HY_LAT[system])
        if system == "lc":
            if salt % 3 == 0 and r.endswith("yan"):  # classical spelling: Yovhannisean
                r = re.sub("^Hov", "Yov", r[:-3] + "ean")
            if salt % 2:
                r = r.replace("ʻ", "")
        return r
    if script == "ru":
        if system == "ru":
            return text
        if system == "hy":
            return cyr_to(text, RU_HY)
        r = cyr_to(text, CYR_LAT[system])
        if system == "chat":
            for a, b in (("kh", "x"), ("Kh", "X"), ("ts", "c"), ("Ts", "C")):
                r = r.replace(a, b)
        return r
    if system == "hy":
        return lat_to(text, LAT_HY)
    if system == "ru":
        return lat_to(text, LAT_RU)
    return strip_accents(text) if system in ("am", "ru_old", "ru_icao", "chat") else text


def ru_patronymic(father, female):
    """Сергей -> Сергеевич/Сергеевна, Юрий -> Юрьевич, Ашот -> Ашотович (Soviet usage)."""
    f = father
    if f.endswith("ий"):
        stem, soft = f[:-2] + "ь", True
    elif f[-1:] in "йь":
        stem, soft = f[:-1], True
    else:
        stem, soft = f, f[-1:] in "жшчщцаеиоуэюя"
    return stem + ("ев" if soft else "ов") + ("на" if female else "ич")


def genitive(name, latin):
    """Armenian patronymic = father's name in the genitive: Արմենի, Ժորայի; Armeni, Zhorayi."""
    if latin:
        return name + ("yi" if name[-1:] in "aoAO" else "i")
    return name + ("յի" if name[-1:] in "աոօ" else "ի")


MASCULINE = [p.split(">") for p in "ова>ов ева>ев ина>ин ская>ский ova>ov eva>ev ina>in".split()]
MASCULINE += [p.split(">") for p in "skaya>skiy ովա>ով ևա>և".split()]
FEMININE = [p.split(">") for p in "ский>ская цкий>цкая ой>ая ов>ова ев>ева ин>ина ын>ына".split()]


def masculine(family):
    """A clerk drops the Russian feminine ending: Иванова/Ivanova -> Иванов/Ivanov."""
    for fem, masc in MASCULINE:
        if family.lower().endswith(fem):
            return family[: -len(fem)] + (masc.upper() if family.isupper() else masc)
    return family


def feminine(sur):
    """Russian surname agreement: Иванов -> Иванова, Козловский -> Козловская; -ко, -дзе stay."""
    s = sur[1]
    for m, f in FEMININE:
        if s.endswith(m):
            return (sur[0], s[: -len(m)] + f, sur[2])
    return sur


# --------------------------------------------------------------------------- keyboards / typos
def keyboard(rows, pairs=""):
    """Neighbours on a staggered keyboard, plus confusable pairs."""
    nb: dict[str, list[str]] = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            if r > 0:
                near += [rows[r - 1][j] for j in (i, i + 1) if j < len(rows[r - 1])]
            if r + 1 < len(rows):
                near += [rows[r + 1][j] for j in (i - 1, i) if 0 <= j < len(rows[r + 1])]
            nb[ch] = near
    for a, b in pairs.split():
        nb.setdefault(a, []).append(b)
        nb.setdefault(b, []).append(a)
    return nb


KEYBOARDS = {
    "la": keyboard(["qwertyuiop", "asdfghjkl", "zxcvbnm"]),
    "ru": keyboard(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"], "её ий еэ"),
    # Armenian phonetic layout (q=ք w=ո e=ե ...) plus classic spelling confusions է/ե, օ/ո, ռ/ր.
    "hy": keyboard(["քոերտըւիօպ", "ասդֆգհյկլ", "զղցվբնմ"], "եէ ոօ րռ տթ պփ կք չճ ծց ղխ ձծ ջչ"),
}


def typo(s, kb, rng):
    n = len(s)
    if n < 3:
        return s, ""
    i = rng.randrange(1, n)
    op = rng.random()
    if op < 0.4:
        near = kb.get(s[i].lower())
        if near:
            c = rng.choice(near)
            return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1 :], "key"
    if op < 0.65:
        return s[:i] + s[i + 1 :], "drop"
    if op < 0.8:
        return s[:i] + s[i] + s[i:], "double"
    i = min(i, n - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :], "swap"


# --------------------------------------------------------------------------- clerks
class Clerk:
    __slots__ = tuple(
        """cid system kb case salt ev_split patr patr_omit typo swap patr_in_given dm_swap
        year_only age_year pad no_dob no_sex sex_wrong no_origin region plus no_phone head_phone
        phone_typo no_hh ref_style fem_drop copy_doc chat_w""".split()
    )


def make_clerk(rng, site, idx, system):
    c = Clerk()
    c.cid, c.system, c.salt = f"{SITE[site][1]}-c{idx:02d}", system, rng.randrange(6)
    latin = system not in ("hy", "ru")
    c.kb = KEYBOARDS["la" if latin else system]
    s = rng.random() ** 2  # sloppiness: most clerks careful, a few very sloppy
    upper = {"hy": 0.05, "ru": 0.12, "am": 0.45, "ru_old": 0.6, "ru_icao": 0.6, "chat": 0}
    c.case = "upper" if rng.random() < upper.get(system, 0.1) else "title"
    if system == "chat" and rng.random() < 0.5:
        c.case = "lower"
    c.chat_w = system == "chat" and rng.random() < 0.3  # old "Armenglish": w for v
    c.ev_split = system == "hy" and rng.random() < 0.35  # types եվ instead of the և ligature
    patr = {
        "hy": "gen:55 bare:15 none:30",
        "ru": "ru:85 none:15",
        "ru_old": "ru_lat:1 none:1",
        "am": "gen:25 bare:20 ru_lat:10 none:45",
        "ru_icao": "ru_lat:1 none:1",
    }
    c.patr = Pool(wt(patr.get(system, "bare:30 none:70"))).pick(rng)
    c.patr_omit = rng.uniform(0.02, 0.25)
    c.typo = 0.003 + 0.03 * s
    c.swap = 0.001 + 0.02 * s * (2 if system == "ru" else 1)  # "Фамилия Имя" order habit
    c.patr_in_given = 0.001 + 0.01 * s
    # day/month swaps: keying DD.MM.YYYY paper forms into YYYY-MM-DD, or a US-trained volunteer
    c.dm_swap = rng.uniform(0.04, 0.15) if rng.random() < (0.4 if latin else 0.2) else 0.005
    border = SITE[site][5] == "border"
    c.year_only = rng.uniform(0.05, 0.2) if border and rng.random() < 0.5 else rng.uniform(0, 0.05)
    c.age_year = rng.uniform(0, 0.08)
    c.pad = rng.random() < 0.25  # software demands a full date: year-only becomes YYYY-01-01
    c.no_dob = rng.uniform(0.003, 0.04)
    c.no_sex = 0 if rng.random() < 0.5 else rng.uniform(0.02, 0.3)
    c.sex_wrong = 0.004 if latin and system != "am" else 0.0005
    c.no_origin = rng.uniform(0.01, 0.3)
    c.region = rng.uniform(0, 0.15)
    c.plus = rng.choice((0.95, 0.05, 0.5))
    c.no_phone = rng.uniform(0.02, 0.25)
    c.head_phone = rng.random() < 0.3
    c.phone_typo = 0.002 + 0.02 * s
    c.no_hh = rng.uniform(0.03, 0.6)
    c.ref_style = Pool([(0, 80), (1, 6), (2, 14)]).pick(rng)  # as issued, bare number, retyped
    c.fem_drop = {"hy": 0.3, "ru": 0.0}.get(system, 0.1)
    c.copy_doc = rng.uniform(0.5, 0.95) if latin else 0.0
    return c


def make_clerks(rng):
    """Each site's clerk mix follows its kind by quota (largest remainder), then shuffled."""
    clerks = {}
    for name, _code, _fmt, _open, n, kind, _w in SITES:
        mix = CLERK_SYSTEMS[kind]
        total = sum(w for _, w in mix)
        quota = [(k, n * w / total) for k, w in mix]
        systems = [k for k, q in quota for _ in range(int(q))]
        rest = sorted(quota, key=lambda kq: (int(kq[1]) - kq[1], rng.random()))
        systems += [k for k, _ in rest[: n - len(systems)]]
        rng.shuffle(systems)
        clerks[name] = [make_clerk(rng, name, i, k) for i, k in enumerate(systems)]
    clerks["Yerevan-2"][-1] = make_clerk(rng, "Yerevan-2", 99, "lc")  # one scholarly volunteer
    return clerks


# --------------------------------------------------------------------------- people
class Person:
    __slots__ = tuple(
        """pid sex dob alt_dob placeholder given family maiden maiden_rate father nick old_phone
        new_phone switch adult""".split()
    )

    def phone_at(self, minute):
        if self.new_phone and (minute >= self.switch or not self.old_phone):
            return self.new_phone, True
        return self.old_phone, False


class Phones:
    """Unique subscriber numbers per operator code via an affine permutation of 0..999999."""

    def __init__(self, rng):
        self.next: dict[str, int] = {}
        self.off = {p: rng.randrange(10**6) for p in ["97", *NEW_SIM.items]}

    def take(self, prefix):
        k = self.next.get(prefix, 0)
        self.next[prefix] = k + 1
        return f"{prefix}{(k * 387_403 + self.off[prefix]) % 10**6:06d}"


class Household:
    __slots__ = ("hid", "members", "origin", "alt", "arrival", "contact")


def cohort(by):
    return 0 if by < 1960 else 1 if by < 1990 else 2


def given_name(rng, grp, sex, by):
    male, female, _sur = POOLS[grp]
    return (male if sex == "M" else female)[cohort(by)].pick(rng)


def build_household(rng, hid, clans, phones, next_pid):
    """Compose one household; returns it with members in registration order (head first)."""
    hh = Household()
    hh.hid, hh.members, hh.contact = hid, [], None
    grp = HH_GROUP.pick(rng)
    kind = HH_KIND.pick(rng)
    if grp in ("we", "pa"):
        kind = rng.choice(("single", "young", "nuclear"))
    family = POOLS[grp][2].pick(rng)
    if grp == "ka" and rng.random() < 0.02:
        family = ARM_RU_SUR.pick(rng)  # Russified Armenian surname (Арутюнов / Арутюнова)
    gfather = None if grp in ("we", "pa") else given_name(rng, grp, "M", 1940)
    hh.origin = ORIGIN_POOL.pick(rng)
    # Brothers' households: same surname, same origin, same father (hence patronymic).
    if grp in ("ka", "dia", "yz") and kind in ("nuclear", "young", "mother") and clans:
        if rng.random() < 0.3:
            family, gfather, hh.origin = clans[rng.randrange(len(clans))]
    if grp in ("ka", "dia", "yz"):
        clan = (family, gfather, hh.origin)
        if len(clans) < 400:
            clans.append(clan)
        else:
            clans[rng.randrange(400)] = clan
    hh.alt = rng.choice(DISPLACED) if hh.origin == "Stepanakert" and rng.random() < 0.15 else None
    hh.arrival = ARRIVAL.pick(rng)

    def person(sex, by, given=None, fam=family, father=None, g=grp):
        p = Person()
        p.pid, p.sex = next_pid + len(hh.members), sex
        by = min(by, 2023)
        p.dob = date(by, 1, 1) + timedelta(rng.randrange(365 if by < 2023 else 260))
        p.placeholder = by < 1950 and rng.random() < (0.25 if g == "yz" else 0.12)
        if p.placeholder:
            p.dob = date(by, 1, 1)  # unknown birthday: Soviet papers put 1 January
        p.alt_dob = p.dob + timedelta(rng.choice((-1, 1, 10))) if rng.random() < 0.005 else None
        p.given = given or given_name(rng, g, sex, by)
        p.family = feminine(fam) if sex == "F" and fam[0] == "ru" else fam
        p.maiden, p.maiden_rate = None, 0.0
        p.father = father
        if father is None and g not in ("we", "pa"):  # Westerners and Iranians: no patronymic
            p.father = given_name(rng, g, "M", by - 30)
        nick = NICK.get(p.given[1])
        p.nick = (p.given[0], nick, "") if nick and rng.random() < 0.1 else None
        age = 2023 - by
        p.adult = age >= 18
        own = 0.88 if 18 <= age < 65 else 0.45 if age >= 65 else 0.5 if age >= 14 else 0
        p.old_phone = p.new_phone = None
        if rng.random() < own:
            p.old_phone = None if g == "we" else phones.take("97")
            if g == "we" or rng.random() < 0.6:
                p.new_phone = phones.take(NEW_SIM.pick(rng))
            p.switch = (hh.arrival + rng.randint(0, 8)) * 1440 + rng.randrange(1440)
        hh.members.append(p)
        return p

    def wife_of(husband, by):
        wg = WIFE_GROUP.pick(rng) if grp == "ka" else "same"
        wg = grp if wg == "same" else wg
        maiden = POOLS[wg][2].pick(rng)
        keeps = rng.random() < (0.04 if wg == grp else 0.3)
        w = person(
            "F", by, given_name(rng, wg, "F", by), maiden if keeps else husband.family, None, wg
        )
        if not keeps:
            w.maiden = feminine(maiden) if maiden[0] == "ru" else maiden
            w.maiden_rate = 0.35 if rng.random() < 0.2 else 0.03
        return w, wg

    def children(father, mother, wg, fam, n):
        by = mother.dob.year + rng.randint(19, 27)
        first_son, used = True, {father.given, mother.given}

        def fresh(sex, g, by):  # siblings do not share a name, nor a daughter her mother's
            for _ in range(4):
                name = given_name(rng, g, sex, by)
                if name not in used:
                    break
            used.add(name)
            return name

        for _ in range(n):
            if by > 2023:
                break
            sex = "M" if rng.random() < 0.52 else "F"
            g = wg if wg in ("ru", "ua") and rng.random() < 0.25 else grp
            name = None
            if sex == "M" and first_son and rng.random() < 0.3 and father.father is not None:
                name = father.father  # first son named after the paternal grandfather
            elif sex == "M" and rng.random() < (0.06 if grp in ("ru", "we") else 0.02):
                name = father.given  # son named after his father
            first_son = first_son and sex == "F"
            kid = person(sex, by, name or fresh(sex, g, by), fam, father.given, g)
            if rng.random() < 0.015:  # twins: same birth date, usually the same sex
                tsex = kid.sex if rng.random() < 0.6 else "MF"[kid.sex == "M"]
                twin = person(tsex, by, fresh(tsex, g, by), fam, kid.father, g)
                twin.dob = kid.dob
            by += rng.choice((1, 2, 2, 3, 3, 4, 5, 7))

    nkids = Pool([(0, 5), (1, 25), (2, 38), (3, 22), (4, 8), (5, 2)]).pick(rng)
    if kind in ("nuclear", "young", "mother", "extended"):
        if kind == "extended":
            gby = 2023 - rng.randint(58, 88)
            gf = person("M", gby, gfather) if rng.random() < 0.65 else None
            if gf is not None and rng.random() < 0.8:
                wife_of(gf, gby + rng.randint(0, 6))
            elif gf is None:
                person("F", gby + rng.randint(0, 6))  # widowed grandmother
            hby = gby + rng.randint(22, 36)
        else:
            hby = 2023 - (rng.randint(20, 32) if kind == "young" else rng.randint(24, 56))
        if kind == "mother":  # husband killed in 2020, detained, or stayed behind
            absent = Person()
            absent.pid, absent.given, absent.family = -1, given_name(rng, grp, "M", hby), family
            absent.father = gfather
            mother, wg = wife_of(absent, hby + rng.randint(0, 6))
            children(absent, mother, wg, family, max(1, nkids))
        else:
            h = person("M", hby, None, family, gfather)
            w, wg = wife_of(h, hby + rng.randint(-2, 8))
            children(h, w, wg, family, 0 if kind == "young" else nkids)
            if kind == "extended" and rng.random() < 0.15:
                person("MF"[rng.random() < 0.5], hby + rng.randint(-4, 8), None, family, h.father)
    elif kind == "elderly":
        h = person("M", 2023 - rng.randint(60, 88))
        wife_of(h, h.dob.year + rng.randint(0, 7))
    elif kind == "lone_old":
        p = person("F" if rng.random() < 0.78 else "M", 2023 - rng.randint(60, 95))
        if p.sex == "F":
            p.maiden, p.maiden_rate = POOLS[grp][2].pick(rng), 0.05
            p.maiden = feminine(p.maiden) if p.maiden[0] == "ru" else p.maiden
    else:
        person("M" if rng.random() < 0.6 else "F", 2023 - rng.randint(18, 60))
    hh.contact = next((m for m in hh.members if m.adult and (m.old_phone or m.new_phone)), None)
    return hh


# --------------------------------------------------------------------------- registrations
class Visit:
    __slots__ = ("site", "minute", "clerk", "members", "ref", "docs", "kind")


def plan_visits(rng, hh, clerks, counters):
    """First registration, household and individual re-registrations."""
    refs: dict[str, str] = {}
    count = dict.fromkeys((p.pid for p in hh.members), 0)
    dest = DEST_POOL.pick(rng)
    r = rng.random()
    first = "Kornidzor" if hh.arrival <= 8 and r < 0.6 else "Goris" if r < 0.85 else dest
    visits = []

    def visit(site, day, members, kind, reuse):
        day = max(day, SITE[site][3])
        day = day if day <= LAST_DAY else LAST_DAY - rng.randrange(4)
        members = [p for p in members if count[p.pid] < 4]  # nobody registers more than 4 times
        if not members:
            return day
        for p in members:
            count[p.pid] += 1
        v = Visit()
        v.site, v.members, v.kind = site, members, kind
        hour = BORDER_HOURS.pick(rng) if site == "Kornidzor" else rng.randint(9, 19)
        v.minute = day * 1440 + hour * 60 + rng.randrange(60)
        v.clerk = rng.choice(clerks[site])
        v.docs = rng.random() < (0.7 if kind == "first" else 0.85)  # many fled without papers
        if site in refs and rng.random() < reuse:
            v.ref = refs[site]
        else:
            counters[site] = n = counters.get(site, 0) + 1
            md = DAY_DATE[day].strftime("%m%d")
            v.ref = refs[site] = SITE[site][2].format(n=n, md=md)
        visits.append(v)
        return day

    m = hh.members
    if len(m) >= 3 and rng.random() < 0.07:  # e.g. grandparents came on another bus
        k = rng.randint(1, len(m) - 1)
        day = visit(first, hh.arrival, m[:k], "first", 0)
        last = visit(rng.choice((first, dest)), day + rng.randint(0, 2), m[k:], "first", 0.5)
    else:
        start = hh.arrival + (0 if first in ("Kornidzor", "Goris") else rng.randint(0, 2))
        last = visit(first, start, m, "first", 0)
    if rng.random() < 0.11:  # the household registers again at its destination
        adults = [p for p in m if p.adult]
        sub = m if rng.random() < 0.8 or not adults else adults[:1] + [p for p in m if not p.adult]
        site = dest if rng.random() < 0.8 else first
        day = visit(site, last + rng.randint(1, 10), sub, "household_again", 0.7)
        if rng.random() < 0.2:
            again = rng.choice((dest, DEST_POOL.pick(rng)))
            visit(again, day + rng.randint(0, 6), sub, "household_third", 0.6)
    for p in m:
        if p.adult and rng.random() < 0.05:  # one adult alone, e.g. for cash assistance
            kids = [c for c in m if not c.adult] if p.sex == "F" and rng.random() < 0.5 else []
            for _ in range(1 + (rng.random() < 0.15)):
                site = Pool([(dest, 60), (first, 15), (DEST_POOL.pick(rng), 25)]).pick(rng)
                visit(site, hh.arrival + rng.randint(1, 18), [p, *kids], "individual_again", 0.5)
    return visits


def name_text(name, c, docs, rng, tags, field):
    if name[2] and docs and c.copy_doc and rng.random() < c.copy_doc:
        tags.append(f"foreign_passport_spelling_{field}")
        return name[2]
    s = render(name, c.system, c.salt)
    if c.ev_split and "և" in s:
        s = s.replace("և", "եվ")
    if c.chat_w:
        s = s.replace("v", "w").replace("V", "W")
    return s


def patronymic(p, c, rng, tags):
    f = p.father
    if f is None or c.patr == "none" or rng.random() < c.patr_omit:
        return ""
    if c.patr in ("ru", "ru_lat"):
        cyr = ru_patronymic(render(f, "ru", c.salt), p.sex == "F")
        if c.patr == "ru":
            return cyr
        tags.append("patronymic_ru_latin")
        return cyr_to(cyr, CYR_LAT[c.system])
    base = name_text(f, c, True, rng, [], "")
    return genitive(base, c.system != "hy") if c.patr == "gen" else base


def birth_text(p, c, docs, day, rng, tags):
    if rng.random() < c.no_dob * (1 if docs else 2):
        tags.append("no_birth_date")
        return ""
    d = p.dob
    if p.alt_dob and rng.random() < 0.4:
        d = p.alt_dob
        tags.append("other_document_birth_date")
    y = d.year
    if p.placeholder:
        if c.pad or rng.random() < 0.75:
            tags.append("placeholder_0101")
            return f"{y}-01-01"
        tags.append("year_only")
        return str(y)
    if rng.random() < c.age_year * (1 if docs else 2.5):  # clerk asks the age, writes a year
        reg = DAY_DATE[day]
        age = reg.year - y - ((d.month, d.day) > (reg.month, reg.day))
        if age >= 70 and not docs and rng.random() < 0.25:
            age = 5 * round(age / 5)
            tags.append("approximate_age")
        yy = reg.year - age
        tags.append("age_derived_year" + ("_off_by_one" if yy != y else ""))
        return f"{yy}-01-01" if c.pad else str(yy)
    if rng.random() < c.year_only:
        tags.append("year_padded_0101" if c.pad else "year_only")
        return f"{y}-01-01" if c.pad else str(y)
    m, dd = d.month, d.day
    if dd <= 12 and dd != m and rng.random() < c.dm_swap:
        m, dd = dd, m
        tags.append("day_month_swapped")
    elif rng.random() < c.typo / 3:
        y2 = y - y % 100 + (y % 10) * 10 + (y // 10) % 10  # 1978 -> 1987
        if y2 != y and y2 <= 2023 and (m, dd) != (2, 29):
            y = y2
        else:
            dd = dd + 1 if dd < 28 else dd - 1
        tags.append("date_digit_error")
    if date(y, m, dd) > DAY_DATE[day]:  # a clerk would notice a birth after today
        y, m, dd = p.dob.year, p.dob.month, p.dob.day
        tags.append("error_undone_future_date")
    return f"{y:04d}-{m:02d}-{dd:02d}"


def origin_text(hh, c, rng, tags):
    if rng.random() < c.no_origin:
        tags.append("no_origin")
        return ""
    key = hh.origin
    if hh.alt and rng.random() < 0.4:
        key = hh.alt
        tags.append("origin_pre2020_home")
    if rng.random() < c.region:
        key = ORIGINS[key][3]
        tags.append("origin_as_region")
    hy, la, ru, _d, _w = ORIGINS[key]
    if c.system == "hy":
        return hy
    forms = ru if c.system == "ru" else la
    s = forms[c.salt % len(forms)]
    return s.replace("ts", "c").replace("kh", "x") if c.system == "chat" else s


def phone_text(p, hh, c, minute, rng, tags):
    holder = p if (p.old_phone or p.new_phone) and not c.head_phone else hh.contact or p
    num, new = holder.phone_at(minute)
    if not num or rng.random() < c.no_phone:
        tags.append("no_phone")
        return ""
    if holder is not p:
        tags.append("phone_of_household_contact")
    if new:
        tags.append("new_armenian_sim")
    if rng.random() < c.phone_typo:
        i = rng.randrange(3, 8)
        if rng.random() < 0.5:
            num = num[:i] + str((int(num[i]) + rng.randint(1, 9)) % 10) + num[i + 1 :]
        else:
            num = num[: i - 1] + num[i] + num[i - 1] + num[i + 1 :]
        tags.append("phone_digit_error")
    return ("+374" if rng.random() < c.plus else "0") + num


def household_ref(v, c, rng, tags):
    if rng.random() < c.no_hh:
        tags.append("no_household_ref")
        return ""
    if c.ref_style == 1:
        tags.append("household_ref_digits_only")
        return str(int(re.findall(r"\d+", v.ref)[-1]))
    if c.ref_style == 2:
        return v.ref.lower().replace("-", " ")
    return v.ref


def make_record(p, hh, v, minute, rng):
    c, docs = v.clerk, v.docs
    tags = [f"system_{c.system}", v.kind] + ([] if docs else ["no_documents"])
    fam = p.family
    if p.maiden is not None and rng.random() < p.maiden_rate:
        fam = p.maiden
        tags.append("maiden_name")
    giv = p.given
    if p.nick is not None and rng.random() < (0.2 if docs else 0.45):
        giv = p.nick
        tags.append("pet_name")
    given = name_text(giv, c, docs, rng, tags, "given")
    family = name_text(fam, c, docs, rng, tags, "family")
    if p.sex == "F" and fam[0] == "ru" and c.system != "ru" and rng.random() < c.fem_drop:
        m = masculine(family)
        if m != family:
            family = m
            tags.append("masculine_surname_form")
    patr = patronymic(p, c, rng, tags)
    rate = c.typo * (1 if docs else 2)
    if rng.random() < rate:
        given, k = typo(given, c.kb, rng)
        tags.append("typo_given_" + k)
    if rng.random() < rate:
        family, k = typo(family, c.kb, rng)
        tags.append("typo_family_" + k)
    if patr and rng.random() < rate / 2:
        patr, k = typo(patr, c.kb, rng)
        tags.append("typo_patronymic_" + k)
    if rng.random() < c.swap:
        given, family = family, given
        tags.append("given_family_swapped")
    elif patr and rng.random() < c.patr_in_given:
        if rng.random() < 0.5:
            given, patr = f"{given} {patr}", ""
            tags.append("patronymic_appended_to_given")
        else:
            given, patr = patr, given
            tags.append("patronymic_in_given_field")
    origin = origin_text(hh, c, rng, tags)
    if c.case != "title":
        f = str.upper if c.case == "upper" else str.lower
        given, family, patr, origin = f(given), f(family), f(patr), f(origin)
    sex = p.sex
    if rng.random() < c.no_sex:
        sex = ""
        tags.append("no_sex")
    elif rng.random() < c.sex_wrong:
        sex = "F" if sex == "M" else "M"
        tags.append("sex_wrong")
    day = minute // 1440
    birth = birth_text(p, c, docs, day, rng, tags)
    phone = phone_text(p, hh, c, minute, rng, tags)
    at = f"{DAY_STR[day]}T{minute % 1440 // 60:02d}:{minute % 60:02d}"
    return [
        given,
        family,
        patr,
        sex,
        birth,
        origin,
        phone,
        household_ref(v, c, rng, tags),
        at,
        v.site,
    ], tags


# --------------------------------------------------------------------------- driver
HEADER = (
    "record_id,given_name,family_name,patronymic,sex,birth_date,origin,phone,household_ref,"
    "registered_at,site"
).split(",")


def generate(n_people, seed, out, explain):
    t0 = time.perf_counter()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    clerks = make_clerks(rng)
    phones, counters, clans = Phones(rng), {}, []
    tmp = Path(tempfile.mkdtemp(prefix=".third_hands_", dir=out))
    nb = 64
    buckets = [open(tmp / f"b{i:02d}", "w", encoding="utf-8") for i in range(nb)]
    people = records = multi = hid = 0
    try:
        while people < n_people:
            hh = build_household(rng, hid, clans, phones, people)
            hh.members = hh.members[: n_people - people]
            if hh.contact not in hh.members:
                hh.contact = next((m for m in hh.members if m.old_phone or m.new_phone), None)
            seen: dict[int, int] = {}
            for v in plan_visits(rng, hh, clerks, counters):
                minute = v.minute
                for p in v.members:
                    row, tags = make_record(p, hh, v, minute, rng)
                    meta = [f"P{p.pid:07d}", f"H{hid:06d}", v.clerk.cid, ";".join(tags)]
                    buckets[rng.randrange(nb)].write("\t".join(row + meta) + "\n")
                    seen[p.pid] = seen.get(p.pid, 0) + 1
                    minute += rng.randint(1, 3)
            records += sum(seen.values())
            multi += sum(1 for k in seen.values() if k > 1)
            people += len(hh.members)
            hid += 1
        for b in buckets:
            b.close()
        files = [
            open(out / n, "w", encoding="utf-8", newline="")
            for n in ("records.csv", "truth.csv") + (("why.csv",) if explain else ())
        ]
        w = [csv.writer(f, lineterminator="\n") for f in files]
        w[0].writerow(HEADER)
        w[1].writerow(["record_id", "person_id"])
        if explain:
            w[2].writerow(["record_id", "person_id", "household_id", "clerk_id", "habits"])
        n = 0
        for i in range(nb):
            lines = (tmp / f"b{i:02d}").read_text(encoding="utf-8").splitlines()
            rng.shuffle(lines)
            for line in lines:
                f = line.split("\t")
                n += 1
                rid = f"TH{n:08d}"
                w[0].writerow([rid, *f[:10]])
                w[1].writerow([rid, f[10]])
                if explain:
                    w[2].writerow([rid, *f[10:]])
        for f in files:
            f.close()
    finally:
        for b in buckets:
            b.close()
        shutil.rmtree(tmp, ignore_errors=True)
    secs = time.perf_counter() - t0
    print(
        f"third_hands: {people} people, {records} records, "
        f"{(records - people) / max(records, 1):.1%} duplicate records, "
        f"{multi / max(people, 1):.1%} people with >1 record, {hid} households, "
        f"{secs:.1f}s -> {out}"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    generate(a.people, a.seed, a.out, a.explain)


if __name__ == "__main__":
    main()
