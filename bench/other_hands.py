"""A second, independent registry generator: "written by other hands with other habits".

    .venv/bin/python bench/other_hands.py --people N --seed S --out DIR

writes DIR/records.csv (the interchange format of docs / /work/shared/interchange-format.md) and
DIR/truth.csv (``record_id,person_id``, every record once), and prints a one-line summary.
With ``--explain`` also DIR/why.csv: each record's household, clerk kind and the habits and
mistakes that shaped it (nickname, maiden, typo-*, day-month, year-off, dob-unknown, new-sim,
names-swapped; twin, namesake, after-grandfather, junior/senior), to sort linkage errors by cause.

It was written without reading refuge's own generator (``refuge.synth``) or its linkage code, so
that refuge can be checked against registries it was not tuned on.  Design, in short:

* Population of the 2023 Nagorno-Karabakh exodus, but mixed: about 86 % Armenian, 6 % Russian,
  2 % each Ukrainian, Georgian, Yazidi and Assyrian, and a few foreign (en_US) spouses.  Names come
  from Faker (hy_AM, ru_RU, uk_UA, ka_GE, en_US) behind short frequency-weighted lists of our own
  (Karabakh surnames and given names are very concentrated: many Hovhannisyans and Armens).  A
  person's names are kept in the script of their own culture (Armenian, Cyrillic, Georgian,
  Latin); every clerk renders them in the clerk's script.
* Households: couples (wife takes the husband's surname, inflected for Russians), children,
  grandparents; first sons often named after the paternal grandfather, a few Sr./Jr. with one
  name, twins; a household phone shared by children and often by adults; Karabakh 097 numbers
  swapped for Armenian SIMs between registrations.
* Registrations: each household registers at a first site (Kornidzor, Goris ...), some again
  later elsewhere, and some people again on their own; at most 3 records a person, about 12 %
  of people more than once.  Each record is written by a clerk of a site, and each clerk has
  habits: a script (Armenian, Cyrillic, Latin), a transliteration (Armenian official, diaspora
  -ian/ou, Western b/p g/k d/t, chat-style x/c, Latin taken from the Russian form), a Russian
  convention for Armenian names (Akopyan, Oganesyan/Ovanesyan, Arutyunyan), capitals, typos
  (keyboard neighbours, dropped/doubled/swapped letters, Armenian look-alike letters), patronymic
  style (Russian -ovich/-ovna, Armenian genitive -i, bare father's name, none), date habits
  (day/month swaps, year only, year off by one, placeholder YYYY-01-01), phone format, and how
  often sex, phone, origin and household are left empty; a few swap given and family names.
* Hard non-matches are made on purpose: namesakes (same common name and birth year), twins,
  grandfather/grandson and father/son with one name, siblings sharing the household phone.

Deterministic for a given --seed (one ``random.Random``; Faker only supplies static name lists).
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

# --------------------------------------------------------------------------------------------
# Name lists (ours, weighted) and Faker tails
# --------------------------------------------------------------------------------------------

HY_MALE = (
    "Արմեն Դավիթ Գոռ Հայկ Նարեկ Տիգրան Արթուր Սամվել Կարեն Աշոտ Վահե Գագիկ Սուրեն Արամ "
    "Հովհաննես Գրիգոր Սարգիս Հակոբ Գևորգ Միքայել Ռաֆայել Վլադիմիր Ալեքսանդր Էդուարդ Ռոբերտ "
    "Սերգեյ Յուրի Վալերի Ալբերտ Արսեն Էրիկ Մհեր Մանվել Ռուբեն Հարություն Խաչատուր Կարապետ "
    "Համլետ Սլավիկ Վարդան Արտյոմ Էդգար Մկրտիչ Ավետիք Բաղդասար Լևոն Արշակ Վաչագան Հրաչ Ստեփան "
    "Պողոս Հովսեփ Ղուկաս Երվանդ Ոսկան Ժիրայր Ծովակ Ջիվան Շահեն Ռոմիկ Վիգեն Կամո Սամսոն"
).split()
HY_FEMALE = (
    "Անահիտ Մարիամ Աննա Անի Լիլիթ Նարինե Գայանե Հասմիկ Արմինե Սիրանուշ Աստղիկ Նունե Լուսինե "
    "Ռուզաննա Ժաննա Ալլա Իրինա Սվետլանա Էմմա Մարինե Կարինե Գոհար Զարուհի Սոնա Մանե Էլեն Նազելի "
    "Լիանա Սյուզաննա Ռիտա Ելենա Տաթևիկ Շուշանիկ Վարդուհի Հռիփսիմե Սաթենիկ Ջուլիետա Արփինե Նելլի "
    "Լաուրա Եվա Ռոզա Ջեմմա Շողիկ Հերմինե Լյուդմիլա Ծովինար Երանուհի Օֆելյա Ռայա"
).split()
HY_SURNAMES = (
    "Հովհաննիսյան Հարությունյան Սարգսյան Գրիգորյան Պետրոսյան Հակոբյան Խաչատրյան Բաղդասարյան "
    "Մարտիրոսյան Ավետիսյան Ղազարյան Գաբրիելյան Դանիելյան Առաքելյան Աբրահամյան Բաբայան "
    "Աղաջանյան Ալավերդյան Ավանեսյան Բալայան Առուստամյան Հայրապետյան Համբարձումյան Մկրտչյան "
    "Գևորգյան Ստեփանյան Մովսիսյան Մելքումյան Ներսիսյան Օհանյան Ուլուբաբյան Շահրամանյան "
    "Իսրայելյան Եղիազարյան Ծատուրյան Ղուկասյան Զաքարյան Վարդանյան Պողոսյան Ասատրյան Ջհանգիրյան "
    "Ժամհարյան Չոբանյան Թովմասյան Ոսկանյան Երանոսյան Մուսայելյան Սահակյան Ադամյան Ավագյան "
    "Տեր-Գրիգորյան Տեր-Պետրոսյան Մելիք-Շահնազարյան Աթայան Բեգլարյան Գասպարյան Դադայան Լալայան"
).split()
YZ_MALE = "Ազիզ Ռուստամ Խդր Կնյազ Թեմուր Միրզո Շամո Հասան Ամարիկ Սմո Ջանգիր Սաշիկ".split()
YZ_FEMALE = "Զինա Գյուլիզար Նազլու Գյուլնազ Ասյա Շաքե Զեյնաբ Խաթուն Ռեշան Ֆատիմա".split()
YZ_SURNAMES = "Թամոյան Ռզոյան Հասոյան Ավդալյան Չատոյան Սլոյան Մամոյան Բաքոյան Իբոյան Ալոյան".split()
AS_MALE = "Юрий Ашур Сарго Давид Сергей Виктор Нинос Эдиша Артур Роберт Шимон".split()
AS_FEMALE = "Шамирам Мариам Наталья Анжела Роза Лариса Сюзанна Надежда Ева".split()
AS_SURNAMES = (
    "Лазарев Юханаев Беджанов Сархошев Осипов Шимонов Бит-Шамоев Мирзоев Давыдов Абрамов Бабаев "
    "Адамов Гиваргизов Тамразов Хошабаев"
).split()
RU_MALE = (
    "Александр Сергей Дмитрий Андрей Алексей Михаил Иван Владимир Николай Евгений Юрий Павел "
    "Виктор Олег Игорь Максим Артём Константин Роман Геннадий Валерий Григорий Анатолий Илья"
).split()
RU_FEMALE = (
    "Елена Ольга Наталья Татьяна Ирина Светлана Мария Анна Екатерина Юлия Людмила Галина Анастасия "
    "Марина Валентина Надежда Любовь Вера Оксана Дарья"
).split()
RU_SURNAMES = (
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
    "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Зайцев"
).split()

# Armenian (script) -> list of diminutives (script); Russian (Cyrillic) likewise.
HY_NICK = {
    "Գևորգ": ["Ժորա", "Գևո"],
    "Ալեքսանդր": ["Սաշա", "Ալիկ"],
    "Միքայել": ["Միշա", "Միքո"],
    "Ռաֆայել": ["Ռաֆիկ"],
    "Վլադիմիր": ["Վովա", "Վոլոդյա"],
    "Սերգեյ": ["Սերոժ", "Սերյոժա"],
    "Հովհաննես": ["Վանիկ", "Օնիկ"],
    "Գրիգոր": ["Գրիշա", "Գրիգ"],
    "Խաչատուր": ["Խաչիկ"],
    "Սարգիս": ["Սաքո", "Սերժիկ"],
    "Հակոբ": ["Ակո", "Հակո"],
    "Կարապետ": ["Կարո"],
    "Համլետ": ["Համո"],
    "Հարություն": ["Հարո", "Արո"],
    "Ալբերտ": ["Ալիկ"],
    "Էդուարդ": ["Էդիկ"],
    "Վալերի": ["Վալերիկ", "Վալյա"],
    "Յուրի": ["Յուրա", "Յուրիկ"],
    "Սամվել": ["Սամո"],
    "Մկրտիչ": ["Մկո"],
    "Ռոբերտ": ["Ռոբիկ"],
    "Արտյոմ": ["Տյոմա"],
    "Վարդան": ["Վարդո"],
    "Ստեփան": ["Ստյոպա"],
    "Պողոս": ["Պողոսիկ"],
    "Մարիամ": ["Մարո", "Մաշա"],
    "Աննա": ["Անյա", "Անիկ"],
    "Ելենա": ["Լենա"],
    "Իրինա": ["Իրա"],
    "Սվետլանա": ["Սվետա"],
    "Սիրանուշ": ["Սիրուշ"],
    "Ռուզաննա": ["Ռուզան", "Ռուզի"],
    "Ջուլիետա": ["Ջուլյա"],
    "Սյուզաննա": ["Սյուզի"],
    "Հռիփսիմե": ["Ռիփսիմե", "Ռիփս"],
    "Շուշանիկ": ["Շուշան"],
    "Գայանե": ["Գայա"],
    "Լյուդմիլա": ["Լյուդա", "Միլա"],
    "Վարդուհի": ["Վարդ"],
    "Երանուհի": ["Երան"],
}
RU_NICK = {
    "Александр": ["Саша", "Шура"],
    "Михаил": ["Миша"],
    "Дмитрий": ["Дима"],
    "Владимир": ["Вова", "Володя"],
    "Сергей": ["Серёжа"],
    "Николай": ["Коля"],
    "Алексей": ["Лёша", "Алёша"],
    "Евгений": ["Женя"],
    "Иван": ["Ваня"],
    "Павел": ["Паша"],
    "Юрий": ["Юра"],
    "Константин": ["Костя"],
    "Анатолий": ["Толя"],
    "Геннадий": ["Гена"],
    "Екатерина": ["Катя"],
    "Елена": ["Лена"],
    "Наталья": ["Наташа"],
    "Татьяна": ["Таня"],
    "Мария": ["Маша"],
    "Анна": ["Аня"],
    "Ольга": ["Оля"],
    "Юлия": ["Юля"],
    "Светлана": ["Света"],
    "Анастасия": ["Настя"],
    "Людмила": ["Люда"],
    "Галина": ["Галя"],
    "Надежда": ["Надя"],
    "Любовь": ["Люба"],
}

# --------------------------------------------------------------------------------------------
# Transliteration tables (ours)
# --------------------------------------------------------------------------------------------

HY_LAT = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t",
    "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh",
    "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j",
    "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k",
    "օ": "o", "ֆ": "f",
}  # fmt: skip
HY_WESTERN = {"բ": "p", "պ": "b", "գ": "k", "կ": "g", "դ": "t", "տ": "d", "ջ": "ch", "ճ": "j",
              "ձ": "ts", "ծ": "dz"}  # fmt: skip
HY_CYR = {
    "ա": "а", "բ": "б", "գ": "г", "դ": "д", "ե": "е", "զ": "з", "է": "э", "ը": "ы", "թ": "т",
    "ժ": "ж", "ի": "и", "լ": "л", "խ": "х", "ծ": "ц", "կ": "к", "հ": "г", "ձ": "дз", "ղ": "г",
    "ճ": "ч", "մ": "м", "յ": "й", "ն": "н", "շ": "ш", "ո": "о", "չ": "ч", "պ": "п", "ջ": "дж",
    "ռ": "р", "ս": "с", "վ": "в", "տ": "т", "ր": "р", "ց": "ц", "ւ": "в", "փ": "п", "ք": "к",
    "օ": "о", "ֆ": "ф",
}  # fmt: skip
# Traditional Russian forms of Armenian name stems (prefix of the lower-cased word).
HY_RU_STEMS = [
    ("հովհաննիս", ["оганес", "ованес"]), ("հովհաննես", ["оганес", "ованес"]),
    ("հարություն", ["арутюн"]), ("սարգիս", ["саркис"]), ("սարգս", ["саркис"]),
    ("հակոբ", ["акоп"]), ("ղազար", ["казар"]), ("ղուկաս", ["гукас"]), ("խաչատր", ["хачатр"]),
    ("խաչատուր", ["хачатур"]), ("համբարձում", ["амбарцум"]), ("հայրապետ", ["айрапет"]),
    ("գևորգ", ["геворк", "геворг"]), ("օհան", ["оган"]), ("եղիազար", ["егиазар"]),
    ("մկրտչ", ["мкртч"]), ("մկրտիչ", ["мкртыч", "мкртич"]), ("դավիթ", ["давид"]),
    ("յուրի", ["юрий"]), ("վալերի", ["валерий"]), ("միքայել", ["микаел", "михаил"]),
    ("ռաֆայել", ["рафаэль", "рафаел"]), ("հովսեփ", ["овсеп"]), ("պողոս", ["погос"]),
    ("բաղդասար", ["багдасар"]), ("հրաչ", ["грач", "рач"]), ("հասմիկ", ["асмик"]),
    ("հռիփսիմե", ["рипсиме"]), ("զարուհի", ["заруи"]), ("վարդուհի", ["вардуи"]),
    ("երանուհի", ["еренуи", "ерануи"]), ("համլետ", ["гамлет", "амлет"]),
]  # fmt: skip
CYR_HY = {
    "а": "ա", "б": "բ", "в": "վ", "г": "գ", "д": "դ", "е": "ե", "ё": "յո", "ж": "ժ", "з": "զ",
    "и": "ի", "й": "յ", "к": "կ", "л": "լ", "м": "մ", "н": "ն", "о": "ո", "п": "պ", "р": "ր",
    "с": "ս", "т": "տ", "у": "ու", "ф": "ֆ", "х": "խ", "ц": "ց", "ч": "չ", "ш": "շ", "щ": "շչ",
    "ъ": "", "ы": "ը", "ь": "", "э": "է", "ю": "յու", "я": "յա", "і": "ի", "ї": "յի", "є": "յե",
    "ґ": "գ", "'": "", "’": "",
}  # fmt: skip
CYR_LAT_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "'": "", "’": "",
}  # fmt: skip
CYR_LAT_SCHEMES = {
    "bgn": {"ye_initial": True},
    "icao": {"й": "i", "ю": "iu", "я": "ia", "ъ": "ie"},
    "simple": {"х": "h", "ц": "c", "ж": "j", "щ": "sch"},
    "euro": {"й": "j", "ю": "ju", "я": "ja", "х": "ch", "ж": "zh", "ц": "z", "ч": "tsch"},
}
UK_LAT = dict(CYR_LAT_BASE, г="h", и="y", і="i", ї="i", є="ie", й="i", ю="iu", я="ia", х="kh")
UK_RU = {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": ""}
KA_LAT = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                  "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"
                  .split(), strict=True))  # fmt: skip
KA_CYR = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                  "а б г д е в з т и к л м н о п ж р с т у п к г к ш ч ц дз ц ч х дж х".split(),
                  strict=True))  # fmt: skip
KA_HY = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                 "ա բ գ դ ե վ զ թ ի կ լ մ ն ո պ ժ ր ս տ ու փ ք ղ ք շ չ ց ձ ծ ճ խ ջ հ".split(),
                 strict=True))  # fmt: skip
LAT_DIGRAPHS = {"sh": ("ш", "շ"), "ch": ("ч", "չ"), "th": ("т", "թ"), "ph": ("ф", "ֆ"),
                "kh": ("х", "խ"), "zh": ("ж", "ժ"), "ck": ("к", "կ"), "ee": ("и", "ի"),
                "oo": ("у", "ու")}  # fmt: skip
LAT_SINGLE = dict(zip("abcdefghijklmnopqrstuvwxyz",
                      zip("а б к д е ф г х и дж к л м н о п к р с т у в у кс и з".split(),
                          "ա բ կ դ ե ֆ գ հ ի ջ կ լ մ ն ո պ ք ր ս տ ու վ ու քս ի զ".split(),
                          strict=True), strict=True))  # fmt: skip


def _cap(s: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


def hy_to_lat(word: str, o: dict) -> str:
    """Armenian script -> Latin under clerk options ``o``."""
    w = word.lower()
    suffix = ""
    if o["ian"] and w.endswith("յան") and len(w) > 4:
        w, suffix = w[:-3], "ian"
    out: list[str] = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        start = i == 0 or w[i - 1] in "- "
        if c == "ո" and nxt == "ւ":
            out.append(o["u"])
            i += 2
            continue
        if c == "և":
            out.append("yev" if start and o["ye"] else "ev")
        elif c == "ե" and start:
            out.append("ye" if o["ye"] else "e")
        elif c == "ո" and start:
            out.append("vo" if o["vo"] else "o")
        elif c == "հ" and start and o["h_drop"]:
            pass
        elif o["western"] and c in HY_WESTERN:
            out.append(HY_WESTERN[c])
        elif c == "խ":
            out.append(o["kh"])
        elif c == "ծ":
            out.append(o["tz"])
        elif c == "ց":
            out.append(o["c"])
        elif c == "ժ":
            out.append(o["zh"])
        elif c in "չճ":
            out.append(o["ch"])
        elif c == "ը":
            out.append(o["schwa"])
        elif c == "յ" and nxt == "ու" and o["iu"]:
            out.append("i")
        else:
            out.append(HY_LAT.get(c, c))
        i += 1
    return _cap("".join(out) + suffix)


def hy_to_cyr(word: str, o: dict) -> str:
    """Armenian script -> Russian Cyrillic, with the clerk's traditional forms."""
    w = word.lower()
    head = ""
    if o["trad"]:
        for stem, forms in HY_RU_STEMS:
            if w.startswith(stem):
                head = forms[o["variant"] % len(forms)]
                w = w[len(stem) :]
                break
    out: list[str] = [head]
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        start = (i == 0 and not head) or (i > 0 and w[i - 1] in "- ")
        if c == "ո" and nxt == "ւ":
            out.append("у")
            i += 2
            continue
        if c == "յ":
            if nxt == "ա":
                out.append("я")
                i += 2
                continue
            if nxt == "ո" and w[i + 2 : i + 3] == "ւ":
                out.append("ю")
                i += 3
                continue
            if nxt == "ո":
                out.append("ё")
                i += 2
                continue
            if nxt == "ե":
                out.append("е")
                i += 2
                continue
            out.append("й")
        elif c == "հ":
            if start:
                out.append(o["h_init"])
            else:
                out.append(o["h_mid"])
        elif c == "ղ":
            out.append(o["gh"])
        elif c == "ո" and start:
            out.append("во")
        elif c == "և":
            out.append("ев")
        elif c == "է" and not start:
            out.append("е")
        else:
            out.append(HY_CYR.get(c, c))
        i += 1
    return _cap("".join(out))


def cyr_to_lat(word: str, scheme: str) -> str:
    table = dict(CYR_LAT_BASE)
    extra = CYR_LAT_SCHEMES[scheme]
    table.update({k: v for k, v in extra.items() if len(k) == 1})
    w = word.lower()
    out = []
    for i, c in enumerate(w):
        if extra.get("ye_initial") and c == "е" and (i == 0 or w[i - 1] in "аеёиоуыэюя-"):
            out.append("ye")
        else:
            out.append(table.get(c, c))
    return _cap("".join(out))


def map_chars(word: str, table: dict[str, str]) -> str:
    return _cap("".join(table.get(c, c) for c in word.lower()))


def lat_to(word: str, k: int) -> str:
    """Latin (English) -> Cyrillic (k=0) or Armenian (k=1), greedily."""
    w = word.lower()
    out = []
    i = 0
    while i < len(w):
        if w[i : i + 2] in LAT_DIGRAPHS:
            out.append(LAT_DIGRAPHS[w[i : i + 2]][k])
            i += 2
            continue
        out.append(LAT_SINGLE[w[i]][k] if w[i] in LAT_SINGLE else w[i])
        i += 1
    return _cap("".join(out))


# --------------------------------------------------------------------------------------------
# Typos
# --------------------------------------------------------------------------------------------


def _neighbours(rows: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            near = [row[c - 1] if c > 0 else "", row[c + 1] if c + 1 < len(row) else ""]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows) and c < len(rows[rr]):
                    near.append(rows[rr][c])
            out[ch] = "".join(x for x in near if x)
    return out


LAT_NEAR = _neighbours(["qwertyuiop", "asdfghjkl", "zxcvbnm"])
CYR_NEAR = _neighbours(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"])
HY_CONFUSE = {}
for _a, _b in ["րռ", "տթ", "կք", "պփ", "ցծ", "չճ", "եէ", "ոօ", "ղխ", "դթ", "գկ", "սց", "իր", "նղ"]:
    HY_CONFUSE[_a] = HY_CONFUSE.get(_a, "") + _b
    HY_CONFUSE[_b] = HY_CONFUSE.get(_b, "") + _a


def typo(s: str, rng: random.Random) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i] + s[i:]
    if op < 0.7 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    c = s[i].lower()
    near = LAT_NEAR.get(c) or CYR_NEAR.get(c) or HY_CONFUSE.get(c)
    if not near:
        return s[:i] + s[i + 1 :]
    r = rng.choice(near)
    if s[i].isupper():
        r = r.upper()
    return s[:i] + r + s[i + 1 :]


# --------------------------------------------------------------------------------------------
# People and households
# --------------------------------------------------------------------------------------------

ORIGINS = [
    ("Stepanakert", "Степанакерт", "Ստեփանակերտ", 40),
    ("Martuni", "Мартуни", "Մարտունի", 10),
    ("Martakert", "Мартакерт", "Մարտակերտ", 10),
    ("Askeran", "Аскеран", "Ասկերան", 8),
    ("Hadrut", "Гадрут", "Հադրութ", 5),
    ("Shushi", "Шуши", "Շուշի", 5),
    ("Chartar", "Чартар", "Ճարտար", 4),
    ("Karmir Shuka", "Кармир Шука", "Կարմիր Շուկա", 3),
    ("Ivanyan", "Иванян", "Իվանյան", 3),
    ("Mardakert", "Мардакерт", "Մարտակերտ", 2),
    ("Taghavard", "Тагавард", "Թաղավարդ", 2),
    ("Berdashen", "Бердашен", "Բերդաշեն", 2),
    ("Sos", "Сос", "Սոս", 1),
    ("Kolkhozashen", "Колхозашен", "Կոլխոզաշեն", 1),
]
SITES = [
    ("Kornidzor", 30, 0, 9),
    ("Goris", 22, 1, 12),
    ("Kapan", 6, 1, 20),
    ("Sisian", 4, 2, 25),
    ("Vayk", 3, 2, 25),
    ("Yeghegnadzor", 3, 2, 25),
    ("Ararat", 4, 3, 30),
    ("Masis", 4, 3, 30),
    ("Yerevan-1", 10, 2, 35),
    ("Yerevan-2", 6, 3, 35),
    ("Abovyan", 3, 4, 35),
    ("Vanadzor", 3, 4, 35),
    ("Gyumri", 3, 4, 35),
    ("Hrazdan", 2, 4, 35),
    ("Ijevan", 2, 5, 35),
    ("Armavir", 2, 5, 35),
    ("Vagharshapat", 2, 4, 35),
]
SITE_CODE = {s: s[:3].upper() for s, *_ in SITES}
DAY0 = date(2023, 9, 24).toordinal()
MOBILE = ["77", "91", "93", "94", "95", "96", "98", "99", "41", "43", "44", "55", "33"]


@dataclass
class Person:
    pid: int
    eth: str  # naming culture: hy ru uk ka la
    sex: str
    given: str
    family: str
    father: tuple[str, str]  # (father's given name, its culture)
    birth: date
    origin: int
    hh: int
    phone: str | None = None
    phone2: str | None = None
    maiden: str | None = None
    nick: float = 0.0  # share of registrations given under a diminutive
    dob_unknown: bool = False
    fam_eth: str | None = None  # culture of the surname when it is the husband's, not hers
    tags: list[str] = field(default_factory=list)  # twin, namesake, after-grandfather, junior


@dataclass
class Household:
    hid: int
    members: list[Person] = field(default_factory=list)
    phone: str | None = None


class Names:
    def __init__(self) -> None:
        def person(loc: str):
            f = Faker(loc)
            return [p for p in f.get_providers() if "person" in type(p).__module__][0]

        hy, ru, uk, ka, en = (person(x) for x in ("hy_AM", "ru_RU", "uk_UA", "ka_GE", "en_US"))
        self.pool = {
            ("hy", "M"): (HY_MALE, list(hy.first_names_male)),
            ("hy", "F"): (HY_FEMALE, list(hy.first_names_female)),
            ("hy", "S"): (HY_SURNAMES, list(hy.last_names)),
            ("yz", "M"): (YZ_MALE, []),
            ("yz", "F"): (YZ_FEMALE, []),
            ("yz", "S"): (YZ_SURNAMES, []),
            ("as", "M"): (AS_MALE, []),
            ("as", "F"): (AS_FEMALE, []),
            ("as", "S"): (AS_SURNAMES, []),
            ("ru", "M"): (RU_MALE, list(ru.first_names_male)),
            ("ru", "F"): (RU_FEMALE, list(ru.first_names_female)),
            ("ru", "S"): (RU_SURNAMES, list(ru.last_names_male)),
            ("uk", "M"): ([], list(uk.first_names_male)),
            ("uk", "F"): ([], list(uk.first_names_female)),
            ("uk", "S"): ([], list(uk.last_names_male)),
            ("ka", "M"): ([], list(ka.first_names_male)),
            ("ka", "F"): ([], list(ka.first_names_female)),
            ("ka", "S"): ([], list(ka.last_names)),
            ("la", "M"): ([], list(en.first_names_male)),
            ("la", "F"): ([], list(en.first_names_female)),
            ("la", "S"): ([], list(en.last_names)),
        }
        # Zipf-like weights over our own head lists, flat enough that the commonest Armenian
        # surname or given name is about 3 % of its sex (as in Armenia's own statistics).
        self.cum: dict[tuple[str, str], list[float]] = {}
        for k, (head, _) in self.pool.items():
            acc, c = 0.0, []
            for r in range(len(head)):
                acc += 1.0 / (r + 6) ** 0.7
                c.append(acc)
            self.cum[k] = c

    def pick(self, rng: random.Random, group: str, kind: str) -> str:
        head, tail = self.pool[(group, kind)]
        if head and (not tail or rng.random() < 0.65):
            return rng.choices(head, cum_weights=self.cum[(group, kind)])[0]
        return rng.choice(tail)


ETH = [("hy", 860), ("ru", 60), ("uk", 20), ("ka", 20), ("yz", 20), ("as", 17), ("la", 3)]
SCRIPT_OF = {"hy": "hy", "yz": "hy", "ru": "ru", "as": "ru", "uk": "uk", "ka": "ka", "la": "la"}


def female_surname(s: str, script: str) -> str:
    if script in ("ru", "uk"):
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + "а"
        if s.endswith("ский"):
            return s[:-2] + "ая"
    return s


def phone_number(rng: random.Random, karabakh: bool) -> str:
    code = "97" if karabakh else rng.choice(MOBILE)
    return code + f"{rng.randrange(1_000_000):06d}"


def make_population(n: int, rng: random.Random, names: Names) -> list[Household]:
    hhs: list[Household] = []
    pid = 0
    total = 0
    eths, ew = zip(*ETH, strict=True)

    def new_person(group: str, sex: str, birth: date, hh: Household, family: str | None,
                   father: tuple[str, str] | None, origin: int) -> Person:  # fmt: skip
        nonlocal pid
        pid += 1
        script = SCRIPT_OF[group]
        if family is None:
            family = names.pick(rng, group, "S")
        if sex == "F":
            family = female_surname(family, script)
        if father is None:
            father = (names.pick(rng, group, "M"), script)
        p = Person(pid, script, sex, names.pick(rng, group, sex), family, father, birth, origin,
                   hh.hid)  # fmt: skip
        if rng.random() < 0.12:
            p.nick = rng.choice((0.3, 0.6, 0.9))
        if birth.year < 1950 and rng.random() < 0.25 or rng.random() < 0.01:
            p.dob_unknown = True
        hh.members.append(p)
        nonlocal total
        total += 1
        return p

    def bday(year: int) -> date:
        return date(year, 1, 1) + timedelta(days=rng.randrange(365))

    while total < n:
        hh = Household(len(hhs) + 1)
        hhs.append(hh)
        group = rng.choices(eths, weights=ew)[0]
        origin = rng.choices(range(len(ORIGINS)), weights=[o[3] for o in ORIGINS])[0]
        hh.phone = phone_number(rng, rng.random() < 0.7) if rng.random() < 0.85 else None
        kind = rng.random()
        if kind < 0.10:  # an elder alone
            p = new_person(group, rng.choice("MFF"), bday(rng.randrange(1930, 1960)), hh, None,
                           None, origin)  # fmt: skip
            continue
        if kind < 0.18:  # a young adult alone
            new_person(group, rng.choice("MF"), bday(rng.randrange(1975, 2005)), hh, None, None,
                       origin)  # fmt: skip
            continue
        hy = rng.randrange(1950, 2000)
        husband = new_person(group, "M", bday(hy), hh, None, None, origin)
        wife_group = group
        if group == "hy" and rng.random() < 0.05:
            wife_group = rng.choice(("ru", "ru", "uk"))
        elif group in ("ru", "uk") and rng.random() < 0.3:
            wife_group = "hy"
        wy = min(2003, hy + rng.randrange(-3, 9))
        wife = new_person(wife_group, "F", bday(wy), hh, husband.family if
                          SCRIPT_OF[wife_group] == husband.eth else None, None, origin)  # fmt: skip
        if SCRIPT_OF[wife_group] != husband.eth:
            maiden = wife.family
            wife.family = female_surname(husband.family, husband.eth)
            wife.maiden = maiden
            wife.fam_eth = husband.eth
        else:
            wife.maiden = female_surname(names.pick(rng, group, "S"), husband.eth)
        if rng.random() < 0.07:  # she kept her own name
            wife.family, wife.maiden, wife.fam_eth = wife.maiden, None, None
        widowed = kind < 0.28
        if rng.random() < 0.25:  # husband's parents live with them
            gf_year = hy - rng.randrange(22, 36)
            if gf_year > 1925:
                if rng.random() < 0.7:
                    new_person(group, "M", bday(gf_year), hh, husband.family,
                               None, origin).given = husband.father[0]  # fmt: skip
                gm = new_person(group, "F", bday(gf_year + rng.randrange(-2, 7)), hh,
                                husband.family, None, origin)  # fmt: skip
                gm.maiden = female_surname(names.pick(rng, group, "S"), husband.eth)
        nkids = rng.choices(range(6), weights=(12, 25, 33, 20, 7, 3))[0]
        year = max(wy, hy) + rng.randrange(19, 32)
        sons = 0
        twins_left = 0
        twin_of = -1
        kid_birth = None
        for _ in range(nkids):
            if year > 2023:
                break
            if twins_left:
                twins_left -= 1
            else:
                kid_birth = bday(year)
                if rng.random() < 0.03:
                    twins_left = 1
                    twin_of = len(hh.members)
                year += rng.randrange(1, 5)
            sex = rng.choice("MF")
            kid = new_person(group, sex, kid_birth, hh, husband.family,
                             (husband.given, husband.eth), origin)  # fmt: skip
            if twin_of >= 0 and kid.birth == hh.members[twin_of].birth:
                kid.tags.append("twin")
                if "twin" not in hh.members[twin_of].tags:
                    hh.members[twin_of].tags.append("twin")
            taken = {m.given for m in hh.members[:-1] if m.father == kid.father}
            for _ in range(8):  # parents do not give two children one name
                if kid.given not in taken and kid.given != husband.given:
                    break
                kid.given = names.pick(rng, group, sex)
            if sex == "M":
                sons += 1
                if (sons == 1 and group in ("hy", "yz") and rng.random() < 0.35
                        and husband.father[0] not in taken):  # fmt: skip
                    kid.given = husband.father[0]  # named after the grandfather
                    kid.tags.append("after-grandfather")
                elif sons == 1 and rng.random() < 0.04:
                    kid.given = husband.given  # Sr. / Jr.
                    kid.tags.append("junior")
                    husband.tags.append("senior")
            if kid_birth.year < 2005 and rng.random() < 0.4:
                kid.phone = phone_number(rng, rng.random() < 0.6)
        if widowed:  # the husband did not come (died, stayed, or registers elsewhere)
            hh.members.remove(husband)
            total -= 1
        for p in hh.members:
            if p.phone is None and 2023 - p.birth.year >= 18 and rng.random() < 0.5:
                p.phone = phone_number(rng, rng.random() < 0.7)
    while total > n:  # trim the last household to exactly n people
        hhs[-1].members.pop()
        total -= 1
    people = [p for h in hhs for p in h.members]
    # Namesakes: copy a common name and birth year onto an unrelated person of the same sex.
    by_sex = {"M": [p for p in people if p.eth == "hy" and p.sex == "M"],
              "F": [p for p in people if p.eth == "hy" and p.sex == "F"]}  # fmt: skip
    for p in rng.sample(people, k=len(people) // 100):
        if p.eth != "hy" or len(by_sex[p.sex]) < 2:
            continue
        q = rng.choice(by_sex[p.sex])
        if q.hh != p.hh:
            p.given, p.family = q.given, q.family
            p.birth = date(q.birth.year, p.birth.month, min(p.birth.day, 28))
            p.tags.append("namesake")
    for p in people:
        if p.phone and rng.random() < 0.25:
            p.phone2 = phone_number(rng, False)  # an Armenian SIM bought after arrival
    return hhs


# --------------------------------------------------------------------------------------------
# Clerks
# --------------------------------------------------------------------------------------------


@dataclass
class Clerk:
    cid: int
    site: str
    kind: str
    script: str  # hy ru la
    lat: dict  # Armenian->Latin options
    cyr: dict  # Armenian->Cyrillic options
    ru_lat: str  # Cyrillic->Latin scheme
    lat_via_ru: bool  # Latin of Armenian names taken from the Russian form
    script_mix: float  # share of records written in another script
    caps: float
    typo: float
    patro: str  # ru hy bare none
    patro_rate: float
    dm_swap: float
    year_only: float
    year_off: float
    no_dob: float
    no_sex: float
    no_phone: float
    no_origin: float
    no_hh: float
    phone_fmt: str  # intl local mixed
    name_swap: float
    hyphen: str
    hh_fmt: str
    cache: dict = field(default_factory=dict)


def make_clerk(cid: int, site: str, rng: random.Random) -> Clerk:
    kind = rng.choices(["hy_local", "hy_latin", "ru_trained", "ngo", "chat"],
                       weights=[35, 25, 18, 14, 8])[0]  # fmt: skip
    script = {"hy_local": "hy", "hy_latin": "la", "ru_trained": "ru", "ngo": "la",
              "chat": "la"}[kind]  # fmt: skip
    lat = {
        "ian": False, "u": "u", "ye": True, "vo": True, "h_drop": False, "western": False,
        "kh": "kh", "tz": "ts", "c": "ts", "zh": "zh", "ch": "ch", "schwa": "y", "iu": False,
    }  # fmt: skip
    if kind == "ngo":
        lat.update(ian=rng.random() < 0.7, u=rng.choice(["u", "ou"]), ye=rng.random() < 0.5,
                   vo=rng.random() < 0.5, tz=rng.choice(["ts", "tz"]),
                   western=rng.random() < 0.25, ch=rng.choice(["ch", "tch"]),
                   schwa=rng.choice(["e", "y"]), iu=rng.random() < 0.4)  # fmt: skip
    elif kind == "chat":
        lat.update(kh="x", tz="c", c="c", zh=rng.choice(["zh", "j"]), ye=rng.random() < 0.3,
                   vo=rng.random() < 0.3, schwa="@" if rng.random() < 0.1 else "e")  # fmt: skip
    elif kind == "hy_latin":
        lat.update(ye=rng.random() < 0.8, vo=rng.random() < 0.8, ian=rng.random() < 0.1,
                   c=rng.choice(["ts", "ts", "c"]))  # fmt: skip
    cyr = {
        "trad": kind == "ru_trained" or rng.random() < 0.5,
        "variant": rng.randrange(2),
        "h_init": "" if rng.random() < 0.75 else "г",
        "h_mid": rng.choice(["г", "", "г"]),
        "gh": "г" if rng.random() < 0.8 else "х",
    }
    lat_via_ru = kind == "ngo" and rng.random() < 0.3
    typo_rate = rng.choice([0.005, 0.01, 0.02, 0.03, 0.05])
    return Clerk(
        cid=cid, site=site, kind=kind, script=script, lat=lat, cyr=cyr,
        ru_lat=rng.choice(list(CYR_LAT_SCHEMES)), lat_via_ru=lat_via_ru,
        script_mix=rng.choice([0.0, 0.02, 0.1]),
        caps=rng.choice([0.0, 0.0, 0.05, 0.5, 1.0]) if script != "hy" else 0.0,
        typo=typo_rate,
        patro={"ru_trained": "ru", "hy_local": rng.choice(["hy", "hy", "bare", "ru"]),
               "hy_latin": rng.choice(["ru", "bare", "none"]), "ngo": "none",
               "chat": rng.choice(["ru", "none"])}[kind],
        patro_rate={"ru_trained": 0.95}.get(kind, rng.choice([0.2, 0.5, 0.9])),
        dm_swap=rng.choice([0.0, 0.01, 0.03, 0.1]),
        year_only=rng.choice([0.0, 0.01, 0.03, 0.08]),
        year_off=rng.choice([0.0, 0.01, 0.02]),
        no_dob=rng.choice([0.0, 0.005, 0.02]),
        no_sex=rng.choice([0.0, 0.02, 0.1, 0.4]),
        no_phone=rng.choice([0.05, 0.15, 0.4]),
        no_origin=rng.choice([0.02, 0.1, 0.3, 0.8]),
        no_hh=rng.choice([0.1, 0.3, 0.6, 0.9]),
        phone_fmt=rng.choice(["intl", "local", "mixed"]),
        name_swap=rng.choice([0.0, 0.0, 0.0, 0.005, 0.03]),
        hyphen=rng.choice(["-", "-", " ", ""]),
        hh_fmt=rng.choice(["{site}-{n:05d}", "{site}/2023/{n}", "H{n}", "{n}"]),
    )  # fmt: skip


def render(name: str, culture: str, clerk: Clerk, script: str) -> str:
    """The name (kept in the script of its culture) as this clerk writes it in ``script``."""
    key = (name, culture, script)
    hit = clerk.cache.get(key)
    if hit is not None:
        return hit
    parts = name.split("-")
    if script == "hy":
        f = {
            "hy": lambda w: w,
            "ru": lambda w: map_chars(w, CYR_HY),
            "uk": lambda w: map_chars(w, CYR_HY),
            "ka": lambda w: map_chars(w, KA_HY),
            "la": lambda w: lat_to(w, 1),
        }[culture]
    elif script == "ru":
        f = {
            "hy": lambda w: hy_to_cyr(w, clerk.cyr),
            "ru": lambda w: w,
            "uk": lambda w: map_chars(w, UK_RU),
            "ka": lambda w: map_chars(w, KA_CYR),
            "la": lambda w: lat_to(w, 0),
        }[culture]
    else:
        f = {
            "hy": (lambda w: cyr_to_lat(hy_to_cyr(w, clerk.cyr), clerk.ru_lat))
            if clerk.lat_via_ru
            else (lambda w: hy_to_lat(w, clerk.lat)),
            "ru": lambda w: cyr_to_lat(w, clerk.ru_lat),
            "uk": lambda w: map_chars(w, UK_LAT),
            "ka": lambda w: map_chars(w, KA_LAT),
            "la": lambda w: w,
        }[culture]
    out = clerk.hyphen.join(f(p) for p in parts)
    if clerk.hyphen == "" and len(parts) > 1:
        out = _cap(out.lower())
    clerk.cache[key] = out
    return out


def patronymic_ru(father_cyr: str, sex: str) -> str:
    f = father_cyr
    m = sex == "M"
    if f.endswith("ий"):
        return f[:-2] + ("иевич" if m else "иевна")
    if f.endswith(("й", "ь")):
        return f[:-1] + ("евич" if m else "евна")
    if f.endswith(("а", "я")):
        return f[:-1] + ("ич" if m else "ична")
    return f + ("ович" if m else "овна")


def patronymic(p: Person, clerk: Clerk, script: str, rng: random.Random) -> str:
    if clerk.patro == "none" or rng.random() > clerk.patro_rate:
        return ""
    fname, fcult = p.father
    if clerk.patro == "ru" or (p.eth in ("ru", "uk") and clerk.patro != "bare"):
        cyr = render(fname, fcult, clerk, "ru")
        pat = patronymic_ru(cyr, p.sex)
        if script == "ru":
            return pat
        if script == "hy":
            return map_chars(pat, CYR_HY)
        return cyr_to_lat(pat, clerk.ru_lat)
    base = render(fname, fcult, clerk, script)
    if clerk.patro == "hy":
        if script == "hy":
            return base + "ի"
        return base + "i" if script == "la" else base
    return base


def nickname(p: Person) -> list[str]:
    if p.eth == "hy":
        return HY_NICK.get(p.given, [])
    if p.eth == "ru":
        return RU_NICK.get(p.given, [])
    return []


def fmt_phone(num: str, clerk: Clerk, rng: random.Random) -> str:
    style = clerk.phone_fmt if clerk.phone_fmt != "mixed" else rng.choice(["intl", "local"])
    return ("+374" if style == "intl" else "0") + num


def write_record(p: Person, hh: Household, clerk: Clerk, when: str, hh_ref: str,
                 late: bool, rng: random.Random) -> dict[str, str]:  # fmt: skip
    why = [clerk.kind]
    script = clerk.script
    if clerk.script_mix and rng.random() < clerk.script_mix:
        script = rng.choice([s for s in ("hy", "ru", "la") if s != script])
    why.append("script=" + script)
    if script == "la" and p.eth == "hy":
        why.append("via-ru" if clerk.lat_via_ru else "western" if clerk.lat["western"] else "")
    given = p.given
    if p.nick and rng.random() < p.nick:
        nicks = nickname(p)
        if nicks:
            given = nicks[p.pid % len(nicks)]
            why.append("nickname")
    g = render(given, p.eth, clerk, script)
    fam_name = p.family
    fam_cult = p.fam_eth or p.eth
    if p.maiden and rng.random() < 0.04:
        fam_name, fam_cult = p.maiden, p.eth
        why.append("maiden")
    f = render(fam_name, fam_cult, clerk, script)
    pat = patronymic(p, clerk, script, rng)
    if rng.random() < clerk.typo:
        g = typo(g, rng)
        why.append("typo-given")
    if rng.random() < clerk.typo:
        f = typo(f, rng)
        why.append("typo-family")
    if pat and rng.random() < clerk.typo:
        pat = typo(pat, rng)
        why.append("typo-patronymic")
    if rng.random() < clerk.name_swap:
        g, f = f, g
        why.append("names-swapped")
    if clerk.caps and rng.random() < clerk.caps:
        g, f, pat = g.upper(), f.upper(), pat.upper()
    # birth date
    b = p.birth
    r = rng.random()
    if p.dob_unknown and rng.random() < 0.8:
        dob = f"{b.year}-01-01" if rng.random() < 0.7 else str(b.year)
        why.append("dob-unknown")
    elif r < clerk.no_dob:
        dob = ""
    else:
        y, m, d = b.year, b.month, b.day
        if rng.random() < clerk.year_off:
            y += rng.choice((-1, 1))
            why.append("year-off")
        if d <= 12 and d != m and rng.random() < clerk.dm_swap:
            m, d = d, m
            why.append("day-month")
        dob = str(y) if rng.random() < clerk.year_only else f"{y:04d}-{m:02d}-{d:02d}"
    sex = "" if rng.random() < clerk.no_sex else p.sex
    if sex and rng.random() < 0.002:
        sex = "F" if sex == "M" else "M"
        why.append("wrong-sex")
    num = p.phone or hh.phone
    if late and p.phone2 and rng.random() < 0.7:
        num = p.phone2
        why.append("new-sim")
    phone = "" if (num is None or rng.random() < clerk.no_phone) else fmt_phone(num, clerk, rng)
    if phone and rng.random() < clerk.typo / 2:
        k = rng.randrange(len(phone) - 6, len(phone))
        phone = phone[:k] + str(rng.randrange(10)) + phone[k + 1 :]
        why.append("typo-phone")
    if rng.random() < clerk.no_origin:
        origin = ""
    else:
        o = ORIGINS[p.origin] if rng.random() > 0.05 else ORIGINS[0]  # "from Stepanakert"
        origin = o[{"la": 0, "ru": 1, "hy": 2}[script]] if rng.random() < 0.5 else o[0]
    return {
        "given_name": g,
        "family_name": f,
        "patronymic": pat,
        "sex": sex,
        "birth_date": dob,
        "origin": origin,
        "phone": phone,
        "household_ref": "" if rng.random() < clerk.no_hh else hh_ref,
        "registered_at": when,
        "site": clerk.site,
        "_pid": str(p.pid),
        "_why": " ".join(w for w in why + p.tags if w),
        "_hh": str(p.hh),
    }


# --------------------------------------------------------------------------------------------
# Registrations
# --------------------------------------------------------------------------------------------


def generate(n: int, seed: int) -> tuple[list[dict[str, str]], int]:
    rng = random.Random(seed)
    names = Names()
    hhs = make_population(n, rng, names)
    clerks: dict[str, list[Clerk]] = {}
    cid = 0
    for s, *_ in SITES:
        clerks[s] = []
        for _ in range(rng.randrange(2, 6) if s not in ("Kornidzor", "Goris") else 8):
            cid += 1
            clerks[s].append(make_clerk(cid, s, rng))
    site_names = [s[0] for s in SITES]
    site_w = [s[1] for s in SITES]
    window = {s[0]: (s[2], s[3]) for s in SITES}
    counters = {s: 0 for s in site_names}
    rows: list[dict[str, str]] = []
    nper: dict[int, int] = {}

    def event(site: str, after: int) -> tuple[Clerk, str, int, str]:
        lo, hi = window[site]
        day = max(lo, min(hi, after + rng.randrange(0, 8)))
        minute = rng.randrange(8 * 60, 20 * 60)
        d = date.fromordinal(DAY0 + day)
        when = f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}"
        counters[site] += 1
        clerk = rng.choice(clerks[site])
        ref = clerk.hh_fmt.format(site=SITE_CODE[site], n=counters[site])
        return clerk, when, day, ref

    for hh in hhs:
        first = rng.choices(site_names[:2] + site_names, weights=[30, 20] + site_w)[0]
        clerk, when, day, ref = event(first, rng.randrange(0, 8))
        for p in hh.members:
            rows.append(write_record(p, hh, clerk, when, ref, False, rng))
            nper[p.pid] = 1
        if rng.random() < 0.07:  # the household registers again elsewhere
            site = rng.choices(site_names[1:], weights=site_w[1:])[0]
            clerk2, when2, day2, ref2 = event(site, day + 1)
            if rng.random() < 0.3:
                ref2 = ref  # they show the card they were given
            for p in hh.members:
                if rng.random() < 0.85:
                    rows.append(write_record(p, hh, clerk2, when2, ref2, True, rng))
                    nper[p.pid] += 1
            day = day2
        for p in hh.members:
            while nper[p.pid] < 3 and rng.random() < (0.065 if nper[p.pid] == 1 else 0.15):
                site = first if rng.random() < 0.2 else rng.choices(site_names, weights=site_w)[0]
                c3, w3, _, r3 = event(site, day)
                rows.append(write_record(p, hh, c3, w3, r3 if rng.random() < 0.5 else ref, True,
                                         rng))  # fmt: skip
                nper[p.pid] += 1
    rows.sort(key=lambda r: (r["registered_at"], r["site"]))
    width = len(str(len(rows)))
    for i, r in enumerate(rows):
        r["record_id"] = f"OH{i + 1:0{width}d}"
    return rows, len(nper)


COLUMNS = ["record_id", "given_name", "family_name", "patronymic", "sex", "birth_date", "origin",
           "phone", "household_ref", "registered_at", "site"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--explain", action="store_true",
                    help="also write why.csv: record_id,person_id,household,clerk kind and what "
                    "was done to the record (for reading errors; not for the linker)")  # fmt: skip
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows, people = generate(a.people, a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    with open(a.out / "records.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    counts: dict[str, int] = {}
    with open(a.out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w2 = csv.writer(fh)
        w2.writerow(["record_id", "person_id"])
        for r in rows:
            w2.writerow([r["record_id"], "P" + r["_pid"]])
            counts[r["_pid"]] = counts.get(r["_pid"], 0) + 1
    if a.explain:
        with open(a.out / "why.csv", "w", newline="", encoding="utf-8") as fh:
            w3 = csv.writer(fh)
            w3.writerow(["record_id", "person_id", "household", "why"])
            for r in rows:
                w3.writerow([r["record_id"], "P" + r["_pid"], r["_hh"], r["_why"]])
    multi = sum(1 for c in counts.values() if c > 1)
    pairs = sum(c * (c - 1) // 2 for c in counts.values())
    print(f"other_hands: {people} people, {len(rows)} records, "
          f"{multi / people:.1%} registered more than once, {pairs} true pairs, "
          f"{time.perf_counter() - t0:.1f} s -> {a.out}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
