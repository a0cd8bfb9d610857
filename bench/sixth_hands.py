"""Sixth hands: a synthetic multi-agency registry of the Ukrainian flight of spring 2022.

This generator is written independently of the linker it is meant to test.  It knows nothing of
how `refuge` matches records; it only tries to write down, as faithfully as a few hundred lines of
tables allow, how people fleeing Ukraine between 24 February and 30 June 2022 were registered by
many hands in Moldova, Poland and Romania.

The world
---------
* Households leave Kharkiv, Kyiv and its suburbs (Bucha, Irpin, Hostomel), Mariupol and the rest of
  Donetsk oblast, Odesa, Mykolaiv, Zaporizhzhia, Kherson, Dnipro, Sumy, Chernihiv, and from the
  villages around them.  Men aged 18-60 mostly could not leave, so households are mothers with
  children, grandmothers with grandchildren, elderly couples, single women, adult daughters with an
  old parent; a few exempt fathers of three or more, unaccompanied teenagers, large Roma families,
  and foreign students (Indian, Nigerian, Moroccan) travelling alone.
* Most people are Ukrainians; in the east and south many are Russian-speaking, so a name has a
  Ukrainian form (the one in the documents: Олександр, Тетяна, Ганна) and a Russian form
  (Александр, Татьяна, Анна) that the person may give at a desk.  There are ethnic Russians, Crimean
  Tatars, Roma, Hungarians of Zakarpattia, Romanians/Moldovans and Bulgarians/Gagauz of Odesa oblast
  and Bukovina, Armenians, Jews.  Surnames follow a concentrated head (Мельник, Шевченко, Коваленко,
  Бондаренко, Бойко ...) and a long tail; -ський/-ська, -ов/-ова, -ін/-іна, -ий/-а differ by sex.
* Children get names of their generation (Софія, Анастасія, Артем, Максим), grandmothers theirs
  (Галина, Валентина, Людмила).  Some children are named after a grandparent, a few sons after their
  father; there are twins, and namesakes (a common name and surname in the same birth year) arise
  by themselves in a large population.
* A household shares a surname (mostly), an origin, and a Ukrainian mobile number (+380); after a
  while in a country many buy a local SIM (+373, +48, +40) and give that one instead.
* People are registered at the border (Palanca, Otaci, Medyka, Dorohusk, Siret, Isaccea, Sighetu
  Marmației ...), at reception points (Chișinău MoldExpo, Przemyśl station, Bucharest Romexpo ...),
  for temporary protection (PESEL in Polish town halls, IGI in Romania) and for UNHCR cash
  assistance.  Most people appear once; roughly one in seven appears two to four times, with the
  household or alone, with days or weeks between.  Moldova arrivals often move on to Romania.

The hands
---------
Every site has a few clerks per agency; a clerk keeps the same habits for all their records.
* Script and transliteration: Moldovan border police and Moldovan staff write Romanian-style Latin
  (Şevcenco, Olexandr, Covalciuc, Serghei) or Russian Cyrillic (Александр Шевченко, with the
  Russian form of the name); Romanian desks write Şevcenko, Oleksandr; Polish desks Polish
  transliteration (Ołeksandr Szewczenko, Julija, Mykoła; some polonise -ська into -ska) and Polish
  exonyms (Charków, Kijów); UN and NGO staff write English with the 2010 Ukrainian national table
  (Oleksandr, Yuliia, Serhii, Kharkiv) or their own ad hoc English (Serhiy, Yulia, Olexandr);
  Ukrainian volunteers type Ukrainian Cyrillic, some on Russian keyboards (Latin i for і, е for
  є, ъ or ` for the apostrophe).  A person's international passport holds one fixed Latin spelling:
  the 2010 table, an older table (OLEXANDR, SERGIY, YULIYA), a Russian-based one (ALEKSANDR,
  SERGEY) or, for the very old, a French-based Soviet one (CHEVTCHENKO).  Border guards scan it in
  capitals; others copy it.  Hungarians, Romanians, Armenians, Tatars and students may give their
  own spelling (Kovács Zoltán, Ion Ciobanu, Harutyunyan, Ayşe).
* Patronymics in Ukrainian (-ович/-івна) or Russian (-ович/-овна), or transliterated, mostly
  omitted by western desks; Polish and Romanian forms ask for the father's first name instead.
* Mistakes: keyboard-neighbour typos on the clerk's layout, dropped, doubled and swapped letters;
  given and family name swapped; patronymic typed into the given-name box; day and month swapped;
  year-only or age-derived birth years (and 01-01 placeholders) for the old and the undocumented;
  missing fields; diminutives (Sasha, Kolya, Tanya, Natasha, Dima, Vova, Lena); diacritics lost or
  typed with a cedilla or a comma; phone numbers in a dozen formats, with typos, or a new SIM.

Rates (per record, 100,000 people, seed 61; run with --explain to see them per record)
--------------------------------------------------------------------------------------
Latin script 79% (passport scanned 10%, copied 11%, own spelling 1%, transliterated 57%), Russian
Cyrillic 11%, Ukrainian Cyrillic 9%; Russian form of the name 24%; capitals 37%; diacritics
stripped 27%; patronymic written 19%, father's first name instead 7.5%; diminutive 2.5%; typo in
the given name 2.3%, family name 2.3%, patronymic 0.8%; names swapped 0.9%; day and month swapped
0.7%; year only 0.7%, age-derived 0.5%, 01-01 placeholder 0.5%; birth date missing 2.2%; sex
blank 8%, wrong 0.3%; phone missing 33%, a new local SIM 11%, phone typo 0.4%; origin missing
28%, an exonym (Charków, Kiev) 16%, only the oblast 6%; household reference missing 61% (most
border desks give none).  People: about 15% are registered two or more times; 1.5% are twins;
namesakes (same name and surname, same birth year) are 1% of people at 100,000 and 9% at 10^6.

Output (see /work/shared/interchange-format.md)
-----------------------------------------------
    python bench/sixth_hands.py --people N --seed S --out DIR [--explain]

DIR/records.csv  the registry, in random order, record ids assigned after shuffling;
DIR/truth.csv    record_id,person_id;
DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,tags,traps: the habits and
                 mistakes applied to each record, and what makes its person easy to confuse.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import time
from bisect import bisect
from datetime import date
from itertools import accumulate

# ---------------------------------------------------------------------------------------------
# Calendar: day 0 is 24 February 2022, the last day is 30 June 2022.
# ---------------------------------------------------------------------------------------------

DAY0 = date(2022, 2, 24).toordinal()
LAST_DAY = date(2022, 6, 30).toordinal() - DAY0
DAY_YMD = [date.fromordinal(DAY0 + d) for d in range(LAST_DAY + 1)]
DAY_STR = [d.isoformat() for d in DAY_YMD]
_JAN1: dict[int, int] = {}


class Pick:
    """A weighted choice among fixed items, drawn with one random number."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = [(item, w) for item, w in pairs if w > 0]
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def random_dob(rng, year):
    """A uniformly random birth date in `year` (before the war for those born in 2022)."""
    start = _JAN1.get(year)
    if start is None:
        start = _JAN1[year] = date(year, 1, 1).toordinal()
    span = 50 if year == 2022 else (366 if year % 4 == 0 else 365)
    d = date.fromordinal(start + rng.randrange(span))
    return (d.year, d.month, d.day)


def age_on(dob, day):
    ref = DAY_YMD[day]
    y, m, d = dob
    return ref.year - y - ((ref.month, ref.day) < (m, d))


# ---------------------------------------------------------------------------------------------
# Names.  Given names: Ukrainian form, Russian form, Ukrainian and Russian diminutives ("-" for
# none), then weights for people born before 1962, 1962-1999, and from 2000.
# ---------------------------------------------------------------------------------------------

MALE_GIVEN = """
Олександр Александр Сашко Саша 5 9 9
Сергій Сергей Сергійко Сережа 3 8 2
Андрій Андрей Андрійко Андрюша 2 7 4
Володимир Владимир Володя Вова 6 6 2
Микола Николай Миколка Коля 8 3 1
Іван Иван Івась Ваня 6 3 5
Юрій Юрий Юрко Юра 5 5 1
Віктор Виктор Вітя Витя 5 4 0.5
Дмитро Дмитрий Дмитрик Дима 1 6 7
Олег Олег - - 2 5 0.5
Василь Василий Василько Вася 6 3 0.5
Петро Петр Петрик Петя 5 2 0.3
Анатолій Анатолий Толя Толик 6 2 0.1
Валерій Валерий Валера Валера 4 3 0.1
Ігор Игорь - - 2 5 0.5
Євген Евгений Женя Женя 3 5 2
Віталій Виталий Віталік Виталик 2 5 1
Роман Роман Ромко Рома 1 4 4
Михайло Михаил Михась Миша 4 3 5
Олексій Алексей Олексійко Леша 3 5 2
Григорій Григорий Гриць Гриша 4 1 0.2
Леонід Леонид Льоня Леня 4 1 0.1
Борис Борис Боря Боря 3 1 0.3
Федір Федор Федько Федя 3 0.5 0.5
Степан Степан Стьопа Степа 3 1 1
Станіслав Станислав Стас Стас 2 2 0.5
В'ячеслав Вячеслав Слава Слава 2 3 0.5
Павло Павел Павлик Паша 3 4 2
Ярослав Ярослав Ярко Слава 1 3 2
Богдан Богдан Богданчик - 0.5 3 4
Тарас Тарас Тарасик - 0.5 2 2
Максим Максим Максимко Макс 0.2 3 9
Артем Артем Артемко Тема 0.1 2 10
Денис Денис Дениско - 0.1 3 4
Владислав Владислав Влад Влад 0.1 2 5
Данило Даниил Данилко Даня 0.1 0.5 7
Матвій Матвей Матвійко - 0.1 0.1 6
Кирило Кирилл Кирилко Кирюша 0.1 0.5 5
Назар Назар Назарко - 0.1 1 4
Єгор Егор Єгорко Егорка 0.1 0.5 5
Тимофій Тимофей Тимко Тима 0.2 0.2 4
Марк Марк - - 0.1 0.1 4
Ілля Илья Ілюша Илюша 0.5 1 5
Геннадій Геннадий Гена Гена 3 2 0.1
Костянтин Константин Костя Костя 2 3 2
Вадим Вадим - Вадик 0.5 3 0.5
Руслан Руслан - - 0.1 3 1
Валентин Валентин Валя Валя 3 1 0.2
Едуард Эдуард Едік Эдик 1 2 0.2
Ростислав Ростислав Ростик Ростик 0.5 1 2
Святослав Святослав Свят Свят 0.1 0.5 2
Давид Давид - - 0.1 0.1 3
Арсеній Арсений - Сеня 0.1 0.1 3
Остап Остап Остапко - 0.3 0.5 1
Семен Семен Сеня Сеня 2 0.3 0.5
Яків Яков Яша Яша 1 0.2 0.5
Лев Лев Левко Лева 0.5 0.2 1
Юхим Ефим - Фима 1 0.1 0
"""

FEMALE_GIVEN = """
Олена Елена Оленка Лена 3 9 1
Наталія Наталья Наталка Наташа 3 9 0.5
Тетяна Татьяна Таня Таня 6 7 0.4
Ірина Ирина Іринка Ира 2 8 0.8
Оксана Оксана Оксанка Ксюша 1 7 0.4
Світлана Светлана Світланка Света 3 6 0.2
Юлія Юлия Юля Юля 0.3 6 2.5
Ольга Ольга Оля Оля 4 6 1
Людмила Людмила Люда Люда 8 3 0.1
Галина Галина Галя Галя 9 1.5 0.1
Валентина Валентина Валя Валя 8 1 0.1
Надія Надежда Надя Надя 6 2 0.2
Ніна Нина - - 6 0.4 0.1
Любов Любовь Люба Люба 6 1 0.1
Віра Вера Віруся - 5 1 0.3
Раїса Раиса Рая Рая 5 0.2 0
Лідія Лидия Ліда Лида 5 0.4 0.1
Зінаїда Зинаида Зіна Зина 3 0.1 0
Тамара Тамара Тома Тома 5 0.8 0
Антоніна Антонина Тоня Тоня 5 0.3 0
Марія Мария Марійка Маша 6 3 6
Ганна Анна Ганнуся Аня 4 3 2
Анна Анна Аня Аня 1 3 5
Катерина Екатерина Катя Катя 3 5 4
Анастасія Анастасия Настя Настя 0.2 4 9
Вікторія Виктория Віка Вика 0.2 4 7
Софія София Соня Соня 0.2 0.5 10
Дар'я Дарья Даша Даша 0.2 1 5
Дарина Дарина Даринка - 0 0.3 4
Поліна Полина Поля Поля 0 0.5 6
Єва Ева - - 0 0.1 5
Злата Злата Златка - 0 0.1 4
Мілана Милана Міла Мила 0 0.1 4
Аліна Алина - - 0 2 5
Кіра Кира - - 0 0.3 3
Вероніка Вероника Ніка Ника 0 1 4
Діана Диана - - 0 1 3
Яна Яна - - 0 2 2
Інна Инна - - 1 4 0.1
Алла Алла - - 2 2 0
Марина Марина Маринка - 1 5 1
Валерія Валерия Лера Лера 0 1 4
Олександра Александра Саша Саша 0.5 1.5 4
Євгенія Евгения Женя Женя 1 2 1
Лариса Лариса Лара Лара 3 3 0
Уляна Ульяна Уля Уля 0.2 0.5 3
Христина Кристина Христя - 0.2 2 3
Соломія Соломия Соломійка - 0 0.2 3
Ангеліна Ангелина Ліна Лина 0 0.5 3
Карина Карина - - 0 2 2
Олеся Олеся Леся Леся 0.2 3 1
Лілія Лилия Ліля Лиля 1 2 0.5
Емілія Эмилия Міля - 0 0 2
Ярослава Ярослава Яся Слава 0 0.5 2
Мирослава Мирослава Мирося Мира 0 0.3 2
Таїсія Таисия Тася Тася 1 0 2
Ксенія Ксения Ксеня Ксюша 0.3 1 3
Майя Майя - - 1 0.5 0.5
Фаїна Фаина - Фая 0.3 0 0
Роза Роза - - 0.3 0 0
Белла Белла - - 0.2 0 0
"""

# Jewish families: a heavier share of these (Ukrainian forms).
JEWISH_GIVEN = {
    "M": "Борис:5 Михайло:5 Марк:4 Ілля:4 Лев:4 Яків:3 Юхим:3 Семен:3 Олександр:4 Давид:3",
    "F": "Софія:5 Фаїна:3 Роза:3 Белла:3 Майя:3 Інна:3 Алла:3 Єва:3 Ганна:3 Олена:3",
}

# Groups with their own names: Ukrainian form, Russian form, own Latin spelling (sex-separated).
GROUP_GIVEN = {
    "hu": {
        "M": "Золтан Золтан Zoltán|Ласло Ласло László|Аттіла Аттила Attila|Тібор Тибор Tibor|"
        "Шандор Шандор Sándor|Іштван Иштван István|Габор Габор Gábor|Ференц Ференц Ferenc|"
        "Норберт Норберт Norbert|Балаж Балаж Balázs",
        "F": "Єржебет Ержебет Erzsébet|Каталін Каталин Katalin|Ільдіко Ильдико Ildikó|"
        "Аніко Анико Anikó|Жужанна Жужанна Zsuzsanna|Тюнде Тюнде Tünde|Еніке Энике Enikő|"
        "Марія Мария Mária|Андреа Андреа Andrea|Габріелла Габриэлла Gabriella",
    },
    "ro": {
        "M": "Іон Ион Ion|Василе Василе Vasile|Георге Георге Gheorghe|Ніколае Николае Nicolae|"
        "Михай Михай Mihai|Петру Петру Petru|Думітру Думитру Dumitru|Тудор Тудор Tudor|"
        "Штефан Штефан Ștefan|Аурел Аурел Aurel",
        "F": "Марія Мария Maria|Ана Ана Ana|Іляна Иляна Ileana|Дойна Дойна Doina|"
        "Аурелія Аурелия Aurelia|Віоріка Виорика Viorica|Родіка Родика Rodica|Олена Елена Elena|"
        "Лілія Лилия Lilia|Ангела Ангела Angela",
    },
    "arm": {
        "M": "Ашот Ашот Ashot|Армен Армен Armen|Карен Карен Karen|Гайк Айк Hayk|"
        "Вардан Вардан Vardan|"
        "Тигран Тигран Tigran|Арам Арам Aram|Самвел Самвел Samvel|Артур Артур Artur|"
        "Геворг Геворг Gevorg",
        "F": "Ануш Ануш Anush|Гаяне Гаяне Gayane|Лусіне Лусине Lusine|Карине Карине Karine|"
        "Анаіт Анаит Anahit|Маріам Мариам Mariam|Сона Сона Sona|Лілит Лилит Lilit|"
        "Нарине Нарине Narine|Армине Армине Armine",
    },
    "tat": {
        "M": "Ленур Ленур Lenur|Ельдар Эльдар Eldar|Рустем Рустем Rustem|Ремзі Ремзи Remzi|"
        "Айдер Айдер Ayder|Енвер Энвер Enver|Ескендер Эскендер Eskender|Ісмаїл Исмаил İsmail|"
        "Решат Решат Reşat|Февзі Февзи Fevzi",
        "F": "Ельвіра Эльвира Elvira|Зарема Зарема Zarema|Айше Айше Ayşe|Ленара Ленара Lenara|"
        "Ельмаз Эльмаз Elmaz|Гульнара Гульнара Gülnara|Севіль Севиль Sevil|Ділара Диляра Dilara|"
        "Ельзара Эльзара Elzara|Фатіма Фатима Fatma",
    },
}

# Surnames of the groups with their own Latin spelling: Ukrainian, Russian, own Latin.
GROUP_SURNAMES = {
    "hu": "Ковач Ковач Kovács|Сабо Сабо Szabó|Надь Надь Nagy|Тот Тот Tóth|Горват Горват Horváth|"
    "Варга Варга Varga|Кіш Киш Kiss|Молнар Молнар Molnár|Балог Балог Balogh|Фекете Фекете Fekete|"
    "Орос Орос Orosz|Папп Папп Papp|Лакатош Лакатош Lakatos|Шомоді Шомоди Somogyi|Біро Биро Bíró",
    "ro": "Русу Русу Rusu|Чобану Чобану Ciobanu|Мунтяну Мунтяну Munteanu|Лунгу Лунгу Lungu|"
    "Кожокару Кожокару Cojocaru|Урсу Урсу Ursu|Морару Морару Moraru|Балан Балан Bălan|"
    "Кройтору Кройтору Croitoru|Цуркан Цуркан Țurcan|Гросу Гросу Grosu|Попеску Попеску Popescu|"
    "Бежан Бежан Bejan|Ротару Ротару Rotaru",
    "arm": "Петросян Петросян Petrosyan|Саркісян Саркисян Sargsyan|Григорян Григорян Grigoryan|"
    "Арутюнян Арутюнян Harutyunyan|Оганесян Оганесян Hovhannisyan|Мкртчян Мкртчян Mkrtchyan|"
    "Аванесян Аванесян Avanesyan|Акопян Акопян Hakobyan|Карапетян Карапетян Karapetyan|"
    "Геворкян Геворкян Gevorgyan|Манукян Манукян Manukyan|Варданян Варданян Vardanyan|"
    "Мартиросян Мартиросян Martirosyan|Симонян Симонян Simonyan",
    "tat": "Джемілєв Джемилев Cemilev|Чубаров Чубаров Çubarov|Умеров Умеров Umerov|"
    "Аблаєв Аблаев Ablayev|Сеїтов Сеитов Seitov|Ібрагімов Ибрагимов İbraimov|"
    "Мустафаєв Мустафаев Mustafayev|Османов Османов Osmanov|Асанов Асанов Asanov|"
    "Куртсеїтов Куртсеитов Qurtseitov|Алієв Алиев Aliyev|Ісмаїлов Исмаилов İsmailov|"
    "Абдуллаєв Абдуллаев Abdullayev",
}

# Ukrainian surnames, most frequent first (weight ~ bearers per 10,000 Ukrainians).
UA_SURNAMES_HEAD = """
Мельник 28 Шевченко 27 Коваленко 25 Бондаренко 22 Бойко 22 Ткаченко 19 Ковальчук 18
Кравченко 18 Коваль 16 Олійник 15 Шевчук 14 Поліщук 13 Бондар 13 Ткачук 12 Марченко 12
Лисенко 12 Руденко 12 Савченко 12 Петренко 12 Мороз 11 Кравчук 11 Клименко 11 Павленко 11
Савчук 10 Кузьменко 10 Левченко 10 Харченко 10 Карпенко 10 Гончаренко 9 Романенко 9
Василенко 9 Литвиненко 9 Мартинюк 9 Гуменюк 8 Пономаренко 8 Власенко 8 Кушнір 8 Ковальов 7
Сидоренко 8 Панченко 8 Юрченко 8 Кириленко 8 Гаврилюк 8 Лук'яненко 6 Зайченко 6 Костенко 7
Тарасенко 7 Нестеренко 7 Остапенко 7 Приходько 7 Білик 6 Яковенко 7 Іваненко 7 Демченко 7
Кравець 7 Дмитренко 6 Головко 6 Сорока 6 Ковтун 6 Гриценко 6 Білоус 5 Давиденко 6
Захарченко 6 Кучер 6 Мазур 6 Мельничук 7 Паламарчук 6 Король 5 Литвин 6 Онищенко 6 Бабенко 6
Гордієнко 5 Шаповал 6 Федоренко 6 Степаненко 5 Тимошенко 5 Яценко 5 Антоненко 5 Пилипенко 5
Назаренко 5 Максименко 5 Ющенко 4 Олексієнко 4 Дорошенко 5 Рибак 5 Сидорук 4 Соловйов 4
Мирошниченко 5 Середа 5 Вакуленко 4 Козак 5 Гребенюк 4 Ярошенко 4 Осадчий 5 Заїка 4 Гнатюк 5
Ковальський 5 Левицький 4 Вишневський 4 Заболотний 4 Лозинський 3 Чорний 5 Білий 4 Швець 5
Ільченко 4 Гончар 5 Шевцов 4 Пономарьов 3 Семенко 3 Гуцуляк 3 Стельмах 4 Коломієць 4
Прокопенко 4 Матвієнко 4 Бондарчук 5 Черненко 4 Шульга 4 Кузьмич 3 Дячук 3 Ігнатенко 3
"""

# Russian-type surnames, Russian spelling (their Ukrainian spelling is derived).
RU_SURNAMES = """
Иванов 10 Кузнецов 6 Попов 6 Смирнов 5 Петров 5 Новиков 4 Морозов 4 Волков 4 Соколов 4
Васильев 4 Павлов 3 Федоров 3 Козлов 3 Лебедев 3 Егоров 3 Макаров 3 Степанов 3 Тарасов 3
Зайцев 3 Медведев 3 Семенов 3 Беляев 2 Орлов 3 Киселев 2 Фролов 2 Никитин 3 Захаров 3
Зуев 2 Ильин 2 Гусев 2 Титов 2 Кудрявцев 2 Борисов 2 Романов 3 Воробьев 2 Сорокин 2
Виноградов 2 Белов 2 Жуков 2 Крылов 2 Комаров 2 Голубев 2 Карпов 2 Денисов 2 Гаврилов 2
Тихонов 2 Осипов 2 Мельников 2 Богданов 2 Федотов 1 Широков 1 Мухин 1 Фомин 2 Щербаков 2
Григорьев 2 Андреев 2 Алексеев 2 Сергеев 2 Николаев 2 Дмитриев 1 Яковлев 2 Максимов 2
Поляков 2 Соловьев 2 Баранов 2 Куликов 2 Сидоров 2 Абрамов 1 Миронов 1 Данилов 1
Калинин 1 Лазарев 1 Быков 1 Назаров 1 Чернов 1 Белоусов 1 Ковалевский 1 Савицкий 1
"""

BG_SURNAMES = "Димитров:4 Стоянов:3 Тодоров:3 Петков:2 Колев:2 Генчев:2 Георгиев:3 Радев:2 Кара:2"
BG_SURNAMES += " Чакир:2 Терзи:2 Топал:2 Арнаут:1"
ROMA_SURNAMES = "Балог:5 Лакатош:4 Фаркаш:3 Оршош:3 Ковач:3 Горват:3 Рац:2 Михай:2 Білаш:1"
JEWISH_SURNAMES = (
    "Рабинович:3 Кацман:3 Шапіро:3 Фельдман:3 Гольдберг:2 Лернер:2 Фрідман:2 Коган:4 Левін:3 "
    "Зільберман:2 Вайнштейн:2 Бродський:2 Гуревич:3 Шварцман:2 Каплан:2"
)

# The long tail: stems and endings of Ukrainian surnames, combined.
TAIL_STEMS = """
Гнат Гриц Дем Дан Карп Клим Кондрат Кузьм Лук Мартин Мирон Нестер Онищ Остап Панас Прокоп Сав
Сем Сид Степан Тарас Тимош Трох Фед Ярем Якуб Ант Бойч Бур Вакул Верб Вовк Ворон Гайд Гапон
Гол Горб Гуз Гуц Дзюб Довж Дорош Дуб Жук Заруб Зінч Кал Кисл Коз Колесн Корн Костюч Кравц
Лаз Лев Лит Лях Мазур Макар Мац Мел Миш Мох Нагорн Наум Ничип Олекс Омел Опанас Павл Пан Пасічн
Петрич Пилип Полт Поп Рад Реш Риб Руд Сал Сач Сень Сич Скрип Слюс Собол Сокол Стець Сушк Тимч
Ткач Трет Триш Тур Ус Філ Хом Цимб Чорн Шал Шапов Швед Шеремет Шкур Щерб Юрк Ярош Явор Багн
Бал Бар Біл Бог Бор Брат Буд Бут Вас Ващ Велич Гав Гал Гер Глад Гнид Гон Грин Гриш Губ Гул
Дмит Дяч Євтуш Жел Жур Заб Зах Зел Йос Кир Клеп Коб Ков Колод Корол Кос Крав Круп Кулик Кух
Лис Лог Лоз Луц Мал Марч Мат Мик Мих Мовч Наз Ник Нов Оліш Ос Пар Пет Плах Пол Прих Прок Рей
Ром Рос Руб Сам Свир Сер Сил Сім Скор Сор Стас Стеф Сух Тар Тер Тих Тол Уст Фом Харит Хар Хв
Цар Чаб Чер Чуб Шаб Шев Шем Шил Шпак Юх Яв Як Ян Ярм Бабич Борщ Вдов Гарк Гарм Деш Дід Дуд
Жмур Зубр Кваш Клоч Коцюб Кріп Куч Мандз Мокр Нечип Панч Перепел Пилип Розум Сірч Смоль Стрільч
"""
TAIL_ENDINGS = "енко юк ук ишин ів ович ко ик ак ець ський як уш ейко"
TAIL_INFIXES = "- ар ен ич ун ан ул ин ол ет"

# Foreign students: own Latin names; "/" separates spellings of the same name.
FOREIGN = {
    "in": {
        "M": "Rahul,Amit,Arjun,Rohit,Aditya,Vikram,Deepak,Karan,Harpreet,Gurpreet,"
        "Mohammed/Mohammad,Abhishek,Ankit,Sandeep,Vivek,Nikhil,Saurabh,Akash,Aman,Ravi,Sachin,"
        "Manish,Pranav,Yash,Harsh,Kunal,Siddharth,Varun,Ayush,Shubham,Gaurav,Tushar,Anirudh",
        "F": "Priya,Ananya,Sneha,Pooja/Puja,Neha,Anjali,Kavya,Divya,Shruti,Simran,Aishwarya,Riya,"
        "Ishita,Sakshi,Tanvi,Nandini,Meera,Aditi,Shreya,Payal,Kritika,Harshita,Muskan,Swati",
        "S": "Sharma,Kumar,Singh,Patel,Reddy,Nair,Gupta,Yadav,Verma,Das,Khan,Iyer,Menon,"
        "Choudhary/Chaudhary/Chowdhury,Mishra,Joshi,Pandey,Thakur,Rao,Banerjee,Agarwal/Aggarwal,"
        "Bhatt/Bhat,Chauhan,Desai,Dubey,Ghosh,Jain,Kapoor,Kaur,Malhotra,Mehta,Mukherjee,Naidu,"
        "Pillai,Rathore,Saxena,Shetty,Sinha,Tiwari,Trivedi,Bose,Kulkarni,Patil,Pathak",
        "cc": "91",
        "country": "India",
    },
    "ng": {
        "M": "Chinedu,Emeka,Oluwaseun/Seun,Adebayo,Ifeanyi,Tunde,Chukwuemeka,Ibrahim,Musa,Samuel,"
        "Daniel,Victor,Obinna,Uche,Kelechi,Segun,Femi,Yusuf,Abdullahi,Chidi,Tobi,Nnamdi,Ayodele",
        "F": "Chioma,Ngozi,Blessing,Precious,Funmilayo,Aisha/Aishat,Esther,Grace,Adaeze,Temitope,"
        "Amaka,Nneka,Folake,Zainab,Halima,Ifeoma,Bukola,Ebere,Oluchi,Yetunde",
        "S": "Okafor,Okeke,Adeyemi,Eze,Nwosu,Ogunleye,Balogun,Ibrahim,Musa,Bello,Okonkwo,Obi,"
        "Adeleke,Afolabi,Nwachukwu,Onyeka,Uzoma,Olawale,Abubakar,Danjuma,Ojo,Oyelaran,Ekwueme,"
        "Anyanwu,Chukwu,Igwe,Nnadi,Okoro,Salisu,Yakubu",
        "cc": "234",
        "country": "Nigeria",
    },
    "ma": {
        "M": "Youssef/Yousef/Youssouf,Mohamed/Mohammed/Muhammad,Ayoub/Ayyoub,Hamza,"
        "Oussama/Osama,Anas,Mehdi,Amine,Othmane/Otmane,Ilyas/Ilias,Zakaria/Zakariae,Yassine/Yacine,"
        "Soufiane/Sofiane,Achraf,Reda,Karim,Hicham/Hisham,Badr,Tarik/Tariq,Walid,Nabil,Adil",
        "F": "Imane/Iman,Salma,Fatima Zahra/Fatima-Zahra/Fatimazahra,Khadija,Meryem/Maryam,"
        "Hajar/Hajer,Aya,Nour,Oumaima/Omaima,Sara,Hiba,Yasmine/Yasmina,Chaimae/Chaima,Kawtar/Kaoutar,"
        "Ghizlane,Loubna,Soukaina/Soukayna,Asmae/Asma,Rania,Houda",
        "S": "El Amrani/Elamrani/Al Amrani,Benali/Ben Ali,Bennani,El Idrissi/Elidrissi/Idrissi,"
        "Alaoui/El Alaoui,Tazi,Berrada,Chraibi,Ouahbi/Wahbi,Haddad,El Fassi/Elfassi,Lahlou,"
        "Benjelloun,Bouazza,El Khattabi/Elkhattabi,Ziani,Amrani,Bakkali,Cherkaoui,El Mansouri,"
        "Filali,Hajji,Kettani,Lamrani,Mernissi,Naciri,Ouazzani,Rami,Sabri,Tahiri",
        "cc": "212",
        "country": "Morocco",
    },
}

# Polish equivalents some Polish clerks substitute for a Ukrainian given name.
POLONISED_GIVEN = {
    "Олександр": "Aleksander",
    "Олександра": "Aleksandra",
    "Ольга": "Olga",
    "Марія": "Maria",
    "Ганна": "Anna",
    "Анна": "Anna",
    "Катерина": "Katarzyna",
    "Наталія": "Natalia",
    "Тетяна": "Tatiana",
    "Андрій": "Andrzej",
    "Петро": "Piotr",
    "Михайло": "Michał",
    "Юлія": "Julia",
    "Вікторія": "Wiktoria",
    "Софія": "Zofia",
    "Анастасія": "Anastazja",
    "Олена": "Helena",
}

# ---------------------------------------------------------------------------------------------
# Places.  An oblast line: [key] Ukrainian and Russian adjective, Polish adjective, centre, share
# of the flight (%), share of Russian-speaking households, route weights Poland/Moldova/Romania,
# border region.  Then its settlements: Ukrainian, Russian, hub (the city a clerk may write instead
# of a village), weight, [Soviet-era Russian name].  Underscores stand for spaces.
# ---------------------------------------------------------------------------------------------

OBLASTS = """
[kyiv] Київська Киевская kijowski Київ 20 0.3 72/13/15 other
Київ Киев Київ 70
Буча Буча Київ 4
Ірпінь Ирпень Київ 5
Гостомель Гостомель Київ 2
Бородянка Бородянка Київ 2
Вишгород Вышгород Київ 2
Бровари Бровары Київ 4
Вишневе Вишневое Київ 2
Боярка Боярка Київ 2
Васильків Васильков Київ 1
Макарів Макаров Київ 1
Біла_Церква Белая_Церковь Біла_Церква 3
[kharkiv] Харківська Харьковская charkowski Харків 16 0.65 70/12/18 other
Харків Харьков Харків 75
Дергачі Дергачи Харків 2
Мерефа Мерефа Харків 2
Чугуїв Чугуев Харків 2
Ізюм Изюм Ізюм 2
Балаклія Балаклея Харків 1
Циркуни Циркуны Харків 1
Мала_Данилівка Малая_Даниловка Харків 1
Вовчанськ Волчанск Харків 1
Куп'янськ Купянск Куп'янськ 2
Зміїв Змиев Харків 1
Лозова Лозовая Лозова 2
[donetsk] Донецька Донецкая doniecki Маріуполь 10 0.8 65/15/20 other
Маріуполь Мариуполь Маріуполь 45
Краматорськ Краматорск Краматорськ 10
Слов'янськ Славянск Слов'янськ 7
Бахмут Бахмут Бахмут 5 Артемовск
Покровськ Покровск Покровськ 4 Красноармейск
Костянтинівка Константиновка Костянтинівка 4
Волноваха Волноваха Маріуполь 3
Сартана Сартана Маріуполь 2
Мангуш Мангуш Маріуполь 1
Нікольське Никольское Маріуполь 1
Дружківка Дружковка Краматорськ 2
[zaporizhzhia] Запорізька Запорожская zaporoski Запоріжжя 7 0.6 65/15/20 other
Запоріжжя Запорожье Запоріжжя 60
Енергодар Энергодар Енергодар 8
Мелітополь Мелитополь Мелітополь 12
Бердянськ Бердянск Бердянськ 8
Василівка Васильевка Запоріжжя 3
Оріхів Орехов Запоріжжя 2
Пологи Пологи Запоріжжя 2
Токмак Токмак Мелітополь 3
[dnipro] Дніпропетровська Днепропетровская dniepropietrowski Дніпро 6 0.55 68/14/18 other
Дніпро Днепр Дніпро 55 Днепропетровск
Кривий_Ріг Кривой_Рог Кривий_Ріг 20
Кам'янське Каменское Кам'янське 6 Днепродзержинск
Нікополь Никополь Нікополь 7
Павлоград Павлоград Павлоград 5
Марганець Марганец Нікополь 3
[odesa] Одеська Одесская odeski Одеса 10 0.65 30/45/25 south
Одеса Одесса Одеса 60
Чорноморськ Черноморск Одеса 5 Ильичевск
Південне Южное Одеса 2
Ізмаїл Измаил Ізмаїл 7
Білгород-Дністровський Белгород-Днестровский Білгород-Дністровський 5
Болград Болград Болград 3
Рені Рени Ізмаїл 2
Кілія Килия Ізмаїл 2
Овідіополь Овидиополь Одеса 2
Затока Затока Білгород-Дністровський 1
Арциз Арциз Болград 2
Татарбунари Татарбунары Білгород-Дністровський 1
[mykolaiv] Миколаївська Николаевская mikołajowski Миколаїв 6 0.5 40/40/20 south
Миколаїв Николаев Миколаїв 65
Очаків Очаков Миколаїв 5
Вознесенськ Вознесенск Вознесенськ 6
Баштанка Баштанка Миколаїв 3
Новий_Буг Новый_Буг Миколаїв 3
Первомайськ Первомайск Первомайськ 6
Южноукраїнськ Южноукраинск Южноукраїнськ 4
[kherson] Херсонська Херсонская chersoński Херсон 4 0.45 40/35/25 south
Херсон Херсон Херсон 55
Нова_Каховка Новая_Каховка Нова_Каховка 10
Каховка Каховка Нова_Каховка 6
Скадовськ Скадовск Херсон 5
Генічеськ Геническ Генічеськ 6
Олешки Алешки Херсон 5 Цюрупинск
Гола_Пристань Голая_Пристань Херсон 3
[chernihiv] Чернігівська Черниговская czernihowski Чернігів 3 0.2 75/10/15 other
Чернігів Чернигов Чернігів 70
Ніжин Нежин Ніжин 15
Прилуки Прилуки Прилуки 15
[sumy] Сумська Сумская sumski Суми 3 0.35 75/10/15 other
Суми Сумы Суми 60
Охтирка Ахтырка Охтирка 12
Конотоп Конотоп Конотоп 12
Шостка Шостка Шостка 10
Тростянець Тростянец Суми 6
[luhansk] Луганська Луганская ługański Сєвєродонецьк 2 0.85 70/12/18 other
Сєвєродонецьк Северодонецк Сєвєродонецьк 40
Лисичанськ Лисичанск Лисичанськ 35
Рубіжне Рубежное Рубіжне 15
Старобільськ Старобельск Старобільськ 10
[vinnytsia] Вінницька Винницкая winnicki Вінниця 2 0.1 50/35/15 south
Вінниця Винница Вінниця 70
Могилів-Подільський Могилев-Подольский Могилів-Подільський 15
Жмеринка Жмеринка Жмеринка 15
[zakarpattia] Закарпатська Закарпатская zakarpacki Ужгород 1.5 0.05 30/0/70 west
Ужгород Ужгород Ужгород 30
Мукачево Мукачево Мукачево 25
Берегове Берегово Берегове 15
Виноградів Виноградов Виноградів 10
Тячів Тячев Тячів 7
Хуст Хуст Хуст 8
Солотвино Солотвино Тячів 5
[chernivtsi] Чернівецька Черновицкая czerniowiecki Чернівці 1.5 0.08 30/20/50 bukovina
Чернівці Черновцы Чернівці 60
Глибока Глубокая Чернівці 10
Сторожинець Сторожинец Чернівці 10
Новоселиця Новоселица Чернівці 10
Герца Герца Чернівці 10
[poltava] Полтавська Полтавская połtawski Полтава 1.5 0.2 75/10/15 other
Полтава Полтава Полтава 60
Кременчук Кременчуг Кременчук 40
[zhytomyr] Житомирська Житомирская żytomierski Житомир 1.5 0.15 80/8/12 other
Житомир Житомир Житомир 70
Коростень Коростень Коростень 30
[kirovohrad] Кіровоградська Кировоградская kirowohradzki Кропивницький 1 0.35 60/25/15 south
Кропивницький Кропивницкий Кропивницький 100 Кировоград
[crimea] Кримська Крымская krymski Сімферополь 0.3 0.9 50/25/25 south
Сімферополь Симферополь Сімферополь 60
Бахчисарай Бахчисарай Бахчисарай 40
[lviv] Львівська Львовская lwowski Львів 0.5 0.05 90/3/7 other
Львів Львов Львів 100
"""

# Exonyms by clerk tradition: Polish, Romanian, old English (via Russian), German.
EXONYMS = {
    "Київ": ("Kijów", "Kiev", "Kiev", "Kiew"),
    "Харків": ("Charków", "Harkov", "Kharkov", "Charkiw"),
    "Одеса": ("Odessa", "Odesa", "Odessa", "Odessa"),
    "Миколаїв": ("Mikołajów", "Nicolaev", "Nikolaev", "Mykolajiw"),
    "Запоріжжя": ("Zaporoże", "Zaporojie", "Zaporozhye", "Saporischschja"),
    "Дніпро": ("Dniepr", "Dnipro", "Dnepr", "Dnipro"),
    "Херсон": ("Chersoń", "Herson", "Kherson", "Cherson"),
    "Чернігів": ("Czernihów", "Cernigov", "Chernigov", "Tschernihiw"),
    "Львів": ("Lwów", "Liov", "Lvov", "Lemberg"),
    "Чернівці": ("Czerniowce", "Cernăuţi", "Chernovtsy", "Czernowitz"),
    "Житомир": ("Żytomierz", "Jitomir", "Zhitomir", "Schytomyr"),
    "Вінниця": ("Winnica", "Viniţa", "Vinnitsa", "Winnyzja"),
    "Кривий Ріг": ("Krzywy Róg", "Krivoi Rog", "Krivoy Rog", "Krywyj Rih"),
    "Ізмаїл": ("Izmaił", "Ismail", "Izmail", "Ismajil"),
    "Білгород-Дністровський": (
        "Białogród nad Dniestrem",
        "Cetatea Albă",
        "Belgorod-Dnestrovsky",
        "Akkerman",
    ),
    "Маріуполь": ("Mariupol", "Mariupol", "Mariupol", "Mariupol"),
    "Суми": ("Sumy", "Sumî", "Sumy", "Sumy"),
    "Полтава": ("Połtawa", "Poltava", "Poltava", "Poltawa"),
    "Кременчук": ("Krzemieńczuk", "Kremenciuk", "Kremenchug", "Krementschuk"),
    "Болград": ("Bołgrad", "Bolgrad", "Bolgrad", "Bolhrad"),
    "Рені": ("Reni", "Reni", "Reni", "Reni"),
    "Кілія": ("Kilia", "Chilia", "Kiliya", "Kilija"),
    "Ужгород": ("Użhorod", "Ujgorod", "Uzhgorod", "Uschhorod"),
    "Мукачево": ("Mukaczewo", "Muncaci", "Mukachevo", "Munkatsch"),
    "Берегове": ("Berehowe", "Beregovo", "Beregovo", "Berehowe"),
    "Сімферополь": ("Symferopol", "Simferopol", "Simferopol", "Simferopol"),
    "Луганськ": ("Ługańsk", "Lugansk", "Lugansk", "Luhansk"),
}
EXO_INDEX = {"pl": 0, "ro": 1, "en": 2, "de": 3}

# ---------------------------------------------------------------------------------------------
# Transliteration.  Each engine takes a lower-case Cyrillic word and returns lower-case Latin.
# ---------------------------------------------------------------------------------------------

APOSTROPHES = "'’ʼ`"
SEPARATORS = " -"
UK_VOWELS = "аеєиіїоуюя"
RU_VOWELS = "аеёиоуыэюя"
_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ё": "yo", "й": "y", "є": "ye", "ї": "yi",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_UA_INITIAL = {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya"}
_UA_IOT_I = {"є": "ie", "ї": "i", "ю": "iu", "я": "ia"}


def tl_ua(w, h="h", iot="2010", jot="i", ks="ks", kh="kh", y="y", zgh=True, soft=""):
    """Ukrainian-based Latin: the 2010 national table and its older and ad hoc relatives.

    iot: '2010' (ie/i/iu/ia inside a word), 'y' (ye/yi/yu/ya), 'i' (like 2010, but Yulia, Maria);
    jot: й inside a word; h: г; ks: кс; kh: х; y: и; soft: ь.
    """
    out = []
    n = len(w)
    i = 0
    start = True
    prev = ""
    while i < n:
        c = w[i]
        nx = w[i + 1] if i + 1 < n else " "
        if c in SEPARATORS:
            out.append(c)
            start, prev, i = True, c, i + 1
            continue
        if c in APOSTROPHES:
            prev, i = "'", i + 1
            continue
        if c == "к" and nx == "с" and ks == "x":
            out.append("x")
            start, prev, i = False, "с", i + 2
            continue
        if c == "з" and nx == "г" and zgh:
            out.append("zgh")
            start, prev, i = False, "г", i + 2
            continue
        if c in _UA_INITIAL:
            if start:
                s = _UA_INITIAL[c]
            elif iot == "y":
                s = _BASE[c]
            else:
                s = _UA_IOT_I[c]
                if iot == "i" and prev in "іи" and c != "ї":
                    s = s[1:]
        elif c == "й":
            s = "y" if start else jot
        elif c == "г":
            s = h
        elif c == "х":
            s = kh
        elif c == "и":
            s = y
        elif c == "ь":
            s = soft
        else:
            s = _BASE.get(c, c)
        out.append(s)
        start, prev, i = False, c, i + 1
    return "".join(out)


def tl_ru(w, e_init="ye", jot="y", iot="y", ii="iy", kh="kh", ks="ks"):
    """Russian-based Latin: BGN-like (Yelena, Sergey), simple (Elena), ICAO (Sergei, Iuliia)."""
    out = []
    n = len(w)
    i = 0
    start = True
    prev = ""
    while i < n:
        c = w[i]
        nx = w[i + 1] if i + 1 < n else " "
        if c in SEPARATORS:
            out.append(c)
            start, prev, i = True, c, i + 1
            continue
        if c in APOSTROPHES:
            prev, i = "ь", i + 1
            continue
        if c == "и" and nx == "й" and (i + 2 == n or w[i + 2] in SEPARATORS):
            out.append(ii)
            start, prev, i = False, "й", i + 2
            continue
        if c == "к" and nx == "с" and ks == "x":
            out.append("x")
            start, prev, i = False, "с", i + 2
            continue
        if c == "е":
            s = e_init if (start or prev in RU_VOWELS or prev in "ьъ") else "e"
        elif c == "ё":
            s = "yo" if e_init == "ye" else "e"
        elif c == "й":
            s = jot
        elif c in "юя":
            s = ("y" if iot == "y" else "i") + ("u" if c == "ю" else "a")
        elif c == "х":
            s = kh
        else:
            s = _BASE.get(c, c)
        out.append(s)
        start, prev, i = False, c, i + 1
    return "".join(out)


_PL = {
    "в": "w", "ж": "ż", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "й": "j",
    "ы": "y", "ґ": "g", "і": "i",
}  # fmt: skip
_PL_SOFT = {"н": "ń", "с": "ś", "з": "ź", "ц": "ć"}
_PL_IOT = {"є": "e", "е": "e", "ё": "o", "ю": "u", "я": "a", "ї": "i"}


def tl_pl(w, src="uk", l_always=False):
    """Polish transliteration of Ukrainian (Ołeksandr, Szewczenko, Julija) or Russian (Siergiej)."""
    soft_next = "іьєюяї" if src == "uk" else "еёиіьюя"
    iotated = "єюяї" if src == "uk" else "еёюя"
    out = []
    n = len(w)
    i = 0
    prev = " "
    while i < n:
        c = w[i]
        nx = w[i + 1] if i + 1 < n else " "
        if c in SEPARATORS:
            out.append(c)
            prev, i = " ", i + 1
            continue
        if c in APOSTROPHES:
            prev, i = "'", i + 1
            continue
        if c in _PL_SOFT and nx == "ь":
            out.append(_PL_SOFT[c])
            prev, i = "ь", i + 2
            continue
        if c == "л":
            s = "l" if (l_always or nx in soft_next) else "ł"
            if nx == "ь":
                out.append(s)
                prev, i = "ь", i + 2
                continue
        elif c in iotated:
            tail = _PL_IOT[c]
            if prev in " '" or prev in "ьъ" or prev in UK_VOWELS or prev in RU_VOWELS:
                s = "j" + tail
            elif prev == "л":
                s = tail
            elif src == "ru" and c in "её" and prev in "жшчщц":
                s = tail
            else:
                s = "i" + tail
        elif c == "и":
            if src == "uk":
                s = "y"
            elif prev == "ь":
                s = "ji"
            else:
                s = "y" if prev in "жшц" else "i"
        elif c == "г":
            s = "h" if src == "uk" else "g"
        elif c == "ь":
            s = ""
        else:
            s = _PL.get(c) or _BASE.get(c, c)
        out.append(s)
        prev, i = c, i + 1
    return "".join(out)


_RO = {
    "ж": "j", "ц": "ţ", "х": "h", "ш": "ş", "ы": "î", "й": "i", "ї": "i", "ь": "", "ъ": "",
    "ё": "io", "э": "e", "ю": "iu",
}  # fmt: skip


def tl_ro(w, src="ru", k="c", yi="î", x=True):
    """Romanian-style Latin: Moldovan (Şevcenco, Serghei, Olexandr) or Romanian (Şevcenko)."""
    front = "еєіїи" if src == "ru" else "еєії"
    out = []
    n = len(w)
    i = 0
    prev = " "
    while i < n:
        c = w[i]
        nx = w[i + 1] if i + 1 < n else " "
        if c in SEPARATORS:
            out.append(c)
            prev, i = " ", i + 1
            continue
        if c in APOSTROPHES:
            prev, i = "'", i + 1
            continue
        if c == "к" and nx == "с" and x:
            out.append("x")
            prev, i = "с", i + 2
            continue
        if c == "к":
            s = "k" if k == "k" else ("ch" if nx in front else "c")
        elif c == "г":
            if src == "uk":
                s = "h"
            else:
                s = "gh" if nx in front else "g"
        elif c in "чщ":
            pre = "c" if c == "ч" else "şc"
            if nx in front or nx in "юя":
                s = pre
            elif nx == "а":
                s = pre + "e"
            else:
                s = pre + "i"
        elif c == "е":
            s = "ie" if prev in "ьъ'" else "e"
        elif c == "є":
            s = "e" if prev in "іи" else "ie"
        elif c == "и":
            s = "i" if src == "ru" else yi
        elif c == "я":
            s = "a" if prev in "иі" else "ia"
        else:
            s = _RO.get(c) or _BASE.get(c, c)
        out.append(s)
        prev, i = c, i + 1
    return "".join(out)


_FR = {
    "ж": "j", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "й": "i",
    "ю": "iou", "я": "ia", "ё": "io", "є": "ie", "ї": "i",
}  # fmt: skip


def tl_fr(w):
    """French-based Soviet passport romanisation (Chevtchenko, Serguei) of a Russian form."""
    out = []
    n = len(w)
    for i, c in enumerate(w):
        nx = w[i + 1] if i + 1 < n else " "
        prev = w[i - 1] if i else " "
        if c == "г":
            s = "gu" if nx in "еиы" else "g"
        elif c == "с":
            s = "ss" if (prev in RU_VOWELS and nx in RU_VOWELS) else "s"
        elif c in APOSTROPHES:
            s = ""
        else:
            s = _FR.get(c) or _BASE.get(c, c)
        out.append(s)
    return "".join(out)


_DE = {
    "в": "w", "ж": "sch", "з": "s", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "х": "ch",
    "й": "j", "ё": "jo", "є": "je", "ї": "ji", "ю": "ju", "я": "ja",
}  # fmt: skip


def tl_de(w, src="ru"):
    """German Duden transcription (Schewtschenko, Sergej, Natalja)."""
    out = []
    n = len(w)
    for i, c in enumerate(w):
        nx = w[i + 1] if i + 1 < n else " "
        prev = w[i - 1] if i else " "
        if c == "г":
            s = "h" if src == "uk" else "g"
        elif c == "с":
            s = "ss" if (prev in RU_VOWELS and nx in RU_VOWELS) else "s"
        elif c == "е":
            s = "je" if (src == "ru" and (prev in " -ьъ" or prev in RU_VOWELS)) else "e"
        elif c == "и":
            s = "y" if src == "uk" else "i"
        elif c in APOSTROPHES:
            s = ""
        else:
            s = _DE.get(c) or _BASE.get(c, c)
        out.append(s)
    return "".join(out)


def _adhoc_systems():
    """Sixteen English ad hoc spelling habits, each one clerk's way of writing what they hear."""
    systems = {}
    r = random.Random(1717)
    for k in range(16):
        ua = {
            "h": "g" if r.random() < 0.15 else "h",
            "iot": r.choice(("2010", "y", "y", "i", "i")),
            "jot": r.choice(("i", "y", "y")),
            "ks": "x" if r.random() < 0.25 else "ks",
            "kh": "h" if r.random() < 0.15 else "kh",
            "y": "i" if r.random() < 0.15 else "y",
            "zgh": False,
        }
        ru = {
            "e_init": r.choice(("e", "ye")),
            "jot": r.choice(("y", "i")),
            "iot": r.choice(("y", "y", "i")),
            "ii": r.choice(("iy", "ii", "y")),
            "kh": "h" if r.random() < 0.15 else "kh",
            "ks": "x" if r.random() < 0.25 else "ks",
        }
        systems[f"en{k}_uk"] = lambda w, p=ua: tl_ua(w, **p)
        systems[f"en{k}_ru"] = lambda w, p=ru: tl_ru(w, **p)
    return systems


SYSTEMS = {
    "ua2010": lambda w: tl_ua(w),
    "ua_old": lambda w: tl_ua(w, iot="y", jot="y", zgh=False),
    "ua_old_g": lambda w: tl_ua(w, h="g", iot="y", jot="y", zgh=False),
    "ua_old_x": lambda w: tl_ua(w, iot="y", jot="y", ks="x", zgh=False),
    "ua_old_gx": lambda w: tl_ua(w, h="g", iot="y", jot="y", ks="x", zgh=False),
    "ru_bgn": lambda w: tl_ru(w),
    "ru_simple": lambda w: tl_ru(w, e_init="e"),
    "ru_icao": lambda w: tl_ru(w, e_init="e", jot="i", iot="i", ii="ii"),
    "pl_uk": lambda w: tl_pl(w, "uk"),
    "pl_uk_l": lambda w: tl_pl(w, "uk", l_always=True),
    "pl_ru": lambda w: tl_pl(w, "ru"),
    "pl_ru_l": lambda w: tl_pl(w, "ru", l_always=True),
    "md_uk": lambda w: tl_ro(w, "uk", k="c"),
    "md_uk_y": lambda w: tl_ro(w, "uk", k="c", yi="y"),
    "md_ru": lambda w: tl_ro(w, "ru", k="c"),
    "ro_uk": lambda w: tl_ro(w, "uk", k="k", x=False),
    "ro_uk_y": lambda w: tl_ro(w, "uk", k="k", yi="y", x=False),
    "ro_ru": lambda w: tl_ro(w, "ru", k="k", x=False),
    "fr": tl_fr,
    "de_uk": lambda w: tl_de(w, "uk"),
    "de_ru": lambda w: tl_de(w, "ru"),
}
SYSTEMS.update(_adhoc_systems())
_MEMO: dict[str, dict[str, str]] = {name: {} for name in SYSTEMS}


def cap_words(s):
    """Capitalise every part of a name separated by spaces or hyphens."""
    if " " not in s and "-" not in s:
        return s[:1].upper() + s[1:]
    return "-".join(
        " ".join(p[:1].upper() + p[1:] for p in part.split(" ")) for part in s.split("-")
    )


def latin(system, text):
    """Transliterate a Cyrillic name (any case) with a named system; memoised."""
    memo = _MEMO[system]
    r = memo.get(text)
    if r is None:
        r = memo[text] = cap_words(SYSTEMS[system](text.lower()))
    return r


_L2C = [
    ("shch", "щ", "щ"), ("sch", "ш", "ш"), ("sh", "ш", "ш"), ("ch", "ч", "ч"), ("kh", "х", "х"),
    ("zh", "ж", "ж"), ("ts", "ц", "ц"), ("you", "ю", "ю"), ("ya", "я", "я"), ("yu", "ю", "ю"),
    ("yo", "йо", "йо"),
    ("ou", "у", "у"), ("oo", "у", "у"), ("ee", "і", "и"), ("ph", "ф", "ф"), ("th", "т", "т"),
    ("dh", "д", "д"), ("bh", "б", "б"), ("gh", "г", "г"), ("ck", "к", "к"), ("aa", "а", "а"),
    ("ai", "ай", "ай"), ("ay", "ай", "ай"), ("ei", "ей", "ей"), ("ey", "ей", "ей"),
    ("a", "а", "а"), ("b", "б", "б"), ("c", "к", "к"), ("d", "д", "д"), ("e", "е", "е"),
    ("f", "ф", "ф"), ("g", "г", "г"), ("h", "х", "х"), ("i", "і", "и"), ("j", "дж", "дж"),
    ("k", "к", "к"), ("l", "л", "л"), ("m", "м", "м"), ("n", "н", "н"), ("o", "о", "о"),
    ("p", "п", "п"), ("q", "к", "к"), ("r", "р", "р"), ("s", "с", "с"), ("t", "т", "т"),
    ("u", "у", "у"), ("v", "в", "в"), ("w", "в", "в"), ("x", "кс", "кс"), ("y", "і", "и"),
    ("z", "з", "з"),
]  # fmt: skip


def lat2cyr(text, lang):
    """How a Ukrainian or Russian document renders a Latin (foreign) name: Рахул Шарма."""
    col = 1 if lang == "uk" else 2
    t = text.lower()
    out = []
    i = 0
    while i < len(t):
        c = t[i]
        if not c.isalpha():
            out.append(c)
            i += 1
            continue
        for lat, *cyr in _L2C:
            if t.startswith(lat, i):
                out.append(cyr[col - 1])
                i += len(lat)
                break
        else:
            i += 1
    return cap_words("".join(out))


def uk_to_ru(word):
    """The Russian spelling of a Ukrainian surname: Олійник → Олейник, Ковальська → Ковальская."""
    fixed = _UK_RU_SURNAME.get(word)
    if fixed:
        return fixed
    w = word.lower()
    tail = ""
    for uk, ru in (("ський", "ский"), ("цький", "цкий"), ("ська", "ская"), ("цька", "цкая")):
        if w.endswith(uk):
            w, tail = w[: -len(uk)], ru
            break
    else:
        if w.endswith("ний"):
            w, tail = w[:-3], "ный"
        elif word in _ADJ_FEM:
            w, tail = w[:-1], "ая"
    out = []
    for i, c in enumerate(w):
        nx = w[i + 1] if i + 1 < len(w) else " "
        prev = w[i - 1] if i else " "
        if c == "і":
            out.append("е" if nx == "й" else "и")
        elif c == "є":
            out.append("е")
        elif c == "ї":
            out.append("и")
        elif c == "ґ":
            out.append("г")
        elif c in APOSTROPHES:
            out.append("ь")
        elif c == "ь" and nx == "о":
            out.append("")
        elif c == "о" and prev in "ьй" and nx in "вм":
            out.append("е")
        elif c == "й" and nx == "о":
            out.append("ь")
        else:
            out.append(c)
    return cap_words("".join(out) + tail)


_ADJ_FEM: set[str] = set()
_UK_RU_SURNAME = {
    "Олійник": "Олейник", "Білик": "Белик", "Білоус": "Белоус", "Лисенко": "Лысенко",
    "Чорний": "Черный", "Чорна": "Черная", "Білий": "Белый", "Біла": "Белая",
    "Олексієнко": "Алексеенко", "Рибак": "Рыбак", "Сєвєродонецьк": "Северодонецк",
}  # fmt: skip


def ru_to_uk(word):
    """The Ukrainian spelling of a Russian surname: Никитин → Нікітін, Андреев → Андреєв."""
    w = word.lower()
    tail = ""
    for ru, uk in (("ский", "ський"), ("цкий", "цький"), ("ская", "ська"), ("цкая", "цька")):
        if w.endswith(ru):
            w, tail = w[: -len(ru)], uk
            break
    else:
        if w.endswith("ин"):
            w, tail = w[:-2], "ін"
        elif w.endswith("ина"):
            w, tail = w[:-3], "іна"
    out = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i else ""
        nx = w[i + 1] if i + 1 < len(w) else " "
        if c == "и":
            out.append("і" if (i == 0 or nx in RU_VOWELS) else "и")
        elif c in "ыэё":
            out.append({"ы": "и", "э": "е", "ё": "е"}[c])
        elif c == "ъ":
            out.append("'")
        elif c == "е" and (i == 0 or prev in RU_VOWELS):
            out.append("є")
        elif c == "е" and prev == "ь":
            out[-1] = "'" if w[i - 2] in "бпвмфр" else "ь"
            out.append("є")
        else:
            out.append(c)
    return cap_words("".join(out) + tail)


# ---------------------------------------------------------------------------------------------
# Name tables
# ---------------------------------------------------------------------------------------------


class Given:
    """A given name in its Ukrainian and Russian forms, diminutives, own Latin spellings."""

    __slots__ = ("uk", "ru", "sex", "dim_uk", "dim_ru", "native", "pat")

    def __init__(self, uk, ru, sex, dim_uk=None, dim_ru=None, native=None):
        self.uk, self.ru, self.sex = uk, ru, sex
        self.dim_uk, self.dim_ru, self.native = dim_uk, dim_ru, native
        self.pat = patronymics(uk, ru) if sex == "M" else None


_PAT_UK = {
    "Микола": ("Миколайович", "Миколаївна"), "Ілля": ("Ілліч", "Іллівна"),
    "Федір": ("Федорович", "Федорівна"), "Лев": ("Львович", "Львівна"),
    "Яків": ("Якович", "Яківна"), "Григорій": ("Григорович", "Григорівна"),
    "Ніколае": ("Ніколайович", "Ніколаївна"), "Михай": ("Михайлович", "Михайлівна"),
}  # fmt: skip
_PAT_RU = {
    "Илья": ("Ильич", "Ильинична"), "Лев": ("Львович", "Львовна"),
    "Яков": ("Яковлевич", "Яковлевна"), "Павел": ("Павлович", "Павловна"),
    "Михаил": ("Михайлович", "Михайловна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Николае": ("Николаевич", "Николаевна"), "Михай": ("Михайлович", "Михайловна"),
}  # fmt: skip


def patronymics(uk, ru):
    """Ukrainian and Russian patronymics (son's, daughter's) derived from a father's name."""
    if uk in _PAT_UK:
        um, uf = _PAT_UK[uk]
    elif uk.endswith("ій"):
        um, uf = uk + "ович", uk[:-1] + "ївна"
    elif uk.endswith("ь"):
        um, uf = uk + "ович", uk[:-1] + "івна"
    elif uk.endswith("і"):
        um, uf = uk + "йович", uk + "ївна"
    elif uk[-1] in "оауеи":
        um, uf = uk[:-1] + "ович", uk[:-1] + "івна"
    else:
        um, uf = uk + "ович", uk + "івна"
    if ru in _PAT_RU:
        rm, rf = _PAT_RU[ru]
    elif ru.endswith("ий"):
        rm, rf = ru[:-2] + "ьевич", ru[:-2] + "ьевна"
    elif ru.endswith(("ей", "ай")):
        rm, rf = ru[:-1] + "евич", ru[:-1] + "евна"
    elif ru.endswith("ь"):
        rm, rf = ru[:-1] + "евич", ru[:-1] + "евна"
    elif ru.endswith("и"):
        rm, rf = ru + "евич", ru + "евна"
    elif ru[-1] in "оауе":
        rm, rf = ru[:-1] + "ович", ru[:-1] + "овна"
    else:
        rm, rf = ru + "ович", ru + "овна"
    return (um, uf, rm, rf)


def _parse_slavic(text, sex):
    names = []
    cohorts = ([], [], [])
    for line in text.strip().splitlines():
        uk, ru, du, dr, *weights = line.split()
        g = Given(uk, ru, sex, None if du == "-" else du, None if dr == "-" else dr)
        names.append(g)
        for k, w in enumerate(weights):
            cohorts[k].append((g, float(w)))
    return names, tuple(Pick(c) for c in cohorts)


_MALE, _MALE_COHORTS = _parse_slavic(MALE_GIVEN, "M")
_FEMALE, _FEMALE_COHORTS = _parse_slavic(FEMALE_GIVEN, "F")
SLAVIC_GIVEN = {"M": _MALE_COHORTS, "F": _FEMALE_COHORTS}
GIVEN_BY_UK = {(g.sex, g.uk): g for g in _MALE + _FEMALE}
JEWISH_PICK = {
    sex: Pick([(GIVEN_BY_UK[(sex, n.split(":")[0])], float(n.split(":")[1])) for n in s.split()])
    for sex, s in JEWISH_GIVEN.items()
}
GROUP_GIVEN_PICK = {
    group: {
        sex: Pick(
            [
                (Given(*e.split(" ", 2)[:2], sex, native=(e.split(" ", 2)[2],)), 1)
                for e in s.split("|")
            ]
        )
        for sex, s in table.items()
    }
    for group, table in GROUP_GIVEN.items()
}
_FOREIGN_GIVEN: dict[tuple[str, str], Given] = {}


def foreign_given(name, sex):
    key = (name, sex)
    g = _FOREIGN_GIVEN.get(key)
    if g is None:
        variants = tuple(name.split("/"))
        g = _FOREIGN_GIVEN[key] = Given(
            lat2cyr(variants[0], "uk"), lat2cyr(variants[0], "ru"), sex, native=variants
        )
        g.pat = None
    return g


class Surname:
    """A surname in Ukrainian and Russian, masculine and feminine, and own Latin spellings."""

    __slots__ = ("uk_m", "uk_f", "ru_m", "ru_f", "nat_m", "nat_f")

    def __init__(self, uk_m, uk_f, ru_m, ru_f, nat_m=None, nat_f=None):
        self.uk_m, self.uk_f, self.ru_m, self.ru_f = uk_m, uk_f, ru_m, ru_f
        self.nat_m, self.nat_f = nat_m, nat_f


def feminine_uk(m):
    if m.endswith("ий"):
        return m[:-2] + "а"
    if m.endswith(("ов", "ев", "єв", "ін", "їн")):
        return m + "а"
    return m


def feminine_ru(m):
    if m.endswith(("ский", "цкий", "ый", "ий", "ой")):
        return m[:-2] + "ая"
    if m.endswith(("ов", "ев", "ин", "ын")):
        return m + "а"
    return m


def ukrainian_surname(uk_m):
    uk_f = feminine_uk(uk_m)
    if uk_m.endswith("ий") and not uk_m.endswith("ький"):
        _ADJ_FEM.add(uk_f)
    return Surname(uk_m, uk_f, uk_to_ru(uk_m), uk_to_ru(uk_f))


def russian_surname(ru_m):
    ru_f = feminine_ru(ru_m)
    return Surname(ru_to_uk(ru_m), ru_to_uk(ru_f), ru_m, ru_f)


def _weighted_words(text, sep=None):
    """Parse "name weight name weight ..." or "name:weight name:weight ..."."""
    if sep:
        return [(w.split(sep)[0], float(w.split(sep)[1])) for w in text.split()]
    toks = text.split()
    return [(toks[i], float(toks[i + 1])) for i in range(0, len(toks), 2)]


def _join_surname(stem, ending):
    if ending == "ський":
        return stem + ("ь" if stem[-1] in "лн" else "") + "ський"
    if stem[-1] in "чшщж" and ending[0] in "яю":
        return stem + {"я": "а", "ю": "у"}[ending[0]] + ending[1:]
    if stem[-1] in "аеиоуі" and ending[0] in "аеиоуі":
        return stem + ending[1:]
    return stem + ending


def _build_surnames():
    r = random.Random(2022)
    head = [(ukrainian_surname(n), w) for n, w in _weighted_words(UA_SURNAMES_HEAD)]
    russian = [(russian_surname(n), w) for n, w in _weighted_words(RU_SURNAMES)]
    known = {s.uk_m for s, _ in head} | {s.uk_m for s, _ in russian}
    tail = []
    rare = []
    stems = list(dict.fromkeys(TAIL_STEMS.split()))
    for stem in stems:
        for infix in TAIL_INFIXES.split():
            infix = "" if infix == "-" else infix
            for ending in TAIL_ENDINGS.split():
                name = _join_surname(stem + infix, ending)
                if name not in known:
                    known.add(name)
                    weight = r.lognormvariate(0, 0.8)
                    (rare if infix else tail).append((ukrainian_surname(name), weight))
    head_total = sum(w for _, w in head)
    scale = head_total * 4.5 / sum(w for _, w in tail)
    rare_scale = head_total * 4.0 / sum(w for _, w in rare)
    ua = head + [(s, w * 0.6) for s, w in russian] + [(s, w * scale) for s, w in tail]
    ua += [(s, w * rare_scale) for s, w in rare]
    groups = {
        "ua": Pick(ua),
        "ru": Pick(russian + [(s, w * 0.3) for s, w in russian]),
        "bg": Pick([(russian_surname(n), w) for n, w in _weighted_words(BG_SURNAMES, ":")]),
        "roma": Pick([(ukrainian_surname(n), w) for n, w in _weighted_words(ROMA_SURNAMES, ":")]),
        "jew": Pick([(ukrainian_surname(n), w) for n, w in _weighted_words(JEWISH_SURNAMES, ":")]),
    }
    for group, text in GROUP_SURNAMES.items():
        entries = []
        for e in text.split("|"):
            uk, ru, nat = e.split(" ", 2)
            if group == "tat":
                entries.append(Surname(uk, uk + "а", ru, ru + "а", (nat,), (nat + "a",)))
            else:
                entries.append(Surname(uk, uk, ru, ru, (nat,), (nat,)))
        groups[group] = Pick([(s, 1) for s in entries])
    for code, table in FOREIGN.items():
        entries = []
        for name in table["S"].split(","):
            variants = tuple(name.split("/"))
            uk, ru = lat2cyr(variants[0], "uk"), lat2cyr(variants[0], "ru")
            entries.append(Surname(uk, uk, ru, ru, variants, variants))
        groups[code] = Pick([(s, 1) for s in entries])
    return groups


SURNAMES = _build_surnames()


def pick_surname(group, rng):
    if group == "ru" and rng.random() < 0.25:
        group = "ua"
    elif group == "roma" and rng.random() < 0.6:
        group = "ua" if rng.random() < 0.8 else "ru"
    elif group in ("bg", "jew", "arm", "tat", "ro", "hu") and rng.random() < 0.2:
        group = "ua"
    return SURNAMES[group](rng)


def pick_given(group, sex, byear, rng, avoid=()):
    for _ in range(6):
        if group in FOREIGN:
            g = foreign_given(rng.choice(FOREIGN[group][sex].split(",")), sex)
        elif group in GROUP_GIVEN_PICK and rng.random() < 0.7:
            g = GROUP_GIVEN_PICK[group][sex](rng)
        elif group == "jew" and rng.random() < 0.45:
            g = JEWISH_PICK[sex](rng)
        else:
            cohort = 0 if byear < 1962 else (1 if byear < 2000 else 2)
            g = SLAVIC_GIVEN[sex][cohort](rng)
        if g not in avoid:
            return g
    return g


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


class Place:
    __slots__ = ("uk", "ru", "hub", "oblast", "soviet")

    def __init__(self, uk, ru, hub, oblast, soviet):
        self.uk, self.ru, self.hub, self.oblast, self.soviet = uk, ru, hub, oblast, soviet


class Oblast:
    __slots__ = ("key", "uk", "ru", "pl", "centre", "share", "ru_share", "route", "region", "pick")


def _build_places():
    oblasts = {}
    places = {}
    pairs = []
    for line in OBLASTS.strip().splitlines():
        f = [x.replace("_", " ") for x in line.split()]
        if f[0].startswith("["):
            ob = Oblast()
            ob.key, ob.uk, ob.ru, ob.pl, ob.centre = f[0][1:-1], f[1], f[2], f[3], f[4]
            ob.share, ob.ru_share, ob.region = float(f[5]), float(f[6]), f[8]
            ob.route = Pick(zip(("PL", "MD", "RO"), map(float, f[7].split("/")), strict=True))
            pairs = []
            ob.pick = pairs  # filled below, turned into a Pick at the end
            oblasts[ob.key] = ob
            continue
        place = Place(f[0], f[1], f[2], ob, f[4] if len(f) > 4 else None)
        places[place.uk] = place
        pairs.append((place, float(f[3])))
    for ob in oblasts.values():
        ob.pick = Pick(ob.pick)
    return oblasts, places


OBLAST, PLACE = _build_places()
OBLAST_PICK = Pick((ob, ob.share) for ob in OBLAST.values())
RU_OBLAST_PICK = Pick((ob, ob.share * ob.ru_share) for ob in OBLAST.values())
GROUP_PLACES = {
    "hu": Pick([("Берегове", 4), ("Виноградів", 2), ("Ужгород", 2), ("Мукачево", 2)]),
    "ro": Pick([("Глибока", 2), ("Герца", 2), ("Новоселиця", 1), ("Сторожинець", 1),
                ("Чернівці", 1), ("Ізмаїл", 2), ("Рені", 1), ("Кілія", 1)]),
    "bg": Pick([("Болград", 6), ("Арциз", 2), ("Ізмаїл", 2)]),
    "tat": Pick([("Сімферополь", 2), ("Бахчисарай", 1), ("Херсон", 2), ("Генічеськ", 1),
                 ("Скадовськ", 1), ("Київ", 2), ("Мелітополь", 1)]),
    "arm": Pick([("Київ", 4), ("Харків", 3), ("Одеса", 2), ("Дніпро", 1), ("Запоріжжя", 1),
                 ("Маріуполь", 1)]),
    "jew": Pick([("Київ", 4), ("Харків", 3), ("Одеса", 3), ("Дніпро", 2), ("Запоріжжя", 1)]),
    "foreign": Pick([("Харків", 35), ("Київ", 20), ("Одеса", 10), ("Запоріжжя", 8), ("Суми", 7),
                     ("Вінниця", 6), ("Дніпро", 5), ("Ужгород", 4), ("Полтава", 5)]),
}  # fmt: skip


def pick_origin(group, rng):
    if group in FOREIGN:
        return PLACE[GROUP_PLACES["foreign"](rng)]
    if group in GROUP_PLACES:
        return PLACE[GROUP_PLACES[group](rng)]
    if group == "roma" and rng.random() < 0.4:
        return OBLAST["zakarpattia"].pick(rng)
    ob = RU_OBLAST_PICK(rng) if group == "ru" else OBLAST_PICK(rng)
    return ob.pick(rng)


# ---------------------------------------------------------------------------------------------
# Keyboards, typos, diacritics, phones
# ---------------------------------------------------------------------------------------------

LAYOUTS = {
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "de": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбю"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
}


def _neighbours(rows):
    nb = {}
    for r, row in enumerate(rows):
        for i, c in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows):
                    near += [rows[rr][j] for j in (i - 1, i, i + 1) if 0 <= j < len(rows[rr])]
            nb[c] = "".join(near)
    return nb


NEIGHBOURS = {k: _neighbours(v) for k, v in LAYOUTS.items()}
NEIGHBOURS["pl"] = NEIGHBOURS["ro"] = NEIGHBOURS["en"]


def typo(s, layout, rng):
    """One slip of the hand: a neighbouring key, a dropped, doubled or swapped letter."""
    n = len(s)
    if n < 3:
        return s
    i = rng.randrange(1, n)
    c = s[i]
    r = rng.random()
    if r < 0.4:
        near = NEIGHBOURS[layout].get(c.lower())
        if near:
            a = near[rng.randrange(len(near))]
            return s[:i] + (a.upper() if c.isupper() else a) + s[i + 1 :]
        return s[:i] + s[i + 1 :]
    if r < 0.65:
        return s[:i] + s[i + 1 :]
    if r < 0.8:
        return s[:i] + c + s[i:]
    return s[: i - 1] + c + s[i - 1] + s[i + 1 :]


_STRIP = str.maketrans(
    "łŁżŻźŹśŚńŃćĆąĄęĘóÓşŞșȘţŢțȚîÎâÂăĂáÁéÉíÍöÖőŐúÚüÜűŰçÇğĞıİïÏ",
    "lLzZzZsSnNcCaAeEoOsSsStTtTiIaAaAaAeEiIoOoOuUuUuUcCgGiIiI",
)
_COMMA = str.maketrans("şŞţŢ", "șȘțȚ")
_CEDILLA = str.maketrans("șȘțȚ", "şŞţŢ")
_STYLED: dict[tuple[str, str, bool], str] = {}


def style_latin(s, diac, caps):
    """A clerk's rendering of Latin letters: diacritics kept, lost, cedilla or comma; capitals."""
    key = (s, diac, caps)
    r = _STYLED.get(key)
    if r is None:
        r = s
        if diac == "strip":
            r = r.translate(_STRIP)
        elif diac == "comma":
            r = r.translate(_COMMA)
        elif diac == "cedilla":
            r = r.translate(_CEDILLA)
        if caps:
            r = r.upper()
        _STYLED[key] = r
    return r


# Typing Ukrainian on a Russian keyboard: no і, ї, є, ґ keys.
KBD_SUBST = {
    "lat": str.maketrans({"і": "i", "І": "I", "ї": "i", "Ї": "I", "є": "е", "Є": "Е", "ґ": "г"}),
    "cyr": str.maketrans({"і": "и", "І": "И", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е", "ґ": "г"}),
}
APOS_SUBST = {a: str.maketrans({"'": a}) for a in ("’", "ʼ", "`", "ъ", "")}

UA_OPERATORS = Pick(
    [("67", 12), ("68", 6), ("96", 8), ("97", 9), ("98", 7), ("50", 10), ("66", 9), ("95", 8),
     ("99", 5), ("63", 7), ("73", 5), ("93", 8)]
)  # fmt: skip
GROUPING = {"380": (2, 3, 2, 2), "373": (2, 3, 3), "48": (3, 3, 3), "40": (3, 3, 3)}


def new_phone(country, rng):
    if country == "UA":
        return ("380", UA_OPERATORS(rng) + f"{rng.randrange(10**7):07d}")
    if country == "MD":
        return (
            "373",
            rng.choice(("60", "62", "68", "69", "78", "79")) + f"{rng.randrange(10**6):06d}",
        )
    if country == "PL":
        return ("48", rng.choice("5678") + f"{rng.randrange(10**8):08d}")
    if country == "RO":
        return ("40", "7" + rng.choice("2345678") + f"{rng.randrange(10**7):07d}")
    cc = FOREIGN[country]["cc"]
    return (cc, rng.choice("6789") + f"{rng.randrange(10**9):09d}")


def format_phone(cc, nsn, style):
    """Write a number the way a given clerk writes numbers."""
    trunk = "" if cc == "48" else "0"
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "cc":
        return f"{cc}{nsn}"
    if style == "national":
        return trunk + nsn
    if style == "ua_legacy" and cc == "380":
        return f"+38(0{nsn[:2]}){nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}"
    groups = GROUPING.get(cc, (3, 3, 4))
    parts = []
    k = 0
    for g in groups:
        if k < len(nsn):
            parts.append(nsn[k : k + g])
            k += g
    if k < len(nsn):
        parts[-1] += nsn[k:]
    if style == "intl_spaced":
        return f"+{cc} " + " ".join(parts)
    if style == "dashed":
        return trunk + "-".join(parts)
    return trunk + " ".join(parts)  # "spaced" (and ua_legacy for foreign numbers)


def phone_typo(s, rng):
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    if len(digits) < 6:
        return s
    i = digits[rng.randrange(len(digits) // 2, len(digits))]
    if rng.random() < 0.5:
        return s[:i] + str(rng.randrange(10)) + s[i + 1 :]
    return s[:i] + s[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Desks: sites, agencies and their clerks' habits
# ---------------------------------------------------------------------------------------------

# Which agencies work at a site, with their share of the site's registrations.
SITE_AGENCIES = {
    # Moldova
    "Palanca": [("MD-PF", 60), ("UNHCR-MD", 15), ("UA-VOL", 15), ("MD-VOL", 10)],
    "Otaci": [("MD-PF", 70), ("MD-VOL", 20), ("UA-VOL", 10)],
    "Tudora": [("MD-PF", 100)],
    "Criva": [("MD-PF", 100)],
    "Giurgiulești": [("MD-PF", 100)],
    "Chișinău-MoldExpo": [("MD-VOL", 45), ("IOM-MD", 30), ("UA-VOL", 25)],
    "Chișinău-Manej": [("MD-VOL", 70), ("UA-VOL", 30)],
    "Bălți": [("MD-VOL", 70), ("IOM-MD", 30)],
    "Cahul": [("MD-VOL", 100)],
    "Ungheni": [("MD-VOL", 100)],
    "Comrat": [("MD-VOL", 100)],
    "Chișinău-UNHCR": [("UNHCR-MD", 100)],
    "Bălți-UNHCR": [("UNHCR-MD", 100)],
    "Cahul-UNHCR": [("UNHCR-MD", 100)],
    # Poland
    "Medyka": [("PL-SG", 75), ("PL-NGO", 12), ("UA-VOL", 13)],
    "Dorohusk": [("PL-SG", 90), ("UA-VOL", 10)],
    "Hrebenne": [("PL-SG", 85), ("PL-NGO", 15)],
    "Korczowa": [("PL-SG", 70), ("PL-NGO", 20), ("UA-VOL", 10)],
    "Budomierz": [("PL-SG", 100)],
    "Zosin": [("PL-SG", 100)],
    "Przemyśl-Dworzec": [("UA-VOL", 50), ("PL-NGO", 50)],
    "Przemyśl-Tesco": [("PL-NGO", 60), ("UA-VOL", 40)],
    "Korczowa-Hala": [("PL-NGO", 100)],
    "Lublin-Targi": [("PL-NGO", 70), ("UA-VOL", 30)],
    "Warszawa-Zachodnia": [("PL-NGO", 50), ("UA-VOL", 50)],
    "Kraków-Dworzec": [("PL-NGO", 60), ("UA-VOL", 40)],
    "Warszawa-UM": [("PL-PESEL", 100)],
    "Kraków-UMK": [("PL-PESEL", 100)],
    "Wrocław-UM": [("PL-PESEL", 100)],
    "Gdańsk-UM": [("PL-PESEL", 100)],
    "Poznań-UM": [("PL-PESEL", 100)],
    "Łódź-UM": [("PL-PESEL", 100)],
    "Rzeszów-UM": [("PL-PESEL", 100)],
    "Lublin-UM": [("PL-PESEL", 100)],
    "Przemyśl-UM": [("PL-PESEL", 100)],
    "Warszawa-PTAK": [("UNHCR-PL", 100)],
    "Kraków-UNHCR": [("UNHCR-PL", 100)],
    "Rzeszów-UNHCR": [("UNHCR-PL", 100)],
    "Lublin-UNHCR": [("UNHCR-PL", 100)],
    "Wrocław-UNHCR": [("UNHCR-PL", 100)],
    # Romania
    "Siret": [("RO-PF", 60), ("RO-NGO", 20), ("UA-VOL", 20)],
    "Isaccea": [("RO-PF", 80), ("RO-NGO", 20)],
    "Sighetu Marmației": [("RO-PF", 75), ("RO-NGO", 10), ("UA-VOL", 15)],
    "Vicovu de Sus": [("RO-PF", 100)],
    "Halmeu": [("RO-PF", 100)],
    "Albița": [("RO-PF", 80), ("RO-NGO", 20)],
    "Suceava": [("RO-NGO", 70), ("UA-VOL", 30)],
    "Iași": [("RO-NGO", 80), ("UA-VOL", 20)],
    "București-Romexpo": [("RO-NGO", 75), ("UA-VOL", 25)],
    "București-Gara de Nord": [("RO-NGO", 100)],
    "Constanța": [("RO-NGO", 100)],
    "Galați": [("RO-NGO", 100)],
    "București-IGI": [("RO-IGI", 100)],
    "Iași-IGI": [("RO-IGI", 100)],
    "Suceava-IGI": [("RO-IGI", 100)],
    "Constanța-IGI": [("RO-IGI", 100)],
    "Cluj-IGI": [("RO-IGI", 100)],
    "Brașov-IGI": [("RO-IGI", 100)],
    "Galați-IGI": [("RO-IGI", 100)],
    "București-UNHCR": [("UNHCR-RO", 100)],
    "Iași-UNHCR": [("UNHCR-RO", 100)],
    "Suceava-UNHCR": [("UNHCR-RO", 100)],
    "Constanța-UNHCR": [("UNHCR-RO", 100)],
}

BORDERS = {
    ("MD", "south"): [("Palanca", 75), ("Giurgiulești", 10), ("Tudora", 15)],
    ("MD", "other"): [("Otaci", 50), ("Criva", 20), ("Palanca", 30)],
    ("PL", "other"): [("Medyka", 35), ("Dorohusk", 15), ("Hrebenne", 15), ("Korczowa", 15),
                      ("Budomierz", 10), ("Zosin", 10)],
    ("RO", "west"): [("Sighetu Marmației", 70), ("Halmeu", 30)],
    ("RO", "bukovina"): [("Siret", 70), ("Vicovu de Sus", 30)],
    ("RO", "south"): [("Isaccea", 60), ("Siret", 40)],
    ("RO", "other"): [("Siret", 70), ("Isaccea", 10), ("Sighetu Marmației", 10),
                      ("Vicovu de Sus", 10)],
    ("RO", "transit"): [("Albița", 100)],
}  # fmt: skip
STAGE_SITES = {
    ("MD", "reception"): [("Chișinău-MoldExpo", 45), ("Chișinău-Manej", 15), ("Bălți", 15),
                          ("Cahul", 10), ("Ungheni", 10), ("Comrat", 5)],
    ("MD", "cash"): [("Chișinău-UNHCR", 70), ("Bălți-UNHCR", 20), ("Cahul-UNHCR", 10)],
    ("PL", "reception"): [("Przemyśl-Dworzec", 35), ("Przemyśl-Tesco", 20), ("Korczowa-Hala", 10),
                          ("Lublin-Targi", 15), ("Warszawa-Zachodnia", 12), ("Kraków-Dworzec", 8)],
    ("PL", "official"): [("Warszawa-UM", 30), ("Kraków-UMK", 20), ("Wrocław-UM", 15),
                         ("Gdańsk-UM", 8), ("Poznań-UM", 8), ("Łódź-UM", 7), ("Rzeszów-UM", 5),
                         ("Lublin-UM", 5), ("Przemyśl-UM", 2)],
    ("PL", "cash"): [("Warszawa-PTAK", 40), ("Kraków-UNHCR", 25), ("Rzeszów-UNHCR", 15),
                     ("Lublin-UNHCR", 10), ("Wrocław-UNHCR", 10)],
    ("RO", "reception"): [("Suceava", 20), ("Iași", 20), ("București-Romexpo", 30),
                          ("București-Gara de Nord", 10), ("Constanța", 10), ("Galați", 10)],
    ("RO", "official"): [("București-IGI", 40), ("Iași-IGI", 15), ("Suceava-IGI", 10),
                         ("Constanța-IGI", 10), ("Cluj-IGI", 10), ("Brașov-IGI", 8),
                         ("Galați-IGI", 7)],
    ("RO", "cash"): [("București-UNHCR", 50), ("Iași-UNHCR", 20), ("Suceava-UNHCR", 15),
                     ("Constanța-UNHCR", 15)],
}  # fmt: skip
STAGES = {
    "PL": ("border", "reception", "official", "cash"),
    "MD": ("border", "reception", "cash"),
    "RO": ("border", "reception", "official", "cash"),
}
OPENS = {("PL", "official"): 20, ("RO", "official"): 22, ("MD", "cash"): 26,
         ("PL", "cash"): 33, ("RO", "cash"): 55}  # fmt: skip
MEAN_DELAY = {"border": 2.0, "reception": 3.0, "official": 10.0, "cash": 14.0, "dup": 9.0}
CLERKS_PER_DESK = {"border": 5, "reception": 5, "official": 7, "cash": 6}
ORIGIN_MODES = ("said", "hub", "oblast", "place_oblast", "missing")
REF_FORMATS = {
    "MD-VOL": "{code}-{n}", "UA-VOL": "{code}/{n:04d}", "PL-NGO": "PAH/{code}/{n}",
    "RO-NGO": "CRR-{code}-{n:05d}", "UNHCR-MD": "MDA-22-C{n:06d}", "IOM-MD": "IOM-MD-{n:05d}",
    "UNHCR-PL": "POL-22-{n:06d}", "UNHCR-RO": "ROU-22-{n:06d}", "RO-IGI": "IGI/{n:06d}",
}  # fmt: skip


class Clerk:
    """One pair of hands at one desk, with fixed habits."""

    __slots__ = (
        "desk", "agency", "site", "country", "script", "sys_uk", "sys_ru", "scan", "machine",
        "caps", "caps_copy", "diac", "polonise", "ru_pull", "russify", "kbd", "cyr_i", "apos",
        "pat", "pat_father", "pat_in_given", "dim", "typo", "swap", "dm_swap", "year_only_old",
        "placeholder", "dob_missing", "sex_blank", "phone_missing", "phone_style", "origin",
        "exonym", "tradition", "ref_policy", "ref_missing", "night",
    )  # fmt: skip


def _p(rng, *pairs):
    """Draw one of (value, weight, value, weight, ...)."""
    return Pick(zip(pairs[::2], pairs[1::2], strict=True))(rng)


def make_clerk(agency, site, idx, rng):
    """Draw one clerk's habits from the habits of their agency."""
    c = Clerk()
    c.desk, c.agency, c.site = f"{agency}@{site}#{idx}", agency, site
    c.country = agency[-2:] if agency[-2:] in ("MD", "PL", "RO") else None
    adhoc = rng.randrange(16)
    c.script, c.sys_uk, c.sys_ru = "latin", "ua2010", "ru_simple"
    c.scan, c.machine, c.caps, c.caps_copy, c.diac = 0.5, False, False, True, "keep"
    c.polonise, c.ru_pull, c.russify, c.kbd, c.cyr_i, c.apos = False, 0.7, 0.0, "en", "", "'"
    c.pat, c.pat_father, c.pat_in_given, c.dim = 0.1, 0.0, 0.0, 0.01
    c.typo, c.swap, c.dm_swap = 0.02, 0.008, 0.02
    c.year_only_old, c.placeholder, c.dob_missing = 0.05, 0.3, 0.01
    c.sex_blank, c.phone_missing, c.phone_style = 0.02, 0.1, "e164"
    origin = (50, 25, 10, 5, 10)
    c.exonym, c.ref_policy, c.ref_missing, c.night = 0.3, "none", 0.1, False
    en_uk, en_ru = f"en{adhoc}_uk", f"en{adhoc}_ru"
    r = rng.random
    if agency == "MD-PF":
        c.night, c.machine = True, True
        c.script = "ru" if r() < 0.2 else "latin"
        c.sys_uk = _p(rng, "md_uk", 5, "md_uk_y", 2, "ua2010", 3)
        c.sys_ru, c.scan, c.caps = "md_ru", 0.93, r() < 0.8
        c.diac = _p(rng, "cedilla", 35, "comma", 15, "strip", 50)
        c.ru_pull, c.russify, c.kbd = 1.3, 0.8, "ro"
        c.pat = 0.6 if c.script == "ru" else 0.03
        c.typo, c.dm_swap, c.dob_missing, c.sex_blank = 0.012, 0.01, 0.005, 0.01
        c.phone_missing, c.phone_style = 0.55, _p(rng, "national", 5, "e164", 3, "cc", 2)
        origin, c.exonym = (20, 35, 0, 0, 45), 0.8
    elif agency == "MD-VOL":
        c.script = "ru" if r() < 0.7 else "latin"
        c.sys_uk, c.sys_ru = _p(rng, "md_uk", 6, "md_uk_y", 4), "md_ru"
        c.diac = _p(rng, "strip", 6, "cedilla", 2, "comma", 2)
        c.ru_pull, c.russify, c.kbd = 1.4, 0.7, "ru" if c.script == "ru" else "ro"
        c.cyr_i = _p(rng, "", 4, "lat", 3, "cyr", 3)
        c.apos = _p(rng, "'", 4, "`", 2, "ъ", 2, "", 2)
        c.pat, c.dim, c.typo, c.swap, c.dm_swap = 0.75, 0.05, 0.04, 0.015, 0.04
        c.pat_in_given, c.year_only_old, c.placeholder, c.dob_missing = 0.01, 0.2, 0.4, 0.03
        c.sex_blank, c.phone_missing = 0.15, 0.1
        c.phone_style = _p(rng, "national", 4, "spaced", 3, "e164", 2, "cc", 1)
        origin, c.exonym = (55, 20, 10, 5, 10), 0.8
        c.ref_policy, c.ref_missing = "event", 0.3
    elif agency in ("IOM-MD", "UNHCR-MD"):
        if agency == "UNHCR-MD" and r() < 0.15:
            c.script, c.kbd = "ru", "ru"
        c.scan = 0.5 if agency == "IOM-MD" else 0.6
        c.sys_uk = _p(rng, "ua2010", 5, en_uk, 3, "md_uk", 2)
        c.sys_ru = _p(rng, "ru_simple", 35, "ru_icao", 25, en_ru, 20, "md_ru", 20)
        c.caps, c.diac = r() < 0.3, _p(rng, "keep", 5, "strip", 5)
        c.ru_pull, c.russify = 1.1, 0.6
        c.pat = 0.2 if agency == "IOM-MD" else 0.35
        c.dm_swap, c.year_only_old = 0.03, 0.08
        c.phone_style = _p(rng, "e164", 5, "cc", 2, "national", 3)
        origin = (50, 30, 10, 0, 10)
        c.ref_policy, c.ref_missing = "case", (0.1 if agency == "IOM-MD" else 0.03)
    elif agency == "UA-VOL":
        c.script = "uk" if r() < 0.7 else "ru"
        c.kbd = c.script
        c.cyr_i = _p(rng, "", 6, "lat", 3, "cyr", 1) if c.script == "uk" else ""
        c.apos = _p(rng, "'", 40, "’", 25, "ʼ", 10, "`", 10, "", 15)
        c.caps, c.russify, c.ru_pull = r() < 0.03, 0.5, 0.3
        c.pat, c.dim, c.typo, c.swap, c.dm_swap = 0.7, 0.06, 0.035, 0.01, 0.02
        c.pat_in_given, c.year_only_old, c.dob_missing, c.sex_blank = 0.01, 0.1, 0.04, 0.25
        c.phone_missing = 0.05
        c.phone_style = _p(rng, "national", 45, "spaced", 30, "ua_legacy", 10, "e164", 15)
        origin = (65, 5, 5, 15, 10)
        c.ref_policy, c.ref_missing = "event", 0.4
    elif agency == "PL-SG":
        c.night, c.machine, c.scan, c.caps = True, True, 0.97, True
        c.sys_uk = _p(rng, "pl_uk", 4, "pl_uk_l", 3, "ua2010", 3)
        c.sys_ru = _p(rng, "pl_ru", 6, "pl_ru_l", 4)
        c.diac, c.kbd, c.ru_pull = _p(rng, "keep", 6, "strip", 4), "pl", 0.4
        c.pat, c.typo, c.dm_swap, c.sex_blank = 0.0, 0.01, 0.005, 0.0
        c.phone_missing = 0.8
        origin, c.exonym = (0, 30, 0, 0, 70), 0.8
    elif agency == "PL-PESEL":
        c.scan, c.caps_copy, c.caps = 0.85, r() < 0.5, r() < 0.25
        c.sys_uk = _p(rng, "pl_uk", 5, "pl_uk_l", 3, "ua2010", 2)
        c.sys_ru = _p(rng, "pl_ru", 6, "pl_ru_l", 4)
        c.diac, c.polonise = _p(rng, "keep", 8, "strip", 2), r() < 0.3
        c.ru_pull, c.kbd = 0.5, "pl"
        c.pat, c.pat_father, c.typo, c.dm_swap = 0.03, 0.6, 0.02, 0.015
        c.year_only_old, c.dob_missing, c.sex_blank, c.phone_missing = 0.01, 0.005, 0.0, 0.1
        c.phone_style = _p(rng, "e164", 30, "intl_spaced", 25, "national", 35, "cc", 10)
        origin, c.exonym = (50, 30, 10, 0, 10), 0.6
    elif agency in ("UNHCR-PL", "UNHCR-RO"):
        local_uk, local_ru = ("pl_uk", "pl_ru") if agency == "UNHCR-PL" else ("ro_uk", "ro_ru")
        c.scan = 0.7
        c.sys_uk = _p(rng, "ua2010", 55, en_uk, 30, local_uk, 15)
        c.sys_ru = _p(rng, "ru_simple", 40, "ru_icao", 30, en_ru, 20, local_ru, 10)
        c.caps, c.diac, c.ru_pull = r() < 0.2, _p(rng, "keep", 5, "strip", 5), 0.6
        c.pat, c.dm_swap = 0.08, 0.04
        c.phone_style = _p(rng, "e164", 6, "cc", 2, "national", 2)
        origin = (50, 30, 10, 0, 10)
        c.ref_policy, c.ref_missing = "case", 0.03
    elif agency == "PL-NGO":
        c.scan, c.caps = 0.3, r() < 0.15
        c.sys_uk = _p(rng, "pl_uk", 35, "pl_uk_l", 20, en_uk, 30, "ua2010", 10, "de_uk", 5)
        c.sys_ru = _p(rng, "pl_ru", 50, "pl_ru_l", 20, "ru_simple", 20, "de_ru", 10)
        c.diac, c.polonise, c.kbd = _p(rng, "keep", 6, "strip", 4), r() < 0.3, "pl"
        if c.sys_uk == "de_uk":
            c.kbd = "de"
        c.pat, c.dim, c.typo, c.swap, c.dm_swap = 0.1, 0.05, 0.045, 0.02, 0.03
        c.sex_blank, c.dob_missing, c.year_only_old, c.phone_missing = 0.2, 0.05, 0.15, 0.15
        c.phone_style = _p(rng, "e164", 3, "national", 3, "intl_spaced", 2, "dashed", 2)
        origin, c.exonym = (50, 20, 10, 0, 20), 0.6
        c.ref_policy, c.ref_missing = "event", 0.4
    elif agency == "RO-PF":
        c.night, c.machine, c.scan, c.caps = True, True, 0.92, True
        c.sys_uk = _p(rng, "ro_uk", 5, "ro_uk_y", 2, "ua2010", 3)
        c.sys_ru = "ro_ru"
        c.diac, c.kbd = _p(rng, "comma", 50, "cedilla", 15, "strip", 35), "ro"
        c.pat, c.typo, c.phone_missing = 0.02, 0.012, 0.7
        origin, c.exonym = (0, 40, 0, 0, 60), 0.7
    elif agency == "RO-IGI":
        c.scan, c.caps_copy, c.caps = 0.8, r() < 0.7, r() < 0.4
        c.sys_uk, c.sys_ru = _p(rng, "ro_uk", 6, "ua2010", 4), "ro_ru"
        c.diac, c.kbd = _p(rng, "comma", 6, "strip", 4), "ro"
        c.pat, c.pat_father, c.typo, c.dm_swap = 0.05, 0.35, 0.02, 0.015
        c.phone_missing = 0.1
        c.phone_style = _p(rng, "national", 4, "e164", 4, "spaced", 2)
        origin, c.exonym = (50, 30, 10, 0, 10), 0.5
        c.ref_policy, c.ref_missing = "case", 0.05
    elif agency == "RO-NGO":
        if r() < 0.2:
            c.script, c.kbd, c.pat = "uk", "uk", 0.6
            c.apos = _p(rng, "'", 5, "’", 3, "", 2)
        else:
            c.sys_uk = _p(rng, "ro_uk", 45, en_uk, 40, "ua2010", 15)
            c.sys_ru = _p(rng, "ro_ru", 50, "ru_simple", 30, en_ru, 20)
            c.diac, c.kbd, c.pat = _p(rng, "strip", 5, "comma", 3, "cedilla", 2), "ro", 0.1
        c.scan, c.dim, c.typo, c.sex_blank, c.dob_missing = 0.3, 0.04, 0.04, 0.2, 0.04
        c.year_only_old, c.phone_missing = 0.15, 0.1
        c.phone_style = _p(rng, "national", 5, "e164", 3, "spaced", 2)
        origin, c.exonym = (55, 20, 5, 0, 20), 0.5
        c.ref_policy, c.ref_missing = "event", 0.5
    c.origin = Pick(zip(ORIGIN_MODES, origin, strict=True))
    if c.sys_uk.startswith("pl"):
        c.tradition = "pl"
    elif c.sys_uk.startswith(("md", "ro")):
        c.tradition = "ro"
    elif c.sys_uk.startswith("de"):
        c.tradition = "de"
    elif c.sys_uk.startswith("en") or c.sys_ru.startswith("ru"):
        c.tradition = "en"
    else:
        c.tradition = None
    return c


class World:
    """The registration landscape: site pickers and the clerk pools of every desk."""

    def __init__(self, rng):
        self.agency_pick = {s: Pick(a) for s, a in SITE_AGENCIES.items()}
        self.border_pick = {k: Pick(v) for k, v in BORDERS.items()}
        self.stage_pick = {k: Pick(v) for k, v in STAGE_SITES.items()}
        kind_of = {}
        for (_, stage), sites in STAGE_SITES.items():
            for s, _ in sites:
                kind_of[s] = stage
        self.pools = {}
        for site, agencies in SITE_AGENCIES.items():
            kind = kind_of.get(site, "border")
            for agency, _ in agencies:
                n = CLERKS_PER_DESK[kind] + rng.randrange(4)
                self.pools[(site, agency)] = [make_clerk(agency, site, i, rng) for i in range(n)]
        self.site_code = {s: s.translate(_STRIP)[:3].upper() for s in SITE_AGENCIES}

    def site_for(self, country, stage, region, rng):
        if stage == "border":
            key = (country, region) if (country, region) in self.border_pick else (country, "other")
            return self.border_pick[key](rng)
        return self.stage_pick[(country, stage)](rng)


# ---------------------------------------------------------------------------------------------
# People and households
# ---------------------------------------------------------------------------------------------

GROUPS = Pick(
    [("ua", 81.9), ("ru", 5.0), ("roma", 0.6), ("hu", 0.8), ("ro", 1.2), ("bg", 0.6), ("tat", 0.6),
     ("arm", 0.6), ("jew", 0.8), ("in", 1.8), ("ng", 0.6), ("ma", 0.8)]
)  # fmt: skip
GROUP_RU_PREF = {"ru": 0.85, "roma": 0.5, "hu": 0.05, "ro": 0.45, "bg": 0.8, "tat": 0.7,
                 "arm": 0.7, "jew": 0.8, "in": 0.3, "ng": 0.3, "ma": 0.3}  # fmt: skip
# How readily a Latin-script desk takes a person's own spelling rather than transliterating.
NATIVE_USE = {"hu": 0.5, "ro": 0.6, "arm": 0.35, "tat": 0.25, "in": 1.0, "ng": 1.0, "ma": 1.0}
HOUSEHOLD_TYPES = Pick(
    [("mother_kids", 33), ("mother_kids_grandma", 11), ("grandparents_kids", 5),
     ("single_woman", 13), ("sisters_kids", 5), ("daughter_old_parent", 6), ("old_couple", 6),
     ("single_old", 8), ("father_kids", 3), ("big_family", 3), ("single_man", 3), ("minors", 1)]
)  # fmt: skip
ROMA_TYPES = Pick([("roma_extended", 50), ("mother_kids", 30), ("mother_kids_grandma", 10),
                   ("single_old", 10)])  # fmt: skip
KIDS = Pick([(1, 45), (2, 38), (3, 12), (4, 5)])
PASSPORT_SYSTEMS_ADULT = Pick(
    [("ua2010", 75), ("ua_old", 6), ("ua_old_g", 3), ("ua_old_x", 3), ("ua_old_gx", 1),
     ("ru_bgn", 5), ("ru_simple", 4)]
)  # fmt: skip


class Person:
    __slots__ = ("pid", "hh", "sex", "dob", "given", "fam", "father", "passport", "no_docs",
                 "knows_dob", "phone", "traps", "records")  # fmt: skip

    def fam_uk(self):
        return self.fam.uk_f if self.sex == "F" else self.fam.uk_m


class Household:
    __slots__ = ("hid", "group", "place", "ru_pref", "members", "phone", "sims", "region")


def birth_year(age, rng):
    return 2022 - age - (rng.random() < 0.83)


def make_passport(p, group, age, rng):
    """The Latin spelling printed in a person's international passport, if they have one."""
    g, fam = p.given, p.fam
    nat_fam = fam.nat_f if p.sex == "F" else fam.nat_m
    if group in FOREIGN:
        return (g.native[0].upper(), nat_fam[0].upper())
    if group in ("hu", "ro") and g.native and nat_fam and rng.random() < 0.45:
        return (g.native[0].upper(), nat_fam[0].upper())  # a Hungarian or Romanian passport
    if age < 25:
        system = "ua2010"
    elif age > 55 and rng.random() < 0.06:
        system = "fr"
    else:
        system = PASSPORT_SYSTEMS_ADULT(rng)
    if system in ("ru_bgn", "ru_simple", "fr"):
        src = (g.ru, fam.ru_f if p.sex == "F" else fam.ru_m)
    else:
        src = (g.uk, p.fam_uk())
    return (latin(system, src[0]).upper(), latin(system, src[1]).upper())


class HouseholdBuilder:
    """Builds the members of one household, with their family relations."""

    def __init__(self, hh, first_pid, rng):
        self.hh, self.rng, self.next_pid = hh, rng, first_pid
        self.members = []

    def surname(self):
        return pick_surname(self.hh.group, self.rng)

    def given(self, sex, byear, avoid=()):
        return pick_given(self.hh.group, sex, byear, self.rng, avoid)

    def add(self, sex, age, fam, father, given=None, dob=None, avoid=()):
        rng = self.rng
        p = Person()
        p.pid, p.hh, p.sex = self.next_pid, self.hh, sex
        self.next_pid += 1
        p.dob = dob or random_dob(rng, birth_year(age, rng))
        p.given = given or self.given(sex, p.dob[0], avoid)
        p.fam, p.father, p.traps, p.records = fam, father, None, 0
        group = self.hh.group
        if group in FOREIGN:
            has_passport, p.no_docs = True, False
        else:
            if group == "roma":
                p.no_docs = rng.random() < 0.35
            else:
                p.no_docs = rng.random() < (0.03 if age >= 70 else 0.004)
            base = 0.3 if age < 18 else (0.5 if age < 65 else 0.25)
            has_passport = not p.no_docs and rng.random() < (
                base * 0.2 if group == "roma" else base
            )
        p.knows_dob = not p.no_docs or rng.random() < 0.5
        p.passport = has_passport  # the spelling is printed once the family is complete
        own = 0.75 if 18 <= age < 65 else (0.45 if age >= 65 else (0.6 if age >= 13 else 0.0))
        p.phone = new_phone("UA", rng) if rng.random() < own else None
        self.members.append(p)
        return p

    def trap(self, name, *people):
        for p in people:
            if p.traps is None:
                p.traps = []
            p.traps.append(name)

    def kids(self, mother_age, fam, father, n, elders=(), ages=None):
        """Children of one mother; sometimes twins, sometimes named after a grandparent."""
        rng = self.rng
        if ages is None:
            ages = [rng.randint(0, min(17, mother_age - 18)) for _ in range(n)]
        ages = sorted(ages, reverse=True)
        out = []
        used = set()
        for age in ages:
            sex = "M" if rng.random() < 0.51 else "F"
            given = None
            for elder in elders:
                if elder.sex == sex and elder.given not in used and rng.random() < 0.05:
                    given = elder.given
                    kid = self.add(sex, age, fam, father, given=given)
                    word = "grandfather_grandson" if sex == "M" else "grandmother_granddaughter"
                    self.trap(f"{word}_same_name", kid, elder)
                    break
            else:
                kid = self.add(sex, age, fam, father, avoid=used)
            used.add(kid.given)
            out.append(kid)
            if rng.random() < 0.015:
                tsex = sex if rng.random() < 0.6 else ("F" if sex == "M" else "M")
                twin = self.add(tsex, age, fam, father, dob=kid.dob, avoid=used)
                used.add(twin.given)
                self.trap("twin", kid, twin)
                out.append(twin)
        return out

    def mother_with_kids(self, fam=None, with_grandma=False, n=None):
        rng = self.rng
        m_age = int(rng.triangular(20, 50, 34))
        fam = fam or self.surname()
        father = self.given("M", 2019 - m_age)
        mothers_father = self.given("M", 1994 - m_age)
        mother_fam = fam
        grandma = None
        elders = []
        if with_grandma:
            g_age = min(93, m_age + rng.randint(19, 34))
            maternal = rng.random() < 0.55
            g_fam = self.surname() if maternal else fam
            if maternal and rng.random() < 0.1:
                mother_fam = g_fam  # she kept her maiden name
            grandma = self.add("F", g_age, g_fam, self.given("M", 2000 - g_age))
            elders.append(grandma)
        elif rng.random() < 0.07:
            mother_fam = self.surname()
        mother = self.add("F", m_age, mother_fam, mothers_father)
        kids = self.kids(m_age, fam, father, n or KIDS(rng), elders)
        if rng.random() < 0.01 and kids and kids[-1].sex == "F" and kids[-1].given != mother.given:
            kids[-1].given = mother.given
            self.trap("mother_daughter_same_name", mother, kids[-1])
        # make the mother the head: first in the list
        self.members.remove(mother)
        self.members.insert(0, mother)
        return mother

    def build(self, kind):
        rng = self.rng
        if kind == "student":
            self.add("M" if rng.random() < 0.7 else "F", rng.randint(18, 28), self.surname(), None)
        elif kind == "mother_kids":
            self.mother_with_kids()
        elif kind == "mother_kids_grandma":
            self.mother_with_kids(with_grandma=True)
        elif kind == "grandparents_kids":
            g_age = rng.randint(55, 85)
            fam = self.surname()
            grandma = self.add("F", g_age, fam, self.given("M", 2000 - g_age))
            elders = [grandma]
            if rng.random() < 0.3:
                elders.append(
                    self.add(
                        "M", min(90, g_age + rng.randint(0, 5)), fam, self.given("M", 2000 - g_age)
                    )
                )
            kfam = fam if rng.random() < 0.6 else self.surname()
            parent_age = min(g_age - 20, 45)
            self.kids(
                max(parent_age, 20),
                kfam,
                self.given("M", 2020 - parent_age),
                rng.randint(1, 3),
                elders,
            )
        elif kind == "single_woman":
            self.add("F", int(rng.triangular(18, 64, 30)), self.surname(), self.given("M", 1970))
        elif kind == "sisters_kids":
            maiden_father = self.given("M", 1960)
            first = self.mother_with_kids()
            if rng.random() < 0.6:
                first.father = maiden_father
                second = self.mother_with_kids()
                second.father = maiden_father
            else:
                self.mother_with_kids()
        elif kind == "daughter_old_parent":
            d_age = rng.randint(35, 62)
            p_age = min(95, d_age + rng.randint(20, 35))
            fam = self.surname()
            father = self.given("M", 2000 - p_age)
            dfam = self.surname() if rng.random() < 0.8 else fam
            self.add("F", d_age, dfam, father)
            self.add("F", p_age, fam, self.given("M", 1990 - p_age))
            if rng.random() < 0.2:
                self.add(
                    "M",
                    min(97, p_age + rng.randint(0, 4)),
                    fam,
                    self.given("M", 1985 - p_age),
                    given=father,
                )
        elif kind == "old_couple":
            age = rng.randint(60, 88)
            fam = self.surname()
            self.add("M", age, fam, self.given("M", 1990 - age))
            self.add("F", max(55, age - rng.randint(-3, 6)), fam, self.given("M", 1990 - age))
        elif kind == "single_old":
            age = int(rng.triangular(62, 96, 72))
            self.add(
                "F" if rng.random() < 0.75 else "M", age, self.surname(), self.given("M", 1930)
            )
        elif kind in ("father_kids", "big_family"):
            f_age = rng.randint(28, 58)
            fam = self.surname()
            father = self.add("M", f_age, fam, self.given("M", 1995 - f_age))
            if kind == "big_family":
                self.mother_with_kids(fam=fam, n=rng.randint(3, 5))
                self.members.remove(father)
                self.members.insert(0, father)
                kids = [p for p in self.members if p.father is not None and p.fam is fam
                        and p.dob[0] > 2003]  # fmt: skip
                for k in kids:
                    k.father = father.given
            else:
                kids = self.kids(min(f_age, 45), fam, father.given, rng.randint(1, 4))
            sons = [k for k in kids if k.sex == "M"]
            if sons and rng.random() < 0.08:
                sons[-1].given = father.given
                self.trap("father_son_same_name", father, sons[-1])
        elif kind == "single_man":
            age = rng.randint(60, 80) if rng.random() < 0.6 else rng.randint(18, 59)
            self.add("M", age, self.surname(), self.given("M", 1960))
        elif kind == "minors":
            fam = self.surname()
            father = self.given("M", 1980)
            ages = [rng.randint(13, 17) for _ in range(1 if rng.random() < 0.6 else 2)]
            self.kids(40, fam, father, len(ages), ages=ages)
        elif kind == "roma_extended":
            g_age = rng.randint(40, 68)
            fam = self.surname()
            self.add("F", g_age, fam, self.given("M", 2000 - g_age))
            if rng.random() < 0.25:
                self.add(
                    "M", max(60, g_age + rng.randint(0, 6)), fam, self.given("M", 1990 - g_age)
                )
            for _ in range(rng.randint(1, 2)):
                m_age = rng.randint(18, min(38, g_age - 2))
                self.add("F", m_age, fam, self.given("M", 2000 - m_age))
                self.kids(m_age, fam, self.given("M", 2020 - m_age), rng.randint(2, 5))
        # sibling diminutives that collide: Олександр and Олександра are both Sasha
        dims = {}
        for p in self.members:
            d = p.given.dim_ru
            if d:
                dims.setdefault(d, []).append(p)
        for ps in dims.values():
            if len({p.given for p in ps}) > 1:
                self.trap("household_same_diminutive", *ps)
        for p in self.members:
            if p.passport:
                p.passport = make_passport(p, self.hh.group, age_on(p.dob, 0), rng)
            else:
                p.passport = None
        return self.members


def build_household(hid, first_pid, rng):
    hh = Household()
    hh.hid = hid
    hh.group = group = GROUPS(rng)
    hh.place = place = pick_origin(group, rng)
    hh.region = place.oblast.region
    if group == "ua":
        hh.ru_pref = 0.55 + 0.3 * rng.random() if rng.random() < place.oblast.ru_share else 0.04
    else:
        hh.ru_pref = GROUP_RU_PREF[group]
    if group in FOREIGN:
        kind = "student"
    elif group == "roma":
        kind = ROMA_TYPES(rng)
    else:
        kind = HOUSEHOLD_TYPES(rng)
    hh.members = HouseholdBuilder(hh, first_pid, rng).build(kind)
    head = hh.members[0]
    if group in FOREIGN and rng.random() < 0.15:
        head.phone = new_phone(group, rng)
    hh.phone = head.phone
    if hh.phone is None and rng.random() < (0.5 if group == "roma" else 0.8):
        hh.phone = head.phone = new_phone("UA", rng)
    hh.sims = {}
    return hh


# ---------------------------------------------------------------------------------------------
# Journeys: which desks a household passes, when, and who is registered there
# ---------------------------------------------------------------------------------------------

EXTRA_VISITS = Pick([(0, 83), (1, 12), (2, 3.7), (3, 1.3)])
FIRST_STAGE = Pick([(0, 45), (1, 30), (2, 15), (3, 10)])
FOREIGN_ROUTE = Pick([("PL", 60), ("RO", 30), ("MD", 10)])
TRANSIT_STAGE = Pick([("border", 40), ("reception", 40), ("official", 20)])
SOLO_STAGE = Pick([("reception", 40), ("cash", 30), ("dup", 30)])
BORDER_HOURS = Pick([(h, 0.4 if h < 6 else (1.0 if h < 20 else 0.7)) for h in range(24)])
OCCUPIED_EARLY = {"Херсон", "Нова Каховка", "Каховка", "Скадовськ", "Генічеськ", "Олешки",
                  "Гола Пристань", "Мелітополь", "Енергодар", "Бердянськ", "Токмак"}  # fmt: skip


def arrival_day(hh, rng):
    """Most crossed in the first three weeks; Mariupol and the occupied south came later."""
    day = rng.randint(0, 115) if rng.random() < 0.15 else int(rng.expovariate(1 / 14))
    place = hh.place
    if place.hub == "Маріуполь":
        day += rng.randint(10, 40)
    elif place.uk in OCCUPIED_EARLY or place.hub in OCCUPIED_EARLY:
        day += rng.randint(5, 45)
    return min(day, LAST_DAY - 2)


def plan_visits(hh, world, rng):
    """The household's registrations: (country, stage, site, agency, day, who)."""
    group = hh.group
    if group in FOREIGN:
        country = FOREIGN_ROUTE(rng)
    elif group == "hu":
        country = "RO" if rng.random() < 0.7 else "PL"
    else:
        country = hh.place.oblast.route(rng)
    stages = STAGES[country]
    k = min(FIRST_STAGE(rng), len(stages) - 1)
    stage = stages[k]
    day = arrival_day(hh, rng)
    if k:
        day += int(rng.expovariate(1 / MEAN_DELAY[stage]))
    day = max(day, OPENS.get((country, stage), 0))
    visits = []
    if day > LAST_DAY:
        day = LAST_DAY
    site = world.site_for(country, stage, hh.region, rng)
    visits.append([country, stage, site, world.agency_pick[site](rng), day, "first"])
    transited = False
    for _ in range(EXTRA_VISITS(rng)):
        prev = visits[-1]
        remaining = stages[k + 1 :]
        if rng.random() < 0.2:
            stage = "dup"
        elif country == "MD" and not transited and (not remaining or rng.random() < 0.35):
            country, transited = "RO", True
            stages = STAGES["RO"]
            stage = TRANSIT_STAGE(rng)
            k = stages.index(stage)
        elif not remaining:
            stage = "dup"
        else:
            k = k + 1 if rng.random() < 0.65 else rng.randrange(k + 1, len(stages))
            stage = stages[k]
        day = prev[4] + 1 + int(rng.expovariate(1 / MEAN_DELAY[stage]))
        day = max(day, OPENS.get((country, stage), 0))
        if day > LAST_DAY:
            break
        if stage == "dup":
            site = prev[2]
            agency = prev[3] if rng.random() < 0.7 else world.agency_pick[site](rng)
            visits.append([country, prev[1], site, agency, day, "again"])
            continue
        region = "transit" if (stage == "border" and transited) else hh.region
        site = world.site_for(country, stage, region, rng)
        visits.append([country, stage, site, world.agency_pick[site](rng), day, "later"])
    return visits


def choose_members(members, visit, rng):
    """Who of the household stands at the desk this time."""
    kind, stage = visit[5], visit[1]
    if kind == "first":
        return [p for p in members if rng.random() < 0.985]
    if stage == "official":
        return [p for p in members if rng.random() < 0.9]
    r = rng.random()
    if r < 0.7:
        return [p for p in members if rng.random() < 0.95]
    if r < 0.9:
        return members[:1]
    return [p for p in members if rng.random() < 0.5]


# ---------------------------------------------------------------------------------------------
# Rendering one registration by one clerk
# ---------------------------------------------------------------------------------------------


def own_variant(variants, rng, tags):
    if len(variants) == 1 or rng.random() < 0.7:
        return variants[0]
    tags.append("name:variant_spelling")
    return variants[rng.randrange(1, len(variants))]


def cyrillic_word(word, clerk, use_ru, tags):
    """A Cyrillic word as this clerk types it (keyboard gaps, apostrophe habit, capitals)."""
    if not use_ru:
        subst = clerk.cyr_i or ("cyr" if clerk.script == "ru" else "")
        if subst:
            typed = word.translate(KBD_SUBST[subst])
            if typed != word:
                tags.append("kbd:latin_i" if subst == "lat" else "kbd:ru_layout")
                word = typed
    if "'" in word and clerk.apos != "'":
        word = word.translate(APOS_SUBST[clerk.apos])
        tags.append("apostrophe")
    return word.upper() if clerk.caps else word


def surname_forms(p, rng, tags):
    """Ukrainian and Russian surname as said; now and then a woman gets the masculine form."""
    fam = p.fam
    if p.sex == "F":
        if fam.uk_f != fam.uk_m and rng.random() < 0.01:
            tags.append("surname:masculine_form")
            return fam.uk_m, fam.ru_m
        return fam.uk_f, fam.ru_f
    return fam.uk_m, fam.ru_m


def polonised_surname(uk_fam, system, female):
    """Kovalska -> Kowalska, Levytskyi -> Lewycki: a Polish clerk's own spelling of -ський."""
    stem = latin(system, uk_fam[:-4] if uk_fam[-1] == "а" else uk_fam[:-5])
    soft = "цьк" in uk_fam[-5:]
    if female:
        return stem + ("cka" if soft else "ska")
    return stem + ("cki" if soft else "ski")


def render_name(p, hh, clerk, age, rng, tags):
    """Given name, family name and patronymic as this clerk writes them for this person."""
    g, fam = p.given, p.fam
    female = p.sex == "F"
    group = hh.group
    use_ru = False
    machine = False
    system = clerk.sys_uk
    if clerk.script == "latin":
        tags.append("script:latin")
        nat_fam = fam.nat_f if female else fam.nat_m
        if p.passport and rng.random() < clerk.scan:
            given, family = p.passport
            machine = clerk.machine
            tags.append("src:passport_scan" if machine else "src:passport_copy")
            if not machine and not clerk.caps_copy:
                given, family = cap_words(given.lower()), cap_words(family.lower())
        elif g.native and rng.random() < NATIVE_USE.get(group, 0.0) * (
            1.4 if (group == "ro" and clerk.tradition == "ro") else 1.0
        ):
            given = own_variant(g.native, rng, tags)
            family = own_variant(nat_fam, rng, tags) if nat_fam else latin(system, p.fam_uk())
            tags.append("name:own_spelling")
            if group == "hu" and rng.random() < 0.3:
                given, family = family, given
                tags.append("swap:hungarian_order")
        else:
            use_ru = rng.random() < hh.ru_pref * clerk.ru_pull
            src = g.ru if use_ru else g.uk
            dim = g.dim_ru if use_ru else g.dim_uk
            if dim and rng.random() < clerk.dim * (2.0 if age < 14 else (1.0 if age < 60 else 0.4)):
                src = dim
                tags.append("dim")
            system = clerk.sys_ru if use_ru else clerk.sys_uk
            fam_uk, fam_ru = surname_forms(p, rng, tags)
            given = latin(system, src)
            family = latin(system, fam_ru if use_ru else fam_uk)
            tags.append("translit:" + system)
            if clerk.polonise and not use_ru and rng.random() < 0.5:
                pol = POLONISED_GIVEN.get(g.uk)
                if pol and src == g.uk:
                    given = pol
                    tags.append("polonised")
                if fam_uk.endswith(("ський", "ська", "цький", "цька")):
                    family = polonised_surname(fam_uk, system, female)
                    tags.append("polonised")
        if clerk.diac != "keep" or clerk.caps:
            given = style_latin(given, clerk.diac, clerk.caps)
            family = style_latin(family, clerk.diac, clerk.caps)
            if clerk.caps:
                tags.append("caps")
            if clerk.diac != "keep":
                tags.append("diac:" + clerk.diac)
    else:
        if clerk.script == "ru":
            use_ru = rng.random() < max(clerk.russify, hh.ru_pref)
        else:
            use_ru = rng.random() < hh.ru_pref * clerk.ru_pull
        tags.append("script:" + clerk.script)
        src = g.ru if use_ru else g.uk
        dim = g.dim_ru if use_ru else g.dim_uk
        if dim and rng.random() < clerk.dim * (2.0 if age < 14 else (1.0 if age < 60 else 0.4)):
            src = dim
            tags.append("dim")
        fam_uk, fam_ru = surname_forms(p, rng, tags)
        given = cyrillic_word(src, clerk, use_ru, tags)
        family = cyrillic_word(fam_ru if use_ru else fam_uk, clerk, use_ru, tags)
    if use_ru:
        tags.append("form:ru")
    pat = ""
    f = p.father
    if f is not None and f.pat is not None:
        r = rng.random()
        if r < clerk.pat_father:
            word = f.ru if use_ru else f.uk
            tags.append("pat:father_name")
        elif r < clerk.pat_father + clerk.pat:
            word = f.pat[(1 if female else 0) + (2 if use_ru else 0)]
            tags.append("pat:ru" if use_ru else "pat:uk")
        else:
            word = None
            tags.append("pat:omitted")
        if word:
            if clerk.script == "latin":
                pat = style_latin(latin(system, word), clerk.diac, clerk.caps)
            else:
                pat = cyrillic_word(word, clerk, use_ru, tags)
    if not machine:
        if rng.random() < clerk.typo:
            given = typo(given, clerk.kbd, rng)
            tags.append("typo:given")
        if rng.random() < clerk.typo:
            family = typo(family, clerk.kbd, rng)
            tags.append("typo:family")
        if pat and rng.random() < clerk.typo:
            pat = typo(pat, clerk.kbd, rng)
            tags.append("typo:patronymic")
        if rng.random() < clerk.swap:
            given, family = family, given
            tags.append("swap:names")
        if pat and rng.random() < clerk.pat_in_given:
            given, pat = f"{given} {pat}", ""
            tags.append("pat_in_given")
    return given, family, pat, use_ru


def render_dob(p, clerk, day, age, rng, tags):
    y, m, d = p.dob
    if rng.random() < clerk.dob_missing:
        tags.append("dob:missing")
        return ""
    if not p.knows_dob:
        claimed = age + (rng.choice((-2, -1, -1, 0, 0, 0, 1, 1, 2)) if age > 30 else 0)
        year = 2022 - claimed
        tags.append("dob:age_derived")
        if rng.random() < clerk.placeholder:
            tags.append("dob:0101")
            return f"{year}-01-01"
        return str(year)
    if age >= 65 and rng.random() < clerk.year_only_old:
        if rng.random() < clerk.placeholder:
            tags.append("dob:0101")
            return f"{y}-01-01"
        tags.append("dob:year_only")
        return str(y)
    today = DAY_YMD[day]
    if d <= 12 and d != m and rng.random() < clerk.dm_swap and (y, d, m) <= today.timetuple()[:3]:
        m, d = d, m
        tags.append("dob:dm_swap")
    if rng.random() < 0.004:
        y2, d2 = y, d
        if rng.random() < 0.5:
            y2 += rng.choice((-1, 1))
        else:
            d2 = min(28, max(1, d + rng.choice((-1, 1, -10, 10))))
        if (y2, m, d2) <= today.timetuple()[:3]:
            y, d = y2, d2
            tags.append("dob:typo")
    return f"{y:04d}-{m:02d}-{d:02d}"


def place_name(place, clerk, use_ru, age, rng, tags):
    if clerk.script != "latin":
        if clerk.script == "ru":
            if place.soviet and age >= 50 and rng.random() < 0.3:
                tags.append("origin:soviet_name")
                return place.soviet
            return place.ru
        return cyrillic_word(place.uk, clerk, False, tags)
    exo = EXONYMS.get(place.uk)
    if exo and clerk.tradition and rng.random() < clerk.exonym:
        tags.append("origin:exonym")
        return exo[EXO_INDEX[clerk.tradition]]
    return latin(clerk.sys_ru, place.ru) if use_ru else latin(clerk.sys_uk, place.uk)


def oblast_name(ob, clerk, rng):
    if clerk.script == "uk":
        return ob.uk + (" обл." if rng.random() < 0.6 else " область")
    if clerk.script == "ru":
        return ob.ru + " обл."
    if clerk.tradition == "pl":
        return "obw. " + ob.pl
    centre = PLACE[ob.centre]
    if clerk.tradition == "ro":
        exo = EXONYMS.get(centre.uk)
        return "reg. " + (exo[1] if exo else latin(clerk.sys_uk, centre.uk))
    if rng.random() < 0.5:
        return latin(clerk.sys_uk, ob.uk) + " obl."
    return latin(clerk.sys_uk, centre.uk) + " Oblast"


def render_origin(hh, clerk, use_ru, age, rng, tags):
    if hh.group in FOREIGN and rng.random() < 0.3:
        tags.append("origin:home_country")
        return FOREIGN[hh.group]["country"]
    mode = clerk.origin(rng)
    place = hh.place
    if mode == "missing":
        tags.append("origin:missing")
        return ""
    if mode == "oblast":
        tags.append("origin:oblast")
        return oblast_name(place.oblast, clerk, rng)
    if mode == "hub" and place.hub != place.uk:
        place = PLACE[place.hub]
        tags.append("origin:nearest_city")
    text = place_name(place, clerk, use_ru, age, rng, tags)
    if mode == "place_oblast":
        tags.append("origin:with_oblast")
        text = f"{text}, {oblast_name(place.oblast, clerk, rng)}"
    if clerk.script == "latin" and (clerk.caps or clerk.diac != "keep"):
        text = style_latin(text, clerk.diac, clerk.caps)
    return text


def render_phone(p, hh, clerk, country, day, age, rng, tags):
    phone = p.phone if (p.phone and age >= 13 and rng.random() < 0.75) else hh.phone
    if phone is hh.phone and phone is not None and phone is not p.phone:
        tags.append("phone:household")
    sim = hh.sims.get(country)
    if sim and phone is hh.phone and day >= sim[1] and rng.random() < 0.75:
        phone = sim[0]
        tags.append("phone:new_sim")
    if phone is None or rng.random() < clerk.phone_missing:
        tags.append("phone:missing")
        return ""
    text = format_phone(phone[0], phone[1], clerk.phone_style)
    if rng.random() < 0.006:
        text = phone_typo(text, rng)
        tags.append("phone:typo")
    return text


# ---------------------------------------------------------------------------------------------
# Generation and output
# ---------------------------------------------------------------------------------------------


def register_household(hh, world, rng, rows, whys, events):
    """Plan the household's journey and write every registration it leaves behind."""
    members = hh.members
    visits = plan_visits(hh, world, rng)
    present = [choose_members(members, v, rng) for v in visits]
    seen = {id(p) for who in present for p in who}
    missed = [p for p in members if id(p) not in seen]
    if missed:
        present[0] = [p for p in members if id(p) in seen and p in present[0] or p in missed]
    last = visits[-1]
    for p in members:
        if rng.random() < 0.012:
            stage = SOLO_STAGE(rng)
            country = last[0]
            day = last[4] + 1 + int(rng.expovariate(1 / 12))
            if day > LAST_DAY:
                continue
            if stage == "dup" or (country, stage) not in STAGE_SITES:
                site, agency, stage = last[2], last[3], last[1]
            else:
                day = max(day, OPENS.get((country, stage), 0))
                site = world.site_for(country, stage, hh.region, rng)
                agency = world.agency_pick[site](rng)
            if day <= LAST_DAY:
                visits.append([country, stage, site, agency, day, "alone"])
                present.append([p])
    for visit, who in zip(visits, present, strict=True):
        if not who:
            continue
        country, stage, site, agency, day, kind = visit
        if country not in hh.sims:
            hh.sims[country] = (
                (new_phone(country, rng), day + int(rng.expovariate(1 / 8)))
                if rng.random() < 0.8
                else None
            )
        pool = world.pools[(site, agency)]
        clerk = pool[rng.randrange(len(pool))]
        if clerk.night:
            minute = BORDER_HOURS(rng) * 60 + rng.randrange(60)
        else:
            minute = rng.randrange(8 * 60, 18 * 60 + 30)
        event = -1
        if clerk.ref_policy != "none":
            event = len(events)
            events.append((agency, site, day * 1440 + minute, hh.hid, clerk.ref_policy))
        date_str = DAY_STR[day]
        for p in who:
            tags = [f"visit:{kind}", f"stage:{stage}"]
            if hh.group != "ua":
                tags.append("who:" + hh.group)
            if p.no_docs:
                tags.append("who:no_documents")
            age = age_on(p.dob, day)
            given, family, pat, use_ru = render_name(p, hh, clerk, age, rng, tags)
            if rng.random() < clerk.sex_blank:
                sex = ""
                tags.append("sex:blank")
            elif rng.random() < 0.003:
                sex = "M" if p.sex == "F" else "F"
                tags.append("sex:wrong")
            else:
                sex = p.sex
            dob = render_dob(p, clerk, day, age, rng, tags)
            origin = render_origin(hh, clerk, use_ru, age, rng, tags)
            phone = render_phone(p, hh, clerk, country, day, age, rng, tags)
            ref = event
            if event >= 0 and rng.random() < clerk.ref_missing:
                ref = -1
                tags.append("ref:missing")
            stamp = f"{date_str}T{minute // 60:02d}:{minute % 60:02d}"
            rows.append((given, family, pat, sex, dob, origin, phone, ref, stamp, site, p))
            if whys is not None:
                whys.append((clerk.desk, ";".join(dict.fromkeys(tags))))
            p.records += 1
            minute = min(minute + rng.randint(1, 4), 1439)


def resolve_refs(events, world, rng):
    """Household references, numbered by each desk in the order it saw households."""
    refs = [""] * len(events)
    by_agency = {}
    for e, (agency, _site, t, _hid, _policy) in enumerate(events):
        by_agency.setdefault(agency, []).append((t, e))
    for agency in sorted(by_agency):
        fmt = REF_FORMATS[agency]
        counters = {}
        carried = {}
        for _t, e in sorted(by_agency[agency]):
            _, site, _, hid, policy = events[e]
            if policy == "case":
                n = carried.get(hid)
                if n is None or rng.random() < 0.15:
                    n = counters[agency] = counters.get(agency, 0) + 1
                    carried[hid] = n
            else:
                n = counters[site] = counters.get(site, 0) + 1
            refs[e] = fmt.format(code=world.site_code[site], n=n)
    return refs


def mark_namesakes(people):
    """Traps that come from the population, not the family: namesakes born the same year."""
    for trap, key_of in (
        ("namesake_same_year", lambda p: hash((p.given.uk, p.fam_uk(), p.dob[0]))),
        ("namesake_same_dob", lambda p: hash((p.given.uk, p.fam_uk(), p.dob))),
        ("namesake_in_russian_form",
         lambda p: hash((p.given.ru, p.fam.ru_f if p.sex == "F" else p.fam.ru_m, p.dob[0]))),
    ):  # fmt: skip
        counts = {}
        keys = [key_of(p) for p in people]
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        for p, k in zip(people, keys, strict=True):
            if counts[k] > 1:
                if (
                    trap == "namesake_in_russian_form"
                    and p.traps
                    and "namesake_same_year" in p.traps
                ):
                    continue
                if p.traps is None:
                    p.traps = []
                p.traps.append(trap)
        del counts, keys


HEADER = ["record_id", "given_name", "family_name", "patronymic", "sex", "birth_date", "origin",
          "phone", "household_ref", "registered_at", "site"]  # fmt: skip


def write_outputs(out, rows, whys, refs, rng):
    os.makedirs(out, exist_ok=True)
    order = list(range(len(rows)))
    rng.shuffle(order)
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as rf,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as tf,
    ):
        rec = csv.writer(rf, lineterminator="\n")
        tru = csv.writer(tf, lineterminator="\n")
        rec.writerow(HEADER)
        tru.writerow(["record_id", "person_id"])
        rec_rows, tru_rows = [], []
        for i, r in enumerate(order):
            g, f, pat, sex, dob, origin, phone, ref, stamp, site, p = rows[r]
            rid = f"r{i + 1:08d}"
            rec_rows.append((rid, g, f, pat, sex, dob, origin, phone, refs[ref] if ref >= 0 else "",
                             stamp, site))  # fmt: skip
            tru_rows.append((rid, f"P{p.pid:07d}"))
            if len(rec_rows) >= 50000:
                rec.writerows(rec_rows)
                tru.writerows(tru_rows)
                rec_rows, tru_rows = [], []
        rec.writerows(rec_rows)
        tru.writerows(tru_rows)
    if whys is None:
        return
    with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as wf:
        why = csv.writer(wf, lineterminator="\n")
        why.writerow(["record_id", "person_id", "household_id", "desk", "tags", "traps"])
        for i, r in enumerate(order):
            p = rows[r][10]
            desk, tags = whys[r]
            traps = ";".join(sorted(set(p.traps))) if p.traps else ""
            why.writerow((f"r{i + 1:08d}", f"P{p.pid:07d}", f"H{p.hh.hid:07d}", desk, tags, traps))


def generate(n_people, seed, out, explain):
    if n_people < 1:
        raise SystemExit("--people must be at least 1")
    started = time.perf_counter()
    rng = random.Random(seed)
    world = World(random.Random(seed * 7919 + 1))
    rows, whys, events, people = [], ([] if explain else None), [], []
    hid = 0
    while len(people) < n_people:
        hh = build_household(hid, len(people), rng)
        room = n_people - len(people)
        if len(hh.members) > room:
            hh.members = hh.members[:room]
        people.extend(hh.members)
        register_household(hh, world, rng, rows, whys, events)
        hid += 1
    mark_namesakes(people)
    refs = resolve_refs(events, world, rng)
    write_outputs(out, rows, whys, refs, rng)
    multi = sum(1 for p in people if p.records > 1)
    seconds = time.perf_counter() - started
    print(
        f"sixth_hands: people={len(people)} households={hid} records={len(rows)} "
        f"registered_2plus={multi / len(people):.3f} seconds={seconds:.1f}"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=61)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    args = ap.parse_args(argv)
    generate(args.people, args.seed, args.out, args.explain)


if __name__ == "__main__":
    main()
